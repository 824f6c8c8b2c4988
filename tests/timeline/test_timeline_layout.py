"""The drawn timeline's geometry, without a window: every mark shown once, no two labels intersecting at
any zoom, dates drawn at their precision, an axis at every zoom, many eras as a density band."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable

import pytest

from briefing_app.core.dates import parse_when
from briefing_app.core.cancel import Cancelled
from briefing_app.reading.loader import load_text
from briefing_app.core.model import Briefing
from briefing_app.timeline.data import LONG, Item, Lane, TimelineData, stretch_of, year_fraction
from briefing_app.timeline.layout import Scene, intersects, lay_out

from tests.timeline_synthetic import timeline_briefing

WIDTH, HEIGHT = 1260.0, 700.0
ZOOMS = (1, 6, 60, 3000)  # Fit, then three deeper: decades, months, days
APRIL_17 = ("security-policy-consultation-12", "matsuno-press-conference", "bmd-exercise-2023-04-17")


def measure(text: str) -> float:
    """Roughly a 9-point sans serif: wide letters wider; enough to make labels compete for room."""
    return sum(9.0 if c.isupper() or c in "mwMW" else 6.5 for c in text)


def zoomed(data: TimelineData, factor: float, around: float) -> tuple[float, float]:
    lo, hi = data.fit
    span = (hi - lo) / factor
    return (around - span / 2, around + span / 2) if factor > 1 else (lo, hi)


def overlapping_labels(scene: Scene) -> list[tuple[str, str]]:
    return [(a.text, b.text) for a, b in itertools.combinations(scene.labels, 2) if intersects(a.rect, b.rect)]


@pytest.fixture(scope="module")
def generated() -> TimelineData:
    return TimelineData.of(load_text(timeline_briefing(events=2000, eras=60), "generated.yaml"))


@pytest.mark.parametrize("mode", ["tag", "person"])
@pytest.mark.parametrize("factor", ZOOMS)
def test_no_two_labels_intersect_in_the_bundled_file(briefing: Briefing, mode: str, factor: float) -> None:
    data = TimelineData.of(briefing)
    view = zoomed(data, factor, data.date or 2000.0)
    for selected in (None, "security-policy-consultation-12"):
        scene = lay_out(data, mode, view, WIDTH, HEIGHT, measure, selected)
        assert scene.labels and overlapping_labels(scene) == []


@pytest.mark.parametrize("mode", ["tag", "person"])
@pytest.mark.parametrize("factor", ZOOMS)
def test_no_two_labels_intersect_in_a_generated_file(generated: TimelineData, mode: str, factor: float) -> None:
    view = zoomed(generated, factor, 1990.3)
    scene = lay_out(generated, mode, view, WIDTH, HEIGHT, measure, generated.items[1000].id)
    assert overlapping_labels(scene) == []
    assert [lb for lb in scene.labels if lb.kind == "axis"], "the axis is labelled"


def test_labels_cover_no_other_mark(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    for factor in ZOOMS:
        scene = lay_out(data, "tag", zoomed(data, factor, data.date or 2000.0), WIDTH, HEIGHT, measure, APRIL_17[0])
        for label in scene.labels:
            if label.kind in ("event", "selected", "cluster"):
                assert not [m for m in scene.marks if m is not label.target and intersects(label.rect, m.rect)]


def test_the_view_opens_on_everything_with_the_briefings_date(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    lo, hi = data.fit
    assert all(lo <= i.start and i.end <= hi for i in [*data.items, *data.eras])
    assert lo < 1910 and hi > year_fraction(2023, 4, 17) == data.date
    assert hi - data.date < (hi - lo) * 0.1, "no wide empty future"
    scene = lay_out(data, "tag", data.fit, WIDTH, HEIGHT, measure)
    assert scene.date_x is not None and any(lb.kind == "date" and "17 Apr 2023" in lb.text for lb in scene.labels)


def test_the_three_events_of_17_april_are_three_marks_at_fit(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    for selected in (None, APRIL_17[0]):
        scene = lay_out(data, "tag", data.fit, WIDTH, HEIGHT, measure, selected)
        alone = {m.id for m in scene.marks if m.shape != "cluster"}
        assert set(APRIL_17) <= alone
        xs = {round(m.x0) for m in scene.marks if m.shape != "cluster" and m.id in APRIL_17}
        assert len(xs) == 1, "drawn on the same day, stacked"


def test_every_event_in_view_is_drawn_once_per_lane(briefing: Briefing, generated: TimelineData) -> None:
    for data in (TimelineData.of(briefing), generated):
        scene = lay_out(data, "tag", data.fit, WIDTH, 10_000, measure)
        for box in scene.lanes:
            lane = data.lanes["tag"][box.number]
            drawn = sum(len(m.members) for m in scene.marks if m.lane == box.number)
            assert drawn == len(lane.items)


@pytest.mark.parametrize("factor", ZOOMS)
def test_nothing_in_view_is_hidden_at_any_zoom(generated: TimelineData, factor: float) -> None:
    lo, hi = view = zoomed(generated, factor, 1990.3)
    scene = lay_out(generated, "tag", view, WIDTH, 10_000, measure)
    for box in scene.lanes:
        lane = generated.lanes["tag"][box.number]
        in_view = sum(1 for i in lane.items if generated.items[i].start <= hi and generated.items[i].end >= lo)
        assert sum(len(m.members) for m in scene.marks if m.lane == box.number) == in_view


def test_marks_that_would_overlap_merge_into_counted_clusters_that_open_when_zoomed(generated: TimelineData) -> None:
    scene = lay_out(generated, "tag", generated.fit, WIDTH, HEIGHT, measure)
    clusters = [m for m in scene.marks if m.shape == "cluster"]
    assert clusters and all(lb.text == str(len(lb.target.members)) for lb in scene.labels if lb.kind == "cluster" and lb.target)
    lo, hi = clusters[0].span
    deeper = lay_out(generated, "tag", (lo - 0.01, hi + 0.01), WIDTH, HEIGHT, measure)
    assert max(len(m.members) for m in deeper.marks if m.lane == clusters[0].lane) < len(clusters[0].members)


def test_many_eras_in_view_become_a_density_band_few_are_labelled_bands(generated: TimelineData, briefing: Briefing) -> None:
    many = lay_out(generated, "tag", generated.fit, WIDTH, HEIGHT, measure)
    assert many.density and not many.eras and not [lb for lb in many.labels if lb.kind == "era"]
    few = lay_out(TimelineData.of(briefing), "tag", TimelineData.of(briefing).fit, WIDTH, HEIGHT, measure)
    assert {lb.full for lb in few.labels if lb.kind == "era"} == {
        "Japan's colonial rule of the Korean Peninsula (1910–1945)", "Security talks suspended (Later in 2018 – Apr 2023)"}


def test_dates_are_drawn_at_their_precision() -> None:
    assert stretch_of(parse_when("2023-04-17"))[2] == "day"
    start, end, shape = stretch_of(parse_when("1910/1945"))
    assert (start, end, shape) == (1910.0, 1946.0, "span")
    start, end, shape = stretch_of(parse_when("early 2023-04"))
    assert shape == "stretch" and start == year_fraction(2023, 4, 1) and end == pytest.approx(year_fraction(2023, 4, 11))
    start, end, _ = stretch_of(parse_when("summer 2019"))
    assert (start, end) == (pytest.approx(2019 + 5 / 12), pytest.approx(2019 + 8 / 12))
    start, end, _ = stretch_of(parse_when("2018-12"))
    assert (start, end) == (pytest.approx(2018 + 11 / 12), pytest.approx(2019.0))


def test_bars_and_soft_stretches_at_a_deep_zoom(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    scene = lay_out(data, "tag", (2022.7, 2023.4), WIDTH, HEIGHT, measure)
    shapes = {m.id: m for m in scene.marks if m.shape != "cluster"}
    assert shapes["hwasong-18-test"].x1 == shapes["hwasong-18-test"].x0  # a day: a point
    month = shapes["japan-security-documents"]  # Dec 2022: a stretch
    assert month.shape == "stretch" and month.x1 - month.x0 > 20


def test_the_axis_is_labelled_at_every_zoom_down_to_days(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    for span, sample in ((100.0, "1990"), (8.0, "2020"), (1.0, "Apr 2023"), (12 / 365, "17")):
        date = data.date or 2023.0
        scene = lay_out(data, "tag", (date - span / 2, date + span / 2), WIDTH, HEIGHT, measure)
        axis = [lb.text for lb in scene.labels if lb.kind == "axis"]
        major = [lb.text for lb in scene.labels if lb.kind == "axis-major"]
        assert len(axis) >= 4 and sample in axis + major
    deepest = lay_out(data, "tag", (date - 6 / 365, date + 6 / 365), WIDTH, HEIGHT, measure)
    assert "Apr 2023" in [lb.text for lb in deepest.labels if lb.kind == "axis-major"]


def test_lanes_by_person_hold_each_persons_events(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    names = [lane.name for lane in data.lanes["person"]]
    assert "Seo Min-jung" in names and names[-1] == "(no one named)"
    seo = data.lanes["person"][names.index("Seo Min-jung")]
    assert [data.items[i].id for i in seo.items] == ["security-policy-consultation-12"]
    tags = [lane.name for lane in data.lanes["tag"]]
    assert tags[0] == "Bilateral talks" and len(data.lanes_of("tag", "phnom-penh-summit")) == 4


def test_an_event_in_several_lanes_is_joined_by_a_line(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    scene = lay_out(data, "tag", (2022.5, 2023.5), WIDTH, 2000, measure)
    assert scene.joins


def test_building_stops_when_cancelled(briefing: Briefing) -> None:
    def cancelled() -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        TimelineData.of(briefing, cancelled)


def _settle() -> None:
    """Full passes until the timeline's rows are untracked: a pass untracks a tuple once its items are, so
    rows of tuples held in a tuple may take one pass per level (the lanes are three deep)."""
    for _ in range(3):
        gc.collect()


def _tracked_added_by(build: Callable[[], object]) -> int:
    """Tracked objects a build leaves behind once the collector has looked at them."""
    _settle()
    before = len(gc.get_objects())
    kept = build()
    _settle()
    added = len(gc.get_objects()) - before
    del kept
    return added


def test_the_timeline_leaves_the_collector_almost_nothing_to_walk() -> None:
    b = load_text(timeline_briefing(events=2000, eras=60), "generated.yaml")
    b.event_by_id.get(""), b.person_by_id.get("")  # the briefing's own look-ups, built once, are not the timeline's
    # 2,060 events in ~700 lanes: one tracked object per event or lane would be thousands.
    assert _tracked_added_by(lambda: TimelineData.of(b)) < 100
    data = TimelineData.of(b)
    _settle()
    assert not gc.is_tracked(data.items.rows) and not gc.is_tracked(data.eras.rows)
    assert not any(gc.is_tracked(rows.rows) for rows in data.lanes.values())


def test_events_and_eras_are_read_as_items_by_position_and_by_id(generated: TimelineData) -> None:
    items, eras = generated.items, generated.eras
    assert len(items) == 2000 and len(eras) == 60
    assert isinstance(items[0], Item) and items[-1] == items[len(items) - 1] and list(items)[5] == items[5]
    assert list(items[10:13]) == [items[10], items[11], items[12]]
    assert [i.start for i in items] == sorted(i.start for i in items)
    assert list(generated.era_starts) == [e.start for e in eras] and list(generated.era_ends) == sorted(e.end for e in eras)
    assert len(generated.by_id) == 2060 and set(generated.by_id) == {i.id for i in [*items, *eras]}
    for item in [items[0], items[777], items[-1], eras[0], eras[-1]]:
        assert item.id in generated.by_id and generated.by_id[item.id] == item and generated.by_id.get(item.id) == item
    assert "no-such-event" not in generated.by_id and generated.by_id.get("no-such-event") is None
    with pytest.raises(KeyError):
        generated.by_id["no-such-event"]
    assert generated.starts_in_order() == [generated.by_id[i].start for i in generated.order]


def test_lanes_by_tag_and_by_person_hold_exactly_their_events(briefing: Briefing) -> None:
    data = TimelineData.of(briefing)
    events = [e for e in briefing.events if not e.era]
    for mode, keys_of in (("tag", lambda e: e.tags), ("person", lambda e: e.people)):
        lanes = data.lanes[mode]
        assert all(isinstance(lane, Lane) for lane in lanes) and len(list(lanes)) == len(lanes)
        for key, n in data.lane_numbers[mode].items():
            lane = lanes[n]
            ids = [data.items[i].id for i in lane.items]
            assert sorted(ids) == sorted(e.id for e in events if (key in keys_of(e) if key else not keys_of(e)))
            assert list(lane.starts) == [data.items[i].start for i in lane.items] == sorted(lane.starts)
            assert [data.items[i].id for i in lane.long_items] == [
                data.items[i].id for i in lane.items if data.items[i].end - data.items[i].start > LONG]
            for ident in ids:
                assert n in data.lanes_of(mode, ident)
    assert data.lanes_of("tag", "talks-suspended") == ()  # an era is in no lane


def test_the_events_in_a_view_are_found_as_a_pass_over_them_all_would(generated: TimelineData, briefing: Briefing) -> None:
    """An arrow key with nothing chosen starts from the first (or last) event in view."""
    bundled = TimelineData.of(briefing)
    for data in (generated, bundled):
        starts = data.starts_in_order()
        lo_year, hi_year = min(starts), max(starts)
        for n in range(40):
            lo = lo_year + (hi_year - lo_year) * n / 40
            for hi in (lo, lo + 0.01, lo + 0.5, lo + 30):
                inside = [i for i, s in enumerate(starts) if lo <= s <= hi]
                assert data.in_view(lo, hi) == ((inside[0], inside[-1]) if inside else None), (lo, hi)
