"""Dates at the precision a source gives them: a year, a month, a day, a season, a part of one, or a span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Where a qualified date sorts within its year or month: "later in 2018" must come after
# "Mar 2018" and before "Dec 2018" only as far as we can tell, so it takes the middle-late slot.
_PART_OF = {"early": 1, "mid": 2, "late": 3, "later in": 3}
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_PART_MONTH = {"early": 1, "mid": 6, "late": 10, "later in": 7}

_POINT = re.compile(
    r"^(?:(?P<qual>early|mid|late|later in|spring|summer|autumn|winter)\s+)?"
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


class DateError(ValueError):
    """A date string that does not follow the syntax or names a day that does not exist."""


@dataclass(frozen=True, slots=True)
class PointDate:
    """One date at some precision; month and day are None when the source does not give them."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: str | None = None

    def sort_key(self) -> tuple[int, int, int, int]:
        if self.qualifier in _SEASON_MONTH:
            return (self.year, _SEASON_MONTH[self.qualifier], 0, 1)
        if self.month is None:
            month = _PART_MONTH.get(self.qualifier or "", 0)
            return (self.year, month, 0, 0 if self.qualifier is None else 1)
        day = self.day if self.day is not None else {1: 1, 2: 11, 3: 21}.get(_PART_OF.get(self.qualifier or "", 0), 0)
        return (self.year, self.month, day, 0 if self.day is None and self.qualifier is None else 1)

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
        if self.qualifier in _SEASON_MONTH:
            return "season"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"


@dataclass(frozen=True, slots=True)
class When:
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

    def start_fraction(self) -> float:
        """The start as a fractional year, for drawing on a time axis."""
        return _fraction(self.start, at_end=False)

    def end_fraction(self) -> float:
        """The end (or the end of the single point's period) as a fractional year."""
        return _fraction(self.end or self.start, at_end=True)


@lru_cache(maxsize=1024)
def when_of(parts: WhenParts) -> When:
    """The date these parts describe. The cache holds the dates a view is showing, so that each
    is not made again on every paint, and no more: those of a whole large file would be walked by
    the collector again."""
    start, end = parts
    return When(PointDate(*start), None if end is None else PointDate(*end))


def _fraction(point: PointDate, at_end: bool) -> float:
    year, month, day, _ = point.sort_key()
    if point.month is None and point.qualifier not in _SEASON_MONTH and point.qualifier is None:
        return point.year + (1.0 if at_end else 0.0)
    month = max(month, 1)
    if point.day is None:
        return year + (month - (0 if at_end else 1)) / 12
    return year + (month - 1) / 12 + (day - (0 if at_end else 1)) / 365


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
    if qual in _SEASON_MONTH and month is not None:
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
