"""The model's many records are rows made into records when read: they behave as records, and a
loaded briefing leaves the garbage collector little to walk, however many records it has."""

from __future__ import annotations

import gc

import pytest

from briefing_app.core.dates import when_of
from briefing_app.reading.loader import load_text
from briefing_app.core.model import Briefing, Event, Person

from tests.synthetic import make_briefing


def test_records_read_as_records(briefing: Briefing) -> None:
    people = briefing.people
    first = people[0]
    assert isinstance(first, Person) and first == people[0] and hash(first) == hash(people[0])
    assert first.display_name == first.names[0].text
    assert list(people[1:3]) == [people[1], people[2]]
    assert [p.id for p in people.where(lambda p: bool(p.roles))] == [p.id for p in people if p.roles]
    assert briefing.person_by_id[first.id] == first and first.id in briefing.person_by_id
    assert "no-such-id" not in briefing.person_by_id and briefing.person_by_id.get("no-such-id") is None
    assert len(briefing.person_by_id) == len(people)
    try:
        first.id = "other"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("a record is frozen")


def test_a_briefing_is_frozen_equal_wherever_read_from_and_replaced_whole(briefing: Briefing) -> None:
    with pytest.raises(AttributeError):
        briefing.title = "Another title"
    assert briefing.title != "Another title"
    moved = briefing.replaced(path="elsewhere/copy.yaml")
    assert moved.path == "elsewhere/copy.yaml" and moved == briefing and hash(moved) == hash(briefing)
    without = briefing.replaced(meeting=None)
    assert without.meeting is None and briefing.meeting is not None and without != briefing
    assert (without.title, without.events, without.path) == (briefing.title, briefing.events, briefing.path)


def test_events_in_date_order_and_by_person(briefing: Briefing) -> None:
    events = briefing.events
    numbers = [e.when.sort_number() for e in events]
    assert numbers == sorted(numbers)
    for person in briefing.people:
        theirs = briefing.events_by_person.get(person.id, ())
        assert [e.id for e in theirs] == [e.id for e in events if person.id in e.people]
    ids = {events[3].id, events[0].id}
    assert [e.id for e in briefing.events_in_order(ids)] == [events[0].id, events[3].id]
    by_title = events.sorted(lambda e: e.title, reverse=True)
    assert [e.title for e in by_title] == sorted((e.title for e in events), reverse=True)
    assert isinstance(by_title[0], Event) and by_title.pick([0])[0] == by_title[0]


def test_a_large_briefing_leaves_the_collector_little_to_walk() -> None:
    """A full collection walks every tracked object, holding the GIL the window needs while a large
    file loads: the records of 5,000 events and 2,000 people must not each be one."""
    text = make_briefing(5_000, 2_000, forms=2, eras=300, disagreements=10)
    when_of.cache_clear()
    for _ in range(3):
        gc.collect()
    before = len(gc.get_objects())
    b = load_text(text)
    for name in ("person_by_id", "event_by_id", "events_by_person", "position", "citations_by_source"):
        getattr(b, name)
    when_of.cache_clear()  # the dates last read, at most 1,024 of them whatever the file's size
    for _ in range(3):  # a tuple is let go on the pass after its items: rows nest three deep
        gc.collect()
    added = len(gc.get_objects()) - before
    assert len(b.events) == 5_000 and len(b.people) == 2_000
    assert added < 1_000, f"the briefing left {added} tracked objects"


def test_events_before_a_date_and_the_eras_are_read_from_the_rows() -> None:
    b = load_text(make_briefing(600, 50, eras=40, seed=3))
    for when in (b.date, b.events[0].when, b.events[300].when, b.events[-1].when):
        day = when.sort_key()
        assert [e.id for e in b.events_before(when)] == [e.id for e in b.events if not e.era and e.when.sort_key() < day]
    assert [e.id for e in b.eras] == [e.id for e in b.events if e.era] and len(b.eras) == 40


def test_fields_read_from_the_rows_are_the_records_fields(briefing: Briefing) -> None:
    # The indexes read whole files through these: they must say what the records say.
    events = briefing.events
    chosen = events.pick([5, 0, 3])
    for records in (events, chosen):
        assert list(records.columns(Event.id, Event.when_parts, Event.title, Event.place)) == [
            (e.id, e.when.parts, e.title, e.place) for e in records]
    assert list(events.columns(Event.title)) == [(e.title,) for e in events]
    assert list(briefing.name_forms()) == [(p.id, n.text, n.lang, n.error) for p in briefing.people for n in p.names]
