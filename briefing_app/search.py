"""Name search: every form of every person's name and every vessel's name, in any order, case or accent,
in native scripts, and (unless asked for exact names only) by romanization variant or close spelling."""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .model import Briefing
from .spelling import Vocabulary

# Ranks, best first. The last two are the loose ones, off when the user asks for exact names only.
WHOLE_NAME, ALL_TOKENS, PREFIXES, VARIANT, CLOSE = 0, 1, 2, 3, 4
RANK_LABELS = {
    WHOLE_NAME: "whole name",
    ALL_TOKENS: "all words",
    PREFIXES: "beginnings of words",
    VARIANT: "spelling variant",
    CLOSE: "close spelling",
}

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_/.,;:'’`\"()\[\]·・]+")
# Hangul (syllables and jamo), kana and CJK ideographs are letters too; every other non-Latin sign is dropped.
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
_NOT_ALNUM = re.compile(f"[^0-9a-z{_CJK}]+")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_LONGEST_CJK_RUN = 12  # longer runs are indexed by their pieces of one and two characters only


def fold(text: str) -> str:
    """Lower case, accents stripped: 'Lee-Park' and 'lee-park' fold alike, as do 'É' and 'e'.
    Kana keep their voicing marks (ガ is not カ) and Hangul stays in syllables."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not (unicodedata.combining(c) and c < "\u3000"))
    return unicodedata.normalize("NFC", stripped)


def words(text: str) -> list[str]:
    """The words of a name; a hyphenated part stays one word ('lee-park' → 'leepark')."""
    folded = fold(text)
    return [w for w in (_NOT_ALNUM.sub("", part) for part in re.split(r"\s+", folded)) if w]


def tokens(text: str) -> list[str]:
    """Every piece between separators: 'Ann Lee-Park' → ann, lee, park."""
    return [t for t in (_NOT_ALNUM.sub("", part) for part in _SEPARATORS.split(fold(text))) if t]


def cjk_pieces(text: str) -> set[str]:
    """Every character sequence inside each run of CJK text: CJK names are written without spaces,
    so '석열' must find '윤석열' as a word would."""
    pieces: set[str] = set()
    for run in _CJK_RUN.findall(fold(text)):
        longest = len(run) if len(run) <= _LONGEST_CJK_RUN else 2
        pieces.update(run[i:j] for i in range(len(run)) for j in range(i + 1, min(len(run), i + longest) + 1))
    return pieces


@dataclass(frozen=True)
class Match:
    kind: str  # "person" or "vessel"
    id: str
    display: str  # the record's display name
    form: str  # the form of the name that matched
    rank: int
    error_form: bool = False  # the matched form is recorded as an article's error
    how: str = ""  # how it matched, in words: "whole name", "spelling variant of Suh → Seo", …

    @property
    def form_differs(self) -> bool:
        return self.form != self.display

    @property
    def loose(self) -> bool:
        """Found through a spelling variant or a misspelling, not the letters typed."""
        return self.rank >= VARIANT


@dataclass(frozen=True)
class _Form:
    kind: str
    id: str
    display: str
    text: str
    order: int  # position of the record in the briefing, for a stable order within a rank
    primary: bool
    error: bool
    keys: frozenset[str]  # every word and piece
    compacts: tuple[str, ...]  # the name with separators removed, in every word order
    lang: str | None = None


# A score: (rank, error form, not primary, form number, the words typed).
Score = tuple[int, bool, bool, int, tuple[str, ...]]


class SearchIndex:
    """An index over name forms: a sorted vocabulary for prefix look-ups, whole names in any order, and
    the distinct words' romanization keys and lengths for the loose look-ups."""

    def __init__(self, briefing: Briefing, checkpoint: Callable[[], None] | None = None) -> None:
        """`checkpoint` is called now and then; a loading thread's raises there to stop at Cancel."""
        self._forms: list[_Form] = []
        for order, person in enumerate(briefing.people):
            if checkpoint is not None and order % 1000 == 0:
                checkpoint()
            for i, name in enumerate(person.names):
                self._add("person", person.id, person.display_name, name.text, order, i == 0, name.error, name.lang)
        if briefing.exercise:
            base = len(briefing.people)
            for order, vessel in enumerate(briefing.exercise.vessels):
                self._add("vessel", vessel.id, vessel.name, vessel.name, base + order, True, False, None)
        postings: dict[str, set[int]] = {}
        compact: dict[str, set[int]] = {}
        langs: dict[tuple[str, str | None], None] = {}
        for n, form in enumerate(self._forms):
            for key in form.keys:
                postings.setdefault(key, set()).add(n)
                langs[key, form.lang] = None
            for c in form.compacts:
                compact.setdefault(c, set()).add(n)
        self._vocab = sorted(postings)
        self._postings = [postings[k] for k in self._vocab]
        self._compact_keys = sorted(compact)
        self._compact_postings = [compact[k] for k in self._compact_keys]
        self._compact_sets = compact
        self._token_sets = postings
        self._spelling = Vocabulary(langs)
        self._keys = [(f.kind, f.id) for f in self._forms]
        self._ties = [(f.error, not f.primary) for f in self._forms]
        # Orders as plain numbers, so that sorting thousands of hits runs without a Python key function:
        # within a record, the display form before others and true forms before errors;
        # across records, true forms first, then the briefing's order.
        size = len(self._forms) + 1
        self._within = [(2 * f.error + (not f.primary)) * size + n for n, f in enumerate(self._forms)]
        self._across = [f.error * size + f.order for f in self._forms]
        self._texts = [f.text for f in self._forms]
        self._cache: dict[tuple[tuple[str, ...], bool], dict[tuple[str, str], Score]] = {}
        self._found: dict[tuple[tuple[str, ...], bool], Found] = {}  # recent find() answers
        self._letters: dict[str, Found] = {}  # one-letter queries, filled by warm()
        self._letter_scores: dict[str, dict[tuple[str, str], Score]] = {}

    def _add(self, kind: str, rid: str, display: str, text: str, order: int, primary: bool, error: bool,
             lang: str | None) -> None:
        ws = words(text)
        keys = frozenset(ws) | frozenset(tokens(text))
        if not text.isascii():
            keys |= cjk_pieces(text)
        # Names have two to four words; past six, orders would explode, so keep the given order and its reverse.
        orders = itertools.permutations(ws) if len(ws) <= 6 else (ws, ws[::-1])
        compacts = tuple(dict.fromkeys("".join(o) for o in orders))
        self._forms.append(_Form(kind, rid, display, text, order, primary, error, keys, compacts, lang))

    def __len__(self) -> int:
        return len(self._forms)

    def _prefixed(self, keys: list[str], postings: list[set[int]], prefix: str) -> set[int]:
        lo = bisect.bisect_left(keys, prefix)
        hi = bisect.bisect_left(keys, prefix + "\uffff")
        if hi - lo == 1:
            return postings[lo]
        found: set[int] = set()
        for i in range(lo, hi):
            found |= postings[i]
        return found

    def _best(self, query: str, exact: bool = False) -> dict[tuple[str, str], Score]:
        """For each matching record, the score of its best form."""
        qtokens = tuple(tokens(query))
        if not qtokens:
            return {}
        if len(qtokens) == 1 and qtokens[0] in self._letter_scores:  # no loose match has one letter
            return self._letter_scores[qtokens[0]]
        return _recent(self._cache, (qtokens, exact), self._score)

    def _score(self, asked: tuple[tuple[str, ...], bool]) -> dict[tuple[str, str], Score]:
        qtokens, exact = asked
        # Set operations over the index, not a loop over every candidate form: a short query
        # matches thousands of forms, and this runs on a keystroke.
        qcompact = "".join(qtokens)
        # Whole name, spaces and hyphens ignored, any word order; or the start of such a name.
        whole = self._compact_sets.get(qcompact, set())
        started = self._prefixed(self._compact_keys, self._compact_postings, qcompact)
        # Every query token a word or piece of the name (exactly, or as its beginning).
        per_token = {t: self._prefixed(self._vocab, self._postings, t) for t in dict.fromkeys(qtokens)}  # typed order
        candidates: set[int] | None = None
        for t in sorted(per_token, key=len, reverse=True):
            candidates = per_token[t].copy() if candidates is None else candidates & per_token[t]
            if not candidates:
                break
        candidates = candidates or set()
        exact_words: set[int] = candidates
        for t in set(qtokens):
            exact_words = exact_words & self._token_sets.get(t, set())
        all_words = exact_words - whole
        prefixes = (candidates | started) - whole - all_words
        groups = [(WHOLE_NAME, whole), (ALL_TOKENS, all_words), (PREFIXES, prefixes)]
        if not exact:
            groups += self._loose(per_token, whole | all_words | prefixes)
        # One score per record: its best-ranked form, preferring the display form on a tie;
        # within a rank, a match through a form that is an article's error comes last.
        best: dict[tuple[str, str], Score] = {}
        keys, ties = self._keys, self._ties
        for rank, group in groups:  # best rank first: a record found in an earlier rank keeps it
            # Worst form first, so that each record's best form is the one the dictionary keeps.
            chosen = {keys[n]: n for n in sorted(group, key=self._within.__getitem__, reverse=True)}
            best.update({key: (rank, *ties[n], n, qtokens) for key, n in chosen.items() if key not in best})
        return best

    def _loose(self, per_token: dict[str, set[int]], strict: set[int]) -> list[tuple[int, set[int]]]:
        """Forms that every typed word finds exactly, by its beginning or as a spelling variant (VARIANT),
        or also by a close spelling (CLOSE). Set operations only: a variant of a common family name
        reaches thousands of forms. Which word matched how is worked out when a match is shown."""
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
            reached: set[int] = set().union(*loose.values()) - taken
            for t, hits in per_token.items():
                if not reached:
                    break
                reached = (reached & hits) | (reached & loose[t])
            taken = taken | reached
            groups.append((rank, reached))
        return groups

    def _forms_with(self, words: set[str]) -> set[int]:
        return set().union(*(self._token_sets[w] for w in words))

    def _how(self, score: Score) -> str:
        """How a form matched, in the words the window and the command line show: for a loose match,
        the first typed word that needed it and the name's word it was taken for."""
        rank, n, typed = score[0], score[3], score[4]
        if rank < VARIANT:
            return RANK_LABELS[rank]
        form = self._forms[n]
        for t in typed:
            if any(k.startswith(t) for k in form.keys):
                continue
            meant = self._spelling.variants(t) & form.keys
            if not meant and rank == CLOSE:
                meant = self._spelling.close(t) & form.keys
            if meant:
                word = _as_written(form.text, min(meant))
                return f"{'spelling variant' if rank == VARIANT else 'close spelling'} of {_shown(t)} → {word}"
        return RANK_LABELS[rank]

    def _match(self, score: Score) -> Match:
        f = self._forms[score[3]]
        return Match(f.kind, f.id, f.display, f.text, score[0], f.error, self._how(score))

    def search(self, query: str, limit: int | None = None, exact: bool = False) -> list[Match]:
        """Records whose name matches, best first: whole name, all words, word beginnings, then (unless
        `exact`) spelling variants and close spellings."""
        scores = self._best(query, exact).values()
        # Ranking only what is shown: a short query matches thousands, the window shows a screenful.
        ordered = heapq.nsmallest(limit, scores, key=self._order) if limit is not None else sorted(scores, key=self._order)
        return [self._match(s) for s in ordered]

    def warm(self, checkpoint: Callable[[], None] | None = None) -> None:
        """Answer every one-letter query now (a large file's loading thread calls this): the first
        letter typed matches the most names and would otherwise be the slowest keystroke."""
        for letter in sorted({key[0] for key in self._vocab}):
            if checkpoint is not None:
                checkpoint()
            self._letter_scores[letter] = self._score(((letter,), False))
            self._letters[letter] = self._find(((letter,), False))

    def find(self, query: str, exact: bool = False) -> Found:
        """What a keystroke needs: every matching record with the form that matched, and the best match,
        without ranking the whole list. With `exact`, no variants or misspellings are matched, but
        `suggestion` still names the best of them when nothing else matches."""
        qtokens = tuple(tokens(query))
        if len(qtokens) == 1 and qtokens[0] in self._letters:  # one letter: no loose match is possible
            return self._letters[qtokens[0]]
        return _recent(self._found, (qtokens, exact), self._find)

    def _find(self, asked: tuple[tuple[str, ...], bool]) -> Found:
        qtokens, exact = asked
        best = self._best(" ".join(qtokens), exact)
        strict = [s for s in best.values() if s[0] < VARIANT]
        suggestion = None
        if not strict:  # "Did you mean …?": the best loose match, even when only exact names are shown
            loose = best if not exact else self._best(" ".join(qtokens), False)
            if loose:
                suggestion = self._match(min(loose.values(), key=self._order))
        if not best:
            return Found({}, set(), None, suggestion=suggestion)
        forms = self._forms
        texts = self._texts
        people = {rid: texts[s[3]] for (kind, rid), s in best.items() if kind == "person"}
        vessels = {rid for kind, rid in best if kind == "vessel"}
        first = min(best.values(), key=self._order)
        return Found(people, vessels, self._match(first), _Hows(best, self), suggestion)

    def _order(self, s: Score) -> tuple[int, int]:
        return (s[0], self._across[s[3]])


def _shown(token: str) -> str:
    return token[:1].upper() + token[1:]


def _as_written(form: str, word: str) -> str:
    """The name word as the form writes it ('seo' → 'Seo', 'minjeong' → 'Min-jeong')."""
    for piece in re.split(r"\s+", form):
        if _NOT_ALNUM.sub("", fold(piece)) == word:
            return piece
        for part in _SEPARATORS.split(piece):
            if _NOT_ALNUM.sub("", fold(part)) == word:
                return part
    return _shown(word)


K = TypeVar("K")
V = TypeVar("V")
RECENT = 64  # answers kept per cache


def _recent(cache: dict[K, V], key: K, make: Callable[[K], V]) -> V:
    """The cached answer, else a new one kept among the most recent. Typing and deleting revisit
    the same short queries, and one or two letters match the most names."""
    value = cache.get(key)
    if value is None:
        value = cache[key] = make(key)
        if len(cache) > RECENT:
            del cache[next(iter(cache))]
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

    def how(self, person_id: str) -> str:
        """How the person's name matched, in words ("all words", "spelling variant of Suh → Seo");
        worded only when asked, for the rows in sight."""
        return self.hows.of(("person", person_id)) if self.hows is not None else ""


class _Hows:
    """How each record of one answer matched, worded when asked."""

    def __init__(self, best: dict[tuple[str, str], Score], index: SearchIndex) -> None:
        self._best, self._index = best, index

    def of(self, key: tuple[str, str]) -> str:
        score = self._best.get(key)
        return self._index._how(score) if score is not None else ""
