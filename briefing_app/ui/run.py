"""Start Qt and show the main window on a briefing file, the last one, or the bundled one."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .. import resources
from ..errors import BriefingError
from .loading import load_now
from .main_window import MainWindow, app_icon, last_file


def make_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("BriefingViewer")
    app.setApplicationName("briefing-app")
    app.setApplicationDisplayName("Briefing viewer")
    app.setDesktopFileName("briefing-app")
    app.setWindowIcon(app_icon())
    return app


def open_window(file: str | None) -> MainWindow:
    """A window showing `file` (or the last file, or the bundled briefing); a bad `file` is reported in it."""
    window = MainWindow()
    window.restore_settings()
    start = file or last_file()
    try:
        loaded = load_now(start) if start and not file else None
    except BriefingError:
        loaded = None  # the last file went bad since: fall back quietly to the bundled briefing
    if loaded is None:
        window.set_loaded(load_now(str(resources.bundled_briefing())))
    else:
        window.set_loaded(loaded)
    if file:
        window.open_path(file)  # shows its error over the bundled briefing if it is bad
    return window


def run_window(file: str | None, argv: list[str]) -> int:
    app = make_app(argv)
    window = open_window(file)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_window(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv))
