"""Start Qt and show the main window on a briefing file, the last one, or the bundled one."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import resources
from ..errors import BriefingError
from .main_window import MainWindow, app_icon, last_file


def make_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("BriefingViewer")
    app.setApplicationName("briefing-app")
    app.setApplicationDisplayName("Briefing viewer")
    app.setDesktopFileName("io.github.briefingviewer.BriefingViewer")  # packaging/linux/*.desktop
    app.setWindowIcon(app_icon())
    return app


def open_window(file: str | None) -> MainWindow:
    """A window showing `file` (or the last file, or the bundled briefing); a bad `file` is reported in it."""
    window = MainWindow()
    window.restore_settings()
    load_initial(window, file)
    return window


def launch(file: str | None) -> MainWindow:
    """Show the window at once and load the briefing on the event loop's first turn.

    The window's own modules import only Qt; YAML, the loader, the model and the search index are
    imported by the load, so the window appears sooner and fills a moment later.
    """
    window = MainWindow()
    window.restore_settings()
    window.show()
    QTimer.singleShot(0, lambda: load_initial(window, file))
    return window


def load_initial(window: MainWindow, file: str | None) -> None:
    from .loading import load_now

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


def run_window(file: str | None, argv: list[str]) -> int:
    app = make_app(argv)
    window = launch(file)
    status = app.exec()
    del window
    return status


if __name__ == "__main__":
    sys.exit(run_window(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv))
