"""Moving about the chart: framing a record with its links, bringing a search match into sight,
stepping along a link with the arrow keys, and the shortest chain between two records."""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF

from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W

if TYPE_CHECKING:
    from briefing_app.graph.network import Network, Step
    from briefing_app.ui.tabs.network.items import NodeItem
    from briefing_app.ui.tabs.network.tab import NetworkTab
    from briefing_app.ui.tabs.network.view import NetworkView

translate = QCoreApplication.translate

WIDEST_TURN = math.radians(70)  # an arrow reaches a linked node up to this far off its direction


def frame_rect(nodes: dict[str, NodeItem], net: Network, node: str) -> QRectF:
    """The record and every drawn node it links to, with room for their names."""
    points = [nodes[n].pos() for n in (node, *net.graph[node]) if n in nodes]
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    return QRectF(min(xs) - NODE_W / 2, min(ys) - NODE_H / 2, max(xs) - min(xs) + NODE_W, max(ys) - min(ys) + NODE_H * 1.5)


def reveal(view: NetworkView, nodes: dict[str, NodeItem], matches: set[str] | None) -> None:
    """Scroll the first ringed match into sight when none is in sight already."""
    drawn = sorted(m for m in matches or () if m in nodes)
    if not drawn:
        return
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    if not any(seen.contains(nodes[m].pos()) for m in drawn):
        view.centerOn(nodes[drawn[0]])


def step_target(nodes: dict[str, NodeItem], net: Network, current: str, dx: int, dy: int) -> str | None:
    """The linked node an arrow key leads to: the nearest drawn neighbour whose direction is closest
    to the arrow's (within WIDEST_TURN)."""
    here = nodes[current].pos()
    best: tuple[float, str] | None = None
    for n in net.graph[current]:
        if n not in nodes:
            continue
        vx, vy = nodes[n].pos().x() - here.x(), nodes[n].pos().y() - here.y()
        length = math.hypot(vx, vy)
        if length == 0:
            continue
        turn = math.acos(max(-1.0, min(1.0, (vx * dx + vy * dy) / length)))
        if turn <= WIDEST_TURN:
            score = (1 + 2 * turn) * length
            if best is None or (score, n) < best:
                best = (score, n)
    return best[1] if best else None


def chain_html(net: Network, start: str, end: str, chain: list[Step] | None) -> str:
    """The shortest chain of links from one record to another, each step with its sources, as the
    command line's `links A B` gives it."""
    from briefing_app.graph.network import describe, link_line

    head = arg2(translate("NetworkNavigate", "From %1 to %2"), describe(net, start), describe(net, end))
    if chain is None:
        return f"<h3>{escape(head)}</h3><p>" + escape(translate("NetworkNavigate", "No chain of links leads from one to the other.")) + "</p>"
    steps = "".join(f"<li>{escape(link_line(net, step.link, step.start))}</li>" for step in chain)
    count = len(chain)  # lupdate reads the count only from a plain name
    return (f"<h3>{escape(head)}</h3><p>" + escape(translate("NetworkNavigate", "The shortest chain: %Ln links", None, count))
            + f"</p><ol>{steps}</ol>")


def arg2(text: str, first: str, second: str) -> str:
    from briefing_app.i18n.translation import arg

    return arg(text, first, second)


def step(tab: NetworkTab, dx: int, dy: int) -> None:
    """An arrow key: choose the linked node that way, as a click would."""
    if tab.network is not None and tab.current in tab.nodes:
        target = step_target(tab.nodes, tab.network, tab.current, dx, dy)
        if target is not None:
            tab.choose(target)


def show_chain(tab: NetworkTab, end: str) -> None:
    """Ctrl+click: the shortest chain of links from the chosen node to `end`, drawn dark, listed with its sources."""
    net, start = tab.network, tab.current
    if net is None or start is None or end == start:
        return
    chain = net.chain(start, end)
    on_chain = {frozenset((s.start, s.link.other(s.start))) for s in chain or ()}
    for link in tab.link_items:
        link.set_strong(frozenset(link.ends) in on_chain)
    tab.detail.show_html(lambda: chain_html(net, start, end, chain))
