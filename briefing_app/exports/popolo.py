"""People, organizations, roles and events as Popolo JSON (popoloproject.com), for civic-data tools.

One object with the lists `persons`, `organizations`, `memberships` and `events`, each record in the
shape of the Popolo JSON Schemas. Popolo's `sources` are links with a required URL, and the articles
in a briefing have none; each source is named by a URN made from its id (`urn:briefing-source:ID`),
with its credit, headline and time stamp in the link's note. Every name form after the first is an
other_name whose note says which sources write it, and marks an article's error as such.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from briefing_app.core.dates import When
from briefing_app.core.model import Briefing, Event, Ids, NameForm, Organization, Person
from briefing_app.exports.common import json_document, reduced_iso, source_line

SOURCE_URN = "urn:briefing-source:"


Links = dict[str, dict[str, str]]


def _source_links(b: Briefing) -> Links:
    """Each source's link, made once: thousands of records cite the same few sources."""
    return {s.id: {"url": SOURCE_URN + quote(s.id, safe=""), "note": f"{s.id}: {source_line(b, s.id)}"} for s in b.sources}


def _links(links: Links, source_ids: Ids) -> list[dict[str, str]]:
    return [links[s] for s in source_ids]


def _other_name(n: NameForm) -> dict[str, str]:
    where = ", ".join(n.sources)
    note = f"an error in {where}" if n.error else f"as written in {where}"
    if n.note:
        note += f": {n.note}"
    return {"name": n.text, "note": note}


def _person(links: Links, p: Person) -> dict[str, Any]:
    person: dict[str, Any] = {"id": p.id, "name": p.display_name}
    if len(p.names) > 1:
        person["other_names"] = [_other_name(n) for n in p.names[1:]]
    if p.actions:
        person["biography"] = " ".join(a.text for a in p.actions)
    # A person's record rests on every source that names them.
    person["sources"] = _links(links, tuple(dict.fromkeys(s for n in p.names for s in n.sources)))
    return person


def _organization(links: Links, o: Organization) -> dict[str, Any]:
    org: dict[str, Any] = {"id": o.id, "name": o.name, "classification": o.kind}
    if o.other_names:
        org["other_names"] = [_other_name(n) for n in o.other_names]
    if o.parent:
        org["parent_id"] = o.parent
    org["sources"] = _links(links, o.sources)
    return org


def _memberships(b: Briefing, links: Links) -> list[dict[str, Any]]:
    found = []
    for p in b.people:
        for n, r in enumerate(p.roles, start=1):
            found.append({
                "id": f"{p.id}-role-{n}",
                "person_id": p.id,
                "organization_id": r.organization,
                "role": r.title,
                "label": f"{r.title}, {b.organization_by_id[r.organization].name}",
                "sources": _links(links, r.sources),
            })
    return found


def _dates(when: When) -> dict[str, str]:
    dates = {"start_date": reduced_iso(when.start)}
    if when.end is not None:
        dates["end_date"] = reduced_iso(when.end)
    return dates


def _event(b: Briefing, links: Links, e: Event) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": e.id,
        "name": e.title,
        # Popolo dates hold a year, a month or a day; "Summer 2019" survives only in words.
        "description": f"{e.when.display()}: {e.text}",
        **_dates(e.when),
    }
    if e.place:
        event["location"] = e.place
    if e.tags:
        event["classification"] = b.tag_by_id[e.tags[0]].label
    if e.people:
        event["attendees"] = [{"id": pid, "name": b.person_by_id[pid].display_name} for pid in e.people]
    event["sources"] = _links(links, e.sources)
    return event


def popolo_data(b: Briefing) -> dict[str, Any]:
    links = _source_links(b)
    return {
        "persons": [_person(links, p) for p in b.people],
        "organizations": [_organization(links, o) for o in b.organizations],
        "memberships": _memberships(b, links),
        "events": [_event(b, links, e) for e in b.events],
    }


def popolo_json(b: Briefing) -> str:
    return json_document(popolo_data(b))
