"""The drawn timeline as a user meets it: focus, keys, toolbar, lanes remembered, tooltips, exports."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip

from briefing_app.reading.loader import load_bundled, load_text
from briefing_app.support.resources import bundled_briefing
from briefing_app.timeline.layout import intersects
from briefing_app.ui.tabs.timeline import export as timeline_export
from briefing_app.ui.run import make_app
from briefing_app.ui.shared import settings
from briefing_app.ui.tabs.timeline.tab import TimelineTab
from briefing_app.ui.tabs.timeline.view import PAN_STEP, ZOOM_STEP, TimelineView

from tests.window_fixtures import isolated_settings  # noqa: F401 - fixture


@pytest.fixture()
def tab(qtbot: Any) -> TimelineTab:
    make_app([])
    widget = TimelineTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 1000)
    widget.set_briefing(load_bundled())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture()
def fitted(tab: TimelineTab) -> TimelineTab:
    """The tab after Fit: every event and era in view, where zooming and panning start from."""
    tab.fit_action.trigger()
    return tab


def _colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def _focus(view: TimelineView, qtbot: Any) -> None:
    view.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def test_with_focus_the_drawing_keeps_its_colours(tab: TimelineTab, qtbot: Any) -> None:
    view = tab.timeline
    unfocused = view.grab().toImage()
    _focus(view, qtbot)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.rect().center())  # empty space, or a mark
    tab.timeline.select("security-policy-consultation-12")
    focused = view.grab().toImage()
    assert view.hasFocus() and len(_colours(focused)) > 40
    inner = focused.copy(4, 4, focused.width() - 8, focused.height() - 8)
    assert inner == unfocused.copy(4, 4, unfocused.width() - 8, unfocused.height() - 8), "only a thin frame changes"


def test_it_opens_on_the_briefing_date_and_fit_shows_every_event_and_era(tab: TimelineTab) -> None:
    view = tab.timeline
    lo, hi = view.view_range
    assert view.data is not None and (lo, hi) == view.data.story
    assert 2023 + 2 / 12 < lo < 2023 + 2 / 12 + 15 / 365 and hi < 2023 + 5 / 12  # mid-March to early May 2023
    assert view.selected == "security-policy-consultation-12"  # the meeting, as before
    tab.fit_action.trigger()
    lo, hi = view.view_range
    assert (lo, hi) == view.data.fit and lo < 1910 and 2023.3 < hi < 2027


def test_arrows_choose_the_previous_and_next_event_and_the_table_follows(tab: TimelineTab, qtbot: Any) -> None:
    view = tab.timeline
    _focus(view, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == "matsuno-press-conference"
    assert "Matsuno" in tab.detail.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == "defense-trilateral-talks-13"
    assert "13th Defense Trilateral Talks" in tab.detail.toPlainText()


def test_arrows_keep_to_the_events_the_filter_shows(tab: TimelineTab, qtbot: Any) -> None:
    tab.tag_filter.setCurrentIndex(tab.tag_filter.findText("Disputes"))
    tab.show_event("radar-incident")
    _focus(tab.timeline, qtbot)
    qtbot.keyClick(tab.timeline, Qt.Key.Key_Right)
    assert tab.timeline.selected == "export-restrictions" and tab.tag_filter.currentText() == "Disputes"


def _span(view_range: tuple[float, float]) -> float:
    return view_range[1] - view_range[0]


def test_keys_zoom_pan_and_home_fits(fitted: TimelineTab, qtbot: Any) -> None:
    """Each key moves the visible years as it should: + narrows them by the zoom step around the middle
    of the view, which keeps its place on screen; Shift+Right moves both ends right by a pan step of the
    view; − widens them by the step again; Home brings back the fit exactly, D the opening view."""
    view = fitted.timeline
    fit = view.view_range
    assert view.data is not None and view.selected is not None
    anchor = view.data.by_id[view.selected].start  # the meeting, chosen at the start and in view
    assert fit[0] < anchor < fit[1]
    _focus(view, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.view_range
    assert _span(zoomed) == pytest.approx(_span(fit) / ZOOM_STEP)
    assert (zoomed[0] + zoomed[1]) / 2 == pytest.approx((fit[0] + fit[1]) / 2)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    panned = view.view_range
    shift = _span(zoomed) * PAN_STEP
    assert panned == (pytest.approx(zoomed[0] + shift), pytest.approx(zoomed[1] + shift))
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.view_range == (pytest.approx(zoomed[0]), pytest.approx(zoomed[1]))
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.view_range == (pytest.approx(fit[0]), pytest.approx(fit[1]))  # around the same event
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert _span(view.view_range) == pytest.approx(_span(fit) / ZOOM_STEP**2)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.view_range == fit
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.view_range == view.data.story


def test_the_wheel_zooms_around_the_pointer_and_a_drag_pans_with_it(fitted: TimelineTab) -> None:
    """The year under the pointer stays under it while the wheel zooms, and follows it while it drags."""
    view = fitted.timeline
    fit = view.view_range
    scene = view.scene()
    at = QPointF(scene.plot[0] + (scene.plot[1] - scene.plot[0]) * 0.3, view.height() - 10)  # the axis: no mark there
    assert scene.at(at.x(), at.y()) is None
    year = scene.year_of(at.x())

    def wheel(notches: int) -> None:
        QApplication.sendEvent(view, QWheelEvent(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120 * notches),
                                                 Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                                 Qt.ScrollPhase.NoScrollPhase, False))

    wheel(1)
    assert _span(view.view_range) == pytest.approx(_span(fit) / 1.25)
    assert view.scene().year_of(at.x()) == pytest.approx(year)
    wheel(-2)
    assert _span(view.view_range) == pytest.approx(_span(fit) * 1.25)
    assert view.scene().year_of(at.x()) == pytest.approx(year)
    before = view.view_range

    def mouse(kind: QEvent.Type, x: float, buttons: Qt.MouseButton) -> None:
        point = QPointF(x, at.y())
        QApplication.sendEvent(view, QMouseEvent(kind, point, view.mapToGlobal(point), Qt.MouseButton.LeftButton,
                                                 buttons, Qt.KeyboardModifier.NoModifier))

    mouse(QEvent.Type.MouseButtonPress, at.x(), Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseMove, at.x() + 120, Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseButtonRelease, at.x() + 120, Qt.MouseButton.NoButton)
    assert _span(view.view_range) == pytest.approx(_span(before))  # a drag pans, never zooms
    assert view.view_range[0] < before[0]  # dragged right: earlier years come into sight
    assert view.scene().year_of(at.x() + 120) == pytest.approx(year)


def test_toolbar_buttons_zoom_and_fit(fitted: TimelineTab) -> None:
    view = fitted.timeline
    fit = view.view_range
    fitted.zoom_in_action.trigger()
    fitted.zoom_in_action.trigger()
    assert view.view_range[1] - view.view_range[0] < (fit[1] - fit[0]) / 2
    fitted.zoom_out_action.trigger()
    fitted.fit_action.trigger()
    assert view.view_range == fit
    assert [a.text().replace("&", "") for a in fitted.toolbar.actions()[:5]] == ["Zoom In", "Zoom Out", "Briefing Date", "Fit", "Export…"]
    fitted.story_action.trigger()
    assert view.view_range == view.data.story


def test_zooming_with_the_buttons_keeps_the_middle_of_the_view_not_an_edge(tab: TimelineTab) -> None:
    """The chosen event used to be the anchor, pinned at the right edge with its neighbours cut."""
    view = tab.timeline
    lo, hi = view.view_range
    middle = (lo + hi) / 2
    for _ in range(3):
        tab.zoom_in_action.trigger()
        lo, hi = view.view_range
        assert (lo + hi) / 2 == pytest.approx(middle) and view.scene().x_of(middle) == pytest.approx(
            (view.scene().plot[0] + view.scene().plot[1]) / 2)


def test_labels_drawn_with_the_widgets_font_never_intersect(tab: TimelineTab) -> None:
    view = tab.timeline
    for _ in range(4):
        scene = view.scene()
        labels = scene.labels
        assert not [(a.text, b.text) for n, a in enumerate(labels) for b in labels[n + 1:] if intersects(a.rect, b.rect)]
        view.zoom(6, 2023.2)


def test_lanes_by_person_are_remembered(tab: TimelineTab, qtbot: Any) -> None:
    tab.lanes.setCurrentIndex(tab.lanes.findData("person"))
    assert tab.timeline.lane_mode == "person" and settings.read(settings.TIMELINE_LANES) == "person"
    names = [lane.name for lane in tab.timeline.scene().lanes]
    assert "Seo Min-jung" in names
    again = TimelineTab()
    qtbot.addWidget(again)
    assert again.lanes.currentData() == "person" and again.timeline.lane_mode == "person"


def test_a_link_from_another_tab_pans_to_the_event_without_zooming(fitted: TimelineTab) -> None:
    view = fitted.timeline
    view.zoom(20, 2023.2)
    span = view.view_range[1] - view.view_range[0]
    fitted.show_event("first-consultation")
    lo, hi = view.view_range
    assert lo <= 1998.5 <= hi and hi - lo == pytest.approx(span)
    assert any(m.id == "first-consultation" and m.selected for m in view.scene().marks)


def test_hover_shows_data_text_as_plain_text(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    make_app([])
    text = bundled_briefing().read_text(encoding="utf-8")
    hostile = load_text(text.replace("Radar lock-on incident", "<b>Radar</b> <img src=x>"), "hostile.yaml")
    tab = TimelineTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 1000)
    tab.set_briefing(hostile)
    tab.show()
    view = tab.timeline
    tab.fit_action.trigger()
    view.zoom(8, 2018.9)
    mark = next(m for m in view.scene().marks if m.id == "radar-incident")
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda pos, text, *a: shown.append(text)))
    at = QPointF(mark.x0, mark.y)
    move = QMouseEvent(QEvent.Type.MouseMove, at, view.mapToGlobal(at), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, move)
    assert shown and "&lt;b&gt;Radar&lt;/b&gt; &lt;img src=x&gt;" in shown[-1] and "<b>" not in shown[-1]


def test_clicking_a_cluster_opens_it(fitted: TimelineTab, qtbot: Any) -> None:
    view = fitted.timeline
    view.resize(1280, 400)  # little room: clusters form
    cluster = next(m for m in view.scene().marks if m.shape == "cluster")
    before = view.view_range
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPointF(cluster.x0, cluster.y).toPoint())
    assert view.view_range[1] - view.view_range[0] < (before[1] - before[0]) / 10


@pytest.mark.parametrize("whole", [False, True])
def test_exports_open_as_png_and_svg(tab: TimelineTab, tmp_path: Path, whole: bool) -> None:
    png = timeline_export.export(tab.timeline, str(tmp_path / "t.png"), whole)
    image = QImage(png)
    assert not image.isNull() and image.width() >= tab.timeline.width()
    svg = timeline_export.export(tab.timeline, str(tmp_path / "t.svg"), whole)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Bilateral talks" in texts and "17 Apr 2023" in texts


def test_export_timeline_asks_for_a_file(tab: TimelineTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "whole"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(target), "SVG drawing, whole timeline (*.svg)")))
    tab.export_timeline()
    assert ET.parse(tmp_path / "whole.svg").getroot().tag.endswith("svg")


def test_the_lower_splitter_no_longer_hides_qwidget_lower(tab: TimelineTab) -> None:
    assert tab.lower_splitter.count() == 2 and callable(tab.lower)


def test_hovering_an_era_names_it_and_clicking_chooses_it(tab: TimelineTab, qtbot: Any) -> None:
    view = tab.timeline
    bar = next(e for e in view.scene().eras if e.id == "talks-suspended")
    at = QPointF((bar.x0 + bar.x1) / 2, bar.y + bar.height / 2)
    tip = view.tooltip_at(at)
    assert tip is not None and "Security talks suspended" in tip and "2018" in tip
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert view.selected == "talks-suspended"


def test_a_clusters_tooltip_names_its_events(fitted: TimelineTab) -> None:
    view = fitted.timeline
    view.resize(1280, 400)  # little room: clusters form
    cluster = next(m for m in view.scene().marks if m.shape == "cluster")
    tip = view.tooltip_at(QPointF(cluster.x0, cluster.y))
    assert tip is not None
    lines = tip.split("\n")
    assert lines[0].startswith(f"{len(cluster.members)} events")
    assert lines[1] == f"{cluster.members[0].date}: {cluster.members[0].title}"


def test_an_arrow_with_nothing_chosen_starts_from_the_view(fitted: TimelineTab, qtbot: Any) -> None:
    view = fitted.timeline
    view.select(None)
    view.zoom(10, 2019.0)
    lo, hi = view.view_range
    data = view.data
    assert data is not None
    in_view = [ident for ident in data.order if lo <= data.by_id[ident].start <= hi]
    _focus(view, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert in_view and view.selected == in_view[0]
    view.select(None)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == in_view[-1]


def test_on_a_large_file_keys_and_clicks_keep_to_the_events_the_search_shows(qtbot: Any) -> None:
    """From 5,000 events up, the drawn timeline once knew nothing of the filter: Right stepped onto an
    event the search hid, and a click on a dimmed mark chose it; either cleared the user's search."""
    from PySide6.QtCore import QPoint

    from briefing_app.ui.shared.tablemodels import ID_ROLE
    from tests.synthetic import make_briefing

    make_app([])
    b = load_text(make_briefing(events=5_200, people=800), "large.yaml")
    widget = TimelineTab()
    qtbot.addWidget(widget)
    widget.resize(1280, 1000)
    widget.set_briefing(b)
    widget.show()
    qtbot.waitExposed(widget)
    person = next(p.id for p in b.people if len(b.events_by_person.get(p.id, ())) >= 4)
    shown = {e.id for e in b.events_by_person[person]}
    cleared: list[str] = []
    widget.link_activated.connect(lambda kind, record_id: cleared.append(record_id))
    widget.set_people_filter({person})  # as a name search filters it
    assert widget.model.rowCount() == len(shown)
    widget.show_event(widget.model.index(0, 0).data(ID_ROLE))
    _focus(widget.timeline, qtbot)
    for _ in range(len(shown) - 1):
        qtbot.keyClick(widget.timeline, Qt.Key.Key_Right)
        assert widget.timeline.selected in shown
    assert cleared == [] and widget.model.rowCount() == len(shown)

    chosen = widget.timeline.selected
    view = widget.timeline
    view.zoom(200, view.scene().year_of(view.width() / 2))  # marks apart, not in clusters
    dimmed = [m for m in view.scene().marks if m.shape != "cluster" and m.id not in shown]
    assert dimmed
    x, y, w, h = dimmed[0].rect
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(x + w / 2), int(y + h / 2)))
    assert view.selected == chosen and cleared == [] and widget.model.rowCount() == len(shown)


def test_an_event_of_the_run_up_says_how_many_days_before_the_briefing_date(tab: TimelineTab) -> None:
    view = tab.timeline
    mark = next(m for m in view.scene().marks if m.id == "hwasong-18-test")
    tip = view.tooltip_at(QPointF(mark.x0, mark.y))
    assert tip is not None and tip.startswith("13 Apr 2023 (D−4): North Korea")
    tab.show_event("hwasong-18-test")
    assert "13 Apr 2023 (D−4)" in tab.detail.toPlainText()
    tab.show_event("security-policy-consultation-12")
    assert "17 Apr 2023 (D-day)" in tab.detail.toPlainText()
    tab.show_event("yoon-kishida-summit")  # a month, not a day: no count
    assert "D−" not in tab.detail.toPlainText()


def test_a_tag_filter_shows_its_lanes_only_and_refits(tab: TimelineTab) -> None:
    view = tab.timeline
    assert len(view.scene().lanes) > 3
    tab.tag_filter.setCurrentIndex(tab.tag_filter.findData("history"))
    scene = view.scene()
    assert [box.name for box in scene.lanes] == ["History"]
    lo, hi = view.view_range
    assert view.data is not None and (lo, hi) == view.data.view_of_tag("history")
    assert lo < 2018.75 and view.data.date is not None and view.data.date < hi < 2024  # its event and the date
    assert {m.id for m in scene.marks} == {"forced-labor-rulings"}
    tab.lanes.setCurrentIndex(tab.lanes.findData("person"))  # by person: the people in its events
    assert 0 < len(view.scene().lanes) < len(view.data.lanes["person"])
    tab.lanes.setCurrentIndex(tab.lanes.findData("tag"))
    tab.tag_filter.setCurrentIndex(0)  # all tags: every lane, the opening view
    assert len(view.scene().lanes) > 3 and view.view_range == view.data.story
