"""The window as a user meets it: four filled tabs, live search, links between tabs, bad files, settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.window_fixtures import DRILL, NETWORK, ROSTER, SOURCES, TIMELINE
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.run import make_app, open_window
from briefing_app.ui.shared.tablemodels import ID_ROLE, discrepancies_model, events_model, people_model, sources_model, vessels_model

from tests.conftest import dump, plain_load
from tests.synthetic import make_briefing


from tests.window_fixtures import column as _column, isolated_settings, window  # noqa: F401 - fixtures


def test_the_four_tabs_are_filled_from_the_bundled_data(window: MainWindow) -> None:
    assert [window.tabs.tabText(i).replace("&", "") for i in range(5)] == ["Timeline", "Roster", "Drill", "Sources", "Network"]
    assert "12th South Korea–Japan Security Policy Consultation" in window.windowTitle()
    assert window.windowTitle().endswith("— bundled briefing")  # not a path inside the installation
    dates = _column(window.tab("timeline").table, 0)
    assert dates[0] == "1910–1945" and "Summer 2019" in dates and "Later in 2018" in dates and dates[-1] == "17 Apr 2023"
    names = _column(window.tab("roster").table, 0)
    assert "Takehiro Funakoshi ⚑" in names and any(n.startswith("Atsushi Ando") for n in names)
    assert _column(window.tab("drill").table, 0) == ["Yulgok Yi I", "USS Benfold", "JS Atago"]
    assert "Sejong the Great-class" in _column(window.tab("drill").table, 1)
    assert _column(window.tab("sources").sources, 0) == ["jiji-000", "ians-001", "herald-002", "copy-003", "joongang-004", "editors-note"]
    assert any("printed in error as “Moon Suk-yeol”" in v for v in _column(window.tab("sources").discrepancies, 3))
    assert "naming note" in _column(window.tab("sources").discrepancies, 1)


def test_the_timeline_opens_on_the_meeting_and_filters_by_tag(window: MainWindow) -> None:
    tab = window.tab("timeline")
    assert "12th Security Policy Consultation" in tab.detail.toPlainText()
    tab.tag_filter.setCurrentIndex(tab.tag_filter.findText("North Korea"))
    titles = _column(tab.table, 1)
    assert titles and all("Korea" in t or "exercise" in t.lower() or "Phnom" in t or "Trilateral" in t for t in titles)
    assert tab.count.text() == f"{len(titles)} of 26 events"


def test_timeline_zoom_and_pan(window: MainWindow, qtbot: Any) -> None:
    """In the window, the keys reach the drawn timeline: + narrows the view by the zoom step, Shift+Right
    (plain arrows choose the next event) moves it right by a pan step, D returns to the opening view
    (the briefing date and its run-up), Home fits everything. tests/ui/tabs/timeline/test_timeline_ui.py
    checks each move exactly."""
    from briefing_app.ui.tabs.timeline.view import PAN_STEP, ZOOM_STEP

    view = window.tab("timeline").timeline
    before = view.view_range
    assert view.data is not None and before == view.data.story
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.view_range
    assert zoomed[1] - zoomed[0] == pytest.approx((before[1] - before[0]) / ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    shift = (zoomed[1] - zoomed[0]) * PAN_STEP
    assert view.view_range == (pytest.approx(zoomed[0] + shift), pytest.approx(zoomed[1] + shift))
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.view_range == before
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.view_range == view.data.fit


def test_disputed_facts_carry_a_marker_with_the_versions(window: MainWindow) -> None:
    model = window.tab("roster").table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == "atsushi-ando")
    index = model.index(row, 0)
    assert index.data().endswith("⚑")
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "deputy director-general for international affairs" in tip and "preferred" in tip
    window.tabs.setCurrentIndex(ROSTER)
    window.tab("roster").show_person("atsushi-ando")
    assert "Sources disagree: Atsushi Ando's title" in window.tab("roster").detail.toPlainText()


def test_search_family_name_first_finds_the_person(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window.search, "Funakoshi Takehiro")
    assert _column(window.tab("roster").table, 0) == ["Takehiro Funakoshi ⚑"]
    assert window.match_label.text() == "1 person · whole name"
    # The events that person appears in are what the timeline shows, once typing pauses.
    qtbot.waitUntil(lambda: len(_column(window.tab("timeline").table, 1)) == 1)
    assert _column(window.tab("timeline").table, 1) == ['12th Security Policy Consultation ("2+2") in Seoul']
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == ROSTER
    assert window.tab("roster").detail.toPlainText().startswith("Takehiro Funakoshi")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and len(_column(window.tab("roster").table, 0)) == 11


def test_search_shows_which_form_matched(window: MainWindow, qtbot: Any) -> None:
    window.search.setText("moon suk-yeol")
    assert "“Moon Suk-yeol” → Yoon Suk Yeol" in window.match_label.text()
    assert "error" in window.match_label.text()
    window.search.setText("min-jeong")
    assert "Seo Min-jeong" in window.match_label.text()


def test_search_reaches_the_drill_vessels(window: MainWindow) -> None:
    window.search.setText("benfold")
    window.flush_search()
    selected = window.tab("drill").table.selectionModel().selectedRows()
    assert [i.data() for i in selected] == ["USS Benfold"]
    window.open_first_match()
    assert window.tabs.currentIndex() == DRILL


def test_ctrl_f_focuses_the_search(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setFocus()
    window.acts.find_action.trigger()
    assert window.search.hasFocus()
    assert window.acts.find_action.shortcut().toString() != ""


def test_links_move_between_tabs(window: MainWindow) -> None:
    window.tab("timeline").detail.link_activated.emit("person", "atsushi-ando")
    assert window.tabs.currentIndex() == ROSTER
    assert window.tab("roster").detail.toPlainText().startswith("Atsushi Ando")
    window.tab("roster").detail.link_activated.emit("event", "security-policy-consultation-12")
    assert window.tabs.currentIndex() == TIMELINE
    window.tab("drill").overview.link_activated.emit("event", "hwasong-18-test")
    assert "Hwasong-18" in window.tab("timeline").detail.toPlainText()


def test_tab_shortcuts(window: MainWindow) -> None:
    window.acts.tab_actions[NETWORK].trigger()
    assert window.tabs.currentIndex() == NETWORK
    window.acts.next_tab_action.trigger()
    assert window.tabs.currentIndex() == TIMELINE
    window.acts.previous_tab_action.trigger()
    assert window.tabs.currentIndex() == NETWORK
    assert [a.shortcut().toString() for a in window.acts.tab_actions] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]


def test_a_source_shows_the_facts_it_supports(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(SOURCES)
    tab = window.tab("sources")
    model = tab.sources.model()
    tab.sources.setCurrentIndex(model.index(0, 0))
    text = tab.detail.toPlainText()
    assert "facts it supports" in text and "Moon Suk-yeol" in text


def test_a_bad_file_shows_its_line_and_the_briefing_stays(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    path = write(bundled_text.replace("title: 12th", "title: [12th", 1), "bad.yaml")
    window.open_path(str(path))
    box = window.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.informativeText().startswith(f"{path}:")
    assert window.briefing is not None and window.briefing.path.endswith("briefing.yaml")
    assert len(_column(window.tab("roster").table, 0)) == 11
    box.close()


def test_open_another_file_and_reload(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    path = write(bundled_text.replace("Hirokazu Matsuno", "Hirokazu Matsuno-test"), "other.yaml")
    window.open_path(str(path))
    assert window.briefing.path == str(path) and "other.yaml" in window.windowTitle()
    assert "Hirokazu Matsuno-test" in _column(window.tab("roster").table, 0)
    path.write_text(bundled_text, encoding="utf-8")
    window.acts.reload_action.trigger()
    assert "Hirokazu Matsuno" in _column(window.tab("roster").table, 0)


def test_settings_keep_the_tab_and_the_last_file(qtbot: Any, write: Callable[..., Path], bundled_text: str) -> None:
    make_app([])
    first = open_window(None)
    qtbot.addWidget(first)
    path = write(bundled_text, "kept.yaml")
    first.open_path(str(path))
    first.tabs.setCurrentIndex(DRILL)
    first.tab("roster").splitter.setSizes([300, 700])
    sizes = first.tab("roster").splitter.sizes()
    first.close()
    second = open_window(None)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == DRILL
    assert second.briefing.path == str(path)
    assert second.tab("roster").splitter.sizes() == sizes
    second.close()
    path.unlink()  # the last file is gone: the bundled briefing opens instead
    third = open_window(None)
    qtbot.addWidget(third)
    assert third.briefing.path.endswith("briefing.yaml")


def test_a_bad_file_on_the_command_line_opens_the_bundled_briefing_with_the_message(qtbot: Any, write: Callable[..., Path]) -> None:
    make_app([])
    path = write("format: 1\ntitle: [", "broken.yaml")
    w = open_window(str(path))
    qtbot.addWidget(w)
    assert w.briefing.path.endswith("briefing.yaml")
    assert w.error_box is not None and str(path) in w.error_box.informativeText()


def test_detail_panes_escape_data_text(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    data = plain_load(bundled_text)
    data["people"][0]["names"][0]["text"] = '<img src="/etc/passwd"> <b>Seo</b>'
    path = write(dump(data), "hostile.yaml")
    window.open_path(str(path))
    window.tabs.setCurrentIndex(ROSTER)
    window.tab("roster").show_person("seo-min-jung")
    text = window.tab("roster").detail.toPlainText()
    assert '<img src="/etc/passwd"> <b>Seo</b>' in text


def test_a_large_file_loads_in_the_background_with_progress(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "large.yaml"
    path.write_text(make_briefing(events=50_000, people=20_000), encoding="utf-8")
    window.open_path(str(path))
    assert window.loading and window.loads.progress_dialog is not None
    qtbot.waitUntil(window.loads.progress_dialog.isVisible, timeout=10_000)  # shown once the load outlasts a moment
    qtbot.waitUntil(lambda: not window.loading, timeout=120_000)
    assert window.briefing.path == str(path)
    assert window.tab("timeline").model.rowCount() == 50_000
    assert window.tab("roster").model.rowCount() == 20_000
    window.search.setText("kim")
    assert 0 < window.tab("roster").model.rowCount() < 20_000


def test_cancel_stops_a_large_load_and_keeps_the_briefing(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "large.yaml"
    path.write_text(make_briefing(events=50_000, people=20_000), encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.loads.progress_dialog is not None and window.loads.progress_dialog.value() > 5, timeout=60_000)
    cancel = window.loads.progress_dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    assert window.briefing.path.endswith("briefing.yaml")


@pytest.mark.parametrize("factory", [events_model, people_model, vessels_model, sources_model, discrepancies_model])
def test_models_pass_the_model_tester(qtmodeltester: Any, briefing: Any, factory: Any) -> None:
    qtmodeltester.check(factory(briefing))


def test_filtered_and_sorted_models_pass_the_model_tester(qtmodeltester: Any, window: MainWindow) -> None:
    window.search.setText("kim")
    window.tab("roster").model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(window.tab("roster").model)
    window.tab("timeline").tag_filter.setCurrentIndex(2)
    qtmodeltester.check(window.tab("timeline").model)


def test_controls_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.search, window.tab("timeline").timeline, window.tab("timeline").table, window.tab("roster").table,
                   window.tab("drill").table, window.tab("sources").sources, window.tab("timeline").tag_filter, window.tab("roster").side_filter):
        assert widget.accessibleName()


def test_the_window_icon_is_the_apps(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()


def test_export_pdf_from_the_window(window: MainWindow, tmp_path: Path) -> None:
    assert window.acts.export_action.isEnabled() and window.acts.print_action.isEnabled() and window.acts.preview_action.isEnabled()
    out = tmp_path / "from-window.pdf"
    assert window.export_pdf(str(out)) == str(out)
    import pypdf

    assert len(pypdf.PdfReader(out).pages) == 1
    assert str(out) in window.statusBar().currentMessage()


def test_print_without_a_printer_offers_the_pdf(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    asked: list[str] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel))
    window.acts.print_action.trigger()
    assert asked and "No printer is installed" in asked[0] and "PDF" in asked[0]


def test_print_preview_opens_on_the_brief(window: MainWindow, qtbot: Any) -> None:
    window.acts.preview_action.trigger()
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    dialog = window.findChild(QPrintPreviewDialog, "print-preview")
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1)
    dialog.close()


def test_a_yaml_file_dropped_on_the_window_opens(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    path = write(bundled_text.replace("Sarah Kim", "Sarah Kim-dropped"), "dropped.yaml")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.briefing.path == str(path)
    assert "Sarah Kim-dropped" in _column(window.tab("roster").table, 0)


def test_a_dropped_file_that_is_not_yaml_is_refused(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDragEnterEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_the_detail_pane_follows_the_filter(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    window.tab("roster").show_person("seo-min-jung")
    window.search.setText("funakoshi")
    assert window.tab("roster").detail.toPlainText().startswith("Takehiro Funakoshi")
    window.search.setText("nobody at all")
    assert window.tab("roster").detail.toPlainText() == "No one matches."


def test_a_hidden_pane_is_built_when_it_comes_into_sight(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TIMELINE)
    window.search.setText("funakoshi")  # the roster follows the search, out of sight
    assert window.tab("roster").detail.toPlainText() == ""  # nothing built for a tab nobody sees
    window.tabs.setCurrentIndex(ROSTER)
    assert window.tab("roster").detail.toPlainText().startswith("Takehiro Funakoshi")


def test_a_person_in_many_events_lists_a_screenful_and_links_to_the_rest(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "busy.yaml"
    path.write_text(make_briefing(events=2_000, people=20), encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: not window.loading, timeout=120_000)  # past 64 KiB: loaded in the background
    b = window.briefing
    assert b is not None and b.path == str(path)
    busy = max(b.people, key=lambda p: len(b.events_by_person.get(p.id, ())))
    total = len(b.events_by_person[busy.id])
    assert total > 30
    window.tabs.setCurrentIndex(ROSTER)
    window.tab("roster").show_person(busy.id)
    pane = window.tab("roster").detail
    assert f"… and {total - 25} more: show them all on the Timeline" in pane.toPlainText()
    assert pane.toHtml().count('href="event:') == 25
    pane.link_activated.emit("events-of", busy.id)
    assert window.tabs.currentIndex() == TIMELINE
    assert window.tab("timeline").count.text() == f"{len({e.id for e in b.events_by_person[busy.id]})} of 2,000 events"


def test_file_export_offers_each_format_under_the_briefing_s_name(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_as(parent: Any, caption: str, start: str, filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / Path(start).name), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    from briefing_app.ui.window import export_menu

    monkeypatch.setattr(export_menu, "ask_include_vague", lambda *_: False)  # test_exports_from_gui asks
    texts = [a.text().replace("&", "") for a in window.acts.export_menu.actions()]
    assert "Timeline as Calendar (iCalendar)…" in texts and "Brief as Markdown…" in texts
    window.acts.export_menu.actions()[texts.index("Timeline as Calendar (iCalendar)…")].trigger()
    written = tmp_path / "12th-south-korea-japan-security-policy-consultation-2023-04-17.ics"
    assert Path(asked[0]).name == written.name
    assert written.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert str(written) in window.statusBar().currentMessage()


def test_a_person_chosen_in_the_roster_is_the_network_s_centre_and_back(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(ROSTER)
    window.tab("roster").show_person("kim-ki-yeong")
    window.acts.tab_actions[NETWORK].trigger()
    net = window.tab("network")
    qtbot.waitUntil(lambda: net.network is not None)  # built when the tab is first shown
    assert net.current == "kim-ki-yeong"
    net.record_chosen.emit("person", "takehiro-funakoshi")  # a click on his node
    net.link_activated.emit("person", "takehiro-funakoshi")  # a double-click opens him in his own tab
    assert window.tabs.currentIndex() == ROSTER
    assert window.tab("roster").table.currentIndex().data(ID_ROLE) == "takehiro-funakoshi"
