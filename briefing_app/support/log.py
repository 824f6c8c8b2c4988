"""Logging for the app: to stderr and to a log file in the user's state folder, so that no error vanishes.

Qt-free. A crash inside Qt's C++ code ends the process with no Python exception: faulthandler then
writes the Python stack of every thread into `crash.log`, which is empty after any run that did not
crash. The next start takes what it holds (`take_last_crash`) and the window offers it to the user
(ui/crash.py, after qutebrowser's crashsignal), which also routes Qt's own messages into this log.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import IO

LOGGER = "briefing_app"
LOG_NAME = "briefing-app.log"
CRASH_NAME = "crash.log"  # faulthandler's file: what the last run left if it crashed
LAST_CRASH_NAME = "last-crash.log"  # the last crash taken, kept for the user to send
CRASH_LIMIT = 100_000  # characters of a crash file read back: the stacks of every thread, never the disk
_fault_file: IO[str] | None = None  # kept open: faulthandler writes to its descriptor when the process dies

log = logging.getLogger(LOGGER)


def state_folder() -> str:
    """Where the app keeps its log: $XDG_STATE_HOME/briefing-app, ~/.local/state/briefing-app, or the platform's."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
        return os.path.join(base, "briefing-app", "logs")
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/Logs/briefing-app")
    base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
    return os.path.join(base, "briefing-app")


def setup(to_file: bool = True) -> str | None:
    """Log warnings and worse to stderr, everything from INFO to the log file; returns the log file's path.

    A log file that cannot be opened (a read-only home) is no reason not to start: stderr remains.
    """
    logger = logging.getLogger(LOGGER)
    if logger.handlers:  # set up once per process
        return _log_path(logger)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("briefing-app: %(levelname)s: %(message)s"))
    logger.addHandler(console)
    path = None
    if to_file:
        folder = state_folder()
        try:
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, LOG_NAME)
            # Tens of milliseconds to import: paid once the window shows, not by every load.
            from logging.handlers import RotatingFileHandler

            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        except OSError as exc:
            logger.warning("no log file in %s: %s", folder, exc.strerror or exc)
            path = None
        else:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            logger.addHandler(handler)
    _enable_faulthandler(folder if to_file else None)
    return path


def _log_path(logger: logging.Logger) -> str | None:
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    return None


def take_last_crash(folder: str | None = None) -> str | None:
    """What the last run's faulthandler wrote if it crashed, or None. It is moved to last-crash.log, so
    that it is offered once; call before `setup`, which starts the file anew for this run."""
    folder = folder or state_folder()
    path = os.path.join(folder, CRASH_NAME)
    try:
        with open(path, encoding="utf-8", errors="replace") as crash:
            trace = crash.read(CRASH_LIMIT).strip()
        if not trace:
            return None
        os.replace(path, os.path.join(folder, LAST_CRASH_NAME))
    except OSError:
        return None
    return trace


def _enable_faulthandler(folder: str | None) -> None:
    """A crash in Qt's C++ code kills the process without a Python exception: faulthandler still
    writes the Python stack of every thread, to crash.log in the state folder when there is one."""
    global _fault_file
    if faulthandler.is_enabled():
        return
    try:
        # Opened anew (emptied) each run: it holds something only after a crash.
        _fault_file = open(os.path.join(folder, CRASH_NAME), "w", encoding="utf-8") if folder else None  # noqa: SIM115 - must stay open
    except OSError:
        _fault_file = None
    faulthandler.enable(file=_fault_file or sys.stderr, all_threads=True)


def describe(exc: BaseException) -> tuple[str, str]:
    """A one-line summary of an exception and its full traceback, for a message and its details."""
    summary = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    first = summary.splitlines()[0] if summary else type(exc).__name__
    if len(first) > 200:
        first = first[:199] + "…"
    return first, "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


Show = Callable[[str, str], None]


def install_excepthook(show: Show | None = None) -> None:
    """Every exception nobody caught, on any thread, is logged with its traceback and handed to `show`
    (the window's error dialog), instead of a traceback on a terminal nobody sees."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report(exc.with_traceback(tb), show)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            report(args.exc_value, show)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def report(exc: BaseException, show: Show | None = None) -> None:
    """Log an unexpected exception and show it, if there is somewhere to show it."""
    summary, details = describe(exc)
    log.error("unexpected error: %s\n%s", summary, details.rstrip())
    if show is not None:
        try:
            show(summary, details)
        except Exception:  # the dialog itself failed: the log above already holds the error
            log.exception("could not show the error")
