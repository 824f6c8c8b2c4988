"""The text search's query language, as a user types it, turned into FTS5's.

    missile defence      every word, in any order (British and American spellings meet)
    "Sea of Japan"       a phrase: these words, in this order
    counter*             words beginning so
    summit OR talks    either: OR joins the words on each side of it
    -radar, NOT radar    none of the passages holding the word

Anything else is a plain word: quotes left open close at the end, and parentheses, ":", "^", "+", "NEAR"
and column filters mean nothing here. A word is its runs of letters and digits ("zero-sum" is the phrase
"zero sum"), and each run reaches FTS5 inside a string of its own, so no text typed can be read as an
FTS5 operator or make a syntax error. A word in Hangul, kana or kanji is looked for as a run of characters
anywhere in the text (the trigram table), since those scripts do not put spaces between words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.search.english import STOP_WORDS, other_spelling

_RUN = re.compile(r"[^\W_]+")  # letters and digits: what FTS5's unicode61 keeps of a word
CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f]")


@dataclass(frozen=True)
class Term:
    """A word or a phrase as FTS5 reads it: its runs of letters and digits, and whether the last one is a
    beginning (prefix*)."""

    runs: tuple[str, ...]
    prefix: bool = False

    @property
    def cjk(self) -> bool:
        """Looked for as characters inside the text (trigram table), not as words."""
        return any(CJK.search(r) for r in self.runs)

    @property
    def text(self) -> str:
        return " ".join(self.runs)

    def fts(self) -> str:
        """The term as an FTS5 string: quoted, so nothing in it is an operator."""
        return '"' + self.text.replace('"', '""') + '"' + (" *" if self.prefix else "")

    def spellings(self) -> tuple[Term, ...]:
        """The term and, where a word has one, its other (British or American) spelling."""
        if self.cjk:
            return (self,)
        last = len(self.runs) - 1
        other = tuple((other_spelling(r) if not (self.prefix and n == last) else None) or r for n, r in enumerate(self.runs))
        return (self,) if other == self.runs else (self, Term(other, self.prefix))


@dataclass(frozen=True)
class Query:
    """What a user asked for: every clause (one of its terms at least), none of `excluded`; `phrase`,
    the plain words typed read as one phrase, ranks the passages holding it first."""

    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()
    phrase: Term | None = None

    @property
    def empty(self) -> bool:
        """Nothing to look for: exclusions alone find nothing (the briefing minus a word is no answer)."""
        return not self.clauses

    @property
    def cjk(self) -> bool:
        return any(t.cjk for t in (*self.excluded, *(t for c in self.clauses for t in c)))

    def positive(self) -> tuple[Term, ...]:
        """Every term a passage may be found by, in every spelling."""
        return tuple(s for clause in self.clauses for term in clause for s in term.spellings())

    def expression(self) -> str:
        """The whole query in FTS5's syntax, for a query without CJK terms."""
        found = " AND ".join(_any_of(clause) for clause in self.clauses)
        return found + "".join(f" NOT {_any_of((term,))}" for term in self.excluded)

    def words_expression(self) -> str | None:
        """Any of the positive word terms (not CJK): what a passage's matched words are highlighted by."""
        terms = [t for t in self.positive() if not t.cjk]
        return " OR ".join(t.fts() for t in terms) if terms else None

    def phrase_expression(self) -> str | None:
        return None if self.phrase is None else _any_of((self.phrase,))


def _any_of(terms: tuple[Term, ...]) -> str:
    return "(" + " OR ".join(s.fts() for t in terms for s in t.spellings()) + ")"


@dataclass
class _Item:
    term: Term
    negated: bool
    joined: bool  # OR stood before it
    plain: bool  # a bare word: not quoted, not a prefix


def parse(typed: str) -> Query:
    """The query a user typed (see the module's text). Never raises."""
    items = _items(typed)
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    after_positive = False  # OR joins a term to the clause before only if that was a positive term
    for item in items:
        if item.negated:
            excluded.append(item.term)
            after_positive = False
            continue
        if item.joined and after_positive:
            clauses[-1].append(item.term)
        else:
            clauses.append([item.term])
        after_positive = True
    plain = [i for i in items if i.plain and not i.negated]
    joined = any(len(c) > 1 for c in clauses)
    if not joined:
        # "Sea of Japan": "of" alone must not be what a passage is found by, but a query of stop
        # words only still looks for them.
        kept = [c for c in clauses if not (len(c) == 1 and _stop(c[0]))]
        if kept and len(kept) < len(clauses):
            clauses = kept
    runs = tuple(r for i in plain for r in i.term.runs)
    phrase = Term(runs) if not joined and len(plain) > 1 and len(plain) == len(items) and not Term(runs).cjk else None
    return Query(tuple(map(tuple, clauses)), tuple(excluded), phrase)


def _stop(term: Term) -> bool:
    return not term.prefix and len(term.runs) == 1 and term.runs[0] in STOP_WORDS


def _items(typed: str) -> list[_Item]:
    """The terms typed, each with whether it is negated and whether OR joins it to the one before."""
    items: list[_Item] = []
    at, end = 0, len(typed)
    joined = negated = False
    while at < end:
        c = typed[at]
        if c.isspace():
            at += 1
            continue
        minus = c == "-" and at + 1 < end and typed[at + 1] == '"'
        if minus:
            at += 1
        if typed[at] == '"':
            close = typed.find('"', at + 1)
            body, at = (typed[at + 1:], end) if close < 0 else (typed[at + 1:close], close + 1)
            stars = len(typed[at:]) - len(typed[at:].lstrip("*"))
            at += stars
            term, plain = Term(_runs(body), stars > 0), False
        else:
            stop = at
            while stop < end and not typed[stop].isspace() and typed[stop] != '"':
                stop += 1
            chunk, at = typed[at:stop], stop
            if chunk == "OR":
                joined = True
                continue
            if chunk == "NOT":
                negated = True
                continue
            if chunk == "AND":  # what words do anyway
                continue
            if chunk.startswith("-"):
                minus, chunk = True, chunk.lstrip("-")
            prefix = chunk.endswith("*")
            runs = _runs(chunk)
            term, plain = Term(runs, prefix), not prefix
        if term.runs:
            items.append(_Item(term, negated or minus, joined, plain))
        joined = negated = False
    return items


def _runs(text: str) -> tuple[str, ...]:
    return tuple(_RUN.findall(text.lower()))
