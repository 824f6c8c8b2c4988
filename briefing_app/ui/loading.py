"""Loading a briefing file off the GUI thread, with progress and a Cancel that stops the parse."""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QThread, Signal

from ..errors import BriefingError
from ..loader import Cancelled, gc_paused, load_text, read_text
from ..model import Briefing
from ..search import SearchIndex
from .timeline_view import Marks


SWITCH_INTERVAL = 0.0001  # seconds; measured with bench_ui: 0.5 ms still left 0.1 s stalls


@dataclass(frozen=True)
class Loaded:
    """A briefing, its search index and its timeline marks, all built off the GUI thread."""

    briefing: Briefing
    index: SearchIndex
    marks: Marks


def warm(briefing: Briefing) -> None:
    """Compute the briefing's derived lookups here, off the GUI thread, before the tabs ask for them."""
    for name in ("person_by_id", "event_by_id", "organization_by_id", "tag_by_id", "source_by_id", "vessel_by_id",
                 "discrepancies_by_record", "events_by_person", "position", "citations_by_source", "sides"):
        getattr(briefing, name)


def load_now(path: str) -> Loaded:
    """Load synchronously (small files): raises BriefingError."""
    briefing = load_text(read_text(path), path)
    return Loaded(briefing, SearchIndex(briefing), Marks.of(briefing))


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
        # Each Python call the GUI thread makes (a model's data(), a slot) must take the GIL back
        # from this thread, by default after up to 5 ms; a repaint makes hundreds of such calls and
        # would stall for seconds. A short switch interval while loading keeps the window live.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        try:
            self._load()
        finally:
            sys.setswitchinterval(interval)

    def _load(self) -> None:
        try:
            # The collector stays off for the whole job, then what it made is frozen: a collection
            # in this thread would hold the GIL for a third of a second and stall the window.
            with gc_paused():
                briefing = load_text(read_text(self.path), self.path, progress=self._report)
                if self._stop.is_set():
                    raise Cancelled()
                index = SearchIndex(briefing)
                index.warm()
                marks = Marks.of(briefing, self._stop.is_set)
                warm(briefing)
            if self._stop.is_set():
                raise Cancelled()
        except Cancelled:
            self.cancelled.emit()
        except BriefingError as exc:
            self.failed.emit(str(exc))
        else:
            self.progress.emit(100)
            self.loaded.emit(Loaded(briefing, index, marks))
