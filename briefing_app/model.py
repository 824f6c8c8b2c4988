"""The briefing as frozen dataclasses: sources, people, organizations, events, the meeting, the exercise.

The records have slots, not a __dict__ each: a large briefing holds about a million of them, and
slots make them smaller and fewer objects for the garbage collector to look at.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar, overload

from .dates import When

Ids = tuple[str, ...]
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Source:
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


@dataclass(frozen=True, slots=True)
class Tag:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement of fact and the sources that state it."""

    text: str
    sources: Ids
    note: str | None = None


@dataclass(frozen=True, slots=True)
class NameForm:
    """A form of a name as an article writes it; `error` marks a form that is an article's mistake."""

    text: str
    sources: Ids
    error: bool = False
    note: str | None = None
    lang: str | None = None  # BCP 47 tag ("ko", "ja", "zh-Hant"), for native scripts and romanization


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    kind: str
    side: str
    sources: Ids
    other_names: tuple[NameForm, ...] = ()
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    organization: str
    sources: Ids


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    names: tuple[NameForm, ...]
    roles: tuple[Role, ...]
    actions: tuple[Fact, ...] = ()
    note: str | None = None

    @property
    def display_name(self) -> str:
        return self.names[0].text


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    when: When
    title: str
    text: str
    sources: Ids
    place: str | None = None
    era: bool = False
    tags: Ids = ()
    people: Ids = ()


@dataclass(frozen=True, slots=True)
class Statement:
    """Words quoted in a source: who said them (as text, and the person's id when known)."""

    by: str
    quote: str
    sources: Ids
    person: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
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
    statements: tuple[Statement, ...] = ()


@dataclass(frozen=True, slots=True)
class Vessel:
    id: str
    name: str
    ship_class: str
    type: str
    navy: str
    sources: Ids
    combat_system: str | None = None


@dataclass(frozen=True, slots=True)
class Exercise:
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


@dataclass(frozen=True, slots=True)
class Version:
    text: str
    sources: Ids
    preferred: bool = False
    part: str | None = None  # where in an article that also stands on another version: body or caption


@dataclass(frozen=True, slots=True)
class Discrepancy:
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


@dataclass(frozen=True, slots=True)
class Citation:
    """One sourced fact found anywhere in the briefing, for the per-source view."""

    record: str  # id of the record it belongs to
    where: str  # a human label: "Person · Ann Lee · name"
    text: str
    sources: Ids


_CitationRow = tuple[str, str, str, Ids]  # a Citation's fields


class Citations(Sequence[Citation]):
    """Some of the briefing's citations, in order, each made into a Citation when read.

    A large file has hundreds of thousands: kept as plain tuples of strings, which the garbage
    collector stops following once it has seen them, they cost no time at its every full pass (in
    the loading thread, holding the GIL that the window needs)."""

    __slots__ = ("_rows", "_chosen")

    def __init__(self, rows: tuple[_CitationRow, ...], chosen: array[int]) -> None:
        self._rows, self._chosen = rows, chosen

    def __len__(self) -> int:
        return len(self._chosen)

    @overload
    def __getitem__(self, i: int) -> Citation: ...

    @overload
    def __getitem__(self, i: slice) -> list[Citation]: ...

    def __getitem__(self, i: int | slice) -> Citation | list[Citation]:
        if isinstance(i, slice):
            return [Citation(*self._rows[n]) for n in self._chosen[i]]
        return Citation(*self._rows[self._chosen[i]])


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    place: str
    date: When
    as_of: When
    summary: Fact
    tags: tuple[Tag, ...]
    sources: tuple[Source, ...]
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    events: tuple[Event, ...]  # in date order
    discrepancies: tuple[Discrepancy, ...]
    meeting: Meeting | None = None
    exercise: Exercise | None = None
    marking: str | None = None  # a handling or classification line, printed at the top and foot of the brief
    path: str = field(default="", compare=False)

    # Lookups are derived once on first use; the dataclass stays the single source of truth.
    @cached_property
    def person_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def organization_by_id(self) -> dict[str, Organization]:
        return {o.id: o for o in self.organizations}

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

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
    def events_by_person(self) -> dict[str, tuple[Event, ...]]:
        found: dict[str, list[Event]] = {}
        for e in self.events:
            for pid in e.people:
                found.setdefault(pid, []).append(e)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def position(self) -> dict[str, int]:
        """Each person's and event's place in its list, to put a subset back in order."""
        found = {p.id: n for n, p in enumerate(self.people)}
        found.update((e.id, n) for n, e in enumerate(self.events))
        return found

    def people_in_order(self, ids: Collection[str]) -> list[Person]:
        """These people, in the file's order."""
        return _in_order(ids, self.people, self.person_by_id, self.position)

    def events_in_order(self, ids: Collection[str]) -> list[Event]:
        """These events, in date order."""
        return _in_order(ids, self.events, self.event_by_id, self.position)

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
        return tuple(_citations(self))

    @cached_property
    def citations_by_source(self) -> dict[str, Citations]:
        rows = tuple((c.record, c.where, c.text, c.sources) for c in _citations(self))
        found: dict[str, array[int]] = {s.id: array("i") for s in self.sources}
        for n, (_record, _where, _text, sources) in enumerate(rows):
            for sid in sources:
                found[sid].append(n)
        return {k: Citations(rows, chosen) for k, chosen in found.items()}


def _in_order(ids: Collection[str], records: tuple[R, ...], by_id: Mapping[str, R], position: Mapping[str, int]) -> list[R]:
    # A few are looked up and sorted; many are picked out of the whole list, which is cheaper
    # than sorting thousands (a one-letter search matches a third of 20,000 people).
    if len(ids) * 8 < len(records):
        return sorted((by_id[i] for i in ids), key=lambda r: position[r.id])  # type: ignore[attr-defined]
    return [r for r in records if r.id in ids]  # type: ignore[attr-defined]


def _citations(b: Briefing) -> Iterator[Citation]:
    """Every sourced statement in the briefing, each once, labelled by where it stands."""
    yield Citation("summary", "Summary", b.summary.text, b.summary.sources)
    for o in b.organizations:
        yield Citation(o.id, f"Organization · {o.name}", o.name, o.sources)
        for n in o.other_names:
            yield Citation(o.id, f"Organization · {o.name} · also called", n.text, n.sources)
    for p in b.people:
        label = f"Person · {p.display_name}"
        for n in p.names:
            yield Citation(p.id, f"{label} · name" + (" (an error in the source)" if n.error else ""), n.text, n.sources)
        for r in p.roles:
            org = b.organization_by_id[r.organization].name
            yield Citation(p.id, f"{label} · role", f"{r.title}, {org}", r.sources)
        for a in p.actions:
            yield Citation(p.id, f"{label} · did or said", a.text, a.sources)
    for e in b.events:
        yield Citation(e.id, f"Event · {e.when.display()}", f"{e.title}. {e.text}", e.sources)
    if b.meeting:
        m = b.meeting
        for name, fact in (("round", m.round), ("format", m.format), ("venue", m.venue), ("length", m.length)):
            if fact:
                yield Citation(m.id, f"Meeting · {name}", fact.text, fact.sources)
        for fact in m.outcome:
            yield Citation(m.id, "Meeting · agreed", fact.text, fact.sources)
        for fact in m.discussed:
            yield Citation(m.id, "Meeting · discussed", fact.text, fact.sources)
        for s in m.statements:
            yield Citation(m.id, f"Meeting · statement by {s.by}", f"“{s.quote}”", s.sources)
    if b.exercise:
        x = b.exercise
        yield Citation(x.id, "Exercise · sea area", x.sea_area.text, x.sea_area.sources)
        for fact in x.purpose:
            yield Citation(x.id, "Exercise · purpose", fact.text, fact.sources)
        for fact in x.procedures:
            yield Citation(x.id, "Exercise · procedure", fact.text, fact.sources)
        for v in x.vessels:
            yield Citation(v.id, f"Vessel · {v.name}", f"{v.name}: {v.ship_class} {v.type}", v.sources)
        for s in x.remarks:
            yield Citation(x.id, f"Exercise · remarks by {s.by}", f"“{s.quote}”", s.sources)
    for d in b.discrepancies:
        for version in d.versions:
            yield Citation(d.id, f"Disagreement · {d.topic}", version.text, version.sources)
