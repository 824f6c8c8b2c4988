"""A record as text with its citations written out, for "Copy with sources". Qt-free.

"Name, title, Ministry (Wire A; Daily B; Author C, Paper D — data as of 17 Apr 2023)": the sources'
credits in the briefing's order, separated by semicolons since a credit may hold a comma, and the
date the briefing's data is as of (the articles give no machine-readable date of their own).
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing_app.core.differences import heading, version_prefix, version_text, why_label
from briefing_app.core.model import Briefing


def credits(b: Briefing, ids: Iterable[str]) -> str:
    """The credits of these sources, each once, in the briefing's order of sources. A source whose
    credit is only a remark in parentheses (no credit in its text) is named by its id."""
    wanted = set(ids)
    names = (s.id if s.credit.startswith("(") else s.credit for s in b.sources if s.id in wanted)
    return "; ".join(dict.fromkeys(names))


def _cite(b: Briefing, text: str, ids: Iterable[str]) -> str:
    return f"{text} ({credits(b, ids)} — data as of {b.as_of.display()})"


def cite(b: Briefing, kind: str, record_id: str) -> str | None:
    """The record's text with its citations, or None for a record this cannot describe."""
    if kind == "person" and record_id in b.person_by_id:
        p = b.person_by_id[record_id]
        ids = [*p.names[0].sources, *(s for r in p.roles for s in r.sources)]
        role = b.role_line(p)
        return _cite(b, f"{p.display_name}, {role}" if role else p.display_name, ids)
    if kind == "event" and record_id in b.event_by_id:
        e = b.event_by_id[record_id]
        place = f", {e.place}" if e.place else ""
        return _cite(b, f"{e.when.display()}{place}: {e.title}. {e.text}", e.sources)
    if kind == "vessel" and record_id in b.vessel_by_id:
        v = b.vessel_by_id[record_id]
        return _cite(b, f"{v.name}, {v.ship_class} {v.type}, {b.organization_by_id[v.navy].name}", v.sources)
    if kind == "discrepancy":
        d = next((d for d in b.discrepancies if d.id == record_id), None)
        if d is None:
            return None
        versions = "; ".join(
            f"{version_prefix(d, v)}{version_text(d, v)} ({credits(b, v.sources)}{', ' + v.part if v.part else ''})"
            for v in d.versions
        )
        lead = "Sources disagree on " if d.disputed else f"{heading(d).split(':')[0]}, "
        return f"{lead}{d.topic}: {versions}. {why_label(d)}: {d.reason} (data as of {b.as_of.display()})"
    return None
