"""Help ▸ Legend and Shortcuts, and File ▸ Open Recent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMenu, QTextBrowser

from briefing_app.ui.window import recent
from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures


def test_the_legend_explains_the_marks_and_lists_every_shortcut(window: MainWindow, qtbot: Any) -> None:
    window.acts.legend_action.trigger()
    dialog = window.findChild(QDialog, "legend")
    assert dialog is not None
    text = dialog.findChild(QTextBrowser).toPlainText()
    for words in ("a filled dot: an event dated to the day", "a ring:", "soft ends", "⚑", "★", "D−4", "1910–1945"):
        assert words in text
    for action in window.actions():  # every key of the window, read from its actions
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in text, action.text()
    assert "back to the briefing date" in text and "the shortest chain of links" in text
    dialog.close()


def test_open_recent_lists_the_files_opened_newest_first(window: MainWindow, write: Callable[..., Path],
                                                        bundled_text: str) -> None:
    first, second = write(bundled_text, "first.yaml"), write(bundled_text, "second.yaml")
    for path in (first, second, first):
        window.open_path(str(path))
    assert recent.recent() == [str(first), str(second)]  # once each, the last opened first
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Open Recent")
    menu.aboutToShow.emit()
    items = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in items[:2]] == ["&1 first.yaml", "&2 second.yaml"] and items[0].toolTip() == str(first)
    items[1].trigger()
    assert window.briefing is not None and window.briefing.path == str(second)
    items[-1].trigger()  # Clear Menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["No recent files"]
