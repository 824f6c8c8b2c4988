"""Dates at the precision a source gives them: a year, a month, a day, a season, a part of one, or a span."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# One calendar for qualified dates: the part of a year (in months) or of a month (in days) each
# qualifier covers, first and last included, and where within it the date sorts. Sorting (sort_key),
# the drawn timeline (timeline/data.py) and the exports (exports/common.py) all read these two tables
# through first_day and last_day, so "early April" means the same days wherever it is shown.
#
# Seasons are the northern meteorological ones (the sources are Korean and Japanese): winter runs into
# the next year's February, month 14. A day past a short month's end (31 in April) means its last day.
#
# "later in" names no part of the period. The bundled file uses it once: the Supreme Court's forced-labor
# rulings "later in 2018", from a report saying that the security talks stopped after them; the talks
# had last met in March 2018. So "later in" places something after an earlier, dated event of the same
# period, an event the date itself does not carry and that may lie anywhere in the period, even at its
# start. The date alone therefore rules out no part of the period (strictly, only its first day), and
# the first day it can mean is the period's own: it is drawn and exported as the whole period. A start
# in the second half, as the drawing had (and the 11th or the 21st, as the exports and the sorting had
# for a month), would say that the rulings cannot have come in April, May or June of 2018, which no
# source says. What "later" does say is order: it sorts in the middle of the period, after what the
# first half holds (as the rulings come after the March talks) rather than at its start, before them.
#
#           year: first month, last month, sort month      month: first day, last day, sort day
_OF_YEAR = {"early": (1, 4, 1), "mid": (5, 8, 5), "late": (9, 12, 9), "later in": (1, 12, 7),
            "spring": (3, 5, 3), "summer": (6, 8, 6), "autumn": (9, 11, 9), "winter": (12, 14, 12)}
_OF_MONTH = {"early": (1, 10, 1), "mid": (11, 20, 11), "late": (21, 31, 21), "later in": (1, 31, 16)}
SEASONS = ("spring", "summer", "autumn", "winter")  # with a year only
PARTS = ("early", "mid", "late", "later in")  # of a year or a month
QUALIFIERS = PARTS + SEASONS

_POINT = re.compile(
    rf"^(?:(?P<qual>{'|'.join(QUALIFIERS)})\s+)?"
    r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?$"
)

SYNTAX_HELP = (
    "a date is YYYY, YYYY-MM or YYYY-MM-DD, optionally after 'early', 'mid', 'late', 'later in' "
    "or a season (spring, summer, autumn, winter, with a year only); a span is two dates joined by '/'"
)


# A date as plain numbers and text, which a record keeps instead of the objects: a plain tuple of
# these is left alone by the garbage collector, where 50,000 dates as objects would be walked at
# its every full pass.
PointParts = tuple[int, int | None, int | None, str | None]  # year, month, day, qualifier
WhenParts = tuple[PointParts, PointParts | None]  # start, end
Day = tuple[int, int, int]  # year, month, day: a day of the calendar, without datetime (its import costs the start-up)


class DateError(ValueError):
    """A date string that does not follow the syntax or names a day that does not exist."""


class PointDate(NamedTuple):
    """One date at some precision; month and day are None when the source does not give them.
    Dates compare equal and hash by value; they are put in order by sort_key(), never by comparing them
    as the tuples they are (a NamedTuple, made at import in a fifth of a frozen dataclass's time)."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: str | None = None

    def sort_key(self) -> tuple[int, int, int, int]:
        """(year, month, day, flag): a year sorts before its months and a month before its days (0 for
        what the source leaves out); a qualified date sorts at its point in the calendar's table, after
        an unqualified one there (flag 1)."""
        q = self.qualifier
        if q is None:
            return (self.year, self.month or 0, self.day or 0, 0 if self.day is None else 1)
        if self.month is None:
            return (self.year, _OF_YEAR[q][2], 0, 1)
        return (self.year, self.month, _OF_MONTH[q][2], 1)

    def display(self) -> str:
        if self.day is not None and self.month is not None:
            text = f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        elif self.month is not None:
            text = f"{MONTHS[self.month - 1]} {self.year}"
        else:
            text = str(self.year)
        if self.qualifier:
            text = f"{self.qualifier.capitalize()} {text}"
        return text

    def iso(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return f"{self.qualifier} {text}" if self.qualifier else text

    @property
    def parts(self) -> PointParts:
        return (self.year, self.month, self.day, self.qualifier)

    @property
    def precision(self) -> str:
        if self.qualifier in SEASONS:
            return "season"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"


class When(NamedTuple):
    """A point in time or a span between two points, as precise as the source."""

    start: PointDate
    end: PointDate | None = None

    def sort_key(self) -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]]:
        return (self.start.sort_key(), (self.end or self.start).sort_key())

    @property
    def parts(self) -> WhenParts:
        return (self.start.parts, None if self.end is None else self.end.parts)

    def sort_number(self) -> int:
        """sort_key() packed into one integer: the same order, but a list of them sorts in C without
        comparing tuples (50,000 events sort in a few milliseconds instead of a hundred)."""
        number = 0
        for year, month, day, flag in self.sort_key():
            number = (((number << 15 | year) << 4 | month) << 5 | day) << 1 | flag
        return number

    def display(self) -> str:
        if self.end is None:
            return self.start.display()
        if self.start.precision == "year" and self.end.precision == "year" and not (
            self.start.qualifier or self.end.qualifier
        ):
            return f"{self.start.year}–{self.end.year}"
        return f"{self.start.display()} – {self.end.display()}"

    def iso(self) -> str:
        return self.start.iso() if self.end is None else f"{self.start.iso()}/{self.end.iso()}"


@lru_cache(maxsize=1024)
def when_of(parts: WhenParts) -> When:
    """The date these parts describe. The cache holds the dates a view is showing, so that each
    is not made again on every paint, and no more: those of a whole large file would be walked by
    the collector again."""
    start, end = parts
    return When(PointDate(*start), None if end is None else PointDate(*end))


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The Gregorian calendar's rule, as calendar.monthrange has it: that module (with locale) cost
    about 5 ms of the bundled briefing's start, for this one answer."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def parse_point(text: str) -> PointDate:
    match = _POINT.match(text)
    if not match:
        raise DateError(f"'{text}' is not a date: {SYNTAX_HELP}")
    qual = match["qual"]
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"'{text}' has no month {month}")
    if day is not None:
        assert month is not None
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise DateError(f"'{text}' is not a day: {MONTHS[month - 1]} {year} has {last} days")
        if qual:
            raise DateError(f"'{text}': '{qual}' goes with a year or a month, not a day")
    if qual in SEASONS and month is not None:
        raise DateError(f"'{text}': a season goes with a year only")
    if year == 0:
        raise DateError(f"'{text}' has no year 0")
    return PointDate(year, month, day, qual)


def parse_when(text: str) -> When:
    """Parse '2019', '2018-03', '2023-04-17', 'summer 2019', 'later in 2018' or 'START/END'."""
    if "/" in text:
        first, _, second = text.partition("/")
        start, end = parse_point(first.rstrip()), parse_point(second.lstrip())
        if end.sort_key() < start.sort_key():
            raise DateError(f"'{text}': the span ends before it starts")
        return When(start, end)
    return When(parse_point(text))


def first_day(point: PointDate) -> Day:
    """The first day the point can mean: 'summer 2019' → 1 Jun 2019, 'late 2023-04' → 21 Apr 2023."""
    q = point.qualifier
    if point.month is None:
        return (point.year, _OF_YEAR[q][0] if q else 1, 1)
    if point.day is not None:
        return (point.year, point.month, point.day)
    return (point.year, point.month, _OF_MONTH[q][0] if q else 1)


def last_day(point: PointDate) -> Day:
    """The last day the point can mean: 'winter 2019' → 29 Feb 2020, '2018-03' → 31 Mar 2018."""
    q = point.qualifier
    if point.month is None:
        month = _OF_YEAR[q][1] if q else 12
        year, month = point.year + (month - 1) // 12, (month - 1) % 12 + 1
        return (year, month, days_in_month(year, month))
    if point.day is not None:
        return (point.year, point.month, point.day)
    last = days_in_month(point.year, point.month)
    return (point.year, point.month, min(_OF_MONTH[q][1], last) if q else last)


def bounds(when: When) -> tuple[Day, Day]:
    """The first and last day (both included) a date or span can mean."""
    return first_day(when.start), last_day(when.end or when.start)
