"""What the window does with the record or table chosen in the tab in view: Copy with Sources, Print Table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from briefing_app.core.model import Briefing
    from briefing_app.ui.tabs.tab import TabPage

Say = Callable[[str], None]  # a passing message in the status bar


def print_table(parent: QWidget, tab: TabPage, b: Briefing | None, say: Say) -> None:
    from briefing_app.ui.shared.table_printing import print_table as print_view

    view = tab.current_table()
    if view is None:
        say(translate("RecordActions", "The Network has no table: print it with File ▸ Print Network…."))
    elif b is not None:
        print_view(parent, view, f"{view.accessibleName()} — {b.title}")


def copy_with_sources(tab: TabPage, b: Briefing | None, say: Say) -> str | None:
    """Copy the chosen record's text with its citations written out; returns what was copied."""
    from PySide6.QtGui import QGuiApplication

    from briefing_app.core.citations import cite

    chosen = tab.chosen()
    text = cite(b, *chosen) if chosen is not None and b is not None else None
    if text is None:
        say(translate("RecordActions", "Choose a person, an event, a ship or a disagreement to copy it with its sources."))
        return None
    QGuiApplication.clipboard().setText(text)
    say(translate("RecordActions", "Copied with its sources."))
    return text
