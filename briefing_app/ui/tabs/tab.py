"""What every tab offers the window, after qutebrowser's AbstractTab: one base class, so that the window
talks to any tab the same way and never asks which tab it is.

A tab shows a briefing, follows the search, shows a record it owns, says which record is chosen in
it, hands over its table to copy or print, and names its splitters for the settings. It emits
`link_activated` to open a record in its own tab, and `record_chosen` when the user chooses a record
in it (the tabs that follow choices, such as the Network, then show it too). A tab never imports
another tab: the window routes by the kinds each tab owns in `pages.TABS`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QTableView

    from briefing_app.library.finding import Appearance
    from briefing_app.search.fulltext import TextResults
    from briefing_app.search.names import Found
    from briefing_app.ui.loading.build import Loaded

Record = tuple[str, str]  # (kind, id): "person", "event", "vessel", "discrepancy", …


class Elsewhere(Protocol):
    """The other briefings of the library, as a tab may show them: where a person also appears, and
    opening one of those there."""

    def find(self, path: str, forms: Iterable[str]) -> list[Appearance]: ...

    def open(self, appearance: Appearance) -> None: ...


class TabPage(QWidget):
    link_activated = Signal(str, str)  # kind, id: show this record in its own tab
    record_chosen = Signal(str, str)  # kind, id: the user chose this record here

    def show_briefing(self, loaded: Loaded) -> None:
        """Show this briefing (the search is applied after, through follow_search)."""
        raise NotImplementedError

    def follow_search(self, found: Found | None, text_results: TextResults | None) -> None:
        """Show what the search found: names (`found`) or passages (`text_results`); None: no search."""

    def show_record(self, kind: str, record_id: str) -> bool:
        """Choose a record this tab owns; False if the search hides it (the window then clears the
        search and asks again). A record this briefing lacks is no reason to clear the search: True."""
        return True

    def follow_record(self, kind: str, record_id: str) -> None:
        """A record chosen in another tab: this tab chooses it too, if it can without clearing anything."""
        self.show_record(kind, record_id)

    def chosen(self) -> Record | None:
        """The record chosen here, for Copy with Sources."""
        return None

    def current_table(self) -> QTableView | None:
        """The table to copy from or print, if this tab has one."""
        return None

    def splitters(self) -> dict[str, QSplitter]:
        """This tab's splitters by the suffix of the name they are saved under ("" for the main one)."""
        return {}

    def use_library(self, elsewhere: Elsewhere) -> None:
        """The library's other briefings, for a tab that shows where a record also appears."""

    def stop(self) -> None:
        """Stop any background work and wait for it: the window is closing."""
