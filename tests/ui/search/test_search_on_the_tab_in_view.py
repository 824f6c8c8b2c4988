"""A name typed on the Drill, Sources or Network tab shows its result there, without Enter: each tab
says what the search found in it, and the Network rings the node."""

from __future__ import annotations

from typing import Any

from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import DRILL, NETWORK, SOURCES, isolated_settings, window  # noqa: F401 - fixtures


def _type(window: MainWindow, text: str) -> None:
    window.search.setText(text)
    window.flush_search()


def test_a_ship_typed_on_the_drill_tab_is_chosen_there(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(DRILL)
    drill = window.tab("drill")
    _type(window, "benfold")
    assert drill.chosen() == ("vessel", "uss-benfold")
    assert drill.found.isVisible() and drill.found.text() == "Search: 1 ship found."
    _type(window, "funakoshi")  # a person: the Drill says where he is
    assert drill.found.text() == "Search: nothing here; 1 person in the Roster (Enter opens the first)."
    _type(window, "")
    assert not drill.found.isVisible()


def test_a_name_typed_on_the_sources_tab_shows_the_disagreement_about_it(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(SOURCES)
    sources = window.tab("sources")
    _type(window, "min-jeong")
    b = window.briefing
    assert b is not None
    about = {d.id for d in b.discrepancies_for("seo-min-jung")}
    assert sources.found.text() == f"Search: {len(about)} disagreements about what it found; 1 person in the Roster."
    chosen = sources.chosen()
    assert chosen is not None and chosen[1] in about
    assert "Seo Min-jeong" in sources.detail.toPlainText()


def test_a_name_typed_on_the_network_tab_rings_its_node_in_sight(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(NETWORK)
    net = window.tab("network")
    qtbot.waitUntil(lambda: net.network is not None and bool(net.nodes))
    _type(window, "kim ki-yeong")
    item = net.nodes["kim-ki-yeong"]
    assert item.matched
    seen = net.view.mapToScene(net.view.viewport().rect()).boundingRect()
    assert seen.contains(item.pos())
