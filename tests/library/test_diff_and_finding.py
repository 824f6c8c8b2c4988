"""`briefing-app diff` on two versions of the bundled file with known changes, and the searches across
the library: a person by any form of their name, a passage by its words, and "also in"."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from briefing_app.library.catalog import Library
from briefing_app.support.resources import bundled_briefing
from tests.library.helpers import another_meeting, bundled_data, write_briefing


def _changed_version(tmp_path: Path) -> Path:
    data = bundled_data()
    person = next(p for p in data["people"] if p["id"] == "takehiro-funakoshi")
    person["names"][0]["text"] = "Takehiro FUNAKOSHI"
    removed = data["events"].pop(0)
    data["events"].append({"id": "new-talks", "when": "2023-05-01", "title": "Further talks", "text": "A test event.",
                           "sources": ["new-source"]})
    data["sources"].append({"id": "new-source", "kind": "article", "credit": "A test outlet"})
    first = data["discrepancies"][0]
    data["discrepancies"] = [d for d in data["discrepancies"] if d is not first]
    data["title"] = "A changed title"
    path = write_briefing(tmp_path / "changed.yaml", data)
    (tmp_path / "removed.txt").write_text(f"{removed['id']}\n{first['id']}\n{first['kind']}")
    return path


def test_diff_names_every_known_change(tmp_path: Path) -> None:
    new = _changed_version(tmp_path)
    removed_event, removed_discrepancy, kind = (tmp_path / "removed.txt").read_text().splitlines()
    done = subprocess.run([sys.executable, "-m", "briefing_app", "diff", str(bundled_briefing()), str(new), "--json"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    changes = {(c["status"], c["kind"], c["id"]) for c in report["changes"]}
    assert ("added", "event", "new-talks") in changes
    assert ("removed", "event", removed_event) in changes
    assert ("added", "source", "new-source") in changes
    assert ("removed", "disagreement", removed_discrepancy) in changes
    person = next(c for c in report["changes"] if c["id"] == "takehiro-funakoshi")
    assert person["status"] == "changed"
    assert [(f["field"], "Takehiro Funakoshi" in f["old"], "Takehiro FUNAKOSHI" in f["new"]) for f in person["fields"]] == [("names", True, True)]
    header = next(c for c in report["changes"] if c["kind"] == "briefing")
    assert {"field": "title", "old": '12th South Korea–Japan Security Policy Consultation ("2+2")', "new": "A changed title"} in header["fields"]
    assert [s["id"] for s in report["new_sources"]] == ["new-source"]
    assert [d["id"] for d in report["resolved_disagreements"]] == ([removed_discrepancy] if kind in ("variant", "disagreement") else [])
    assert report["added"] == 2 and report["removed"] == 2
    text = subprocess.run([sys.executable, "-m", "briefing_app", "diff", str(bundled_briefing()), str(new)],
                          capture_output=True, text=True, timeout=60).stdout
    assert text.splitlines()[0] == f"{report['added']} added, {report['removed']} removed, {report['changed']} changed"


def test_a_file_against_itself_has_no_changes() -> None:
    done = subprocess.run([sys.executable, "-m", "briefing_app", "diff", str(bundled_briefing()), str(bundled_briefing()), "--json"],
                          capture_output=True, text=True, timeout=60)
    assert json.loads(done.stdout)["changes"] == []


def _library_of_three(tmp_path: Path) -> Library:
    library = Library()
    for name, title, date in (("a", "First meeting", "2023-01-10"), ("b", "Second meeting", "2023-02-10")):
        library.index(str(write_briefing(tmp_path / f"{name}.yaml", another_meeting(title, date))))
    other = another_meeting("Third meeting", "2023-03-10")
    person = next(p for p in other["people"] if p["id"] == "takehiro-funakoshi")
    person["id"] = "funakoshi"  # another file, another id: found by the name
    person["names"] = [{"text": "FUNAKOSHI Takehiro", "sources": ["jiji-000"]}]
    for section in ("events",):
        for record in other[section]:
            if "takehiro-funakoshi" in record.get("people", []):
                record["people"] = ["funakoshi" if p == "takehiro-funakoshi" else p for p in record["people"]]
    text = write_briefing(tmp_path / "c.yaml", other).read_text().replace("takehiro-funakoshi", "funakoshi")
    (tmp_path / "c.yaml").write_text(text)
    library.index(str(tmp_path / "c.yaml"))
    assert [e.status for e in library.entries()] == ["ok", "ok", "ok"], [e.error for e in library.entries()]
    return library


def test_a_person_is_found_across_briefings_by_any_form_and_slip(tmp_path: Path) -> None:
    library = _library_of_three(tmp_path)
    for typed in ("Takehiro Funakoshi", "funakoshi takehiro", "Funakosi"):
        hits = library.people().search(typed)
        assert hits, typed
        first = hits[0]
        assert first.name == "Takehiro Funakoshi"
        assert [a.title for a in first.appearances] == ["First meeting", "Second meeting", "Third meeting"]
        assert {a.person for a in first.appearances} == {"takehiro-funakoshi", "funakoshi"}


def test_also_in_names_the_other_briefings(tmp_path: Path) -> None:
    library = _library_of_three(tmp_path)
    found = library.also_in(str(tmp_path / "a.yaml"), ["Takehiro Funakoshi"])
    assert [(a.title, a.person) for a in found] == [("Second meeting", "takehiro-funakoshi"), ("Third meeting", "funakoshi")]


def test_text_is_found_across_briefings(tmp_path: Path) -> None:
    from briefing_app.library.finding import MARKS, search_text

    library = _library_of_three(tmp_path)
    hits, total = search_text(library.db, '"Sea of Japan"')
    assert total >= 3 and {h.title for h in hits} == {"First meeting", "Second meeting", "Third meeting"}
    assert all(MARKS[0] in h.snippet and "Sea" in h.snippet.split(MARKS[0], 1)[1] for h in hits)
    assert search_text(library.db, "-radar") == ([], 0)
    hits, _ = search_text(library.db, "intercepting")
    assert hits and all(h.path.endswith((".yaml",)) for h in hits)


def test_cli_library_commands(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    write_briefing(folder / "one.yaml", another_meeting("One", "2023-01-01"))
    (folder / "broken.yaml").write_text("title: [", encoding="utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "briefing_app", "library", *args], capture_output=True, text=True, timeout=120)

    added = cli("add", str(folder))
    assert added.returncode == 0 and "2 files: 1 indexed, 1 with errors" in added.stdout
    listed = cli("list").stdout.splitlines()
    assert any(line.startswith("ok\t2023-01-01\tOne\t") for line in listed)
    assert any(line.startswith("error\t") and "broken.yaml:2:1: title" in line for line in listed)  # listed with its one-line error
    found = cli("search", "funakoshi takehiro")
    assert found.returncode == 0 and found.stdout.splitlines()[0] == "Takehiro Funakoshi: 1 briefing"
    assert cli("search", "nobody at all").returncode == 1
    assert "«" in cli("search", "--text", "missile").stdout
    assert cli("rebuild").stdout.strip() == "rebuilt: 2 files indexed"
    assert cli("remove", str(folder)).stdout.strip() == "removed 2 files from the library"
    assert cli("list").stdout == ""


def test_the_window_s_searches_run_side_by_side_in_threads_and_a_cancelled_one_gives_up(tmp_path: Path) -> None:
    """The Library dialog searches in worker threads (library/searcher.py): searches started at once each
    get the whole answer from the one connection and name index, and one cancelled while it waited does
    not search."""
    from concurrent.futures import ThreadPoolExecutor

    import pytest

    from briefing_app.core.cancel import Cancelled
    from briefing_app.library.searcher import Searcher

    library = Library()
    for name, date in (("First meeting", "2023-01-10"), ("Second meeting", "2023-06-10")):
        library.index(str(write_briefing(tmp_path / f"{date}.yaml", another_meeting(name, date))))
    searcher = Searcher(library.path)
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda q: searcher.names(q), ["funakoshi takehiro", "Funakosi", "funakoshi", "takehiro funakoshi"] * 3))
    assert all(hits and hits[0].name == "Takehiro Funakoshi" and len(hits[0].appearances) == 2 for hits in answers)
    hits, total = searcher.text('"Sea of Japan"')
    assert total > 0 and {h.title for h in hits} >= {"First meeting", "Second meeting"}

    def cancelled() -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        searcher.names("funakoshi", cancelled)
    searcher.close()
    assert searcher.names("funakoshi")[0].name == "Takehiro Funakoshi"  # opened again when wanted
    searcher.close()
    library.close()
