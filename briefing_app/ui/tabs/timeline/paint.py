"""Paints a laid-out timeline scene on any QPainter: the widget, a PNG or an SVG draw the same picture.
Every shape sets its own pen and brush, so nothing carries over from one to the next."""

from __future__ import annotations

from collections.abc import Container

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QLinearGradient, QPainter, QPalette, QPen, QPixmap, QPolygonF, QStaticText

from briefing_app.timeline.layout import Mark, Scene
from briefing_app.timeline.scene import DOT, GUTTER

BAR = 8.0  # a bar's thickness
DATE_COLOR = QColor(196, 58, 48)


def lane_color(n: int, dark: bool) -> QColor:
    """A distinct, calm colour per lane, like the theme lines of link-analysis charts."""
    hue = (n * 137 + 200) % 360  # the golden angle keeps neighbouring lanes apart
    return QColor.fromHsl(hue, 150, 175 if dark else 95)


_badges: dict[tuple[int, int, bool, int], QPixmap] = {}
_counts: dict[str, QStaticText] = {}


def _badge(color: QColor, width: float, dim: bool, ratio: float) -> QPixmap:
    """A cluster's badge, drawn once per colour and width and reused (its count is stamped on it):
    hundreds of antialiased shapes per repaint would cost more than the 16 ms a frame has."""
    key = (color.rgba(), round(width), dim, round(ratio * 100))
    pixmap = _badges.get(key)
    if pixmap is None:
        if len(_badges) > 500:
            _badges.clear()
        pixmap = QPixmap(int(round(width * ratio)) + 2, int(18 * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_badge(p, QRectF(0.6, 1, round(width) - 0.2, 16), color, dim, "", color)
        p.end()
        _badges[key] = pixmap
    return pixmap


def _count_text(text: str) -> QStaticText:
    static = _counts.get(text)
    if static is None:
        if len(_counts) > 5000:
            _counts.clear()
        static = _counts[text] = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
    return static


def _draw_badge(painter: QPainter, rect: QRectF, color: QColor, dim: bool, text: str, ink: QColor) -> None:
    fill = QColor(color)
    fill.setAlpha(60 if dim else 70)
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(QBrush(fill))
    painter.drawRoundedRect(rect, 8, 8)
    if text:
        painter.setPen(QPen(ink))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def paint_scene(painter: QPainter, scene: Scene, palette: QPalette, visible: Container[str] | None = None,
                cached: bool = False) -> None:
    """Draw `scene`; `cached` (on screen) stamps cluster badges from a cache, an export draws each."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    dark = base.lightness() < 128
    painter.fillRect(QRectF(0, 0, scene.width, scene.height).toAlignedRect(), base)  # whole pixels: no blending
    plot0, plot1 = scene.plot
    lanes_rect = QRectF(plot0 - 8, scene.lanes_top, plot1 - plot0 + 16, scene.lanes_bottom - scene.lanes_top)
    _paint_lanes(painter, scene, palette, dark)
    _paint_eras(painter, scene, highlight, lanes_rect)
    painter.save()
    painter.setClipRect(lanes_rect)
    if scene.date_x is not None:
        painter.setPen(QPen(DATE_COLOR, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(scene.date_x, 0), QPointF(scene.date_x, scene.axis_top))
    join = QColor(text)
    join.setAlpha(45)
    painter.setPen(QPen(join, 1, Qt.PenStyle.DotLine))
    for x, y0, y1 in scene.joins:
        painter.drawLine(QPointF(x, y0 + DOT), QPointF(x, y1 - DOT))
    colors: dict[int, QColor] = {}
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    count_pen = QPen(text)
    for mark in scene.marks:
        dim = visible is not None and mark.shape != "cluster" and mark.id not in visible
        color = colors.get(mark.lane)
        if color is None:
            color = colors[mark.lane] = lane_color(mark.lane, dark)
        if mark.shape == "cluster":
            x, _, w, _ = mark.rect
            count = str(len(mark.members))
            if cached:  # whole pixels: the fast path for stamping a pixmap
                painter.drawPixmap(round(x), round(mark.y - 9), _badge(color, w, dim, ratio))
                static = _count_text(count)
                painter.setPen(count_pen)
                size = static.size()
                painter.drawStaticText(QPointF(x + (w - size.width()) / 2, mark.y - size.height() / 2), static)
            else:
                _draw_badge(painter, QRectF(x, mark.y - 8, w, 16), color, dim, count, text)
            continue
        _paint_mark(painter, mark, color, base, highlight, dim)
    painter.restore()
    _paint_labels(painter, scene, palette, dark, lanes_rect)
    _paint_axis(painter, scene, text, highlight)
    painter.restore()


def _paint_lanes(painter: QPainter, scene: Scene, palette: QPalette, dark: bool) -> None:
    shade = palette.color(QPalette.ColorRole.AlternateBase)
    rule = QColor(palette.color(QPalette.ColorRole.Text))
    rule.setAlpha(28)
    for lane in scene.lanes:
        if lane.number % 2:
            painter.fillRect(QRectF(0, lane.y, scene.width, lane.height).toRect(), shade)
        stripe = lane_color(lane.number, dark)
        painter.fillRect(QRectF(0, lane.y + 2, 3, lane.height - 4).toRect(), stripe)
        painter.fillRect(QRectF(0, lane.y + lane.height - 1, scene.width, 1).toRect(), rule)
    painter.fillRect(QRectF(GUTTER, 0, 1, scene.axis_top).toRect(), rule)


def _paint_eras(painter: QPainter, scene: Scene, highlight: QColor, lanes_rect: QRectF) -> None:
    painter.save()
    painter.setClipRect(QRectF(scene.plot[0] - 8, 0, scene.plot[1] - scene.plot[0] + 16, scene.axis_top))
    painter.setPen(Qt.PenStyle.NoPen)
    for era in scene.eras:
        band = QColor(highlight)
        band.setAlpha(40 if era.selected else 14)
        painter.fillRect(QRectF(era.x0, lanes_rect.top(), era.x1 - era.x0, lanes_rect.height()), band)
        bar = QColor(highlight)
        bar.setAlpha(150 if era.selected else 55 + 25 * era.parity)
        painter.setBrush(QBrush(bar))
        painter.drawRoundedRect(QRectF(era.x0, era.y, era.x1 - era.x0, era.height), 3, 3)
    top = scene.era_top
    for run in scene.density:
        tone = QColor(highlight)
        tone.setAlpha(int(30 + 180 * run.shade))
        painter.fillRect(QRectF(run.x0, top, run.x1 - run.x0, scene.era_height - 2).toRect(), tone)
    painter.restore()


def _paint_mark(painter: QPainter, mark: Mark, color: QColor, base: QColor, highlight: QColor, dim: bool) -> None:
    if dim:
        color = QColor(color)
        color.setAlpha(60)
    y = mark.y
    if mark.x1 > mark.x0:  # a bar: a span solid, a month or a season with soft ends
        x0, x1 = mark.x0, mark.x1
        color = QColor(color)
        color.setAlpha(min(color.alpha(), 125))  # light enough to read a label drawn over it
        if mark.shape == "span":
            brush = QBrush(color)
        else:
            soft = min(10.0, (x1 - x0) / 3)
            gradient = QLinearGradient(x0, 0, x1, 0)
            clear = QColor(color)
            clear.setAlpha(0)
            gradient.setColorAt(0, clear)
            gradient.setColorAt(soft / (x1 - x0), color)
            gradient.setColorAt(1 - soft / (x1 - x0), color)
            gradient.setColorAt(1, clear)
            brush = QBrush(gradient)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawRoundedRect(QRectF(x0, y - BAR / 2, x1 - x0, BAR), BAR / 2, BAR / 2)
        if mark.selected:
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(x0 - 2, y - BAR / 2 - 2, x1 - x0 + 4, BAR + 4), BAR / 2 + 2, BAR / 2 + 2)
    else:
        if mark.shape == "day":  # a known day: a filled dot; anything vaguer: a ring
            painter.setPen(QPen(color.darker(130), 1))
            painter.setBrush(QBrush(color))
        else:
            painter.setPen(QPen(color, 2))
            painter.setBrush(QBrush(base))
        painter.drawEllipse(QPointF(mark.x0, y), DOT, DOT)
    if mark.selected and mark.x1 <= mark.x0:
        painter.setPen(QPen(highlight, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(mark.x0, y), DOT + 3, DOT + 3)


def _paint_labels(painter: QPainter, scene: Scene, palette: QPalette, dark: bool, lanes_rect: QRectF) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    quiet = palette.color(QPalette.ColorRole.PlaceholderText)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    base_font = painter.font()
    underlined = QFont(base_font)
    underlined.setUnderline(True)
    for label in scene.labels:
        rect = QRectF(*label.rect)
        if label.kind == "cluster":  # drawn inside its badge
            continue
        in_lanes = label.kind in ("event", "selected")
        if in_lanes and not lanes_rect.intersects(rect):
            continue
        color = text
        if label.kind == "selected":
            color = highlight if highlight.lightness() < 200 or dark else text
            painter.setFont(underlined)
        elif label.kind == "lane":
            color = lane_color(label.lane, dark) if label.lane >= 0 else quiet
        elif label.kind == "date":
            color = DATE_COLOR
        elif label.kind == "axis-major":
            color = quiet
        painter.setPen(QPen(color))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawText(rect.adjusted(0, 0, 4, 0), align, label.text)
        if label.kind == "selected":
            painter.setFont(base_font)


def _paint_axis(painter: QPainter, scene: Scene, text: QColor, highlight: QColor) -> None:
    y = scene.axis_top
    painter.setPen(QPen(text, 1))
    painter.drawLine(QPointF(scene.plot[0] - 8, y), QPointF(scene.plot[1] + 8, y))
    for label in scene.labels:
        if label.kind == "axis":
            x = label.rect[0] + label.rect[2] / 2
            painter.drawLine(QPointF(x, y), QPointF(x, y + 5))
    if scene.selected_x is not None and scene.plot[0] <= scene.selected_x <= scene.plot[1]:
        x = scene.selected_x
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(highlight))
        painter.drawPolygon(QPolygonF([QPointF(x, y + 1), QPointF(x - 5, y + 8), QPointF(x + 5, y + 8)]))
