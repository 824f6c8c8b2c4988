"""A delegate that draws a cell's plain text with some of its characters marked (bold, on a tint of the
highlight colour): the text search's matches. The text stays plain text all the way: no data from the
file is ever read as rich text or HTML, so a passage holding "<b>" shows "<b>"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARKS_ROLE = Qt.ItemDataRole.UserRole + 2  # a tuple of (start, end): the characters of the cell's text to mark
TINT = 90  # of 255: the marks' background, the palette's highlight colour let through this much


def mark_formats(marks: tuple[tuple[int, int], ...], palette: QPalette) -> list[QTextLayout.FormatRange]:
    """Bold on a tint of the highlight colour, for each (start, end) in `marks`."""
    tint = QColor(palette.color(QPalette.ColorRole.Highlight))
    tint.setAlpha(TINT)
    formats = []
    for start, end in marks:
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setBackground(tint)
        found = QTextLayout.FormatRange()
        found.start, found.length, found.format = start, end - start, mark
        formats.append(found)
    return formats


class HighlightDelegate(QStyledItemDelegate):
    """Paints the text of cells that carry MARKS_ROLE with those characters marked; other cells as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        marks = index.data(MARKS_ROLE)
        if not marks:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""  # the style draws the cell (background, selection, focus); the text is ours
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        layout = QTextLayout(text, item.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(wrap)
        layout.setFormats(mark_formats(marks, item.palette))
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1_000_000)  # one line, cut at the cell's edge
        layout.endLayout()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if item.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        painter.save()
        painter.setClipRect(area)
        painter.setPen(item.palette.color(group, role))
        layout.draw(painter, QPointF(area.left() + margin, area.top() + (area.height() - line.height()) / 2))
        painter.restore()
