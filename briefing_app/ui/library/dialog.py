"""File ▸ Library…: every briefing the library knows, sortable and filterable, its folders added and
removed, and one search across all of them, by name or by text, whose results open in the window."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP, arg, number
from briefing_app.ui.window.screen_fit import fit_size
from briefing_app.ui.search.search_bar import FOLLOW_DELAY_MS, how_text

if TYPE_CHECKING:
    from briefing_app.library.catalog import Entry
    from briefing_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate
TARGET = Qt.ItemDataRole.UserRole + 1  # on a result: (path, kind, record id) to open
SORT = Qt.ItemDataRole.UserRole + 2


class EntriesModel(QAbstractTableModel):
    """The library's briefings: title, date, people, events, folder, status."""

    HEADERS = (QT_TRANSLATE_NOOP("LibraryDialog", "Title"), QT_TRANSLATE_NOOP("LibraryDialog", "Date"),
               QT_TRANSLATE_NOOP("LibraryDialog", "People"), QT_TRANSLATE_NOOP("LibraryDialog", "Events"),
               QT_TRANSLATE_NOOP("LibraryDialog", "Folder"), QT_TRANSLATE_NOOP("LibraryDialog", "Status"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    @staticmethod
    def folder(e: Entry) -> str:
        from briefing_app.support.resources import is_bundled

        return translate("LibraryDialog", "(bundled with the app)") if is_bundled(e.path) else e.folder

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("LibraryDialog", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.title or os.path.basename(e.path), e.date, number(e.people) if e.status == "ok" else "",
                    number(e.events) if e.status == "ok" else "", self.folder(e), _status(e))[column]
        if role == SORT:  # numbers as zero-padded text: Qt compares a Python int past 32 bits wrongly
            return (e.title.casefold(), f"{e.date_sort:020d}", f"{e.people:012d}", f"{e.events:012d}", self.folder(e), _status(e))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.status == "error":
                return e.error
            indexed = time.strftime("%Y-%m-%d %H:%M", time.localtime(e.indexed_at))
            return e.path + "\n" + arg(translate("LibraryDialog", "Indexed %1"), indexed)
        if role == TARGET:
            return e.path
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _status(e: Entry) -> str:
    if e.status == "error":
        return arg(translate("LibraryDialog", "Cannot be opened: %1"), e.error)
    if e.changed:
        return translate("LibraryDialog", "Changed since last opened")
    return translate("LibraryDialog", "Ready")


class LibraryDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("LibraryDialog", "Library"))
        self.setObjectName("library-dialog")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("LibraryDialog", "Filter the list by title, folder or status"))
        self.filter.setClearButtonEnabled(True)
        self.add_button = QPushButton(translate("LibraryDialog", "&Add Folder…"))
        self.remove_button = QPushButton(translate("LibraryDialog", "&Remove"))
        self.remove_button.setToolTip(translate("LibraryDialog", "Forget the chosen briefing, or its folder, in the library; no file is deleted"))
        self.count = QLabel()
        self.model = EntriesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setAccessibleName(translate("LibraryDialog", "Briefings in the library"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long folder or error is elided, its whole text in the tooltip
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 60), (3, 60), (4, 170), (5, 120)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(self._open_entry)

        self.query = QLineEdit()
        self.query.setPlaceholderText(translate("LibraryDialog", "Search every briefing: a name in any spelling, or words with Text"))
        self.query.setClearButtonEnabled(True)
        self.by_name = QRadioButton(translate("LibraryDialog", "&Names"))
        self.by_text = QRadioButton(translate("LibraryDialog", "Te&xt"))
        self.by_name.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.by_name)
        scope.addButton(self.by_text)
        self.results = QTreeWidget()
        self.results.setAccessibleName(translate("LibraryDialog", "Found in the library"))
        self.results.setHeaderLabels([translate("LibraryDialog", "Found"), translate("LibraryDialog", "Where")])
        self.results.setUniformRowHeights(True)
        self.results.itemActivated.connect(self._open_result)
        self.results.header().setStretchLastSection(False)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.results.setColumnWidth(1, 260)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        search_bar = QHBoxLayout()
        search_bar.addWidget(self.query, 1)
        search_bar.addWidget(self.by_name)
        search_bar.addWidget(self.by_text)
        bottom_layout.addLayout(search_bar)
        bottom_layout.addWidget(self.results, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.filter.textChanged.connect(self._refilter)
        self.add_button.clicked.connect(self._add_folder)
        self.remove_button.clicked.connect(self._remove)
        # A search across a library of hundreds of briefings takes tens of milliseconds for a word's first
        # letters, which match thousands of names: it runs once typing pauses, or at once on Enter.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(FOLLOW_DELAY_MS)
        self._typing.timeout.connect(self.search)
        self.query.returnPressed.connect(self.search)
        self.query.textChanged.connect(self._typing.start)
        self.by_name.toggled.connect(self.search)
        service = window.library
        service.changed.connect(self.refresh)
        fit_size(self, 900, 640)
        self.refresh()

    def refresh(self) -> None:
        service = self.window_.library
        library = service.library
        if library is None:
            self.problem.setText(arg(translate("LibraryDialog", "The library cannot be used: %1"), service.problem))
            self.problem.show()
            for w in (self.add_button, self.remove_button, self.query, self.filter):
                w.setEnabled(False)
            return
        self.model.set_entries(library.entries())
        self._refilter()
        if self.query.text().strip():
            self.search()

    def _refilter(self) -> None:
        self.proxy.setFilterFixedString(self.filter.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        indexing = translate("LibraryDialog", " · indexing…") if self.window_.library.indexing else ""
        self.count.setText(arg(translate("LibraryDialog", "%1 of %Ln briefings", None, total), number(shown)) + indexing
                           if shown != total else translate("LibraryDialog", "%Ln briefings", None, total) + indexing)

    def chosen_path(self) -> str | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else str(index.data(TARGET))

    def _add_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, translate("LibraryDialog", "Add a folder of briefings"), os.path.expanduser("~"))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        found = self.window_.library.add_folder(folder)
        self.window_.say(arg(translate("LibraryDialog", "%1: %Ln briefing files to index", None, found), folder))
        self.refresh()

    def _remove(self) -> None:
        path = self.chosen_path()
        if path is None:
            return
        library = self.window_.library.library
        folder = next((f for f in library.folders() if path.startswith(f + os.sep)), None) if library is not None else None
        self.window_.library.remove(folder or path)

    def _open_entry(self, index: QModelIndex) -> None:
        open_at(self.window_, str(index.data(TARGET)), None, None)

    def search(self) -> None:
        """Search every briefing for what is typed, in the background (LibraryService.search): the hits
        replace the list when they come, and the window answers meanwhile."""
        self._typing.stop()
        typed = self.query.text().strip()
        service = self.window_.library
        if not typed or service.library is None:
            service.cancel_search()
            self.results.clear()
            return
        by_text = self.by_text.isChecked()
        service.search(typed, by_text, lambda found: self._show(by_text, found), self._search_failed)

    def _show(self, by_text: bool, found: object) -> None:
        self.results.clear()
        if by_text:
            hits, total = cast("tuple[list[Any], int]", found)
            self._show_text(hits, total)
        else:
            self._show_names(cast("list[Any]", found))

    def _search_failed(self, message: str, details: str) -> None:
        """The job has logged a bug with its details; the list says the search failed, and why."""
        self.results.clear()
        self.results.addTopLevelItem(QTreeWidgetItem([arg(translate("LibraryDialog", "The search failed: %1"), message), ""]))

    def _show_names(self, hits: list[Any]) -> None:
        self.results.setHeaderLabels([translate("LibraryDialog", "Found"), translate("LibraryDialog", "Name in that briefing")])
        for hit in hits:
            count = len({a.path for a in hit.appearances})
            head = arg(translate("LibraryDialog", "%1: %Ln briefings", None, count), hit.name)
            if hit.form != hit.name:
                head += " · " + arg(translate("LibraryDialog", "found as “%1”"), hit.form)
            head += " · " + how_text(hit.how)  # as the window's search says it: a loose match is seen as one
            item = QTreeWidgetItem([head, ""])
            for a in hit.appearances:
                child = QTreeWidgetItem([f"{a.date}  {a.title} · {_file_name(a.path)}", a.name])
                child.setData(0, TARGET, (a.path, "person", a.person))
                child.setToolTip(0, a.path)
                item.addChild(child)
            self.results.addTopLevelItem(item)
            item.setExpanded(len(hits) <= 5)
        if not hits:
            self.results.addTopLevelItem(QTreeWidgetItem([translate("LibraryDialog", "No one by that name in the library."), ""]))

    def _show_text(self, hits: list[Any], total: int) -> None:
        from briefing_app.library.finding import MARKS

        self.results.setHeaderLabels([translate("LibraryDialog", "Found"), translate("LibraryDialog", "Where")])
        by_file: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            item = by_file.get(hit.path)
            if item is None:
                item = by_file[hit.path] = QTreeWidgetItem([f"{hit.date}  {hit.title} · {_file_name(hit.path)}", ""])
                item.setToolTip(0, hit.path)
                self.results.addTopLevelItem(item)
                item.setExpanded(True)
            snippet = hit.snippet.replace(MARKS[0], "«").replace(MARKS[1], "»")
            child = QTreeWidgetItem([snippet, hit.where])
            child.setToolTip(0, snippet)
            child.setData(0, TARGET, (hit.path, hit.kind, hit.record))
            item.addChild(child)
        for item in by_file.values():
            count = item.childCount()
            item.setText(1, translate("LibraryDialog", "%Ln passages", None, count))
        if total > len(hits):
            self.results.addTopLevelItem(QTreeWidgetItem([arg(translate("LibraryDialog", "… and %1 more passages: add words to narrow the search"),
                                                              number(total - len(hits))), ""]))
        if not hits:
            self.results.addTopLevelItem(QTreeWidgetItem([translate("LibraryDialog", "No passage in the library has these words."), ""]))

    def _open_result(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET)
        if target:
            path, kind, record = target
            open_at(self.window_, path, kind, record)


def _file_name(path: str) -> str:
    from briefing_app.support.resources import is_bundled

    return translate("LibraryDialog", "bundled briefing") if is_bundled(path) else os.path.basename(path)


def open_at(window: MainWindow, path: str, kind: str | None, record_id: str | None) -> None:
    """Open the briefing in `path` (unless it is open already) and show the record in it."""
    from briefing_app.library.catalog import real
    from briefing_app.ui.loading.controller import LOADED

    def show() -> None:
        if kind is not None and record_id is not None:
            window.go_to(kind, record_id)
        window.activateWindow()

    if window.briefing is not None and real(window.briefing.path) == real(path) and not window.loading:
        show()
        return

    def finished(outcome: str) -> None:
        window.loads.finished.disconnect(finished)
        if outcome == LOADED and window.briefing is not None and real(window.briefing.path) == real(path):
            show()

    window.loads.finished.connect(finished)
    if not window.open_path(path):
        window.loads.finished.disconnect(finished)


def show_library(window: MainWindow) -> LibraryDialog:
    """The window's Library dialog: one, reused."""
    dialog = window.findChild(LibraryDialog)
    if not isinstance(dialog, LibraryDialog):
        dialog = LibraryDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
