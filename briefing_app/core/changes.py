"""What changed between two versions of a briefing: records added, removed and changed field by field,
disagreements new and resolved, sources new. A pure function of the two models; the command line
prints it (`briefing-app diff`) and the window shows it ("What changed since …")."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from briefing_app.core.dates import When
from briefing_app.core.model import Briefing, Event, Fact, NameForm, Person, Role, Statement, Version, is_small_record
from briefing_app.core.rows import Record

__all__ = ["Change", "Changes", "FieldChange", "Words", "compare", "text_of"]

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
_HEADER = ("title", "subtitle", "place", "date", "as_of", "summary", "marking", "prepared_for", "prepared_by")
_PERSON = ("names", "roles", "actions", "note")
_EVENT = ("when", "title", "text", "sources", "place", "era", "tags", "people")


@dataclass(frozen=True)
class Words:
    """What text_of writes around the file's own text: English here, the reader's language in the window."""

    yes: str = "yes"
    no: str = "no"
    preferred: str = "preferred"
    date: Callable[[When], str] = When.display


ENGLISH = Words()


@dataclass(frozen=True)
class FieldChange:
    """A field's two values as compared (None when it had none), which text_of writes out: in English
    for `diff`, in the reader's language in the window."""

    field: str
    old_value: Any
    new_value: Any

    @property
    def old(self) -> str:
        return text_of(self.old_value)

    @property
    def new(self) -> str:
        return text_of(self.new_value)


@dataclass(frozen=True)
class Change:
    kind: str  # briefing, person, event, source, organization, tag, disagreement, meeting, exercise
    id: str
    label: str  # how the newer version names it (the older, for a removed record)
    status: str  # added, removed or changed
    fields: tuple[FieldChange, ...] = ()
    when: When | None = None  # an event's date, written before its label

    def text(self, words: Words = ENGLISH) -> str:
        """The record as a line names it: an event with its date, written as `words` write dates."""
        return f"{words.date(self.when)} · {self.label}" if self.when is not None else self.label


@dataclass(frozen=True)
class Changes:
    changes: tuple[Change, ...]
    new_disagreements: tuple[Change, ...]  # disagreements between sources the newer version adds
    resolved_disagreements: tuple[Change, ...]  # those it no longer has
    new_sources: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.changes)

    def as_json(self) -> dict[str, Any]:
        def one(c: Change) -> dict[str, Any]:
            return {"kind": c.kind, "id": c.id, "label": c.text(), "status": c.status,
                    "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in c.fields]}

        return {"added": self.count(ADDED), "removed": self.count(REMOVED), "changed": self.count(CHANGED),
                "changes": [one(c) for c in self.changes],
                "new_disagreements": [one(c) for c in self.new_disagreements],
                "resolved_disagreements": [one(c) for c in self.resolved_disagreements],
                "new_sources": [one(c) for c in self.new_sources]}

    def lines(self) -> Iterator[str]:
        """The changes as plain lines of English, for the command line."""
        yield f"{self.count(ADDED)} added, {self.count(REMOVED)} removed, {self.count(CHANGED)} changed"
        for title, group in (("New disagreements", self.new_disagreements), ("Resolved disagreements", self.resolved_disagreements),
                             ("New sources", self.new_sources)):
            if group:
                yield f"{title}: " + "; ".join(f"{c.text()} ({c.id})" for c in group)
        for c in self.changes:
            yield f"{c.status} {c.kind} {c.id}: {c.text()}"
            for f in c.fields:
                yield f"    {f.field}: {f.old or '—'} → {f.new or '—'}"


def compare(old: Briefing, new: Briefing) -> Changes:
    changes: list[Change] = []
    header = tuple(_fields(old, new, _HEADER, getattr))
    if header:
        changes.append(Change("briefing", "briefing", new.title, CHANGED, header))
    changes += _records("person", {p.id: p for p in old.people}, {p.id: p for p in new.people},
                        lambda p: p.display_name, _PERSON)
    changes += _records("event", {e.id: e for e in old.events}, {e.id: e for e in new.events},
                        lambda e: e.title, _EVENT, lambda e: e.when)
    for kind, part, label in (("source", "sources", lambda s: s.label), ("organization", "organizations", lambda o: o.name),
                              ("tag", "tags", lambda t: t.label), ("disagreement", "discrepancies", lambda d: d.topic)):
        olds, news = {r.id: r for r in getattr(old, part)}, {r.id: r for r in getattr(new, part)}
        names = tuple(name for name in next(iter((*news.values(), *olds.values())))._fields if name != "id") if olds or news else ()
        changes += _records(kind, olds, news, label, names)
    for kind in ("meeting", "exercise"):
        a, b = getattr(old, kind), getattr(new, kind)
        if a is None and b is None:
            continue
        olds, news = ({a.id: a} if a else {}), ({b.id: b} if b else {})
        names = tuple(name for name in (b or a)._fields if name != "id")
        changes += _records(kind, olds, news, lambda r: r.name, names)
    disputes_old = {d.id for d in old.discrepancies if d.disputed}
    disputes_new = {d.id for d in new.discrepancies if d.disputed}
    new_disagreements = tuple(Change("disagreement", d.id, d.topic, ADDED) for d in new.discrepancies
                              if d.disputed and d.id not in disputes_old)
    resolved = tuple(Change("disagreement", d.id, d.topic, REMOVED) for d in old.discrepancies
                     if d.disputed and d.id not in disputes_new)
    old_sources = {s.id for s in old.sources}
    new_sources = tuple(Change("source", s.id, s.label, ADDED) for s in new.sources if s.id not in old_sources)
    return Changes(tuple(changes), new_disagreements, resolved, new_sources)


def _records(kind: str, olds: dict[str, Any], news: dict[str, Any], label: Any, names: tuple[str, ...],
             when: Callable[[Any], When | None] = lambda record: None) -> Iterator[Change]:
    for rid, record in news.items():
        before = olds.get(rid)
        if before is None:
            yield Change(kind, rid, label(record), ADDED, when=when(record))
        elif before != record:
            fields = tuple(_fields(before, record, names, getattr))
            if fields:
                yield Change(kind, rid, label(record), CHANGED, fields, when(record))
    for rid, record in olds.items():
        if rid not in news:
            yield Change(kind, rid, label(record), REMOVED, when=when(record))


def _fields(old: Any, new: Any, names: Iterable[str], get: Any) -> Iterator[FieldChange]:
    for name in names:
        a, b = get(old, name), get(new, name)
        if a == b:
            continue
        if isinstance(a, tuple) and isinstance(b, tuple) and not is_small_record(a) and set(a) != set(b):
            # A list says what left it and what came into it, not the whole list twice.
            a, b = tuple(x for x in a if x not in b), tuple(x for x in b if x not in a)
        yield FieldChange(name, a, b)


def text_of(value: Any, words: Words = ENGLISH) -> str:
    """A field's value as one line of text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return words.yes if value else words.no
    if isinstance(value, When):
        return words.date(value)
    if isinstance(value, (Fact, NameForm)):
        return f"{value.text} [{', '.join(value.sources)}]"
    if isinstance(value, Role):
        return f"{value.title}, {value.organization} [{', '.join(value.sources)}]"
    if isinstance(value, Statement):
        return f"{value.by}: “{value.quote}” [{', '.join(value.sources)}]"
    if isinstance(value, Version):
        return f"{value.text} [{', '.join(value.sources)}]" + (f" ({words.preferred})" if value.preferred else "")
    if isinstance(value, (Person, Event)):
        return value.id
    if isinstance(value, Record):
        return str(value.as_row())
    if is_small_record(value):  # a source, a ship, a tag …: named by its name or id
        return getattr(value, "name", None) or getattr(value, "id", None) or str(value)
    if isinstance(value, tuple):
        return "; ".join(text_of(v, words) for v in value)
    return str(value)
