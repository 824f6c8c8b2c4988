"""Work off the GUI thread, after Picard's `run_task`: one helper for every owner of background work.

A `Runner` belongs to one owner (the load controller, the Network tab). `start` runs a function in a
thread with a checkpoint and a progress report; the function's result, its error or its cancellation
comes back on the GUI thread, to the callbacks given with it, exactly once. Each start and each stop
bumps the runner's generation, and a callback of an older generation is dropped: a result nobody
wants any more (the user opened another file, the window is closing) never reaches the window.
`shutdown()` sets the stopping flag that every callback checks, cancels and waits.

Both ends check: the thread stops at its next checkpoint (core.cancel.Cancelled), and the GUI thread
drops whatever the thread still sends.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QObject, QThread, Signal

from briefing_app.core.cancel import Cancelled, Checkpoint, Progress

SWITCH_INTERVAL = 0.0001  # seconds; measured with bench_ui: 0.5 ms still left 0.1 s stalls

_lock = threading.Lock()
_running = 0
_saved_interval = 0.005

Work = Callable[[Checkpoint, Progress], object]


@contextmanager
def gui_first() -> Iterator[None]:
    """While background work runs, hand the GIL back to the GUI thread often.

    Each Python call the GUI thread makes (a model's data(), a slot) must take the GIL back from a
    busy worker, by default after up to 5 ms; a repaint makes hundreds of such calls and would stall
    for seconds. The interval is the interpreter's, so it is set by the first job and restored by the last.

    And while it runs, the collector leaves alone what the app held before (gc.freeze): a load makes
    hundreds of thousands of objects, each of which counts towards a full collection, and each full
    collection walked the whole heap, the briefing on show and every Qt wrapper, holding the GIL for
    35-80 ms and never finding anything (bench_library: the longest event-loop gap while the 50,000-event
    file opens from the library, 66 ms before, 29 ms with it). unfreeze() gives them back afterwards.
    """
    global _running, _saved_interval
    with _lock:
        if _running == 0:
            _saved_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
            gc.freeze()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                sys.setswitchinterval(_saved_interval)
                gc.unfreeze()


class Job(QThread):
    """Runs `work(checkpoint, progress)` once; `checkpoint()` raises Cancelled once `cancel()` was called.

    Emits, with its generation, progress (0–100) now and then, then exactly one of done(result),
    failed(message, details) or cancelled. An error of one of the `expected` types is the input's
    fault: its message, no details. Any other is a bug: logged with its traceback and reported with it.
    """

    progress = Signal(int, int)
    done = Signal(int, object)
    failed = Signal(int, str, str)
    cancelled = Signal(int)

    def __init__(self, work: Work, what: str, generation: int, expected: tuple[type[Exception], ...] = ()) -> None:
        super().__init__()
        self._work = work
        self.what = what  # for the log, in English: "building the network"
        self.generation = generation
        self._expected = expected
        self._stop = threading.Event()
        self._percent = -1

    def cancel(self) -> None:
        self._stop.set()

    def _checkpoint(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def _progress(self, share: float) -> None:
        percent = int(share * 100)
        if percent != self._percent:
            self._percent = percent
            self.progress.emit(self.generation, percent)

    def run(self) -> None:
        with gui_first():
            try:
                result = self._work(self._checkpoint, self._progress)
                self._checkpoint()
            except Cancelled:
                self.cancelled.emit(self.generation)
            except self._expected as exc:
                self.failed.emit(self.generation, str(exc), "")
            except BaseException as exc:  # noqa: BLE001 - a bug or no memory: the user must still learn of it
                from briefing_app.support.log import describe, log  # logging loads after the window shows

                summary, details = describe(exc)
                log.error("%s failed unexpectedly: %s\n%s", self.what, summary, details.rstrip())
                self.failed.emit(self.generation, summary, details)
            else:
                self.done.emit(self.generation, result)


class _Keeper(QObject):
    """Holds every job whose thread may still run, whoever started it: a QThread destroyed while its
    thread runs aborts the whole process, and the owner of a job (a tab) may go first. A job is let go
    once its thread has ended."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: set[Job] = set()

    def keep(self, job: Job) -> None:
        self.jobs.add(job)
        job.finished.connect(self._finished)  # bound to this QObject on the GUI thread: queued to it

    def _finished(self) -> None:
        job = self.sender()
        if isinstance(job, Job) and job in self.jobs:
            job.wait()  # `finished` comes just before the thread itself ends
            self.jobs.discard(job)


_keeper: _Keeper | None = None


def _keep(job: Job) -> None:
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    _keeper.keep(job)


def _nothing(*_args: object) -> None:
    pass


class Callbacks(NamedTuple):
    """What the owner hears of the job it started last, on the GUI thread."""

    done: Callable[[object], None]
    failed: Callable[[str, str], None]
    cancelled: Callable[[], None] = _nothing
    progress: Callable[[int], None] = _nothing


class Runner(QObject):
    """One owner's background work: at most one job it still listens to, and its generation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.stopping = False
        self._callbacks: Callbacks | None = None
        self._jobs: list[Job] = []  # this owner's jobs whose threads may still run

    @property
    def busy(self) -> bool:
        """A job the owner still listens to has not told its outcome yet."""
        return self._callbacks is not None

    def start(self, work: Work, what: str, callbacks: Callbacks, expected: tuple[type[Exception], ...] = ()) -> None:
        """Run `work` in a thread; the job started before it, if any, is cancelled and no longer heard."""
        if self.stopping:
            return
        self.cancel()
        self._callbacks = callbacks
        job = Job(work, what, self.generation, expected)
        # Bound to this QObject, which lives on the GUI thread: Qt queues each signal to it.
        job.progress.connect(self._progress)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self._jobs = [*(j for j in self._jobs if not j.isFinished()), job]
        _keep(job)
        job.start()

    def cancel(self) -> None:
        """Stop listening: the running job is asked to stop, and whatever it still sends is dropped."""
        self.generation += 1
        self._callbacks = None
        for job in self._jobs:
            job.cancel()

    def request_cancel(self) -> None:
        """The user's Cancel: the job stops at its next checkpoint and its `cancelled` is still heard."""
        for job in self._jobs:
            if job.generation == self.generation:
                job.cancel()

    def wait(self) -> None:
        """Wait for every thread still running (each checks in often, so no time limit is needed: a
        QThread destroyed while it runs aborts the whole process)."""
        for job in list(self._jobs):
            job.wait()

    def shutdown(self) -> None:
        """The window is closing: nothing more starts or is heard, and every thread has ended on return."""
        self.stopping = True
        self.cancel()
        self.wait()

    def _listening(self, generation: int) -> Callbacks | None:
        if self.stopping or generation != self.generation:
            return None
        return self._callbacks

    def _progress(self, generation: int, percent: int) -> None:
        callbacks = self._listening(generation)
        if callbacks is not None:
            callbacks.progress(percent)

    def _done(self, generation: int, result: object) -> None:
        callbacks = self._listening(generation)
        if callbacks is not None:
            self._callbacks = None
            callbacks.done(result)

    def _failed(self, generation: int, message: str, details: str) -> None:
        callbacks = self._listening(generation)
        if callbacks is not None:
            self._callbacks = None
            callbacks.failed(message, details)

    def _cancelled(self, generation: int) -> None:
        callbacks = self._listening(generation)
        if callbacks is not None:
            self._callbacks = None
            callbacks.cancelled()
