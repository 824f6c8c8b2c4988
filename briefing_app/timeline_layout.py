"""Where everything on the drawn timeline goes, for one view: lanes, stacked marks, counted clusters,
labels that never intersect, era bands or their density, the axis. Qt-free: text widths come from a
`measure` callable, so geometry tests run without a window and the painter only draws what this says."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Union

from .timeline_axis import AxisLabel, axis_labels
from .timeline_data import Item, Lane, TimelineData

Rect = tuple[float, float, float, float]  # x, y, width, height
Measure = Callable[[str], float]

GUTTER = 150.0  # the lane names' column at the left edge
RIGHT = 14.0
HEADER = 18.0  # the row naming the briefing's date
ERA_ROW = 17.0
ERA_ROWS = 3
AXIS = 38.0
ROW = 19.0  # one stacked row of marks within a lane
LABEL_H = 15.0
LANE_PAD = 6.0
MAX_ROWS = 5
DOT = 4.0  # a dot's radius
BADGE = 9.0  # a cluster's radius
GAP = 6.0
MIN_LABEL = 64.0  # room kept for a label when choosing a row
LABEL_MAX = 260.0
SELECTED_MAX = 420.0
DIRECT_LIMIT = 300  # marks in one lane's view laid out one by one; past this, pre-grouped per BUCKET
BUCKET = 26.0  # pixels
ERA_LABEL_LIMIT = 36  # past this many eras in view: a density band without labels
DENSITY_PX = 3
DENSITY_LEVELS = 8
ELLIPSIS = "…"


def intersects(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def elide(text: str, width: float, measure: Measure) -> str:
    """The longest start of `text` that fits `width` pixels, ending in "…" when shortened; "" if none."""
    if width <= 0:
        return ""
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo > 0 else ""


class Mark(NamedTuple):
    x0: float
    x1: float  # == x0 for a dot
    y: float
    lane: int
    shape: str  # "day", "stretch", "span" or "cluster"
    members: Sequence[Item]  # the event; a cluster's events, by start
    rect: Rect  # what it covers on screen
    selected: bool = False

    @property
    def id(self) -> str:
        return self.members[0].id

    @property
    def span(self) -> tuple[float, float]:
        """The years its members cover (a cluster's: from its first start to its last member's end)."""
        return (self.members[0].start, max(self.members[0].end, self.members[-1].end))


class Label(NamedTuple):
    rect: Rect
    text: str
    kind: str  # "event", "selected", "cluster", "era", "lane", "axis", "axis-major", "date"
    target: Mark | EraBar | None = None
    full: str = ""  # the whole text when shortened
    lane: int = -1  # a lane name's lane


class EraBar(NamedTuple):
    x0: float
    x1: float
    y: float
    height: float
    id: str
    parity: int
    selected: bool


class DensityRun(NamedTuple):
    x0: float
    x1: float
    eras: int  # how many eras cover it (at most)
    shade: float  # 0..1, relative to the busiest place in view


class LaneBox(NamedTuple):
    number: int
    name: str
    y: float
    height: float


Target = Union[Mark, EraBar, DensityRun]


@dataclass
class Scene:
    width: float
    height: float
    view: tuple[float, float]
    plot: tuple[float, float]  # x of the first and last pixel of time
    lanes_top: float
    lanes_bottom: float
    era_top: float
    era_height: float
    axis_top: float
    lanes: list[LaneBox] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    eras: list[EraBar] = field(default_factory=list)
    density: list[DensityRun] = field(default_factory=list)
    joins: list[tuple[float, float, float]] = field(default_factory=list)  # x, y from, y to
    date_x: float | None = None
    selected_x: float | None = None
    first_lane: int = 0
    lane_count: int = 0
    lanes_shown: int = 0
    _grid: dict[tuple[int, int], list[tuple[Rect, Target]]] | None = None

    def x_of(self, year: float) -> float:
        lo, hi = self.view
        return self.plot[0] + (year - lo) / (hi - lo) * (self.plot[1] - self.plot[0])

    def year_of(self, x: float) -> float:
        lo, hi = self.view
        return lo + (x - self.plot[0]) / max(self.plot[1] - self.plot[0], 1.0) * (hi - lo)

    def at(self, x: float, y: float) -> Target | None:
        """What is drawn under a point, through a grid index built on first use: a mark (or its label),
        an era bar or a stretch of the era density band."""
        if self._grid is None:
            self._grid = _grid(self)
        for rect, target in self._grid.get((int(x // CELL), int(y // CELL)), ()):
            if rect[0] <= x <= rect[0] + rect[2] and rect[1] <= y <= rect[1] + rect[3]:
                return target
        return None


CELL = 24.0


def _grid(scene: Scene) -> dict[tuple[int, int], list[tuple[Rect, Target]]]:
    grid: dict[tuple[int, int], list[tuple[Rect, Target]]] = {}
    entries: list[tuple[Rect, Target]] = [(m.rect, m) for m in scene.marks]
    entries += [(lb.rect, lb.target) for lb in scene.labels if lb.target is not None]
    entries += [((e.x0, e.y, e.x1 - e.x0, e.height), e) for e in scene.eras]
    entries += [((d.x0, scene.era_top, d.x1 - d.x0, scene.era_height), d) for d in scene.density]
    for rect, target in entries:
        x0, y0 = max(rect[0], 0.0), max(rect[1], 0.0)
        x1, y1 = min(rect[0] + rect[2], scene.width), min(rect[1] + rect[3], scene.height)
        for cx in range(int(x0 // CELL), int(x1 // CELL) + 1):
            for cy in range(int(y0 // CELL), int(y1 // CELL) + 1):
                grid.setdefault((cx, cy), []).append((rect, target))
    return grid


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
) -> Scene:
    """The scene for the years `view` on a `width` x `height` canvas, lanes from `first_lane` on until the
    canvas is full; `height=None` lays out every lane (up to `max_lanes`) and makes the canvas as tall as
    they need."""
    lo, hi = view
    plot = (GUTTER + 8.0, max(width - RIGHT, GUTTER + 40.0))
    scale = (plot[1] - plot[0]) / (hi - lo)

    def x_of(year: float) -> float:
        return plot[0] + (year - lo) * scale

    scene = Scene(width, height or 0.0, view, plot, 0.0, 0.0, HEADER, 0.0, 0.0)
    labels = scene.labels
    _lay_out_eras(scene, data, x_of, measure, selected)
    scene.lanes_top = scene.era_top + scene.era_height + 4
    lanes = data.lanes.get(mode, ())
    scene.lane_count = len(lanes)
    first_lane = max(0, min(first_lane, len(lanes) - 1))
    scene.first_lane = first_lane
    bottom = (height - AXIS) if height is not None else math.inf
    y = scene.lanes_top
    sel_item = data.by_id.get(selected or "")
    positions: dict[str, list[tuple[float, float]]] = {}
    rows_of = _stack_lanes(data, mode, first_lane, lo, hi, x_of, plot, measure, sel_item, bottom - y)
    for n in range(first_lane, len(lanes)):
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
        if len(points) > 1 and len(data.lanes_of[mode].get(ident, ())) > 1:
            ys = [p[1] for p in points]
            scene.joins.append((points[0][0], min(ys), max(ys)))
    if sel_item is not None:
        scene.selected_x = x_of(sel_item.start)
    if data.date is not None and lo <= data.date <= hi:
        x = scene.date_x = x_of(data.date)
        text = f"Briefing date: {data.date_text}"
        w = measure(text)
        left = x + 5 if x + 5 + w <= plot[1] else x - 5 - w
        labels.append(Label((left, 1.0, w, LABEL_H), text, "date"))
    for a in axis_labels(lo, hi, plot[0], plot[1], measure):
        labels.append(Label((a.left, scene.axis_top + 8 + a.row * LABEL_H, a.width, LABEL_H - 1), a.text,
                            "axis" if a.row == 0 else "axis-major"))
    return scene


SCROLLING_ROWS = 3  # rows per lane when the lanes must scroll anyway


def _stack_lanes(
    data: TimelineData,
    mode: str,
    first_lane: int,
    lo: float,
    hi: float,
    x_of: Callable[[float], float],
    plot: tuple[float, float],
    measure: Measure,
    sel_item: Item | None,
    room: float,
) -> Callable[[int], list[list[_Entry]]]:
    """How to stack each lane's marks: as many rows as it needs, up to MAX_ROWS, when every lane then
    fits the height; else fewer rows (never fewer than two, for same-day events) for every lane."""
    lanes = data.lanes.get(mode, ())

    made: dict[int, list[_Entry]] = {}

    def stack(n: int, cap: int) -> list[list[_Entry]]:
        here = sel_item if sel_item is not None and n in data.lanes_of[mode].get(sel_item.id, ()) else None
        if n in made:  # the trial merged some of them: start again from fresh copies
            entries = [_Entry(e.x0, e.x1, e.members, e.shape) for e in made[n]]
        else:
            entries = made[n] = _lane_entries(data.items, lanes[n], lo, hi, x_of, plot, here)
            entries = [_Entry(e.x0, e.x1, e.members, e.shape) for e in entries]
        return _stack_lane(entries, lo, hi, x_of, plot, measure, here, cap)

    remaining = range(first_lane, len(lanes))
    if math.isinf(room):
        return lambda n: stack(n, MAX_ROWS)
    if len(remaining) * (ROW + LANE_PAD) > room:
        return lambda n: stack(n, SCROLLING_ROWS)
    trial = {n: stack(n, MAX_ROWS) for n in remaining}
    used = {n: max(1, len(rows)) for n, rows in trial.items()}
    cap = next((c for c in range(MAX_ROWS, 1, -1)
                if sum(min(u, c) for u in used.values()) * ROW + len(used) * LANE_PAD <= room), 2)
    return lambda n: trial[n] if used[n] <= cap else stack(n, cap)


class _LaneSlice(Sequence[Item]):
    """A run of a lane's items without copying them: a cluster at the widest zoom holds thousands."""

    def __init__(self, items: list[Item], lane: Lane, start: int, end: int) -> None:
        self._items, self._lane, self._start, self._end = items, lane, start, end

    def __len__(self) -> int:
        return self._end - self._start

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self._items[k] for k in self._lane.items[self._start:self._end][i]]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._items[self._lane.items[self._start + i]]


class _Joined(Sequence[Item]):
    """Two runs of marks as one, without copying: clusters merge often at the widest zoom."""

    def __init__(self, first: Sequence[Item], second: Sequence[Item]) -> None:
        self._first, self._second, self._len = first, second, len(first) + len(second)

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        head = len(self._first)
        return self._first[i] if i < head else self._second[i - head]


class _Entry:
    """One mark being placed: an event, or a cluster of events that would not fit apart."""

    __slots__ = ("x0", "x1", "members", "shape", "left", "right", "want", "selected")

    def __init__(self, x0: float, x1: float, members: Sequence[Item], shape: str, selected: bool = False) -> None:
        self.x0, self.x1, self.members, self.shape, self.selected = x0, x1, members, shape, selected
        self.left = self.right = self.want = 0.0

    def fit(self, measure: Measure, label: float) -> None:
        if self.shape == "cluster":
            self.left = self.x0 - BADGE
            self.right = max(self.x0 + BADGE, self.x1 + BADGE, self.left + measure(str(len(self.members))) + 10)
            self.want = self.right
        else:
            self.left, self.right = self.x0 - DOT, self.x1 + DOT
            self.want = self.right + 3 + label


def _entry(item: Item, x_of: Callable[[float], float], plot: tuple[float, float], selected: bool = False) -> _Entry:
    x0, x1 = x_of(item.start), x_of(item.end)
    if item.shape == "day" or x1 - x0 < 2 * DOT + 2:
        x0 = x1 = max(x0, plot[0] - 40)
    else:  # bars beyond the edges are cut to a little past them
        x0, x1 = max(x0, plot[0] - 40), min(x1, plot[1] + 40)
    return _Entry(x0, x1, [item], item.shape, selected)


def _lane_entries(
    items: list[Item],
    lane: Lane,
    lo: float,
    hi: float,
    x_of: Callable[[float], float],
    plot: tuple[float, float],
    sel_item: Item | None,
) -> list[_Entry]:
    """The lane's marks in view, by start, the selected event left out (it is placed first)."""
    starts = lane.starts
    first = bisect.bisect_left(starts, lo - lane.longest)
    last = bisect.bisect_right(starts, hi)
    selected = sel_item.id if sel_item is not None else None
    entries: list[_Entry] = []
    if last - first <= DIRECT_LIMIT:
        for i in lane.items[first:last]:
            item = items[i]
            if item.end >= lo and item.id != selected:
                entries.append(_entry(item, x_of, plot))
        return entries
    # Far more marks than room: group them per BUCKET pixels of time, aligned to the year so the
    # groups stay put while panning; a repaint costs the width of the view, not the events in it.
    width = BUCKET * (hi - lo) / (plot[1] - plot[0])
    start = bisect.bisect_left(starts, lo, first, last)
    for k in range(math.floor(lo / width), math.floor(hi / width) + 1):
        end = bisect.bisect_left(starts, (k + 1) * width, start, last)
        if end > start:
            if end - start < 64:
                group = [g for g in (items[i] for i in lane.items[start:end]) if g.id != selected]
                if len(group) == 1:
                    entries.append(_entry(group[0], x_of, plot))
                elif group:
                    entries.append(_Entry(x_of(group[0].start), x_of(group[-1].start), group, "cluster"))
            else:  # the selected event, drawn apart, is still counted here: copying thousands costs more
                members = _LaneSlice(items, lane, start, end)
                entries.append(_Entry(x_of(members[0].start), x_of(members[-1].start), members, "cluster"))
        start = end
    return entries


def _stack_lane(
    entries: list[_Entry],
    lo: float,
    hi: float,
    x_of: Callable[[float], float],
    plot: tuple[float, float],
    measure: Measure,
    sel_item: Item | None,
    max_rows: int = MAX_ROWS,
) -> list[list[_Entry]]:
    """Stack the lane's marks in up to `max_rows` rows; marks that find no free row join the mark
    before them in a counted cluster. The selected event takes the first row before any other."""
    rows: list[list[_Entry]] = [[] for _ in range(max_rows)]
    hard = [-math.inf] * max_rows
    soft = [-math.inf] * max_rows
    block: tuple[float, float] | None = None
    if sel_item is not None and sel_item.start <= hi and sel_item.end >= lo:
        sel = _entry(sel_item, x_of, plot, selected=True)
        label = min(measure(f"{sel_item.date}: {sel_item.title}"), SELECTED_MAX)
        sel.fit(measure, label)
        # Room for its whole label: to the right, or to the left when the right edge is too near.
        block = (sel.left, sel.want) if sel.want <= plot[1] else (max(plot[0], sel.left - 3 - label), sel.right)
        rows[0].append(sel)

    def free(r: int, ends: list[float], left: float, right: float) -> bool:
        if ends[r] + GAP > left:
            return False
        return not (r == 0 and block is not None and left < block[1] + GAP and right + GAP > block[0])

    for e in entries:
        e.fit(measure, min(measure(e.members[0].title), MIN_LABEL))
        r = next((r for r in range(max_rows) if free(r, soft, e.left, e.want)), -1)
        if r >= 0:
            soft[r], hard[r] = e.want, e.right
        else:
            r = next((r for r in range(max_rows) if free(r, hard, e.left, e.right)), -1)
            if r >= 0:
                soft[r] = hard[r] = e.right
        if r >= 0:
            rows[r].append(e)
            continue
        # No row is free: join the nearest last mark of a row (not one left of the selection in row 0).
        candidates = [r for r in range(max_rows) if rows[r] and not rows[r][-1].selected
                      and not (r == 0 and block is not None and rows[r][-1].x0 < block[0])]
        r = min(candidates, key=lambda r: hard[r])
        host = rows[r][-1]
        host.members = _Joined(host.members, e.members)
        host.shape = "cluster"
        host.x1 = max(host.x1, e.x0)
        host.fit(measure, 0)
        soft[r] = hard[r] = host.right
    if block is not None:
        rows[0].sort(key=lambda e: e.left)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _label_row(
    row: Sequence[_Entry],
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


def _place_label(e: _Entry, text: str, limit: float, previous: float, following: float, plot: tuple[float, float],
                 measure: Measure) -> tuple[float, float, str, str]:
    """(left, width, shown text, whole text) of a label between `previous` and `following` pixels."""
    full = measure(text)
    right_start = e.right + 3
    inside_start = max(e.x0, plot[0], previous + GAP) + DOT + 4
    options = [(min(following, plot[1]) - right_start, right_start, "right")]
    if e.x1 - e.x0 > 2 * DOT + 2:
        options.append((min(e.x1, following, plot[1]) - inside_start, inside_start, "inside"))
    options.append(((e.left - 3) - (previous + GAP), 0.0, "left"))
    fitting = [o for o in options if o[0] >= min(full, limit)]
    room, start, side = fitting[0] if fitting else max(options, key=lambda o: o[0])
    shown = elide(text, min(room, limit), measure)
    if not shown:
        return 0.0, 0.0, "", text
    w = measure(shown)
    left = max(e.left - 3 - w if side == "left" else start, previous + GAP)
    return left, w, shown, text


def _lay_out_eras(scene: Scene, data: TimelineData, x_of: Callable[[float], float], measure: Measure,
                  selected: str | None) -> None:
    lo, hi = scene.view
    plot = scene.plot
    starts, era_ends = data.era_starts, data.era_ends
    in_view = bisect.bisect_right(starts, hi) - bisect.bisect_left(era_ends, lo)
    if in_view <= 0:
        return
    if in_view > ERA_LABEL_LIMIT:
        # Too many to read: how many eras cover each few pixels, as one band. Counting by bisecting
        # the sorted starts and ends costs the width of the view, not the number of eras.
        per_px = (hi - lo) / (plot[1] - plot[0])
        columns = int((plot[1] - plot[0]) // DENSITY_PX) + 1
        counts = []
        for c in range(columns):
            year = lo + (c + 0.5) * DENSITY_PX * per_px
            counts.append(bisect.bisect_right(starts, year) - bisect.bisect_left(era_ends, year))
        peak = max(max(counts), 1)
        # Shades relative to the busiest place in view, in a few steps: fewer runs to paint.
        levels = [math.ceil(n * DENSITY_LEVELS / peak) for n in counts] + [0]
        run = 0
        for c in range(1, columns + 1):
            if levels[c] != levels[run]:
                if levels[run] > 0:
                    scene.density.append(DensityRun(plot[0] + run * DENSITY_PX, plot[0] + c * DENSITY_PX,
                                                    max(counts[run:c]), levels[run] / DENSITY_LEVELS))
                run = c
        scene.era_height = ERA_ROW
        scene.labels.append(Label((6.0, scene.era_top + 1, measure("Eras"), LABEL_H), "Eras", "lane"))
        return
    first = bisect.bisect_left(starts, lo - data.era_longest)
    shown = [e for e in data.eras[first:bisect.bisect_right(starts, hi)] if e.end >= lo]
    ends: list[float] = []
    placed: list[list[tuple[float, float, Item, int]]] = []
    for n, e in enumerate(shown):
        x0, x1 = max(x_of(e.start), plot[0] - 40), min(x_of(e.end), plot[1] + 40)
        x1 = max(x1, x0 + 3)
        r = next((r for r, end in enumerate(ends) if end + 2 <= x0), -1)
        if r < 0 and len(ends) < ERA_ROWS:
            ends.append(-math.inf)
            placed.append([])
            r = len(ends) - 1
        if r < 0:  # more overlapping eras than rows: share the row that frees first, unlabelled
            r = min(range(len(ends)), key=ends.__getitem__)
            scene.eras.append(EraBar(x0, x1, scene.era_top + r * ERA_ROW, ERA_ROW - 2, e.id, n % 2, e.id == selected))
            ends[r] = max(ends[r], x1)
            continue
        ends[r] = x1
        placed[r].append((x0, x1, e, n))
    for r, row in enumerate(placed):
        y = scene.era_top + r * ERA_ROW
        previous = plot[0]
        for j, (x0, x1, e, n) in enumerate(row):
            bar = EraBar(x0, x1, y, ERA_ROW - 2, e.id, n % 2, e.id == selected)
            scene.eras.append(bar)
            following = min(row[j + 1][0] - GAP, plot[1]) if j + 1 < len(row) else plot[1]
            left = max(x0, plot[0], previous) + 4
            text = f"{e.title} ({e.date})"
            shown_text = elide(text, min(following, max(x1, left + measure(text) + 1)) - left, measure)
            if shown_text != text and x0 - 4 - (previous + GAP) > following - left:  # more room before the bar
                shown_text = elide(text, x0 - 4 - (previous + GAP), measure)
                left = x0 - 4 - measure(shown_text)
            if shown_text:
                w = measure(shown_text)
                scene.labels.append(Label((left, y + 1, w, ERA_ROW - 4), shown_text, "era", bar, text))
                previous = max(x1, left + w + GAP)
            else:
                previous = x1
    scene.era_height = len(placed) * ERA_ROW
    scene.labels.append(Label((6.0, scene.era_top + 1, measure("Eras"), LABEL_H), "Eras", "lane"))
