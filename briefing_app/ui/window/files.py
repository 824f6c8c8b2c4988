"""Which file the window opens, and how it names it: start-up's choice, Open…, a drop, the title."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.i18n.translation import arg, date_text
from briefing_app.support import resources
from briefing_app.ui.shared import settings

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QLabel, QStatusBar

    from briefing_app.core.model import Briefing
    from briefing_app.ui.loading.controller import LoadController
    from briefing_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate


def open_at_start(loads: LoadController, file: str | None, staged: bool = False) -> None:
    """The file named on the command line, else the last file, else the bundled briefing; if the
    first choice fails, the bundled briefing opens (a bad last file quietly, a named one with its error).
    `staged`: the tab in sight shows it at once, the rest follows on the next turns of the event loop."""
    bundled = str(resources.bundled_briefing())
    if file:
        loads.open(file, fallback=bundled, staged=staged)
        return
    last = last_file()
    if last:
        loads.open(last, fallback=bundled, quiet=True, staged=staged)
    else:
        loads.open(bundled, staged=staged)


def last_file() -> str | None:
    """The file open when the app last closed, if it still exists (None for the bundled briefing)."""
    value = settings.read(settings.LAST_FILE)
    return value if value and os.path.isfile(value) else None


def choose_file(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    b = window.briefing
    start = os.path.dirname(b.path) if b is not None and not resources.is_bundled(b.path) else os.path.expanduser("~")
    path, _ = QFileDialog.getOpenFileName(window, translate("MainWindow", "Open briefing"), start,
                                          translate("MainWindow", "Briefing files (*.yaml *.yml);;All files (*)"))
    if path:
        window.open_path(path)


def open_bundled(window: MainWindow) -> None:
    window.open_path(str(resources.bundled_briefing()))


def dropped_file(urls: list[QUrl]) -> str | None:
    for url in urls:
        if not url.isLocalFile():
            continue
        # file://otherhost/x.yaml is another machine's file: Qt would make it the path //otherhost/x.yaml,
        # which opens whatever this machine finds there. file://localhost/ is this machine.
        if url.host().lower() not in ("", "localhost"):
            continue
        path = url.toLocalFile() if not url.host() else url.path()
        if path.lower().endswith((".yaml", ".yml")):
            return path
    return None


def window_title(b: Briefing | None) -> tuple[str, str]:
    """The window's title, and the file it shows for the window manager ("" for the bundled briefing)."""
    if b is None:
        return translate("MainWindow", "Briefing viewer"), ""
    where = translate("MainWindow", "bundled briefing") if resources.is_bundled(b.path) else os.path.basename(b.path)
    # Qt takes "[*]" in a title for the modified-document marker and hides it; "[*][*]" shows one "[*]".
    title = f"{b.title} — {where}".replace("[*]", "[*][*]")
    return title, "" if resources.is_bundled(b.path) else b.path


def summary(b: Briefing) -> str:
    """What is open, for the status bar: where from, how many people and events, as of when."""
    where = translate("MainWindow", "the bundled briefing") if resources.is_bundled(b.path) else b.path
    count = len(b.people)  # lupdate reads the count only from a plain name
    count2 = len(b.events)
    return arg(translate("MainWindow", "%1 — %2, %3, data as of %4"), where, translate("MainWindow", "%Ln people", None, count),
               translate("MainWindow", "%Ln events", None, count2), date_text(b.as_of))


def remember(b: Briefing) -> None:
    """The file to open at the next start, and first in File ▸ Open Recent (the bundled briefing has its own item)."""
    bundled = resources.is_bundled(b.path)
    settings.write(settings.LAST_FILE, "" if bundled else b.path)
    if not bundled:
        from briefing_app.ui.window.recent import remember as remember_recent

        remember_recent(b.path)


def summary_label(bar: QStatusBar) -> QLabel:
    """The summary's place in the status bar: a permanent widget, so that the menus' tips and the
    passing messages never take it away (as a temporary message the first menu erased it for good)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    label.setObjectName("briefing-summary")
    bar.addPermanentWidget(label)
    return label


def show_summary(label: QLabel, b: Briefing) -> None:
    from PySide6.QtCore import Qt  # after the window shows (main_window.py says why)

    label.setTextFormat(Qt.TextFormat.PlainText)  # a file's path is data, never markup
    label.setText(summary(b))


def show_about(window: MainWindow) -> None:
    from briefing_app.ui.shared.dialogs import about_box

    about_box(window, window.briefing).open()
