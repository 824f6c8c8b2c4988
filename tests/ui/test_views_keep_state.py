"""Views keep their state: one model per view across reloads, selection kept by sorting, search and filters agree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.window_fixtures import ROSTER, TIMELINE
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.shared.tablemodels import ID_ROLE

from tests.window_fixtures import column, isolated_settings, window  # noqa: F401 - fixtures


def test_reloading_keeps_one_model_and_one_selection_model_per_view(window: MainWindow) -> None:
    models = [window.tab("roster").table.model(), window.tab("timeline").table.model(), window.tab("drill").table.model()]
    before = len(window.findChildren(QItemSelectionModel))  # counted once the tabs are built: each is built when first wanted
    for _ in range(10):
        window.acts.reload_action.trigger()
    assert len(window.findChildren(QItemSelectionModel)) == before
    assert [window.tab("roster").table.model(), window.tab("timeline").table.model(), window.tab("drill").table.model()] == models
    assert len(column(window.tab("roster").table, 0)) == 11


def test_sorting_keeps_the_chosen_person_selected_and_described(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    tab = window.tab("roster")
    tab.show_person("atsushi-ando")
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    rows = tab.table.selectionModel().selectedRows()
    assert [r.data(ID_ROLE) for r in rows] == ["atsushi-ando"]
    assert tab.table.currentIndex().data(ID_ROLE) == "atsushi-ando"
    assert tab.detail.toPlainText().startswith("Atsushi Ando")
    assert column(tab.table, 0) == sorted(column(tab.table, 0), reverse=True)


def test_a_link_to_someone_the_search_hides_clears_the_search(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window.search, "funakoshi")
    assert window.match_label.text() == "1 person · all words"
    window.tab("timeline").detail.link_activated.emit("person", "atsushi-ando")
    assert window.tabs.currentIndex() == ROSTER
    assert window.search.text() == "" and window.match_label.text() == ""
    assert len(column(window.tab("roster").table, 0)) == 11
    assert window.tab("roster").detail.toPlainText().startswith("Atsushi Ando")


def test_a_link_to_a_person_the_search_shows_keeps_the_search(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window.search, "funakoshi")
    window.tab("timeline").detail.link_activated.emit("person", "takehiro-funakoshi")
    assert window.search.text() == "funakoshi"
    assert column(window.tab("roster").table, 0) == ["Takehiro Funakoshi ⚑"]


def test_a_link_to_an_event_the_search_hides_clears_the_search(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window.search, "funakoshi")
    window.flush_search()
    window.tab("roster").detail.link_activated.emit("event", "hwasong-18-test")
    assert window.tabs.currentIndex() == TIMELINE
    assert window.search.text() == ""
    assert "Hwasong-18" in window.tab("timeline").detail.toPlainText()
    assert window.tab("timeline").count.text() == "26 events"
