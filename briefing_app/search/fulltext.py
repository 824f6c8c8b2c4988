"""Full-text search on SQLite's FTS5: one in-memory database per briefing, built in the loading thread,
holding every passage of the briefing (passages.py) with its record kind, id and field.

Two tables share the passages' numbers: `words`, tokenized by `porter unicode61` with diacritics removed
(phrases, prefixes, stems: "interception" finds "intercepting"; bm25 ranking; snippets), and `cjk`, the
passages that hold Hangul, kana or kanji, tokenized by `trigram`, where a run of those characters is
found inside a longer one (the scripts put no spaces between words). A query (query.py) reaches SQL only
as a parameter, its every word quoted.

Ranking: passages holding the plain words typed as a phrase first, then bm25, then the date nearest
the briefing's own.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from briefing_app.core.model import Briefing
from briefing_app.search.passages import Passage, briefing_day, passages
from briefing_app.search.query import CJK, Query, Term, parse

MARKS = ("\x02", "\x03")  # around each match in what FTS5 returns; taken out of the passages before indexing
_MARKS = re.compile("[\x02\x03]")
_SPACE = re.compile(r"\s")  # each turned into one space: a snippet is one line, and its marks stay in place
SNIPPET_TOKENS = 24  # words of a passage around its matches (FTS5's snippet(); at most 64)
WIDTH = 160  # characters, where the snippet is cut here rather than by FTS5 (CJK matches)
NO_DAY = 10 ** 7  # the distance from the briefing's date of a passage with no date: after every dated one
BATCH = 5000  # passages inserted between two checkpoints

_WORDS_TABLE = ("CREATE VIRTUAL TABLE words USING fts5(text, kind UNINDEXED, id UNINDEXED, field UNINDEXED,"
                " label UNINDEXED, event UNINDEXED, day UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')")
_CJK_TABLE = "CREATE VIRTUAL TABLE cjk USING fts5(text, tokenize = 'trigram')"
_ROW = "rowid, kind, id, field, text, label, event, day"


@cache
def fts5_available() -> bool:
    """Whether this Python's SQLite has FTS5, with the trigram tokenizer (SQLite 3.34). Asked once, when
    the first briefing is indexed: without it the Text scope says so and nothing else changes."""
    if sqlite3.sqlite_version_info < (3, 34, 0):
        return False
    db = sqlite3.connect(":memory:")
    try:
        return bool(db.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0])
    finally:
        db.close()


@dataclass(frozen=True)
class Hit:
    """A passage found, its snippet (plain text, on one line) and where in the snippet the matches are."""

    passage: Passage
    snippet: str
    marks: tuple[tuple[int, int], ...]
    rank: int  # 1 for the best

    def marked(self, left: str = "«", right: str = "»") -> str:
        """The snippet with each match between `left` and `right`, for a terminal."""
        out, at = [], 0
        for start, end in self.marks:
            out += [self.snippet[at:start], left, self.snippet[start:end], right]
            at = end
        return "".join(out) + self.snippet[at:]


class TextResults:
    """The best hits, how many passages matched, and (worked out when asked) the events they belong to."""

    def __init__(self, hits: list[Hit], total: int, events: Callable[[], Iterable[str]] = tuple) -> None:
        self.hits = hits  # best first, at most the limit asked
        self.total = total  # every passage that matched
        self._events = events

    @cached_property
    def events(self) -> frozenset[str]:
        """Every event a matching passage belongs to, for the Timeline's filter."""
        return frozenset(self._events())


class TextIndex:
    """The briefing's passages in FTS5. Made in one thread and then used in another (the GUI's), never
    in two at once."""

    def __init__(self, briefing: Briefing, checkpoint: Callable[[], None] | None = None) -> None:
        self.available = fts5_available()
        self._today = briefing_day(briefing)
        self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self._size = 0
        if self.available:
            self._fill(passages(briefing), checkpoint)

    def _fill(self, found: Iterable[Passage], checkpoint: Callable[[], None] | None) -> None:
        db = self._db
        db.execute(_WORDS_TABLE)
        db.execute(_CJK_TABLE)
        words: list[tuple[int, str, str, str, str, str, str | None, int | None]] = []
        cjk: list[tuple[int, str]] = []
        db.execute("BEGIN")
        for n, p in enumerate(found, 1):
            text = p.text if p.text.isprintable() else _MARKS.sub(" ", p.text)
            words.append((n, text, p.kind, p.id, p.field, p.where, p.event, p.day))
            if not text.isascii() and CJK.search(text):
                cjk.append((n, text))
            if len(words) == BATCH:
                self._insert(words, cjk)
                if checkpoint is not None:
                    checkpoint()
            self._size = n
        self._insert(words, cjk)
        db.execute("COMMIT")

    def _insert(self, words: list[tuple[int, str, str, str, str, str, str | None, int | None]], cjk: list[tuple[int, str]]) -> None:
        self._db.executemany("INSERT INTO words (rowid, text, kind, id, field, label, event, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", words)
        self._db.executemany("INSERT INTO cjk (rowid, text) VALUES (?, ?)", cjk)
        words.clear()
        cjk.clear()

    def __len__(self) -> int:
        return self._size

    def bytes_used(self) -> int:
        """The database's size in memory (its pages), for the benchmark."""
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        return int(pages) * int(self._db.execute("PRAGMA page_size").fetchone()[0])

    def search(self, typed: str, limit: int | None = 200) -> TextResults:
        """The passages the query finds, best first (at most `limit` of them as hits)."""
        query = parse(typed)
        if not self.available or query.empty:
            return TextResults([], 0)
        if query.cjk:
            return self._search_sets(query, limit)
        expression = query.expression()
        order = "rank, abs(coalesce(day, :far) - :today), rowid"
        phrase = query.phrase_expression()
        if phrase is not None:
            order = "rowid IN (SELECT rowid FROM words WHERE words MATCH :phrase) DESC, " + order
        found = self._db.execute(f"SELECT rowid FROM words WHERE words MATCH :query ORDER BY {order} LIMIT :limit",
                                 {"query": expression, "phrase": phrase, "today": self._today, "far": NO_DAY + self._today,
                                  "limit": -1 if limit is None else limit})
        top = [n for (n,) in found]
        total = len(top)
        if limit is not None and total == limit:
            total = self._db.execute("SELECT count(*) FROM words WHERE words MATCH ?", (expression,)).fetchone()[0]
        return TextResults(self._hits(top, query), total, lambda: self._events_matching(expression))

    def _events_matching(self, expression: str) -> list[str]:
        rows = self._db.execute("SELECT DISTINCT event FROM words WHERE words MATCH ? AND event IS NOT NULL", (expression,))
        return [event for (event,) in rows]

    def _hits(self, top: list[int], query: Query) -> list[Hit]:
        """The hits for these passages, in this order, each with a snippet from FTS5 around its matches."""
        if not top:
            return []
        words = query.words_expression()
        assert words is not None  # a query without CJK terms has words
        numbers = json.dumps(top)
        rows = self._db.execute(
            f"SELECT {_ROW}, snippet(words, 0, ?, ?, '…', ?) FROM words WHERE words MATCH ?"
            " AND rowid IN (SELECT value FROM json_each(?))", (*MARKS, SNIPPET_TOKENS, words, numbers))
        by_number = {row[0]: row for row in rows}
        hits = []
        for rank, n in enumerate(top, 1):
            row = by_number.get(n)
            if row is not None:
                snippet, marks = _unmark(row[-1])
                hits.append(Hit(Passage(*row[1:-1]), snippet, marks, rank))
        return hits

    def _search_sets(self, query: Query, limit: int | None) -> TextResults:
        """A query with CJK terms: each term's passages from its own table, combined here; ranked by the
        date nearest the briefing's, then in the briefing's order."""
        matched = set.intersection(*(set().union(*map(self._passages_with, clause)) for clause in query.clauses))
        matched.difference_update(*map(self._passages_with, query.excluded))
        if not matched:
            return TextResults([], 0)
        numbers = json.dumps(sorted(matched))
        rows = self._db.execute(f"SELECT {_ROW} FROM words WHERE rowid IN (SELECT value FROM json_each(?))", (numbers,)).fetchall()
        far = NO_DAY + self._today
        rows.sort(key=lambda row: (abs((far if row[7] is None else row[7]) - self._today), row[0]))
        shown = rows if limit is None else rows[:limit]
        hits = [Hit(Passage(*row[1:]), *self._cut(row[0], row[4], query), rank) for rank, row in enumerate(shown, 1)]
        return TextResults(hits, len(rows), lambda: (row[6] for row in rows if row[6] is not None))

    def _passages_with(self, term: Term) -> set[int]:
        if not term.cjk:
            rows = self._db.execute("SELECT rowid FROM words WHERE words MATCH ?", (" OR ".join(s.fts() for s in term.spellings()),))
        elif len(term.text) >= 3:  # a trigram or more: the index finds it
            rows = self._db.execute("SELECT rowid FROM cjk WHERE cjk MATCH ?", (Term(term.runs).fts(),))
        else:  # shorter than a trigram: read through the CJK passages, a small share of most briefings
            rows = self._db.execute("SELECT rowid FROM cjk WHERE instr(lower(text), ?) > 0", (term.text,))
        return {n for (n,) in rows}

    def _cut(self, number: int, text: str, query: Query) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The passage's words matched (highlight()) and its CJK runs, and WIDTH characters around the first."""
        words = query.words_expression()
        marks: list[tuple[int, int]] = []
        if words is not None:
            row = self._db.execute("SELECT highlight(words, 0, ?, ?) FROM words WHERE words MATCH ? AND rowid = ?",
                                   (*MARKS, words, number)).fetchone()
            if row is not None:
                text, found = _unmark(row[0])
                marks += found
        folded = text.lower() if len(text.lower()) == len(text) else text
        for term in query.positive():
            if term.cjk:
                marks += _occurrences(folded, term.text)
        return _window(text, _merged(marks))


def _unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text with MARKS around its matches → the plain text (on one line) and where the matches are."""
    plain: list[str] = []
    marks = []
    at = start = 0
    for piece in re.split("([\x02\x03])", _SPACE.sub(" ", marked)):
        if piece == MARKS[0]:
            start = at
        elif piece == MARKS[1]:
            marks.append((start, at))
        else:
            plain.append(piece)
            at += len(piece)
    return "".join(plain), tuple(marks)


def _occurrences(text: str, part: str) -> list[tuple[int, int]]:
    found = []
    at = text.find(part)
    while at >= 0 and part:
        found.append((at, at + len(part)))
        at = text.find(part, at + len(part))
    return found


def _merged(marks: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted, with overlapping marks made one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


def _window(text: str, marks: tuple[tuple[int, int], ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """WIDTH characters of `text` on one line, from a little before its first mark, with the marks in it."""
    text = _SPACE.sub(" ", text)
    start = 0
    if marks and len(text) > WIDTH:
        start = max(0, marks[0][0] - WIDTH // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + WIDTH)
    lead = "… " if start else ""
    shift = len(lead) - start
    kept = tuple((s + shift, e + shift) for s, e in marks if s >= start and e <= end)
    return lead + text[start:end] + (" …" if end < len(text) else ""), kept


def search_text(briefing: Briefing, typed: str, limit: int | None = 200) -> TextResults:
    """One search in a briefing indexed for it (the command line's)."""
    return TextIndex(briefing).search(typed, limit)
