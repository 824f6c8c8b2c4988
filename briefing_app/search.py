"""Name search: every form of every person's name and every vessel's name, in any order, case or accent."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .model import Briefing

# Ranks, best first.
WHOLE_NAME, ALL_TOKENS, PREFIXES = 0, 1, 2
RANK_LABELS = {WHOLE_NAME: "whole name", ALL_TOKENS: "all words", PREFIXES: "beginnings of words"}

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_/.,;:'’`\"()\[\]]+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, accents stripped: 'Lee-Park' and 'lee-park' fold alike, as do 'É' and 'e'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of a name; a hyphenated part stays one word ('lee-park' → 'leepark')."""
    folded = fold(text)
    return [w for w in (_NOT_ALNUM.sub("", part) for part in re.split(r"\s+", folded)) if w]


def tokens(text: str) -> list[str]:
    """Every piece between separators: 'Ann Lee-Park' → ann, lee, park."""
    return [t for t in (_NOT_ALNUM.sub("", part) for part in _SEPARATORS.split(fold(text))) if t]


@dataclass(frozen=True)
class Match:
    kind: str  # "person" or "vessel"
    id: str
    display: str  # the record's display name
    form: str  # the form of the name that matched
    rank: int
    error_form: bool = False  # the matched form is recorded as an article's error

    @property
    def form_differs(self) -> bool:
        return self.form != self.display


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


class SearchIndex:
    """An index over name forms: a sorted vocabulary for prefix look-ups, and whole names in any order."""

    def __init__(self, briefing: Briefing, checkpoint: Callable[[], None] | None = None) -> None:
        """`checkpoint` is called now and then; a loading thread's raises there to stop at Cancel."""
        self._forms: list[_Form] = []
        for order, person in enumerate(briefing.people):
            if checkpoint is not None and order % 1000 == 0:
                checkpoint()
            for i, name in enumerate(person.names):
                self._add("person", person.id, person.display_name, name.text, order, i == 0, name.error)
        if briefing.exercise:
            base = len(briefing.people)
            for order, vessel in enumerate(briefing.exercise.vessels):
                self._add("vessel", vessel.id, vessel.name, vessel.name, base + order, True, False)
        postings: dict[str, set[int]] = {}
        compact: dict[str, set[int]] = {}
        for n, form in enumerate(self._forms):
            for key in form.keys:
                postings.setdefault(key, set()).add(n)
            for c in form.compacts:
                compact.setdefault(c, set()).add(n)
        self._vocab = sorted(postings)
        self._postings = [postings[k] for k in self._vocab]
        self._compact_keys = sorted(compact)
        self._compact_postings = [compact[k] for k in self._compact_keys]
        self._compact_sets = compact
        self._token_sets = postings
        self._keys = [(f.kind, f.id) for f in self._forms]
        self._ties = [(f.error, not f.primary) for f in self._forms]
        self._cache: dict[tuple[str, ...], dict[tuple[str, str], tuple[int, bool, bool, int]]] = {}
        self._found: dict[tuple[str, ...], Found] = {}  # recent find() answers
        self._letters: dict[str, Found] = {}  # one-letter queries, filled by warm()

    def _add(self, kind: str, rid: str, display: str, text: str, order: int, primary: bool, error: bool) -> None:
        ws = words(text)
        keys = frozenset(ws) | frozenset(tokens(text))
        # Names have two to four words; past six, orders would explode, so keep the given order and its reverse.
        orders = itertools.permutations(ws) if len(ws) <= 6 else (ws, ws[::-1])
        compacts = tuple(dict.fromkeys("".join(o) for o in orders))
        self._forms.append(_Form(kind, rid, display, text, order, primary, error, keys, compacts))

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

    def _best(self, query: str) -> dict[tuple[str, str], tuple[int, bool, bool, int]]:
        """For each matching record, the score of its best form: (rank, error form, not primary, form number)."""
        qtokens = tuple(tokens(query))
        if not qtokens:
            return {}
        return _recent(self._cache, qtokens, self._score)

    def _score(self, qtokens: tuple[str, ...]) -> dict[tuple[str, str], tuple[int, bool, bool, int]]:
        # Set operations over the index, not a loop over every candidate form: a short query
        # matches thousands of forms, and this runs on a keystroke.
        qcompact = "".join(qtokens)
        # Whole name, spaces and hyphens ignored, any word order; or the start of such a name.
        whole = self._compact_sets.get(qcompact, set())
        started = self._prefixed(self._compact_keys, self._compact_postings, qcompact)
        # Every query token a word or piece of the name (exactly, or as its beginning).
        candidates: set[int] | None = None
        for t in sorted(set(qtokens), key=len, reverse=True):
            hits = self._prefixed(self._vocab, self._postings, t)
            candidates = hits.copy() if candidates is None else candidates & hits
            if not candidates:
                break
        candidates = candidates or set()
        exact: set[int] = candidates
        for t in set(qtokens):
            exact = exact & self._token_sets.get(t, set())
        all_words = exact - whole
        prefixes = (candidates | started) - whole - all_words
        # One score per record: its best-ranked form, preferring the display form on a tie;
        # within a rank, a match through a form that is an article's error comes last.
        best: dict[tuple[str, str], tuple[int, bool, bool, int]] = {}
        keys, ties = self._keys, self._ties
        for rank, group in ((WHOLE_NAME, whole), (ALL_TOKENS, all_words), (PREFIXES, prefixes)):
            for n in group:
                key = keys[n]
                score = (rank, *ties[n], n)
                old = best.get(key)
                if old is None or score < old:
                    best[key] = score
        return best

    def _match(self, score: tuple[int, bool, bool, int]) -> Match:
        f = self._forms[score[3]]
        return Match(f.kind, f.id, f.display, f.text, score[0], f.error)

    def search(self, query: str, limit: int | None = None) -> list[Match]:
        """Records whose name matches, best first: whole name, then all words, then word beginnings."""
        ordered = sorted(self._best(query).values(), key=lambda s: (s[0], s[1], self._forms[s[3]].order))
        if limit is not None:
            ordered = ordered[:limit]
        return [self._match(s) for s in ordered]

    def warm(self, checkpoint: Callable[[], None] | None = None) -> None:
        """Answer every one-letter query now (a large file's loading thread calls this): the first
        letter typed matches the most names and would otherwise be the slowest keystroke."""
        for letter in sorted({key[0] for key in self._vocab}):
            if checkpoint is not None:
                checkpoint()
            self._letters[letter] = self._find((letter,))

    def find(self, query: str) -> Found:
        """What a keystroke needs: every matching record with the form that matched, and the best match,
        without ranking the whole list."""
        qtokens = tuple(tokens(query))
        if len(qtokens) == 1 and qtokens[0] in self._letters:
            return self._letters[qtokens[0]]
        return _recent(self._found, qtokens, self._find)

    def _find(self, qtokens: tuple[str, ...]) -> Found:
        best = self._best(" ".join(qtokens))
        if not best:
            return Found({}, set(), None)
        forms = self._forms
        people = {rid: forms[s[3]].text for (kind, rid), s in best.items() if kind == "person"}
        vessels = {rid for kind, rid in best if kind == "vessel"}
        first = min(best.values(), key=lambda s: (s[0], s[1], forms[s[3]].order))
        return Found(people, vessels, self._match(first))


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

    def __len__(self) -> int:
        return len(self.people) + len(self.vessels)
