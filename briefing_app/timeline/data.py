"""What the drawn timeline shows, built once per briefing and Qt-free: each event as the stretch of
time its date covers, eras apart, and the lanes (one per tag, or one per person) sorted for bisecting."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cached_property, partial
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple, cast

from briefing_app.core.cancel import Checkpoint, never
from briefing_app.core.dates import bounds, days_in_month, when_of
from briefing_app.core.model import Event
from briefing_app.text.postings import Collector
from briefing_app.core.rows import ById, Records, Row
from briefing_app.timeline.story import story_view

if TYPE_CHECKING:
    from briefing_app.core.dates import Day, When, WhenParts
    from briefing_app.core.model import Briefing, Ids

__all__ = ["Item", "ItemRow", "Lane", "TimelineData", "make_item", "LANE_MODES", "stretch_of", "year_fraction"]

LANE_MODES = ("tag", "person")
NO_TAG = "(no tag)"
NO_PERSON = "(no one named)"
LONG = 1 / 12 + 0.01  # years: longer than any month
CANCEL_EVERY = 2000  # events between two looks at the cancel check


def year_fraction(year: int, month: int = 1, day: int = 1) -> float:
    """A day as a fractional year, the scale the timeline is drawn on: months are twelfths."""
    return year + (month - 1) / 12 + (day - 1) / 365


def _after(day: Day) -> float:
    """Where a day ends: the next day's start, or the next month's at a month's end (month 13 is the
    next year's January), so that a month's stretch fills its twelfth."""
    year, month, d = day
    return year_fraction(year, month + 1) if d >= days_in_month(year, month) else year_fraction(year, month, d + 1)


def stretch_of(when: When) -> tuple[float, float, str]:
    """(start, end, shape): 'day' is a point, 'span' a bar between two dates, 'stretch' the period a
    month, a season or a part of a year or month covers: the days dates.bounds gives, as the exports do."""
    first, last = bounds(when)
    shape = "span" if when.end is not None else "day" if when.start.precision == "day" else "stretch"
    return year_fraction(*first), _after(last), shape


class Item(NamedTuple):
    id: str
    start: float
    end: float
    shape: str  # "day", "stretch" or "span"
    title: str
    date: str


class Lane(NamedTuple):
    """One lane's events, made on access from its row (see rows.py). Tuples of numbers, not lists:
    the garbage collector stops following a tuple of numbers once it has seen it."""

    name: str
    items: tuple[int, ...]  # indices into TimelineData.items, by start
    starts: tuple[float, ...]  # their starts, for bisecting
    longest: float  # the longest item's length in years: how far left of the view to look
    long_items: tuple[int, ...]  # those longer than a month, by start: what can reach into a view from its left
    long_starts: tuple[float, ...]


ItemRow = tuple[str, float, float, str, str, str]  # an Item's fields, in order
# tuple.__new__ on the row: a third faster than Item._make, and a record is made per mark on screen.
make_item = cast(Callable[[Row], Item], partial(tuple.__new__, Item))


def make_lane(row: Row) -> Lane:
    return Lane(*row)


class TimelineData:
    """Everything the view draws, never changed once made; computed off the GUI thread for a large file.
    Events, eras and lanes are stored as exact tuples and made into Items and Lanes when read (rows.py
    says why). A plain class, not a dataclass: the first briefing shown makes one, and neither
    dataclasses' import nor the methods a dataclass compiles when its class is made belong in the
    start-up (core/model.py's Briefing says the same)."""

    def __init__(self, items: Records[Item], eras: Records[Item], era_starts: tuple[float, ...],
                 era_ends: tuple[float, ...], era_longest: float, lanes: dict[str, Records[Lane]],
                 lane_numbers: dict[str, dict[str, int]], event_keys: Callable[[str, str], tuple[str, ...] | None],
                 order: tuple[str, ...], by_id: ById[Item], fit: tuple[float, float], date: float | None, date_text: str,
                 story: tuple[float, float] | None = None, day: tuple[int, int, int] | None = None) -> None:
        self.items = items  # events that are not eras, by start
        self.eras = eras  # by start
        self.era_starts = era_starts
        self.era_ends = era_ends  # sorted on their own: eras covering a year = starts before it - ends before it
        self.era_longest = era_longest
        self.lanes = lanes  # per mode in LANE_MODES
        self.lane_numbers = lane_numbers  # per mode: a lane's key (tag or person id; "" for none) -> its index
        self.event_keys = event_keys  # (mode, event id) -> its lane keys; None for an era
        self.order = order  # every event id in date order (eras too), for stepping with the keys
        self.by_id = by_id  # events and eras
        self.fit = fit  # years that hold every event, era and the briefing's date
        self.date = date  # the briefing's own date as a fractional year
        self.date_text = date_text
        self.story = story  # the opening view: the briefing date and its run-up (story.py); Fit shows `fit`
        self.day = day  # the briefing's day, when its date names one: for "D−4"

    def starts_in_order(self) -> list[float]:
        """Every event's and era's start in the order of `order`, making no Item: stepping reads them all."""
        return self.by_id.column(self.order, 1)

    @cached_property
    def _by_start(self) -> tuple[array[float], array[int]]:
        """The starts sorted, and beside each the position in `order` it came from: arrays of numbers,
        nothing for the collector to walk. Made at the first key press that needs them."""
        starts = self.starts_in_order()
        positions = sorted(range(len(starts)), key=starts.__getitem__)
        return array("d", (starts[i] for i in positions)), array("q", positions)

    def in_view(self, lo: float, hi: float) -> tuple[int, int] | None:
        """The first and last positions in `order` whose start lies in lo..hi; None if none does. A
        step from nothing chosen starts there: bisected, not a pass over every event per key press
        (a qualified date may sort ahead of an earlier start, so `order` itself cannot be bisected)."""
        starts, positions = self._by_start
        found = positions[bisect_left(starts, lo):bisect_right(starts, hi)]
        return (min(found), max(found)) if found else None

    def lanes_of(self, mode: str, event_id: str) -> tuple[int, ...]:
        """The lanes an event is drawn in, in order: several for an event with several tags or people.
        Worked out when asked, for the few events on screen, rather than stored for every event."""
        keys = self.event_keys(mode, event_id)
        if keys is None:
            return ()
        numbers = self.lane_numbers[mode]
        return tuple(sorted({numbers[k] for k in keys}))

    def lanes_of_tag(self, mode: str, tag: str) -> tuple[int, ...]:
        """The lanes that hold an event with this tag: the tag's own lane, or by person the lanes of
        the people in its events. A tag filter draws only these."""
        n = self.lane_numbers["tag"].get(tag)
        if n is None:
            return ()
        if mode == "tag":
            return (n,)
        rows = self.items.rows
        ids = {rows[i][0] for i in self.lanes["tag"][n].items}
        return tuple(sorted({k for event_id in ids for k in self.lanes_of(mode, event_id)}))

    def view_of_tag(self, tag: str) -> tuple[float, float] | None:
        """Years that hold every event with this tag and the briefing date, padded as `fit` is."""
        n = self.lane_numbers["tag"].get(tag)
        if n is None:
            return None
        rows = self.items.rows
        members = self.lanes["tag"][n].items
        lo = min([rows[i][1] for i in members] + ([self.date] if self.date is not None else []))
        hi = max([rows[i][2] for i in members] + ([self.date] if self.date is not None else []))
        pad = max((hi - lo) * 0.025, 1 / 24)
        return lo - pad, hi + pad

    @staticmethod
    def of(briefing: Briefing, checkpoint: Checkpoint = never,
           date_text: Callable[[When], str] | None = None) -> TimelineData:
        """Build from a briefing; `checkpoint` is called now and then (it raises Cancelled to stop).
        `date_text` writes a date for the labels (the window's language; default When.display)."""
        written = date_text or (lambda when: when.display())

        def check(n: int) -> None:
            if n % CANCEL_EVERY == 0:
                checkpoint()

        # With its event's tags and people, for the lanes: plain tuples, where the event itself would be
        # one more object per event for the collector to walk while the lanes are built.
        items: list[tuple[ItemRow, Ids, Ids]] = []
        eras: list[ItemRow] = []
        order: list[str] = []
        # Each date's stretch and label, worked out once: events share their dates.
        stretches: dict[WhenParts, tuple[float, float, str, str]] = {}
        # Read from the rows, without making each event and reading its fields one by one.
        fields = briefing.events.columns(Event.id, Event.when_parts, Event.title, Event.era, Event.tags, Event.people)
        for n, (event_id, parts, title, era, tags, people_of) in enumerate(fields):
            check(n)
            order.append(event_id)
            stretch = stretches.get(parts)
            if stretch is None:
                when = when_of(parts)
                stretch = stretches[parts] = (*stretch_of(when), written(when))
            start, end, shape, label = stretch
            row = (event_id, start, end, shape, title, label)
            if era:
                eras.append(row)
            else:
                items.append((row, tags, people_of))
        del stretches
        items.sort(key=lambda pair: pair[0][1])
        eras.sort(key=itemgetter(1))
        rows = tuple(pair[0] for pair in items)
        era_rows = tuple(eras)
        people = briefing.person_by_id
        by_tag = _lanes(rows, [i[1] for i in items], [t.id for t in briefing.tags], {t.id: t.label for t in briefing.tags}.get,
                        NO_TAG, check)
        by_person = _lanes(rows, [i[2] for i in items], [p.id for p in briefing.people],
                           lambda pid: people[pid].display_name if pid in people else pid, NO_PERSON, check)
        event_by_id = briefing.event_by_id

        def event_keys(mode: str, event_id: str) -> tuple[str, ...] | None:
            e = event_by_id.get(event_id)
            return None if e is None or e.era else _lane_keys(_KEYS[mode](e))

        date = year_fraction(briefing.date.start.year, briefing.date.start.month or 1, briefing.date.start.day or 1)
        lo = min(min((r[1] for r in rows), default=date), min((r[1] for r in era_rows), default=date), date)
        hi = max(max((r[2] for r in rows), default=date), max((r[2] for r in era_rows), default=date), date)
        pad = max((hi - lo) * 0.025, 1 / 24)
        told = briefing.date.start
        day = (told.year, told.month, told.day) if told.month and told.day and briefing.date.end is None else None
        return TimelineData(
            items=Records(rows, make_item),
            eras=Records(era_rows, make_item),
            era_starts=tuple(r[1] for r in era_rows),
            era_ends=tuple(sorted(r[2] for r in era_rows)),
            era_longest=max((r[2] - r[1] for r in era_rows), default=0.0),
            lanes={"tag": by_tag[0], "person": by_person[0]},
            lane_numbers={"tag": by_tag[1], "person": by_person[1]},
            event_keys=event_keys,
            order=tuple(order),
            by_id=ById(Records(rows + era_rows, make_item)),
            fit=(lo - pad, hi + pad),
            date=date,
            date_text=written(briefing.date),
            story=story_view(rows, date, (lo - pad, hi + pad)),
            day=day,
        )


# Per lane mode: the keys an event is drawn under.
_KEYS: dict[str, Callable[[Event], tuple[str, ...]]] = {"tag": lambda e: e.tags, "person": lambda e: e.people}


def _lane_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """An event's lane keys: "" for none, and a tag named twice is still one lane."""
    if not keys:
        return ("",)
    return tuple(dict.fromkeys(keys)) if len(keys) > 1 else keys


def _lanes(
    rows: tuple[ItemRow, ...],
    keys: list[Ids],
    order: list[str],
    name_of: Callable[[str], str | None],
    none_name: str,
    check: Callable[[int], None],
) -> tuple[Records[Lane], dict[str, int]]:
    """Lanes in the file's order of their keys (tags or people: `keys` has each item's), only those
    with events, then one for the events with no key. `rows` are by start, so each lane's items are too."""
    collector = Collector()  # not a list per lane: 20,000 of them would be walked by the collector
    for n, these in enumerate(keys):
        check(n)
        collector.add(_lane_keys(these), n)
    members = collector.postings()
    present, known = set(members.keys), set(order)
    ranked = [k for k in order if k in present] + [k for k in members.keys if k and k not in known]
    if "" in present:
        ranked.append("")
    lanes: list[Row] = []
    for key in ranked:
        idx = tuple(members.exact(key))
        spans = [rows[i] for i in idx]
        long_items = [i for i, r in zip(idx, spans) if r[2] - r[1] > LONG]
        lanes.append((name_of(key) or key if key else none_name, idx, tuple(r[1] for r in spans),
                      max((r[2] - r[1] for r in spans), default=0.0),
                      tuple(long_items), tuple(rows[i][1] for i in long_items)))
    return Records(tuple(lanes), make_lane), {key: n for n, key in enumerate(ranked)}
