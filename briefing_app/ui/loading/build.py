"""Reading a briefing file into what the window shows: the briefing, its search index, its timeline marks.

`build` does the work and runs anywhere; `LoadThread` runs it off the GUI thread for large files, with
progress, a Cancel that stops every step, and exactly one outcome signal. The network is not built
here: the Network tab builds it when it is first shown (in the background for a large file), so that
opening a file never waits for a tab that may not be looked at.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal

from briefing_app.core.errors import BriefingError
from briefing_app.reading.loader import Cancelled, load_text, read_text
from briefing_app.core.model import Briefing
from briefing_app.ui.tabs.timeline.view import Marks
from briefing_app.i18n.translation import date_text

if TYPE_CHECKING:  # imported by the step that builds them: a small file shows its first tab before
    from briefing_app.search.fulltext import TextIndex
    from briefing_app.search.names import SearchIndex

PARSE_SHARE = 0.9  # of the progress bar: the parse; the rest is the index and the marks


@dataclass(frozen=True)
class Loaded:
    """A briefing, its timeline marks and its search indexes, all built before the window sees them,
    except that the indexes of a small file are built by `search_indexes` once its first tab shows."""

    briefing: Briefing
    marks: Marks
    index: SearchIndex | None = None
    text_index: TextIndex | None = None


def search_indexes(loaded: Loaded) -> tuple[SearchIndex, TextIndex]:
    """The name and text indexes of `loaded`: those built with it, or built now."""
    from briefing_app.search.fulltext import TextIndex
    from briefing_app.search.names import SearchIndex

    b = loaded.briefing
    return (SearchIndex(b) if loaded.index is None else loaded.index,
            TextIndex(b) if loaded.text_index is None else loaded.text_index)


def warm(briefing: Briefing, checkpoint: Callable[[], None]) -> None:
    """Compute the briefing's derived lookups now, off the GUI thread, before the tabs ask for them."""
    for name in ("person_by_id", "event_by_id", "organization_by_id", "tag_by_id", "source_by_id", "vessel_by_id",
                 "discrepancies_by_record", "events_by_person", "position", "citations_by_source", "sides"):
        checkpoint()
        getattr(briefing, name)


def _never() -> bool:
    return False


def build(path: str, progress: Callable[[float], bool] | None = None, stopped: Callable[[], bool] = _never,
          background: bool = False) -> Loaded:
    """Everything the window needs from one file. Raises BriefingError for a bad file and Cancelled
    as soon as `stopped()` says so (or `progress` returns False); anything else is a bug.
    In the `background`, the search indexes too; else they wait for `search_indexes`."""

    def checkpoint() -> None:
        if stopped():
            raise Cancelled()

    share = None if progress is None else (lambda done: progress(done * PARSE_SHARE))
    briefing = load_text(read_text(path), path, progress=share)
    checkpoint()
    index = text_index = None
    if background:
        from briefing_app.search.fulltext import TextIndex
        from briefing_app.search.names import SearchIndex

        index = SearchIndex(briefing, checkpoint)
        checkpoint()
        index.warm(checkpoint)  # the one-letter answers pay off only in a large file, where a keystroke is costly
        text_index = TextIndex(briefing, checkpoint)
        checkpoint()
    marks = Marks.of(briefing, stopped, date_text)
    warm(briefing, checkpoint)
    return Loaded(briefing, marks, index, text_index)


class LoadThread(QThread):
    """Loads one file; emits progress (0–100), then exactly one of loaded, failed or cancelled."""

    progress = Signal(int)
    loaded = Signal(object)
    failed = Signal(str, str)  # the message, and details (a traceback) when it is not the file's fault
    cancelled = Signal()

    def __init__(self, path: str, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.path = path
        self._stop = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        self._stop.set()

    def _report(self, share: float) -> bool:
        percent = int(share * 100)
        if percent != self._last:
            self._last = percent
            self.progress.emit(percent)
        return not self._stop.is_set()

    def run(self) -> None:
        from briefing_app.ui.loading.background import gui_first  # with the thread: a small file never needs it

        with gui_first():
            self._run()

    def _run(self) -> None:
        try:
            loaded = build(self.path, self._report, self._stop.is_set, background=True)
            if self._stop.is_set():
                raise Cancelled()
        except Cancelled:
            self.cancelled.emit()
        except BriefingError as exc:
            self.failed.emit(str(exc), "")
        except BaseException as exc:  # noqa: BLE001 - a bug or no memory: the user must still learn of it
            from briefing_app.support.log import describe, log

            summary, details = describe(exc)
            log.error("loading %s failed unexpectedly: %s\n%s", self.path, summary, details.rstrip())
            self.failed.emit(QCoreApplication.translate("LoadController", "%1: an unexpected error stopped the load (%2)")
                             .replace("%2", summary).replace("%1", self.path), details)
        else:
            self.progress.emit(100)
            self.loaded.emit(loaded)
