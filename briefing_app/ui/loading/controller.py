"""The one owner of "a load is running": start-up, Open, Reload, drop and Open Bundled all come here.

A load runs from reading the file to the last tab filled. While it runs, another request is refused
with a status message. Each load ends in exactly one outcome, told to the user: loaded, failed
(an error box; with details when it was a bug) or cancelled (a status message).

A load commits at one point. The window's `switch` gives the steps that show the new briefing; if
any of them fails, `revert` puts the briefing that was open back whole (title, tabs, search), so
that "the briefing already open stays" is true when the error box says it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from briefing_app.i18n.translation import arg, shown_path
from briefing_app.ui.loading.background import Callbacks, Runner

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the data layers load after the window shows (see run.py)
    from PySide6.QtWidgets import QProgressDialog

    from briefing_app.ui.loading.build import Loaded

# Files up to this size load at once on the GUI thread; larger ones load in a thread behind a progress
# dialog. Measured on this project's 2-core machine under load (2026-12-07): the bundled briefing
# (38 KB) reads in 8 ms, a synthetic one of 93 KB in 34 ms and one of 192 KB in 71 ms, the timeline's
# marks included; 64 KiB so stays under the 50 ms the GUI thread may spend. At 1,000,000 bytes a
# crafted file froze the window for 0.78 s, a valid one with huge fields for 3 s.
SYNC_LIMIT = 64 * 1024
LOADED, FAILED, CANCELLED = "loaded", "failed", "cancelled"

FillSteps = Callable[["Loaded"], list[Callable[[], None]]]


class LoadController(QObject):
    failed = Signal(str, str)  # message, details (a traceback when the file is not to blame)
    status = Signal(str)  # a passing message for the status bar
    finished = Signal(str)  # LOADED, FAILED or CANCELLED, once everything is shown

    def __init__(self, window: QWidget, fill_steps: FillSteps, revert: Callable[[], None],
                 library: Callable[[], str | None] = lambda: None) -> None:
        """`library`: the library's database, where a file's entry is read when it matches the file (None: none)."""
        super().__init__(window)
        self._library = library
        self._window = window
        self._fill_steps = fill_steps
        self._revert = revert
        self._runner = Runner(self)
        self._busy = False
        self._path = ""
        self._fallback: str | None = None
        self._quiet = False
        self._staged = False
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
        if self._runner.stopping:
            return False
        if self._busy:
            self.status.emit(arg(translate("LoadController", "Still opening %1: wait for it, or cancel it, before opening another file."),
                                 shown_path(self._path)))
            return False
        self._busy = True
        self._staged = staged
        self._start(path, fallback, quiet)
        return True

    def cancel(self) -> None:
        """The user's Cancel: the load stops at its next checkpoint and says so."""
        self._runner.request_cancel()

    def shutdown(self) -> None:
        """The window is closing: nothing more is loaded or shown (no fallback either), and the
        loading thread has ended when this returns."""
        self._runner.shutdown()
        self._close_dialog()

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
            loaded = build(path, library=self._library())
        except BriefingError as exc:
            self._failed(str(exc), "")
            return
        except Exception as exc:  # a bug, or no memory: the user learns of it, the log keeps it
            self._unexpected("loading", exc)
            return
        steps = self._fill_steps(loaded)
        if self._staged:
            self._run_staged(steps)
            return
        for step in steps:
            if not self._step(step):
                return
        self._finish(LOADED)

    def _unexpected(self, doing: str, exc: BaseException) -> None:
        from briefing_app.support.log import describe, log

        summary, details = describe(exc)
        log.error("%s %s failed unexpectedly: %s\n%s", doing, self._path, summary, details.rstrip())
        self._failed(arg(translate("LoadController", "%1: an unexpected error stopped the load (%2)"), self._path, summary), details)

    def _step(self, step: Callable[[], None]) -> bool:
        """Run one step of showing the new briefing; a bug there puts the old briefing back whole and
        ends the load, shown with its details (rather than leaving it running for ever: every later
        Open would be refused)."""
        try:
            step()
        except Exception as exc:
            self._revert()
            self._unexpected("showing", exc)  # and the fallback, at start-up, when nothing was open
            return False
        return True

    def _load_in_thread(self, path: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QProgressDialog

        from briefing_app.core.errors import BriefingError
        from briefing_app.ui.loading.build import build

        dialog = QProgressDialog(self._window)
        # The file's name is plain text: QProgressDialog's own label would read "<img src=…>x.yaml"
        # as rich text and load the image it names.
        label = QLabel(arg(translate("LoadController", "Opening %1…"), os.path.basename(path)), dialog)
        label.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setLabel(label)
        dialog.setCancelButtonText(translate("LoadController", "Cancel"))
        dialog.setRange(0, 100)
        dialog.setWindowTitle(translate("LoadController", "Opening briefing"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # Qt shows it only if the load is still going by then
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        library = self._library()
        self._runner.start(lambda checkpoint, progress: build(path, checkpoint, progress, background=True, library=library),
                           f"loading {path}",
                           Callbacks(done=self._loaded, failed=self._thread_failed, cancelled=self._cancelled,
                                     progress=dialog.setValue),
                           expected=(BriefingError,))

    def _close_dialog(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _loaded(self, loaded: object) -> None:
        self._close_dialog()
        self._run_staged(self._fill_steps(cast("Loaded", loaded)))

    def _run_staged(self, steps: list[Callable[[], None]]) -> None:
        """One step per event-loop turn, so that a large file never blocks the window for long. The
        load stays busy until the last: another Open waits, as it would for the whole load."""

        def next_step() -> None:
            if self._runner.stopping:  # the window closed between two steps
                return
            if not self._step(steps.pop(0)):
                return
            if steps:
                QTimer.singleShot(0, self, next_step)  # dropped if the window goes first
            else:
                self._finish(LOADED)

        next_step()

    def _thread_failed(self, message: str, details: str) -> None:
        self._close_dialog()
        if details:  # a bug: the message names the file, as for a small file
            message = arg(translate("LoadController", "%1: an unexpected error stopped the load (%2)"), self._path, message)
        self._failed(message, details)

    def _cancelled(self) -> None:
        self._close_dialog()
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
