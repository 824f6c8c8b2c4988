"""Building the network from the model: one node per record, one link per relation the data states,
each with its sources and the disagreements that touch it. Qt-free. network.py holds what is built,
and imports nothing from here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from briefing_app.graph.network import (
    AGREEMENT, COMMANDER_IN_EXERCISE, COMMANDS, DELEGATE, EARLIER, EVENT, EXERCISE, HELD_AS, IN_EXERCISE, NAVY, ORGANIZATION, PART_OF,
    PERSON, PRECEDED, REPORTS, ROLE, SOURCE, TOOK_PART, VESSEL, Link, Network, Node,
)
from briefing_app.core.model import Briefing, Person
from briefing_app.text.fold import fold


def _never() -> None:
    pass


def build_graph(b: Briefing, checkpoint: Callable[[], None] | None = None, with_sources: bool = False) -> Network:
    """The network of a briefing. `checkpoint` is called now and then (a loading thread raises there to
    stop at Cancel); `with_sources` adds the sources as nodes, each linked to the events it reports.
    No collector tricks here: switching the collector off is process-wide and would reach the GUI
    thread while this runs in the loading one."""
    return _build(b, checkpoint or _never, with_sources)


def _build(b: Briefing, check: Callable[[], None], with_sources: bool) -> Network:
    import networkx as nx

    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str], list[Link]] = {}  # networkx is given them all at once: one by one costs twice the time
    disputes = _disputes_by_record(b)
    aliases: dict[str, str] = {}
    if b.meeting is not None and b.meeting.event in b.event_by_id:
        aliases[b.meeting.id] = b.meeting.event
        # A disagreement about the meeting is one about its event.
        for d in b.discrepancies:
            if b.meeting.id in d.about and d.disputed:
                disputes.setdefault(b.meeting.event, []).append((d.id, _version_texts(b, d.id)))

    def node(n: Node) -> None:
        nodes[n.id] = n

    def link(source: str, target: str, relation: str, sources: Iterable[str], label: str = "", about: str = "") -> None:
        label = label or relation
        found = _touching(disputes, source, target, label)
        new = Link(source, target, relation, label, tuple(sources), found, about)
        key = (source, target) if source < target else (target, source)
        same = edges.get(key)
        if same is None:
            edges[key] = [new]
        else:
            same.append(new)

    for o in b.organizations:
        node(Node(o.id, ORGANIZATION, o.name, o.side))
    for o in b.organizations:
        if o.parent is not None and o.parent in nodes:
            link(o.id, o.parent, PART_OF, o.sources)
    check()
    for n, p in enumerate(b.people):
        if n % 2000 == 0:
            check()
        node(Node(p.id, PERSON, p.display_name, b.side_of(p)))
        for r in p.roles:
            link(p.id, r.organization, ROLE, r.sources, r.title)
    participants = set(b.meeting.participants) if b.meeting is not None else set()
    meeting_event = b.meeting.event if b.meeting is not None else None
    for n, e in enumerate(b.events):
        if n % 2000 == 0:
            check()
        node(Node(e.id, EVENT, e.title))
        for pid in e.people:
            if e.id == meeting_event and pid in participants:
                continue  # said once, as a delegate, below
            link(pid, e.id, TOOK_PART, e.sources)
    if b.meeting is not None and meeting_event in nodes:
        m = b.meeting
        for pid in m.participants:
            link(pid, m.event, DELEGATE, b.event_by_id[m.event].sources, f"delegate to the {m.name}", m.name)
    if b.exercise is not None:
        _exercise(b, node, link)
    if with_sources:
        check()
        for s in b.sources:
            node(Node(s.id, SOURCE, s.credit if s.kind == "editorial" else s.label))
        for n, e in enumerate(b.events):
            if n % 2000 == 0:
                check()
            for sid in e.sources:
                link(sid, e.id, REPORTS, (sid,))
    check()
    graph: nx.Graph[str] = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((a, b, {"links": found}) for (a, b), found in edges.items())
    return Network(nodes, graph, aliases)


def _exercise(b: Briefing, node: Callable[[Node], None], link: Callable[..., None]) -> None:
    x = b.exercise
    assert x is not None
    node(Node(x.id, EXERCISE, x.name))
    event = b.event_by_id.get(x.event)
    if event is not None:
        link(x.id, x.event, HELD_AS, event.sources)
    held = event.sources if event is not None else x.sea_area.sources
    for navy in x.navies:
        link(navy, x.id, IN_EXERCISE, held)
    for v in x.vessels:
        node(Node(v.id, VESSEL, v.name, b.organization_by_id[v.navy].side))
        link(v.id, v.navy, NAVY, v.sources)
        link(v.id, x.id, IN_EXERCISE, v.sources)
    for relation, ids in ((PRECEDED, x.preceded_by), (EARLIER, x.earlier), (AGREEMENT, x.agreements)):
        for eid in ids:
            if eid in b.event_by_id:
                link(eid, x.id, relation, b.event_by_id[eid].sources)
    if x.commander is not None and x.commander in b.person_by_id:
        commander = b.person_by_id[x.commander]
        found = _commanded(commander, x.vessels, b)
        if found is None:
            link(x.commander, x.id, COMMANDS, held, COMMANDER_IN_EXERCISE)
        else:
            vessel_id, title, sources = found
            link(x.commander, vessel_id, COMMANDS, sources, title)


def _commanded(p: Person, vessels: Iterable[Any], b: Briefing) -> tuple[str, str, tuple[str, ...]] | None:
    """The vessel a commander commands, with the role that says so: the vessel named in one of his
    titles, else the only vessel of the navy he serves in."""
    vessels = list(vessels)
    for r in p.roles:
        for v in vessels:
            if fold(v.name) in fold(r.title):
                return v.id, r.title, r.sources
    for r in p.roles:
        own = [v for v in vessels if v.navy == r.organization]
        if len(own) == 1:
            return own[0].id, r.title, r.sources
    return None


DisputeIndex = dict[str, list[tuple[str, frozenset[str]]]]


def _version_texts(b: Briefing, discrepancy_id: str) -> frozenset[str]:
    d = next(d for d in b.discrepancies if d.id == discrepancy_id)
    return frozenset(fold(v.text) for v in d.versions)


def _disputes_by_record(b: Briefing) -> DisputeIndex:
    found: DisputeIndex = {}
    for d in b.discrepancies:
        if not d.disputed:  # an error in one article or an editors' naming convention is no dispute of a link
            continue
        texts = frozenset(fold(v.text) for v in d.versions)
        for record in d.about:
            found.setdefault(record, []).append((d.id, texts))
    return found


def _touching(disputes: DisputeIndex, a: str, b: str, label: str) -> tuple[str, ...]:
    """The disagreements that touch a link: those about both its ends, and those about one end whose
    versions are the link's own words (a disputed title disputes the role that carries it)."""
    at_a, at_b = disputes.get(a), disputes.get(b)
    if not at_a and not at_b:
        return ()
    ids_b = {d for d, _ in at_b or ()}
    words = fold(label)
    found = [d for d, texts in at_a or () if d in ids_b or words in texts]
    found += [d for d, texts in at_b or () if d not in found and words in texts]
    return tuple(dict.fromkeys(found))
