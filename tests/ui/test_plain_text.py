"""Text from a data file is text: markup in a name or value is shown as typed, never rendered or loaded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.shared.tablemodels import ID_ROLE

from tests.conftest import dump, plain_load
from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures

HOSTILE = '<img src="file:///etc/hosts"><b>Ando</b>'


def _hostile_window(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    data = plain_load(bundled_text)
    ando = next(p for p in data["people"] if p["id"] == "atsushi-ando")
    ando["names"].append({"text": HOSTILE, "sources": ["jiji-000"]})
    window.open_path(str(write(dump(data), "hostile.yaml")))
    assert window.briefing is not None and window.briefing.path.endswith("hostile.yaml")


def test_the_match_label_shows_a_hostile_name_form_as_typed(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    _hostile_window(window, write, bundled_text)
    window.search.setText("img src file")
    label = window.match_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in label.text()


def test_table_tooltips_escape_data_text(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    data = plain_load(bundled_text)
    data["discrepancies"][0]["versions"][0]["text"] = HOSTILE
    window.open_path(str(write(dump(data), "hostile.yaml")))
    about = data["discrepancies"][0]["about"][0]
    tips = []
    for view in (window.tab("roster").table, window.tab("timeline").table, window.tab("drill").table):
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0 if view is not window.tab("timeline").table else 1)
            if index.data(ID_ROLE) == about:
                tips.append(index.data(Qt.ItemDataRole.ToolTipRole))
    assert tips, "the disputed record has a marker with a tooltip"
    for tip in tips:
        assert "<img" not in tip and "&lt;img src=\"file:///etc/hosts\"&gt;&lt;b&gt;Ando&lt;/b&gt;" in tip


def test_the_error_box_shows_a_hostile_value_as_text(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    path = write(bundled_text.replace("format: 1", f"format: '{HOSTILE}'", 1), "bad.yaml")
    window.open_path(str(path))
    box = window.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert informative is not None and informative.textFormat() == Qt.TextFormat.PlainText
    assert str(path) in box.informativeText()
    box.close()


def test_the_status_bar_and_title_show_a_hostile_path_as_text(window: MainWindow, write: Callable[..., Path],
                                                             bundled_text: str, tmp_path: Path, qtbot: Any) -> None:
    folder = tmp_path / "<b>bold<i>"
    folder.mkdir()
    path = folder / "x.yaml"
    path.write_text(bundled_text, encoding="utf-8")
    window.open_path(str(path))
    assert window.summary.text().startswith(str(path)) and window.summary.textFormat() == Qt.TextFormat.PlainText
