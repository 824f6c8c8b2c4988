"""File ▸ Open Recent: the briefing files opened last, newest first, kept in the settings."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.ui.shared import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from briefing_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate

MOST = 8


def recent() -> list[str]:
    return [p for p in settings.read(settings.RECENT_FILES).split("\n") if p]


def remember(path: str) -> None:
    """Put `path` first (once) in the list."""
    paths = [path, *(p for p in recent() if p != path)][:MOST]
    settings.write(settings.RECENT_FILES, "\n".join(paths))


def forget_all() -> None:
    settings.write(settings.RECENT_FILES, "")


def fill(menu: QMenu, window: MainWindow) -> None:
    """Rebuilt each time it opens: another window may have opened files since."""
    menu.clear()
    paths = recent()
    for n, path in enumerate(paths, 1):
        action = menu.addAction(f"&{n} {os.path.basename(path)}")
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    if not paths:
        menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction(translate("MainWindow", "&Clear Menu")).triggered.connect(forget_all)
