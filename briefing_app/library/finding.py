"""Finding across the library: a passage by its words, and the other briefings a person of the open one
appears in (a person by name is people.py's). Qt-free."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from briefing_app.library.cache import match_key
from briefing_app.library.people import Appearance
from briefing_app.search.query import Query, Term, parse

__all__ = ["Appearance", "TextHit", "also_in", "search_text"]

MARKS = ("\x02", "\x03")  # around each matched word in a text hit's snippet


@dataclass(frozen=True)
class TextHit:
    path: str
    title: str
    date: str
    kind: str
    record: str
    field: str
    where: str
    snippet: str  # the matched words between MARKS


def also_in(db: sqlite3.Connection, path: str, forms: Iterable[str]) -> list[Appearance]:
    """The other briefings of the library that have a person with one of these name forms (in any word
    order, case or accents), by date."""
    keys = sorted({k for k in map(match_key, forms) if k})
    if not keys:
        return []
    marks = ", ".join("?" * len(keys))
    rows = db.execute(
        "SELECT DISTINCT f.path, v.title, v.date, p.id, (SELECT text FROM names d WHERE d.version = p.version AND"
        " d.person = p.n ORDER BY d.n LIMIT 1) FROM names n JOIN files f ON f.current = n.version"
        " JOIN versions v ON v.id = n.version JOIN people p ON p.version = n.version AND p.n = n.person"
        f" WHERE n.error = 0 AND n.match_key IN ({marks}) AND f.path != ? ORDER BY v.date_sort, f.path",
        (*keys, path)).fetchall()
    return [Appearance(*row) for row in rows]


_HIT = ("SELECT p.id, f.path, v.title, v.date, p.kind, p.record, p.field, p.place, p.text FROM passages p"
        " JOIN versions v ON v.id = p.version JOIN files f ON f.current = v.id")


def search_text(db: sqlite3.Connection, typed: str, limit: int = 200) -> tuple[list[TextHit], int]:
    """Passages of every briefing that the query (search/query.py) finds, best first, and how many there
    are. The query reaches SQL only as bound parameters."""
    query = parse(typed)
    if query.empty:
        return [], 0
    if not query.cjk:
        expression = query.expression()
        total = db.execute("SELECT count(*) FROM passage_words JOIN passages p ON p.id = passage_words.rowid"
                           " JOIN files f ON f.current = p.version WHERE passage_words MATCH ?", (expression,)).fetchone()[0]
        rows = db.execute(
            "SELECT f.path, v.title, v.date, p.kind, p.record, p.field, p.place,"
            " snippet(passage_words, 0, ?, ?, '…', 24) FROM passage_words JOIN passages p ON p.id = passage_words.rowid"
            " JOIN versions v ON v.id = p.version JOIN files f ON f.current = v.id WHERE passage_words MATCH ?"
            " ORDER BY rank LIMIT ?", (*MARKS, expression, limit)).fetchall()
        return [TextHit(*row) for row in rows], int(total)
    found = _matching(db, query)
    ordered = sorted(found)
    hits = []
    for number in ordered[:limit]:
        row = db.execute(_HIT + " WHERE p.id = ?", (number,)).fetchone()
        if row is not None:
            _n, path, title, date, kind, record, field, where, text = row
            hits.append(TextHit(path, title, date, kind, record, field, where, _marked(text, query)))
    return hits, len(ordered)


def _matching(db: sqlite3.Connection, query: Query) -> set[int]:
    """A query with CJK terms: each term's passages from its own table, combined here."""
    matched = set.intersection(*(set().union(*(_with(db, t) for t in clause)) for clause in query.clauses))
    matched.difference_update(*(_with(db, t) for t in query.excluded))
    current = {n for (n,) in db.execute("SELECT p.id FROM passages p JOIN files f ON f.current = p.version")} if matched else set()
    return matched & current


def _with(db: sqlite3.Connection, term: Term) -> set[int]:
    if not term.cjk:
        return {n for (n,) in db.execute("SELECT rowid FROM passage_words WHERE passage_words MATCH ?",
                                         (" OR ".join(s.fts() for s in term.spellings()),))}
    if len(term.text) >= 3:
        return {n for (n,) in db.execute("SELECT rowid FROM passage_cjk WHERE passage_cjk MATCH ?", (Term(term.runs).fts(),))}
    return {n for (n,) in db.execute("SELECT id FROM passages WHERE cjk AND instr(lower(text), ?)", (term.text,))}


def _marked(text: str, query: Query) -> str:
    """The text around the first CJK term found, that term between MARKS."""
    folded = text.lower() if len(text.lower()) == len(text) else text
    for term in query.positive():
        at = folded.find(term.text) if term.cjk else -1
        if at >= 0:
            start = max(0, at - 60)
            return ("…" if start else "") + text[start:at] + MARKS[0] + text[at:at + len(term.text)] + MARKS[1] + text[at + len(term.text):at + 100]
    return text[:160]
