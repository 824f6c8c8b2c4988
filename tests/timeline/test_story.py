"""The view the timeline opens on, the edge marker for eras before it, label sides, a tag's lanes
and days counted from the briefing date: geometry without a window."""

from __future__ import annotations

import pytest

from briefing_app.core.model import Briefing
from briefing_app.timeline.data import TimelineData, year_fraction
from briefing_app.timeline.layout import Label, Mark, Scene, lay_out
from briefing_app.timeline.scene import DOT, RING
from briefing_app.timeline.story import DATE_AT, day_of, days_from

from tests.timeline.test_timeline_layout import APRIL_17, measure

STORY = (*APRIL_17, "hwasong-18-test")  # the day and the launch four days before it


def _labels_of(scene: Scene, ident: str) -> list[Label]:
    return [lb for lb in scene.labels if isinstance(lb.target, Mark) and lb.target.shape != "cluster"
            and lb.target.id == ident]


@pytest.mark.parametrize("width", [1600.0 - 40, 1024.0 - 30])
def test_it_opens_on_the_run_up_with_every_event_of_the_day_readable(briefing: Briefing, width: float) -> None:
    data = TimelineData.of(briefing)
    assert data.story is not None and data.date is not None
    lo, hi = data.story
    # From just before 16 March 2023 (the first event dated to the day in the years before) to early May.
    assert year_fraction(2023, 3, 10) < lo < year_fraction(2023, 3, 16) and hi < year_fraction(2023, 5, 15)
    assert (data.date - lo) / (hi - lo) == pytest.approx(DATE_AT)
    scene = lay_out(data, "tag", data.story, width, 360.0, measure, "security-policy-consultation-12")
    for ident in STORY:
        labels = _labels_of(scene, ident)
        # Readable: whole, or at least its first 24 letters (a title's tail may give way to the edge).
        assert labels and any(lb.text == lb.full or len(lb.text.rstrip("…")) >= 24 for lb in labels), ident
    clusters = [m for m in scene.marks if m.shape == "cluster"]
    assert not [m for m in clusters if year_fraction(2023, 4, 13) <= m.span[1] and m.span[0] <= data.date]


def test_an_era_before_the_view_stands_at_its_edge(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    assert data.story is not None
    scene = lay_out(data, "tag", data.story, 1500.0, 600.0, measure)
    edge = [lb for lb in scene.labels if lb.kind == "era" and "1910" in lb.text]
    assert edge and edge[0].text.startswith("←") and edge[0].rect[0] + edge[0].rect[2] < scene.plot[0]
    assert "colonial rule" in edge[0].full
    assert scene.at(edge[0].rect[0] + 2, edge[0].rect[1] + 3) is not None  # hover names it, click chooses it


@pytest.mark.parametrize("factor", [1.0, 4.0, 30.0])
def test_labels_stand_after_their_mark_and_never_under_the_selected_ring(briefing: Briefing, factor: float) -> None:
    data = TimelineData.of(briefing)
    assert data.story is not None and data.date is not None
    lo, hi = data.story
    span = (hi - lo) / factor
    view = (data.date - span * DATE_AT, data.date + span * (1 - DATE_AT))
    for selected in (*STORY, "yoon-kishida-summit"):
        scene = lay_out(data, "tag", view, 1000.0, 500.0, measure, selected)
        ring = [m for m in scene.marks if m.selected]
        for lb in scene.labels:
            mark = lb.target
            if lb.kind in ("event", "selected") and isinstance(mark, Mark):
                assert lb.rect[0] >= min(mark.x1 + DOT, mark.x0 + DOT + 4) - 0.01, (lb.text, "before its mark")
            for m in ring:
                if lb.kind in ("event", "selected") and abs(m.y - (lb.rect[1] + lb.rect[3] / 2)) < 8:
                    assert not (lb.rect[0] < m.x0 + DOT + RING and m.x0 - DOT - RING < lb.rect[0] + lb.rect[2]), lb.text


def test_a_tags_lanes_and_view(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    assert data.lanes_of_tag("tag", "history") == (data.lane_numbers["tag"]["history"],)
    people = data.lanes_of_tag("person", "exercise")
    assert people and all(data.lanes["person"][n].name for n in people)
    assert len(people) < len(data.lanes["person"])
    lo, hi = data.view_of_tag("north-korea") or (0.0, 0.0)
    assert year_fraction(2022, 9) < lo < year_fraction(2022, 10) and data.date is not None and data.date < hi < 2023.5
    scene = lay_out(data, "tag", (lo, hi), 1200.0, 600.0, measure, only=data.lanes_of_tag("tag", "north-korea"))
    assert [box.name for box in scene.lanes] == ["North Korea"] and scene.lane_count == 1


def test_days_from_the_briefing_date() -> None:
    assert days_from((2023, 4, 13), (2023, 4, 17)) == -4
    assert days_from((2023, 3, 16), (2023, 4, 17)) == -32
    assert days_from((2024, 3, 1), (2024, 2, 28)) == 2  # a leap year
    for day in ((2023, 4, 13), (2023, 12, 31), (2020, 2, 29), (1998, 1, 1)):
        assert day_of(year_fraction(*day)) == day
