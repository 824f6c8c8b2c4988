"""Print, Print Preview and Export PDF around the one-page brief; loaded only when first used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QCheckBox, QFileDialog, QVBoxLayout, QWidget

from briefing_app.brief.pdf import BriefWriteError, paint_brief, setup_page, write_brief_pdf
from briefing_app.ui.shared.dialogs import warn
from briefing_app.ui.shared.paper import default_page, print_or_offer_pdf

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from briefing_app.core.model import Briefing



class _Annex:
    """Whether the brief is printed with its annex: one choice for this session, shared by the
    check boxes of the print dialog and the preview and by Export PDF."""

    wanted = False

    @classmethod
    def box(cls, parent: QWidget | None = None) -> QCheckBox:
        box = QCheckBox(translate("Printing", "Add the annex: every difference in full, and the sources"), parent)
        box.setObjectName("brief-annex")
        box.setChecked(cls.wanted)
        box.toggled.connect(cls._set)
        return box

    @classmethod
    def _set(cls, on: bool) -> None:
        cls.wanted = on


def suggested_pdf_name(b: Briefing) -> str:
    """Named like every other export, after the title and the date: '12th-…-2023-04-17-brief.pdf'."""
    from briefing_app.exports.common import slug, title_slug

    return f"{title_slug(b.title)}-{slug(b.date.iso())}-brief.pdf"


def export_pdf(parent: QWidget, b: Briefing, path: str | None = None) -> str | None:
    """Ask where to save (unless `path` is given) and write the brief; returns the path written."""
    if path is None:
        suggested = str(Path.home() / suggested_pdf_name(b))
        path, _ = QFileDialog.getSaveFileName(parent, translate("Printing", "Export brief as PDF"), suggested,
                                              translate("Printing", "PDF files (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
    try:
        write_brief_pdf(b, path, _page_size_name(), annex=_Annex.wanted)
    except BriefWriteError as exc:
        warn(parent, translate("Printing", "Cannot export the brief"), str(exc))  # the message names the file
        return None
    return path


def _page_size_name() -> str:
    return "Letter" if default_page() == QPageSize.PageSizeId.Letter else "A4"


def print_brief(parent: QWidget, b: Briefing | None) -> bool:
    """The print dialog, with the annex check box on a tab of its own; with no printer installed,
    say so and offer the PDF instead."""
    if b is None:
        return False
    options = QWidget()
    options.setWindowTitle(translate("Printing", "Brief"))  # the tab's name
    layout = QVBoxLayout(options)
    layout.addWidget(_Annex.box(options))
    layout.addStretch(1)
    return print_or_offer_pdf(
        parent, translate("Printing", "Print brief"),
        translate("Printing", "No printer is installed on this computer. Save the brief as a PDF instead?"),
        lambda printer: setup_page(printer, _page_size_name()), lambda printer: paint_brief(b, printer, annex=_Annex.wanted),
        lambda: export_pdf(parent, b) is not None, options)


def preview_brief(parent: QWidget, b: Briefing | None) -> QPrintPreviewDialog | None:
    """The preview, deleted when closed with the high-resolution printer it holds (the connection
    below is its only owner, and goes with the dialog). The annex check box sits on its toolbar and
    redraws the preview when toggled."""
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QToolBar

    if b is None:
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_page(printer, _page_size_name())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setObjectName("print-preview")
    dialog.setWindowTitle(translate("Printing", "Print preview — brief"))
    dialog.paintRequested.connect(lambda p, _printer=printer: paint_brief(b, p, annex=_Annex.wanted))
    toolbar, preview = dialog.findChild(QToolBar), dialog.findChild(QPrintPreviewWidget)
    if toolbar is not None and preview is not None:
        box = _Annex.box(toolbar)
        box.toggled.connect(preview.updatePreview)
        # First on the toolbar: at the end it falls into the overflow menu of a narrow window.
        first = toolbar.actions()[0] if toolbar.actions() else None
        if first is None:
            toolbar.addWidget(box)
        else:
            toolbar.insertWidget(first, box)
            toolbar.insertSeparator(first)
    from briefing_app.ui.window.screen_fit import fit_size

    fit_size(dialog, 900, 1000)  # a page's shape, cut to the screen
    dialog.open()
    return dialog
