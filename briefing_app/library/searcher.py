"""The library's two searches for one window, run in its worker threads. Qt-free.

A search across hundreds of briefings takes tens of milliseconds for a word's first letters, and the
name index it needs (`people.People`) takes tens more to make: neither belongs on the window's thread.
The searcher keeps its own connection and that index between searches. A search the user has typed
past may still be running when the next one starts, so a lock lets one search at a time use them, and
a search that waited for the lock gives up at once if it was cancelled meanwhile.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from briefing_app.core.cancel import Checkpoint, never

if TYPE_CHECKING:
    from briefing_app.library.catalog import Library
    from briefing_app.library.finding import TextHit
    from briefing_app.library.people import NameHit

__all__ = ["Searcher"]


class Searcher:
    def __init__(self, path: str) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._library: Library | None = None

    def names(self, typed: str, checkpoint: Checkpoint = never) -> list[NameHit]:
        """The people whose names match, best first, with every briefing each appears in."""
        with self._lock:
            checkpoint()
            return self._opened().people().search(typed)

    def text(self, typed: str, checkpoint: Checkpoint = never) -> tuple[list[TextHit], int]:
        """The passages of every briefing the query finds, best first, and how many there are."""
        from briefing_app.library.finding import search_text

        with self._lock:
            checkpoint()
            return search_text(self._opened().db, typed)

    def close(self) -> None:
        """Once no search runs any more (the window's threads have ended)."""
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None

    def _opened(self) -> Library:
        if self._library is None:
            from briefing_app.library.catalog import Library

            self._library = Library(self._path)
        return self._library
