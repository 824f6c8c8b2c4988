"""The drawn timeline: eras as bands, events as marks, zoom and pan, the selected event marked."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import bisect
import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from ..model import Event


MARGIN = 24.0
AXIS_HEIGHT = 22.0
LANE_HEIGHT = 30.0  # pixels per lane of marks; a taller view gets more lanes
LABEL_WIDTH = 220  # pixels at most for a mark's label
MAX_LABELLED = 400  # past this many marks in view, labels would be noise
MIN_SPAN = 0.05  # years: about 18 days fill the width at most zoom


class _Mark(NamedTuple):
    id: str
    start: float
    end: float
    title: str
    date: str


def _extent(marks: list[_Mark]) -> tuple[float, float]:
    if not marks:
        return (2000.0, 2001.0)
    lo, hi = min(m.start for m in marks), max(m.end for m in marks)
    pad = max((hi - lo) * 0.03, 0.5)
    # More room on the right: labels run rightwards from their marks, and the latest events,
    # the ones a briefing is about, would otherwise have theirs cut off at the edge.
    return (lo - pad, hi + max(4 * pad, (hi - lo) * 0.18))


class Marks(NamedTuple):
    """What the view draws, computed once per briefing (off the GUI thread for a large file)."""

    eras: list[_Mark]
    marks: list[_Mark]  # sorted by start
    starts: list[float]  # the marks' starts, for bisecting
    index_of: dict[str, int]
    full: tuple[float, float]  # years that hold every era and mark
    initial: tuple[float, float]  # years the view opens on: the dated events

    @staticmethod
    def of(events: tuple[Event, ...]) -> Marks:
        def mark(e: Event) -> _Mark:
            return _Mark(e.id, e.when.start_fraction(), e.when.end_fraction(), e.title, e.when.display())

        eras = [mark(e) for e in events if e.era]
        marks = sorted((mark(e) for e in events if not e.era), key=lambda m: m.start)
        full = _extent(eras + marks)
        # Open on the dated events; a long era (colonial rule) would squeeze them into a corner.
        initial = _extent(marks) if marks else full
        return Marks(eras, marks, [m.start for m in marks], {m.id: i for i, m in enumerate(marks)}, full, initial)


class TimelineView(QWidget):
    """A painted time axis. Model data arrives once through set_events; the view only reads it."""

    event_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("Drawn timeline")
        self.setAccessibleDescription("Eras as bands and events as marks. Wheel or Ctrl+plus and Ctrl+minus zoom; drag or the arrow keys pan.")
        self._eras: list[_Mark] = []
        self._marks: list[_Mark] = []
        self._starts: list[float] = []
        self._index_of: dict[str, int] = {}
        self._visible: set[str] | None = None
        self._selected: str | None = None
        self._full = (0.0, 1.0)
        self._view = (0.0, 1.0)
        self._drag_x: float | None = None
        self._placed: list[tuple[int, _Mark]] = []  # lanes chosen at the last paint, for hit tests

    # Data and state

    def set_marks(self, marks: Marks) -> None:
        self._eras, self._marks, self._starts, self._index_of = marks.eras, marks.marks, marks.starts, marks.index_of
        self._full, self._view = marks.full, marks.initial
        self._selected = None
        self.update()

    def set_visible_ids(self, ids: set[str] | None) -> None:
        """Dim the marks of events the table filters out (None shows all)."""
        if ids != self._visible:
            self._visible = ids
            self.update()

    def select(self, event_id: str | None) -> None:
        self._selected = event_id
        mark = next((m for m in self._eras + self._marks if m.id == event_id), None)
        if mark is not None:
            lo, hi = self._view
            if not lo <= mark.start <= hi:
                half = (hi - lo) / 2
                self._set_view(mark.start - half, mark.start + half)
        self.update()

    @property
    def view_range(self) -> tuple[float, float]:
        return self._view

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        """Zoom by `factor` (>1 zooms in) around a year (default: the middle of the view)."""
        lo, hi = self._view
        anchor = (lo + hi) / 2 if anchor is None else anchor
        span = max((hi - lo) / factor, MIN_SPAN)
        span = min(span, (self._full[1] - self._full[0]) * 4)
        left = anchor - (anchor - lo) * span / (hi - lo)
        self._set_view(left, left + span)

    def pan(self, fraction: float) -> None:
        lo, hi = self._view
        shift = (hi - lo) * fraction
        self._set_view(lo + shift, hi + shift)

    def reset_view(self) -> None:
        self._set_view(*self._full)

    def _set_view(self, lo: float, hi: float) -> None:
        self._view = (lo, hi)
        self.update()

    # Geometry

    def _x(self, year: float) -> float:
        lo, hi = self._view
        return MARGIN + (year - lo) / (hi - lo) * (self.width() - 2 * MARGIN)

    def _year(self, x: float) -> float:
        lo, hi = self._view
        return lo + (x - MARGIN) / max(self.width() - 2 * MARGIN, 1) * (hi - lo)

    def _lanes(self) -> int:
        return max(2, min(12, int((self.height() - AXIS_HEIGHT - 38) // LANE_HEIGHT)))

    def _lane_y(self, lane: int) -> float:
        top = 30.0
        usable = self.height() - AXIS_HEIGHT - top - 8
        return top + usable * (lane + 0.5) / self._lanes()

    def _visible_marks(self, label_width: Callable[[str], float] | None = None) -> list[tuple[int, _Mark]]:
        """Marks in view with their lanes: each goes to the first lane where its label has room."""
        lo, hi = self._view
        first = bisect.bisect_left(self._starts, lo)
        last = bisect.bisect_right(self._starts, hi)
        shown: list[tuple[int, _Mark]] = []
        last_pixel = -1
        lanes = self._lanes()
        lane_end = [-1e9] * lanes
        labelled = label_width is not None and last - first <= MAX_LABELLED
        if last - first > 2 * self.width():
            # Far more marks than pixels: take the first mark in each pixel column by bisecting,
            # so a repaint costs the width of the view, not the number of events.
            picks: list[int] = []
            for px in range(self.width()):
                i = bisect.bisect_left(self._starts, self._year(px), first, last)
                if i < last and self._starts[i] < self._year(px + 1) and (not picks or picks[-1] != i):
                    picks.append(i)
            selected = self._index_of.get(self._selected or "")
            indices: Iterable[int] = sorted({*picks, selected}) if selected is not None and first <= selected < last else picks
        else:
            indices = range(first, last)
        for i in indices:
            mark = self._marks[i]
            x = self._x(mark.start)
            if int(x) == last_pixel and mark.id != self._selected:
                continue
            last_pixel = int(x)
            if labelled:
                assert label_width is not None
                lane = next((n for n in range(lanes) if lane_end[n] < x - 4), min(range(lanes), key=lane_end.__getitem__))
                lane_end[lane] = x + 10 + label_width(mark.title)
            else:
                lane = i % lanes
            shown.append((lane, mark))
        return shown

    def mark_at(self, point: QPointF) -> str | None:
        best, best_d = None, 8.0
        for lane, mark in self._placed or self._visible_marks():
            d = math.hypot(self._x(mark.start) - point.x(), self._lane_y(lane) - point.y())
            if d < best_d:
                best, best_d = mark.id, d
        if best is None:
            for era in self._eras:
                if self._x(era.start) <= point.x() <= self._x(era.end) and point.y() < 28:
                    return era.id
        return best

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        self._paint_eras(painter, highlight, text)
        self._paint_axis(painter, text)
        self._paint_marks(painter, highlight, text)
        if self.hasFocus():
            pen = QPen(highlight)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _paint_eras(self, painter: QPainter, highlight: QColor, text: QColor) -> None:
        height = self.height() - AXIS_HEIGHT
        for n, era in enumerate(self._eras):
            x0, x1 = self._x(era.start), self._x(era.end)
            band = QColor(highlight)
            band.setAlpha(110 if era.id == self._selected else 38 + 18 * (n % 2))
            painter.fillRect(QRectF(x0, 0, max(x1 - x0, 2), height), band)
            painter.setPen(text)
            label_rect = QRectF(max(x0, 0) + 4, 4 + 13 * (n % 2), max(x1 - max(x0, 0) - 8, 0), 14)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(f"{era.title} ({era.date})", Qt.TextElideMode.ElideRight, int(label_rect.width())))

    def _paint_axis(self, painter: QPainter, text: QColor) -> None:
        y = self.height() - AXIS_HEIGHT
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        lo, hi = self._view
        span = hi - lo
        width = max(self.width() - 2 * MARGIN, 1)
        step = 1.0
        for candidate in (1 / 12, 0.25, 1, 2, 5, 10, 20, 50, 100, 200):
            if candidate / span * width >= 64:
                step = candidate
                break
        else:
            step = 500.0
        tick = math.floor(lo / step) * step
        metrics = painter.fontMetrics()
        while tick <= hi:
            x = self._x(tick)
            painter.drawLine(QPointF(x, y), QPointF(x, y + 4))
            if step >= 1:
                label = str(int(round(tick)))
            else:
                year = int(math.floor(tick + 1e-9))
                month = int(round((tick - year) * 12)) % 12
                label = f"{('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[month]} {year}"
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2, y + 6 + metrics.ascent()), label)
            tick += step

    def _paint_marks(self, painter: QPainter, highlight: QColor, text: QColor) -> None:
        metrics = painter.fontMetrics()
        label_end = [-1e9] * self._lanes()

        def label_width(title: str) -> float:
            return float(metrics.horizontalAdvance(metrics.elidedText(title, Qt.TextElideMode.ElideRight, LABEL_WIDTH)))

        dim = QColor(text)
        dim.setAlpha(70)
        selected: tuple[int, _Mark] | None = None
        self._placed = self._visible_marks(label_width)
        for lane, mark in self._placed:
            if mark.id == self._selected:
                selected = (lane, mark)
                continue
            x, y = self._x(mark.start), self._lane_y(lane)
            hidden = self._visible is not None and mark.id not in self._visible
            color = dim if hidden else text
            painter.setPen(QPen(color, 1))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x, y), 3.5, 3.5)
            if self._x(mark.end) - x > 6:  # a year, month or span: a faint bar under the dot shows how long
                faint = QColor(color)
                faint.setAlpha(60)
                painter.fillRect(QRectF(x, y + 5, self._x(mark.end) - x, 3), faint)
            label = mark.title
            if not hidden and x + 6 > label_end[lane] and len(self._placed) <= MAX_LABELLED:
                elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
                painter.drawText(QPointF(x + 6, y + metrics.ascent() / 2 - 1), elided)
                label_end[lane] = x + 12 + metrics.horizontalAdvance(elided)
        if selected is not None:
            lane, mark = selected
            x, y = self._x(mark.start), self._lane_y(lane)
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(highlight)
            painter.drawEllipse(QPointF(x, y), 6, 6)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height() - AXIS_HEIGHT))
            label = f"{mark.date}: {mark.title}"
            width = metrics.horizontalAdvance(label) + 8
            left = min(x + 9, self.width() - width - 2)
            box = QRectF(left, y - metrics.height() / 2 - 2, width, metrics.height() + 4)
            painter.fillRect(box, self.palette().color(QPalette.ColorRole.Base))
            painter.setPen(text)
            painter.drawRect(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    # Interaction

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps, self._year(event.position().x()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.mark_at(event.position())
            if hit is not None:
                self.select(hit)
                self.event_clicked.emit(hit)
            self._drag_x = event.position().x()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_x is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._drag_x
            self._drag_x = event.position().x()
            self.pan(-dx / max(self.width() - 2 * MARGIN, 1))
        else:
            hit = self.mark_at(event.position())
            mark = next((m for m in self._eras + self._marks if m.id == hit), None)
            if mark is not None:
                QToolTip.showText(event.globalPosition().toPoint(), f"{mark.date}: {mark.title}", self)
            else:
                QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_x = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.pan(-0.1)
        elif key == Qt.Key.Key_Right:
            self.pan(0.1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_Home:
            self.reset_view()
        else:
            super().keyPressEvent(event)
