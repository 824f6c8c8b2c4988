"""File ▸ Export gives what the command line gives: the calendar says how many events it leaves out
and offers them as spans; the network as GraphML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from briefing_app.exports.common import is_day_precise
from briefing_app.exports.formats import ExportOptions, render
from briefing_app.ui.window import export_menu
from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures


def _choose(window: MainWindow, text: str) -> None:
    texts = [a.text().replace("&", "") for a in window.acts.export_menu.actions()]
    window.acts.export_menu.actions()[texts.index(text)].trigger()


@pytest.fixture()
def save_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, start, filter: (str(tmp_path / Path(start).name), filter)))
    return tmp_path


@pytest.mark.parametrize("include", [False, True])
def test_the_calendar_says_how_many_events_it_leaves_out(window: MainWindow, save_in: Path,
                                                         monkeypatch: pytest.MonkeyPatch, include: bool) -> None:
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(export_menu, "ask_include_vague", lambda parent, vague, total: asked.append((vague, total)) or include)
    _choose(window, "Timeline as Calendar (iCalendar)…")
    b = window.briefing
    assert b is not None
    total = len(b.events)
    to_the_day = sum(1 for e in b.events if is_day_precise(e.when))  # as the exports count them
    assert asked == [(total - to_the_day, total)] and 0 < to_the_day < total
    [written] = save_in.glob("*.ics")
    text = written.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == (total if include else to_the_day)
    assert written.read_bytes() == render(b, "ics", ExportOptions(include_all=include))  # as the CLI writes it
    message = window.statusBar().currentMessage()
    assert str(written) in message
    left_out = f"{to_the_day} of {total} events; {total - to_the_day} known only to a month, a season or a year left out"
    assert (f"all {total} events" in message) if include else (left_out in message)


def test_cancelling_the_question_writes_nothing(window: MainWindow, save_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_menu, "ask_include_vague", lambda *_: None)
    _choose(window, "Timeline as Calendar (iCalendar)…")
    assert not list(save_in.glob("*.ics"))


def test_graphml_is_in_the_export_menu(window: MainWindow, save_in: Path) -> None:
    _choose(window, "Network as GraphML…")
    [written] = save_in.glob("*.graphml")
    assert written.read_text(encoding="utf-8").startswith("<?xml") and "graphml" in written.read_text(encoding="utf-8")
