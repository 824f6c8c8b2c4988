"""Dates keep the precision their source gives, sort by their start and display as a reader expects."""

import calendar
import csv
import datetime
import io

import pytest

from briefing_app.core.dates import DateError, days_in_month, parse_when
from briefing_app.core.model import Briefing
from briefing_app.exports.csv import events_csv
from briefing_app.reading.loader import load_text
from briefing_app.timeline.data import TimelineData, year_fraction


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("1910/1945", "1910–1945"),
        ("2018-03", "Mar 2018"),
        ("summer 2019", "Summer 2019"),
        ("2023-04-17", "17 Apr 2023"),
        ("early 2023-04", "Early Apr 2023"),
        ("later in 2018", "Later in 2018"),
        ("2018-03/2023-04", "Mar 2018 – Apr 2023"),
        ("1997", "1997"),
    ],
)
def test_display_keeps_the_source_precision(text: str, shown: str) -> None:
    assert parse_when(text).display() == shown


def test_order_follows_the_start_and_precision() -> None:
    texts = ["2018-12", "later in 2018", "2018-03", "2018", "1910/1945", "summer 2019", "2019-11", "early 2023-04", "2023-04-13"]
    ordered = sorted(texts, key=lambda t: parse_when(t).sort_key())
    assert ordered == ["1910/1945", "2018", "2018-03", "later in 2018", "2018-12", "summer 2019", "2019-11", "early 2023-04", "2023-04-13"]


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13", "2023-00-10", "2019-02-29", "0000", "summer 2019-06", "early 2023-04-02", "2023-04-17/2023-04-01", "April 2023", "23-04-17", " 2019"])
def test_impossible_or_malformed_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_when(text)


def test_leap_day_exists_in_a_leap_year() -> None:
    assert parse_when("2020-02-29").display() == "29 Feb 2020"
    assert parse_when("2000-02-29").display() == "29 Feb 2000"
    with pytest.raises(DateError):
        parse_when("1900-02-29")  # a century is a leap year only every 400 years


def test_month_lengths_are_the_calendar_modules() -> None:
    assert all(days_in_month(y, m) == calendar.monthrange(y, m)[1] for y in range(1, 2401) for m in range(1, 13))


def test_the_packed_sort_number_orders_like_the_sort_key() -> None:
    texts = ["2018-12", "later in 2018", "2018-03", "2018", "1910/1945", "1910/1911", "summer 2019", "2019-11", "early 2023-04", "2023-04-13", "2023-04-13/2023-05"]
    whens = [parse_when(t) for t in texts]
    assert sorted(whens, key=lambda w: w.sort_number()) == sorted(whens, key=lambda w: w.sort_key())


def test_a_date_written_back_reads_the_same() -> None:
    for text in ["1910/1945", "2018-03", "summer 2019", "later in 2018", "early 2023-04", "2023-04-17", "2018-03/2023-04"]:
        when = parse_when(text)
        assert when.iso() == text and parse_when(when.iso()) == when


# One calendar ------------------------------------------------------------------------------------

QUALIFIED = [f"{q} 2023" for q in ("early", "mid", "late", "later in", "spring", "summer", "autumn", "winter")]
QUALIFIED += [f"{q} {month}" for q in ("early", "mid", "late", "later in") for month in ("2023-04", "2024-02", "2023-02", "2023-12")]
PLAIN = ["2023", "2023-04", "2023-04-30", "2023-12-31", "1910/1945", "summer 2019/later in 2023-04"]


def _calendar_briefing(dates: list[str]) -> Briefing:
    """A small briefing with one event on each date, loaded as a file would be."""
    events = "".join(f'  - {{id: e{n}, when: "{when}", title: "On {when}", text: "x", sources: [memo]}}\n'
                     for n, when in enumerate(dates))
    return load_text(
        "format: 1\ntitle: Calendar\nplace: Geneva\ndate: \"2023-04\"\nas_of: \"2023-06-01\"\n"
        "summary: {text: \"x\", sources: [memo]}\ntags: []\n"
        "sources:\n  - {id: memo, kind: article, credit: A memo}\n"
        "organizations: []\npeople: []\nevents:\n" + events,
        "calendar.yaml",
    )


def test_sorting_drawing_and_exports_read_one_calendar() -> None:
    """Defect 7: "later in April 2023" sorted as the 21st, was drawn from the 16th and exported from the
    11th. For every qualifier, the sort point lies within the days the exports give, and the timeline
    draws exactly those days."""
    b = _calendar_briefing(QUALIFIED + PLAIN)
    exported = {row["id"]: row for row in csv.DictReader(io.StringIO(events_csv(b), newline=""))}
    drawn = TimelineData.of(b).by_id
    for e in b.events:
        first = datetime.date.fromisoformat(exported[e.id]["start"])
        last = datetime.date.fromisoformat(exported[e.id]["end"])
        year, month, day, _ = e.when.start.sort_key()
        point = datetime.date(year, max(month, 1), max(day, 1))
        assert first <= point <= last, (e.when.iso(), point, first, last)
        after = last + datetime.timedelta(days=1)
        item = drawn[e.id]
        assert (item.start, item.end) == (
            pytest.approx(year_fraction(first.year, first.month, first.day), abs=1e-9),
            pytest.approx(year_fraction(after.year, after.month, after.day), abs=1e-9)), (e.when.iso(), first, last)


def test_the_calendar_spans_what_each_qualifier_says() -> None:
    b = _calendar_briefing(["early 2023-04", "late 2023-02", "later in 2023-04", "later in 2018", "winter 2023", "mid 2023"])
    spans = {row["date"]: (row["start"], row["end"]) for row in csv.DictReader(io.StringIO(events_csv(b), newline=""))}
    assert spans == {
        "Early Apr 2023": ("2023-04-01", "2023-04-10"),
        "Late Feb 2023": ("2023-02-21", "2023-02-28"),
        "Later in Apr 2023": ("2023-04-01", "2023-04-30"),  # dates.py says why "later in" is the whole period
        "Later in 2018": ("2018-01-01", "2018-12-31"),
        "Winter 2023": ("2023-12-01", "2024-02-29"),
        "Mid 2023": ("2023-05-01", "2023-08-31"),
    }
    # "Later in" sorts after what the first half of its period holds, before the second half.
    assert sorted(["2018-03", "later in 2018", "2018-09"], key=lambda t: parse_when(t).sort_key()) == ["2018-03", "later in 2018", "2018-09"]
    assert sorted(["2023-04-17", "later in 2023-04", "2023-04-02"], key=lambda t: parse_when(t).sort_key()) == [
        "2023-04-02", "later in 2023-04", "2023-04-17"]
