"""The window's message boxes: a file that cannot be opened, an unexpected error, About.

Their text quotes the data file, so each box says which format it uses: plain text, or HTML built
here with every piece of data escaped."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing_app import __version__
from briefing_app.support import resources
from briefing_app.i18n.translation import arg, date_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from briefing_app.core.model import Briefing


def error_box(parent: QWidget, message: str, details: str = "") -> QMessageBox:
    """`details` (a traceback) marks an error that is not the file's fault: it is shown on request,
    with where the log is."""
    if details:
        title = translate("Dialogs", "Unexpected error")
        text = translate("Dialogs", "Something went wrong that should not have. The briefing already open stays.")
    else:
        title = translate("Dialogs", "Cannot open briefing")
        text = translate("Dialogs", "This file cannot be opened. The briefing already open stays.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the file; this also covers the informative text
    box.setInformativeText(message)
    if details:
        from briefing_app.support.log import state_folder  # logging's modules load after the window shows

        box.setDetailedText(details + "\n" + arg(translate("Dialogs", "The log is in %1."), state_folder()))
    box.setObjectName("error-box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # gone when closed: none piles up under the window
    return box


def about_box(parent: QWidget, b: Briefing | None) -> QMessageBox:
    details = ""
    if b is not None:
        where = translate("Dialogs", "the bundled briefing") if resources.is_bundled(b.path) else b.path
        details = "<p>" + arg(translate("Dialogs", "Data file: %1<br>Data as of: %2"), escape(where), escape(date_text(b.as_of))) + "</p>"
    title = "<h3>" + arg(translate("Dialogs", "Briefing viewer %1"), __version__) + "</h3>"
    box = QMessageBox(QMessageBox.Icon.Information, translate("Dialogs", "About Briefing viewer"), title + details,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)  # built here, every piece of data escaped
    box.setObjectName("about-box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def crash_box(parent: QWidget, trace: str, where: str) -> QMessageBox:
    """The last run ended in a crash: what it left, offered to the user (who may send it to us)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Dialogs", "Briefing viewer closed unexpectedly"),
                      translate("Dialogs", "Briefing viewer closed unexpectedly the last time it ran. What it left "
                                           "is in the details below; please include it when you report the problem."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(arg(translate("Dialogs", "A copy is kept in %1."), where))
    box.setDetailedText(trace)
    box.setObjectName("crash-box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning whose text is shown as it is: it quotes file names, which may hold markup.
    (QMessageBox.warning guesses rich text from the text itself.)"""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.exec()
