"""The window's ties to its library (ui/library/service.py): what it says in the status bar, the
'What changed' offer, and the other briefings a tab may link to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.i18n.translation import arg

if TYPE_CHECKING:
    from briefing_app.core.changes import Changes
    from briefing_app.library.finding import Appearance
    from briefing_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate


class WindowElsewhere:
    """tabs.tab.Elsewhere for one window: its library's other briefings, opened in it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def find(self, path: str, forms: Iterable[str]) -> list[Appearance]:
        library = self._window.library.library
        return [] if library is None else library.also_in(path, forms)

    def open(self, appearance: Appearance) -> None:
        from briefing_app.ui.library.dialog import open_at

        open_at(self._window, appearance.path, "person", appearance.person)


def wire(window: MainWindow) -> None:
    service = window.library
    service.problem_found.connect(lambda text: window.statusBar().showMessage(
        arg(translate("MainWindow", "Library: %1"), text), 30_000))
    service.changes_found.connect(lambda path, changes, since: _offer(window, path, changes, since))


def _offer(window: MainWindow, path: str, changes: Changes, since: float) -> None:
    from briefing_app.ui.library.changes_view import offer

    offer(window, path, changes, since)


def show_library(window: MainWindow) -> None:
    from briefing_app.ui.library.dialog import show_library as show

    show(window)
