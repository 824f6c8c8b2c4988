"""The drawn timeline as a PNG or an SVG file: rendered into memory, then written atomically."""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from briefing_app.exports.xml import xml_document
from briefing_app.support.atomic_write import check_target, write_atomic
from briefing_app.ui.tabs.timeline.paint import paint_scene
from briefing_app.ui.tabs.timeline.view import TimelineView

FORMATS = ("png", "svg")
PNG_SCALE = 2  # pixels per point of the view: sharp on paper and on high-density screens


def format_of(path: str) -> str | None:
    suffix = os.path.splitext(path)[1].lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def render(view: TimelineView, fmt: str, whole: bool) -> bytes:
    """The timeline as `fmt` ("png" or "svg"): the current view as shown, or the whole timeline at fit."""
    scene = view.build_scene(whole)
    size = QSize(math.ceil(scene.width), math.ceil(scene.height))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    dots_per_metre = round(view.logicalDpiX() / 0.0254)  # text measured for the screen keeps its width
    if fmt == "png":
        image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(PNG_SCALE)
        image.setDotsPerMeterX(dots_per_metre)  # Qt scales by the pixel ratio itself
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        painter.setFont(view.font())
        paint_scene(painter, scene, view.palette())
        painter.end()
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str only
    else:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setResolution(view.logicalDpiX())
        generator.setTitle(QCoreApplication.translate("TimelineTab", "Timeline"))
        painter = QPainter(generator)
        painter.setFont(view.font())
        paint_scene(painter, scene, view.palette())
        painter.end()
    buffer.close()
    return xml_document(bytes(data.data())) if fmt == "svg" else bytes(data.data())


def export(view: TimelineView, path: str, whole: bool, fmt: str | None = None) -> str:
    """Write the timeline to `path` (format from `fmt` or the file's suffix); raises WriteError."""
    check_target(path)  # a bad target fails before any rendering
    chosen = fmt or format_of(path) or "png"
    write_atomic(path, render(view, chosen, whole))
    return path
