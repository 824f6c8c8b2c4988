"""Opening the library's database: where it lives, its settings, its schema, and what is done when it
cannot be used. Qt-free.

Two windows and the command line may use the library at once: the database is in WAL mode (readers
never wait for the writer) with a busy timeout (a writer waits for the other's transaction rather than
failing), and every file is written in one transaction, so a kill leaves each entry whole or absent.
The library is a cache of the files and never their master: a corrupt database is moved aside and
made anew, and a library that cannot be opened at all leaves the app working without one.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from briefing_app.library.paths import default_path
from briefing_app.library.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["LibraryUnavailable", "NewerLibrary", "default_path", "open_database", "transaction"]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000  # another process's transaction on one file takes well under a second


class LibraryUnavailable(Exception):
    """The library cannot be used; str() is one line saying why. The app goes on without it."""


class NewerLibrary(LibraryUnavailable):
    """The database was made by a newer version of the app: it is left as it is."""


def open_database(path: str, repaired: list[str] | None = None, check: bool = False) -> sqlite3.Connection:
    """A connection to the library at `path`, made and brought to the current schema if need be.
    A database that is not one, or (with `check`) fails SQLite's quick check, is moved aside and made
    anew; what was done is added to `repaired` (one line each) for the caller to report. The check
    reads the whole database, so only the indexing thread asks for it. Raises LibraryUnavailable."""
    folder = os.path.dirname(path) or "."
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise LibraryUnavailable(f"cannot make the library's folder {folder}: {exc.strerror or exc}") from None
    try:
        return _open(path, check)
    except NewerLibrary:
        raise
    except sqlite3.DatabaseError as exc:
        if not _is_corrupt(exc) or not os.path.exists(path):
            raise LibraryUnavailable(_why(path, exc)) from None
        folders = _salvage_folders(path)
        aside = _move_aside(path)
        note = f"the library {path} was damaged ({exc}); it was moved to {aside} and is made anew"
        log.warning(note)
        if repaired is not None:
            repaired.append(note)
    try:
        db = _open(path)
        with transaction(db):  # the folders the user added, if the damaged file still gave them: indexed again
            db.executemany("INSERT OR IGNORE INTO folders VALUES (?)", ((f,) for f in folders))
        return db
    except sqlite3.DatabaseError as exc:
        raise LibraryUnavailable(_why(path, exc)) from None


def _open(path: str, check: bool = False) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerLibrary(f"the library {path} was made by a newer version of the app (schema {version};"
                               f" this version reads up to {SCHEMA_VERSION}): it is left as it is")
        if _journal_mode_wal(db).lower() != "wal":
            raise sqlite3.OperationalError("the library's folder does not allow WAL mode")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL keeps each commit whole; a power cut may lose the last
        db.execute("PRAGMA foreign_keys = ON")
        if check and version and db.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("database disk image is malformed")
        _migrate(db, version)
    except BaseException:
        db.close()
        raise
    return db


def _journal_mode_wal(db: sqlite3.Connection) -> str:
    """Switches a new database to WAL. Two processes making the library at once can each hold a read
    lock while asking for the write lock the switch needs: SQLite then fails one of them at once rather
    than wait (the busy timeout cannot break that deadlock), so the switch is tried again until the
    other one has made it, within the same busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _migrate(db: sqlite3.Connection, version: int) -> None:
    while version < SCHEMA_VERSION:
        with transaction(db):
            # Another process may have migrated it while this one waited for the lock.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version >= SCHEMA_VERSION:
                return
            for statement in MIGRATIONS[version]:
                db.execute(statement)
            version += 1
            db.execute(f"PRAGMA user_version = {version}")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (BEGIN IMMEDIATE), so that two writers queue on the busy
    timeout instead of failing halfway on a lock upgrade."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _salvage_folders(path: str) -> list[str]:
    try:
        damaged = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return [str(p) for (p,) in damaged.execute("SELECT path FROM folders")]
        finally:
            damaged.close()
    except sqlite3.Error:
        return []


def _move_aside(path: str) -> str:
    aside = f"{path}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
    for suffix in ("", "-wal", "-shm"):
        try:
            os.replace(path + suffix, aside + suffix)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise LibraryUnavailable(f"the library {path} is damaged and cannot be moved aside: {exc.strerror or exc}") from None
    return aside


def _why(path: str, exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text or "unable to open" in text or not os.access(os.path.dirname(path) or ".", os.W_OK):
        return f"the library cannot be written at {path} ({text}); the app works without it"
    return f"the library at {path} cannot be used: {text}"
