"""The Network tab: drawn from the bundled file, following a selection from the Roster and back,
search highlights, disputed links dashed, names as plain text, and the chart written as PNG, SVG and PDF."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage

from briefing_app.reading.loader import load_file, load_text
from briefing_app.core.model import Briefing
from briefing_app.ui.tabs.network.tab import NEIGHBOURHOOD, NetworkTab
from briefing_app.ui.tabs.roster import RosterTab
from briefing_app.ui.shared.tablemodels import ID_ROLE

from tests.conftest import dump, plain_load
from tests.synthetic import make_briefing


@pytest.fixture()
def tab(qtbot: Any, briefing: Briefing) -> NetworkTab:
    widget = NetworkTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_briefing(briefing)
    return widget


def click(qtbot: Any, tab: NetworkTab, node: str, double: bool = False) -> None:
    point = tab.view.mapFromScene(tab.nodes[node].pos())
    tab.view.centerOn(tab.nodes[node])
    point = tab.view.mapFromScene(tab.nodes[node].pos())
    if double:
        qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_bundled_file_is_drawn_whole_with_every_linked_record(tab: NetworkTab) -> None:
    net = tab.network
    assert net is not None
    linked = [n for n in net.nodes if net.graph[n]]
    assert set(tab.nodes) == set(linked)
    assert len(tab.link_items) == net.graph.number_of_edges()
    assert "18 records with no recorded link are not drawn" in tab.info.text()
    assert tab.current == "bmd-drill"  # the most connected record, until one is chosen


def test_a_disputed_link_is_dashed_and_hovering_it_reads_it(tab: NetworkTab) -> None:
    [ando] = [k for k in tab.link_items if set(k.ends) == {"atsushi-ando", "jp-mod-dpb"}]
    [plain] = [k for k in tab.link_items if set(k.ends) == {"kim-ki-yeong", "yulgok-yi-i"}]
    assert ando.pen().style() == Qt.PenStyle.DashLine
    assert plain.pen().style() == Qt.PenStyle.SolidLine
    assert "disputed (ando-title)" in ando.describe() and "[herald-002]" in plain.describe()
    tab._show_hover(ando.text)
    assert tab.hover.text().startswith("Atsushi Ando → Defense Policy Bureau: deputy director-general")


def test_from_the_roster_to_the_network_and_back(qtbot: Any, tab: NetworkTab, briefing: Briefing) -> None:
    roster = RosterTab()
    qtbot.addWidget(roster)
    roster.set_briefing(briefing)
    # The window's wiring: a person chosen in the Roster centres the network on them; a node opened in
    # the network shows the record in its own tab.
    roster.table.selectionModel().currentRowChanged.connect(
        lambda current, _old: current.isValid() and tab.show_record("person", current.data(ID_ROLE)))
    tab.link_activated.connect(lambda kind, rid: kind == "person" and roster.show_person(rid))

    roster.show_person("kim-ki-yeong")
    assert tab.current == "kim-ki-yeong"
    assert tab.nodes["kim-ki-yeong"].centre
    strong = {k.ends for k in tab.link_items if k.pen().color().name() == "#202020"}
    assert strong == {e for e in (k.ends for k in tab.link_items) if "kim-ki-yeong" in e}
    assert "Kim Ki-Yeong" in tab.detail.toPlainText() and "herald-002" in tab.detail.toPlainText()

    with qtbot.waitSignal(tab.record_chosen) as chosen:
        click(qtbot, tab, "yulgok-yi-i")
    assert chosen.args == ["vessel", "yulgok-yi-i"] and tab.current == "yulgok-yi-i"
    assert "belongs to → Republic of Korea Navy" in tab.detail.toPlainText()

    with qtbot.waitSignal(tab.link_activated) as opened:
        click(qtbot, tab, "takehiro-funakoshi", double=True)
    assert opened.args == ["person", "takehiro-funakoshi"]
    index: QModelIndex = roster.table.currentIndex()
    assert index.data(ID_ROLE) == "takehiro-funakoshi"
    assert tab.current == "takehiro-funakoshi"  # and the roster's choice came back to the network


def test_a_record_chosen_while_the_tab_is_hidden_is_drawn_when_it_shows(qtbot: Any, tab: NetworkTab) -> None:
    tab.hide()
    tab.show_record("event", "spc-12")  # the meeting is drawn as its event
    assert tab.current == "security-policy-consultation-12"
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.nodes["security-policy-consultation-12"].centre
    assert "4 links" in tab.detail.toPlainText()


def test_the_search_highlights_the_nodes_it_found(tab: NetworkTab) -> None:
    tab.highlight({"seo-min-jung", "yulgok-yi-i"})
    assert {n for n, item in tab.nodes.items() if item.matched} == {"seo-min-jung", "yulgok-yi-i"}
    assert "2 found by the search, 2 drawn" in tab.info.text()
    tab.highlight(None)
    assert not any(item.matched for item in tab.nodes.values())


def test_a_large_file_shows_the_neighbourhood_of_the_choice_with_more_counts(qtbot: Any) -> None:
    b = load_text(make_briefing(events=3000, people=1500), "large.yaml")
    widget = NetworkTab()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_briefing(b)
    # Built in the background, as the tab says meanwhile; then the chosen record's neighbourhood.
    assert "Building the network" in widget.info.text()
    qtbot.waitUntil(lambda: widget.network is not None, timeout=60_000)
    assert len(widget.nodes) == NEIGHBOURHOOD
    hub = widget.current
    assert hub is not None and widget.nodes[hub].more > 0
    assert "more links not drawn" in widget.nodes[hub].describe()
    widget.show_record("person", "p9")
    assert "p9" in widget.nodes and widget.nodes["p9"].centre and len(widget.nodes) <= NEIGHBOURHOOD
    assert "the neighbourhood of" in widget.info.text()


def test_a_briefing_opened_while_the_last_one_is_built_is_the_one_shown(qtbot: Any, briefing: Briefing) -> None:
    widget = NetworkTab()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_briefing(load_text(make_briefing(events=3000, people=1500), "large.yaml"))
    assert widget.network is None  # still being built
    widget.set_briefing(briefing)  # the bundled file: small, built at once
    qtbot.wait(200)  # time for a stale result to arrive, were the first build not stopped
    assert widget.network is not None and "seo-min-jung" in widget.network.nodes and "p9" not in widget.network.nodes
    assert "seo-min-jung" in widget.nodes


def test_printing_a_network_still_being_built_says_so(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr("briefing_app.ui.tabs.network.tab.QMessageBox.information", lambda _p, _t, text: told.append(text))
    widget = NetworkTab()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_briefing(load_text(make_briefing(events=3000, people=1500), "large.yaml"))
    assert widget.print_network() is False and widget.export_image("unused.png") is None
    assert told and "still being built" in told[0]
    widget.stop_building()


def test_names_from_the_file_are_plain_text(qtbot: Any, write: Callable[..., Path], bundled_text: str) -> None:
    data = plain_load(bundled_text)
    data["people"][0]["names"][0]["text"] = "<b>Bold</b> <img src='x.png'>"
    b = load_file(str(write(dump(data))))
    widget = NetworkTab()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_briefing(b)
    widget.show_record("person", "seo-min-jung")
    item = widget.nodes["seo-min-jung"]
    assert "&lt;b&gt;Bold&lt;/b&gt;" in item.describe() and "<b>Bold" not in item.describe()
    assert "<b>Bold</b>" in widget.detail.toPlainText()


def test_the_chart_exports_as_png_and_svg_and_prints_on_one_page(tab: NetworkTab, tmp_path: Path) -> None:
    png, svg, pdf = tmp_path / "n.png", tmp_path / "n.svg", tmp_path / "n.pdf"
    assert tab.export_image(str(png)) == str(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 1000
    assert tab.export_image(str(svg)) == str(svg)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Yulgok Yi I" in text
    assert tab.export_pdf(str(pdf)) == str(pdf)
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) == 1
    assert "Kim Ki-Yeong" in reader.pages[0].extract_text().replace("\t", " ")  # tabs between words


def test_an_export_that_cannot_be_written_says_so(tab: NetworkTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("briefing_app.ui.tabs.network.tab.QMessageBox.warning", lambda _p, _t, text: warnings.append(text))
    assert tab.export_image(str(tmp_path / "missing" / "n.png")) is None
    assert warnings and "does not exist" in warnings[0]


def test_the_sources_layer_links_each_source_to_the_events_it_reports(tab: NetworkTab) -> None:
    tab.show_record("person", "kim-ki-yeong")
    tab.sources_layer.setChecked(True)
    assert tab.current == "kim-ki-yeong"
    net = tab.network
    assert net is not None and "herald-002" in tab.nodes
    reported = {k.target for k in net.links_of("herald-002") if k.relation == "reports"}
    assert "bmd-exercise-2023-04-17" in reported and "editors-note" not in tab.nodes  # it reports no event
    assert any(text == "source" for _, text, _ in tab.legend.items)
    tab.sources_layer.setChecked(False)
    assert "herald-002" not in tab.nodes


def test_printing_the_network_without_a_printer_saves_a_pdf(tab: NetworkTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    out = tmp_path / "network.pdf"
    asked: list[str] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Save))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    assert tab.print_network() is True
    assert asked and "Save the network as a PDF" in asked[0]
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 1


def test_a_build_finished_for_the_old_file_is_dropped_when_another_opens(qtbot: Any, briefing: Briefing) -> None:
    """The old file's build ends while the tab is hidden and a new file opens before its result
    arrives: the result is dropped, and the tab later shows the new file's network."""
    widget = NetworkTab()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_briefing(load_text(make_briefing(events=3000, people=1500), "large.yaml"))
    assert widget.network is None  # being built in the background
    widget.hide()
    widget._runner.wait()  # the build is over in its thread; its result is on its way to this one
    widget.set_briefing(briefing)  # a new file opens before that result arrives
    qtbot.wait(200)  # the old result arrives now
    assert widget.network is None  # nothing is built for a hidden tab
    widget.show()  # once raised KeyError: the old file's network for the new file's records
    qtbot.waitUntil(lambda: widget.network is not None)
    assert "seo-min-jung" in widget.network.nodes and "p9" not in widget.network.nodes


def test_a_record_chosen_in_the_old_file_while_hidden_is_not_drawn_in_the_new_one(qtbot: Any) -> None:
    """A record chosen while the tab is hidden waits to be drawn when it shows; a file opened in
    between must not leave that wish behind for the new file's network."""
    widget = NetworkTab()
    qtbot.addWidget(widget)
    widget.show()
    old = load_text(make_briefing(events=3000, people=1500), "old.yaml")
    widget.set_briefing(old)
    qtbot.waitUntil(lambda: widget.network is not None, timeout=30_000)
    widget.hide()
    widget.show_record("person", old.people[5].id)  # drawn when the tab shows again
    widget.set_briefing(load_text(make_briefing(events=2500, people=1200), "new.yaml"))
    widget.show()  # once drew the old file's record into the new file's chart, which was not there yet
    qtbot.waitUntil(lambda: widget.network is not None, timeout=30_000)
    assert widget.current is not None and widget.current in widget.network.nodes
