"""Who was at a meeting: the attendance page's reader and the shared attendance grammar
(publisher/sources/attendance.py, publisher/sources/attendance_page.py)."""

from __future__ import annotations

from pathlib import Path

from publisher.sources import read_record, reader_for
from publisher.sources.attendance_page import read_attendance_page

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HALTON = FIXTURES / "context" / "halton_attendance_4583.txt"  # mgMeetingAttendance.aspx?ID=4583, as Markdown
HALTON_URL = "https://councillors.halton.gov.uk/mgMeetingAttendance.aspx?ID=4583"


def test_attendance_table_gives_each_row_its_person_role_and_kind() -> None:
    record = read_record(HALTON)
    assert record.kind == "meeting-attendance"
    rows = [(a.person.honorific, a.person.name, a.role, a.kind) for a in record.meetings[0].attendances]
    assert rows[:4] == [("Councillor", "John Hale", "Member", "expected"),
                        ("Councillor", "Patrick Hurley", "Member", "expected"),
                        (None, "Ann Jones", "Officer", "present"),
                        ("Councillor", "Allan Jones", "Member", "present")]
    assert rows[-1] == ("Councillor", "Bill Woolfall", "Member", "present")
    assert sum(kind == "present" for *_, kind in rows) == 9
    assert record.meetings[0].venue == "Authority Chamber - Mann Island"


def test_attendance_page_is_chosen_by_its_table_without_an_address() -> None:
    text = HALTON.read_text(encoding="utf-8")
    assert reader_for(text, None) is read_attendance_page
    assert reader_for(text, HALTON_URL) is read_attendance_page


def test_attendance_kinds_and_comments_as_modern_gov_prints_them() -> None:
    """The attendance column's other values; a comment has no term in the ontology and is a Warning."""
    text = ("Venue: Council Chamber\n| Attendee | Role | Attendance | Attendance comment |\n|---|---|---|---|\n"
            "| Councillor A Smith | Substitute | Present as substitute | |\n"
            "| Councillor B Jones | Member | Apologies, sent substitute | |\n"
            "| Councillor C Brown | Chair | Present | Left at 8.15 pm |\n"
            "| Councillor D White | Member | Absent | |\n| Councillor E Green | Member | Unknown | |\n")
    record = read_attendance_page(text, HALTON_URL)
    assert [(a.person.name, a.kind) for a in record.meetings[0].attendances] == [
        ("A Smith", "substitute"), ("B Jones", "apologies"), ("C Brown", "present"), ("D White", "absent")]
    assert "attendance comment for C Brown not published (no term for it): Left at 8.15 pm" in record.warnings
    assert "attendance of E Green at line 8 not read: 'Unknown' is not an attendance the ontology names" \
        in record.warnings
