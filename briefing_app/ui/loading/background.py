"""Work off the GUI thread: one job, a Cancel that stops it, and exactly one outcome signal.

The loading thread (loading.py) and the network's build (network_tab.py) both run here; both also
share `gui_first`, so that two jobs at once never leave the GUI thread starved when one ends first.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QThread, Signal

from briefing_app.support.log import describe, log

SWITCH_INTERVAL = 0.0001  # seconds; measured with bench_ui: 0.5 ms still left 0.1 s stalls

_lock = threading.Lock()
_running = 0
_saved_interval = 0.005


@contextmanager
def gui_first() -> Iterator[None]:
    """While background work runs, hand the GIL back to the GUI thread often.

    Each Python call the GUI thread makes (a model's data(), a slot) must take the GIL back from a
    busy worker, by default after up to 5 ms; a repaint makes hundreds of such calls and would stall
    for seconds. The interval is the interpreter's, so it is set by the first job and restored by the last.
    """
    global _running, _saved_interval
    with _lock:
        if _running == 0:
            _saved_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                sys.setswitchinterval(_saved_interval)


class Stopped(Exception):
    """Raised at a checkpoint once the job is cancelled."""


class Job(QThread):
    """Runs `work(checkpoint)` in a thread; `checkpoint()` raises once `cancel()` was called.

    Emits exactly one of done(result), failed(summary, details) or cancelled. An unexpected error is
    logged with its traceback and reported with it (the caller words the message), never lost.
    """

    done = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Callable[[], None]], object], what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.what = what  # for the log, in English: "building the network"
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _checkpoint(self) -> None:
        if self._stop.is_set():
            raise Stopped()

    def run(self) -> None:
        with gui_first():
            try:
                result = self._work(self._checkpoint)
                self._checkpoint()
            except Stopped:
                self.cancelled.emit()
            except BaseException as exc:  # noqa: BLE001 - a bug or no memory: the user must still learn of it
                summary, details = describe(exc)
                log.error("%s failed unexpectedly: %s\n%s", self.what, summary, details.rstrip())
                self.failed.emit(summary, details)
            else:
                self.done.emit(result)
