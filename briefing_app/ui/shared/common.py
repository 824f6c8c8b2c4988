"""Small widget helpers the tabs share: a table view set up one way, a detail pane, row selection."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QShowEvent

from briefing_app.ui.shared.tablemodels import ID_ROLE, RecordTableModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTextBrowser,
    QWidget,
)

if TYPE_CHECKING:  # a link's QUrl arrives with the click: importing it makes its enums, 2 ms of start-up
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QStyleOptionViewItem  # QStyle and its kin come with the first tooltip: their enums, 10 ms of start-up


def select_row(view: QTableView, row: int) -> None:
    """Make `row` the current, selected row of `view` and scroll to it."""
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.scrollTo(index)


def show_record(view: QTableView, model: RecordTableModel[Any], record_id: str, own_filter: QComboBox) -> bool:
    """Select a record in a tab's table; False if the window's search hides it (the search is the
    window's to clear). The tab's own filter (tag, side) is cleared when it is what hides the record."""
    if not model.has_record(record_id):
        return True  # not in this briefing: nothing to show, nothing to clear
    if model.row_of(record_id) < 0:
        own_filter.setCurrentIndex(0)
    if model.row_of(record_id) < 0:
        return False
    select_row(view, model.row_of(record_id))
    return True


def current_id(view: QTableView) -> str | None:
    index = view.currentIndex()
    return index.data(ID_ROLE) if index.isValid() else None


def reselect(view: QTableView, model: RecordTableModel[Any], previous: str | None, detail: DetailPane, none_text: str) -> None:
    """After a filter changed the rows: keep the record that was chosen, or choose the first, so the
    detail pane never describes a row that is no longer there."""
    row = model.row_of(previous) if previous else -1
    if row < 0 and model.rowCount() > 0:
        row = 0
    if row >= 0:
        select_row(view, row)
    else:
        detail.show_html(lambda: f"<p>{none_text}</p>")


def split(orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """A splitter holding each widget with its stretch factor."""
    splitter = QSplitter(orientation)
    for n, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(n, stretch)
    return splitter


def filter_bar(label: str, combo: QComboBox, count: QLabel) -> QHBoxLayout:
    """'Label: [combo]  …  count' above a tab's table."""
    bar = QHBoxLayout()
    buddy = QLabel(label)
    buddy.setBuddy(combo)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the longest label shows whole
    bar.addWidget(buddy)
    bar.addWidget(combo)
    bar.addStretch(1)
    bar.addWidget(count)
    return bar


class ElidedTips(QStyledItemDelegate):
    """A cell shortened with "…" shows its whole text when pointed at (a cell with a tooltip of its
    own, such as a disputed name's, keeps it)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        from PySide6.QtWidgets import QStyle, QToolTip

        room = option.rect.width() - 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        if isinstance(text, str) and text and option.fontMetrics.horizontalAdvance(text) > room:
            # Data is plain text: escaped, so that QToolTip cannot take it for markup.
            QToolTip.showText(event.globalPos(), f"<p>{html.escape(text)}</p>", view, option.rect)
        else:
            QToolTip.hideText()
        return True


def set_widths(view: QTableView, widths: Sequence[int], key: int) -> None:
    """Columns at these widths (never narrower than their heading), and the key column, the one with
    the most to say, taking the room left over: the last column often holds one short word."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    metrics = header.fontMetrics()
    model = view.model()
    for column, width in enumerate(widths):
        heading = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
        least = metrics.horizontalAdvance(heading) + 24 if isinstance(heading, str) else 0
        view.setColumnWidth(column, max(width, least))
    # Not Stretch: a stretched column gets only what the others leave, nothing in a narrow pane.
    header.setProperty("key-column", key)
    header.setProperty("key-width", view.columnWidth(key))
    if not header.property("fills"):
        header.setProperty("fills", True)
        view.installEventFilter(_KeyColumnFills(view))
    _fill_key_column(view)


def _fill_key_column(view: QTableView) -> None:
    """The key column at its own width, or wider to fill the room the others leave."""
    header = view.horizontalHeader()
    key, base = header.property("key-column"), header.property("key-width")
    if not isinstance(key, int) or not isinstance(base, int) or key >= header.count():
        return
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != key)
    # The room inside the frame, less the row numbers, from the view's own width: the first call to
    # viewport() makes PySide build some 57 enum classes of the widget classes (about 20 ms at start-up).
    room = view.width() - 2 * view.frameWidth() - (view.verticalHeader().width() if view.verticalHeader().isVisible() else 0)
    view.setColumnWidth(key, max(base, room - others))


class _KeyColumnFills(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QTableView):
            _fill_key_column(watched)
        return False


def make_table(name: str, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several rows to copy
    view.setAlternatingRowColors(True)
    # Tab leaves the table for the next control; arrows move between cells.
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    view.setItemDelegate(ElidedTips(view))
    # Whole rows with a header, not the one cell QTableView's own Ctrl+C takes (with its ⚑ glyph).
    copy = QAction(QCoreApplication.translate("Tables", "&Copy Rows"), view)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: _copy_rows(view))
    view.addAction(copy)
    return view


def _copy_rows(view: QTableView) -> None:
    from briefing_app.ui.shared.copying import copy_rows  # the clipboard's classes load when first used, not with the tabs

    copy_rows(view)


class DetailPane(QTextBrowser):
    """Read-only rich text whose links ('person:id', 'event:id', ...) are reported, not followed."""

    link_activated = Signal(str, str)  # kind, id

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._pending: Callable[[], str] | None = None

    def show_html(self, build: Callable[[], str]) -> None:
        """Show what `build` makes: now if the pane is in sight, else when it comes into sight.

        A pane on a hidden tab would otherwise be rebuilt at every keystroke that changes the
        search's first match, and a person in thousands of events costs a frame or more."""
        self._pending = build
        if self.isVisible():
            self._render()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._render()

    def _render(self) -> None:
        build, self._pending = self._pending, None
        if build is not None:
            self.setHtml(build())

    def _on_anchor(self, url: QUrl) -> None:
        kind, _, record_id = url.toString().partition(":")
        if record_id:
            self.link_activated.emit(kind, record_id)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        # Nothing in a data file may make the pane load a local file or a URL (an <img src> in a name).
        # An empty QByteArray, not None: returning None from this override corrupts None's refcount.
        return QByteArray()
