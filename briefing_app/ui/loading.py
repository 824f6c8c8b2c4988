"""Loading a briefing file off the GUI thread, with progress and a Cancel that stops the parse."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QThread, Signal

from ..errors import BriefingError
from ..loader import Cancelled, load_text, read_text
from ..model import Briefing
from ..search import SearchIndex


@dataclass(frozen=True)
class Loaded:
    """A briefing and its search index, both built off the GUI thread."""

    briefing: Briefing
    index: SearchIndex


def load_now(path: str) -> Loaded:
    """Load synchronously (small files): raises BriefingError."""
    briefing = load_text(read_text(path), path)
    return Loaded(briefing, SearchIndex(briefing))


class LoadThread(QThread):
    """Loads one file; emits progress (0–100), then exactly one of loaded, failed or cancelled."""

    progress = Signal(int)
    loaded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: str, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.path = path
        self._stop = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        self._stop.set()

    def _report(self, share: float) -> bool:
        percent = int(share * 95)
        if percent != self._last:
            self._last = percent
            self.progress.emit(percent)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            briefing = load_text(read_text(self.path), self.path, progress=self._report)
            if self._stop.is_set():
                raise Cancelled()
            index = SearchIndex(briefing)
            if self._stop.is_set():
                raise Cancelled()
        except Cancelled:
            self.cancelled.emit()
        except BriefingError as exc:
            self.failed.emit(str(exc))
        else:
            self.progress.emit(100)
            self.loaded.emit(Loaded(briefing, index))
