"""Finding across the library: a person by any form of their name, a passage by its words, and the other
briefings a person of the open one appears in. Qt-free.

A person of one briefing is the person of another when the two share a form of their name, whatever its
word order, case or accents (cache.match_key); a form an article printed in error links no one. The name
search then runs the name index of a single briefing (search/names.py) over these people, so it forgives
exactly what the window's name search forgives: any word order, romanization variants and slips.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing_app.core.model import Exercise
from briefing_app.library.cache import match_key
from briefing_app.search.names import How, SearchIndex
from briefing_app.search.query import Query, Term, parse

__all__ = ["Appearance", "NameHit", "People", "TextHit", "also_in", "search_text"]

MARKS = ("\x02", "\x03")  # around each matched word in a text hit's snippet


@dataclass(frozen=True)
class Appearance:
    """A person in one briefing of the library."""

    path: str
    title: str
    date: str  # ISO, as the file gives it
    person: str  # the person's id in that briefing
    name: str  # their display form there


@dataclass(frozen=True)
class NameHit:
    name: str  # the form most briefings show first
    form: str  # the form that matched
    how: How
    appearances: tuple[Appearance, ...]  # by date


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


class People:
    """Every person of the library's current versions, those sharing a name form made one, with a name
    index over their forms. Made from one read of the names table; `stale` says when to make it again."""

    exercise: Exercise | None = None  # the name index also indexes vessels; the library has none

    def __init__(self, db: sqlite3.Connection) -> None:
        rows = db.execute(
            "SELECT n.version, n.person, n.text, n.lang, n.error, n.match_key, p.id, f.path, v.title, v.date"
            " FROM files f JOIN versions v ON v.id = f.current JOIN names n ON n.version = v.id"
            " JOIN people p ON p.version = n.version AND p.n = n.person ORDER BY v.date_sort, f.path, n.person, n.n").fetchall()
        self.marker = _marker(db)
        parent: dict[object, object] = {}

        def root(x: object) -> object:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])  # halve the path
                x = parent[x]
            return x

        for version, person, _text, _lang, error, key, *_ in rows:
            if not error and key:
                a, b = root((version, person)), root(key)
                if a != b:
                    parent[a] = b
        forms: dict[object, dict[str, tuple[str | None, bool]]] = {}
        shown: dict[object, Counter[str]] = {}
        appearances: dict[object, dict[tuple[int, int], Appearance]] = {}
        for version, person, text, lang, error, _key, person_id, path, title, date in rows:
            cluster = root((version, person))
            seen = appearances.setdefault(cluster, {})
            if (version, person) not in seen:
                seen[(version, person)] = Appearance(path, title, date, person_id, text)
                shown.setdefault(cluster, Counter())[text] += 1
            known = forms.setdefault(cluster, {})
            old = known.get(text)
            known[text] = (lang, bool(error) if old is None else old[1] and bool(error))
        self._ids = {cluster: f"p{n}" for n, cluster in enumerate(forms)}
        self._names = {self._ids[c]: shown[c].most_common(1)[0][0] for c in forms}
        self._forms = {self._ids[c]: f for c, f in forms.items()}
        self._appearances = {self._ids[c]: tuple(a.values()) for c, a in appearances.items()}
        self._index = SearchIndex(self)

    def name_forms(self) -> Iterator[tuple[str, str, str | None, bool]]:
        for person, forms in self._forms.items():
            name = self._names[person]
            yield person, name, forms[name][0], forms[name][1]
            for text, (lang, error) in forms.items():
                if text != name:
                    yield person, text, lang, error

    def stale(self, db: sqlite3.Connection) -> bool:
        return _marker(db) != self.marker

    def search(self, query: str, limit: int = 200) -> list[NameHit]:
        return [NameHit(self._names[m.id], m.form, m.how, self._appearances[m.id])
                for m in self._index.search(query, limit) if m.kind == "person"]


def _marker(db: sqlite3.Connection) -> tuple[int, int]:
    """Changes by other connections (data_version) and by this one (total_changes)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), db.total_changes


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
