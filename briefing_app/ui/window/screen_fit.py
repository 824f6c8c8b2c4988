"""Windows and dialogs never larger than the screen's available area: a first window of 1280×800 or a
print preview of 900×1000 put the status bar, the detail pane and the dialog's buttons off a
1024×700 screen. Sizes are asked for, then cut to the area the window manager leaves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager's frame adds around a window (title bar, borders), before the frame is
# known: the first size leaves room for it, and once shown the real frame is measured.
FRAME_WIDTH, FRAME_HEIGHT = 12, 40


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (or the primary one) that windows may use: without panels and docks."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width` × `height`, or less where the screen's available area is smaller, and keep it there once shown."""
    area = available_area(widget)
    widget.resize(max(200, min(width, area.width() - FRAME_WIDTH)), max(150, min(height, area.height() - FRAME_HEIGHT)))
    keep_on_screen(widget)


class _OnScreen(QObject):
    """On each show, measure the real frame and pull the window inside the available area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            clamp(watched)
        return False


def clamp(window: QWidget) -> None:
    area = available_area(window)
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(inner.width(), area.width() - extra_w)
    height = min(inner.height(), area.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    x = min(max(frame.x(), area.x()), area.right() + 1 - (width + extra_w))
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - (height + extra_h))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def keep_on_screen(window: QWidget) -> None:
    """Clamp the window to the available area whenever it is shown (restored geometry included)."""
    if window.property("keeps-on-screen"):
        return
    window.setProperty("keeps-on-screen", True)
    window.installEventFilter(_OnScreen(window))
