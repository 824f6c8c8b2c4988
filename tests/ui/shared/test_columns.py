"""The key columns get the width, headings are not cut, and a cell shortened with "…" shows its whole
text when pointed at."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import ROSTER, SOURCES, isolated_settings, window  # noqa: F401 - fixtures


def _width_of(table: QTableView, heading: str) -> int:
    model = table.model()
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == heading)
    return table.columnWidth(column)


def test_the_roster_gives_role_and_organization_the_width_not_side(window: MainWindow, qtbot: Any) -> None:
    window.resize(1000, 680)
    window.tabs.setCurrentIndex(ROSTER)
    table = window.tab("roster").table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    assert _width_of(table, "Side") < 140
    assert _width_of(table, "Role") > _width_of(table, "Side") and _width_of(table, "Organization") >= 200


def test_the_sources_tab_does_not_cut_preferred_version(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(SOURCES)
    table = window.tab("sources").discrepancies
    header = table.horizontalHeader()
    for heading in ("Preferred version", "Kind"):
        assert _width_of(table, heading) >= header.fontMetrics().horizontalAdvance(heading) + 12
    assert _width_of(table, "Preferred version") > _width_of(table, "Kind")


def test_an_elided_cell_shows_its_whole_text_as_a_tooltip(window: MainWindow, qtbot: Any, monkeypatch: Any) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    table = window.tab("roster").table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda pos, text, *a: shown.append(text)))
    monkeypatch.setattr(QToolTip, "hideText", staticmethod(lambda: None))
    model = table.model()
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Organization")
    table.horizontalHeader().resizeSection(column, 60)
    index = model.index(0, column)
    whole = index.data()
    assert table.fontMetrics().horizontalAdvance(whole) > 60
    rect = table.visualRect(index)
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())))
    assert shown and whole in shown[-1].replace("&amp;", "&").replace("&#x27;", "'")
    table.horizontalHeader().resizeSection(column, 600)  # with room: nothing to show
    short = index
    shown.clear()
    rect = table.visualRect(short)
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, rect.center(), QPoint()))
    assert not shown or short.data() not in shown[-1]
