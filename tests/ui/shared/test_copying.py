"""Ctrl+C in a table copies whole rows, as text for spreadsheets and as an HTML table, without the ⚑ glyph."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from tests.window_fixtures import ROSTER
from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "tr":
            self.rows.append([])
        self._in_cell = tag in ("td", "th")
        if self._in_cell:
            self.rows[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_cell = False

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.rows[-1][-1] += data


def test_ctrl_c_copies_the_selected_rows_as_text_and_html(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    table = window.tab("roster").table
    model = table.model()
    names = {model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1): r for r in range(model.rowCount())}
    selection = table.selectionModel()
    selection.clearSelection()
    for person in ("atsushi-ando", "takehiro-funakoshi"):
        selection.select(model.index(names[person], 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    rows = list(csv.reader(io.StringIO(mime.text()), delimiter="\t"))
    assert rows[0] == ["Name", "Role", "Organization", "Side", "Disputed"]
    by_name = {r[0]: r for r in rows[1:]}
    assert set(by_name) == {"Atsushi Ando", "Takehiro Funakoshi"}  # no ⚑ glyph in the text
    assert by_name["Atsushi Ando"][4] == "disputed" and by_name["Takehiro Funakoshi"][4] == "disputed"
    assert "⚑" not in mime.text() and "⚑" not in mime.html()
    parser = _Cells()
    parser.feed(mime.html())
    assert parser.rows == rows


def test_copy_with_sources_writes_the_citations_out(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    window.tab("roster").show_person("takehiro-funakoshi")
    window.acts.copy_cited_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Takehiro Funakoshi, director-general of Asian and Oceanian affairs")
    assert "(JIJI Press; IANS;" in text and text.endswith("— data as of 17 Apr 2023)")
    assert "((" not in text  # a source with no credit is named by its id, not a second pair of parentheses
    window.tabs.setCurrentIndex(3)
    window.tab("sources").show_discrepancy("hiatus-cause")
    window.acts.copy_cited_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Sources disagree on ") and "preferred: " in copied and "other version: " in copied
    window.tab("sources").show_discrepancy("president-name")  # a slip in one text is copied as an error, not a version
    window.acts.copy_cited_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Error in a source, ") and "printed in error as “Moon Suk-yeol” (JIJI Press)" in copied
    assert "other version" not in copied
    assert window.acts.copy_cited_action.shortcut().toString() == "Ctrl+Shift+C"
