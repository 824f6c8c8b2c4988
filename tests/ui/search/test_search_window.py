"""The search as the window uses it: the Text scope, Exact Names Only remembered, a ship's name, how a person matched."""

from __future__ import annotations

from typing import Any

from briefing_app.ui.shared import settings
from tests.window_fixtures import DRILL, ROSTER, SOURCES, TIMELINE
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.run import make_app, open_window
from briefing_app.ui.search.search_bar import TEXT

from tests.window_fixtures import column, isolated_settings, window  # noqa: F401 - fixtures


def test_the_text_scope_filters_the_timeline_and_lists_each_passage(window: MainWindow, qtbot: Any) -> None:
    window.search_bar.set_scope(TEXT)
    window.search.setText("Hwasong")
    window.flush_search()
    assert column(window.tab("timeline").table, 1) == ["North Korea's first test launch of the Hwasong-18"]
    dock = window.text_dock
    assert dock.isVisible()
    results = dock.widget()
    assert results.topLevelItemCount() >= 1
    kinds = {results.topLevelItem(i).text(0) for i in range(results.topLevelItemCount())}
    assert kinds  # each hit says what kind of text it is
    first = results.topLevelItem(0)
    results.itemActivated.emit(first, 0)
    assert window.tabs.currentIndex() in (TIMELINE, ROSTER, DRILL, SOURCES)
    window.search.clear()
    window.flush_search()
    assert window.tab("timeline").count.text() == "26 events" and not dock.isVisible()


def test_exact_names_only_is_remembered(qtbot: Any) -> None:
    make_app([])
    first = open_window(None)
    qtbot.addWidget(first)
    first.search.setText("Funakosi")
    assert first.tab("roster").model.rowCount() == 1  # a close spelling finds him
    first.search_bar.exact_action.trigger()
    assert first.tab("roster").model.rowCount() == 0
    assert settings.read(settings.EXACT_NAMES) is True
    first.close()
    second = open_window(None)
    qtbot.addWidget(second)
    assert second.search_bar.exact_action.isChecked()


def test_a_ship_s_name_opens_the_drill_with_the_ship_selected(window: MainWindow) -> None:
    window.search.setText("benfold")
    window.flush_search()
    assert window.tabs.currentIndex() == DRILL
    assert window.tab("drill").table.currentIndex().data() == "USS Benfold"
    assert "ship" in window.match_label.text() and "match" not in window.match_label.text()


def test_the_roster_says_how_a_person_was_found(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    window.search.setText("Suh Min-jung")
    assert column(window.tab("roster").table, 0)[0].startswith("Seo Min-jung")
    assert "spelling variant" in window.tab("roster").detail.toPlainText().splitlines()[0]
