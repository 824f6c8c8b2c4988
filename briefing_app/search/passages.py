"""Every text of a briefing, cut into passages that a text index takes in: each with the record it belongs
to (kind and id), the field it comes from, and its text.

A pure function of the briefing, apart from any index: the app's in-memory FTS5 index (fulltext.py)
reads it, and so will the library, which indexes the passages of many briefings in one database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from briefing_app.core.dates import WhenParts, days_in_month, first_day, when_of
from briefing_app.core.model import Briefing, Event, Fact, Statement

# The fields a passage can come from (a record's text, a place, a quote…): the results list names them.
FIELDS = ("summary", "event", "place", "fact", "note", "quote", "purpose", "procedure", "ship", "disagreement",
          "version", "headline")


class Passage(NamedTuple):
    """One text and where it stands. A plain tuple: a large file has a hundred thousand of them."""

    kind: str  # the record's kind, as the window's go_to takes it: event, person, meeting, exercise, vessel, source, disagreement, summary
    id: str  # the record's id
    field: str  # one of FIELDS
    text: str
    where: str  # "17 Apr 2023 · The talks resumed", or a person's name, or a source's credit
    event: str | None  # the event the Timeline filters to, where the passage belongs to one
    day: int | None  # the day of the event it belongs to (date.toordinal of its first day), for ranking


# A passage as an index takes it in: Passage's fields in a plain tuple (making a NamedTuple for each of
# a large file's hundred thousand passages costs a fifth of the index's build).
PassageRow = tuple[str, str, str, str, str, "str | None", "int | None"]


def passages(b: Briefing) -> Iterator[Passage]:
    """Every text of the briefing that a reader might remember a word of: the summary and place, events
    and their places, people's facts and notes, the meeting's and the exercise's facts and quotes,
    purposes and procedures, ships, disagreements (topic and reason) and their versions, headlines and
    the sources' notes. Each text once, in the briefing's order."""
    return map(Passage._make, passage_rows(b))


def passage_rows(b: Briefing) -> Iterator[PassageRow]:
    """passages(), each as a plain tuple."""
    yield ("summary", "summary", "summary", b.summary.text, "Summary", None, None)
    yield ("summary", "summary", "place", b.place, "The briefing's place", None, None)
    shown: dict[WhenParts, tuple[str, int]] = {}  # each date as shown and its day, worked out once: events share dates
    framed = {r.event for r in (b.meeting, b.exercise) if r is not None}  # the events whose days the facts below take
    days: dict[str, int] = {}
    # Past when_of's cache, which holds the dates a view shows: a large file's thousands would only churn it.
    make_when = when_of.__wrapped__
    for event_id, parts, title, text, place in b.events.columns(Event.id, Event.when_parts, Event.title, Event.text, Event.place):
        known = shown.get(parts)
        if known is None:
            when = make_when(parts)
            known = shown[parts] = (when.display(), _ordinal(first_day(when.start)))
        where, day = f"{known[0]} · {title}", known[1]
        if event_id in framed:
            days[event_id] = day
        yield ("event", event_id, "event", f"{title}. {text}", where, event_id, day)
        if place:
            yield ("event", event_id, "place", place, where, event_id, day)
    for p in b.people:
        actions, notes = p.actions, [name[3] for name in p.name_rows if name[3]]  # rows, not NameForms: a name each
        if p.note:
            notes.append(p.note)
        if not actions and not notes:
            continue
        pid, shown_as = p.id, p.display_name
        for a in actions:
            yield ("person", pid, "fact", a.text, shown_as, None, None)
            if a.note:
                yield ("person", pid, "note", a.note, shown_as, None, None)
        for note in notes:
            yield ("person", pid, "note", note, shown_as, None, None)
    if b.meeting:
        m = b.meeting
        day_m = days.get(m.event)
        yield from _facts("meeting", m.id, "fact", m.name, [m.round, m.format, *([m.length] if m.length else [])], m.event, day_m)
        yield from _facts("meeting", m.id, "place", m.name, [m.venue], m.event, day_m)
        yield from _facts("meeting", m.id, "fact", f"{m.name} · agreed", m.outcome, m.event, day_m)
        yield from _facts("meeting", m.id, "fact", f"{m.name} · discussed", m.discussed, m.event, day_m)
        yield from _quotes(m.statements, "meeting", m.id, m.event, day_m)
    if b.exercise:
        x = b.exercise
        day_x = days.get(x.event)
        yield from _facts("exercise", x.id, "place", f"{x.name} · sea area", [x.sea_area], x.event, day_x)
        yield from _facts("exercise", x.id, "purpose", x.name, x.purpose, x.event, day_x)
        yield from _facts("exercise", x.id, "procedure", x.name, x.procedures, x.event, day_x)
        yield from _quotes(x.remarks, "exercise", x.id, x.event, day_x)
        for v in x.vessels:
            text = f"{v.name}: {v.ship_class} {v.type}" + (f", {v.combat_system}" if v.combat_system else "")
            yield ("vessel", v.id, "ship", text, v.name, x.event, day_x)
    for d in b.discrepancies:
        yield ("disagreement", d.id, "disagreement", f"{d.topic}. {d.reason}", d.topic, None, None)
        for version in d.versions:
            yield ("disagreement", d.id, "version", version.text, d.topic, None, None)
    for s in b.sources:
        if s.headline:
            yield ("source", s.id, "headline", s.headline, s.credit, None, None)
        if s.note:
            yield ("source", s.id, "note", s.note, s.credit, None, None)


def briefing_day(b: Briefing) -> int:
    """The briefing's own date, as a day number comparable with Passage.day."""
    return _ordinal(first_day(b.date.start))


def _ordinal(day: tuple[int, int, int]) -> int:
    year, month, number = day
    before, length = _month(year, month)
    return before + min(number, length)  # "31 April" is its last day


@lru_cache(maxsize=None)  # a month or two for each of a large file's thousands of dates
def _month(year: int, month: int) -> tuple[int, int]:
    """The ordinal of the day before the month's first, and the month's length."""
    return date(year, month, 1).toordinal() - 1, days_in_month(year, month)


def _facts(kind: str, record: str, field: str, where: str, facts: Iterable[Fact], event: str, day: int | None
           ) -> Iterator[PassageRow]:
    for f in facts:
        yield (kind, record, field, f.text, where, event, day)
        if f.note:
            yield (kind, record, "note", f.note, where, event, day)


def _quotes(statements: tuple[Statement, ...], kind: str, record: str, event: str, day: int | None) -> Iterator[PassageRow]:
    for s in statements:
        yield ("person" if s.person else kind, s.person or record, "quote", s.quote, s.by, event, day)
