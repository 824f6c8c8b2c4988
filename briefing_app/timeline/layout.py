"""Where everything on the drawn timeline goes, for one view: lanes, stacked marks, counted clusters,
labels that never intersect, era bands or their density, the axis. Qt-free: text widths come from a
`measure` callable, so geometry tests run without a window and the painter only draws what this says."""

from __future__ import annotations

import math
from collections.abc import Sequence

from briefing_app.timeline.axis import ENGLISH, AxisNames, axis_labels
from briefing_app.timeline.data import TimelineData
from briefing_app.timeline.eras import lay_out_eras
from briefing_app.timeline.scene import (AXIS, DOT, GAP, GUTTER, HEADER, LABEL_H, LABEL_MAX, LANE_PAD, RIGHT, RING, ROW, SELECTED_MAX,
                             DensityRun, EraBar, Label, LaneBox, Mark, Measure, Scene, Target, elide, intersects)
from briefing_app.timeline.stack import Entry, stack_lanes
from briefing_app.core.words import QT_TRANSLATE_NOOP, Words, english

__all__ = ["lay_out", "intersects", "elide", "Scene", "Mark", "Label", "EraBar", "DensityRun", "LaneBox", "Target",
           "GUTTER"]


def lay_out(
    data: TimelineData,
    mode: str,
    view: tuple[float, float],
    width: float,
    height: float | None,
    measure: Measure,
    selected: str | None = None,
    first_lane: int = 0,
    max_lanes: int | None = None,
    words: Words = english,
    only: Sequence[int] | None = None,
    calendar: AxisNames = ENGLISH,
) -> Scene:
    """The scene for the years `view` on a `width` x `height` canvas, lanes from `first_lane` on until the
    canvas is full; `height=None` lays out every lane (up to `max_lanes`) and makes the canvas as tall as
    they need. `only` names the lanes drawn (a tag filter hides the others); `first_lane` counts among them.
    `calendar` writes the axis's months and years (the window's language)."""
    lo, hi = view
    plot = (GUTTER + 8.0, max(width - RIGHT, GUTTER + 40.0))
    scale = (plot[1] - plot[0]) / (hi - lo)

    def x_of(year: float) -> float:
        return plot[0] + (year - lo) * scale

    scene = Scene(width, height or 0.0, view, plot, 0.0, 0.0, HEADER, 0.0, 0.0)
    labels = scene.labels
    lay_out_eras(scene, data, x_of, measure, selected, words)
    scene.lanes_top = scene.era_top + scene.era_height + 4
    lanes = data.lanes.get(mode, ())
    numbers: Sequence[int] = range(len(lanes)) if only is None else only
    scene.lane_count = len(numbers)
    first_lane = max(0, min(first_lane, len(numbers) - 1))
    scene.first_lane = first_lane
    bottom = (height - AXIS) if height is not None else math.inf
    y = scene.lanes_top
    sel_item = data.by_id.get(selected or "")
    positions: dict[str, list[tuple[float, float]]] = {}
    rows_of = stack_lanes(data, mode, numbers[first_lane:], lo, hi, x_of, plot, measure, sel_item, bottom - y)
    for n in numbers[first_lane:]:
        rows = rows_of(n)
        used = max(1, len(rows))
        lane_h = used * ROW + LANE_PAD
        if (y + lane_h > bottom and scene.lanes) or (max_lanes is not None and len(scene.lanes) >= max_lanes):
            break  # only whole lanes; the scroll bar reaches the rest
        scene.lanes.append(LaneBox(n, lanes[n].name, y, lane_h))
        name = elide(lanes[n].name, GUTTER - 12, measure)
        if name:
            labels.append(Label((6.0, y + LANE_PAD / 2 + (ROW - LABEL_H) / 2, measure(name), LABEL_H), name, "lane",
                                None, lanes[n].name, n))
        for r, row in enumerate(rows):
            cy = y + LANE_PAD / 2 + ROW * (r + 0.5)
            _label_row(row, cy, n, plot, measure, scene, positions)
        y += lane_h
    scene.lanes_shown = len(scene.lanes)
    scene.lanes_bottom = min(y, bottom)
    if height is None:
        scene.height = height = y + AXIS
    scene.axis_top = height - AXIS
    for ident, points in positions.items():
        if len(points) > 1 and len(data.lanes_of(mode, ident)) > 1:
            ys = [p[1] for p in points]
            scene.joins.append((points[0][0], min(ys), max(ys)))
    if sel_item is not None:
        scene.selected_x = x_of(sel_item.start)
    if data.date is not None and lo <= data.date <= hi:
        x = scene.date_x = x_of(data.date)
        text = words(QT_TRANSLATE_NOOP("TimelineScene", "Briefing date: %1")).replace("%1", data.date_text)
        w = measure(text)
        left = x + 5 if x + 5 + w <= plot[1] else x - 5 - w
        labels.append(Label((left, 1.0, w, LABEL_H), text, "date"))
    for a in axis_labels(lo, hi, plot[0], plot[1], measure, calendar):
        labels.append(Label((a.left, scene.axis_top + 8 + a.row * LABEL_H, a.width, LABEL_H - 1), a.text,
                            "axis" if a.row == 0 else "axis-major"))
    return scene


def _label_row(
    row: Sequence[Entry],
    y: float,
    lane: int,
    plot: tuple[float, float],
    measure: Measure,
    scene: Scene,
    positions: dict[str, list[tuple[float, float]]],
) -> None:
    """Turn a row's entries into marks and give each the widest label that fits between its
    neighbours: to the right, inside its bar, or to the left, shortened with "…" when it must be.
    The selected event's label is placed first, so that it is the one shown whole."""
    top = y - LABEL_H / 2
    chosen = next((j for j, e in enumerate(row) if e.selected), -1)
    chosen_label: tuple[float, float, str, str] | None = None
    if chosen >= 0:
        e = row[chosen]
        before = row[chosen - 1].right if chosen > 0 else plot[0] - GAP
        after = row[chosen + 1].left - GAP if chosen + 1 < len(row) else plot[1]
        item = e.members[0]
        chosen_label = _place_label(e, f"{item.date}: {item.title}", SELECTED_MAX, before, after, plot, measure)
        if chosen_label[2] != chosen_label[3]:  # short of room: the title before the date (the axis has it)
            chosen_label = _place_label(e, item.title, SELECTED_MAX, before, after, plot, measure)
    previous = plot[0] - GAP
    for j, e in enumerate(row):
        following = min(row[j + 1].left - GAP, plot[1]) if j + 1 < len(row) else plot[1]
        if j + 1 == chosen and chosen_label is not None and chosen_label[2]:
            following = min(following, chosen_label[0] - GAP)
        rect = (e.left, y - ROW / 2 + 1, e.right - e.left, ROW - 2)
        members = e.members
        mark = Mark(e.x0, e.x1, y, lane, e.shape, members, rect, e.selected)
        scene.marks.append(mark)
        if e.shape == "cluster":
            text = str(len(members))
            scene.labels.append(Label((e.left + (e.right - e.left - measure(text)) / 2, top, measure(text), LABEL_H),
                                      text, "cluster", mark, text))
            previous = e.right
            continue
        positions.setdefault(members[0].id, []).append((e.x0, y))
        item = members[0]
        if j == chosen and chosen_label is not None:
            left, w, shown, text = chosen_label
        else:
            left, w, shown, text = _place_label(e, item.title, LABEL_MAX, previous, following, plot, measure)
        end = e.right
        if shown:
            scene.labels.append(Label((left, top, w, LABEL_H), shown, "selected" if e.selected else "event", mark, text))
            end = max(end, left + w)
        previous = end


def _place_label(e: Entry, text: str, limit: float, previous: float, following: float, plot: tuple[float, float],
                 measure: Measure) -> tuple[float, float, str, str]:
    """(left, width, shown text, whole text) of a label between `previous` and `following` pixels."""
    # Always after the mark (or inside its bar), never before it: a label between two marks then
    # belongs to the one on its left, and none sits under the selected mark's ring (RING wider).
    full = measure(text)
    right_start = e.right + 3 + (RING if e.selected else 0.0)
    inside_start = max(e.x0, plot[0], previous + GAP) + DOT + 4
    options = [(min(following, plot[1]) - right_start, right_start)]
    if e.x1 - e.x0 > 2 * DOT + 2:
        options.append((min(e.x1, following, plot[1]) - inside_start, inside_start))
    fitting = [o for o in options if o[0] >= min(full, limit)]
    room, start = fitting[0] if fitting else max(options, key=lambda o: o[0])
    shown = elide(text, min(room, limit), measure)
    if not shown:
        return 0.0, 0.0, "", text
    return max(start, previous + GAP), measure(shown), shown, text
