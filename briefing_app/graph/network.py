"""The network of who is linked to whom, through what, on whose word. Qt-free.

Nodes are people, organizations, events, vessels and the exercise (and, on request, sources); each link
is one relation the data states, with the sources that state it. The meeting is drawn as its event.
networkx holds the graph and answers the path queries; it is imported only when a graph is built
(build.py builds it), so that start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_app.text.fold import fold

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
COMMANDER_IN_EXERCISE = "commander in the exercise"  # a commander's link to the exercise when no ship is named


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
    about: str = ""  # the record's own words in a worded label: the meeting's name in "delegate to the …"

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
