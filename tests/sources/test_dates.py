"""Day-first dates and clock times as council records print them."""

from __future__ import annotations

from datetime import date, time

import pytest

from publisher.errors import RecordError
from publisher.sources.dates import DATE_RE, parse_date, parse_date_time, parse_time


@pytest.mark.parametrize(("text", "expected"), [
    ("04/12/2017", date(2017, 12, 4)),
    ("4/1/2017", date(2017, 1, 4)),
    ("Thursday, 14th December, 2017", date(2017, 12, 14)),
    ("15 Mar 2022", date(2022, 3, 15)),
    ("26 January 2017", date(2017, 1, 26)),
    ("19th May, 2011", date(2011, 5, 19)),
    ("23rd June 2011", date(2011, 6, 23)),
    ("1st Sept 2020", date(2020, 9, 1)),
    ("Thu 14 Dec 2017", date(2017, 12, 14)),
])
def test_day_first_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thursday, 14th December, 2017 6.30 pm", (date(2017, 12, 14), time(18, 30))),
    ("26 January 2017 2.00 p.m.", (date(2017, 1, 26), time(14, 0))),
    ("04/12/2017 10.00 am", (date(2017, 12, 4), time(10, 0))),
    ("04/12/2017 at 18:30", (date(2017, 12, 4), time(18, 30))),
    ("04/12/2017", (date(2017, 12, 4), None)),
])
def test_date_with_time(text: str, expected: tuple[date, time | None]) -> None:
    assert parse_date_time(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("6.30 pm", time(18, 30)), ("2.00 p.m.", time(14, 0)), ("12 noon", time(12, 0)),
    ("12.15 am", time(0, 15)), ("12.30 pm", time(12, 30)), ("10am", time(10, 0)), ("18:30", time(18, 30)),
])
def test_clock_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


def test_impossible_date_names_field_and_text() -> None:
    with pytest.raises(RecordError) as caught:
        parse_date("31/02/2017", field="meeting date", path="x.txt", line=5)
    assert str(caught.value) == "x.txt:5 [meeting date]: 31/02/2017 is not a valid day-first date"
    assert caught.value.field == "meeting date"
    assert caught.value.line == 5


def test_month_first_reading_is_never_used() -> None:
    with pytest.raises(RecordError, match="12/13/2017 is not a valid day-first date"):
        parse_date("12/13/2017")


def test_wrong_printed_weekday_is_an_error() -> None:
    with pytest.raises(RecordError, match="Friday.*Thursday"):
        parse_date("Friday, 14th December, 2017")


@pytest.mark.parametrize("text", ["not a date", "14th Decembre 2017", "2017-12-04"])
def test_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(RecordError, match="is not a valid day-first date"):
        parse_date(text)


@pytest.mark.parametrize("text", ["25.00 pm", "13 pm", "6.75"])
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(RecordError, match="is not a clock time"):
        parse_time(text)


def test_date_pattern_finds_a_date_inside_a_line() -> None:
    match = DATE_RE.search("Council - Thursday, 26 January 2017 2.00 p.m.")
    assert match is not None
    assert parse_date(match.group(0)) == date(2017, 1, 26)
