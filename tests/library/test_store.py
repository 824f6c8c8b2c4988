"""The database itself: a newer schema is refused, a damaged one is moved aside and made anew, a folder
that cannot be written leaves the app working without a library, and a kill or a second writer never
leaves it inconsistent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.library.catalog import Library
from briefing_app.library.schema import SCHEMA_VERSION
from briefing_app.library.store import LibraryUnavailable, NewerLibrary, default_path
from tests.library.helpers import another_meeting, write_briefing


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing_app", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def read_only_folder(tmp_path: Path) -> Path:
    """A data folder nobody may write in: as root, who may write anywhere else, /sys (the kernel refuses
    a new file there even to root); otherwise a folder without write permission."""
    if os.geteuid() == 0:
        return Path("/sys")
    data = tmp_path / "read-only"
    data.mkdir()
    data.chmod(0o555)
    return data


def test_the_library_lives_under_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    Library().close()
    db = sqlite3.connect(tmp_path / "briefing-app" / "library.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_database_from_a_newer_version_is_refused_in_one_line_and_left_alone() -> None:
    Library().close()
    path = default_path()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = Path(path).read_bytes()
    with pytest.raises(NewerLibrary, match="newer version"):
        Library()
    done = _cli("library", "list")
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "newer version" in done.stderr
    assert Path(path).read_bytes() == before


def test_a_damaged_database_is_moved_aside_reported_and_made_anew(tmp_path: Path) -> None:
    path = Path(default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    library = Library()
    assert any("damaged" in note for note in library.notes)
    assert [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    write_briefing(tmp_path / "a.yaml", another_meeting("A", "2023-04-17"))
    library.index(str(tmp_path / "a.yaml"))
    assert [e.title for e in library.entries()] == ["A"]


def test_a_folder_that_cannot_be_written_leaves_the_app_without_a_library(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(read_only_folder(tmp_path))}
    listed = _cli("library", "list", env=env)
    assert listed.returncode == 1, listed.stdout + listed.stderr
    assert "cannot" in listed.stderr and len(listed.stderr.strip().splitlines()) == 1
    validated = _cli("validate", env=env)
    assert validated.returncode == 0, validated.stderr  # everything else works


def test_a_file_path_where_the_folder_should_be_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "file"))
    with pytest.raises(LibraryUnavailable):
        Library()


def _folder_of_briefings(folder: Path, count: int, events: int = 0) -> list[Path]:
    paths = []
    for n in range(count):
        data = another_meeting(f"Meeting {n}", f"2023-04-{1 + n % 28:02d}")
        for m in range(events):
            data["events"].append({"id": f"extra-{m}", "when": "2022-01-01", "title": f"Extra {m}", "text": "Padding.",
                                   "sources": ["jiji-000"]})
        paths.append(write_briefing(folder / f"b{n:03d}.yaml", data))
    return paths


def _consistent(library: Library) -> None:
    assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for (version, people, events) in library.db.execute("SELECT id, people, events FROM versions").fetchall():
        assert library.db.execute("SELECT count(*) FROM events WHERE version = ?", (version,)).fetchone()[0] == events
        assert library.db.execute("SELECT count(*) FROM people WHERE version = ?", (version,)).fetchone()[0] == people
    orphans = library.db.execute("SELECT count(*) FROM passages WHERE version NOT IN (SELECT id FROM versions)").fetchone()[0]
    assert orphans == 0
    for entry in library.entries():
        assert entry.status == "ok" and entry.events > 0


def test_a_kill_while_indexing_leaves_every_entry_whole(tmp_path: Path) -> None:
    _folder_of_briefings(tmp_path / "many", 14, events=300)
    process = subprocess.Popen([sys.executable, "-m", "briefing_app", "library", "add", str(tmp_path / "many")],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    for _ in range(3):  # a few files in, and in the middle of the next
        process.stdout.readline()
    time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    library = Library()
    indexed = len(library.entries())
    assert 0 < indexed < 14
    _consistent(library)
    library.rebuild()
    _consistent(library)
    assert len(library.entries()) == 14
    assert all(library.open(e.path).from_library for e in library.entries())


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    _folder_of_briefings(tmp_path / "one", 8, events=100)
    _folder_of_briefings(tmp_path / "two", 8, events=100)
    both = [subprocess.Popen([sys.executable, "-m", "briefing_app", "library", "add", str(tmp_path / name)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for name in ("one", "two")]
    errors = [p.communicate(timeout=300)[1] for p in both]
    assert [p.returncode for p in both] == [0, 0], errors
    library = Library()
    assert len(library.entries()) == 16
    _consistent(library)


_OPEN_AND_SAY_OK = ("import sys; from briefing_app.library.store import open_database, LibraryUnavailable\n"
                    "try:\n    open_database(sys.argv[1]).close()\nexcept LibraryUnavailable as exc:\n"
                    "    sys.exit(str(exc))\n")


def test_several_processes_making_a_new_library_at_once_all_get_it(tmp_path: Path) -> None:
    """The first windows of a session and a script may all start before the library exists: each of
    them makes or finds it, none is told it is locked (SQLite fails one of two processes switching a new
    database to WAL at once, without waiting)."""
    for round_ in range(8):
        path = str(tmp_path / f"round-{round_}" / "library.sqlite")
        os.makedirs(os.path.dirname(path))
        started = [subprocess.Popen([sys.executable, "-c", _OPEN_AND_SAY_OK, path], stderr=subprocess.PIPE, text=True)
                   for _ in range(6)]
        errors = [p.communicate(timeout=120)[1] for p in started]
        assert [p.returncode for p in started] == [0] * 6, errors
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.close()
