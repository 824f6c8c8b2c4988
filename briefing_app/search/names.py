"""Name search: every form of every person's name and every vessel's name, in any order, case or accent,
in native scripts, and (unless asked for exact names only) by romanization variant or close spelling."""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple, Protocol, TypeVar

from briefing_app.core.model import Exercise
from briefing_app.core.words import QT_TRANSLATE_NOOP
from briefing_app.search.name_words import NOT_ALNUM, SEPARATORS, Parts, cjk_pieces, name_keys, split_name, tokens
from briefing_app.search.spelling import Vocabulary
from briefing_app.text.fold import fold
from briefing_app.text.postings import Collector, Postings

# How a name can match, best first: the one list of the ranks' names. The command line prints them as
# they are; the window translates them (lupdate finds them here). A match's rank is its place in the list.
# The last two are the loose ones, off when the user asks for exact names only.
RANKS = (QT_TRANSLATE_NOOP("SearchHow", "whole name"), QT_TRANSLATE_NOOP("SearchHow", "all words"),
         QT_TRANSLATE_NOOP("SearchHow", "beginnings of words"), QT_TRANSLATE_NOOP("SearchHow", "spelling variant"),
         QT_TRANSLATE_NOOP("SearchHow", "close spelling"))
WHOLE_NAME, ALL_TOKENS, PREFIXES, VARIANT, CLOSE = range(len(RANKS))


class How(NamedTuple):
    """How a name matched, for the command line and the window to word: the rank's name (one of RANKS)
    and, for a loose match, the first word typed that needed it and the name's word it was taken for:
    How("spelling variant", "Suh", "Seo")."""

    rank: str
    typed: str = ""
    meant: str = ""

@dataclass(frozen=True)
class Match:
    kind: str  # "person" or "vessel"
    id: str
    display: str  # the record's display name
    form: str  # the form of the name that matched
    rank: int
    error_form: bool = False  # the matched form is recorded as an article's error
    how: How = How(RANKS[WHOLE_NAME])  # how it matched: How("spelling variant", "Pak", "Park"), …

    @property
    def form_differs(self) -> bool:
        return self.form != self.display

    @property
    def loose(self) -> bool:
        """Found through a spelling variant or a misspelling, not the letters typed."""
        return self.rank >= VARIANT


# What a query found: for each rank that found anything, best first, the numbers of the forms it found,
# in order (an array: compact to keep, and nothing in it for the garbage collector to follow).
# The ranks' forms are disjoint; a record's rank is the best that holds one of its forms.
Groups = tuple[tuple[int, "array[int]"], ...]
Asked = tuple[tuple[str, ...], bool]  # the query's tokens, and whether only exact names are asked for


class Named(Protocol):
    """What the index reads: a briefing, or the library's people across many briefings."""

    @property
    def exercise(self) -> Exercise | None: ...

    def name_forms(self) -> Iterator[tuple[str, str, str | None, bool]]: ...


class SearchIndex:
    """An index over name forms: their words and pieces, and their whole names in every word order,
    each in flat postings for prefix look-ups, and the distinct words' romanization keys and lengths for
    the loose look-ups.

    Forms are numbered so that a smaller number is the better one to show: true forms before forms
    recorded as errors, then the briefing's order, then a record's display form before its others. So a
    record's best form among those a rank found is its smallest number there, and the first match of a
    rank is the smallest number in it: ranking what is shown costs a `min`, not a sort of every match.
    """

    def __init__(self, briefing: Named, checkpoint: Callable[[], None] | None = None) -> None:
        """`checkpoint` is called now and then; a loading thread's raises there to stop at Cancel."""
        # Records: the people in the briefing's order, then the vessels. What the index keeps lives in
        # tuples of strings, arrays of numbers and dictionaries of strings: containers the garbage
        # collector stops following once it has seen them (a list it would read through at every
        # full collection, touching each of its strings).
        records: list[tuple[str, str]] = []
        displays: list[str] = []
        true_forms: list[tuple[int, str, str | None]] = []
        error_forms: list[tuple[int, str, str | None]] = []
        last: str | None = None
        order = -1
        for person_id, text, lang, error in briefing.name_forms():
            if person_id != last:  # the next person (ids are unique): the display form comes first
                last, order = person_id, len(records)
                if checkpoint is not None and order % 1000 == 0:
                    checkpoint()
                records.append(("person", person_id))
                displays.append(text)
            (error_forms if error else true_forms).append((order, text, lang))
        people = len(records)
        for vessel in briefing.exercise.vessels if briefing.exercise else ():
            true_forms.append((len(records), vessel.name, None))
            records.append(("vessel", vessel.id))
            displays.append(vessel.name)
        self._first_error = len(true_forms)
        self._vessel_forms = (self._first_error - (len(records) - people), self._first_error)
        self._records = tuple(records)
        self._displays = tuple(displays)
        self._people_at = {rid: r for r, (_kind, rid) in enumerate(records[:people])}
        self._vessels_at = {rid: r for r, (_kind, rid) in enumerate(records[people:], people)}
        forms = true_forms + error_forms
        self._form_record = array("i", (record for record, _text, _lang in forms))
        self._form_ids = tuple(records[record][1] for record, _text, _lang in forms)
        self._texts = tuple(text for _record, text, _lang in forms)
        # Each form's keys in one string, "\0han\0ji\0jiwon\0": whether a form has a key beginning
        # with a token is then one substring test, cheaper than reading a common token's postings.
        key_strings: list[str] = []
        token_pairs = Collector()
        # Whole names go by word set: the forms with the same words (a record's forms often differ in
        # order only: "Han Ji-won", "Ji-won Han") share their whole names in every word order.
        word_set_of: dict[tuple[str, ...], int] = {}
        form_word_set = array("i")
        compact_word_set: dict[str, int] = {}  # each whole name, in some word order, and the word set giving it
        shared_compacts: dict[str, list[int]] = {}  # the few that two word sets give
        first_words: dict[str, int] = {}  # each whole name's first word's length, in one word order that gives it
        langs: defaultdict[str | None, set[str]] = defaultdict(set)
        parts: Parts = {}
        for n, (_record, text, lang) in enumerate(forms):
            if checkpoint is not None and n % 5000 == 0:
                checkpoint()
            ws, keys = split_name(fold(text), parts)
            if not text.isascii():
                keys |= cjk_pieces(text)
            key_strings.append(f"\0{chr(0).join(keys)}\0")
            token_pairs.add(keys, n)
            langs[lang] |= keys
            # Names have two to four words; past six, orders would explode, so keep the given order and its reverse.
            word_set_key = tuple(sorted(ws)) if len(ws) <= 6 else tuple(ws)
            word_set = word_set_of.get(word_set_key)
            if word_set is None:
                word_set = word_set_of[word_set_key] = len(word_set_of)
                for o in itertools.permutations(ws) if len(ws) <= 6 else (ws, ws[::-1]):
                    if o:
                        compact = "".join(o)
                        other = compact_word_set.setdefault(compact, word_set)
                        if other != word_set:
                            shared_compacts.setdefault(compact, [other]).append(word_set)
                        first_words.setdefault(compact, len(o[0]))
            form_word_set.append(word_set)
        self._key_strings = tuple(key_strings)
        self._tokens = token_pairs.postings()
        # Each word set's forms, in order, one run after another.
        self._by_word_set = array("i", sorted(range(len(form_word_set)), key=form_word_set.__getitem__))
        sizes = Counter(form_word_set)
        self._word_set_starts = array("i", itertools.accumulate(map(sizes.__getitem__, range(len(word_set_of))), initial=0))
        # Whole names by the length of their first word: a one-word query reaches past its first word
        # only in names whose first word is shorter than the query, so short queries read almost none.
        # (Where two word orders give one name, either length serves: a query no longer than the first
        # word begins that word, and the word postings find it.)
        by_first: defaultdict[int, dict[str, int]] = defaultdict(dict)
        for compact, word_set in compact_word_set.items():
            if compact not in shared_compacts:
                by_first[first_words[compact]][compact] = word_set
        compacts = [(first, Postings.one_each(one)) for first, one in sorted(by_first.items())]
        for first in {first_words[compact] for compact in shared_compacts}:
            compacts.append((first, Postings.of_lists({c: sets for c, sets in shared_compacts.items() if first_words[c] == first})))
        self._compacts = tuple(compacts)
        del parts, token_pairs, word_set_of, compact_word_set, shared_compacts, first_words, by_first
        self._spelling = Vocabulary((key, lang) for lang, keys in langs.items() for key in keys)
        self._groups: tuple[dict[Asked, Groups], dict[Asked, Groups]] = ({}, {})  # recent answers: longer, short queries
        self._found: tuple[dict[Asked, Found], dict[Asked, Found]] = ({}, {})  # recent find() answers
        self._letters: dict[str, Found] = {}  # one-letter queries, filled by warm()
        self._letter_groups: dict[str, Groups] = {}

    def __len__(self) -> int:
        return len(self._texts)

    def _answer(self, qtokens: tuple[str, ...], exact: bool) -> Groups:
        if len(qtokens) == 1 and qtokens[0] in self._letter_groups:  # no loose match has one letter
            return self._letter_groups[qtokens[0]]
        return _recent(self._groups, (qtokens, exact), self._rank, _short(qtokens))

    def _rank(self, asked: Asked) -> Groups:
        """The forms each rank finds. Set operations over slices of the postings, not a loop over the
        forms: a short query matches thousands of them, and this runs on a keystroke."""
        qtokens, exact = asked
        if not qtokens:
            return ()
        qcompact = "".join(qtokens)
        # Whole name, spaces and hyphens ignored, any word order; or the start of such a name.
        whole = self._forms_of(postings.exact(qcompact) for _first, postings in self._compacts)
        # Every query token a word or piece of the name (exactly, or as its beginning): each token's
        # forms stay a slice of the postings, intersected into the candidates, the longest token first.
        # A one-letter token reaches most of the names, and a set of them would cost more than the rest.
        per_token = {t: self._tokens.prefixed(t) for t in dict.fromkeys(qtokens)}  # typed order
        candidates: set[int] = set()
        for n, t in enumerate(sorted(per_token, key=len, reverse=True)):
            candidates = set(per_token[t]) if n == 0 else self._having(candidates, t, per_token[t])
            if not candidates:
                break
        # The start of a whole name; with one token, that is a word's beginning (a candidate already)
        # unless the token runs past the first word.
        started = candidates | self._forms_of(postings.prefixed(qcompact) for first, postings in self._compacts
                                              if len(qtokens) > 1 or first < len(qcompact))
        all_words = candidates
        for t in per_token:
            all_words = self._having(all_words, t, self._tokens.exact(t), whole_word=True)
        all_words -= whole
        prefixes = started - whole - all_words
        groups = [(WHOLE_NAME, whole), (ALL_TOKENS, all_words), (PREFIXES, prefixes)]
        if not exact:
            groups += self._loose(per_token, (whole, started))
        return tuple((rank, array("i", sorted(found))) for rank, found in groups if found)

    def _loose(self, per_token: dict[str, array[int]], strict: tuple[set[int], ...]) -> list[tuple[int, set[int]]]:
        """Forms that every typed word finds exactly, by its beginning or as a spelling variant (VARIANT),
        or also by a close spelling (CLOSE), less the `strict` matches. Set operations only: a variant of
        a common family name reaches thousands of forms. Which word matched how is worked out when a
        match is shown."""
        varied: dict[str, set[int]] = {}
        close: dict[str, set[int]] = {}
        for t, hits in per_token.items():
            varied[t] = self._forms_with(self._spelling.variants(t))
            close[t] = varied[t]
            if not hits and not varied[t]:  # a misspelling is only guessed where nothing closer answers
                close[t] = self._forms_with(self._spelling.close(t))
        groups = []
        taken = strict
        for rank, loose in ((VARIANT, varied), (CLOSE, close)):
            reached: set[int] = set().union(*loose.values()).difference(*taken)
            for t, hits in per_token.items():
                if not reached:
                    break
                reached = self._having(reached, t, hits) | (reached & loose[t])
            taken = (*taken, reached)
            groups.append((rank, reached))
        return groups

    def _forms_of(self, word_sets: Iterable[array[int]]) -> set[int]:
        """The forms of the word sets (given in runs, a set perhaps more than once)."""
        forms, starts = self._by_word_set, self._word_set_starts
        return set().union(*(forms[starts[w]:starts[w + 1]] for w in set(itertools.chain.from_iterable(word_sets))))

    def _having(self, forms: set[int], token: str, postings: array[int], whole_word: bool = False) -> set[int]:
        """The `forms` that have a key beginning with `token` (or equal to it), `postings` being the
        forms that do: tested form by form when they are far fewer than the postings to read."""
        if len(forms) * 4 < len(postings):
            needle = f"\0{token}\0" if whole_word else f"\0{token}"
            key_strings = self._key_strings
            return {n for n in forms if needle in key_strings[n]}
        return forms.intersection(postings)

    def _forms_with(self, words: Iterable[str]) -> set[int]:
        return set().union(*(self._tokens.exact(w) for w in words))

    def _how(self, rank: int, n: int, typed: tuple[str, ...]) -> How:
        """How a form matched: for a loose match, the first typed word that needed it and the name's
        word it was taken for."""
        if rank < VARIANT:
            return How(RANKS[rank])
        text = self._texts[n]
        keys = name_keys(text)
        for t in typed:
            if any(k.startswith(t) for k in keys):
                continue
            meant = self._spelling.variants(t) & keys
            if not meant and rank == CLOSE:
                meant = self._spelling.close(t) & keys
            if meant:
                return How(RANKS[rank], _shown(t), _as_written(text, min(meant)))
        return How(RANKS[rank])

    def _match(self, rank: int, n: int, typed: tuple[str, ...]) -> Match:
        r = self._form_record[n]
        kind, rid = self._records[r]
        return Match(kind, rid, self._displays[r], self._texts[n], rank, n >= self._first_error,
                     self._how(rank, n, typed))

    def search(self, query: str, limit: int | None = None, exact: bool = False) -> list[Match]:
        """Records whose name matches, best first: whole name, all words, word beginnings, then (unless
        `exact`) spelling variants and close spellings."""
        qtokens = tuple(tokens(query))
        matches: list[Match] = []
        seen: set[int] = set()
        for rank, found in self._answer(qtokens, exact):
            for n in found:  # each record's best form first, the records in the briefing's order
                r = self._form_record[n]
                if r in seen:
                    continue
                if limit is not None and len(matches) >= limit:
                    return matches
                seen.add(r)
                matches.append(self._match(rank, n, qtokens))
        return matches

    def warm(self, checkpoint: Callable[[], None] | None = None) -> None:
        """Answer every one-letter query now (a large file's loading thread calls this): the first
        letter typed matches the most names and would otherwise be the slowest keystroke."""
        for letter in sorted({key[0] for key in self._tokens.keys}):
            if checkpoint is not None:
                checkpoint()
            self._letter_groups[letter] = self._rank(((letter,), False))
            self._letters[letter] = self._find(((letter,), False))

    def find(self, query: str, exact: bool = False) -> Found:
        """What a keystroke needs: every matching record with the form that matched, and the best match,
        without ranking the whole list. With `exact`, no variants or misspellings are matched, but
        `suggestion` still names the best of them when nothing else matches."""
        qtokens = tuple(tokens(query))
        if len(qtokens) == 1 and qtokens[0] in self._letters:  # one letter: no loose match is possible
            return self._letters[qtokens[0]]
        return _recent(self._found, (qtokens, exact), self._find, _short(qtokens))

    def _find(self, asked: Asked) -> Found:
        qtokens, exact = asked
        groups = self._answer(qtokens, exact)
        suggestion = None
        if not groups or groups[0][0] >= VARIANT:  # "Did you mean …?": the best loose match, even when only exact names are shown
            loose = groups if not exact else self._answer(qtokens, False)
            if loose:
                suggestion = self._match(loose[0][0], loose[0][1][0], qtokens)
        if not groups:
            return Found({}, set(), None, suggestion=suggestion)
        people, vessels = self._records_found(groups)
        first = self._match(groups[0][0], groups[0][1][0], qtokens)
        return Found(people, vessels, first, _Hows(groups, qtokens, self), suggestion)

    def _records_found(self, groups: Groups) -> tuple[dict[str, str], set[str]]:
        """Each person found with the best form that found them, and the vessels found. Built by the
        dictionary itself, not a Python loop: the forms go in worst first, so each person keeps the best."""
        low, high = self._vessel_forms
        people: list[int] = []
        vessels: set[str] = set()
        for _rank, found in reversed(groups):
            a = bisect.bisect_left(found, low)
            b = bisect.bisect_left(found, high, a)
            people += reversed(found[b:])
            people += reversed(found[:a])
            vessels.update(map(self._form_ids.__getitem__, found[a:b]))
        return dict(zip(map(self._form_ids.__getitem__, people), map(self._texts.__getitem__, people))), vessels

    def how(self, key: tuple[str, str], groups: Groups, typed: tuple[str, ...]) -> How | None:
        """How a record matched, given what a query found (None if it did not)."""
        r = (self._people_at if key[0] == "person" else self._vessels_at).get(key[1])
        if r is None:
            return None
        # A record's forms: a run among the true forms and a run among the errors (numbers go by record there).
        forms = self._form_record
        lo = bisect.bisect_left(forms, r, 0, self._first_error)
        hi = bisect.bisect_right(forms, r, lo, self._first_error)
        lo_error = bisect.bisect_left(forms, r, self._first_error)
        hi_error = bisect.bisect_right(forms, r, lo_error)
        mine = [*range(lo, hi), *range(lo_error, hi_error)]
        for rank, found in groups:
            for n in mine:
                at = bisect.bisect_left(found, n)
                if at < len(found) and found[at] == n:
                    return self._how(rank, n, typed)
        return None


def _shown(token: str) -> str:
    return token[:1].upper() + token[1:]


def _as_written(form: str, word: str) -> str:
    """The name word as the form writes it ('park' → 'Park', 'jiweon' → 'Ji-weon')."""
    for piece in re.split(r"\s+", form):
        if NOT_ALNUM.sub("", fold(piece)) == word:
            return piece
        for part in SEPARATORS.split(piece):
            if NOT_ALNUM.sub("", fold(part)) == word:
                return part
    return _shown(word)


K = TypeVar("K")
V = TypeVar("V")
RECENT = 64  # answers kept per cache, and as many again for queries of two letters


def _short(qtokens: tuple[str, ...]) -> bool:
    return sum(map(len, qtokens)) <= 2


def _recent(caches: tuple[dict[K, V], dict[K, V]], key: K, make: Callable[[K], V], short: bool) -> V:
    """The cached answer, else a new one kept among the most recent. Typing and deleting revisit the
    same short queries, and two letters match the most names and cost the most to answer (one letter
    is answered by `warm`): each name typed passes one of them, so they are kept apart from the
    longer queries that would push them out."""
    cache = caches[short]
    value = cache.pop(key, None)
    if value is None:
        value = make(key)
        if len(cache) >= RECENT:
            del cache[next(iter(cache))]  # the least recently asked
    cache[key] = value
    return value


@dataclass(frozen=True)
class Found:
    people: dict[str, str]  # person id → the form of the name that matched
    vessels: set[str]
    first: Match | None
    hows: _Hows | None = None
    suggestion: Match | None = None  # when nothing matches exactly: the best variant or close spelling

    def __len__(self) -> int:
        return len(self.people) + len(self.vessels)

    def how(self, person_id: str) -> How | None:
        """How the person's name matched (None: it did not); worked out only when asked, for the rows in sight."""
        return self.hows.of(("person", person_id)) if self.hows is not None else None


class _Hows:
    """How each record of one answer matched, worked out when asked."""

    def __init__(self, groups: Groups, typed: tuple[str, ...], index: SearchIndex) -> None:
        self._groups, self._typed, self._index = groups, typed, index

    def of(self, key: tuple[str, str]) -> How | None:
        return self._index.how(key, self._groups, self._typed)
