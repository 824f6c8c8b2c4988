"""What the network chart is made of: a node (a symbol per kind, a colour per side), a link (dashed when
disputed), and the legend. Text from the data is drawn as plain text; tooltips are escaped HTML."""

from __future__ import annotations

import math

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP, arg

from briefing_app.graph.network import (
    AGREEMENT, COMMANDER_IN_EXERCISE, COMMANDS, DELEGATE, EARLIER, EVENT, EXERCISE, HELD_AS, IN_EXERCISE, NAVY, ORGANIZATION,
    PART_OF, PERSON, PRECEDED, REPORTS, SOURCE, TOOK_PART, VESSEL, Link, Network, Node,
)
from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W

SYMBOL = 11.0  # half the size of a node's symbol
LABEL_TOP = SYMBOL + 3
INK = QColor("#202020")
FAINT = QColor("#b8b8b8")
HALO = QColor(255, 200, 0, 170)  # a search match
translate = QCoreApplication.translate
# In English here; kind_name() gives them in the interface's language.
KIND_NAMES = {PERSON: QT_TRANSLATE_NOOP("NetworkItems", "person"), ORGANIZATION: QT_TRANSLATE_NOOP("NetworkItems", "organization"),
              EVENT: QT_TRANSLATE_NOOP("NetworkItems", "event"), VESSEL: QT_TRANSLATE_NOOP("NetworkItems", "vessel"),
              EXERCISE: QT_TRANSLATE_NOOP("NetworkItems", "exercise"), SOURCE: QT_TRANSLATE_NOOP("NetworkItems", "source")}


def kind_name(kind: str) -> str:
    return translate("NetworkItems", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


# The relations graph.py words in English (for `briefing-app links` and GraphML); link_text() says
# them in the interface's language. A role's or a commander's title is the sources' own words: as written.
RELATION_NAMES = {
    PART_OF: QT_TRANSLATE_NOOP("NetworkItems", "part of"), TOOK_PART: QT_TRANSLATE_NOOP("NetworkItems", "took part in"),
    PRECEDED: QT_TRANSLATE_NOOP("NetworkItems", "preceded"), EARLIER: QT_TRANSLATE_NOOP("NetworkItems", "earlier exercise"),
    AGREEMENT: QT_TRANSLATE_NOOP("NetworkItems", "agreement behind"), HELD_AS: QT_TRANSLATE_NOOP("NetworkItems", "held as"),
    NAVY: QT_TRANSLATE_NOOP("NetworkItems", "belongs to"), IN_EXERCISE: QT_TRANSLATE_NOOP("NetworkItems", "took part in exercise"),
    REPORTS: QT_TRANSLATE_NOOP("NetworkItems", "reports"),
    COMMANDER_IN_EXERCISE: QT_TRANSLATE_NOOP("NetworkItems", "commander in the exercise"),
}


def link_text(link: Link) -> str:
    """What a link says, in the interface's language."""
    if link.relation == DELEGATE:
        return arg(translate("NetworkItems", "delegate to the %1"), link.about)
    worded_here = link.label == link.relation or (link.relation == COMMANDS and link.label == COMMANDER_IN_EXERCISE)
    if worded_here and link.label in RELATION_NAMES:
        return translate("NetworkItems", RELATION_NAMES[link.label])
    return link.label


def symbol(kind: str, size: float = SYMBOL) -> QPainterPath:
    """Each kind its own shape, so that kinds read apart in print and for readers who do not see colour."""
    path = QPainterPath()
    s = size
    if kind == PERSON:
        path.addEllipse(QPointF(0, 0), s, s)
    elif kind == ORGANIZATION:
        path.addRoundedRect(QRectF(-s, -s * 0.85, 2 * s, 1.7 * s), 2, 2)
    elif kind == EVENT:
        path.addPolygon(QPolygonF([QPointF(0, -s), QPointF(s, 0), QPointF(0, s), QPointF(-s, 0)]))
        path.closeSubpath()
    elif kind == VESSEL:  # a hull seen from the side
        path.addPolygon(QPolygonF([QPointF(-s * 1.2, -s * 0.45), QPointF(s * 1.2, -s * 0.45), QPointF(s * 0.7, s * 0.6),
                                   QPointF(-s * 0.7, s * 0.6)]))
        path.closeSubpath()
    elif kind == EXERCISE:
        points = [QPointF(s * x, s * y) for x, y in ((1, 0), (0.5, 0.87), (-0.5, 0.87), (-1, 0), (-0.5, -0.87), (0.5, -0.87))]
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
    else:
        path.addRect(QRectF(-s * 0.75, -s, 1.5 * s, 2 * s))
    return path


def two_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A name over at most two lines, broken between words, the second cut short with '…' if need be."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one word wider than the box
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]


def tooltip(lines: list[str]) -> str:
    """Rich text whose every piece of data is escaped (a plain tooltip would be guessed as rich text)."""
    return "<p style='white-space:pre'>" + "<br>".join(escape(line) for line in lines) + "</p>"


MIN_LABEL_PX = 9.0  # no name is drawn smaller on screen or paper
SMALLEST_LOD = 0.25  # below this scale no name fits its place at a legible size: names are hidden
WIDER = 1.4  # a chosen or found name's width, in node widths: half of it and half a name fit one column apart
PAPER_GROW = 1.25  # a name on paper may grow this much past its scene size: NODE_W + the gap between columns
MIN_LETTERS = 4  # a name shortened below this is hidden rather than shown as "Se…"
KNOCKOUT = QColor("#ffffff")  # the chart's background (view.py), under each name


class NodeItem(QGraphicsItem):
    """One record: its symbol, filled with its side's colour, and its name under it (with '+N more'
    when some of its links lead out of the picture)."""

    def __init__(self, node: Node, colour: QColor, more: int, font: QFont, date: str = "") -> None:
        super().__init__()
        self.node = node
        self.colour = colour
        self.more = more
        self.date = date  # an event's date: three exercises share one title, and their dates tell them apart
        self.centre = False  # the chosen record
        self.matched = False  # found by the search
        self._font = font
        # The name is broken into lines at its first paint: most nodes drawn for a large file's
        # neighbourhood are out of sight, and breaking every name was most of the cost of a draw.
        self._lines: list[str] | None = None
        self._line = 0.0
        self._path = symbol(node.kind)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)

    def _name_lines(self) -> list[str]:
        """The name over two lines (an event's: its date, then its name on one line)."""
        if self._lines is None:
            metrics = QFontMetricsF(self._font)
            self._line = metrics.height()
            width = NODE_W - 4
            lines = two_lines(self.node.label, metrics, width)
            if self.date:
                whole = len(lines) == 1 and metrics.horizontalAdvance(self.node.label) <= width
                lines = [self.date, lines[0] if whole else metrics.elidedText(self.node.label, Qt.TextElideMode.ElideRight, width)]
            self._lines = lines
        return self._lines

    def describe(self) -> str:
        """The tooltip, made when the pointer first reaches the node: most nodes are never pointed at."""
        node = self.node
        lines = [node.label, kind_name(node.kind) + (f", {node.side}" if node.side else "")]
        if self.more:
            lines.append(translate("NetworkItems", "%Ln more links not drawn: choose it to centre the network on it", None, self.more))
        return tooltip(lines)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        if not self.toolTip():
            self.setToolTip(self.describe())
        super().hoverEnterEvent(event)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        # Wide and deep enough for a name drawn larger in the scene when the chart is seen small.
        return QRectF(-NODE_W, -SYMBOL - 4, 2 * NODE_W, 2 * NODE_H)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(-NODE_W / 4, -SYMBOL - 4, NODE_W / 2, NODE_H))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.matched:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HALO)
            painter.drawEllipse(QPointF(0, 0), SYMBOL + 7, SYMBOL + 7)
        painter.setPen(QPen(INK, 3 if self.centre else 1))
        painter.setBrush(QBrush(self.colour))
        painter.drawPath(self._path)
        painter.setPen(INK)
        font = self._font
        if self.centre or self.matched:
            font = QFont(font)
            font.setBold(True)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        lines = self._name_lines()
        line = self._line
        if lod < SMALLEST_LOD:
            return
        device = painter.device()
        paper = isinstance(device, QPagedPaintDevice)
        # On paper the floor is the screen's 9 px at 96 dpi in the printer's own (finer) pixels.
        floor = MIN_LABEL_PX * device.logicalDpiY() / 96 if paper else MIN_LABEL_PX
        grow = floor / max(lod * font.pixelSize(), 0.01)
        if paper and 1 < grow <= PAPER_GROW:
            # A page a little short of room: the same lines a little larger, which the gaps between
            # columns and rows hold, rather than names cut to one line on paper nobody can hover.
            font = QFont(font)
            font.setPixelSize(math.ceil(font.pixelSize() * grow))
            line = QFontMetricsF(font).height()
        elif grow > 1:
            # Too small to read: one line at the smallest legible size, shortened to the node's width,
            # or (a crowded chart seen whole) no name at all; the chosen and the found keep theirs.
            font = QFont(font)
            font.setPixelSize(max(1, math.ceil(floor / max(lod, 0.01))))
            metrics = QFontMetricsF(font)
            line = metrics.height()
            # The chosen and the found get more room, but no more than the gap to the next column
            # leaves beside a neighbour's name (twice the width ran into it).
            width = NODE_W * (WIDER if self.centre or self.matched else 1) - 4
            text = metrics.elidedText(self.node.label, Qt.TextElideMode.ElideRight, width)
            if len(text.rstrip("…")) < MIN_LETTERS and not (self.centre or self.matched):
                return
            lines = [text]
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for n, text in enumerate(lines):
            wide = max(NODE_W, metrics.horizontalAdvance(text) + 4)
            box = QRectF(-wide / 2, LABEL_TOP + n * line, wide, line)
            # Knocked out of the lines under it: a link never runs through a name.
            text_w = metrics.horizontalAdvance(text)
            painter.fillRect(QRectF(-text_w / 2 - 2, box.top(), text_w + 4, line), KNOCKOUT)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        if self.more:  # a badge beside the symbol, held to the names' floor like them
            badge = QFont(self._font)
            grow = max(1.0, floor / max(lod * badge.pixelSize(), 0.01))
            badge.setPixelSize(math.ceil(badge.pixelSize() * grow))
            painter.setFont(badge)
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(SYMBOL + 4, -self._line * grow / 2 - 1, (NODE_W / 2 - SYMBOL - 4) * grow, self._line * grow),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, translate("NetworkItems", "+%Ln more", None, self.more))

    def set_state(self, centre: bool, matched: bool) -> None:
        if (centre, matched) != (self.centre, self.matched):
            self.centre, self.matched = centre, matched
            self.update()


class LinkItem(QGraphicsLineItem):
    """Every link between two nodes, as one line; dashed when a disagreement touches any of them.
    Hovering shows what the links say and on whose word."""

    def __init__(self, a: str, b: str, links: list[Link], net: Network, start: QPointF, end: QPointF,
                 on_hover: Callable[[str], None]) -> None:
        super().__init__(start.x(), start.y(), end.x(), end.y())
        self.ends = (a, b)
        self.links = links
        self.disputed = any(link.disputed for link in links)
        self._on_hover = on_hover
        self._strong = False
        self._hovered = False
        self._net = net
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        # A line one pixel wide is hard to point at: hover anywhere within a few pixels of it.
        line = QPainterPath(start)
        line.lineTo(end)
        stroker = QPainterPathStroker()
        stroker.setWidth(9)
        self._shape = stroker.createStroke(line)
        self._restyle()

    @property
    def text(self) -> str:
        """What the links say, on one line; made when asked (most lines are never pointed at)."""
        return "; ".join(_say(self._net, link) for link in self.links)

    def describe(self) -> str:
        return tooltip([_say(self._net, link) for link in self.links])

    def set_strong(self, strong: bool) -> None:
        """A link of the chosen record: drawn dark; the others stay faint."""
        if strong != self._strong:
            self._strong = strong
            self._restyle()

    def _restyle(self) -> None:
        width = 3.0 if self._hovered else 2.0 if self._strong else 1.2
        pen = QPen(INK if self._strong or self._hovered else FAINT, width)
        if self.disputed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(1.5 if self._strong else 1)

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._shape.boundingRect()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        self._hovered = True
        if not self.toolTip():
            self.setToolTip(self.describe())
        self._restyle()
        self._on_hover(self.text)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt override
        self._hovered = False
        self._restyle()
        self._on_hover("")
        super().hoverLeaveEvent(event)


def _say(net: Network, link: Link) -> str:
    """'Captain → Ship: commands … [source-id]', with the disagreements that touch it."""
    text = f"{net.nodes[link.source].label} → {net.nodes[link.target].label}: {link_text(link)} [{', '.join(link.sources)}]"
    if link.disputed:
        text += " — " + translate("NetworkItems", "disputed") + f" ({', '.join(link.disputes)})"
    return text
