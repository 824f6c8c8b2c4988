"""Stacking one lane's marks for one view: rows within the lane, counted clusters for marks that
find no room, the selected event first. Qt-free; text widths come from a `measure` callable."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from typing import Any

from briefing_app.timeline.data import LONG, Item, Lane, TimelineData, make_item
from briefing_app.core.rows import Records, Row
from briefing_app.timeline.scene import BADGE, BUCKET, DIRECT_LIMIT, DOT, GAP, LANE_PAD, MAX_ROWS, MIN_LABEL, RING, ROW, SELECTED_MAX, Measure

SCROLLING_ROWS = 3  # rows per lane when the lanes must scroll anyway


def stack_lanes(
    data: TimelineData,
    mode: str,
    remaining: Sequence[int],
    lo: float,
    hi: float,
    x_of: Callable[[float], float],
    plot: tuple[float, float],
    measure: Measure,
    sel_item: Item | None,
    room: float,
) -> Callable[[int], list[list[Entry]]]:
    """How to stack each lane's marks: as many rows as it needs, up to MAX_ROWS, when every lane then
    fits the height; else fewer rows (never fewer than two, for same-day events) for every lane.
    `remaining` are the lanes to stack, from the first shown."""
    lanes = data.lanes.get(mode, ())

    made: dict[int, list[Entry]] = {}

    def stack(n: int, cap: int) -> list[list[Entry]]:
        here = sel_item if sel_item is not None and n in data.lanes_of(mode, sel_item.id) else None
        if n in made:  # the trial merged some of them: start again from fresh copies
            entries = [Entry(e.x0, e.x1, e.members, e.shape) for e in made[n]]
        else:
            entries = made[n] = _lane_entries(data.items.rows, lanes[n], lo, hi, x_of, plot, here)
            entries = [Entry(e.x0, e.x1, e.members, e.shape) for e in entries]
        return _stack_lane(entries, lo, hi, x_of, plot, measure, here, cap)

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

    def __init__(self, rows: Sequence[Row], lane: Lane, start: int, end: int) -> None:
        self._rows, self._lane, self._start, self._end = rows, lane, start, end

    def __len__(self) -> int:
        return self._end - self._start

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [make_item(self._rows[k]) for k in self._lane.items[self._start:self._end][i]]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return make_item(self._rows[self._lane.items[self._start + i]])


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


class Entry:
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


def make_entry(item: Item, x_of: Callable[[float], float], plot: tuple[float, float], selected: bool = False) -> Entry:
    x0, x1 = x_of(item.start), x_of(item.end)
    if item.shape == "day" or x1 - x0 < 2 * DOT + 2:
        x0 = x1 = max(x0, plot[0] - 40)
    else:  # bars beyond the edges are cut to a little past them
        x0, x1 = max(x0, plot[0] - 40), min(x1, plot[1] + 40)
    return Entry(x0, x1, [item], item.shape, selected)


def _lane_entries(
    rows: Sequence[Row],
    lane: Lane,
    lo: float,
    hi: float,
    x_of: Callable[[float], float],
    plot: tuple[float, float],
    sel_item: Item | None,
) -> list[Entry]:
    """The lane's marks in view, by start, the selected event left out (it is placed first). Reads the
    rows by position (start 1, end 2, id 0) and makes an Item only for what is drawn."""
    starts = lane.starts
    first = bisect.bisect_left(starts, lo - lane.longest)
    last = bisect.bisect_right(starts, hi)
    selected = sel_item.id if sel_item is not None else None
    entries: list[Entry] = []
    if last - first <= DIRECT_LIMIT:
        for i in lane.items[first:last]:
            row = rows[i]
            if row[2] >= lo and row[0] != selected:
                entries.append(make_entry(make_item(row), x_of, plot))
        return entries
    # Far more marks than room: group them per BUCKET pixels of time, aligned to the year so the
    # groups stay put while panning; a repaint costs the width of the view, not the events in it.
    width = BUCKET * (hi - lo) / (plot[1] - plot[0])
    start = bisect.bisect_left(starts, lo, first, last)
    # Spans and long stretches that began before the view and reach into it: few are drawn as bars
    # from the left edge, many as one cluster there, so that none is hidden.
    reach = bisect.bisect_left(lane.long_starts, lo - lane.longest)
    recent = bisect.bisect_left(starts, lo - LONG, first, start)
    before = [rows[i] for i in lane.long_items[reach:bisect.bisect_left(lane.long_starts, lo - LONG)]]
    before += [rows[i] for i in lane.items[recent:start]]  # short ones that began just before
    crossing = [g for g in before if g[2] >= lo and g[0] != selected]
    if len(crossing) <= 3:
        entries.extend(make_entry(make_item(g), x_of, plot) for g in crossing)
    else:  # a cluster's members are made into Items only when read (its label, its tooltip)
        entries.append(Entry(plot[0], plot[0], Records(crossing, make_item), "cluster"))
    for k in range(math.floor(lo / width), math.floor(hi / width) + 1):
        end = bisect.bisect_left(starts, (k + 1) * width, start, last)
        if end > start:
            if end - start < 64:
                group = [g for g in (rows[i] for i in lane.items[start:end]) if g[0] != selected]
                if len(group) == 1:
                    entries.append(make_entry(make_item(group[0]), x_of, plot))
                elif group:
                    entries.append(Entry(x_of(group[0][1]), x_of(group[-1][1]), Records(group, make_item), "cluster"))
            else:  # the selected event, drawn apart, is still counted here: copying thousands costs more
                members = _LaneSlice(rows, lane, start, end)
                entries.append(Entry(x_of(members[0].start), x_of(members[-1].start), members, "cluster"))
        start = end
    return entries


def _stack_lane(
    entries: list[Entry],
    lo: float,
    hi: float,
    x_of: Callable[[float], float],
    plot: tuple[float, float],
    measure: Measure,
    sel_item: Item | None,
    max_rows: int = MAX_ROWS,
) -> list[list[Entry]]:
    """Stack the lane's marks in up to `max_rows` rows; marks that find no free row join the mark
    before them in a counted cluster. The selected event takes the first row before any other."""
    rows: list[list[Entry]] = [[] for _ in range(max_rows)]
    hard = [-math.inf] * max_rows
    soft = [-math.inf] * max_rows
    block: tuple[float, float] | None = None
    if sel_item is not None and sel_item.start <= hi and sel_item.end >= lo:
        sel = make_entry(sel_item, x_of, plot, selected=True)
        label = min(measure(f"{sel_item.date}: {sel_item.title}"), SELECTED_MAX)
        sel.fit(measure, label + RING)
        block = (sel.left, sel.want)  # room for its whole label, after it (layout.py says why)
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
