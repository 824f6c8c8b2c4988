"""Tabs are built when first wanted: the user never sees the difference. A tab built late shows the open
briefing, as the search filters it; links, reloads, exports and saved sizes work with tabs never shown;
at start-up the tab in sight shows the briefing first and the rest follows, a load still running until then."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog

from briefing_app.ui.shared import settings
from tests.window_fixtures import DRILL, NETWORK, ROSTER, SOURCES, TIMELINE
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.run import launch, make_app, open_window

from tests.window_fixtures import column, isolated_settings, shown_window, window  # noqa: F401 - fixtures


def started_on(tab: int, qtbot: Any) -> MainWindow:
    """A window as the user left it last time: on `tab`."""
    settings.write(settings.TAB, tab)
    return shown_window(qtbot)


def test_only_the_tab_in_sight_is_built_and_a_tab_is_built_showing_the_briefing_when_chosen(window: MainWindow) -> None:
    assert window.tabs.currentIndex() == TIMELINE
    assert [window.is_built(n) for n in range(5)] == [True, False, False, False, False]
    assert len(column(window.tab("timeline").table, 0)) == len(window.briefing.events)
    window.tabs.setCurrentIndex(ROSTER)  # as a click on the tab does
    assert window.is_built(ROSTER) and window.tabs.currentWidget() is window.tab("roster")
    assert "Takehiro Funakoshi ⚑" in column(window.tab("roster").table, 0)
    assert window.tab("roster").detail.toPlainText()  # the first person is described, not an empty pane
    window.tabs.setCurrentIndex(SOURCES)
    assert column(window.tab("sources").sources, 0)[0] == "jiji-000"
    # Titles and their mnemonics stay where they were.
    assert [window.tabs.tabText(i) for i in range(5)] == ["&Timeline", "&Roster", "&Drill", "&Sources", "&Network"]


def test_a_link_from_the_roster_to_an_event_works_when_the_timeline_was_never_shown(qtbot: Any) -> None:
    w = started_on(ROSTER, qtbot)
    assert not w.is_built(TIMELINE)
    w.tab("roster").detail.link_activated.emit("event", "security-policy-consultation-12")
    assert w.tabs.currentIndex() == TIMELINE
    current = w.tab("timeline").table.currentIndex()
    assert current.isValid() and "Security Policy Consultation" in w.tab("timeline").detail.toPlainText()


def test_a_tab_built_after_a_search_shows_only_what_the_search_found(window: MainWindow, qtbot: Any) -> None:
    window.search.setText("funakoshi")
    window.flush_search()
    assert not window.is_built(ROSTER)
    window.tabs.setCurrentIndex(ROSTER)
    assert column(window.tab("roster").table, 0) == ["Takehiro Funakoshi ⚑"]
    window.search.setText("benfold")
    window.flush_search()  # a ship only: the Drill tab, never shown, shows it chosen
    assert window.tabs.currentIndex() == DRILL
    rows = window.tab("drill").table.selectionModel().selectedRows()
    assert [r.data() for r in rows] == ["USS Benfold"]


def test_opening_another_file_reaches_tabs_built_and_never_built(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    window.tabs.setCurrentIndex(TIMELINE)  # the roster is built, and out of sight
    path = write(bundled_text.replace("Hirokazu Matsuno", "Hirokazu Matsuno-test").replace("USS Benfold", "USS Benfold-test"), "other.yaml")
    assert window.open_path(str(path))
    assert "Hirokazu Matsuno-test" in column(window.tab("roster").table, 0)
    assert not window.is_built(DRILL)
    assert "USS Benfold-test" in column(window.tab("drill").table, 0)
    path.write_text(bundled_text, encoding="utf-8")
    window.acts.reload_action.trigger()
    window.tabs.setCurrentIndex(ROSTER)
    assert "Hirokazu Matsuno" in column(window.tab("roster").table, 0) and "Hirokazu Matsuno-test" not in column(window.tab("roster").table, 0)


def test_export_timeline_from_another_tab_when_the_timeline_was_never_shown(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = started_on(SOURCES, qtbot)
    assert not w.is_built(TIMELINE)
    target = tmp_path / "whole"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PNG image, whole timeline (*.png)")))
    w.acts.export_timeline_action.trigger()
    image = QImage(str(tmp_path / "whole.png"))
    assert not image.isNull() and image.width() > 200 and image.height() > 100


def test_print_table_and_copy_with_sources_on_a_tab_first_shown_by_its_shortcut(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    w = started_on(NETWORK, qtbot)
    w.acts.tab_actions[DRILL].trigger()  # Ctrl+3
    assert w.tabs.currentIndex() == DRILL
    w.tab("drill").show_vessel("uss-benfold")
    w.acts.copy_cited_action.trigger()
    assert w.statusBar().currentMessage() == "Copied with its sources."
    assert "USS Benfold" in QGuiApplication.clipboard().text()
    printed: list[str] = []
    monkeypatch.setattr("briefing_app.ui.shared.table_printing.print_table", lambda _w, view, title: printed.append(view.accessibleName()))
    w.acts.print_table_action.trigger()
    assert printed == ["Vessels"]


def test_splitter_sizes_of_a_tab_not_built_in_a_session_are_kept(qtbot: Any) -> None:
    first = started_on(TIMELINE, qtbot)
    first.tabs.setCurrentIndex(ROSTER)
    first.tab("roster").splitter.setSizes([300, 700])
    sizes = first.tab("roster").splitter.sizes()
    first.tabs.setCurrentIndex(TIMELINE)
    first.close()
    second = started_on(TIMELINE, qtbot)
    assert not second.is_built(ROSTER)
    second.close()  # the roster was never built: its saved sizes stay as they were
    third = started_on(TIMELINE, qtbot)
    third.tabs.setCurrentIndex(ROSTER)
    qtbot.wait(50)
    now = third.tab("roster").splitter.sizes()  # the window may open at another size: the split is what is kept
    assert abs(now[0] / sum(now) - sizes[0] / sum(sizes)) < 0.02


def test_at_start_up_the_tab_in_sight_shows_the_briefing_first_and_the_load_ends_after_the_rest(qtbot: Any, write: Callable[..., Path], bundled_text: str) -> None:
    make_app([])
    w = launch(None)  # as `briefing-app` starts: the window shows, the load waits for the event loop
    qtbot.addWidget(w)
    assert w.isVisible() and w.briefing is None and not w.is_built(TIMELINE)
    assert not gc.isenabled()  # start-up keeps nearly all it makes: the collector waits (support/collector.py)
    qtbot.waitUntil(lambda: not w.loading and w.briefing is not None)
    assert gc.isenabled()  # and runs again once the briefing is shown: a long session frees its cycles
    assert len(column(w.tab("timeline").table, 0)) == len(w.briefing.events)
    assert [w.is_built(n) for n in range(5)] == [True, False, False, False, False]
    w.search.setText("funakoshi")  # the search indexes came after the first tab: they answer now
    assert w.match_label.text()
    w.tabs.setCurrentIndex(ROSTER)
    assert column(w.tab("roster").table, 0) == ["Takehiro Funakoshi ⚑"]


def test_a_staged_start_holds_the_load_until_the_search_can_answer(window: MainWindow, write: Callable[..., Path], bundled_text: str, qtbot: Any) -> None:
    finished: list[str] = []
    window.loads.finished.connect(finished.append)
    window.open_at_start(str(write(bundled_text.replace("Hirokazu Matsuno", "Hirokazu Matsuno-test"), "first.yaml")), staged=True)
    # The first step has run: the tab in sight shows the file the window holds ...
    assert window.briefing.path.endswith("first.yaml")
    assert window.tab("timeline").model.rowCount() == len(window.briefing.events)
    # ... and the load runs on: another Open waits, and says so.
    assert window.loading and finished == []
    assert not window.open_path(str(write(bundled_text, "other.yaml")))
    assert "Still opening" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.loading)
    assert finished == ["loaded"] and window.briefing.path.endswith("first.yaml")
    window.search.setText("matsuno-test")
    window.tabs.setCurrentIndex(ROSTER)
    assert column(window.tab("roster").table, 0) == ["Hirokazu Matsuno-test"]


def test_a_staged_load_never_leaves_a_tab_on_the_old_briefing(window: MainWindow, qtbot: Any, write: Callable[..., Path], bundled_text: str) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    window.tabs.setCurrentIndex(TIMELINE)  # the roster is built and out of sight
    path = write(bundled_text.replace("Hirokazu Matsuno", "Hirokazu Matsuno-test"), "other.yaml")
    assert window.loads.open(str(path), staged=True)
    assert window.briefing.path == str(path) and window.loading  # the first step ran: the rest waits its turn
    # Whoever asks for the roster before its turn gets it showing the new file.
    assert "Hirokazu Matsuno-test" in column(window.tab("roster").table, 0)
    qtbot.waitUntil(lambda: not window.loading)
    assert "Hirokazu Matsuno-test" in column(window.tab("roster").table, 0)


def test_a_bug_while_filling_the_window_ends_the_load_with_its_details(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                                        write: Callable[..., Path], bundled_text: str) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the index")

    monkeypatch.setattr("briefing_app.search.names.SearchIndex", broken)  # a small file's index is built once its tab shows
    finished: list[str] = []
    window.loads.finished.connect(finished.append)
    window.open_path(str(write(bundled_text, "small.yaml")))
    assert finished == ["failed"] and not window.loading  # the next Open is not refused for ever
    box = window.error_box
    assert box is not None and "RuntimeError: a bug in the index" in box.informativeText() and "Traceback" in box.detailedText()
    box.close()


def test_a_tab_whose_filling_failed_is_filled_again_when_next_wanted(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.ui.tabs.roster import RosterTab

    real = RosterTab.set_briefing
    calls: list[int] = []

    def broken_once(self: RosterTab, briefing: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug while filling")
        real(self, briefing)

    monkeypatch.setattr(RosterTab, "set_briefing", broken_once)
    with pytest.raises(RuntimeError):
        window.tab("roster")  # noqa: B018 - building and filling the tab is the point
    assert window.briefing is not None
    assert window.tab("roster").model.rowCount() == len(window.briefing.people)  # not left half-filled for good
    assert len(calls) == 2


def test_when_nothing_can_be_opened_the_tab_in_sight_is_built_empty(qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("briefing_app.support.resources.bundled_briefing", lambda: tmp_path / "missing.yaml")
    make_app([])
    w = open_window(str(tmp_path / "also-missing.yaml"))
    qtbot.addWidget(w)
    assert w.briefing is None and w.is_built(TIMELINE)
    assert w.tab("timeline").model.rowCount() == 0 and w.tabs.currentWidget() is w.tab("timeline")
    if w.error_box is not None:
        w.error_box.close()


def visible_focus_chain(w: MainWindow) -> list[str]:
    """The controls Tab visits, in order, from the window round to it."""
    from PySide6.QtCore import Qt

    seen, widget = [], w.nextInFocusChain()
    while widget is not w:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            seen.append(f"{type(widget).__name__}:{widget.objectName() or widget.accessibleName()}")
        widget = widget.nextInFocusChain()
    return seen


@pytest.mark.parametrize("tab", [ROSTER, SOURCES, NETWORK])
def test_tab_visits_a_tab_built_later_in_the_same_order_as_one_built_at_start(qtbot: Any, tab: int) -> None:
    at_start = started_on(tab, qtbot)
    expected = visible_focus_chain(at_start)
    at_start.close()
    later = started_on(TIMELINE, qtbot)
    later.tabs.setCurrentIndex(tab)
    assert visible_focus_chain(later) == expected
    # The tab bar, then the tab's own controls, then the search in the toolbar.
    assert expected.index("QTabBar:qt_tabwidget_tabbar") < len(expected) - 3 and expected[-2:] == ["SearchField:search", "QComboBox:search-scope"]
