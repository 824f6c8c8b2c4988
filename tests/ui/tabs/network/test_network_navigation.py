"""Moving about the Network chart: a chosen record framed with its links, a ringed match brought into
sight, arrows along links, the shortest chain between two records, and names legible at every zoom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from briefing_app.graph.network import link_line
from briefing_app.ui.tabs.network import navigate
from briefing_app.ui.tabs.network.items import MIN_LABEL_PX, SYMBOL
from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W
from briefing_app.ui.tabs.network.tab import NetworkTab

from tests.ui.tabs.network.test_network_tab import click, tab  # noqa: F401 - fixture


def _seen(tab: NetworkTab) -> Any:
    return tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()


def _footprint(tab: NetworkTab, node: str) -> QRectF:
    """What a reader needs to see of a node: its symbol and the two lines of its name under it."""
    at = tab.nodes[node].pos()
    return QRectF(at.x() - NODE_W / 2, at.y() - SYMBOL - 4, NODE_W, NODE_H)


def test_choosing_a_record_frames_it_with_every_link(tab: NetworkTab) -> None:  # noqa: F811
    net = tab.network
    assert net is not None
    # On opening, the record chosen first (the most connected) is framed with its links, names and all.
    first = tab.current
    assert first is not None
    seen = _seen(tab)
    assert all(seen.contains(_footprint(tab, n)) for n in (first, *(n for n in net.graph[first] if n in tab.nodes)))
    tab.show_node("takehiro-funakoshi")
    seen = _seen(tab)
    linked = [n for n in net.graph["takehiro-funakoshi"] if n in tab.nodes]
    assert linked and all(seen.contains(_footprint(tab, n)) for n in (*linked, "takehiro-funakoshi"))


def test_a_ringed_match_is_scrolled_into_sight(tab: NetworkTab) -> None:  # noqa: F811
    tab.show_node("takehiro-funakoshi")
    far = max(tab.nodes, key=lambda n: (tab.nodes[n].pos() - tab.nodes["takehiro-funakoshi"].pos()).manhattanLength())
    assert not _seen(tab).contains(tab.nodes[far].pos())
    tab.highlight({far})
    assert _seen(tab).contains(tab.nodes[far].pos()) and tab.nodes[far].matched


def test_the_arrow_keys_step_from_node_to_linked_node(tab: NetworkTab, qtbot: Any) -> None:  # noqa: F811
    net = tab.network
    assert net is not None
    tab.show_node("security-policy-consultation-12")
    tab.view.setFocus()
    visited = ["security-policy-consultation-12"]
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
        before = tab.current
        assert before is not None
        qtbot.keyClick(tab.view, key)
        if tab.current != before:
            assert tab.current in net.graph[before]  # always along a link
            visited.append(tab.current)
    assert len(visited) >= 3
    here = tab.nodes["security-policy-consultation-12"].pos()
    left = navigate.step_target(tab.nodes, net, "security-policy-consultation-12", -1, 0)
    assert left is not None and tab.nodes[left].pos().x() < here.x()


def test_ctrl_click_shows_the_shortest_chain_as_links_a_b_gives_it(tab: NetworkTab, qtbot: Any) -> None:  # noqa: F811
    net = tab.network
    assert net is not None
    tab.show_node("takehiro-funakoshi")
    tab.view.centerOn(tab.nodes["yoon-suk-yeol"])
    point = tab.view.mapFromScene(tab.nodes["yoon-suk-yeol"].pos())
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point)
    chain = net.chain("takehiro-funakoshi", "yoon-suk-yeol")
    assert chain
    text = tab.detail.toPlainText()
    for step in chain:  # each step as the command line prints it, sources included
        assert link_line(net, step.link, step.start) in text
    strong = {frozenset(link.ends) for link in tab.link_items if link.pen().color().lightness() < 100}
    assert strong == {frozenset((s.start, s.link.other(s.start))) for s in chain}


def test_names_are_never_drawn_under_nine_pixels(tab: NetworkTab) -> None:  # noqa: F811
    """Seen whole, a name is drawn at least MIN_LABEL_PX high on screen, or not at all."""
    tab.view.fit()
    sizes: list[float] = []
    item = tab.nodes["security-policy-consultation-12"]
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setTransform(tab.view.transform())
    real = painter.drawText

    def spy(*args: Any) -> None:
        sizes.append(painter.font().pixelSize() * tab.view.transform().m11())
        real(*args)

    setattr(painter, "drawText", spy)
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    for node in tab.nodes.values():
        node.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    assert sizes and min(sizes) >= MIN_LABEL_PX - 0.01
    assert item.date == "17 Apr 2023"  # an event's node shows its date


def _drawn_names(tab: NetworkTab) -> list[tuple[str, QRectF]]:
    """Each name as painted at the view's scale: (node, the box of its text in view pixels)."""
    from PySide6.QtGui import QFontMetricsF, QTransform
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    boxes: list[tuple[str, QRectF]] = []
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    real = painter.drawText
    for node_id, node in tab.nodes.items():
        at = node.pos()
        painter.setTransform(QTransform.fromTranslate(at.x(), at.y()) * tab.view.transform())

        def spy(box: QRectF, flags: Any, text: str, node_id: str = node_id) -> None:
            width = QFontMetricsF(painter.font()).horizontalAdvance(text)
            if box.height() > 0 and text and not text.startswith("+"):  # a name, not the "+N more" badge
                inked = QRectF(box.center().x() - width / 2, box.top(), width, box.height())
                boxes.append((node_id, painter.transform().mapRect(inked)))
            real(box, flags, text)

        setattr(painter, "drawText", spy)
        node.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return boxes


def test_seen_whole_no_two_names_overlap_the_chosen_ones_included(tab: NetworkTab) -> None:  # noqa: F811
    """The chosen record's bold name, wider than the others, used to run into its neighbour's."""
    tab.show_node("security-policy-consultation-12")
    tab.highlight({"seo-min-jung"})
    tab.view.fit()
    names = _drawn_names(tab)
    assert len({n for n, _ in names}) > 20
    touching = [(a, b) for i, (a, box) in enumerate(names) for b, other in names[i + 1:]
                if a != b and box.intersects(other)]
    assert not touching
