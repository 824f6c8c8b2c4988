"""A file opens from its library entry only when the entry matches the file; every mismatch or damage
reads the file instead, and storing it again makes the next open come from the library."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefing_app.library.catalog import Library
from briefing_app.reading.loader import load_file
from briefing_app.support.resources import bundled_briefing


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    path = tmp_path / "briefing.yaml"
    shutil.copyfile(bundled_briefing(), path)
    return path


def _stored(library: Library, path: Path) -> None:
    opened = library.open(str(path))
    library.store(str(path), opened.fingerprint, opened.briefing)


def test_a_stored_file_opens_from_the_library_as_the_same_briefing(copy: Path) -> None:
    library = Library()
    first = library.open(str(copy))
    assert not first.from_library
    library.store(str(copy), first.fingerprint, first.briefing)
    again = library.open(str(copy))
    assert again.from_library
    assert again.briefing == load_file(copy)
    assert again.briefing.path == str(copy)


def test_the_bundled_briefing_opens_from_the_library_too() -> None:
    library = Library()
    path = str(bundled_briefing())
    _stored(library, Path(path))
    assert library.open(path).from_library


def _edit_keeping_size_and_mtime(path: Path) -> None:
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("Takehiro Funakoshi", "Takehiro Funakoshy", 1)
    assert len(changed.encode()) == len(text.encode()) and changed != text
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


@pytest.mark.parametrize("mismatch", ["size", "mtime", "hash only"])
def test_any_mismatch_reads_the_file(copy: Path, mismatch: str) -> None:
    library = Library()
    _stored(library, copy)
    if mismatch == "size":
        with copy.open("a", encoding="utf-8") as f:
            f.write("\n")
        stat = copy.stat()
        os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif mismatch == "mtime":
        stat = copy.stat()
        os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    else:
        _edit_keeping_size_and_mtime(copy)
    opened = library.open(str(copy))
    assert not opened.from_library
    if mismatch == "hash only":
        assert any(n.text == "Takehiro Funakoshy" for p in opened.briefing.people for n in p.names)
    library.store(str(copy), opened.fingerprint, opened.briefing)
    assert library.open(str(copy)).from_library


@pytest.mark.parametrize("damage", [
    "UPDATE records SET data = 'not json' WHERE part = 'header' AND n = 0",
    "UPDATE records SET data = '{\"@\": \"os.system\", \"v\": [\"echo\"]}' WHERE part = 'sources' AND n = 0",
    "UPDATE records SET data = '[1, 2]' WHERE part = 'header' AND n = 3",
    "DELETE FROM names WHERE person = 0",
    "DELETE FROM events WHERE n = 3",
    "DELETE FROM people WHERE n = 1",
    "UPDATE events SET sort = -n",
    "UPDATE versions SET format = 999",
    "DELETE FROM records WHERE part = 'header'",
])
def test_a_damaged_or_foreign_entry_reads_the_file_and_is_made_again(copy: Path, damage: str) -> None:
    library = Library()
    _stored(library, copy)
    library.db.execute(damage)
    opened = library.open(str(copy))
    assert not opened.from_library
    assert opened.briefing == load_file(copy)
    library.store(str(copy), opened.fingerprint, opened.briefing)
    again = library.open(str(copy))
    assert again.from_library and again.briefing == opened.briefing


def test_nothing_in_the_cache_is_pickled() -> None:
    for module in (Path(__file__).parents[2] / "briefing_app" / "library").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "pickle" not in text and "marshal" not in text and "eval(" not in text, module


def test_text_that_looks_like_sql_is_stored_and_found_as_text(tmp_path: Path) -> None:
    from briefing_app.library.finding import search_text
    from tests.library.helpers import another_meeting, write_briefing

    hostile = "x'); DROP TABLE files; -- \" OR 1=1 %_\\ NEAR( * ^"
    data = another_meeting(hostile, "2023-04-17")
    data["people"][0]["names"].append({"text": hostile, "sources": ["jiji-000"]})
    path = write_briefing(tmp_path / "hostile.yaml", data)
    library = Library()
    library.index(str(path))
    assert [e.title for e in library.entries()] == [hostile]
    assert library.open(str(path)).from_library
    assert library.people().search("drop table files")
    hits, _ = search_text(library.db, hostile)
    assert hits is not None  # the query is parsed, never raises
    assert library.also_in(str(tmp_path / "other.yaml"), [hostile])[0].title == hostile
