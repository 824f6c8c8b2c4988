"""Dates keep the precision their source gives, sort by their start and display as a reader expects."""

import calendar

import pytest

from briefing_app.core.dates import DateError, days_in_month, parse_when


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
