"""Keyboard and small screens: Tab moves between controls, links open with Enter, key columns stay in view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from tests.window_fixtures import ROSTER, SOURCES
from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures


def test_tab_leaves_a_table_at_once(window: MainWindow, qtbot: Any) -> None:
    table = window.tab("timeline").table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    for tab in (window.tab("timeline"), window.tab("roster"), window.tab("drill"), window.tab("sources")):
        for view in tab.findChildren(QTableView):
            assert not view.tabKeyNavigation()


def test_links_in_a_detail_pane_are_reached_with_tab_and_opened_with_enter(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    window.tab("roster").show_person("atsushi-ando")
    pane = window.tab("roster").detail
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.hasFocus() and pane.textCursor().hasSelection()  # the first link is focused
    link = pane.textCursor().charFormat().anchorHref()
    assert link.startswith("source:")  # the first link: the source of the first name form
    with qtbot.waitSignal(pane.link_activated):
        qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == SOURCES
    assert window.tab("sources").sources.currentIndex().data() == link.partition(":")[2]


def test_every_tab_shows_its_key_column_at_1024_by_700(window: MainWindow, qtbot: Any) -> None:
    window.resize(1024, 700)
    for n, tab in enumerate((window.tab("timeline"), window.tab("roster"), window.tab("drill"), window.tab("sources"))):
        window.tabs.setCurrentIndex(n)
        QApplication.processEvents()
        for view in tab.findChildren(QTableView):
            view.setFocus()
            view.setCurrentIndex(view.model().index(0, 0))
            for _ in range(4):  # tabbing on through the window must not scroll the key column away
                qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
            QApplication.processEvents()
            key = 1 if view is window.tab("timeline").table else 0  # the event's title; a date alone says little
            left = view.columnViewportPosition(key)
            assert left >= 0 and left + min(view.columnWidth(key), 120) <= view.viewport().width(), view.objectName()


def test_the_tag_filter_shows_its_longest_label_when_the_window_showed_first(qtbot: Any) -> None:
    from briefing_app.ui.run import launch, make_app

    make_app([])
    w = launch(None)  # as the app starts: the window shows empty, the data arrives a moment later
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.briefing is not None and not w.loading)
    w.resize(1024, 700)
    QApplication.processEvents()
    combo = w.tab("timeline").tag_filter
    longest = max((combo.itemText(i) for i in range(combo.count())), key=combo.fontMetrics().horizontalAdvance)
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(longest) + 20
