"""The chart's items placed in a scene: a node per position and a line per linked pair. One function
for the tab and for the page, which lays the same network out again and draws it the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsScene

from briefing_app.core.sides import NO_SIDE
from briefing_app.i18n.translation import date_text
from briefing_app.ui.tabs.network.items import LinkItem, NodeItem

if TYPE_CHECKING:
    from briefing_app.core.model import Event
    from briefing_app.graph.network import Network

FONT_UNITS = 12  # a name's size in scene units (see populate)


def populate(scene: QGraphicsScene, net: Network, where: Mapping[str, tuple[float, float]], more: Mapping[str, int],
             colours: Mapping[str, QColor], events: Mapping[str, Event], font: QFont,
             on_hover: Callable[[str], None]) -> tuple[dict[str, NodeItem], list[LinkItem]]:
    """Add the nodes at `where` and the lines between them to `scene`; returns both."""
    font = QFont(font)
    # Sized in scene units, not points, so that names keep their size against the chart on paper too.
    font.setPixelSize(FONT_UNITS)
    grey = QColor(NO_SIDE)
    nodes: dict[str, NodeItem] = {}
    for node_id, (x, y) in where.items():
        node = net.nodes[node_id]
        item = NodeItem(node, colours.get(node.side, grey) if node.side else grey, more.get(node_id, 0), font,
                        date_text(events[node_id].when) if node_id in events and node.kind == "event" else "")
        item.setPos(x, y)
        scene.addItem(item)
        nodes[node_id] = item
    adjacency = net.graph.adj
    pairs = []
    for a in where:
        near = adjacency[a]
        if len(near) <= len(where):
            pairs += [(a, b, data) for b, data in near.items() if a < b and b in where]
        else:  # a hub: look its few drawn neighbours up rather than walk its thousands
            pairs += [(a, b, near[b]) for b in where if a < b and b in near]
    links: list[LinkItem] = []
    for a, b, data in pairs:
        link = LinkItem(a, b, data["links"], net, QPointF(*where[a]), QPointF(*where[b]), on_hover)
        scene.addItem(link)
        links.append(link)
    return nodes, links
