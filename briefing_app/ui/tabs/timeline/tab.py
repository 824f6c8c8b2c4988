"""The Timeline tab: the drawn timeline over a table of every event, filtered by tag, with a detail pane."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget

from briefing_app.ui.shared import settings
from briefing_app.ui.shared.common import DetailPane, current_id, filter_bar, make_table, reselect, show_record, set_widths, split
from briefing_app.ui.shared.details import event_html
from briefing_app.ui.shared.tablemodels import ID_ROLE, RecordTableModel, fill_events
from briefing_app.ui.tabs.tab import Record, TabPage
from briefing_app.ui.tabs.timeline.view import TimelineView
from briefing_app.i18n.translation import QT_TRANSLATE_NOOP, arg, date_text, number

translate = QCoreApplication.translate

LANE_CHOICES = ((QT_TRANSLATE_NOOP("TimelineTab", "By tag"), "tag"), (QT_TRANSLATE_NOOP("TimelineTab", "By person"), "person"))
# The file dialog's choices: format and extent in one step.
EXPORT_FILTERS = (
    (QT_TRANSLATE_NOOP("TimelineTab", "PNG image, current view (*.png)"), "png", False),
    (QT_TRANSLATE_NOOP("TimelineTab", "PNG image, whole timeline (*.png)"), "png", True),
    (QT_TRANSLATE_NOOP("TimelineTab", "SVG drawing, current view (*.svg)"), "svg", False),
    (QT_TRANSLATE_NOOP("TimelineTab", "SVG drawing, whole timeline (*.svg)"), "svg", True),
)

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from briefing_app.core.model import Briefing, Event
    from briefing_app.search.fulltext import TextResults
    from briefing_app.search.names import Found
    from briefing_app.timeline.data import TimelineData
    from briefing_app.ui.loading.build import Loaded


class ShownEvents:
    """Whether the table shows an event, asked of the table itself: the drawn timeline dims the
    others and steps past them, for a file of any size, without a set of every shown id."""

    def __init__(self, model: RecordTableModel[Event]) -> None:
        self._model = model

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self._model.row_of(event_id) >= 0


class TimelineTab(TabPage):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefing: Briefing | None = None
        self._people_filter: set[str] | None = None  # the name search's people
        self._event_filter: set[str] | None = None  # the Text scope's events
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(translate("TimelineTab", "Filter events by tag"))
        self.count = QLabel()
        self.timeline = TimelineView()
        self.table = make_table(translate("TimelineTab", "Events"))
        self.detail = DetailPane(translate("TimelineTab", "Event details"))
        self.model: RecordTableModel[Event] = RecordTableModel(self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self._shown = ShownEvents(self.model)

        self.lanes = QComboBox()
        self.lanes.setAccessibleName(translate("TimelineTab", "Lanes of the drawn timeline"))
        for text, mode in LANE_CHOICES:
            self.lanes.addItem(translate("TimelineTab", text), mode)
        self.toolbar = self._make_toolbar()

        bar = filter_bar(translate("TimelineTab", "&Tag:"), self.tag_filter, self.count)
        self.lower_splitter = split(Qt.Orientation.Horizontal, (self.table, 3), (self.detail, 2))
        drawn = QWidget()
        drawn_layout = QVBoxLayout(drawn)
        drawn_layout.setContentsMargins(0, 0, 0, 0)
        drawn_layout.setSpacing(2)
        drawn_layout.addWidget(self.toolbar)
        drawn_layout.addWidget(self.timeline, 1)
        self.splitter = split(Qt.Orientation.Vertical, (drawn, 3), (self.lower_splitter, 2))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.lanes.setCurrentIndex(max(0, self.lanes.findData(settings.read(settings.TIMELINE_LANES))))
        self.timeline.set_lane_mode(self.lanes.currentData())
        self.lanes.currentIndexChanged.connect(self._on_lanes)
        self.tag_filter.currentIndexChanged.connect(lambda _index: self._refilter())
        self.timeline.event_clicked.connect(self._on_clicked)
        self.detail.link_activated.connect(self.link_activated)

    # The Tab protocol (tab.py)

    def show_briefing(self, loaded: Loaded) -> None:
        self.set_briefing(loaded.briefing, loaded.marks)

    def follow_search(self, found: Found | None, text_results: TextResults | None) -> None:
        """A name search shows the events of the people it found (a ship-only search leaves the
        timeline whole: the ship shows in the Drill tab; finding nobody empties it); the Text scope
        shows the events its passages belong to."""
        people = None if found is None or (not found.people and found.vessels) else set(found.people)
        events = None if text_results is None else set(text_results.events)
        if people != self._people_filter or events != self._event_filter:
            self._people_filter, self._event_filter = people, events
            self._refilter()

    def show_record(self, kind: str, record_id: str) -> bool:
        b = self._briefing
        if kind == "events-of":  # every event of one person: asked of a timeline no search filters
            if self._people_filter is not None or self._event_filter is not None:
                return False
            self.set_people_filter({record_id})
            return True
        if kind == "meeting":
            if b is None or b.meeting is None:
                return True
            record_id = b.meeting.event
        return self.show_event(record_id)

    def follow_record(self, kind: str, record_id: str) -> None:
        if kind == "event":
            self.show_event(record_id)

    def chosen(self) -> Record | None:
        event = current_id(self.table)
        return ("event", event) if event else None

    def current_table(self) -> QTableView:
        return self.table

    def splitters(self) -> dict[str, QSplitter]:
        return {"": self.splitter, "_lower": self.lower_splitter}

    # Its own

    def _make_toolbar(self) -> QToolBar:
        toolbar = QToolBar(translate("TimelineTab", "Timeline"))
        toolbar.setAccessibleName(translate("TimelineTab", "Timeline tools"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for text, key, slot, tip in (
            (translate("TimelineTab", "Zoom &In"), QKeySequence.StandardKey.ZoomIn, self.timeline.zoom_in, translate("TimelineTab", "Zoom in (+, Ctrl++ or the wheel)")),
            (translate("TimelineTab", "Zoom &Out"), QKeySequence.StandardKey.ZoomOut, self.timeline.zoom_out, translate("TimelineTab", "Zoom out (−, Ctrl+− or the wheel)")),
            (translate("TimelineTab", "&Briefing Date"), None, self.timeline.show_story, translate("TimelineTab", "Show the briefing date and the weeks before it (D)")),
            (translate("TimelineTab", "&Fit"), None, self.timeline.reset_view, translate("TimelineTab", "Show every event and era (Home)")),
            (translate("TimelineTab", "E&xport…"), None, self.export_timeline, translate("TimelineTab", "Save the timeline as a PNG or SVG file")),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            if key is not None:
                action.setShortcut(key)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            toolbar.addAction(action)
        self.zoom_in_action, self.zoom_out_action, self.story_action, self.fit_action, self.export_action = toolbar.actions()
        toolbar.addSeparator()
        lanes_label = QLabel(translate("TimelineTab", "&Lanes:"))
        lanes_label.setBuddy(self.lanes)
        toolbar.addWidget(lanes_label)
        toolbar.addWidget(self.lanes)
        return toolbar

    def _on_lanes(self) -> None:
        mode = self.lanes.currentData()
        settings.write(settings.TIMELINE_LANES, mode)
        self.timeline.set_lane_mode(mode)

    def export_timeline(self) -> None:
        """Ask for a file and write the timeline there: PNG or SVG, the current view or the whole."""
        # QtSvg, the file dialog and the message box load only when someone exports, not with the tab.
        from PySide6.QtWidgets import QFileDialog

        from briefing_app.support.atomic_write import WriteError
        from briefing_app.ui.tabs.timeline import export as timeline_export
        from briefing_app.ui.shared.dialogs import warn

        start = os.path.join(os.path.expanduser("~"), self._export_name())
        filters = [translate("TimelineTab", f[0]) for f in EXPORT_FILTERS]
        path, chosen = QFileDialog.getSaveFileName(self, translate("TimelineTab", "Export Timeline"), start, ";;".join(filters))
        if not path:
            return
        _, fmt, whole = EXPORT_FILTERS[filters.index(chosen)] if chosen in filters else EXPORT_FILTERS[0]
        typed = timeline_export.format_of(path)
        if typed is None:
            path += f".{fmt}"
        else:
            fmt = typed  # the name the user typed wins over the filter left selected
        try:
            timeline_export.export(self.timeline, path, whole, fmt)
        except WriteError as exc:
            warn(self, translate("TimelineTab", "Export Timeline"), translate("TimelineTab", "The timeline was not saved: %1").replace("%1", str(exc)))

    def _export_name(self) -> str:
        """'<title>-<date>-timeline.png', as the other exports are named."""
        if self._briefing is None:
            return "timeline.png"
        from briefing_app.exports.common import slug, title_slug

        return f"{title_slug(self._briefing.title)}-{slug(self._briefing.date.iso())}-timeline.png"

    def _on_clicked(self, event_id: str) -> None:
        self.show_event(event_id)  # the drawn timeline offers only the events the table shows

    def set_briefing(self, b: Briefing, marks: TimelineData | None = None) -> None:
        self._briefing = b
        self._people_filter = self._event_filter = None
        fill_events(self.model, b)
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(translate("TimelineTab", "All tags"), None)
        for tag in b.tags:
            self.tag_filter.addItem(tag.label, tag.id)
        self.tag_filter.blockSignals(False)
        if marks is None:
            from briefing_app.timeline.data import TimelineData

            marks = TimelineData.of(b, date_text=date_text)
        self.timeline.set_marks(marks)
        # Wide enough for a span of months; measuring the column's contents would read every row.
        from briefing_app.core.dates import parse_when  # loaded with the data

        date_width = self.table.fontMetrics().horizontalAdvance(date_text(parse_when("2018-03/2023-04"))) + 16
        set_widths(self.table, (date_width, 340, 160, 160, 110), key=1)  # the event
        self.detail.show_html(lambda: "<p>" + translate("TimelineTab", "Choose an event in the table or on the timeline.") + "</p>")
        # Open on the day the briefing is about: chosen at once, not after the first row (a 1910 era),
        # whose details and pan the start-up would pay for and throw away.
        self._refilter(b.meeting.event if b.meeting is not None else None)
        # Choosing a row pans to it: the drawing opens on the story.
        self.timeline.show_story()

    def set_event_filter(self, events: set[str] | None) -> None:
        """Show only these events (the Text scope's hits; None: no such filter)."""
        self._event_filter = events
        self._refilter()

    def set_people_filter(self, people: set[str] | None) -> None:
        """Show only the events these people appear in (None: no such filter)."""
        self._people_filter = people
        self._refilter()

    def _refilter(self, choose: str | None = None) -> None:
        """Show the events the filters let through; keep the chosen one (or `choose` it) if shown, else the first."""
        b = self._briefing
        if b is None:
            return
        previous = choose or current_id(self.table)
        tag = self.tag_filter.currentData()
        people, chosen = self._people_filter, self._event_filter
        if tag is None and people is None and chosen is None:
            self.model.show(None)
            self.timeline.set_visible_ids(None)
        else:
            events = b.events
            if people is not None:
                # The matched people's events, from the per-person index rather than a scan.
                events = b.events_in_order({e.id for p in people for e in b.events_by_person.get(p, ())})
            if chosen is not None:  # the Text scope replaces the name search: they never both filter
                events = b.events_in_order(chosen)
            if tag is not None:
                events = events.where(lambda e: tag in e.tags)
            self.model.show(events)
            self.timeline.set_visible_ids(self._shown)
        reselect(self.table, self.model, previous, self.detail, translate("TimelineTab", "No event matches."))
        self.timeline.set_tag(tag)  # after the table's choice, which pans to it: the view fits the tag's lanes
        shown, total = self.model.rowCount(), len(b.events)
        self.count.setText(arg(translate("TimelineTab", "%1 of %Ln events", None, total), number(shown)) if shown != total else translate("TimelineTab", "%Ln events", None, total))

    def show_event(self, event_id: str) -> bool:
        """Select an event; False if the search's people filter hides it (the search is the window's to clear)."""
        return show_record(self.table, self.model, event_id, self.tag_filter)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._briefing is None or not current.isValid():
            return
        b, event_id = self._briefing, current.data(ID_ROLE)
        self.record_chosen.emit("event", event_id)
        self.detail.show_html(lambda: event_html(b, b.event_by_id[event_id]))
        self.timeline.select(event_id)
