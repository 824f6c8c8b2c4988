"""A briefing's parsed records in the library's plain tables, and read back into the model. Qt-free.

Writing takes the model as the loader made it; reading makes the same model without YAML: the
events and people straight from their rows, the few other records from JSON of lists, strings and
numbers, each object tagged with one of the model's record classes (CLASSES), which is all a tag can
name. So an entry can give wrong data only as far as its types allow, and what does not fit raises
CorruptEntry: the caller then reads the file instead.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

from briefing_app.core.dates import PointDate, When
from briefing_app.core.model import (
    Briefing,
    Discrepancy,
    Event,
    EventRow,
    Exercise,
    Fact,
    Meeting,
    NameForm,
    Organization,
    Person,
    PersonRow,
    Role,
    Source,
    Statement,
    Tag,
    Version,
    Vessel,
    is_small_record,
)
from briefing_app.core.rows import Record, Records

__all__ = ["CorruptEntry", "match_key", "read_briefing", "write_briefing"]

CLASSES: dict[str, type[Any]] = {c.__name__: c for c in (
    Source, Tag, Organization, NameForm, Fact, Role, Statement, Meeting, Vessel, Exercise, Version, Discrepancy,
    When, PointDate)}
_HEADER = ("title", "subtitle", "place", "date", "as_of", "summary", "marking", "prepared_for", "prepared_by")
_LISTS = ("sources", "tags", "organizations", "discrepancies")


class CorruptEntry(Exception):
    """The stored records do not make a briefing: read the file instead."""


def match_key(form: str) -> str:
    """A name's words, folded and sorted: 'Lee Ann' and 'ANN LEE' share it."""
    from briefing_app.search.name_words import words  # its patterns are compiled when first written or searched

    return " ".join(sorted(words(form)))


def write_briefing(db: sqlite3.Connection, version: int, b: Briefing) -> None:
    """Store every record of `b` under `version`, inside the caller's transaction."""
    from briefing_app.search.name_words import name_keys  # not needed to read an entry: kept off the start-up
    from briefing_app.text.fold import fold

    small: list[tuple[int, str, int, str]] = [(version, "header", n, _dumps(getattr(b, name)))
                                              for n, name in enumerate(_HEADER)]
    for part in _LISTS:
        small += [(version, part, n, _dumps(item)) for n, item in enumerate(getattr(b, part))]
    small += [(version, part, 0, _dumps(value)) for part, value in (("meeting", b.meeting), ("exercise", b.exercise))
              if value is not None]
    db.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", small)
    db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (_event_columns(version, n, row) for n, row in enumerate(b.events.rows)))
    db.executemany("INSERT INTO people VALUES (?, ?, ?, ?)",
                   ((version, n, row[0], row[4]) for n, row in enumerate(b.people.rows)))
    forms = [(version, p, n, text, " ".join(sources), int(error), note, lang, fold(text), match_key(text), name_keys(text))
             for p, row in enumerate(b.people.rows) for n, (text, sources, error, note, lang) in enumerate(row[1])]
    db.executemany("INSERT INTO names (version, person, n, text, sources, error, note, lang, folded, match_key, keys)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (form[:10] + (" ".join(sorted(form[10])),) for form in forms))
    db.executemany("INSERT OR IGNORE INTO name_words VALUES (?, ?)", {(key, form[7] or "") for form in forms for key in form[10]})
    db.executemany("INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?)",
                   ((version, p, n, title, org, " ".join(sources))
                    for p, row in enumerate(b.people.rows) for n, (title, org, sources) in enumerate(row[2])))
    db.executemany("INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?)",
                   ((version, p, n, text, " ".join(sources), note)
                    for p, row in enumerate(b.people.rows) for n, (text, sources, note) in enumerate(row[3])))


def _event_columns(version: int, n: int, row: EventRow) -> tuple[Any, ...]:
    event_id, (start, end), title, text, sources, place, era, tags, people, sort = row
    return (version, n, event_id, *start, int(end is not None), *(end or (None, None, None, None)), title, text,
            " ".join(sources), place, int(era), " ".join(tags), " ".join(people), sort)


def read_briefing(db: sqlite3.Connection, version: int, path: str, checkpoint: Any = None) -> Briefing:
    """The briefing stored under `version`, as the loader would have made it from `path`."""
    try:
        small: dict[str, list[Any]] = {}
        for part, data in db.execute("SELECT part, data FROM records WHERE version = ? ORDER BY part, n", (version,)):
            small.setdefault(part, []).append(_loads(data))
        header = dict(zip(_HEADER, small.pop("header")))
        events = Records(tuple(_events(db, version, checkpoint)), Event)
        people = Records(tuple(_people(db, version, checkpoint)), Person)
        lists: dict[str, Any] = {part: tuple(small.get(part, ())) for part in _LISTS}
        briefing = Briefing(**header, **lists, people=people, events=events,
                            meeting=_one(small, "meeting"), exercise=_one(small, "exercise"), path=path)
        _check(briefing)
    except CorruptEntry:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise CorruptEntry(f"the library's copy does not make a briefing: {exc!r}") from None
    return briefing


_split = str.split


def _ids(joined: str) -> tuple[str, ...]:
    return tuple(_split(joined)) if joined else ()


def _events(db: sqlite3.Connection, version: int, checkpoint: Any) -> Iterator[EventRow]:
    rows = db.execute("SELECT id, start_year, start_month, start_day, start_qualifier, spans, end_year, end_month,"
                      " end_day, end_qualifier, title, text, sources, place, era, tags, people, sort"
                      " FROM events WHERE version = ? ORDER BY n", (version,))
    while batch := rows.fetchmany(2000):
        if checkpoint is not None:
            checkpoint()
        for (event_id, sy, sm, sd, sq, spans, ey, em, ed, eq, title, text, sources, place, era, tags, people, sort) in batch:
            yield (event_id, ((sy, sm, sd, sq), (ey, em, ed, eq) if spans else None), title, text, _ids(sources), place,
                   bool(era), _ids(tags), _ids(people), sort)


def _people(db: sqlite3.Connection, version: int, checkpoint: Any) -> Iterator[PersonRow]:
    """Each person's row, its names, roles and actions gathered from their tables (each in person order)."""
    names = _grouped(db, "SELECT person, text, sources, error, note, lang FROM names WHERE version = ? ORDER BY person, n",
                     version, lambda r: (r[1], _ids(r[2]), bool(r[3]), r[4], r[5]))
    roles = _grouped(db, "SELECT person, title, organization, sources FROM roles WHERE version = ? ORDER BY person, n",
                     version, lambda r: (r[1], r[2], _ids(r[3])))
    actions = _grouped(db, "SELECT person, text, sources, note FROM actions WHERE version = ? ORDER BY person, n",
                       version, lambda r: (r[1], _ids(r[2]), r[3]))
    rows = db.execute("SELECT n, id, note FROM people WHERE version = ? ORDER BY n", (version,))
    while batch := rows.fetchmany(2000):
        if checkpoint is not None:
            checkpoint()
        for n, person_id, note in batch:
            person_names = names.get(n, ())
            if not person_names:
                raise CorruptEntry(f"person {person_id!r} has no name in the library's copy")
            yield (person_id, person_names, roles.get(n, ()), actions.get(n, ()), note)


def _grouped(db: sqlite3.Connection, sql: str, version: int, make: Any) -> dict[int, tuple[Any, ...]]:
    rows = db.execute(sql, (version,)).fetchall()
    return {person: tuple(map(make, group)) for person, group in itertools.groupby(rows, key=itemgetter(0))}


def _one(small: dict[str, list[Any]], part: str) -> Any:
    found = small.get(part)
    return found[0] if found else None


def _check(b: Briefing) -> None:
    """What the rest of the app takes for granted of a briefing's types, checked where cheap."""
    if not isinstance(b.title, str) or not isinstance(b.date, When) or not isinstance(b.summary, Fact):
        raise CorruptEntry("the library's copy has a header of the wrong kinds")
    for part, kind in (("sources", Source), ("tags", Tag), ("organizations", Organization), ("discrepancies", Discrepancy)):
        if not all(isinstance(item, kind) for item in getattr(b, part)):
            raise CorruptEntry(f"the library's copy has {part} of the wrong kind")
    if (b.meeting is not None and not isinstance(b.meeting, Meeting)) or (b.exercise is not None and not isinstance(b.exercise, Exercise)):
        raise CorruptEntry("the library's copy has a meeting or exercise of the wrong kind")
    sorts = [row[9] for row in b.events.rows]
    if sorts != sorted(sorts):
        raise CorruptEntry("the library's copy has its events out of order")


# The small records: a tuple is a JSON list; a model object is {"@": class name, "v": its fields (or, for a
# record read from a row, its row)}.
def _plain(value: Any) -> Any:
    if is_small_record(value):  # a NamedTuple (a date, a source …): a tuple, but one record
        return {"@": type(value).__name__, "v": [_plain(v) for v in value]}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Record):
        return {"@": type(value).__name__, "v": _plain(value.as_row())}
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"the library cannot store a {type(value).__name__}")


def _dumps(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"))


def _model(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_model(v) for v in value)
    if isinstance(value, dict):
        cls = CLASSES.get(value.get("@", ""))
        if cls is None or set(value) != {"@", "v"} or not isinstance(value["v"], list):
            raise CorruptEntry("the library's copy names no record of the model")
        fields = _model(value["v"])
        return cls(fields) if issubclass(cls, Record) else cls(*fields)
    return value


def _loads(data: str) -> Any:
    return _model(json.loads(data))

