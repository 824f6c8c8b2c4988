"""The chart on paper and in files: PNG and SVG images, one printed page, a PDF when no printer is
installed. Everything is rendered into memory first and written with write_atomic."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from briefing_app.exports.xml import xml_document
from briefing_app.support.atomic_write import WriteError, write_atomic
from briefing_app.ui.tabs.network.legend import paint_legend

LegendItems = list[tuple[str, str, QColor]]
MAX_PIXELS = 8000  # an image side; a crowded chart is scaled down to it
MARGIN = 20.0


def _paint(painter: QPainter, scene: QGraphicsScene, target: QRectF, title: str, legend: LegendItems) -> None:
    """Title, legend, and the chart fitted into what is left of `target`."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, Qt.GlobalColor.white)
    font = painter.font()
    heading = painter.font()
    heading.setBold(True)
    heading.setPointSizeF(font.pointSizeF() * 1.3)
    painter.setFont(heading)
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(target.left(), target.top(), target.width(), line), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(font)
    used = paint_legend(painter, QPointF(target.left(), target.top() + line + 4), target.width(), legend)
    chart = QRectF(target.left(), target.top() + line + used + 12, target.width(), target.height() - line - used - 12)
    scene.render(painter, chart, chart_box(scene).marginsAdded(QMarginsF(8, 8, 8, 8)),
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


def paint_page(device: QPagedPaintDevice, scene: QGraphicsScene, title: str, legend: LegendItems) -> None:
    """The whole chart on one page, turned to landscape when it is wider than tall."""
    box = chart_box(scene)
    orientation = QPageLayout.Orientation.Landscape if box.width() > box.height() else QPageLayout.Orientation.Portrait
    device.setPageOrientation(orientation)
    painter = QPainter(device)
    page = QRectF(painter.viewport())
    _paint(painter, scene, page, title, legend)
    painter.end()


def pdf_bytes(scene: QGraphicsScene, title: str, legend: LegendItems, page: QPageSize.PageSizeId) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setResolution(150)
    writer.setPageSize(QPageSize(page))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    paint_page(writer, scene, title, legend)
    buffer.close()
    return bytes(data.data())


def write(path: str, render: Callable[[], bytes]) -> None:
    """Render, then write the file whole or not at all (WriteError says why)."""
    write_atomic(path, render())


__all__ = ["WriteError", "png_bytes", "svg_bytes", "pdf_bytes", "paint_page", "write"]
