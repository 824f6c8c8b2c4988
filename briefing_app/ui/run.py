"""Start Qt and show the main window on a briefing file, the last one, or the bundled one."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from briefing_app.ui.pyside_import_hook import stop_reading_sources

stop_reading_sources()  # before the window's modules are imported, and the briefing's after them

from briefing_app.support import collector, resources  # noqa: E402
from briefing_app.ui.window.main_window import MainWindow  # noqa: E402

RESUME_AT_LATEST_MS = 10_000  # a file that takes longer to load has its own background job by then


def app_icon() -> QIcon:
    """The installed icon theme's, else the bundled 256-pixel PNG: it scales down to every size a
    window icon is drawn at. Not the SVG: its icon engine and QtSvg cost the start-up 8 M
    instructions (2 ms) before the window shows."""
    icon = QIcon.fromTheme("briefing-app")
    if icon.isNull():
        path = os.path.join(resources.resource_folder(), resources.ICON_PNG)
        icon = QIcon(path) if os.path.isfile(path) else QIcon()
    return icon


def make_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("BriefingViewer")
    app.setApplicationName("briefing-app")
    app.setDesktopFileName("io.github.briefingviewer.BriefingViewer")  # packaging/linux/*.desktop
    app.setWindowIcon(app_icon())
    from briefing_app.i18n import translation
    from briefing_app.ui.shared import settings

    from briefing_app.i18n import fonts

    # Without a font for Hangul or kana the window would be all boxes: English instead, and the status bar says why.
    translation.install(fonts.usable(translation.resolve(settings.read(settings.LANGUAGE))))
    app.setApplicationDisplayName(translation.translate("MainWindow", "Briefing viewer"))
    return app


def open_window(file: str | None) -> MainWindow:
    """A window showing `file` (or the last file, or the bundled briefing); a bad `file` is reported in it.
    Small files are shown when this returns; a large one is still loading."""
    window = MainWindow()
    window.restore_settings()
    window.open_at_start(file)
    _say_font_fallback(window)
    return window


def _say_font_fallback(window: MainWindow) -> None:
    from briefing_app.i18n import fonts

    if fonts.fallback():
        window.statusBar().showMessage(fonts.fallback(), 120_000)


def launch(file: str | None) -> MainWindow:
    """Show the window at once and load the briefing on the event loop's first turn.

    The window shows with its menus, toolbar and tab bar; its modules import only Qt (and not the Qt
    namespace). The load imports YAML, the loader and the model, and builds and fills the tab in
    sight; the search indexes follow on the next turns, the other tabs when they are first wanted.
    """
    collector.pause()  # until the first file is shown (support/collector.py); app.main paused it sooner
    window = MainWindow()
    window.loads.finished.connect(collector.resume)
    QTimer.singleShot(RESUME_AT_LATEST_MS, collector.resume)  # a load that never finishes leaves it paused no longer
    window.restore_settings()
    window.show()
    QTimer.singleShot(0, lambda: window.open_at_start(file, staged=True))
    QTimer.singleShot(0, lambda: _say_font_fallback(window))
    return window


def watch_errors(window: MainWindow) -> None:
    """The log file, faulthandler, and an excepthook that shows errors in the window: an exception in
    a slot reaches sys.excepthook, and is logged and shown instead of lost on a terminal. Qt's own
    messages go to the log too, and a crash of the last run is offered to the user."""
    from briefing_app.support import log
    from briefing_app.ui import crash

    crash.offer_last_crash(window)  # before setup, which empties the crash file for this run
    log.setup()
    crash.route_qt_messages()
    log.install_excepthook(window.show_error)


def run_window(file: str | None, argv: list[str]) -> int:
    app = make_app(argv)
    window = launch(file)
    # Logging's modules cost tens of milliseconds to import: they come after the window shows.
    # Until then, a warning still reaches stderr through logging's last-resort handler.
    QTimer.singleShot(0, lambda: watch_errors(window))
    status = app.exec()
    window.stop_work()  # no thread may outlive its object when Python tears down
    del window
    return status


if __name__ == "__main__":
    sys.exit(run_window(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv))
