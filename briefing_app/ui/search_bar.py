"""The name search in the toolbar: the field, the label saying what matched, and when the other tabs follow.

It owns the search's state: what is typed and what it found. The roster follows each keystroke; the
timeline and the drill follow once typing pauses (`settled`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

if TYPE_CHECKING:  # the data layers load after the window shows (see run.py)
    from ..search import Found, SearchIndex

FOLLOW_DELAY_MS = 150  # after the last keystroke, the timeline and drill follow the search


class SearchField(QLineEdit):
    """A line edit that Esc clears (a QLineEdit ignores Esc)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchBar(QObject):
    """`changed` at each keystroke and `settled` when typing pauses, each with what was found (None: no query)."""

    changed = Signal(object)
    settled = Signal(object)
    activated = Signal(str, str)  # Enter: the first match's kind and id

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self.found: Found | None = None
        self.field = SearchField(parent)
        self.field.setObjectName("search")
        self.field.setAccessibleName("Search names")
        self.field.setPlaceholderText("Search names, any order or spelling (Ctrl+F)")
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(360)
        self.label = QLabel(parent)
        self.label.setObjectName("match-count")
        self.label.setAccessibleName("Search results")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes name forms from the file
        self.label.setContentsMargins(8, 0, 8, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self._settle)
        self.field.textChanged.connect(self._apply)
        self.field.returnPressed.connect(self.activate)

    def set_index(self, index: SearchIndex | None) -> None:
        """Search another briefing's names: the query stays and is run again at once."""
        self._index = index
        self._apply(self.field.text())
        self.flush()

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)

    def clear(self) -> None:
        """Drop the query; everything the search filtered shows again at once."""
        if self.field.text():
            self.field.clear()
        self.flush()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _apply(self, text: str) -> None:
        found = self._index.find(text) if self._index is not None and text.strip() else None
        self.found = found
        self.label.setText(_describe(found))
        self.changed.emit(found)
        # The other tabs are out of sight while typing, and narrowing 50,000 events for thousands
        # of one-letter matches costs more than a keystroke may: they update once typing pauses.
        self._timer.start()

    def _settle(self) -> None:
        self.settled.emit(self.found)

    def flush(self) -> None:
        """Bring the following tabs up to date now (switching tabs does this too)."""
        if self._timer.isActive():
            self._timer.stop()
            self._settle()

    def activate(self) -> None:
        self.flush()
        first = self.found.first if self.found is not None else None
        if first is not None:
            self.activated.emit(first.kind, first.id)


def _describe(found: Found | None) -> str:
    if found is None:
        return ""
    first = found.first
    if first is None:
        return "No match"
    shown = f"{len(found)} match{'es' if len(found) != 1 else ''}"
    if first.form_differs:
        shown += f": “{first.form}” → {first.display}"
        if first.error_form:
            shown += " (a form recorded as an error)"
    return shown
