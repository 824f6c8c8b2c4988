"""Paper and printers for everything the window prints (the brief, a table, the network): the
system's default page size, and a print dialog that offers a PDF when no printer is installed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def default_page() -> QPageSize.PageSizeId:
    """The system's default paper: Letter where the default printer uses it, A4 elsewhere."""
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull() and default.defaultPageSize().id() == QPageSize.PageSizeId.Letter:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def print_or_offer_pdf(parent: QWidget, title: str, offer: str, setup: Callable[[QPrinter], object],
                       paint: Callable[[QPrinter], object], save_pdf: Callable[[], bool],
                       options: QWidget | None = None) -> bool:
    """The print dialog, titled `title`; True once printed. With no printer installed, say so and ask
    `offer` ("Save … as a PDF instead?"); on yes, `save_pdf()` saves and says whether it did.
    `options`, when given, is shown as a tab of the dialog."""
    if not QPrinterInfo.availablePrinters():
        answer = QMessageBox.question(parent, translate("Paper", "No printer"), offer,
                                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save and save_pdf()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)  # the app's own words (every caller's is translated), and a title is never markup
    if options is not None:  # a tab of the caller's own choices, such as the brief's annex
        dialog.setOptionTabs([options])
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint(printer)
    return True
