"""Day-first dates and clock times as UK council records print them.

Every reader parses dates here so that "04/12/2017" means 4 December 2017 everywhere (never month-first),
a printed weekday is checked against the date it accompanies, and an impossible date is reported as an
error in the record rather than silently shifted or guessed.
"""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

from publisher.errors import RecordError

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_WEEKDAY = r"(?P<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_NUMERIC = r"(?P<nday>\d{1,2})[/.-](?P<nmonth>\d{1,2})[/.-](?P<nyear>\d{4})"
_WORDED = rf"(?P<wday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<wyear>\d{{4}})"
_TIME = (r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*"
         r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?|noon|midday)?")

#: A day-first date, optionally after a weekday ("Thursday, 14th December, 2017"). Readers may use it
#: to find a date inside a longer line before handing the match to :func:`parse_date`.
DATE_RE = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?:{_NUMERIC}|{_WORDED})", re.IGNORECASE)
TIME_RE = re.compile(rf"^{_TIME}$", re.IGNORECASE)


def _invalid(text: str, field: str, path: Path | str | None, line: int | None) -> RecordError:
    return RecordError(f"{text} is not a valid day-first date", path, line, field)


def _check_weekday(printed: str | None, value: date, text: str, field: str,
                   path: Path | str | None, line: int | None) -> None:
    """A printed weekday that disagrees with the date means the record is wrong: say so, do not pick one."""
    if not printed:
        return
    word = printed.lower().rstrip(".")
    actual = WEEKDAYS[value.weekday()]
    if not actual.startswith(word):  # abbreviations ("Thu", "Thurs") are prefixes of the weekday
        raise RecordError(f"{text} names a {printed} but {value.isoformat()} is a {actual.capitalize()}",
                          path, line, field)


def _match_to_date(match: re.Match[str], text: str, field: str,
                   path: Path | str | None, line: int | None) -> date:
    if match["nday"]:
        day, month, year = int(match["nday"]), int(match["nmonth"]), int(match["nyear"])
    else:
        day, month, year = int(match["wday"]), MONTHS[match["month"].lower()[:3]], int(match["wyear"])
    try:
        value = date(year, month, day)
    except ValueError:
        raise _invalid(text, field, path, line) from None
    _check_weekday(match["weekday"], value, text, field, path, line)
    return value


def parse_date(text: str, *, field: str = "date", path: Path | str | None = None,
               line: int | None = None) -> date:
    """Parse a whole day-first date ("04/12/2017", "Thursday, 14th December, 2017", "15 Mar 2022").

    A clock time after the date is allowed and ignored (use :func:`parse_date_time` to keep it).
    """
    value, _ = parse_date_time(text, field=field, path=path, line=line)
    return value


def parse_date_time(text: str, *, field: str = "date", path: Path | str | None = None,
                    line: int | None = None) -> tuple[date, time | None]:
    """Parse a day-first date with an optional time after it ("26 January 2017 2.00 p.m.")."""
    cleaned = " ".join(text.split())
    match = DATE_RE.match(cleaned)
    if not match:
        raise _invalid(cleaned, field, path, line)
    rest = cleaned[match.end():].strip(" ,")
    if rest.lower().startswith("at "):
        rest = rest[3:]
    clock = parse_time(rest, field=field, path=path, line=line) if rest else None
    return _match_to_date(match, cleaned, field, path, line), clock


def parse_time(text: str, *, field: str = "time", path: Path | str | None = None,
               line: int | None = None) -> time:
    """Parse a clock time as printed: "6.30 pm", "2.00 p.m.", "18:30", "10am", "12 noon"."""
    cleaned = " ".join(text.split())
    match = TIME_RE.match(cleaned)
    if not match or (match["minute"] is None and match["ampm"] is None):
        raise RecordError(f"{cleaned} is not a clock time", path, line, field)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    marker = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if marker in ("noon", "midday"):
        if hour != 12 or minute:
            raise RecordError(f"{cleaned} is not a clock time", path, line, field)
    elif marker:
        if not 1 <= hour <= 12:
            raise RecordError(f"{cleaned} is not a clock time", path, line, field)
        hour = hour % 12 + (12 if marker == "pm" else 0)
    if hour > 23 or minute > 59:
        raise RecordError(f"{cleaned} is not a clock time", path, line, field)
    return time(hour, minute)
