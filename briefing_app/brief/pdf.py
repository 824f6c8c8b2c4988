"""Lays the brief out on exactly one page of a printer or PDF, and writes PDFs whole or not at all."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import os
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument, QTextTable

from briefing_app.support.atomic_write import WriteError, check_target, write_atomic
from briefing_app.brief.annex import ANNEX_SIZES, annex_html
from briefing_app.brief.content import Brief
from briefing_app.brief.level import FIRST, FONT_STEP, MIN_FONT_PT, MOST_FOLDED, RUN_UP_FEW, Level
from briefing_app.core.model import Briefing
from briefing_app.i18n.translation import date_text

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 13.0
PDF_DPI = 300
BLANK_LINES = 2.0  # the most blank a page may leave, in lines, while it leaves anything out
SMALLER_MOST_PT = 0.5  # how much smaller the font may go to leave no larger blank
LINE_SPACING = 1.17  # a line's height in DejaVu Sans, in ems

_app: QGuiApplication | None = None


# The PDF could not be written; the message says why in one line. The same class as the atomic
# writer's, so that one `except` covers a failed page and a failed write.
BriefWriteError = WriteError


class SafeDocument(QTextDocument):
    """Rich text that never loads anything: no file, no URL, whatever the text asks for."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        return QByteArray()


def ensure_gui() -> None:
    """Text layout needs a QGuiApplication; headless, it runs on the offscreen platform."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["briefing-app"])


def setup_page(device: QPagedPaintDevice, page_size: str) -> None:
    device.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def layout_brief(b: Briefing, device: QPagedPaintDevice, generated: datetime.date | None = None) -> tuple[QTextDocument, Level]:
    """The brief laid out on the device's page: the most that fits on one page, by weight (see
    _fill), its two columns split where both end level (see balanced below)."""
    # The scans of the whole briefing, once for every try below; the labels and dates in the
    # language installed (translation.install), the briefing's own text as written.
    brief = Brief(b, generated, QCoreApplication.translate, date_text)
    height = device.height()
    laid_out: dict[str, tuple[QTextDocument, list[str]]] = {}

    def lay_out(level: Level) -> tuple[QTextDocument, list[str]]:
        # Many shares tried below trim every list to the same lengths as a share tried before: the
        # same page, laid out once (a layout costs about ten times the HTML it is made from).
        html, flow = brief.page(level)
        found = laid_out.get(html)
        if found is None:
            found = laid_out[html] = (_document(device, html), flow)
        return found

    def balanced(level: Level) -> tuple[float, float, Level]:
        """The page's height with its columns split where both end most level, and the level that
        splits them so: the run-up before the context or after it, whichever ends more level; with
        the height of the blank under the shorter column."""
        doc, flow = lay_out(level)
        if level.left is not None or level.detail < 1:  # a long file's trimmed lists: no balancing
            return doc.size().height(), 0.0, level
        sizes = _block_heights(doc, flow)
        if sizes is None:
            return doc.size().height(), 0.0, level
        rest = doc.size().height() - _columns_height(doc)
        fixed, context = sum(1 for kind in (brief.b.meeting, brief.b.exercise) if kind is not None), brief.context_blocks
        run_up = sizes[fixed:len(sizes) - context]
        orders = {False: sizes, True: [*sizes[:fixed], *sizes[len(sizes) - context:], *run_up]}
        # The run-up's heading keeps its first two events below it, in the same column.
        heads = {False: fixed, True: fixed + context}
        (column, gap, split), first = min((_best_split(heights, {heads[first] + 1, heads[first] + 2}), first)
                                          for first, heights in orders.items())
        return rest + column, gap, dataclasses.replace(level, left=split, context_first=first)

    margin = 0.0

    def measure(level: Level) -> tuple[float, float]:
        page, gap, _ = balanced(level)
        return page + margin, gap

    while True:
        level = _fill(brief, measure, height, device.logicalDpiY() / 72)
        doc = lay_out(balanced(level)[2])[0]
        # The split is worked out from the heights of the blocks laid out in the other columns; should
        # the page come out taller all the same, it is filled again with that much room to spare.
        if doc.size().height() <= height or margin > height / 10:
            return doc, balanced(level)[2]
        margin += doc.size().height() - height


def _document(device: QPagedPaintDevice, html: str) -> QTextDocument:
    doc = SafeDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(device.width())
    return doc


def _columns(doc: QTextDocument) -> QTextTable | None:
    """The page's two-column table (three cells: the columns and the gutter)."""
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and frame.columns() == 3:
            return frame
    return None


def _columns_height(doc: QTextDocument) -> float:
    table = _columns(doc)
    return doc.documentLayout().frameBoundingRect(table).height() if table is not None else 0.0


def _block_heights(doc: QTextDocument, flow: list[str]) -> list[float] | None:
    """The height of each block of the columns' flow as laid out: each block is the paragraphs its
    HTML opens (h2, p, li), in order down the left column and on down the right."""
    table = _columns(doc)
    if table is None or not flow:
        return None
    layout = doc.documentLayout()
    heights: list[float] = []
    for column in (0, 2):
        cell = table.cellAt(0, column)
        block, end = cell.firstCursorPosition().block(), cell.lastCursorPosition().position()
        while block.isValid() and block.position() <= end:
            heights.append(layout.blockBoundingRect(block).height())
            block = block.next()
    counts = [html.count("<h2") + html.count("<p") + html.count("<li") for html in flow]
    if sum(counts) != len(heights):  # not the paragraphs expected: leave the page as it is
        return None
    return [sum(heights[start - count:start]) for count, start in zip(counts, itertools.accumulate(counts))]


def _best_split(heights: list[float], kept: set[int]) -> tuple[float, float, int]:
    """Where to split blocks of these heights into two columns (how many the left one takes, never
    one of `kept`) so that the taller column is as short as can be, then the two as even as can be;
    with the taller column's height and the difference between the two.

    Both columns are as wide, so a block keeps its height in either."""
    sums = list(itertools.accumulate(heights))
    total = sums[-1] if sums else 0.0
    return min(((max(left, total - left), abs(total - 2 * left), p) for p, left in enumerate(sums[:-1], start=1) if p not in kept),
               default=(total, total, len(heights)))


def _fill(brief: Brief, measure: Callable[[Level], tuple[float, float]], height: float, point: float) -> Level:
    """The most of the brief that fits on one page, by weight. Text is made smaller only for what a
    reader must have; trivia leave the page first:
    1. the font is the largest at which the page fits with what must stay: everything but the spelling
       and wording variants, the naming notes, the errors of one text (each kind folded into one line)
       and the run-up's older events (its RUN_UP_FEW newest stay);
    2. at that size the page is filled by weight: the run-up's older events back, newest first, then,
       once it is whole, the errors, then the variants; the page is then full to within one event;
    3. should a blank of more than BLANK_LINES remain all the same (at the foot, or under a column
       where a long block cannot move to the other), the font a step or a few smaller, where the
       lines break otherwise, with as many more events as fit.
    Where even that overflows at MIN_FONT_PT, the run-up goes down to nothing, then every list is
    trimmed by the same share.

    `measure` gives the page's height at a level and the blank under its shorter column, in the
    device's units, of which `point` make a point."""
    def fits(level: Level) -> bool:
        return measure(level)[0] <= height

    total = brief.run_up_total
    few = min(RUN_UP_FEW, total)

    def blank(level: Level) -> float:
        """The largest blank on the page, at the foot or under a column, in lines of its text."""
        page, column = measure(level)
        return max(height - page, column) / (level.font_pt * LINE_SPACING * point)

    def events_at(font_pt: float, fewest: int, likely: int = 0) -> Level | None:
        """The most recent events that fit at this size, at least `fewest` of them (and, in a smaller
        font than a try before, likely at least as many as there), the versions of the differences
        long or short, whichever leaves the least blank on the page."""
        found: list[Level] = []
        most = total
        for short in (True, False):  # the short versions first: the long ones fit no more events
            def level(events: int) -> Level:
                return Level(font_pt, folded=MOST_FOLDED, run_up=events, short_versions=short)

            if not fits(level(fewest)):
                if short:  # nor will the long ones: spare a long file another layout
                    return None
                continue
            low = likely if most >= likely > fewest and fits(level(likely)) else fewest
            high = most + 1  # low fits, high does not
            if high - low > 1 and fits(level(most)):  # as many as with short versions, likely
                low = most
            while high - low > 1:
                middle = (low + high) // 2
                if fits(level(middle)):
                    low = middle
                else:
                    high = middle
            if low >= total:
                # The run-up is whole: the errors back, then the variants.
                folded = next((f for f in range(MOST_FOLDED) if fits(Level(font_pt, folded=f, short_versions=short))), MOST_FOLDED)
                found.append(Level(font_pt, folded=folded, short_versions=short))
            else:
                # The most events leave the least blank at the foot; one or two fewer may even the columns.
                found += [level(events) for events in range(low, max(fewest, low - 2) - 1, -1)]
            most = low
        if not found:
            return None
        # The least blank (at the foot or under a column) within a tenth of a line; then the most
        # events, then the versions long.
        return min(found, key=lambda f: (round(blank(f), 1) if blank(f) > BLANK_LINES else 0.0,
                                         -(total if f.run_up is None else f.run_up), f.folded, f.short_versions))

    # The least this page can be with every list whole: when even that overflows (a long file), the
    # lists are trimmed at once.
    def essential(font_pt: float) -> Level:
        return Level(font_pt, folded=MOST_FOLDED, run_up=few, short_versions=True)

    if fits(Level(MIN_FONT_PT, folded=MOST_FOLDED, run_up=0, short_versions=True)) and fits(essential(MIN_FONT_PT)):
        # A page's height grows about as its font: the first guess, then a step at a time from it.
        steps = round((FIRST.font_pt - MIN_FONT_PT) / FONT_STEP)
        guess = min(steps, int((MIN_FONT_PT * height / measure(essential(MIN_FONT_PT))[0] - MIN_FONT_PT) / FONT_STEP))

        def size(step: int) -> float:
            return round(MIN_FONT_PT + step * FONT_STEP, 2)

        if fits(essential(size(guess))):
            while guess < steps and fits(essential(size(guess + 1))):
                guess += 1
        else:
            while guess > 0 and not fits(essential(size(guess - 1))):
                guess -= 1
            guess -= 1
        font_pt = size(max(guess, 0))
        found = events_at(font_pt, few)
        assert found is not None
        best, least = found, blank(found)
        smaller = font_pt
        while least > BLANK_LINES and best.run_up is not None and smaller > MIN_FONT_PT and font_pt - smaller < SMALLER_MOST_PT:
            smaller = round(smaller - FONT_STEP, 2)
            found = events_at(smaller, few, best.run_up)
            if found is not None and blank(found) < least:
                best, least = found, blank(found)
        return best
    shortened = events_at(MIN_FONT_PT, 0)
    if shortened is not None:
        return shortened
    # At the smallest font it still overflows: find the largest share of each list that fits. The
    # share is halved geometrically between showing one item of the longest list and all: with
    # thousands of items the answer is a few hundredths, reached without laying out thousands of lines.
    low_share = 1 / max(brief.longest, 1)
    if not fits(Level(MIN_FONT_PT, low_share, MOST_FOLDED)):
        # Every list at its fewest. Should even that overflow, only texts too long to trim are
        # left, and paint_brief scales them down rather than clip them.
        return Level(MIN_FONT_PT, 0.0, MOST_FOLDED)
    high_share = 1.0
    for _ in range(8):
        middle_share = (low_share * high_share) ** 0.5
        if fits(Level(MIN_FONT_PT, middle_share, MOST_FOLDED)):
            low_share = middle_share
        else:
            high_share = middle_share
    return Level(MIN_FONT_PT, low_share, MOST_FOLDED)


def paint_brief(b: Briefing, device: QPagedPaintDevice, generated: datetime.date | None = None, annex: bool = False) -> Level:
    """Paint the brief on one page of `device` (a QPdfWriter or a QPrinter); with `annex`, the annex
    on the pages after it. The brief itself is always exactly the first page."""
    doc, level = layout_brief(b, device, generated)
    painter = QPainter()
    if not painter.begin(device):
        raise BriefWriteError("cannot start drawing on the page")
    try:
        size = doc.size()
        painter.save()
        if size.height() > device.height():
            # Only when single texts (a title, the bottom line) are too long for a page even with
            # every list at its fewest: shrinking them beats cutting them off.
            scale = device.height() / size.height()
            painter.scale(scale, scale)
        doc.drawContents(painter)
        painter.restore()
        if annex:
            _paint_annex(b, device, painter)
    finally:
        painter.end()
    return level


def _paint_annex(b: Briefing, device: QPagedPaintDevice, painter: QPainter) -> None:
    """The annex from a new page on, as many pages as it needs."""
    width, height = device.width(), device.height()
    # One page in the largest of a few sizes that fits; a long file's annex runs on at the smallest.
    for font_pt in ANNEX_SIZES:
        doc = SafeDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        doc.setHtml(annex_html(b, QCoreApplication.translate, font_pt))
        doc.setTextWidth(width)
        doc.setPageSize(QSizeF(width, height))  # paginates: no line is cut across two pages
        if doc.pageCount() == 1:
            break
    for page in range(doc.pageCount()):
        if not device.newPage():
            raise BriefWriteError("cannot start a new page for the annex")
        painter.save()
        painter.translate(0, -page * height)
        doc.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()


def write_brief_pdf(b: Briefing, output: str | os.PathLike[str], page_size: str = "A4", generated: datetime.date | None = None,
                    annex: bool = False) -> Level:
    """Write the one-page brief (and with `annex` the annex after it) to `output` whole or not at all (atomic_write): a bad target fails
    before any rendering, and a failure leaves any earlier file there untouched."""
    name = os.fspath(output)
    check_target(name)
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(b.title)
    writer.setCreator("briefing-app")
    setup_page(writer, page_size)
    try:
        level = paint_brief(b, writer, generated, annex)
    except WriteError as exc:
        raise WriteError(f"{name}: {exc}; nothing was written") from None
    del writer  # finishes the PDF in the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    if not data:
        raise WriteError(f"{name}: the PDF came out empty; nothing was written")
    write_atomic(name, data)
    return level
