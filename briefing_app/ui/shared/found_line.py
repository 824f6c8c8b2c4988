"""The line a tab shows under a name search: what the search found in this tab, and where the rest is,
so that a name typed on any tab shows its result there without Enter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

translate = QCoreApplication.translate


def make_found_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from data
    label.setWordWrap(True)
    label.setObjectName("search-found")
    label.hide()
    return label


def show_found(label: QLabel, here: str, people: int) -> None:
    """`here`: what this tab shows of it ("" for nothing); `people`: how many people it found, all in the Roster."""
    if not here and not people:
        label.setText(translate("FoundLine", "Search: nothing found here or in the Roster."))
    elif not here:
        label.setText(translate("FoundLine", "Search: nothing here; %Ln people in the Roster (Enter opens the first).", None, people))
    elif people:
        label.setText(translate("FoundLine", "Search: %1; %Ln people in the Roster.", None, people).replace("%1", here))
    else:
        label.setText(translate("FoundLine", "Search: %1.").replace("%1", here))
    label.show()


def hide_found(label: QLabel) -> None:
    label.clear()
    label.hide()
