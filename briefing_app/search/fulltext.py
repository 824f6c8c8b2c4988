"""Full-text search on SQLite's FTS5: one in-memory database per briefing, built in the loading thread,
indexing every passage of the briefing (passages.py); each hit keeps its record kind, id and field.

Two tables share the passages' numbers: `words`, tokenized by `porter unicode61` with diacritics removed
(phrases, prefixes, stems: "interception" finds "intercepting"; bm25 ranking; snippets), and `cjk`, the
passages that hold Hangul, kana or kanji, tokenized by `trigram`, where a run of those characters is
found inside a longer one (the scripts put no spaces between words). A query (query.py) reaches SQL only
as a parameter, its every word quoted.

Ranking: passages holding the plain words typed as a phrase first, then bm25, then the date nearest
the briefing's own; when more than RANKED passages match, the date alone after the phrase (see `search`).
Snippets are made as the results list shows them, a page at a time.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, cached_property

from briefing_app.core.model import Briefing
from briefing_app.search.passages import Passage, briefing_day, passage_rows
from briefing_app.search.query import CJK, Query, Term, parse

MARKS = ("\x02", "\x03")  # around each match in what FTS5 returns; taken out of a passage before its snippet is made
_SPACE = re.compile(r"\s")  # each turned into one space: a snippet is one line, and its marks stay in place
SNIPPET_TOKENS = 24  # words of a passage around its matches (FTS5's snippet(); at most 64)
WIDTH = 160  # characters, where the snippet is cut here rather than by FTS5 (CJK matches)
BATCH = 5000  # passages inserted between two checkpoints
RANKED = 500  # passages ranked at most: when more match, they come in the order of their dates
PAGE = 50  # snippets made at once, as the results list shows them

# The index tables are contentless: the passages stay in Python, one tuple per field (a handful of
# containers for the garbage collector), and SQLite does not keep a second copy of every text, which was
# a fifth of the build. The snippets of a page of hits are made in `page`, a table of those passages alone.
WORDS_TOKENIZER = "porter unicode61 remove_diacritics 2"
_PAGE = f"CREATE VIRTUAL TABLE page USING fts5(text, tokenize = '{WORDS_TOKENIZER}')"


def create_tables(db: sqlite3.Connection, prefix: str = "") -> None:
    """The two index tables, each a contentless FTS5 table of one column `text`, whose rowid is the
    passage's number: `{prefix}words` (porter unicode61, diacritics removed), which query.py's
    `Query.expression()` is matched against, and `{prefix}cjk` (trigram), for the passages that hold
    Hangul, kana or kanji only. A second database (the library's) makes the same tables under its own prefix."""
    db.execute(f"CREATE VIRTUAL TABLE {prefix}words USING fts5(text, content = '', tokenize = '{WORDS_TOKENIZER}')")
    db.execute(f"CREATE VIRTUAL TABLE {prefix}cjk USING fts5(text, content = '', tokenize = 'trigram')")


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


class Hit:
    """A passage found, and its snippet: plain text on one line, with where in it the matches are
    (`marks`). The snippet is made when first asked for, with those of the hits around it: a results
    list shows a screenful, and FTS5 takes a while over each snippet."""

    __slots__ = ("passage", "rank", "_snippets")

    def __init__(self, passage: Passage, rank: int, snippets: _Snippets) -> None:
        self.passage = passage
        self.rank = rank  # 1 for the best
        self._snippets = snippets

    @property
    def snippet(self) -> str:
        return self._snippets.of(self.rank - 1)[0]

    @property
    def marks(self) -> tuple[tuple[int, int], ...]:
        return self._snippets.of(self.rank - 1)[1]

    def marked(self, left: str = "«", right: str = "»") -> str:
        """The snippet with each match between `left` and `right`, for a terminal."""
        snippet, marks = self._snippets.of(self.rank - 1)
        out, at = [], 0
        for start, end in marks:
            out += [snippet[at:start], left, snippet[start:end], right]
            at = end
        return "".join(out) + snippet[at:]


Cut = tuple[str, tuple[tuple[int, int], ...]]  # a snippet and its marks


class _Snippets:
    """The snippets of one search's hits, made a page at a time by `make` (the passages' numbers → cuts)."""

    def __init__(self, numbers: list[int], make: Callable[[list[int]], dict[int, Cut]]) -> None:
        self._numbers, self._make = numbers, make
        self._made: dict[int, Cut] = {}

    def of(self, n: int) -> Cut:
        number = self._numbers[n]
        if number not in self._made:
            first = n - n % PAGE
            self._made.update(self._make(self._numbers[first:first + PAGE]))
        return self._made.get(number, ("", ()))


class TextResults:
    """The best hits, how many passages matched, and (worked out when asked) the events they belong to.

    The search counts the passages matched only up to RANKED + 1: beyond that a count costs as much as
    reading every match, which the Timeline's `events` do anyway, so `total` is made there, once."""

    def __init__(self, hits: list[Hit], counted: int, matched: Callable[[], Sequence[int]] = tuple,
                 events: Callable[[Sequence[int]], Iterable[str]] = lambda _numbers: (), *, by_date: bool = False) -> None:
        self.hits = hits  # best first, at most the limit asked
        self.counted = counted  # the passages matched, or RANKED + 1 when more did (`more`)
        self.more = counted > RANKED
        self.by_date = by_date  # in order of the dates nearest the briefing's, not ranked (too many, or CJK)
        self._matched, self._events = matched, events

    @cached_property
    def matched(self) -> Sequence[int]:
        """Every passage matched, by number."""
        return self._matched()

    @cached_property
    def total(self) -> int:
        """Every passage that matched, counted exactly."""
        return len(self.matched) if self.more else self.counted

    @cached_property
    def events(self) -> frozenset[str]:
        """Every event a matching passage belongs to, for the Timeline's filter."""
        return frozenset(self._events(self.matched))


class TextIndex:
    """The briefing's passages in FTS5. Made in one thread and then used in another (the GUI's), never
    in two at once.

    A passage's number (FTS5's rowid) is its place in the order of dates nearest the briefing's own,
    undated passages last, each in the briefing's order: ranking then breaks bm25's ties by the number,
    and when too many passages match to rank them, the nearest come first."""

    def __init__(self, briefing: Briefing, checkpoint: Callable[[], None] | None = None) -> None:
        self.available = fts5_available()
        self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        # Each field of every passage, one tuple per field: seven containers for the collector, where a
        # tuple per passage would be a hundred thousand.
        columns = list(zip(*passage_rows(briefing))) if self.available else []
        if not columns:
            columns = [()] * len(Passage._fields)
        kinds, ids, fields, texts, wheres, events, days = columns
        self._fields = (kinds, ids, fields, wheres, days)  # in the briefing's order: `_order` numbers them
        # Numbered by the distance of their dates from the briefing's. Events come in date order: the
        # distances fall to the briefing's date and rise after it, two runs the sort merges in C. Only
        # the texts and events are put in that order: the other fields are read for the hits shown.
        today, last = briefing_day(briefing), len(texts)
        distance = [last if day is None else abs(day - today) for day in days]
        order = sorted(range(last), key=distance.__getitem__)
        self._order = array("i", order)  # passage n is the briefing's (n - 1)th; an int list would be 2 MB
        if last > 1:
            reorder = operator.itemgetter(*order)
            texts, events = reorder(texts), reorder(events)
        self._text: tuple[str, ...] = texts
        self._event_of: tuple[str | None, ...] = (None, *events)  # by number (texts at n - 1)
        self._cjk: list[int] = []  # the passages holding CJK text
        if self.available:
            self._fill(texts, checkpoint)

    def _fill(self, texts: tuple[str, ...], checkpoint: Callable[[], None] | None) -> None:
        db = self._db
        create_tables(db)
        db.execute(_PAGE)
        # Built once and never written again: FTS5's merges of its segments as they are written (a tenth
        # of the build's instructions under callgrind) would only save queries a seek or two per segment,
        # of which 50,000 events leave a handful (16 at one level would still be merged).
        db.execute("INSERT INTO words (words, rank) VALUES ('automerge', 0)")
        # A briefing in English alone skips the look for CJK, passage by passage, in one pass in C.
        latin = all(map(str.isascii, texts))
        db.execute("BEGIN")
        for first in range(0, len(texts), BATCH):
            if checkpoint is not None:
                checkpoint()
            batch = texts[first:first + BATCH]
            # A row at a time: one JSON array per batch read by json_each ran 13 % more instructions.
            db.executemany("INSERT INTO words (rowid, text) VALUES (?, ?)", zip(itertools.count(first + 1), batch))
            if latin:
                continue
            cjk = [n for n, t in enumerate(batch, first + 1) if not t.isascii() and CJK.search(t)]
            db.executemany("INSERT INTO cjk (rowid, text) VALUES (?, ?)", [(n, texts[n - 1]) for n in cjk])
            self._cjk += cjk
        db.execute("COMMIT")

    def __len__(self) -> int:
        return len(self._text)

    def bytes_used(self) -> int:
        """The database's size in memory (its pages), for the benchmark."""
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        return int(pages) * int(self._db.execute("PRAGMA page_size").fetchone()[0])

    def passage(self, number: int) -> Passage:
        at = self._order[number - 1]
        kinds, ids, fields, wheres, days = self._fields
        return Passage(kinds[at], ids[at], fields[at], self._text[number - 1], wheres[at], self._event_of[number], days[at])

    def search(self, typed: str, limit: int | None = 200) -> TextResults:
        """The passages the query finds, best first (at most `limit` of them as hits).

        Up to RANKED passages matched: ranked, those holding the plain words typed as a phrase first, then
        by bm25, then by number (the date nearest the briefing's). More: the words are in most of the
        passages and bm25 would first read every one of them to weigh each word, for an order that then
        says little; they come by number, those holding the phrase first, and `by_date` says so."""
        query = parse(typed)
        if not self.available or query.empty:
            return TextResults([], 0)
        if query.cjk:
            return self._search_sets(query, limit)
        expression = query.expression()
        wanted = len(self) if limit is None else limit
        phrase = query.phrase_expression()
        first = self._first(expression, RANKED + 1)  # FTS5 reads matches in number order, and stops here
        if len(first) <= RANKED:
            top = self._ranked(expression, phrase)[:wanted] if len(first) > 1 else first  # bm25 weighs each word first
            return self._results(top, len(first), query, lambda: first)
        top = [] if phrase is None else self._first(phrase, wanted)
        if len(top) < wanted:  # the rest, without those holding the phrase (when any do: it costs a test)
            top += self._first(f"({expression}) NOT {phrase}" if top else expression, wanted - len(top))
        return self._results(top, len(first), query, lambda: self._numbers(expression), by_date=True)

    def _first(self, expression: str, limit: int) -> list[int]:
        """The first `limit` passages matching, by number: FTS5 walks its lists in that order, no further."""
        rows = self._db.execute("SELECT rowid FROM words WHERE words MATCH ? ORDER BY rowid LIMIT ?", (expression, limit))
        return [n for (n,) in rows]

    def _ranked(self, expression: str, phrase: str | None) -> list[int]:
        """Every passage matching (RANKED at most): those holding the phrase first, by the phrase's bm25,
        then the others by the query's; each then by number."""
        db = self._db
        query = "SELECT rank, rowid FROM words WHERE words MATCH ? ORDER BY rank, rowid"
        holding = [] if phrase is None else [n for _score, n in db.execute(query, (phrase,))]
        held = set(holding)
        return holding + [n for _score, n in db.execute(query, (expression,)) if n not in held]

    def _numbers(self, expression: str) -> list[int]:
        """Every passage matching, by number: one string from SQLite read by the JSON parser, rather than a
        row per passage (a third of the time for 50,000)."""
        (joined,) = self._db.execute("SELECT group_concat(rowid) FROM words WHERE words MATCH ?", (expression,)).fetchone()
        numbers: list[int] = json.loads(f"[{joined}]") if joined else []
        return numbers

    def _events_of(self, numbers: Sequence[int]) -> frozenset[str]:
        """The events these passages belong to, each looked up in C, and None (no event) left out on the
        way: made once as the frozenset kept (a set, a copy without None and a frozenset cost three times)."""
        if not numbers:
            return frozenset()
        found = operator.itemgetter(*numbers)(self._event_of)
        return frozenset(filter(None, found if len(numbers) > 1 else (found,)))

    def _results(self, top: list[int], counted: int, query: Query, matched: Callable[[], Sequence[int]], by_date: bool = False
                 ) -> TextResults:
        snippets = _Snippets(top, lambda numbers: self._cuts(numbers, query))
        hits = [Hit(self.passage(n), rank, snippets) for rank, n in enumerate(top, 1)]
        return TextResults(hits, counted, matched, self._events_of, by_date=by_date)

    def _cuts(self, numbers: list[int], query: Query) -> dict[int, Cut]:
        """Snippets of these passages, made in the `page` table that holds them alone: FTS5's snippet()
        around the matched words or, for a query with CJK terms, highlight() and the CJK runs found, and
        WIDTH characters around the first match."""
        db, words = self._db, query.words_expression()
        db.execute("DELETE FROM page")
        db.executemany("INSERT INTO page (rowid, text) VALUES (?, ?)",
                       [(n, self._text[n - 1].replace(MARKS[0], " ").replace(MARKS[1], " ")) for n in numbers])
        marked: dict[int, str] = {}
        if words is not None:
            what = "highlight(page, 0, ?, ?)" if query.cjk else "snippet(page, 0, ?, ?, '…', ?)"
            rows = db.execute(f"SELECT rowid, {what} FROM page WHERE page MATCH ?",
                              (*MARKS, words) if query.cjk else (*MARKS, SNIPPET_TOKENS, words))
            marked = dict(rows.fetchall())
        if not query.cjk:
            return {n: _unmark(marked[n]) if n in marked else _window(self._text[n - 1], ()) for n in numbers}
        cuts = {}
        for n in numbers:
            text, found = _unmark(marked[n]) if n in marked else (self._text[n - 1], ())
            folded = text.lower() if len(text.lower()) == len(text) else text
            marks = [*found, *(at for term in query.positive() if term.cjk for at in _occurrences(folded, term.text))]
            cuts[n] = _window(text, _merged(marks))
        return cuts

    def _search_sets(self, query: Query, limit: int | None) -> TextResults:
        """A query with CJK terms: each term's passages from its own table, combined here, in the order
        of their numbers (the dates nearest the briefing's first)."""
        matched = set.intersection(*(set().union(*map(self._passages_with, clause)) for clause in query.clauses))
        matched.difference_update(*map(self._passages_with, query.excluded))
        ordered = sorted(matched)
        top = ordered if limit is None else ordered[:limit]
        return self._results(top, min(len(ordered), RANKED + 1), query, lambda: ordered, by_date=True)

    def _passages_with(self, term: Term) -> set[int]:
        if not term.cjk:
            return set(self._numbers(" OR ".join(s.fts() for s in term.spellings())))
        if len(term.text) >= 3:  # a trigram or more: the index finds it
            return {n for (n,) in self._db.execute("SELECT rowid FROM cjk WHERE cjk MATCH ?", (Term(term.runs).fts(),))}
        # Shorter than a trigram: read through the CJK passages, a small share of most briefings.
        texts = self._text
        return {n for n in self._cjk if term.text in texts[n - 1].lower()}


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
