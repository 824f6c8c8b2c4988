"""The briefing as frozen records: sources, people, organizations, events, the meeting, the exercise.

The few records are NamedTuples: immutable, compared and hashed by value, as the frozen dataclasses
they were, and made at import in a fifth of the time. A frozen dataclass compiles six methods when its
class is made: 0.7-0.9 ms a class, the ten took 8 ms of the start-up on the benchmarks' machine. The
briefing itself is a plain class written out (it needs a __dict__ for its lookups derived on first
use): showing the first briefing then neither imports dataclasses (10 M instructions) nor makes one.
The many (a large file has 50,000 events, 20,000 people and 80,000 name forms) are kept as rows, plain
tuples of text and numbers, and each is made into its record, a light view over the row, when read.
CPython's collector stops following a plain tuple of such values once it has seen it, while it walks
every object at each full pass: as objects, a large file's records took 0.45 s a pass, in whichever
thread was loading, holding the GIL the window needs to paint.
"""

from __future__ import annotations

import bisect
from operator import itemgetter
from collections.abc import Collection, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple


from briefing_app.core.dates import When, WhenParts, when_of
from briefing_app.core.rows import ById, Field, Grouped, Record, Records, in_order

if TYPE_CHECKING:  # the per-source view is made when first asked for (sourced.py)
    from briefing_app.core.sourced import Citation

Ids = tuple[str, ...]
_SORT_NUMBER = itemgetter(9)  # of an event's row


class Source(NamedTuple):
    """An article or editorial the briefing is built from: who wrote it, where and when it appeared."""

    id: str
    kind: str  # "article" or "editorial"
    credit: str
    author: str | None = None
    outlet: str | None = None
    headline: str | None = None
    timestamp: str | None = None
    address: str | None = None
    photo_credits: tuple[str, ...] = ()
    note: str | None = None

    @property
    def label(self) -> str:
        return self.headline or self.credit


class Tag(NamedTuple):
    """A label that groups events (the Timeline's filter and its "By tag" lanes)."""

    id: str
    label: str


FactRow = tuple[str, Ids, str | None]
NameRow = tuple[str, Ids, bool, str | None, str | None]
RoleRow = tuple[str, str, Ids]
PersonRow = tuple[str, tuple[NameRow, ...], tuple[RoleRow, ...], tuple[FactRow, ...], str | None]
# The last field is the date's When.sort_number(): the events are sorted by it, and bisected.
EventRow = tuple[str, WhenParts, str, str, Ids, str | None, bool, Ids, Ids, int]


class Fact(Record[FactRow]):
    """One statement of fact and the sources that state it."""

    __slots__ = ()

    text = Field[str](0)
    sources = Field[Ids](1)
    note = Field[str | None](2)


class NameForm(Record[NameRow]):
    """A form of a name as an article writes it; `error` marks a form that is an article's mistake."""

    __slots__ = ()

    text = Field[str](0)
    sources = Field[Ids](1)
    error = Field[bool](2)
    note = Field[str | None](3)
    lang = Field[str | None](4)  # BCP 47 tag ("ko", "ja", "zh-Hant"), for native scripts and romanization.


class Organization(NamedTuple):
    """A government, ministry, navy or other body, the country it belongs to (`side`), the body it is part
    of (`parent`) and the other names the sources give it."""

    id: str
    name: str
    kind: str
    side: str
    sources: Ids
    other_names: tuple[NameForm, ...] = ()
    parent: str | None = None


class Role(Record[RoleRow]):
    __slots__ = ()

    title = Field[str](0)
    organization = Field[str](1)
    sources = Field[Ids](2)


class Person(Record[PersonRow]):
    __slots__ = ()

    id = Field[str](0)
    name_rows = Field[tuple[NameRow, ...]](1)  # for loops over every name of a large file

    @property
    def names(self) -> tuple[NameForm, ...]:
        return tuple(map(NameForm, self._row[1]))

    @property
    def roles(self) -> tuple[Role, ...]:
        return tuple(map(Role, self._row[2]))

    @property
    def actions(self) -> tuple[Fact, ...]:
        return tuple(map(Fact, self._row[3]))

    note = Field[str | None](4)

    @property
    def display_name(self) -> str:
        return self._row[1][0][0]


class Event(Record[EventRow]):
    __slots__ = ()

    id = Field[str](0)

    @property
    def when(self) -> When:
        return when_of(self._row[1])

    when_parts = Field[WhenParts](1)  # a key for the date, without making it

    title = Field[str](2)
    text = Field[str](3)
    sources = Field[Ids](4)
    place = Field[str | None](5)
    era = Field[bool](6)
    tags = Field[Ids](7)
    people = Field[Ids](8)


class Statement(NamedTuple):
    """Words quoted in a source: who said them (as text, and the person's id when known)."""

    by: str
    quote: str
    sources: Ids
    person: str | None = None


class Meeting(NamedTuple):
    """The meeting the briefing is about: its round, format, venue and length, who took part, what was
    discussed and agreed, what it came amid, and what was said."""

    id: str
    name: str
    event: str
    round: Fact
    format: Fact
    venue: Fact
    length: Fact | None
    participants: Ids
    outcome: tuple[Fact, ...]
    discussed: tuple[Fact, ...] = ()
    context: tuple[Fact, ...] = ()  # what the meeting came amid, as the sources frame it
    statements: tuple[Statement, ...] = ()


class Vessel(NamedTuple):
    """A ship in the exercise: name, class, type, navy and combat system."""

    id: str
    name: str
    ship_class: str
    type: str
    navy: str
    sources: Ids
    combat_system: str | None = None


class Exercise(NamedTuple):
    """The exercise at sea: where, which navies and ships, its purpose and procedures, who commanded it,
    what was said of it, what came just before it, the earlier exercises and the agreements behind it."""

    id: str
    name: str
    event: str
    sea_area: Fact
    navies: Ids
    purpose: tuple[Fact, ...]
    procedures: tuple[Fact, ...]
    vessels: tuple[Vessel, ...]
    commander: str | None = None
    remarks: tuple[Statement, ...] = ()
    preceded_by: Ids = ()
    earlier: Ids = ()
    agreements: Ids = ()


# What kind of difference a discrepancy records. Only the last two are disputes between sources and
# earn the ⚑ marker: an error is one text's slip, a convention is a naming note the editors supply.
ERROR, CONVENTION, VARIANT, DISAGREEMENT = "error", "convention", "variant", "disagreement"
DIFFERENCE_KINDS = (ERROR, CONVENTION, VARIANT, DISAGREEMENT)
PARTS = ("body", "caption")  # the parts of one article that can differ from each other


class Version(NamedTuple):
    """One version of a point where sources differ, with the sources that give it."""

    text: str
    sources: Ids
    preferred: bool = False
    part: str | None = None  # where in an article that also stands on another version: body or caption


class Discrepancy(NamedTuple):
    """A point where sources differ: every version kept, one preferred, and why."""

    id: str
    topic: str
    about: Ids
    versions: tuple[Version, ...]
    reason: str
    kind: str = DISAGREEMENT

    @property
    def preferred(self) -> Version:
        return next(v for v in self.versions if v.preferred)

    @property
    def others(self) -> tuple[Version, ...]:
        return tuple(v for v in self.versions if not v.preferred)

    @property
    def disputed(self) -> bool:
        """True for a difference between sources (a variant or a disagreement), which is marked ⚑."""
        return self.kind in (VARIANT, DISAGREEMENT)

    def source_labels(self, version: Version) -> tuple[str, ...]:
        """The version's source ids, each with its part when the same article stands on another version
        too, so that "herald-002 (caption)" and "herald-002 (body)" never read as one source on both sides."""
        elsewhere = {s for v in self.versions if v is not version for s in v.sources}
        return tuple(f"{s} ({version.part})" if version.part and s in elsewhere else s for s in version.sources)


def is_small_record(value: object) -> bool:
    """One of the few records made as NamedTuples (a source, a tag, a date, a ship …): a tuple, but one
    record and not a list of values, for the code that walks values of any kind (the library's copy,
    What changed)."""
    return isinstance(value, tuple) and hasattr(value, "_fields")


# Briefing's fields, in the order its __init__ takes them.
_FIELDS = ("title", "subtitle", "place", "date", "as_of", "summary", "tags", "sources", "organizations", "people",
           "events", "discrepancies", "meeting", "exercise", "marking", "prepared_for", "prepared_by", "path")


class Briefing:
    """A whole briefing file: its title, date and summary, and every record, each naming its sources.
    Frozen, and equal to another briefing with the same fields wherever it was read from (`path`)."""

    title: str
    subtitle: str
    place: str
    date: When
    as_of: When
    summary: Fact
    tags: tuple[Tag, ...]
    sources: tuple[Source, ...]
    organizations: tuple[Organization, ...]
    people: Records[Person]
    events: Records[Event]  # in date order
    discrepancies: tuple[Discrepancy, ...]
    meeting: Meeting | None
    exercise: Exercise | None
    marking: str | None  # a handling or classification line, printed at the top and foot of the brief
    prepared_for: str | None  # the brief's reader and its author, printed under the title when given
    prepared_by: str | None
    path: str

    def __init__(self, title: str, subtitle: str, place: str, date: When, as_of: When, summary: Fact,
                 tags: tuple[Tag, ...], sources: tuple[Source, ...], organizations: tuple[Organization, ...],
                 people: Records[Person], events: Records[Event], discrepancies: tuple[Discrepancy, ...],
                 meeting: Meeting | None = None, exercise: Exercise | None = None, marking: str | None = None,
                 prepared_for: str | None = None, prepared_by: str | None = None, path: str = "") -> None:
        # Set through the instance's dict: __setattr__ refuses every change after this.
        arguments = locals()
        self.__dict__.update((name, arguments[name]) for name in _FIELDS)

    def replaced(self, **changes: Any) -> Briefing:
        """A copy with these fields changed, as dataclasses.replace made one (its lookups derived anew)."""
        return Briefing(**({name: self.__dict__[name] for name in _FIELDS} | changes))

    def _compared(self) -> tuple[object, ...]:
        return tuple(self.__dict__[name] for name in _FIELDS if name != "path")

    def __eq__(self, other: object) -> bool:
        return self._compared() == other._compared() if isinstance(other, Briefing) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a briefing is frozen: cannot set {name}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a briefing is frozen: cannot delete {name}")

    def __repr__(self) -> str:
        return f"Briefing(title={self.title!r}, date={self.date!r}, path={self.path!r})"

    # Lookups are derived once on first use; the fields above stay the single source of truth.
    @cached_property
    def person_by_id(self) -> Mapping[str, Person]:
        return ById(self.people)

    @cached_property
    def organization_by_id(self) -> dict[str, Organization]:
        return {o.id: o for o in self.organizations}

    @cached_property
    def event_by_id(self) -> Mapping[str, Event]:
        return ById(self.events)

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def tag_by_id(self) -> dict[str, Tag]:
        return {t.id: t for t in self.tags}

    @cached_property
    def vessel_by_id(self) -> dict[str, Vessel]:
        return {v.id: v for v in self.exercise.vessels} if self.exercise else {}

    @cached_property
    def discrepancies_by_record(self) -> dict[str, tuple[Discrepancy, ...]]:
        found: dict[str, list[Discrepancy]] = {}
        for d in self.discrepancies:
            for record in d.about:
                found.setdefault(record, []).append(d)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def events_by_person(self) -> Mapping[str, Records[Event]]:
        """Each person's events, in date order."""
        return Grouped(self.events, (row[8] for row in self.events.rows))

    @cached_property
    def position(self) -> dict[str, int]:
        """Each person's and event's place in its list, to put a subset back in order."""
        found = {row[0]: n for n, row in enumerate(self.people.rows)}
        found.update((row[0], n) for n, row in enumerate(self.events.rows))
        return found

    @cached_property
    def eras(self) -> Records[Event]:
        """The events that are eras, in date order."""
        return self.events.pick(n for n, row in enumerate(self.events.rows) if row[6])

    def events_before(self, when: When) -> Records[Event]:
        """The events, not eras, dated before `when` (its start, then its end), in date order: read
        from the rows, without making the records before it (a large file has 50,000)."""
        rows = self.events.rows
        end = bisect.bisect_left(rows, when.sort_number(), key=_SORT_NUMBER)
        return self.events.pick(n for n in range(end) if not rows[n][6])

    def name_forms(self) -> Iterator[tuple[str, str, str | None, bool]]:
        """Every person's name forms in the file's order, each person's display form first:
        (person id, text, language, error). Read from the rows: the name index reads all 80,000 of
        a large file's, and making a record for each was a tenth of its build."""
        form = itemgetter(NameForm.text.n, NameForm.lang.n, NameForm.error.n)
        for person_id, names in self.people.columns(Person.id, Person.name_rows):
            for name in names:
                yield (person_id, *form(name))

    def people_in_order(self, ids: Collection[str]) -> Records[Person]:
        """These people, in the file's order."""
        return in_order(ids, self.people, self.position)

    def events_in_order(self, ids: Collection[str]) -> Records[Event]:
        """These events, in date order."""
        return in_order(ids, self.events, self.position)

    def discrepancies_for(self, record_id: str) -> tuple[Discrepancy, ...]:
        """Every recorded difference about the record: disputes, errors and naming notes."""
        return self.discrepancies_by_record.get(record_id, ())

    def disputes_for(self, record_id: str) -> tuple[Discrepancy, ...]:
        """Only the differences between sources (variants and disagreements): what earns a ⚑."""
        return tuple(d for d in self.discrepancies_for(record_id) if d.disputed)

    @cached_property
    def sides(self) -> tuple[str, ...]:
        """Every side the people stand for, in order of first appearance."""
        return tuple(dict.fromkeys(self.side_of(p) for p in self.people if p.roles))

    def side_of(self, person: Person) -> str:
        """The side of a person's first role's organization: the side they stand for in this story."""
        if not person.roles:
            return ""
        return self.organization_by_id[person.roles[0].organization].side

    def role_line(self, person: Person) -> str:
        """'title, Organization; title, Organization' for all the person's roles."""
        return "; ".join(f"{r.title}, {self.organization_by_id[r.organization].name}" for r in person.roles)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every sourced statement, made anew on each call: the window reads them by source."""
        from briefing_app.core.sourced import citations

        return tuple(citations(self))

    @cached_property
    def citations_by_source(self) -> dict[str, Records[Citation]]:
        """Each source's citations. A large file has hundreds of thousands: kept as rows."""
        from briefing_app.core.sourced import by_source

        return by_source(self)

