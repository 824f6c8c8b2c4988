"""The library's files: what is indexed, opening a file from its entry, and indexing a file or a folder.
Qt-free; every method may run in any one thread (each thread opens its own Library).

A file's entry matches the file when its size, mtime and SHA-256 all match; then the file opens from the
entry's rows (cache.py), never from YAML. Any mismatch, a corrupt entry or one of another cache format
reads the file instead, and the caller stores it again (`store`). Every file is written in one
transaction: a kill while indexing leaves each entry whole or as it was.
"""

from __future__ import annotations

import importlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from briefing_app.core.cancel import Checkpoint, Progress, never, no_progress
from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Briefing
from briefing_app.library.cache import CorruptEntry, read_briefing, write_briefing
from briefing_app.library.schema import CACHE_FORMAT
from briefing_app.library.store import default_path, open_database, transaction
from briefing_app.reading.files import decode, read_bytes

if TYPE_CHECKING:  # the searches load when first used: opening a file from the library needs neither
    from briefing_app.library.finding import Appearance
    from briefing_app.library.people import People

__all__ = ["BRIEFING_SUFFIXES", "Entry", "Fingerprint", "Library", "Opened"]

log = logging.getLogger(__name__)

BRIEFING_SUFFIXES = (".yaml", ".yml")
MAX_FILES_PER_FOLDER = 20_000  # a folder tree with more is not a folder of briefings: the rest is left out


SMALL_FILE = 1024 * 1024  # hashed by the built-in SHA-256; a larger one by OpenSSL's, eight times as fast


def sha256_of(data: bytes) -> str:
    """The data's SHA-256. hashlib loads OpenSSL before anything else (5 ms of every start-up that opens
    the bundled briefing from the library), so a small file is hashed by Python's built-in one."""
    if len(data) <= SMALL_FILE:
        try:
            return str(importlib.import_module("_sha256").sha256(data).hexdigest())
        except ImportError:  # Python 3.12 named it _sha2: hashlib's serves
            pass
    import hashlib

    return hashlib.sha256(data).hexdigest()


class Fingerprint(NamedTuple):
    """What a file was when it was read: its size, modification time and SHA-256."""

    size: int
    mtime_ns: int
    sha256: str


class Opened(NamedTuple):
    """A briefing opened through the library, the fingerprint of the file it came from, and whence it was read."""

    briefing: Briefing
    fingerprint: Fingerprint
    from_library: bool  # read from the entry; else from the file, and the entry is to be stored again


class Entry(NamedTuple):
    """A row of the Library window's list."""

    path: str
    folder: str
    status: str  # "ok" or "error"
    error: str  # the one-line error of a file that fails to load
    title: str
    date: str
    date_sort: int
    people: int
    events: int
    indexed_at: float
    changed: bool  # changed since it was last indexed, and what changed not yet seen


def real(path: str) -> str:
    return os.path.realpath(os.path.abspath(path))


class Library:
    def __init__(self, path: str | None = None, check: bool = False) -> None:
        """`check`: read the whole database for damage first (store.open_database)."""
        self.path = path or default_path()
        self.notes: list[str] = []  # what opening it repaired, one line each, for the caller to report
        self.db = open_database(self.path, self.notes, check)
        self._people: People | None = None

    def close(self) -> None:
        self.db.close()

    def people(self) -> People:
        """Everyone in the library's briefings, for the name search across them; made again after a change."""
        from briefing_app.library.people import People

        if self._people is None or self._people.stale(self.db):
            self._people = People(self.db)
        return self._people

    def also_in(self, path: str, forms: Iterable[str]) -> list[Appearance]:
        from briefing_app.library.finding import also_in

        return also_in(self.db, real(path), forms)

    @staticmethod
    def real_folder(folder: str) -> str:
        return real(folder)

    # What is in it
    def folders(self) -> list[str]:
        return [p for (p,) in self.db.execute("SELECT path FROM folders ORDER BY path")]

    def entries(self) -> list[Entry]:
        return [_entry(row) for row in self.db.execute(_ENTRIES + " ORDER BY f.path")]

    def entry(self, path: str) -> Entry | None:
        row = self.db.execute(_ENTRIES + " WHERE f.path = ?", (real(path),)).fetchone()
        return None if row is None else _entry(row)

    # Opening
    def open(self, path: str, checkpoint: Checkpoint = never, progress: Progress = no_progress) -> Opened:
        """The briefing in `path`: from its entry when the entry matches the file, else read from the file.
        Raises BriefingError for a file that cannot be read or loaded."""
        data, fingerprint = _read(path)
        return self._opened(path, data, fingerprint, checkpoint, progress)

    def _opened(self, path: str, data: bytes, fingerprint: Fingerprint, checkpoint: Checkpoint, progress: Progress) -> Opened:
        found = self._matching_version(real(path), fingerprint)
        if found is not None:
            version, people, events = found
            try:
                briefing = read_briefing(self.db, version, path, checkpoint)
                if (len(briefing.people), len(briefing.events)) != (people, events):
                    raise CorruptEntry("the library's copy has lost people or events")
                return Opened(briefing, fingerprint, True)
            except (CorruptEntry, sqlite3.DatabaseError) as exc:
                log.warning("%s: %s; reading the file instead", path, exc)
                self._drop_damaged(version)
        from briefing_app.reading.loader import load_text  # YAML only when the entry does not serve

        briefing = load_text(decode(data, path), path, progress, checkpoint)
        return Opened(briefing, fingerprint, False)

    def _drop_damaged(self, version: int) -> None:
        """Forget an entry that cannot be read, so that storing the file makes it anew."""
        try:
            with transaction(self.db):
                self._delete_version(version)
                self.db.execute("UPDATE files SET current = NULL WHERE current = ?", (version,))
        except sqlite3.DatabaseError as exc:
            log.warning("the damaged entry cannot be removed: %s", exc)

    def _matching_version(self, path: str, fp: Fingerprint) -> tuple[int, int, int] | None:
        """The entry's version, and its counts of people and events, if it matches the file."""
        row = self.db.execute("SELECT v.id, v.people, v.events FROM files f JOIN versions v ON v.id = f.current WHERE f.path = ? AND"
                              " f.status = 'ok' AND f.size = ? AND f.mtime_ns = ? AND f.sha256 = ? AND v.format = ?",
                              (path, fp.size, fp.mtime_ns, fp.sha256, CACHE_FORMAT)).fetchone()
        return None if row is None else (int(row[0]), int(row[1]), int(row[2]))

    def previous(self, path: str) -> tuple[Briefing, float] | None:
        """The version before the current one, and when it was indexed, while what changed is unseen."""
        row = self.db.execute("SELECT v.id, v.indexed_at FROM files f JOIN versions v ON v.id = f.previous"
                              " WHERE f.path = ? AND f.changes_seen = 0 AND v.format = ?", (real(path), CACHE_FORMAT)).fetchone()
        if row is None:
            return None
        try:
            return read_briefing(self.db, row[0], path), float(row[1])
        except (CorruptEntry, sqlite3.DatabaseError) as exc:
            log.warning("%s: the previous version cannot be read: %s", path, exc)
            return None

    def changes_seen(self, path: str) -> None:
        with transaction(self.db):
            self.db.execute("UPDATE files SET changes_seen = 1 WHERE path = ?", (real(path),))

    # Indexing
    def store(self, path: str, fingerprint: Fingerprint, found: Briefing | BriefingError, folder: str | None = None) -> None:
        """Make the file's entry say what `found` is (the briefing read from it, or why it cannot be), in
        one transaction. The version before is kept when the file's content changed."""
        path = real(path)
        db = self.db
        with transaction(db):
            row = db.execute("SELECT id, sha256, current, previous, folder FROM files WHERE path = ?", (path,)).fetchone()
            if row is None:
                db.execute("INSERT INTO files (path, folder, size, mtime_ns, sha256, status, checked_at) VALUES (?, ?, 0, 0, '', 'ok', 0)",
                           (path, folder or os.path.dirname(path)))
                row = db.execute("SELECT id, sha256, current, previous, folder FROM files WHERE path = ?", (path,)).fetchone()
            file_id, old_sha, current, previous, _folder = row
            now = time.time()
            db.execute("UPDATE files SET size = ?, mtime_ns = ?, sha256 = ?, checked_at = ? WHERE id = ?",
                       (fingerprint.size, fingerprint.mtime_ns, fingerprint.sha256, now, file_id))
            same = old_sha == fingerprint.sha256 and current is not None and self._format(current) == CACHE_FORMAT
            if isinstance(found, BriefingError):
                db.execute("UPDATE files SET status = 'error', error = ? WHERE id = ?", (str(found), file_id))
                if current is not None:  # kept as the version before, to say what changed once the file loads again
                    self._retire(file_id, current, previous, changed=False)
                return
            db.execute("UPDATE files SET status = 'ok', error = NULL WHERE id = ?", (file_id,))
            if same:
                return
            version = self._write(file_id, fingerprint, found, now)
            if current is not None:
                kept_format = self._format(current) == CACHE_FORMAT
                self._retire(file_id, current, previous, changed=kept_format and old_sha != fingerprint.sha256)
            elif previous is not None:  # the file loads again after an error
                db.execute("UPDATE files SET changes_seen = 0 WHERE id = ?", (file_id,))
            db.execute("UPDATE files SET current = ? WHERE id = ?", (version, file_id))

    def index(self, path: str, folder: str | None = None, checkpoint: Checkpoint = never) -> bool:
        """Index one file unless its entry matches it already (size and mtime, then the hash). True if
        the entry was written."""
        path = real(path)
        try:
            stat = os.stat(path)
        except OSError:
            return False
        row = self.db.execute("SELECT f.size, f.mtime_ns, f.status, v.format FROM files f LEFT JOIN versions v ON v.id = f.current"
                              " WHERE f.path = ?", (path,)).fetchone()
        if row is not None and row[:2] == (stat.st_size, stat.st_mtime_ns) and (row[2] == "error" or row[3] == CACHE_FORMAT):
            return False
        try:
            data, fingerprint = _read(path)
        except BriefingError as exc:  # not readable at all: listed with why
            self.store(path, Fingerprint(stat.st_size, stat.st_mtime_ns, ""), exc, folder)
            return True
        try:
            opened = self._opened(path, data, fingerprint, checkpoint, no_progress)
        except BriefingError as exc:
            self.store(path, fingerprint, exc, folder)
            return True
        # Touched but not changed (same hash), store() only takes the new mtime.
        self.store(path, opened.fingerprint, opened.briefing, folder)
        return True

    def add_folder(self, folder: str) -> list[str]:
        """Watch `folder` from now on; the briefing files in it (and its subfolders), to be indexed."""
        folder = real(folder)
        if not os.path.isdir(folder):
            raise NotADirectoryError(f"{folder}: not a folder")
        with transaction(self.db):
            self.db.execute("INSERT OR IGNORE INTO folders VALUES (?)", (folder,))
        return list(files_in(folder))

    def remove(self, path: str) -> int:
        """Forget a folder (and its files) or one file: the files on the disk are not touched. The number
        of files forgotten."""
        path = real(path)
        db = self.db
        with transaction(db):
            db.execute("DELETE FROM folders WHERE path = ?", (path,))
            rows = db.execute("SELECT id, current, previous FROM files WHERE path = ? OR folder = ? OR folder LIKE ? ESCAPE '\\'",
                              (path, path, _like_prefix(path + os.sep))).fetchall()
            for file_id, current, previous in rows:
                for version in (current, previous):
                    if version is not None:
                        self._delete_version(version)
                db.execute("DELETE FROM files WHERE id = ?", (file_id,))
        return len(rows)

    def stale(self) -> Iterator[tuple[str, str]]:
        """(path, folder) of every file to look at again: in the watched folders, and every file listed."""
        seen = set()
        for folder in self.folders():
            for path in files_in(folder):
                seen.add(path)
                yield path, folder
        for path, folder in self.db.execute("SELECT path, folder FROM files").fetchall():
            if path not in seen:
                yield path, folder

    def rebuild(self, checkpoint: Checkpoint = never) -> int:
        """Every entry made again from its file; entries whose file is gone are dropped. Files indexed."""
        db = self.db
        with transaction(db):
            for (version,) in db.execute("SELECT id FROM versions").fetchall():
                self._delete_version(version)
            db.execute("UPDATE files SET current = NULL, previous = NULL, changes_seen = 1, size = -1")
        count = 0
        for path, folder in list(self.stale()):
            checkpoint()
            if not os.path.exists(path):
                self.forget_missing(path)
                continue
            count += self.index(path, folder, checkpoint)
        return count

    def forget_missing(self, path: str) -> None:
        if not os.path.exists(path):
            self.remove(path)

    # Writing a version
    def _format(self, version: int) -> int | None:
        row = self.db.execute("SELECT format FROM versions WHERE id = ?", (version,)).fetchone()
        return None if row is None else int(row[0])

    def _write(self, file_id: int, fp: Fingerprint, b: Briefing, now: float) -> int:
        db = self.db
        cursor = db.execute("INSERT INTO versions (file, format, sha256, indexed_at, title, subtitle, date, date_sort, people, events)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (file_id, CACHE_FORMAT, fp.sha256, now, b.title, b.subtitle, b.date.iso(), b.date.sort_number(),
                             len(b.people), len(b.events)))
        version = cursor.lastrowid
        assert version is not None
        write_briefing(db, version, b)
        self._index_passages(version, b)
        db.execute("INSERT INTO name_search (rowid, keys) SELECT id, keys FROM names WHERE version = ?", (version,))
        return version

    def _index_passages(self, version: int, b: Briefing) -> None:
        from briefing_app.search.passages import passage_rows
        from briefing_app.search.query import CJK

        db = self.db
        first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM passages").fetchone()[0]
        rows = [(n, version, kind, record, field, text, where, event, int(not text.isascii() and bool(CJK.search(text))))
                for n, (kind, record, field, text, where, event, _day) in enumerate(passage_rows(b), first)]
        db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO passage_words (rowid, text) VALUES (?, ?)", ((r[0], r[5]) for r in rows))
        db.executemany("INSERT INTO passage_cjk (rowid, text) VALUES (?, ?)", ((r[0], r[5]) for r in rows if r[8]))

    def _retire(self, file_id: int, current: int, previous: int | None, changed: bool) -> None:
        """The current version becomes the previous one (the one before it is deleted); its passages leave
        the text search, which looks at current versions only."""
        if previous is not None:
            self._delete_version(previous)
        self._unsearchable(current)
        self.db.execute("UPDATE files SET previous = ?, current = NULL, changes_seen = ? WHERE id = ?",
                        (current, 0 if changed else 1, file_id))

    def _unsearchable(self, version: int) -> None:
        """The version's passages and names leave the searches, which look at current versions only."""
        self._delete_passages(version)
        # A contentless index forgets a row only when told its text: the names keep it for this.
        self.db.execute("INSERT INTO name_search (name_search, rowid, keys) SELECT 'delete', id, keys FROM names WHERE version = ?",
                        (version,))

    def _delete_passages(self, version: int) -> None:
        db = self.db
        db.execute("INSERT INTO passage_words (passage_words, rowid, text) SELECT 'delete', id, text FROM passages WHERE version = ?", (version,))
        db.execute("INSERT INTO passage_cjk (passage_cjk, rowid, text) SELECT 'delete', id, text FROM passages WHERE version = ? AND cjk",
                   (version,))
        db.execute("DELETE FROM passages WHERE version = ?", (version,))

    def _delete_version(self, version: int) -> None:
        if self.db.execute("SELECT 1 FROM files WHERE current = ?", (version,)).fetchone() is not None:
            self._unsearchable(version)  # a version before is out of the searches already
        for table in ("records", "events", "people", "names", "roles", "actions"):
            self.db.execute(f"DELETE FROM {table} WHERE version = ?", (version,))  # table names from this tuple only
        self.db.execute("DELETE FROM versions WHERE id = ?", (version,))


_ENTRIES = ("SELECT f.path, f.folder, f.status, coalesce(f.error, ''), coalesce(v.title, ''), coalesce(v.date, ''),"
            " coalesce(v.date_sort, 0), coalesce(v.people, 0), coalesce(v.events, 0), f.checked_at,"
            " f.previous IS NOT NULL AND f.changes_seen = 0"
            " FROM files f LEFT JOIN versions v ON v.id = f.current")


def _entry(row: tuple[Any, ...]) -> Entry:
    path, folder, status, error, title, date, date_sort, people, events, checked_at, changed = row
    return Entry(path, folder, status, error, title, date, date_sort, people, events, checked_at, bool(changed))


def files_in(folder: str) -> Iterator[str]:
    """The briefing files in `folder` and its subfolders, hidden ones left out, in a stable order."""
    count = 0
    for root, dirs, names in os.walk(folder, onerror=lambda exc: log.warning("%s", exc)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.lower().endswith(BRIEFING_SUFFIXES) and not name.startswith("."):
                count += 1
                if count > MAX_FILES_PER_FOLDER:
                    log.warning("%s: more than %d briefing files; the rest are left out", folder, MAX_FILES_PER_FOLDER)
                    return
                yield os.path.join(root, name)


def _read(path: str) -> tuple[bytes, Fingerprint]:
    """The file's bytes and fingerprint, read once. Raises BriefingError."""
    data = read_bytes(path, path)
    try:
        stat = os.stat(path)
    except OSError as exc:  # gone since it was read
        raise BriefingError(path, 1, 1, "(file)", f"cannot read the file: {exc.strerror or exc}") from None
    return data, Fingerprint(stat.st_size, stat.st_mtime_ns, sha256_of(data))


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
