"""The view the timeline opens on, and days counted from the briefing date. Qt-free.

A briefing is about one day: the opening view shows that day and its run-up, chosen from the data,
instead of every year any event or era touches (a colonial era of 1910–1945 would take a third of
the width and squeeze the weeks that matter into a few pixels)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

Row = tuple[str, float, float, str, str, str]  # data.ItemRow: id, start, end, shape, title, date

STORY_YEARS = 6.0  # how far before the briefing date the run-up's day-dated events are looked for
MIN_RUN = 14 / 365  # the run-up shown is never shorter than two weeks
DATE_AT = 2 / 3  # where across the view the briefing date stands
LEFT_PAD = 0.06  # of the run-up, before its first event, so that its mark is not on the edge


def story_view(rows: Sequence[Row], date: float, fit: tuple[float, float]) -> tuple[float, float]:
    """The years of the opening view: from a little before the first event dated to the day in the
    STORY_YEARS before the briefing date, with the briefing date DATE_AT of the way across. With no
    such event, the events of any precision in those years; with none at all, `fit`. `rows` are by start."""
    lo = bisect.bisect_left(rows, date - STORY_YEARS, key=lambda r: r[1])
    hi = bisect.bisect_left(rows, date, key=lambda r: r[1])  # before the date: the run-up, not the day
    recent = rows[lo:hi]
    days = [r[1] for r in recent if r[3] == "day"]
    if days:
        first = days[0]
    elif recent:
        first = recent[0][1]
    else:
        return fit
    run = max(date - first, MIN_RUN) * (1 + LEFT_PAD)
    left = date - run
    return left, left + run / DATE_AT


def day_of(year: float) -> tuple[int, int, int]:
    """The day a fractional year from data.year_fraction stands for (its inverse: months are twelfths,
    and 30 days of 1/365 stay inside one)."""
    whole = int(year // 1)
    month = min(int((year - whole) * 12 + 1e-9), 11)
    day = round((year - whole - month / 12) * 365) + 1
    return whole, month + 1, max(day, 1)


def _ordinal(day: tuple[int, int, int]) -> int:
    """Days since a fixed origin (the proleptic Gregorian count), without importing datetime."""
    y, m, d = day
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy


def days_from(day: tuple[int, int, int], briefing_day: tuple[int, int, int]) -> int:
    """How many days `day` is after (positive) or before (negative) the briefing's day."""
    return _ordinal(day) - _ordinal(briefing_day)
