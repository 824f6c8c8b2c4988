"""File ▸ Print Table…: the current tab's table, every shown row, fitted to the page width.

Printed on a printer, or, with none installed, saved as a PDF through the one atomic writer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPagedPaintDevice, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from briefing_app.ui.shared.dialogs import warn
from briefing_app.support.atomic_write import WriteError, write_atomic
from briefing_app.brief.pdf import SafeDocument
from briefing_app.ui.shared.copying import selected_rows
from briefing_app.ui.shared.paper import print_or_offer_pdf
from briefing_app.ui.shared.tablemodels import RecordTableModel

translate = QCoreApplication.translate

MARGIN_MM = 13.0
FONT_PT = 8.0


def table_html(title: str, headers: list[str], cells: list[list[str]]) -> str:
    head = "".join(f"<th align=left>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in line) + "</tr>" for line in cells)
    return (
        f'<html><body style="font-size:{FONT_PT}pt"><h3>{escape(title)}</h3>'
        f'<table width="100%" border="0.5" cellspacing="0" cellpadding="2"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></body></html>"
    )


def table_document(view: QTableView, title: str, selected_only: bool = False) -> QTextDocument:
    """The shown rows (or the selected ones) as a document; a long table runs over several pages,
    the header repeated on each (QTextDocument repeats a table's <thead>)."""
    model = view.model()
    assert isinstance(model, RecordTableModel)
    rows = selected_rows(view) if selected_only else list(range(model.rowCount()))
    headers, cells = model.plain_rows(rows)
    doc = SafeDocument()  # loads no resource, whatever the data says
    doc.setHtml(table_html(title, headers, cells))
    return doc


def paint(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    layout = device.pageLayout()
    doc.documentLayout().setPaintDevice(device)
    rect = layout.paintRectPixels(device.logicalDpiX())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))  # the width of the page: wide tables wrap, never clip
    doc.print_(device)


def setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Landscape)  # tables are wider than tall
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def pdf_bytes(doc: QTextDocument, title: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("briefing-app")
    setup(writer)
    paint(doc, writer)
    del writer  # finishes the PDF in the buffer
    return bytes(QByteArray(buffer.data()).data())


def print_table(parent: QWidget, view: QTableView, title: str) -> bool:
    doc = table_document(view, title)

    def save_pdf() -> bool:
        path, _ = QFileDialog.getSaveFileName(parent, translate("TablePrinting", "Save table as PDF"), f"{title}.pdf", translate("TablePrinting", "PDF files (*.pdf)"))
        if not path:
            return False
        try:
            write_atomic(path, pdf_bytes(doc, title))
        except WriteError as exc:
            warn(parent, translate("TablePrinting", "Cannot save the table"), str(exc))
            return False
        return True

    return print_or_offer_pdf(
        parent, translate("TablePrinting", "Print table"),
        translate("TablePrinting", "No printer is installed on this computer. Save the table as a PDF instead?"),
        setup, lambda printer: paint(doc, printer), save_pdf)
