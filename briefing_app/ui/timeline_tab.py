"""The Timeline tab: the drawn timeline over a table of every event, filtered by tag, with a detail pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from .common import DetailPane, current_id, filter_bar, make_table, reselect, select_row, split
from .details import event_html
from .tablemodels import ID_ROLE, RecordTableModel, fill_events
from .timeline_view import Marks, TimelineView

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from ..model import Briefing, Event


class TimelineTab(QWidget):
    link_activated = Signal(str, str)  # kind, id: a person or another record to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefing: Briefing | None = None
        self._people_filter: set[str] | None = None
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName("Filter events by tag")
        self.count = QLabel()
        self.timeline = TimelineView()
        self.table = make_table("Events")
        self.detail = DetailPane("Event details")
        self.model: RecordTableModel[Event] = RecordTableModel(self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        bar = filter_bar("&Tag:", self.tag_filter, self.count)
        self.lower_splitter = split(Qt.Orientation.Horizontal, (self.table, 3), (self.detail, 2))
        self.splitter = split(Qt.Orientation.Vertical, (self.timeline, 1), (self.lower_splitter, 2))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        for key, factor in ((QKeySequence.StandardKey.ZoomIn, 1.5), (QKeySequence.StandardKey.ZoomOut, 1 / 1.5)):
            action = QAction(self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, f=factor: self.timeline.zoom(f))
            self.addAction(action)

        self.tag_filter.currentIndexChanged.connect(self._refilter)
        self.timeline.event_clicked.connect(self.show_event)
        self.detail.link_activated.connect(self.link_activated)

    def set_briefing(self, b: Briefing, marks: Marks | None = None) -> None:
        self._briefing = b
        self._people_filter = None
        fill_events(self.model, b)
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem("All tags", None)
        for tag in b.tags:
            self.tag_filter.addItem(tag.label, tag.id)
        self.tag_filter.blockSignals(False)
        self.timeline.set_marks(marks or Marks.of(b.events))
        # Wide enough for a span of months; measuring the column's contents would read every row.
        self.table.setColumnWidth(0, self.table.fontMetrics().horizontalAdvance("Mar 2018 – Apr 2023") + 16)
        self.table.setColumnWidth(1, 340)
        self.detail.setHtml("<p>Choose an event in the table or on the timeline.</p>")
        self._refilter()
        if b.meeting is not None:  # open on the day the briefing is about
            self.show_event(b.meeting.event)

    def set_people_filter(self, people: set[str] | None) -> None:
        """Show only the events these people appear in (None: no such filter)."""
        self._people_filter = people
        self._refilter()

    def _refilter(self) -> None:
        b = self._briefing
        if b is None:
            return
        previous = current_id(self.table)
        tag = self.tag_filter.currentData()
        people = self._people_filter
        if tag is None and people is None:
            self.model.show(None)
            self.timeline.set_visible_ids(None)
        else:
            events: list[Event] | tuple[Event, ...] = b.events
            if people is not None:
                # The matched people's events, from the per-person index rather than a scan.
                events = b.events_in_order({e.id for p in people for e in b.events_by_person.get(p, ())})
            if tag is not None:
                events = [e for e in events if tag in e.tags]
            self.model.show(events)
            self.timeline.set_visible_ids({e.id for e in events} if len(b.events) < 5000 else None)
        reselect(self.table, self.model, previous, self.detail, "No event matches.")
        shown, total = self.model.rowCount(), len(b.events)
        self.count.setText(f"{shown} of {total} events" if shown != total else f"{total} events")

    def show_event(self, event_id: str) -> bool:
        """Select an event; False if the search's people filter hides it (the search is the window's to clear)."""
        model = self.model
        if not model.has_record(event_id):
            return True  # not in this briefing: nothing to show, nothing to clear
        if model.row_of(event_id) < 0:  # the tag filter is this tab's own: clear it
            self.tag_filter.setCurrentIndex(0)
        if model.row_of(event_id) < 0:
            return False
        select_row(self.table, model.row_of(event_id))
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._briefing is None or not current.isValid():
            return
        event_id = current.data(ID_ROLE)
        self.detail.setHtml(event_html(self._briefing, self._briefing.event_by_id[event_id]))
        self.timeline.select(event_id)
