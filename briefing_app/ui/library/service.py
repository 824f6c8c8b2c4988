"""The window's library: the one owner of its database connection on the GUI thread, of the folders'
watcher and of the indexing in the background.

The window asks it for the library's path when it opens a file (build.py reads the file's entry in the
loading thread), tells it what was opened (`opened`: an entry that did not match is written again, in
the background), and hears from it when a file it opened has changed since it was last indexed
(`changes_found`). A library that cannot be used leaves everything else working: `problem` says why.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Signal

from briefing_app.ui.loading.background import Callbacks, Runner

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

    from briefing_app.core.changes import Changes
    from briefing_app.library.catalog import Library
    from briefing_app.library.searcher import Searcher
    from briefing_app.ui.loading.build import Loaded

WATCH_DELAY_MS = 1500  # a file being saved changes several times: index it once it is quiet
AFTER_SHOWING_MS = 300  # from a briefing shown to writing its entry


class LibraryService(QObject):
    changed = Signal()  # the entries changed: lists and "also in" lines read them again
    changes_found = Signal(str, object, float)  # path, Changes, when the version before was indexed
    problem_found = Signal(str)  # the library cannot be used (one line), or it was repaired

    def __init__(self, parent: QObject | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        from briefing_app.library.paths import default_path

        self.path = path or default_path()
        self.problem = ""  # why the library cannot be used, once that is known
        self._library: Library | None = None
        self._writer = Runner(self)  # stores the entry of a file just opened
        self._indexer = Runner(self)  # indexes the folders' files
        self._searching = Runner(self)  # the Library dialog's searches across every briefing
        self._searcher: Searcher | None = None
        self._queue: list[tuple[str, str | None]] = []  # (path, folder) waiting for the indexer
        self._watcher: QFileSystemWatcher | None = None
        self._timer: QTimer | None = None
        self._pending_dirs: set[str] = set()
        self._checked = False
        self._waiting: Loaded | None = None  # opened, its entry not yet written

    def usable_path(self) -> str | None:
        """The database's path, or None when the library cannot be used."""
        return None if self.problem else self.path

    @property
    def library(self) -> Library | None:
        """The GUI thread's connection, opened when first wanted; None when the library cannot be used."""
        if self._library is None and not self.problem:
            from briefing_app.library.catalog import Library
            from briefing_app.library.store import LibraryUnavailable

            try:
                self._library = Library(self.path)
            except LibraryUnavailable as exc:
                self._unusable(str(exc))
                return None
            for note in self._library.notes:
                self.problem_found.emit(note)
        return self._library

    def _unusable(self, why: str) -> None:
        if not self.problem:
            self.problem = why
            self.problem_found.emit(why)

    # A file the window opened
    @property
    def busy(self) -> bool:
        """An entry is being written, or will be in a moment."""
        return self._writer.busy or self._waiting is not None

    def opened(self, loaded: Loaded) -> None:
        """Write the entry of a file read from the disk (in the background), then say what changed since
        the version before, if the user has not seen it yet. Starts watching the folders after the first.
        A moment after the window has shown the briefing: the thread would otherwise start while the first
        paint is still under way."""
        if loaded.library_problem:
            self._unusable(loaded.library_problem)
            return
        if loaded.fingerprint is None or self.problem:
            return
        first = self._waiting is None
        self._waiting = loaded
        if first:
            QTimer.singleShot(AFTER_SHOWING_MS, self, self._store_opened)

    def _store_opened(self) -> None:
        loaded, self._waiting = self._waiting, None
        if loaded is None or self._writer.stopping or loaded.fingerprint is None:
            return
        path, briefing, fingerprint, stored = loaded.briefing.path, loaded.briefing, loaded.fingerprint, loaded.from_library
        library_path = self.path

        def work(checkpoint: Callable[[], None], _progress: object) -> object:
            from briefing_app.core.changes import compare
            from briefing_app.library.catalog import Library

            library = Library(library_path)
            try:
                if not stored:
                    library.store(path, fingerprint, briefing)
                previous = library.previous(path)
            finally:
                library.close()
            checkpoint()
            return None if previous is None else (compare(previous[0], briefing), previous[1])

        def done(result: object) -> None:
            self.changed.emit()
            if result is not None:
                changes, since = cast("tuple[Changes, float]", result)
                self.changes_found.emit(path, changes, since)

        from briefing_app.library.store import LibraryUnavailable

        self._writer.start(work, f"storing {path} in the library", Callbacks(done=done, failed=self._failed),
                           expected=(LibraryUnavailable,))
        if not self._checked:
            self._checked = True
            QTimer.singleShot(2000, self, self.look_again)  # after the window has settled

    def _failed(self, message: str, details: str) -> None:
        if not details:  # LibraryUnavailable: the library cannot be written
            self._unusable(message)
        # A bug is logged by the job with its details; the briefing itself opened: nothing to show here.

    def changes_seen(self, path: str) -> None:
        library = self.library
        if library is not None:
            library.changes_seen(path)

    # Folders
    def add_folder(self, folder: str) -> int:
        """Add a folder and index its files in the background; the number of files found."""
        library = self.library
        if library is None:
            return 0
        paths = library.add_folder(folder)
        self._watch()
        self._enqueue([(p, library.real_folder(folder)) for p in paths])
        self.changed.emit()
        return len(paths)

    def remove(self, path: str) -> None:
        library = self.library
        if library is not None:
            library.remove(path)
            self._watch()
            self.changed.emit()

    def look_again(self) -> None:
        """Index whatever is new or changed in the watched folders (and check the database, once)."""
        library = self.library
        if library is None:
            return
        self._watch()
        self._enqueue(list(library.stale()), check=True)

    @property
    def indexing(self) -> bool:
        return self._indexer.busy

    def _enqueue(self, items: list[tuple[str, str | None]], check: bool = False) -> None:
        known = {p for p, _ in self._queue}
        self._queue += [(p, f) for p, f in items if p not in known]
        if not self._indexer.busy:
            self._index_next(check)

    def _index_next(self, check: bool = False) -> None:
        if not self._queue or self._indexer.stopping:
            return
        batch, self._queue = self._queue, []
        library_path = self.path

        def work(checkpoint: Callable[[], None], progress: Callable[[float], None]) -> object:
            from briefing_app.library.catalog import Library

            library = Library(library_path, check=check)
            try:
                for n, (path, folder) in enumerate(batch):
                    checkpoint()
                    if os.path.exists(path):
                        library.index(path, folder, checkpoint)
                    else:
                        library.forget_missing(path)
                    progress((n + 1) / len(batch))
                return library.notes
            finally:
                library.close()

        def done(notes: object) -> None:
            for note in cast("list[str]", notes):
                self.problem_found.emit(note)
            self.changed.emit()
            self._index_next()

        from briefing_app.library.store import LibraryUnavailable

        self._indexer.start(work, "indexing the library's folders", Callbacks(done=done, failed=self._index_failed),
                            expected=(LibraryUnavailable,))

    def _index_failed(self, message: str, details: str) -> None:
        self._failed(message, details)
        self.changed.emit()
        self._index_next()

    def _watch(self) -> None:
        """Watch each folder of the library and its subfolders: a file saved, added or removed there is
        indexed again a moment later."""
        library = self.library
        if library is None:
            return
        from PySide6.QtCore import QFileSystemWatcher

        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(self._dir_changed)
            self._watcher.fileChanged.connect(lambda path: self._dir_changed(os.path.dirname(path)))
        wanted = set()
        for folder in library.folders():
            for root, dirs, _names in os.walk(folder):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                wanted.add(root)
        watched = set(self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _dir_changed(self, folder: str) -> None:
        self._pending_dirs.add(folder)
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._index_changed_dirs)
        self._timer.start(WATCH_DELAY_MS)

    def _index_changed_dirs(self) -> None:
        library = self.library
        if library is None:
            return
        self._pending_dirs.clear()
        self._watch()  # new subfolders
        self._enqueue(list(library.stale()))

    # Searches across every briefing
    def search(self, typed: str, by_text: bool, done: Callable[[object], None], failed: Callable[[str, str], None]) -> None:
        """Search every briefing in the background (library/searcher.py): `done` hears the hits of the
        newest search only, `failed` its one-line error and details. A search started before is dropped."""
        if self.problem:
            return
        if self._searcher is None:
            from briefing_app.library.searcher import Searcher

            self._searcher = Searcher(self.path)
        searcher = self._searcher

        def work(checkpoint: Callable[[], None], _progress: object) -> object:
            return searcher.text(typed, checkpoint) if by_text else searcher.names(typed, checkpoint)

        from briefing_app.library.store import LibraryUnavailable

        self._searching.start(work, "searching the library", Callbacks(done=done, failed=failed), expected=(LibraryUnavailable,))

    def cancel_search(self) -> None:
        self._searching.cancel()

    @property
    def searching(self) -> bool:
        return self._searching.busy

    def shutdown(self) -> None:
        self._waiting = None
        self._writer.shutdown()
        self._indexer.shutdown()
        self._searching.shutdown()
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._library is not None:
            self._library.close()
            self._library = None
