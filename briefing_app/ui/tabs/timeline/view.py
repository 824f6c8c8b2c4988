"""The drawn timeline: lanes of events, era bands, an axis at every zoom; zoom, pan, select, hover.
What goes where is decided by timeline_layout (Qt-free); timeline_paint draws it."""

from __future__ import annotations

import html
from collections.abc import Container
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

from briefing_app.timeline.data import TimelineData, make_item, make_lane
from briefing_app.core.rows import ById, Records
from briefing_app.timeline.layout import GUTTER, DensityRun, EraBar, Mark, Scene, lay_out
from briefing_app.ui.tabs.timeline.axis_names import axis_names
from briefing_app.ui.tabs.timeline.paint import paint_scene
from briefing_app.i18n.translation import arg

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from briefing_app.timeline.data import Item


MIN_SPAN = 12 / 365  # years: the deepest zoom shows about twelve days, each labelled
ZOOM_STEP = 1.5
PAN_STEP = 0.1
WHOLE_WIDTH = 1600  # pixels: an export of the whole timeline
WHOLE_LANES = 300  # an export of the whole timeline holds at most this many lanes
TOOLTIP_TITLES = 8


class TimelineView(QWidget):
    """A painted time axis. Its data arrives once per briefing through set_marks; the view only reads it."""

    event_clicked = Signal(str)  # a click or an arrow key chose this event

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(160)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("TimelineView", "Drawn timeline"))
        self.setAccessibleDescription(translate("TimelineView", 
            "Events in lanes by tag or by person, eras as bands above them. Left and Right arrows choose the "
            "previous or next event; plus and minus or the wheel zoom; Home fits everything, D returns to "
            "the briefing date; drag or "
            "Shift with the arrows pans; Up, Down, Page Up and Page Down scroll the lanes."))
        self.data: TimelineData | None = None
        self.lane_mode = "tag"
        self._visible: Container[str] | None = None  # the events the table shows; None: all
        self._selected: str | None = None
        self._tag: str | None = None  # the tab's tag filter: only the lanes holding its events are drawn
        self._only: dict[str, tuple[int, ...] | None] = {}  # per lane mode, for the tag
        self._view = (0.0, 1.0)
        self._first_lane = 0
        self._drag_x: float | None = None
        self._scene: Scene | None = None
        self._widths: dict[str, float] = {}
        self.lanes_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.lanes_bar.setAccessibleName(translate("TimelineView", "Scroll the lanes"))
        self.lanes_bar.hide()
        self.lanes_bar.valueChanged.connect(self._on_lanes_bar)

    # Data and state

    def set_marks(self, data: TimelineData) -> None:
        self.data = data
        self._selected = None
        self._tag = None
        self._only.clear()
        self._first_lane = 0
        self._widths.clear()
        self._view = data.story or data.fit
        self._changed()

    def set_lane_mode(self, mode: str) -> None:
        if mode != self.lane_mode:
            self.lane_mode = mode
            self._first_lane = 0
            self._changed()
            if self._selected:
                self._reveal(self._selected)

    def set_visible_ids(self, ids: Container[str] | None) -> None:
        """Dim the marks of events the table filters out (None shows all). `ids` may be a live view of
        the table, the same object after every filter change: the marks are repainted each time."""
        self._visible = ids
        self.update()

    def set_tag(self, tag: str | None) -> None:
        """Draw only the lanes that hold this tag's events and refit to them (None: every lane, and
        back to the opening view)."""
        if tag == self._tag or self.data is None:
            return
        self._tag = tag
        self._only.clear()
        self._first_lane = 0
        view = self.data.view_of_tag(tag) if tag is not None else None
        self._set_view(*(view or self.data.story or self.data.fit))

    def shown_lanes(self) -> tuple[int, ...] | None:
        """The lanes drawn in the current mode (None: all of them)."""
        if self._tag is None or self.data is None:
            return None
        if self.lane_mode not in self._only:
            self._only[self.lane_mode] = self.data.lanes_of_tag(self.lane_mode, self._tag)
        return self._only[self.lane_mode]

    def shows(self, event_id: str) -> bool:
        """Whether an event is among those shown: a dimmed one cannot be chosen here, by click or
        key, since choosing it would mean clearing the user's search."""
        return self._visible is None or event_id in self._visible

    def select(self, event_id: str | None) -> None:
        """Mark this event as chosen and bring it into view, keeping the zoom."""
        self._selected = event_id
        if event_id is not None:
            self._reveal(event_id)
        self._changed()

    @property
    def selected(self) -> str | None:
        return self._selected

    @property
    def view_range(self) -> tuple[float, float]:
        return self._view

    @property
    def first_lane(self) -> int:
        return self._first_lane

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        """Zoom by `factor` (>1 zooms in) keeping the year `anchor` where it is on screen: the point
        under the cursor for the wheel, the middle of the view for keys and buttons (default). Never
        an edge: a chosen event pinned at the edge kept its neighbours cut."""
        lo, hi = self._view
        if anchor is None:
            anchor = (lo + hi) / 2
        fit = self.data.fit if self.data else (lo, hi)
        span = min(max((hi - lo) / factor, MIN_SPAN), (fit[1] - fit[0]) * 3)
        left = anchor - (anchor - lo) * span / (hi - lo)
        self._set_view(left, left + span)

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def pan(self, fraction: float) -> None:
        lo, hi = self._view
        shift = (hi - lo) * fraction
        self._set_view(lo + shift, hi + shift)

    def reset_view(self) -> None:
        """Fit: every event and era in view, the lanes from the first."""
        if self.data is not None:
            self._first_lane = 0
            self._set_view(*self.data.fit)

    def show_story(self) -> None:
        """Back to the opening view: the briefing date and its run-up (timeline/story.py)."""
        if self.data is not None:
            self._first_lane = 0
            self._set_view(*(self.data.story or self.data.fit))

    def scroll_lanes(self, lanes: int) -> None:
        self._set_first_lane(self._first_lane + lanes)

    def _set_first_lane(self, lane: int) -> None:
        only = self.shown_lanes()
        count = len(only) if only is not None else len(self.data.lanes[self.lane_mode]) if self.data else 0
        lane = max(0, min(lane, count - 1))
        if lane != self._first_lane:
            self._first_lane = lane
            self._changed()

    def _set_view(self, lo: float, hi: float) -> None:
        self._view = (lo, hi)
        self._changed()

    def _changed(self) -> None:
        self._scene = None
        self.update()

    def _reveal(self, event_id: str) -> None:
        """Pan (never zoom) so the event is in view, and scroll its first lane into view."""
        data = self.data
        item = data.by_id.get(event_id) if data else None
        if data is None or item is None:
            return
        lo, hi = self._view
        if item.end < lo or item.start > hi:
            half = (hi - lo) / 2
            middle = (item.start + min(item.end, item.start + half)) / 2
            self._view = (middle - half, middle + half)
        lanes = data.lanes_of(self.lane_mode, event_id)
        scene = self.scene()
        shown = {box.number for box in scene.lanes}
        only = self.shown_lanes()
        drawn = [n for n in lanes if only is None or n in only]
        if drawn and not shown.intersection(drawn):
            self._first_lane = drawn[0] if only is None else only.index(drawn[0])
        self._scene = None

    # Layout

    def measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > 100_000:
                self._widths.clear()
            width = self._widths[text] = float(self.fontMetrics().horizontalAdvance(text))
        return width

    def scene(self) -> Scene:
        """What the view shows now, laid out once per change."""
        if self._scene is None:
            self._scene = self.build_scene(whole=False)
            QTimer.singleShot(0, self, self._sync_lanes_bar)  # dropped if the view is gone by then
        return self._scene

    def build_scene(self, whole: bool) -> Scene:
        """The current view at the widget's size, or (whole) everything at fit with every lane."""
        data = self.data or _EMPTY
        if whole:
            return lay_out(data, self.lane_mode, data.fit, max(self.width(), WHOLE_WIDTH), None, self.measure,
                           self._selected, 0, WHOLE_LANES, _scene_words, self.shown_lanes(), axis_names())
        return lay_out(data, self.lane_mode, self._view, self.width(), self.height(), self.measure,
                       self._selected, self._first_lane, words=_scene_words, only=self.shown_lanes(), calendar=axis_names())

    def _sync_lanes_bar(self) -> None:
        scene = self._scene
        if scene is None:
            return
        bar = self.lanes_bar
        bar.blockSignals(True)
        bar.setRange(0, max(0, scene.lane_count - scene.lanes_shown))
        bar.setPageStep(max(1, scene.lanes_shown))
        bar.setValue(self._first_lane)
        bar.blockSignals(False)
        bar.setVisible(scene.lane_count > scene.lanes_shown or self._first_lane > 0)

    def _on_lanes_bar(self, value: int) -> None:
        self._set_first_lane(value)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = 12
        self.lanes_bar.setGeometry(self.width() - width - 1, 20, width, max(self.height() - 60, 20))
        self._scene = None
        super().resizeEvent(event)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_scene(painter, self.scene(), self.palette(), self._visible, cached=True)
        if self.hasFocus():  # the style's own thin focus frame; the drawing itself never changes
            # Imported here: QStyle's enums cost about 13 ms to create, and the chart has no focus at start.
            from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect

            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)
            option.backgroundColor = self.palette().color(self.backgroundRole())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        painter.end()

    # Looking up what is under the cursor

    def mark_at(self, point: QPointF) -> str | None:
        """The id of the event or era under a point (a cluster has none)."""
        target = self.scene().at(point.x(), point.y())
        if isinstance(target, Mark) and target.shape != "cluster":
            return target.id
        if isinstance(target, EraBar):
            return target.id
        return None

    def tooltip_at(self, point: QPointF) -> str | None:
        """Plain text for what is under a point: an event's date and title in full, or what a cluster holds."""
        target = self.scene().at(point.x(), point.y())
        if isinstance(target, Mark):
            day = self.data.day if self.data else None
            if target.shape != "cluster":
                return _describe(target.members[0], day)
            members = target.members
            count = len(members)  # lupdate reads the count only from a plain name
            lines = [arg(translate("TimelineView", "%Ln events, %1 to %2 (click to open)", None, count), members[0].date, members[-1].date)]
            lines += [_describe(m, day) for m in members[:TOOLTIP_TITLES]]
            if len(members) > TOOLTIP_TITLES:
                count2 = len(members) - TOOLTIP_TITLES
                lines.append(translate("TimelineView", "… and %Ln more", None, count2))
            return "\n".join(lines)
        if isinstance(target, EraBar) and self.data is not None:
            return _describe(self.data.by_id[target.id])
        if isinstance(target, DensityRun):
            count3 = target.eras
            return translate("TimelineView", "Up to %Ln eras at once here: zoom in to read them", None, count3)
        return None

    # Interaction

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps and event.position().x() < GUTTER:  # over the lane names: scroll the lanes
            self.scroll_lanes(-int(steps) or (-1 if steps > 0 else 1))
        elif steps:
            self.zoom(1.25**steps, self.scene().year_of(event.position().x()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            target = self.scene().at(event.position().x(), event.position().y())
            if isinstance(target, Mark) and target.shape == "cluster":
                lo, hi = target.span
                pad = max((hi - lo) * 0.4, MIN_SPAN / 2)
                self._set_view(lo - pad, max(hi + pad, lo - pad + MIN_SPAN))
            elif isinstance(target, DensityRun):
                self.zoom(4, self.scene().year_of(event.position().x()))
            else:
                hit = self.mark_at(event.position())
                if hit is not None and self.shows(hit):
                    self.select(hit)
                    self.event_clicked.emit(hit)
            self._drag_x = event.position().x()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_x is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._drag_x
            self._drag_x = event.position().x()
            plot = self.scene().plot
            self.pan(-dx / max(plot[1] - plot[0], 1))
        else:
            tip = self.tooltip_at(event.position())
            if tip is not None:  # data text is plain text: escaped, so QToolTip cannot take it for markup
                body = "<br>".join(html.escape(line) for line in tip.split("\n"))
                QToolTip.showText(event.globalPosition().toPoint(), f"<p>{body}</p>", self)
            else:
                QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_x = None
        super().mouseReleaseEvent(event)

    def step_selection(self, step: int) -> None:
        """Choose the previous (-1) or next (+1) event in date order among those shown, as a click would."""
        data = self.data
        if data is None or not data.order:
            return
        if self._selected in data.by_id:
            n = data.order.index(self._selected) + step if self._selected else 0
        else:  # nothing chosen: start from the view's edge
            lo, hi = self._view
            inside = data.in_view(lo, hi)
            n = (inside[0] if step > 0 else inside[1]) if inside else 0
        while 0 <= n < len(data.order) and not self.shows(data.order[n]):
            n += step  # past the events the table filters out: choosing one would clear the filter
        if 0 <= n < len(data.order):
            ident = data.order[n]
            self.select(ident)
            self.event_clicked.emit(ident)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = -1 if key == Qt.Key.Key_Left else 1
            if shift:
                self.pan(sign * PAN_STEP)
            else:
                self.step_selection(sign)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.scroll_lanes(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            page = max(1, self.scene().lanes_shown)
            self.scroll_lanes(-page if key == Qt.Key.Key_PageUp else page)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_Home:
            self.reset_view()
        elif key == Qt.Key.Key_D:
            self.show_story()
        else:
            super().keyPressEvent(event)


def _scene_words(text: str) -> str:
    return translate("TimelineScene", text)


def _describe(item: Item, briefing_day: tuple[int, int, int] | None = None) -> str:
    """"13 Apr 2023 (D−4): …": an event dated to the day says how far it is from the briefing date."""
    if briefing_day is not None and item.shape == "day":
        from briefing_app.timeline.story import day_of, days_from
        from briefing_app.ui.shared.details import relative_day

        return f"{item.date} ({relative_day(days_from(day_of(item.start), briefing_day))}): {item.title}"
    return f"{item.date}: {item.title}"


_EMPTY = TimelineData(Records((), make_item), Records((), make_item), (), (), 0.0,
                      {"tag": Records((), make_lane), "person": Records((), make_lane)}, {"tag": {}, "person": {}},
                      lambda _m, _e: None, (), ById(Records((), make_item)), (2000.0, 2001.0), None, "")
