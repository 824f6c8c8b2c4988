"""The network as GraphML, which Gephi, yEd and networkx open. Qt-free; a pure function graph → bytes."""

from __future__ import annotations

import io

from briefing_app.graph.network import Network


def graphml(net: Network, title: str = "") -> bytes:
    """One GraphML node per record (kind, label, side) and one directed edge per link (relation, label,
    sources, disputed, disputes): two ends with several links get parallel edges, as GraphML allows."""
    import networkx as nx

    out: nx.MultiDiGraph[str] = nx.MultiDiGraph(name=title)
    for n in net.nodes.values():
        out.add_node(n.id, kind=n.kind, label=n.label, side=n.side)
    for link in sorted(net.links(), key=lambda k: (k.source, k.target, k.relation, k.label)):
        out.add_edge(link.source, link.target, relation=link.relation, label=link.label,
                     sources=", ".join(link.sources), disputed=link.disputed, disputes=", ".join(link.disputes))
    buffer = io.BytesIO()
    # The ElementTree writer: lxml is not a dependency, and the files are small.
    nx.write_graphml_xml(out, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
