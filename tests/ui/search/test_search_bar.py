"""The search box: the label says how many people and ships matched and how, offers "Did you mean",
follows the exact-only switch, and searches every text in the Text scope."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from briefing_app.search.fulltext import TextIndex
from briefing_app.ui.search.highlight import MARKS_ROLE
from briefing_app.search.names import SearchIndex
from briefing_app.ui.search.search_bar import NAMES, TEXT, SearchBar
from briefing_app.ui.search.text_results import TARGET_ROLE, TextResultsView


@pytest.fixture()
def bar(qtbot: Any, briefing: Any) -> Iterator[SearchBar]:
    parent = QWidget()  # held here: the bar's widgets live as long as their parent
    qtbot.addWidget(parent)
    bar = SearchBar(parent)
    bar.set_index(SearchIndex(briefing), TextIndex(briefing))
    yield bar


@pytest.mark.parametrize(("query", "label"), [
    ("Funakoshi Takehiro", "1 person · whole name"),
    ("kim", "2 people · all words"),
    ("funak", "1 person · beginnings of words"),
    ("min-jeong", "1 person: “Seo Min-jeong” → Seo Min-jung · all words"),
    ("Benfold", "1 ship · all words"),
    ("Suh Min-jung", "1 person: did you mean Seo Min-jung? (spelling variant of Suh → Seo)"),
    ("Kisihda", "1 person: did you mean Fumio Kishida? (close spelling of Kisihda → Kishida)"),
    ("zzyzx", "No match"),
])
def test_the_label_says_what_matched_and_how(bar: SearchBar, query: str, label: str) -> None:
    bar.set_text(query)
    assert bar.label.text() == label
    assert bar.label.textFormat() == Qt.TextFormat.PlainText


def test_exact_names_only_switch(bar: SearchBar, qtbot: Any) -> None:
    bar.set_text("Funakosi")
    assert bar.found is not None and list(bar.found.people) == ["takehiro-funakoshi"]
    with qtbot.waitSignal(bar.exact_changed) as saved:
        bar.exact_action.setChecked(True)  # Edit ▸ Exact Names Only
    assert saved.args == [True] and bar.exact
    assert bar.found is not None and bar.found.people == {}
    assert bar.label.text() == "No exact match. Did you mean Takehiro Funakoshi? (spelling variant of Funakosi → Funakoshi)"
    bar.accept_suggestion()
    assert bar.text() == "Takehiro Funakoshi" and bar.label.text() == "1 person · whole name"
    bar.set_exact(False)
    assert not bar.exact_action.isChecked()


def test_text_scope_searches_every_text_once_typing_pauses(bar: SearchBar, qtbot: Any) -> None:
    bar.set_scope(TEXT)
    with qtbot.waitSignal(bar.settled) as settled:
        bar.set_text("Hwasong")
    names, results, new_query = settled.args
    assert names is None and new_query
    assert results.total == 2 and results.events == frozenset({"hwasong-18-test"})
    assert bar.label.text() == "2 passages · 1 event on the Timeline"
    assert bar.found is None  # the names' filters are off in the Text scope


def test_the_label_says_when_too_many_passages_to_rank_come_by_date(bar: SearchBar, qtbot: Any, briefing: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.search import fulltext

    monkeypatch.setattr(fulltext, "RANKED", 3)
    found = TextIndex(briefing).search("missile defense", limit=None)
    bar.set_scope(TEXT)
    with qtbot.waitSignal(bar.settled):
        bar.set_text("missile defense")
    events = len(found.events)
    assert bar.label.text() == (f"{len(found.hits)} passages, nearest the briefing's date first · "
                                f"{events} event{'s' if events > 1 else ''} on the Timeline")


def test_text_results_list_takes_the_user_to_each_hit(qtbot: Any, briefing: Any) -> None:
    view = TextResultsView()
    qtbot.addWidget(view)
    results = TextIndex(briefing).search("Aegis")
    view.set_results(results, "Aegis")
    item = view.topLevelItem(0)
    snippet = "Yulgok Yi I: Sejong the Great-class destroyer, Aegis"
    assert [item.text(c) for c in range(3)] == ["Ship", "Yulgok Yi I", snippet]  # plain text: no marks in it
    assert item.data(2, MARKS_ROLE) == ((snippet.index("Aegis"), len(snippet)),)  # the delegate marks "Aegis"
    assert item.data(0, TARGET_ROLE) == ("vessel", "yulgok-yi-i")
    with qtbot.waitSignal(view.chosen) as chosen:
        view.itemActivated.emit(item, 0)
    assert chosen.args == ["vessel", "yulgok-yi-i"]


def test_the_text_scope_says_how_to_ask(bar: SearchBar) -> None:
    assert "Search names" in bar.field.placeholderText()
    bar.set_scope(TEXT)
    assert '"a phrase"' in bar.field.placeholderText() and "prefix*" in bar.field.placeholderText()
    tip = bar.field.toolTip()
    assert all(example in tip for example in ('"Sea of Japan"', "counter*", "summit OR talks", "-radar", "NOT radar"))


def test_without_fts5_the_text_scope_says_so_in_one_line(qtbot: Any, briefing: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_app.search import fulltext

    monkeypatch.setattr(fulltext, "fts5_available", lambda: False)
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = SearchBar(parent)
    bar.set_index(SearchIndex(briefing), TextIndex(briefing))
    bar.set_scope(TEXT)
    assert "FTS5" in bar.label.text() and "\n" not in bar.label.text()  # said before anything is typed
    with qtbot.waitSignal(bar.settled) as settled:
        bar.set_text("Hwasong")
    assert settled.args[1] is None and "FTS5" in bar.label.text()
    bar.set_scope(NAMES)
    bar.set_text("kim")
    assert bar.label.text() == "2 people · all words"  # the rest works
