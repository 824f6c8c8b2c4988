"""Lays the brief out on exactly one page of a printer or PDF, and writes PDFs whole or not at all."""

from __future__ import annotations

import datetime
import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from briefing_app.support.atomic_write import WriteError, check_target, write_atomic
from briefing_app.brief.annex import ANNEX_SIZES, annex_html
from briefing_app.brief.content import COMFORT_PT, FIRST, FONT_STEP, MIN_FONT_PT, MOST_FOLDED, Brief, Level
from briefing_app.core.model import Briefing
from briefing_app.i18n.translation import date_text

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 13.0
PDF_DPI = 300

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
    """The brief laid out on the device's page, the most that fits on one page, by weight:
    1. everything, in the largest font that fits down to COMFORT_PT: the page is filled before
       anything is cut;
    2. the lightest blocks folded into one line each (variants and naming notes, then errors), again
       in the largest font that fits;
    3. the run-up shortened, oldest first, to what fits at COMFORT_PT (failing that, at MIN_FONT_PT):
       the page is then full to within one event;
    4. every list trimmed by the same share, at MIN_FONT_PT."""
    width, height = device.width(), device.height()
    # The scans of the whole briefing, once for every try below; the labels and dates in the
    # language installed (translation.install), the briefing's own text as written.
    brief = Brief(b, generated, QCoreApplication.translate, date_text)

    laid_out: dict[str, QTextDocument] = {}

    def lay_out(level: Level) -> QTextDocument:
        # Many shares tried below trim every list to the same lengths as a share tried before: the
        # same page, laid out once (a layout costs about ten times the HTML it is made from).
        html = brief.html(level)
        doc = laid_out.get(html)
        if doc is None:
            doc = laid_out[html] = SafeDocument()
            doc.documentLayout().setPaintDevice(device)
            doc.setDocumentMargin(0)
            doc.setHtml(html)
            doc.setTextWidth(width)
        return doc

    def fits(doc: QTextDocument) -> bool:
        return doc.size().height() <= height

    def largest_font(floor: float, folded: int) -> tuple[QTextDocument, Level] | None:
        """The largest font on the FONT_STEP grid, from `floor` up, at which this content fits."""
        bottom = Level(floor, folded=folded)
        best = lay_out(bottom)  # the floor first: a content that does not fit there costs one layout
        if not fits(best):
            return None
        top = Level(FIRST.font_pt, folded=folded)
        doc = lay_out(top)
        if fits(doc):
            return doc, top
        low, high, level = 0, round((FIRST.font_pt - floor) / FONT_STEP), bottom  # low fits, high does not
        while high - low > 1:  # by halving: about four tries, not fifteen
            middle = (low + high) // 2
            trial = Level(round(floor + middle * FONT_STEP, 2), folded=folded)
            doc = lay_out(trial)
            if fits(doc):
                low, best, level = middle, doc, trial
            else:
                high = middle
        return best, level

    # The least this page can be with every list whole: when even that overflows (a long file), the
    # steps below cannot fit and the lists are trimmed at once.
    if fits(lay_out(Level(MIN_FONT_PT, folded=MOST_FOLDED, run_up=0))):
        for folded in range(MOST_FOLDED + 1):
            found = largest_font(COMFORT_PT, folded)
            if found is not None:
                return found
        total = brief.run_up_total
        for floor in (COMFORT_PT, MIN_FONT_PT):
            if fits(lay_out(Level(floor, folded=MOST_FOLDED, run_up=0))):
                # The most recent events that fit: the page is then full to within one of them.
                low, high = 0, total + 1  # low fits, high does not
                while high - low > 1:
                    middle = (low + high) // 2
                    if fits(lay_out(Level(floor, folded=MOST_FOLDED, run_up=middle))):
                        low = middle
                    else:
                        high = middle
                level = Level(floor, folded=MOST_FOLDED, run_up=low)
                return lay_out(level), level
    # At the smallest font it still overflows: find the largest share of each list that fits. The
    # share is halved geometrically between showing one item of the longest list and all: with
    # thousands of items the answer is a few hundredths, reached without laying out thousands of lines.
    low_share = 1 / max(brief.longest, 1)
    best = lay_out(Level(MIN_FONT_PT, low_share, MOST_FOLDED))
    if not fits(best):
        # Every list at its fewest. Should even that overflow, only texts too long to trim are
        # left, and paint_brief scales them down rather than clip them.
        return lay_out(Level(MIN_FONT_PT, 0.0, MOST_FOLDED)), Level(MIN_FONT_PT, 0.0, MOST_FOLDED)
    high_share = 1.0
    for _ in range(8):
        middle_share = (low_share * high_share) ** 0.5
        doc = lay_out(Level(MIN_FONT_PT, middle_share, MOST_FOLDED))
        if fits(doc):
            low_share, best = middle_share, doc
        else:
            high_share = middle_share
    return best, Level(MIN_FONT_PT, low_share, MOST_FOLDED)


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
