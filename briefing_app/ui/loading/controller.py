"""The one owner of "a load is running": start-up, Open, Reload, drop and Open Bundled all come here.

A load runs from reading the file to the last tab filled. While it runs, another request is refused
with a status message. Each load ends in exactly one outcome, told to the user: loaded, failed
(an error box; with details when it was a bug) or cancelled (a status message).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from briefing_app.i18n.translation import arg, shown_path

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the data layers load after the window shows (see run.py)
    from PySide6.QtWidgets import QProgressDialog

    from briefing_app.ui.loading.build import Loaded, LoadThread

# Files up to this size load at once on the GUI thread (the bundled briefing takes a few ms);
# larger ones load in a thread behind a progress dialog.
SYNC_LIMIT = 1_000_000
LOADED, FAILED, CANCELLED = "loaded", "failed", "cancelled"

FillSteps = Callable[["Loaded"], list[Callable[[], None]]]


class LoadController(QObject):
    failed = Signal(str, str)  # message, details (a traceback when the file is not to blame)
    status = Signal(str)  # a passing message for the status bar
    finished = Signal(str)  # LOADED, FAILED or CANCELLED, once everything is shown

    def __init__(self, window: QWidget, fill_steps: FillSteps) -> None:
        super().__init__(window)
        self._window = window
        self._fill_steps = fill_steps
        self._busy = False
        self._path = ""
        self._fallback: str | None = None
        self._quiet = False
        self._staged = False
        self._thread: LoadThread | None = None
        self.progress_dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """A file is being read, or the tabs are still being filled from it."""
        return self._busy

    def open(self, path: str, fallback: str | None = None, quiet: bool = False, staged: bool = False) -> bool:
        """Start loading `path`; False if another load is running. If it fails or is cancelled and
        `fallback` is given, that file is loaded next. `quiet`: a failure is not shown.
        `staged`: even a small file shows its first tab at once and fills the rest on the next turns
        of the event loop (at start-up: the window shows the briefing sooner); a large one always does."""
        if self._busy:
            self.status.emit(arg(translate("LoadController", "Still opening %1: wait for it, or cancel it, before opening another file."),
                                 shown_path(self._path)))
            return False
        self._busy = True
        self._staged = staged
        self._start(path, fallback, quiet)
        return True

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel()

    def shutdown(self) -> None:
        """The window is closing: stop a running load and wait for its thread."""
        thread = self._thread
        if thread is not None:
            thread.cancel()
            thread.wait(5000)

    def _start(self, path: str, fallback: str | None, quiet: bool) -> None:
        self._path, self._fallback, self._quiet = path, fallback, quiet
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0  # the loader reports why it cannot read the file
        if size <= SYNC_LIMIT:
            self._load_here(path)
        else:
            self._load_in_thread(path)

    def _load_here(self, path: str) -> None:
        from briefing_app.core.errors import BriefingError
        from briefing_app.ui.loading.build import build

        try:
            loaded = build(path)
        except BriefingError as exc:
            self._failed(str(exc), "")
            return
        except Exception as exc:  # a bug, or no memory: the user learns of it, the log keeps it
            from briefing_app.support.log import describe, log

            summary, details = describe(exc)
            log.error("loading %s failed unexpectedly: %s\n%s", path, summary, details.rstrip())
            self._failed(arg(translate("LoadController", "%1: an unexpected error stopped the load (%2)"), path, summary), details)
            return
        steps = self._fill_steps(loaded)
        if self._staged:
            self._run_staged(steps)
            return
        for step in steps:
            if not self._step(step):
                return
        self._finish(LOADED)

    def _step(self, step: Callable[[], None]) -> bool:
        """Run one step of filling the window; a bug there ends the load, shown with its details,
        rather than leaving it running for ever (every later Open would be refused)."""
        try:
            step()
        except Exception as exc:
            from briefing_app.support.log import describe, log

            summary, details = describe(exc)
            log.error("showing %s failed unexpectedly: %s\n%s", self._path, summary, details.rstrip())
            self.failed.emit(arg(translate("LoadController", "%1: an unexpected error stopped the load (%2)"), self._path, summary), details)
            self._finish(FAILED)
            return False
        return True

    def _load_in_thread(self, path: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from briefing_app.ui.loading.build import LoadThread

        thread = LoadThread(path, self)
        dialog = QProgressDialog(arg(translate("LoadController", "Opening %1…"), os.path.basename(path)),
                                 translate("LoadController", "Cancel"), 0, 100, self._window)
        dialog.setWindowTitle(translate("LoadController", "Opening briefing"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # Qt shows it only if the load is still going by then
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(thread.cancel)
        thread.progress.connect(dialog.setValue)
        thread.loaded.connect(self._thread_loaded)
        thread.failed.connect(self._thread_failed)
        thread.cancelled.connect(self._thread_cancelled)
        thread.finished.connect(thread.deleteLater)
        self._thread, self.progress_dialog = thread, dialog
        thread.start()

    def _end_thread(self) -> None:
        """The thread has told its outcome: the dialog goes, the thread object cleans itself up."""
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
        self._thread, self.progress_dialog = None, None

    def _thread_loaded(self, loaded: Loaded) -> None:
        self._end_thread()
        self._run_staged(self._fill_steps(loaded))

    def _run_staged(self, steps: list[Callable[[], None]]) -> None:
        """One step per event-loop turn, so that a large file never blocks the window for long. The
        load stays busy until the last: another Open waits, as it would for the whole load."""

        def next_step() -> None:
            if not self._step(steps.pop(0)):
                return
            if steps:
                QTimer.singleShot(0, self, next_step)  # dropped if the window goes first
            else:
                self._finish(LOADED)

        next_step()

    def _thread_failed(self, message: str, details: str) -> None:
        self._end_thread()
        self._failed(message, details)

    def _thread_cancelled(self) -> None:
        self._end_thread()
        if self._fallback is not None:
            self._start(self._fallback, None, False)
            return
        self.status.emit(arg(translate("LoadController", "Opening %1 was cancelled; the briefing already open stays."), shown_path(self._path)))
        self._finish(CANCELLED)

    def _failed(self, message: str, details: str) -> None:
        if not self._quiet:
            self.failed.emit(message, details)
        else:
            self.status.emit(arg(translate("LoadController", "%1 could not be opened: %2"), shown_path(self._path), message))
        if self._fallback is not None:
            self._start(self._fallback, None, False)  # the fallback's own failure is always shown
            return
        self._finish(FAILED)

    def _finish(self, outcome: str) -> None:
        self._busy = False
        self.finished.emit(outcome)
