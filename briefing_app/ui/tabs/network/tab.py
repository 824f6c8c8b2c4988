"""The Network tab: who is linked to whom, through what, on whose word, drawn as a link chart.

A small file is drawn whole, in one picture that stays put; a large one shows the neighbourhood of the
chosen record (two steps, at most NEIGHBOURHOOD nodes). The chosen record's links are drawn dark and its
details, links and sources sit in the pane beside the chart.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPageSize, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.support.log import log
from briefing_app.core.sides import side_colours, side_order
from briefing_app.ui.tabs.network import navigate, output as output
from briefing_app.ui.loading.background import Callbacks, Runner
from briefing_app.ui.shared.common import DetailPane, split
from briefing_app.ui.tabs.network.details import TABBED, node_html
from briefing_app.ui.tabs.network.drawing import populate
from briefing_app.ui.tabs.network.items import LinkItem, NodeItem
from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W, layout, pack
from briefing_app.ui.tabs.network.page_layout import page_layout
from briefing_app.ui.tabs.network.legend import Legend, entries
from briefing_app.ui.tabs.network.view import NetworkView
from briefing_app.ui.shared.paper import default_page, print_or_offer_pdf
from briefing_app.i18n.translation import arg, date_text, number
from briefing_app.ui.tabs.tab import Record, TabPage

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from briefing_app.graph.network import Neighbourhood, Network
    from briefing_app.core.model import Briefing
    from briefing_app.search.fulltext import TextResults
    from briefing_app.search.names import Found
    from briefing_app.ui.loading.build import Loaded

NEIGHBOURHOOD = 200  # nodes drawn at most around the chosen record
# From this many people and events the network is built in the background: about 60 ms of building
# here, seconds for the largest files, which the window must not freeze for.
BACKGROUND_FROM = 2_000
STEPS = 2
SMALLEST = 0.3  # framing a record never goes smaller: names stay on screen (items.py)
READABLE = 0.8  # the smallest scale a chart opens at: names stay legible, the rest is a pan away


class NetworkTab(TabPage):
    """link_activated: a double-click or Enter on a node, or a link in the pane; record_chosen: a click
    on a node (the window selects it in its own tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefing: Briefing | None = None
        self.network: Network | None = None
        self._colours: dict[str, QColor] = {}
        self._sides: tuple[str, ...] = ()
        self._whole = True  # the file is small enough to draw whole
        self._drawn_around: str | None = None  # the centre of the drawn neighbourhood (a large file)
        self._pending: str | None = None  # a node chosen while the tab was hidden
        self.current: str | None = None  # the chosen node
        self._matches: set[str] | None = None
        self._wanted_matches: set[str] | None = None  # the search's ids, kept until the network is built
        self._deferred: tuple[str, str] | None = None  # a record chosen before the network was built
        # The network being built in the background: a build asked for, or a stop, makes any
        # earlier build's result unwanted, and the runner drops it.
        self._runner = Runner(self)
        self.nodes: dict[str, NodeItem] = {}
        self.link_items: list[LinkItem] = []
        self.last_draw_seconds = 0.0

        self.scene = QGraphicsScene(self)
        self.view = NetworkView(self.scene)
        self.legend = Legend()
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.sources_layer = QCheckBox(translate("NetworkTab", "Show &sources as nodes"))
        self.sources_layer.setToolTip(translate("NetworkTab", "Add each source, linked to the events it reports"))
        self.hover = QLabel()
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        self.hover.setWordWrap(True)
        self.hover.setAccessibleName(translate("NetworkTab", "Link under the pointer"))
        self.detail = DetailPane(translate("NetworkTab", "Network details"))
        chart = QWidget()
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.legend)
        chart_layout.addWidget(self.view, 1)
        chart_layout.addWidget(self.hover)
        self.splitter = split(Qt.Orientation.Horizontal, (chart, 3), (self.detail, 2))
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.sources_layer)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(bar)
        layout_.addWidget(self.splitter, 1)
        self.view.node_clicked.connect(self.choose)
        self.view.node_opened.connect(self._open)
        self.view.stepped.connect(lambda dx, dy: navigate.step(self, dx, dy))
        self.view.node_paired.connect(lambda end: navigate.show_chain(self, end))
        self.detail.link_activated.connect(self.link_activated)
        self.sources_layer.toggled.connect(self._toggle_sources)
        self.hover.setText(translate("NetworkTab", "Point at a link to read it; a dashed line is a link the sources disagree on."))

    # The Tab protocol (tab.py)

    def show_briefing(self, loaded: Loaded) -> None:
        self.set_briefing(loaded.briefing)

    def follow_search(self, found: Found | None, text_results: TextResults | None) -> None:
        self.highlight(None if found is None else set(found.people) | found.vessels)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Centre the network on a record chosen elsewhere (a person, event, ship, the exercise or meeting)."""
        if self.network is None:
            self._deferred = (kind, record_id)  # the network is built when the tab is shown
            return True
        node = self.network.node_id(record_id)
        if node is None:
            self.info.setText(arg(translate("NetworkTab", "%1 is not in the network."), record_id))
            return True
        self.show_node(node)
        return True

    def chosen(self) -> Record | None:
        node, net = self.current, self.network
        return (net.nodes[node].kind, net.nodes[node].id) if node is not None and net is not None else None

    def splitters(self) -> dict[str, QSplitter]:
        return {"": self.splitter}

    def stop(self) -> None:
        self._runner.shutdown()

    # What is shown

    def set_briefing(self, b: Briefing) -> None:
        """Show a briefing's network, built when the tab is shown: networkx alone takes half a second
        to import and a large file's network seconds to build, which opening a file must not pay for
        a tab nobody may look at."""
        self.stop_building()
        self._briefing, self.network = b, None
        self._deferred = self.current = self._pending = None  # nothing of the old file is drawn later
        self.scene.clear()
        self.nodes, self.link_items = {}, []
        if self.isVisible():
            self._build(with_sources=self.sources_layer.isChecked())

    def _build(self, with_sources: bool) -> None:
        """Build the network of the briefing shown: at once for a small file, else in the background,
        while the tab says so and the window stays live."""
        b = self._briefing
        assert b is not None
        self.stop_building()
        keep = self.current
        from briefing_app.graph.build import build_graph

        if len(b.events) + len(b.people) < BACKGROUND_FROM:
            self._built(build_graph(b, with_sources=with_sources), keep)
            return
        self.info.setText(translate("NetworkTab", "Building the network…"))
        self._runner.start(lambda checkpoint, _progress: build_graph(b, checkpoint, with_sources), "building the network",
                           Callbacks(done=lambda graph: self._built(cast("Network", graph), keep), failed=self._build_failed))

    @property
    def building(self) -> bool:
        return self._runner.busy

    def stop_building(self) -> None:
        """Cancel a background build: another briefing, or the other sources choice, was asked for.
        Whatever the build still sends is dropped."""
        self._runner.cancel()

    def _build_failed(self, summary: str, _details: str) -> None:
        # The tab tries again when next shown.
        self.info.setText(arg(translate("NetworkTab", "An unexpected error stopped building the network (%1). "
                                                      "The details are in the log."), summary))

    def _built(self, graph: Network, keep: str | None) -> None:
        """Show a network once built; `keep` is the node chosen before (a rebuild with or without sources)."""
        b = self._briefing
        assert b is not None
        deferred, matches = self._deferred, self._wanted_matches
        self._deferred = None
        self._install(b, graph)
        if keep is not None and keep in graph.nodes:
            self.show_node(keep)
        elif deferred is not None:
            self.show_record(*deferred)
        self.highlight(matches)

    def _install(self, b: Briefing, graph: Network) -> None:
        self.network = graph
        self._sides = side_order(b)
        self._colours = {side: QColor(c) for side, c in side_colours(b).items()}
        self._whole = len(graph) <= NEIGHBOURHOOD
        self.current = self._pending = self._drawn_around = None
        self.sources_layer.blockSignals(True)
        self.sources_layer.setChecked(any(n.kind == "source" for n in graph.nodes.values()))
        self.sources_layer.blockSignals(False)
        kinds = {n.kind for n in graph.nodes.values()}
        self.legend.set_items(entries(kinds, side_colours(b)))
        start = graph.most_connected(1)
        if self._whole:
            self._draw_whole()
        self.show_node(start[0][0].id if start else None)

    def _toggle_sources(self, on: bool) -> None:
        """The optional layer: rebuild the network with or without the sources, keeping the choice."""
        if self._briefing is not None:
            self._build(with_sources=on)

    def show_node(self, node: str | None) -> None:
        if node is None:
            self.info.setText(translate("NetworkTab", "This briefing records no links."))
            return
        self.current = node
        if not self.isVisible():  # a hidden tab draws when it is next shown
            self._pending = node
            return
        self._apply(node)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.network is None and self._briefing is not None and not self.building:
            self._build(with_sources=self.sources_layer.isChecked())
        if self._pending is not None:
            node, self._pending = self._pending, None
            self._apply(node)

    def _apply(self, node: str) -> None:
        if not self._whole and (self._drawn_around is None or node not in self.nodes or self.nodes[node].more):
            self._draw_around(node)
        self._mark()
        self._describe(node)
        if node in self.nodes and self.network is not None:  # the record with its links, not half of them cut
            self.view.fit(navigate.frame_rect(self.nodes, self.network, node), SMALLEST)

    def highlight(self, ids: set[str] | None) -> None:
        """Mark the records the search found (None: no search)."""
        self._wanted_matches = ids
        net = self.network
        if net is None or ids is None:
            self._matches = None
        else:
            self._matches = {n for n in (net.node_id(i) for i in ids) if n is not None}
        self._mark()
        navigate.reveal(self.view, self.nodes, self._matches)
        if self.current is not None and self.isVisible():
            self._describe(self.current)

    # Drawing

    def _draw_whole(self) -> None:
        net = self.network
        assert net is not None
        started = time.perf_counter()
        parts = net.parts()
        where = pack([layout(net, hood, self._sides) for hood in parts])
        self._draw(where, {})
        self.last_draw_seconds = time.perf_counter() - started

    def _draw_around(self, centre: str) -> None:
        net = self.network
        assert net is not None
        started = time.perf_counter()
        hood: Neighbourhood = net.neighbourhood(centre, STEPS, NEIGHBOURHOOD)
        self._draw(layout(net, hood, self._sides), hood.more)
        self._drawn_around = centre
        self.last_draw_seconds = time.perf_counter() - started

    def _draw(self, where: dict[str, tuple[float, float]], more: dict[str, int]) -> None:
        net = self.network
        assert net is not None
        self.scene.clear()
        events = self._briefing.event_by_id if self._briefing is not None else {}
        self.nodes, self.link_items = populate(self.scene, net, where, more, self._colours, events, self.font(), self._show_hover)
        xs = [x for x, _ in where.values()] or [0.0]
        ys = [y for _, y in where.values()] or [0.0]
        chart = QRectF(min(xs) - NODE_W / 2, min(ys) - NODE_H / 2, max(xs) - min(xs) + NODE_W, max(ys) - min(ys) + NODE_H)
        # Room around the chart, so that a node at its edge can still be brought to the middle.
        self.scene.setSceneRect(chart.adjusted(-600, -400, 600, 400))
        self.view.fit(chart, READABLE)

    def _mark(self) -> None:
        current, matches = self.current, self._matches or set()
        for node_id, item in self.nodes.items():
            item.set_state(node_id == current, node_id in matches)
        for link in self.link_items:
            link.set_strong(current in link.ends)
        self._update_info()

    def _update_info(self) -> None:
        net = self.network
        if net is None:
            return
        count = len(net)  # lupdate reads the count only from a plain name
        count2 = len(self.link_items)
        parts = [arg(translate("NetworkTab", "%1, %2"), arg(translate("NetworkTab", "%1 of %Ln records drawn", None, count), number(len(self.nodes))),
                      translate("NetworkTab", "%Ln lines", None, count2))]
        if self._whole:
            unlinked = len(net) - len(self.nodes)
            if unlinked:
                parts.append(translate("NetworkTab", "%Ln records with no recorded link are not drawn", None, unlinked))
        else:
            parts.append(arg(translate("NetworkTab", "the neighbourhood of %1 (%2 steps)"), net.nodes[self._drawn_around].label, STEPS) if self._drawn_around else "")
        if self._matches is not None:
            shown = len(self._matches & self.nodes.keys())
            parts.append(arg(translate("NetworkTab", "%1 found by the search, %2 drawn"), len(self._matches), shown))
        self.info.setText(" · ".join(p for p in parts if p))

    def _describe(self, node: str) -> None:
        b, net = self._briefing, self.network
        if b is None or net is None:
            return
        self.detail.show_html(lambda: node_html(b, net, node))

    def _show_hover(self, text: str) -> None:
        self.hover.setText(text or translate("NetworkTab", "Point at a link to read it; a dashed line is a link the sources disagree on."))

    # Choosing in the chart

    def choose(self, node: str) -> None:
        net = self.network
        if net is None:
            return
        self.show_node(node)
        self.record_chosen.emit(net.nodes[node].kind, node)

    def _open(self, node: str) -> None:
        net = self.network
        if net is not None and net.nodes[node].kind in TABBED:
            self.link_activated.emit(net.nodes[node].kind, node)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self._open(self.current)
            return
        super().keyPressEvent(event)

    # Images and paper

    def _title(self) -> str:
        b, net = self._briefing, self.network
        if b is None or net is None:
            return ""
        # The briefing's date beside its title: a chart on paper outlives the window that printed it.
        title = f"{b.title} · {date_text(b.date)}"
        if self._whole or self._drawn_around is None:
            return arg(translate("NetworkTab", "Network — %1"), title)
        return arg(translate("NetworkTab", "Network around %1 — %2"), net.nodes[self._drawn_around].label, title)

    def _legend(self) -> output.LegendItems:
        return self.legend.items

    def paper_scene(self, room: tuple[float, float]) -> QGraphicsScene:
        """The chart as drawn now (the whole file or the neighbourhood shown, the choice and the
        search's rings), laid out again for a page whose chart area is `room` in scene units."""
        net = self.network
        assert net is not None
        around = self._drawn_around or self.current
        hoods = net.parts() if self._whole else [net.neighbourhood(around, STEPS, NEIGHBOURHOOD)] if around else []
        scene = QGraphicsScene()  # the caller's while it paints; no parent, so none piles up under the tab
        events = self._briefing.event_by_id if self._briefing is not None else {}
        more = hoods[0].more if hoods and not self._whole else {}
        nodes, links = populate(scene, net, page_layout(net, hoods, self._sides, room), more, self._colours, events,
                                self.font(), lambda _text: None)
        for node_id, item in nodes.items():
            item.set_state(node_id == self.current, node_id in (self._matches or set()))
        for link in links:
            link.set_strong(self.current in link.ends)
        return scene

    def export_image(self, path: str | None = None) -> str | None:
        """Save the chart as PNG or SVG (by the name's ending); asks where unless `path` is given."""
        b = self._printable()
        if b is None:
            return None
        if path is None:
            suggested = str(Path.home() / f"{Path(b.path).stem}-network.png")
            path, chosen = QFileDialog.getSaveFileName(self, translate("NetworkTab", "Export network image"), suggested,
                                                       translate("NetworkTab", "PNG image (*.png);;SVG image (*.svg)"))
            if not path:
                return None
            if not path.lower().endswith((".png", ".svg")):
                path += ".svg" if "svg" in chosen.lower() else ".png"
        render = output.svg_bytes if path.lower().endswith(".svg") else output.png_bytes
        return self._write(path, lambda: render(self.scene, self._title(), self._legend()), translate("NetworkTab", "Cannot export the network"))

    def export_pdf(self, path: str | None = None) -> str | None:
        b = self._printable()
        if b is None:
            return None
        if path is None:
            suggested = str(Path.home() / f"{Path(b.path).stem}-network.pdf")
            path, _ = QFileDialog.getSaveFileName(self, translate("NetworkTab", "Save network as PDF"), suggested, translate("NetworkTab", "PDF files (*.pdf)"))
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        page = default_page()
        return self._write(path, lambda: output.pdf_bytes(self.paper_scene, self._title(), self._legend(), page),
                           translate("NetworkTab", "Cannot save the network"))

    def _write(self, path: str, render: Callable[[], bytes], failure: str) -> str | None:
        try:
            output.write(path, render)
        except output.WriteError as exc:
            QMessageBox.warning(self, failure, str(exc))
            return None
        log.info("network written to %s", path)
        return path

    def _printable(self) -> Briefing | None:
        """The briefing whose chart can be printed or saved now; None if there is none yet (and if it
        is still being built, the user is told so)."""
        if self._briefing is not None and self.network is None:
            QMessageBox.information(self, translate("NetworkTab", "Network"),
                                    translate("NetworkTab", "The network is still being built. Try again once it is drawn."))
            return None
        return self._briefing

    def print_network(self) -> bool:
        """File ▸ Print Network…: the chart on one page; with no printer installed, offer a PDF."""
        if self._printable() is None:
            return False
        return print_or_offer_pdf(
            self, translate("NetworkTab", "Print network"),
            translate("NetworkTab", "No printer is installed on this computer. Save the network as a PDF instead?"),
            lambda printer: printer.setPageSize(QPageSize(default_page())),
            lambda printer: output.paint_page(printer, self.paper_scene, self._title(), self._legend()),
            lambda: self.export_pdf() is not None)
