"""The full-text search's results: one row per passage (what field, where, its snippet with the matches
marked by a delegate from plain text), and a signal that takes the user to the record the passage belongs to."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMainWindow, QTreeWidget, QTreeWidgetItem, QWidget

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP

from briefing_app.ui.search.highlight import MARKS_ROLE, HighlightDelegate
from briefing_app.ui.shared.tablemodels import plain_tooltip

if TYPE_CHECKING:
    from briefing_app.search.fulltext import Hit, TextResults

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (record kind, record id), as the window's go_to takes them
translate = QCoreApplication.translate
KINDS = {"event": QT_TRANSLATE_NOOP("TextResults", "Event"), "place": QT_TRANSLATE_NOOP("TextResults", "Place"), "fact": QT_TRANSLATE_NOOP("TextResults", "Fact"), "quote": QT_TRANSLATE_NOOP("TextResults", "Quote"), "purpose": QT_TRANSLATE_NOOP("TextResults", "Purpose"),
         "procedure": QT_TRANSLATE_NOOP("TextResults", "Procedure"), "ship": QT_TRANSLATE_NOOP("TextResults", "Ship"), "disagreement": QT_TRANSLATE_NOOP("TextResults", "Disagreement"), "version": QT_TRANSLATE_NOOP("TextResults", "Version"),
         "headline": QT_TRANSLATE_NOOP("TextResults", "Headline"), "summary": QT_TRANSLATE_NOOP("TextResults", "Summary"), "note": QT_TRANSLATE_NOOP("TextResults", "Note")}
SNIPPET = 2  # the column of the snippets


class HitItem(QTreeWidgetItem):
    """One passage's row. Its snippet is asked of the hit only when the row is drawn (or its text read):
    a snippet takes FTS5 a while, and of two hundred rows a screenful shows."""

    def __init__(self, hit: Hit) -> None:
        p = hit.passage
        super().__init__([translate("TextResults", KINDS[p.field]) if p.field in KINDS else p.field, p.where, ""])
        self.hit = hit
        self.setData(0, TARGET_ROLE, (p.kind, p.id))
        self.setToolTip(SNIPPET, plain_tooltip(p.text))  # a tooltip would take markup in the text as HTML

    def data(self, column: int, role: int) -> Any:
        if column == SNIPPET and role == Qt.ItemDataRole.DisplayRole:
            return self.hit.snippet
        if column == SNIPPET and role == MARKS_ROLE:
            return self.hit.marks
        return super().data(column, role)


class TextResultsView(QTreeWidget):
    """Item views show their text as plain text, so the passages from the file need no escaping; the
    snippets' matches are drawn by HighlightDelegate from their offsets. Enter or a double click emits
    `chosen` with the record's kind and id."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("text-results")
        self.setAccessibleName(translate("TextResults", "Text search results"))
        self.setColumnCount(3)
        self.setHeaderLabels([translate("TextResults", "Kind"), translate("TextResults", "Where"), translate("TextResults", "Text")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setItemDelegateForColumn(SNIPPET, HighlightDelegate(self))
        self.itemActivated.connect(self._activated)

    def set_results(self, results: TextResults | None, _query: str = "") -> None:
        """The passages found, best first (each hit carries its snippet: the query is not needed)."""
        self.clear()
        if results is None:
            return
        self.addTopLevelItems([HitItem(hit) for hit in results.hits])
        if results.total > len(results.hits):
            count = results.total - len(results.hits)  # lupdate reads the count only from a plain name
            more = QTreeWidgetItem(["", "", translate("TextResults", "… and %Ln more: add words to narrow", None, count)])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(more)
        for column in (0, 1):
            self.resizeColumnToContents(column)
        self.setColumnWidth(1, min(self.columnWidth(1), 320))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.chosen.emit(*target)


def results_dock(window: QMainWindow, go_to: Callable[[str, str], None]) -> QDockWidget:
    """The dock under the tabs that lists the Text scope's passages; choosing one goes to its record."""
    view = TextResultsView()
    view.chosen.connect(go_to)
    dock = QDockWidget(translate("MainWindow", "Text results"), window)
    dock.setObjectName("text-results")
    dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    return dock
