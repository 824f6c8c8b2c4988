"""File ▸ Print Table: every shown row of the current table, fitted to the page width, on as many pages as it takes."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.window_fixtures import ROSTER, TIMELINE
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.shared.table_printing import pdf_bytes, table_document

from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures


def test_the_roster_prints_every_row_within_the_page_width(window: MainWindow) -> None:
    doc = table_document(window.tab("roster").table, "People")
    data = pdf_bytes(doc, "People")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for name in ("Takehiro Funakoshi", "Atsushi Ando", "Seo Min-jung", "Disputed"):
        assert name in text
    assert "⚑" not in text
    assert doc.size().width() <= doc.pageSize().width() + 1  # wraps in its cells, never runs off the page


def test_a_long_table_runs_over_pages(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    from tests.synthetic import make_briefing

    path = tmp_path / "long.yaml"
    path.write_text(make_briefing(events=600, people=300), encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: not window.loading, timeout=120_000)  # past 64 KiB: loaded in the background
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(table_document(window.tab("timeline").table, "Events"), "Events")))
    assert len(reader.pages) > 3


def test_print_table_without_a_printer_saves_a_pdf(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "people.pdf"
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Save))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    window.tabs.setCurrentIndex(ROSTER)
    window.acts.print_table_action.trigger()
    assert len(pypdf.PdfReader(out).pages) == 1
    assert "Takehiro Funakoshi" in " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    window.tabs.setCurrentIndex(TIMELINE)
    assert window.current_tab().current_table() is window.tab("timeline").table
