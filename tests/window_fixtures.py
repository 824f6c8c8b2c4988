"""Fixtures for tests of the window: settings kept in a temporary folder, a window on the bundled briefing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from briefing_app.ui.run import make_app, open_window
from briefing_app.ui.shared import settings
from briefing_app.ui.tabs.pages import TABS
from briefing_app.ui.window.main_window import MainWindow

# Where each tab stands in the tab bar, read from the one list of tabs.
TIMELINE, ROSTER, DRILL, SOURCES, NETWORK = (next(n for n, spec in enumerate(TABS) if spec.name == name)
                                             for name in ("timeline", "roster", "drill", "sources", "network"))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    # The tests read the English interface whatever the machine's language (test_i18n chooses others).
    settings.write(settings.LANGUAGE, "en")
    yield


def shown_window(qtbot: Any) -> MainWindow:
    """The window as the app opens it, shown on screen."""
    make_app([])
    w = open_window(None)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture()
def window(qtbot: Any) -> MainWindow:
    return shown_window(qtbot)


def column(view: Any, number: int) -> list[str]:
    """The texts of one column of a table view, top to bottom, as shown."""
    model = view.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]
