"""The network of who is linked to whom, through what, on whose word. Qt-free.

Nodes are people, organizations, events, vessels and the exercise (and, on request, sources); each link
is one relation the data states, with the sources that state it. The meeting is drawn as its event.
networkx holds the graph and answers the path queries; it is imported only when a graph is built,
so that start-up does not pay for it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Briefing, Person
from .search import fold

if TYPE_CHECKING:
    import networkx as nx

# Kinds of node, in the order a neighbourhood lists them.
PERSON, ORGANIZATION, EVENT, VESSEL, EXERCISE, SOURCE = "person", "organization", "event", "vessel", "exercise", "source"
KINDS = (PERSON, ORGANIZATION, VESSEL, EXERCISE, EVENT, SOURCE)
KIND_RANK = {k: n for n, k in enumerate(KINDS)}

# Relations, each read from `source` to `target`.
ROLE = "role"  # person → organization, labelled with the title
PART_OF = "part of"  # organization → its parent
TOOK_PART = "took part in"  # person → event
DELEGATE = "delegate to"  # person → the meeting's event
PRECEDED = "preceded"  # event → exercise
EARLIER = "earlier exercise"  # event → exercise
AGREEMENT = "agreement behind"  # event → exercise
HELD_AS = "held as"  # exercise → its event
NAVY = "belongs to"  # vessel → navy
IN_EXERCISE = "took part in exercise"  # vessel or navy → exercise
COMMANDS = "commands"  # person → vessel
REPORTS = "reports"  # source → event (the optional layer)


@dataclass(frozen=True)
class Node:
    id: str
    kind: str
    label: str
    side: str = ""  # the side a person, organization or vessel stands for; "" for events and sources


@dataclass(frozen=True)
class Link:
    source: str  # node ids, read "source relation target"
    target: str
    relation: str
    label: str  # what the link says: the title of a role, else the relation
    sources: tuple[str, ...]
    disputes: tuple[str, ...] = ()  # ids of the disagreements that touch this link

    @property
    def disputed(self) -> bool:
        return bool(self.disputes)

    def other(self, node_id: str) -> str:
        return self.target if node_id == self.source else self.source


@dataclass(frozen=True)
class Step:
    """One step of a chain: from a node over a link to the next node."""

    start: str
    link: Link
    end: str


@dataclass
class Network:
    """The graph and its queries. `nodes` and `links` are the data; `graph` is networkx's undirected
    view of them (an edge's "links" attribute lists every link between its two ends)."""

    nodes: dict[str, Node]
    graph: nx.Graph[str]
    aliases: dict[str, str] = field(default_factory=dict)  # a record drawn as another node: the meeting → its event
    _keys: dict[str, tuple[int, str, str]] = field(default_factory=dict, repr=False)  # sort keys, made on demand
    _sorted: dict[str, list[str]] = field(default_factory=dict, repr=False)  # a node's neighbours in order, on demand

    def node_id(self, record_id: str) -> str | None:
        """The node that shows a record, or None when the network does not hold it."""
        record_id = self.aliases.get(record_id, record_id)
        return record_id if record_id in self.nodes else None

    def __len__(self) -> int:
        return len(self.nodes)

    @property
    def link_count(self) -> int:
        return sum(len(d["links"]) for _, _, d in self.graph.edges(data=True))

    def links(self) -> Iterator[Link]:
        for _, _, d in self.graph.edges(data=True):
            yield from d["links"]

    def links_between(self, a: str, b: str) -> list[Link]:
        data = self.graph.get_edge_data(a, b)
        return list(data["links"]) if data else []

    def links_of(self, node_id: str) -> list[Link]:
        """Every link of a node, ordered by the other end's kind, then its label."""
        found = [link for other in self.graph[node_id] for link in self.graph[node_id][other]["links"]]
        return sorted(found, key=lambda link: self.order(link.other(node_id)) + (link.relation,))

    def order(self, node_id: str) -> tuple[int, str, str]:
        """A node's place in lists: by kind, then name (folded), then id."""
        key = self._keys.get(node_id)
        if key is None:
            n = self.nodes[node_id]
            key = self._keys[node_id] = (KIND_RANK[n.kind], fold(n.label), n.id)
        return key

    def neighbours(self, node_id: str, steps: int = 1) -> set[str]:
        """The nodes within `steps` links of a node, the node itself excluded."""
        import networkx as nx

        reached = nx.single_source_shortest_path_length(self.graph, node_id, cutoff=steps)
        return set(reached) - {node_id}

    def chain(self, a: str, b: str) -> list[Step] | None:
        """The shortest chain of links from a to b, each step with the link it crosses (the
        best-sourced one where two ends have several); None when nothing connects them."""
        import networkx as nx

        try:
            path = nx.shortest_path(self.graph, a, b)
        except nx.NetworkXNoPath:
            return None
        steps = []
        for start, end in zip(path, path[1:]):
            best = max(self.links_between(start, end), key=lambda link: (len(link.sources), not link.disputed))
            steps.append(Step(start, best, end))
        return steps

    def most_connected(self, count: int = 10) -> list[tuple[Node, int]]:
        """The nodes with the most neighbours, most first; ties in kind and name order."""
        ranked = sorted(self.graph.degree, key=lambda nd: (-nd[1], *self.order(nd[0])))
        return [(self.nodes[n], d) for n, d in ranked[:count]]

    def neighbourhood(self, centre: str, steps: int | None = 2, limit: int | None = 200) -> Neighbourhood:
        """What the tab draws around a node: up to `limit` nodes within `steps` links (None: no bound),
        nearest first, and for each shown node how many of its neighbours were left out."""
        graph = self.graph
        room = limit if limit is not None else len(self.nodes)
        distance = {centre: 0}
        ring = [centre]
        depth = 0
        while ring and len(distance) < room and (steps is None or depth < steps):
            depth += 1
            following: list[str] = []
            for node in ring:
                for other in (o for o in self._neighbours_in_order(node) if o not in distance):
                    if len(distance) >= room:
                        break
                    distance[other] = depth
                    following.append(other)
            ring = following
        hidden = {n: len(graph[n]) - _shared(graph[n], distance) for n in distance}
        return Neighbourhood(centre, distance, {n: c for n, c in hidden.items() if c})

    def _neighbours_in_order(self, node: str) -> list[str]:
        found = self._sorted.get(node)
        if found is None:
            found = self._sorted[node] = sorted(self.graph[node], key=self.order)
        return found

    def parts(self) -> list[Neighbourhood]:
        """The whole network as its connected parts, largest first, each around its most connected
        node; records with no link are left out (see `unlinked`)."""
        import networkx as nx

        found = [c for c in nx.connected_components(self.graph) if len(c) > 1]
        hubs = [min(c, key=lambda n: (-self.graph.degree[n], *self.order(n))) for c in found]
        ordered = sorted(zip(found, hubs), key=lambda ch: (-len(ch[0]), *self.order(ch[1])))
        return [self.neighbourhood(hub, steps=None, limit=None) for _, hub in ordered]

    def unlinked(self) -> list[str]:
        return [n for n in self.nodes if not self.graph[n]]


def _shared(a: Collection[str], b: Collection[str]) -> int:
    """How many of one collection are in the other, counted over the smaller (a hub has thousands)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(1 for x in small if x in large)


@dataclass(frozen=True)
class Neighbourhood:
    centre: str
    distance: dict[str, int]  # node id → links from the centre
    more: dict[str, int]  # node id → neighbours not shown

    def __len__(self) -> int:
        return len(self.distance)


def _never() -> None:
    pass


def build_graph(b: Briefing, checkpoint: Callable[[], None] | None = None, with_sources: bool = False) -> Network:
    """The network of a briefing. `checkpoint` is called now and then (a loading thread raises there
    to stop at Cancel); `with_sources` adds the sources as nodes, each linked to the events it reports."""
    # As in the loader: hundreds of thousands of small objects and no cycles; the cyclic collector
    # would rescan them over and over and double the time, then a full collection would stall the window.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(b, checkpoint or _never, with_sources)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


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
            if b.meeting.id in d.about:
                disputes.setdefault(b.meeting.event, []).append((d.id, _version_texts(b, d.id)))

    def node(n: Node) -> None:
        nodes[n.id] = n

    def link(source: str, target: str, relation: str, sources: Iterable[str], label: str = "") -> None:
        label = label or relation
        found = _touching(disputes, source, target, label)
        new = Link(source, target, relation, label, tuple(sources), found)
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
            link(pid, m.event, DELEGATE, b.event_by_id[m.event].sources, f"delegate to the {m.name}")
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
            link(x.commander, x.id, COMMANDS, held, "commander in the exercise")
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


def describe(net: Network, node_id: str) -> str:
    """'Name (kind, side)' for one node, as the command line and tooltips print it."""
    n = net.nodes[node_id]
    return f"{n.label} ({n.kind}{', ' + n.side if n.side else ''})"


def link_line(net: Network, link: Link, from_id: str) -> str:
    """One link read from one of its ends: 'title → Organization [sources]', arrows showing the direction."""
    other = link.other(from_id)
    arrow = "→" if link.source == from_id else "←"
    line = f"{link.label} {arrow} {describe(net, other)} [{', '.join(link.sources)}]"
    if link.disputed:
        line += f" (disputed: {', '.join(link.disputes)})"
    return line
