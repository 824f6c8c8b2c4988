"""Loading has one owner: every route refuses a second load, ends in one outcome the user sees, and cancels whole."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing_app.support import resources
from briefing_app.search.names import SearchIndex
from briefing_app.ui.loading import build as loading
from briefing_app.ui.shared import settings
from briefing_app.ui.loading.controller import CANCELLED, FAILED, LOADED
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.run import make_app, open_window

from tests.synthetic import make_briefing
from tests.window_fixtures import column, isolated_settings, window  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def large_text() -> str:
    return make_briefing(events=20_000, people=8_000)


@pytest.fixture()
def large(tmp_path: Path, large_text: str) -> Path:
    """A file large enough to load in the background."""
    path = tmp_path / "large.yaml"
    path.write_text(large_text, encoding="utf-8")
    return path


def outcomes(window: MainWindow) -> list[str]:
    seen: list[str] = []
    window.loads.finished.connect(seen.append)
    return seen


def test_a_second_open_while_loading_is_refused_with_a_message(window: MainWindow, qtbot: Any, large: Path,
                                                               write: Callable[..., Path], bundled_text: str) -> None:
    other = write(bundled_text, "other.yaml")
    seen = outcomes(window)
    assert window.open_path(str(large))
    assert not window.open_path(str(other))  # Open, Reload and drop all come through here
    window.acts.reload_action.trigger()
    assert "Still opening" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.loading, timeout=120_000)
    assert seen == [LOADED]
    assert window.briefing is not None and window.briefing.path == str(large)


def test_searching_while_the_tabs_fill_never_mixes_two_briefings(window: MainWindow, qtbot: Any, large: Path) -> None:
    window.search.setText("funakoshi")  # a name of the bundled briefing, typed before the switch
    window.open_path(str(large))
    # The moment the window holds the new briefing, its tabs are still being filled one per turn.
    qtbot.waitUntil(lambda: window.briefing is not None and window.briefing.path == str(large), timeout=120_000)
    assert window.loading
    window.search.setText("kim")
    window.flush_search()
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    names = column(window.tab("roster").table, 0)
    assert names and all("kim" in n.lower().replace("-", "") for n in names[:50])
    assert window.match_label.text().endswith(" people · all words")


def test_a_large_last_file_loads_in_the_background_at_start_up(qtbot: Any, large: Path) -> None:
    settings.write(settings.LAST_FILE, str(large))
    make_app([])
    w = open_window(None)
    qtbot.addWidget(w)
    assert w.loading and w.loads.progress_dialog is not None  # the window is not frozen while it reads
    qtbot.waitUntil(lambda: not w.loading, timeout=120_000)
    assert w.briefing is not None and w.briefing.path == str(large)


def test_a_bug_in_the_load_is_shown_with_details_not_lost(window: MainWindow, qtbot: Any, large: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> SearchIndex:
        raise MemoryError()

    monkeypatch.setattr("briefing_app.search.names.SearchIndex", broken)  # built with the data in the thread
    seen = outcomes(window)
    window.open_path(str(large))
    qtbot.waitUntil(lambda: not window.loading, timeout=120_000)
    assert seen == [FAILED]
    box = window.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "MemoryError" in box.informativeText() and "Traceback" in box.detailedText()
    assert window.briefing is not None and resources.is_bundled(window.briefing.path)
    box.close()


def test_a_bug_in_a_small_load_is_shown_too(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                            write: Callable[..., Path], bundled_text: str) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(loading.TimelineData, "of", broken)
    seen = outcomes(window)
    window.open_path(str(write(bundled_text, "small.yaml")))
    assert seen == [FAILED]
    assert window.error_box is not None and "RuntimeError: a bug" in window.error_box.informativeText()
    assert window.briefing is not None and resources.is_bundled(window.briefing.path)
    window.error_box.close()


def test_cancel_stops_the_index_build_too(window: MainWindow, qtbot: Any, large: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reached, go_on = threading.Event(), threading.Event()
    built: list[bool] = []

    class SlowIndex(SearchIndex):
        def __init__(self, *args: Any) -> None:
            reached.set()
            go_on.wait(30)
            super().__init__(*args)
            built.append(True)

    monkeypatch.setattr("briefing_app.search.names.SearchIndex", SlowIndex)
    seen = outcomes(window)
    window.open_path(str(large))
    qtbot.waitUntil(reached.is_set, timeout=120_000)  # the parse is over: the index is being built
    window.cancel_loading()
    go_on.set()
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    assert seen == [CANCELLED] and built == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.briefing is not None and resources.is_bundled(window.briefing.path)


def test_the_bundled_briefing_is_named_not_located(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    folder = resources.resource_folder()
    assert window.summary.text().startswith("the bundled briefing — ")
    window.acts.about_action.trigger()
    about = window.findChild(QMessageBox, "about-box")
    assert about is not None and "the bundled briefing" in about.text() and folder not in about.text()
    about.close()
    other = write(bundled_text, "mine.yaml")
    window.open_path(str(other))
    assert window.summary.text().startswith(str(other))
    assert settings.read(settings.LAST_FILE) == str(other)
    window.acts.open_bundled_action.trigger()
    assert window.briefing is not None and resources.is_bundled(window.briefing.path)
    assert settings.read(settings.LAST_FILE) == ""
