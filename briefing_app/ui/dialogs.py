"""The window's message boxes: a file that cannot be opened, an unexpected error, About.

Their text quotes the data file, so each box says which format it uses: plain text, or HTML built
here with every piece of data escaped."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__, resources

if TYPE_CHECKING:
    from ..model import Briefing


def error_box(parent: QWidget, message: str, details: str = "") -> QMessageBox:
    """`details` (a traceback) marks an error that is not the file's fault: it is shown on request,
    with where the log is."""
    if details:
        title, text = "Unexpected error", "Something went wrong that should not have. The briefing already open stays."
    else:
        title, text = "Cannot open briefing", "This file cannot be opened. The briefing already open stays."
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the file; this also covers the informative text
    box.setInformativeText(message)
    if details:
        from ..log import state_folder  # logging's modules load after the window shows

        box.setDetailedText(f"{details}\nThe log is in {state_folder()}.")
    box.setObjectName("error-box")
    return box


def about_box(parent: QWidget, b: Briefing | None) -> QMessageBox:
    details = (
        f"<p>Data file: {escape(resources.shown_path(b.path))}<br>Data as of: {escape(b.as_of.display())}</p>" if b else ""
    )
    box = QMessageBox(QMessageBox.Icon.Information, "About Briefing viewer", f"<h3>Briefing viewer {__version__}</h3>{details}",
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)  # built here, every piece of data escaped
    box.setObjectName("about-box")
    return box


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning whose text is shown as it is: it quotes file names, which may hold markup.
    (QMessageBox.warning guesses rich text from the text itself.)"""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
