"""What the window does with the record or table chosen in its current tab: Copy with Sources, Print Table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from briefing_app.ui.shared.common import current_id

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from briefing_app.ui.window.main_window import MainWindow


def chosen_record(window: MainWindow, tab: int | None = None) -> tuple[str, str] | None:
    """The record chosen in a tab (default: the current one), as (kind, id): a person, an event, a ship
    or a disagreement."""
    from briefing_app.ui.tabs.pages import DRILL, NETWORK, ROSTER, SOURCES, TIMELINE

    tab = window.tabs.currentIndex() if tab is None else tab
    if tab == NETWORK:
        node = window.network_tab.current
        net = window.network_tab.network
        return (net.nodes[node].kind, net.nodes[node].id) if node is not None and net is not None else None
    # Each entry reaches its tab only when called: a tab is built when first asked for.
    views: dict[int, tuple[str, Callable[[], QTableView]]] = {
        TIMELINE: ("event", lambda: window.timeline_tab.table), ROSTER: ("person", lambda: window.roster_tab.table),
        DRILL: ("vessel", lambda: window.drill_tab.table), SOURCES: ("discrepancy", lambda: window.sources_tab.discrepancies)}
    kind, view_of = views[tab]
    view = view_of()
    record_id = current_id(view)
    return (kind, record_id) if record_id else None


def current_table(window: MainWindow) -> QTableView | None:
    """The current tab's table; in Sources, the disagreements when they have the focus; None in the Network."""
    from briefing_app.ui.tabs.pages import DRILL, NETWORK, ROSTER, SOURCES, TIMELINE

    tab = window.tabs.currentIndex()
    if tab == NETWORK:
        return None
    if tab == SOURCES:
        sources = window.sources_tab
        return sources.discrepancies if sources.discrepancies.hasFocus() else sources.sources
    tables: dict[int, Callable[[], QTableView]] = {
        TIMELINE: lambda: window.timeline_tab.table, ROSTER: lambda: window.roster_tab.table, DRILL: lambda: window.drill_tab.table}
    return tables[tab]()


def print_table(window: MainWindow) -> None:
    from briefing_app.ui.shared.table_printing import print_table as print_view

    view = current_table(window)
    if view is None:
        window.statusBar().showMessage(translate("RecordActions", "The Network has no table: print it with File ▸ Print Network…."), 5000)
    elif window.briefing is not None:
        print_view(window, view, f"{view.accessibleName()} — {window.briefing.title}")


def copy_with_sources(window: MainWindow) -> str | None:
    """Copy the chosen record's text with its citations written out; returns what was copied."""
    from PySide6.QtGui import QGuiApplication

    from briefing_app.core.citations import cite

    chosen = chosen_record(window)
    b = window.briefing
    text = cite(b, *chosen) if chosen is not None and b is not None else None
    if text is None:
        window.statusBar().showMessage(translate("RecordActions", "Choose a person, an event, a ship or a disagreement to copy it with its sources."), 5000)
        return None
    QGuiApplication.clipboard().setText(text)
    window.statusBar().showMessage(translate("RecordActions", "Copied with its sources."), 5000)
    return text
