"""The library in the window: a file opens from it the second time, the Library dialog lists and searches
every briefing and opens a result at its record in another briefing, the Roster says "also in", a
changed file offers what changed, and a library that cannot be written leaves the window working."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from briefing_app.ui.library.changes_view import ChangesDialog, ChangesOffer
from briefing_app.ui.library.dialog import LibraryDialog, show_library
from briefing_app.ui.window.main_window import MainWindow
from tests.library.helpers import another_meeting, write_briefing
from tests.library.test_store import read_only_folder
from tests.window_fixtures import ROSTER, isolated_settings, shown_window, window  # noqa: F401 - fixtures


def _settled(qtbot: Any, w: MainWindow) -> None:
    """Loads done and the library's background work told."""
    qtbot.waitUntil(lambda: not w.loading and not w.library.busy and not w.library.indexing, timeout=30_000)


def _open(qtbot: Any, w: MainWindow, path: Path) -> None:
    assert w.open_path(str(path))
    _settled(qtbot, w)
    assert w.briefing is not None and w.briefing.path == str(path)


def _first_found(dialog: LibraryDialog) -> str:
    top = dialog.results.topLevelItem(0)
    return top.text(0) if top is not None else ""


def test_a_file_opens_from_the_library_the_second_time(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    path = write_briefing(tmp_path / "a.yaml", another_meeting("First meeting", "2023-01-10"))
    _open(qtbot, window, path)
    assert window.current is not None and not window.current.from_library
    _open(qtbot, window, path)
    assert window.current is not None and window.current.from_library
    assert window.tab("roster").model.rowCount() == len(window.briefing.people)  # type: ignore[attr-defined, union-attr]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefings"
    write_briefing(folder / "first.yaml", another_meeting("First meeting", "2023-01-10"))
    write_briefing(folder / "second.yaml", another_meeting("Second meeting", "2023-02-10"))
    (folder / "broken.yaml").write_text("title: [", encoding="utf-8")
    return folder


def test_the_library_dialog_lists_searches_and_opens_a_record_in_another_briefing(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    _settled(qtbot, window)
    dialog = show_library(window)
    assert isinstance(dialog, LibraryDialog) and dialog.isVisible()
    dialog.add_folder(str(_folder(tmp_path)))
    _settled(qtbot, window)
    titles = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert {"First meeting", "Second meeting", "broken.yaml"} <= titles
    broken = next(r for r in range(dialog.proxy.rowCount()) if dialog.proxy.index(r, 0).data() == "broken.yaml")
    assert dialog.proxy.index(broken, 5).data().startswith("Cannot be opened:")  # listed with its error, not dropped
    dialog.filter.setText("second")
    assert dialog.proxy.rowCount() == 1
    dialog.filter.clear()

    dialog.query.setText("funakoshi takehiro")
    assert dialog.results.topLevelItemCount() == 0  # a keystroke searches nothing: the search waits for a pause in typing
    qtbot.waitUntil(lambda: _first_found(dialog).startswith("Takehiro Funakoshi: "))
    top = dialog.results.topLevelItem(0)
    second = next(top.child(n) for n in range(top.childCount()) if "Second meeting" in top.child(n).text(0))
    dialog.results.itemActivated.emit(second, 0)
    _settled(qtbot, window)
    assert window.briefing is not None and window.briefing.title == "Second meeting"
    assert window.tabs.currentIndex() == ROSTER
    assert window.tab("roster").chosen() == ("person", "takehiro-funakoshi")

    dialog.query.setText("funakosi")  # another romanization: found, and said to be one, as the window's search says it
    qtbot.waitUntil(lambda: "funakosi" in _first_found(dialog))
    assert _first_found(dialog).startswith("Takehiro Funakoshi: ") and "spelling variant of funakosi → funakoshi" in _first_found(dialog)

    dialog.by_text.setChecked(True)
    dialog.query.setText('"Sea of Japan"')
    dialog.query.returnPressed.emit()  # Enter searches at once, in the background: the window answers meanwhile
    qtbot.waitUntil(lambda: not window.library.searching)
    files = [dialog.results.topLevelItem(n).text(0) for n in range(dialog.results.topLevelItemCount())]
    assert any("First meeting" in f for f in files)


def test_the_roster_says_where_else_a_person_appears(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    folder = _folder(tmp_path)
    window.library.add_folder(str(folder))
    _settled(qtbot, window)
    _open(qtbot, window, folder / "first.yaml")
    window.tabs.setCurrentIndex(ROSTER)
    roster: Any = window.tab("roster")
    roster.show_person("takehiro-funakoshi")
    text = roster.detail.toPlainText()
    assert "Also in:" in text and "Second meeting" in text and "First meeting" not in text.split("Also in:")[1]
    roster.detail.link_activated.emit("elsewhere", "0")
    _settled(qtbot, window)
    assert window.briefing is not None and window.briefing.title in text.split("Also in:")[1]
    assert roster.chosen() == ("person", "takehiro-funakoshi")


def test_a_changed_file_offers_what_changed(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    data = another_meeting("First meeting", "2023-01-10")
    path = write_briefing(tmp_path / "a.yaml", data)
    _open(qtbot, window, path)
    assert not window.statusBar().findChildren(ChangesOffer)
    data["events"].append({"id": "later-talks", "when": "2023-06-01", "title": "Later talks", "text": "Added.", "sources": ["later-wire"]})
    data["sources"].append({"id": "later-wire", "kind": "article", "credit": "A later wire report"})
    write_briefing(path, data)
    _open(qtbot, window, path)
    qtbot.waitUntil(lambda: bool(window.statusBar().findChildren(ChangesOffer)), timeout=10_000)
    offer = window.statusBar().findChildren(ChangesOffer)[0]
    assert offer.button.text().startswith("What changed since ")
    dialog = offer.show_changes()
    assert isinstance(dialog, ChangesDialog)
    items = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert "Added · Event: 1 Jun 2023 · Later talks" in items
    # The new source is named once, in its group, and counted once above.
    assert "New sources (1)" in items and not [i for i in items if "A later wire report" in i]
    sources = dialog.tree.topLevelItem(items.index("New sources (1)"))
    assert sources.child(0).text(0) == "A later wire report (later-wire)"
    assert dialog.findChild(QLabel).text() == "2 added, 0 removed, 0 changed"
    dialog.close()
    _open(qtbot, window, path)  # seen: not offered again
    assert not [o for o in window.statusBar().findChildren(ChangesOffer) if o.isVisible()]


def test_without_a_writable_library_the_window_works_and_says_so(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(read_only_folder(tmp_path)))
    w = shown_window(qtbot)
    messages: list[str] = []
    w.statusBar().messageChanged.connect(messages.append)
    _settled(qtbot, w)
    assert w.briefing is not None and len(w.briefing.people) > 0
    qtbot.waitUntil(lambda: bool(w.library.problem), timeout=5_000)
    dialog = show_library(w)
    assert not dialog.problem.isHidden() and "cannot" in dialog.problem.text()
    assert not dialog.add_button.isEnabled()
    assert os.path.basename(str(w.briefing.path)) == "briefing.yaml"
    assert Qt.TextFormat.PlainText == dialog.problem.textFormat()


def test_a_watched_folder_indexes_a_new_or_changed_file_by_itself(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    folder = _folder(tmp_path)
    window.library.add_folder(str(folder))
    _settled(qtbot, window)
    library = window.library.library
    assert library is not None
    write_briefing(folder / "third.yaml", another_meeting("Third meeting", "2023-03-10"))
    qtbot.waitUntil(lambda: any(e.title == "Third meeting" for e in library.entries()), timeout=20_000)
    changed = another_meeting("Second meeting, revised", "2023-02-10")
    write_briefing(folder / "second.yaml", changed)
    qtbot.waitUntil(lambda: any(e.title == "Second meeting, revised" and e.changed for e in library.entries()), timeout=20_000)


def test_a_search_that_fails_says_so_in_the_list(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:  # noqa: F811
    """An unexpected error in the background search is shown where the answer would be (and logged by
    the job), not lost with its thread."""
    from briefing_app.library.searcher import Searcher

    def broken(self: Searcher, typed: str, checkpoint: Any = None) -> Any:
        raise RuntimeError("the index went away")

    monkeypatch.setattr(Searcher, "names", broken)
    _settled(qtbot, window)
    dialog = show_library(window)
    dialog.query.setText("funakoshi")
    dialog.query.returnPressed.emit()
    qtbot.waitUntil(lambda: _first_found(dialog).startswith("The search failed: "))
    assert "the index went away" in _first_found(dialog)
