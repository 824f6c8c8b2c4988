"""The network as GraphML, which Gephi, yEd and networkx open. Qt-free; a pure function graph → bytes."""

from __future__ import annotations

import io

from briefing_app.exports.xml import xml_document
from briefing_app.graph.network import Network


def graphml(net: Network, title: str = "") -> bytes:
    """One GraphML node per record (kind, label, side) and one directed edge per link (relation, label,
    sources, disputed, disputes): two ends with several links get parallel edges, as GraphML allows."""
    import networkx as nx

    out: nx.MultiDiGraph[str] = nx.MultiDiGraph(name=title)
    for n in net.nodes.values():
        out.add_node(n.id, kind=n.kind, label=n.label, side=n.side)
    # Each edge's key is written as its id. networkx's own keys count from 0 for each pair of ends, so
    # every edge was "0", and Gephi drops an edge whose id it has already seen: the keys number the
    # links in this (reproducible) order instead.
    for number, link in enumerate(sorted(net.links(), key=lambda k: (k.source, k.target, k.relation, k.label))):
        out.add_edge(link.source, link.target, key=f"e{number}", relation=link.relation, label=link.label,
                     sources=", ".join(link.sources), disputed=link.disputed, disputes=", ".join(link.disputes))
    buffer = io.BytesIO()
    # The ElementTree writer: lxml is not a dependency, and the files are small.
    nx.write_graphml_xml(out, buffer, encoding="utf-8", prettyprint=True)
    return xml_document(buffer.getvalue())  # ElementTree writes control characters raw
