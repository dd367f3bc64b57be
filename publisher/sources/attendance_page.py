"""Reader for the ModernGov attendance page (``mgMeetingAttendance.aspx?ID=…``), as page text or Markdown.

The page names the meeting (as a meeting page's header does: venue, sometimes the committee and date) and
lists everyone the meeting expected, one row each::

    | Attendee | Role | Attendance | Attendance comment |
    |---|---|---|---|
    | Councillor John Hale | Member | Expected | |
    | Ann Jones | Officer | Present | |

(page text copies the same rows with cells separated by tabs). Decisions made here:

- The role is printed beside the person (``Attendance.role``: "Member", "Officer", "Substitute" …).
- The attendance column gives the kind: "Present" (also "Present, virtually", "Present as expected"),
  "Apologies" ("Apologies, sent substitute"), "Absent", "Expected", "In attendance", "Present as
  substitute". A value not among these is a Warning and the row gives no attendance.
- The "Attendance comment" ("Arrived at 7.15pm") has no term in the ontology: it is a Warning, kept in words.
- The header above the table is read by the meeting page's reader, so a meeting is named the same way on
  both pages; the record is the meeting's attendance record (its own graph, beside the meeting page's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import Attendance, Record
from publisher.sources.meeting_page import ATTENDANCE_KIND, read_meeting_page
from publisher.sources.person_mentions import looks_like_name, person_named

# In this order: "Apologies, sent substitute" is apologies, "Present as substitute" a substitute.
_KINDS = (
    ("apologies", re.compile(r"^apolog", re.IGNORECASE)),  # "Apologies, sent substitute" too
    ("absent", re.compile(r"^absent\b|^not\s+present\b", re.IGNORECASE)),
    ("substitute", re.compile(r"\bsubstitute\b", re.IGNORECASE)),
    ("in attendance", re.compile(r"^in\s+attendance\b|^attending\b", re.IGNORECASE)),
    ("present", re.compile(r"^(?:present|attended|virtual)", re.IGNORECASE)),
    ("expected", re.compile(r"^expected\b", re.IGNORECASE)),
)
_NAME_HEADERS = frozenset({"attendee", "attendees", "name", "member", "councillor"})


@dataclass(frozen=True)
class _Columns:
    """Where the table holds each field (None: the table has no such column)."""

    name: int
    attendance: int
    role: int | None = None
    comment: int | None = None


def looks_like_attendance_page(text: str, source_url: str | None = None) -> bool:
    """True when a line is the attendance table's header: an attendee column and an "Attendance" column."""
    return any(_columns(_cells(line)) is not None for line in text.splitlines())


def read_attendance_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read an attendance page into a Record holding its meeting and one Attendance per table row."""
    lines = text.splitlines()
    headers = [(i, columns) for i, line in enumerate(lines) if (columns := _columns(_cells(line))) is not None]
    if not headers:
        raise RecordError("not an attendance page: no table headed 'Attendee | Role | Attendance'", path)
    at, columns = headers[0]
    rows = []
    end = at + 1
    while end < len(lines) and (cells := _cells(lines[end])):
        rows.append((end + 1, cells))
        end += 1
    record = read_meeting_page("\n".join(lines[:at] + [""] * (end - at) + lines[end:]), source_url, path)
    record.kind = ATTENDANCE_KIND
    meeting = record.meetings[0]
    for number, cells in rows:
        if set("".join(cells)) <= set("-: "):  # the Markdown rule under the header
            continue
        attendance = _row(cells, columns, number, record.warnings)
        if attendance is not None:
            meeting.attendances.append(attendance)
    return record


def _row(cells: list[str], columns: _Columns, number: int, warnings: list[str]) -> Attendance | None:
    def cell(index: int | None) -> str:
        return cells[index].strip() if index is not None and index < len(cells) else ""

    person = person_named(cell(columns.name))
    if not person.name or not looks_like_name(person.name):
        warnings.append(f"attendance row at line {number} not read: no name ({cell(columns.name)[:60]!r})")
        return None
    stated = cell(columns.attendance)
    kind = next((kind for kind, pattern in _KINDS if pattern.search(stated)), None)
    if kind is None:
        warnings.append(f"attendance of {person.name} at line {number} not read: {stated[:60]!r} is not an "
                        "attendance the ontology names")
        return None
    if comment := cell(columns.comment):
        warnings.append(f"attendance comment for {person.name} not published (no term for it): {comment[:120]}")
    return Attendance(person, kind, role=cell(columns.role) or None)


def _cells(line: str) -> list[str]:
    """A table row's cells: a Markdown row (``| a | b |``, either outer bar may be missing) or tab-separated."""
    line = line.strip()
    if line.startswith("|") or line.count("|") >= 2:
        return [cell.strip() for cell in line.strip("|").split("|")]
    if "\t" in line:
        return [cell.strip() for cell in line.split("\t")]
    return []


def _columns(cells: list[str]) -> _Columns | None:
    heads = [" ".join(cell.lower().split()) for cell in cells]
    name = next((i for i, head in enumerate(heads) if head in _NAME_HEADERS), None)
    if name is None or "attendance" not in heads:
        return None
    return _Columns(name=name, attendance=heads.index("attendance"),
                    role=heads.index("role") if "role" in heads else None,
                    comment=next((i for i, head in enumerate(heads) if head in ("attendance comment", "comment")),
                                 None))
