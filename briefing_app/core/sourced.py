"""Every sourced statement in a briefing, each once, labelled by where it stands: the Sources tab's
view of each source's facts. Qt-free. The briefing keeps them by source once asked (Briefing.citations_by_source)."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from briefing_app.core.rows import Ids, Records

if TYPE_CHECKING:
    from briefing_app.core.model import Briefing


class Citation(NamedTuple):
    """One sourced fact found anywhere in the briefing, for the per-source view."""

    record: str  # id of the record it belongs to
    where: str  # a human label: "Person · Ann Lee · name"
    text: str
    sources: Ids


def _citation(row: tuple[str, str, str, Ids]) -> Citation:
    return Citation(*row)


def by_source(b: Briefing) -> dict[str, Records[Citation]]:
    """Each source's citations, as rows (a large file has hundreds of thousands)."""
    rows = tuple((c.record, c.where, c.text, c.sources) for c in citations(b))
    found: dict[str, array[int]] = {s.id: array("i") for s in b.sources}
    for n, (_record, _where, _text, sources) in enumerate(rows):
        for sid in sources:
            found[sid].append(n)
    return {k: Records(rows, _citation, chosen) for k, chosen in found.items()}


def citations(b: Briefing) -> Iterator[Citation]:
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
