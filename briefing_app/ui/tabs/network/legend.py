"""The key to the chart: a symbol per kind, a colour per side, the dashed line. Drawn by one function
on the screen, in exported images and on paper alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefing_app.graph.network import KINDS
from briefing_app.ui.tabs.network.items import INK, kind_name, symbol

NO_SIDE_COLOUR = QColor("#ffffff")


def entries(kinds: set[str], colours: dict[str, str]) -> list[tuple[str, str, QColor]]:
    """(kind of mark, text, colour): the kinds the chart holds, then each side, then the dashed line."""
    found: list[tuple[str, str, QColor]] = [
        (kind, kind_name(kind), NO_SIDE_COLOUR) for kind in KINDS if kind in kinds
    ]
    found += [("swatch", side, QColor(colour)) for side, colour in colours.items()]
    found.append(("dash", QCoreApplication.translate("NetworkLegend", "disputed link"), INK))
    return found


def _places(metrics: QFontMetricsF, width: float, items: list[tuple[str, str, QColor]]) -> tuple[list[tuple[float, float, float]], float]:
    """Where each entry goes (x, y from the origin, its width), in rows wrapped at `width`; and the height used."""
    line = max(metrics.height(), 16.0) + 4
    x = y = 0.0
    places = []
    for _kind, text, _colour in items:
        span = 22 + metrics.horizontalAdvance(text) + 14
        if x > 0 and x + span > width:
            x, y = 0.0, y + line
        places.append((x, y, span))
        x += span
    return places, y + line


def legend_height(metrics: QFontMetricsF, width: float, items: list[tuple[str, str, QColor]]) -> float:
    """The height paint_legend takes with a font of these metrics (a page lays its chart out below it)."""
    return _places(metrics, width, items)[1]


def paint_legend(painter: QPainter, origin: QPointF, width: float, items: list[tuple[str, str, QColor]]) -> float:
    """Lay the entries out in rows from `origin`, wrapping at `width`; returns the height used."""
    metrics = QFontMetricsF(painter.font())
    line = max(metrics.height(), 16.0) + 4
    places, height = _places(metrics, width, items)
    for (kind, text, colour), (dx, dy, span) in zip(items, places):
        x, y = origin.x() + dx, origin.y() + dy
        middle = QPointF(x + 8, y + line / 2)
        painter.save()
        painter.translate(middle)
        if kind == "dash":
            pen = QPen(INK, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(-8, 0), QPointF(8, 0))
        elif kind == "swatch":
            painter.setPen(QPen(INK, 1))
            painter.setBrush(QBrush(colour))
            painter.drawRect(QRectF(-7, -5, 14, 10))
        else:
            painter.setPen(QPen(INK, 1))
            painter.setBrush(QBrush(colour))
            painter.drawPath(symbol(kind, 6.5))
        painter.restore()
        painter.setPen(INK)
        painter.drawText(QRectF(x + 20, y, span, line), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    return height


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("NetworkLegend", "Legend of the network"))

    def set_items(self, items: list[tuple[str, str, QColor]]) -> None:
        self.items = items
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, int(QFontMetricsF(self.font()).height() + 8) * 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(painter, QPointF(4, 0), self.width() - 8, self.items)

