"""The chart's view: drag to pan, wheel or + / − to zoom, 0 to fit; a click on a node chooses it and a
double-click opens it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from briefing_app.ui.tabs.network.items import NodeItem
from briefing_app.ui.tabs.network.layout import NODE_W

ZOOM_STEP = 1.2
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class NetworkView(QGraphicsView):
    """The chart: drag to pan, wheel to zoom, click a node to choose it, double-click to open it."""

    node_clicked = Signal(str)
    node_opened = Signal(str)
    node_paired = Signal(str)  # Ctrl+click: the other end of a chain from the chosen node
    stepped = Signal(int, int)  # an arrow key: to the linked node that way (Shift+arrow pans)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("Network chart")
        self.setAccessibleName(QCoreApplication.translate("NetworkView", "Network chart"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#ffffff"))

    def _node_at(self, event: QMouseEvent) -> NodeItem | None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        node = self._node_at(event) if event.button() == Qt.MouseButton.LeftButton else None
        if node is not None:
            paired = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            (self.node_paired if paired else self.node_clicked).emit(node.node.id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        node = self._node_at(event)
        if node is not None:
            self.node_opened.emit(node.node.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps)
        event.accept()

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 4:
            self.scale(factor, factor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif Qt.Key(key) in ARROWS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.stepped.emit(*ARROWS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)

    def fit(self, box: QRectF | None = None, smallest: float = 0.05) -> None:
        """The whole chart in sight, but no smaller than `smallest` (below about 0.8 names cannot be read)."""
        if box is None:
            from briefing_app.ui.tabs.network.output import chart_box

            # The nodes' own footprints: their bounding rects are made wide for names drawn large when
            # the chart is small, and fitting those left a band of white around a chart seen whole.
            box = chart_box(self.scene()).marginsAdded(QMarginsF(NODE_W / 4, 8, NODE_W / 4, 8))
        if not box.isEmpty():
            self.fitInView(box, Qt.AspectRatioMode.KeepAspectRatio)
            scale = min(self.transform().m11(), 1.2)
            scale = max(scale, smallest)
            self.resetTransform()
            self.scale(scale, scale)
            self.centerOn(box.center())
