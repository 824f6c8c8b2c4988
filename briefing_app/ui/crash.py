"""After qutebrowser's crashsignal: Qt's own messages go into the log, and a crash of the last run is
offered to the user at the next start.

Qt reports problems (a missing plugin, a bad font, a painter misused) through its message handler,
which by default prints to a terminal nobody sees. Here each one is logged at its level, so the log
file holds them beside our own errors. A crash is written by faulthandler (support/log.py); the next
start reads it back and shows it once, with where the copy is kept.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from briefing_app.support import log

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

LEVELS = {
    QtMsgType.QtDebugMsg: 10, QtMsgType.QtInfoMsg: 20, QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40, QtMsgType.QtFatalMsg: 50,
}


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    log.log.log(LEVELS.get(kind, 30), "Qt%s: %s", where, message)


def route_qt_messages() -> None:
    qInstallMessageHandler(qt_message)


def offer_last_crash(parent: QWidget, folder: str | None = None) -> bool:
    """Show what the last run left if it crashed; True if there was something to show."""
    folder = folder or log.state_folder()
    trace = log.take_last_crash(folder)
    if trace is None:
        return False
    log.log.warning("the last run crashed; its trace is in %s", os.path.join(folder, log.LAST_CRASH_NAME))
    from briefing_app.ui.shared.dialogs import crash_box

    crash_box(parent, trace, os.path.join(folder, log.LAST_CRASH_NAME)).open()
    return True
