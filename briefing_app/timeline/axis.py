"""The time axis at any zoom: decades, years, months or days, spaced so their labels never collide. Qt-free:
the names of months and years come from an `AxisNames`, English unless the window passes its language's."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import NamedTuple

from briefing_app.core.dates import MONTHS, days_in_month
from briefing_app.timeline.data import year_fraction

# (unit, count) from finest to coarsest; the first whose ticks lie far enough apart is used.
STEPS = (("day", 1), ("day", 2), ("day", 5), ("day", 10), ("month", 1), ("month", 2), ("month", 3), ("month", 6),
         ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50), ("year", 100),
         ("year", 200), ("year", 500), ("year", 1000))
_LENGTH = {"day": 1 / 365, "month": 1 / 12, "year": 1.0}
LABEL_GAP = 10.0  # pixels between two labels at least
OVERHANG = 12.0  # how far a label may reach past the plot into the right margin (scene.RIGHT, 14 px), never past the edge


class AxisNames(NamedTuple):
    """How the axis writes a month alone ("Mar", "3월"), a month of a year ("Mar 2023", "2023년 3월")
    and a year ("2023", "2023년")."""

    month: Callable[[int], str]
    month_year: Callable[[int, int], str]
    year: Callable[[int], str]


ENGLISH = AxisNames(lambda m: MONTHS[m - 1], lambda y, m: f"{MONTHS[m - 1]} {y}", str)


def _samples(names: AxisNames) -> dict[str, str]:
    """A wide label of each unit, to space the ticks by (labels that would still meet are dropped)."""
    return {"day": "28", "month": names.month(5), "year": names.year(2000)}


class AxisLabel(NamedTuple):
    tick: float  # x of the tick, or None-like NaN for a label pinned to the left edge
    left: float
    width: float
    text: str
    row: int  # 0: the ticks' own labels; 1: the month or year they fall in


def choose_step(span_years: float, pixels: float, measure: Callable[[str], float],
                names: AxisNames = ENGLISH) -> tuple[str, int]:
    per_year = pixels / max(span_years, 1e-9)
    samples = _samples(names)
    for unit, count in STEPS:
        if _LENGTH[unit] * count * per_year >= measure(samples[unit]) * 1.4 + LABEL_GAP:
            return unit, count
    return STEPS[-1]


def _days(lo: float, hi: float, count: int) -> Iterator[tuple[float, str, int, int]]:
    year, month = int(math.floor(lo)), 1
    while year_fraction(year, month) + 1 / 12 < lo:
        month += 1
    while year_fraction(year, month) <= hi:
        last = days_in_month(year, month)
        for day in range(1, last + 1, count):
            if count > 1 and last - day + 1 < count:  # too near the next month's first tick
                continue
            yield year_fraction(year, month, day), str(day), year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _months(lo: float, hi: float, count: int, names: AxisNames) -> Iterator[tuple[float, str, int, int]]:
    year, month = int(math.floor(lo)), 1
    while year_fraction(year, month) <= hi:
        if (month - 1) % count == 0:
            yield year_fraction(year, month), names.month(month), year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def axis_labels(lo: float, hi: float, x0: float, x1: float, measure: Callable[[str], float],
                names: AxisNames = ENGLISH) -> list[AxisLabel]:
    """Tick labels for the years lo..hi drawn between pixels x0..x1, row 0 under the ticks and, at month
    and day steps, row 1 naming the year or month (one pinned to the left edge so it is always named).
    Within a row no two labels' boxes come closer than LABEL_GAP."""
    unit, count = choose_step(hi - lo, x1 - x0, measure, names)
    scale = (x1 - x0) / (hi - lo)

    def x_of(year: float) -> float:
        return x0 + (year - lo) * scale

    ticks: list[tuple[float, str]] = []
    major: list[tuple[float, str]] = []
    if unit == "year":
        first = math.floor(lo / count) * count
        for n in range(int((hi - first) // count) + 2):
            ticks.append((first + n * count, names.year(int(first + n * count))))
    else:
        seen: set[tuple[int, int]] = set()
        found = _days(lo - 1 / 12, hi, count) if unit == "day" else _months(lo - 1 / 12, hi, count, names)
        for at, text, year, month in found:
            ticks.append((at, text))
            key = (year, month) if unit == "day" else (year, 0)
            if key not in seen:
                seen.add(key)
                major.append((year_fraction(year, month) if unit == "day" else float(year),
                              names.month_year(year, month) if unit == "day" else names.year(year)))
    out: list[AxisLabel] = []
    right = -math.inf
    for at, text in ticks:
        x = x_of(at)
        width = measure(text)
        left = x - width / 2
        if x0 <= x <= x1 and left >= right + LABEL_GAP and left + width <= x1 + OVERHANG:
            out.append(AxisLabel(x, left, width, text, 0))
            right = left + width
    # Row 1: each month (or year) at its start; the one under way at the left edge is pinned there.
    placed: list[AxisLabel] = []
    for n, (at, text) in enumerate(major):
        x = x_of(at)
        nxt = x_of(major[n + 1][0]) if n + 1 < len(major) else math.inf
        if nxt <= x0 or x > x1:
            continue
        width = measure(text)
        left = max(x, x0) + 3
        placed.append(AxisLabel(x, left, width, text, 1))
    kept: list[AxisLabel] = []
    for n, label in enumerate(placed):
        following = placed[n + 1].left if n + 1 < len(placed) else math.inf
        previous = kept[-1].left + kept[-1].width if kept else -math.inf
        if label.left >= previous + LABEL_GAP and label.left + label.width + LABEL_GAP <= following and label.left + label.width <= x1 + OVERHANG:
            kept.append(label)
    return out + kept
