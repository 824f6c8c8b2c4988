"""The chart on paper and in files: PNG and SVG images, one printed page, a PDF when no printer is
installed. Everything is rendered into memory first and written with write_atomic."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from briefing_app.exports.xml import xml_document
from briefing_app.support.atomic_write import WriteError, write_atomic
from briefing_app.ui.tabs.network.drawing import FONT_UNITS
from briefing_app.ui.tabs.network.items import MIN_LABEL_PX
from briefing_app.ui.tabs.network.legend import legend_height, paint_legend

LegendItems = list[tuple[str, str, QColor]]
SceneForRoom = Callable[[tuple[float, float]], QGraphicsScene]  # the chart laid out for a chart area (scene units)
# Room for the chosen node's bold name, wider than the box its lines were broken for.
PAPER_MARGINS = QMarginsF(30, 8, 30, 8)
NAME_PT_MAX = 11.0  # a small chart is not blown up past this on paper
MAX_PIXELS = 8000  # an image side; a crowded chart is scaled down to it
MARGIN = 20.0


def _paint(painter: QPainter, scene: QGraphicsScene, target: QRectF, title: str, legend: LegendItems,
           source: QRectF | None = None) -> None:
    """Title, legend, and the chart (`source`, by default all of it) fitted into what is left of `target`."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, Qt.GlobalColor.white)
    font = painter.font()
    heading = painter.font()
    heading.setBold(True)
    heading.setPointSizeF(font.pointSizeF() * 1.3)
    painter.setFont(heading)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap  # a long title on a portrait page takes two lines
    line = painter.boundingRect(QRectF(target.left(), target.top(), target.width(), 10_000), wrap, title).height()
    painter.drawText(QRectF(target.left(), target.top(), target.width(), line), wrap, title)
    painter.setFont(font)
    used = paint_legend(painter, QPointF(target.left(), target.top() + line + 4), target.width(), legend)
    chart = QRectF(target.left(), target.top() + line + used + 12, target.width(), target.height() - line - used - 12)
    scene.render(painter, chart, source or chart_box(scene).marginsAdded(QMarginsF(8, 8, 8, 8)),
                 Qt.AspectRatioMode.KeepAspectRatio)


def chart_box(scene: QGraphicsScene) -> QRectF:
    """What the chart covers: each node's symbol and two lines of name. Not itemsBoundingRect(): a node's
    bounding rect is larger, to hold a name drawn large when the chart is seen small on screen."""
    from briefing_app.ui.tabs.network.items import SYMBOL, NodeItem
    from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W

    box = QRectF()
    for item in scene.items():
        if isinstance(item, NodeItem):
            at = item.pos()
            box = box.united(QRectF(at.x() - NODE_W / 2, at.y() - SYMBOL - 4, NODE_W, NODE_H))
    return box if not box.isEmpty() else scene.itemsBoundingRect()


def _image_size(scene: QGraphicsScene) -> tuple[QSize, float]:
    box = chart_box(scene)
    scale = min(1.5, MAX_PIXELS / max(box.width(), box.height(), 1.0))
    return QSize(int(box.width() * scale + 2 * MARGIN), int(box.height() * scale + 2 * MARGIN + 120)), scale


def png_bytes(scene: QGraphicsScene, title: str, legend: LegendItems) -> bytes:
    size, _ = _image_size(scene)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    _paint(painter, scene, QRectF(MARGIN, MARGIN, size.width() - 2 * MARGIN, size.height() - 2 * MARGIN), title, legend)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; the binding wants str
    buffer.close()
    return bytes(data.data())


def svg_bytes(scene: QGraphicsScene, title: str, legend: LegendItems) -> bytes:
    size, _ = _image_size(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(QCoreApplication.translate("NetworkOutput", "Network of links, with the sources of each link in its tooltip in the viewer"))
    painter = QPainter(generator)
    _paint(painter, scene, QRectF(MARGIN, MARGIN, size.width() - 2 * MARGIN, size.height() - 2 * MARGIN), title, legend)
    painter.end()
    buffer.close()
    return xml_document(bytes(data.data()))


def _header_height(device: QPagedPaintDevice, width: float, title: str, legend: LegendItems) -> float:
    """The height the title and the legend take above the chart on `device` (_paint draws them)."""
    font = QFont()
    heading = QFont(font)
    heading.setBold(True)
    heading.setPointSizeF(font.pointSizeF() * 1.3)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    title_h = QFontMetricsF(heading, device).boundingRect(QRectF(0, 0, width, 10_000), wrap, title).height()
    return title_h + 4 + legend_height(QFontMetricsF(font, device), width, legend) + 12


def paint_page(device: QPagedPaintDevice, make_scene: SceneForRoom, title: str, legend: LegendItems) -> None:
    """The chart on one page, laid out again for it (page_layout.py) in whichever orientation prints
    it larger. Its names are never smaller than on screen: MIN_LABEL_PX at 96 dpi."""
    dpi = device.logicalDpiY()
    floor = MIN_LABEL_PX * dpi / 96 / FONT_UNITS  # device pixels per scene unit at the smallest legible size
    largest = NAME_PT_MAX * dpi / 72 / FONT_UNITS
    best: tuple[float, QPageLayout.Orientation, QGraphicsScene] | None = None
    for orientation in (QPageLayout.Orientation.Landscape, QPageLayout.Orientation.Portrait):
        page = device.pageLayout()
        page.setOrientation(orientation)
        paper = QRectF(page.paintRectPixels(dpi))
        room = QSizeF(paper.width(), paper.height() - _header_height(device, paper.width(), title, legend))
        scene = make_scene((room.width() / floor, room.height() / floor))
        box = chart_box(scene).marginsAdded(PAPER_MARGINS)
        scale = min(room.width() / box.width(), room.height() / box.height())
        if best is None or scale > best[0] * 1.001:
            best = (scale, orientation, scene)
    assert best is not None
    scale, orientation, scene = best
    device.setPageOrientation(orientation)
    painter = QPainter(device)
    page_rect = QRectF(painter.viewport())
    box = chart_box(scene).marginsAdded(PAPER_MARGINS)
    if scale > largest:  # a small chart: names no larger than NAME_PT_MAX, the chart centred under the title
        extra = (scale / largest - 1) / 2  # each side, in the box's own size: the box grows by scale / largest
        box = box.marginsAdded(QMarginsF(box.width() * extra, box.height() * extra, box.width() * extra, box.height() * extra))
    _paint(painter, scene, page_rect, title, legend, box)
    painter.end()


def pdf_bytes(make_scene: SceneForRoom, title: str, legend: LegendItems, page: QPageSize.PageSizeId) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setResolution(150)
    writer.setPageSize(QPageSize(page))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    paint_page(writer, make_scene, title, legend)
    buffer.close()
    return bytes(data.data())


def write(path: str, render: Callable[[], bytes]) -> None:
    """Render, then write the file whole or not at all (WriteError says why)."""
    write_atomic(path, render())


__all__ = ["WriteError", "png_bytes", "svg_bytes", "pdf_bytes", "paint_page", "write"]
