"""The window and its dialogs on a small screen, and the status bar's summary that stays."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.ui.run import make_app, open_window
from briefing_app.ui.window import printing, screen_fit
from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures

SMALL = QRect(0, 0, 1024, 700 - 28)  # a 1024×700 screen with a panel


@pytest.fixture()
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: QRect(SMALL))
    return SMALL


def _inside(widget: QWidget, area: QRect) -> bool:
    frame = widget.frameGeometry()
    return frame.width() <= area.width() and frame.height() <= area.height() and area.contains(frame)


def test_the_first_window_fits_a_small_screen(small_screen: QRect, qtbot: Any) -> None:
    make_app([])
    w = open_window(None)  # fresh settings: the first start
    qtbot.addWidget(w)
    assert w.width() <= small_screen.width() - screen_fit.FRAME_WIDTH
    assert w.height() <= small_screen.height() - screen_fit.FRAME_HEIGHT
    w.show()
    qtbot.waitExposed(w)
    assert _inside(w, small_screen)


def test_a_large_screen_keeps_the_first_size(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: QRect(0, 0, 2560, 1400))
    make_app([])
    w = open_window(None)
    qtbot.addWidget(w)
    assert (w.width(), w.height()) == (1280, 800)


def test_the_print_preview_fits_a_small_screen(small_screen: QRect, window: MainWindow, qtbot: Any) -> None:
    dialog = printing.preview_brief(window, window.briefing)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.height() <= small_screen.height() - screen_fit.FRAME_HEIGHT and _inside(dialog, small_screen)
    dialog.close()


def test_the_summary_stays_in_the_status_bar_when_a_menu_passes_over_it(window: MainWindow, qtbot: Any) -> None:
    summary = window.summary
    assert summary.text().startswith(f"the bundled briefing — 11 people, {len(window.briefing.events)} events")
    # What a menu does as the pointer passes over its items: each one's tip, then an empty one.
    for tip in ("Open a briefing file", ""):
        QApplication.sendEvent(window.menuBar(), QStatusTipEvent(tip))
    window.statusBar().showMessage("Saved something", 10)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
    assert summary.isVisible() and summary.text().startswith(f"the bundled briefing — 11 people, {len(window.briefing.events)} events")


def test_the_legend_fits_a_small_screen(small_screen: QRect, window: MainWindow, qtbot: Any) -> None:
    """Help ▸ Legend and Shortcuts is a long text: it scrolls inside the screen rather than running off it."""
    from PySide6.QtWidgets import QDialog

    window.acts.legend_action.trigger()
    dialog = window.findChild(QDialog, "legend")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.height() <= small_screen.height() - screen_fit.FRAME_HEIGHT and _inside(dialog, small_screen)
    dialog.close()
