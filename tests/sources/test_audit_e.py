"""Audit E (issue 14): precision on stored pages no reader was tuned on, each test quoting the page's real lines.

- a resolution a copy breaks over lines mid-sentence is one decision (City of London mgAi.aspx?ID=86784);
- on an agenda item page without a "Minutes:" label, a resolution-worded line right under the title is the agenda's
  recommendation, not the decision (Southwark mgAi.aspx?ID=21927);
- "nominated as Vice-Chairman" names an office nobody holds yet (New Forest ieIssueDetails.aspx?IId=13175).
"""

from __future__ import annotations

from pathlib import Path

from publisher.sources import read_record
from publisher.sources.agenda_item_page import read_agenda_item_page
from publisher.sources.attendance import read_attendance
from publisher.sources.item_blocks import reads_as_title
from publisher.sources.prose_people import people_in_prose
from publisher.sources.text_rules import wraps_on

COL_86784 = """Agenda item

Exclusion of the Public

Minutes:

RESOLVED - That under Section 100(A) of the Local Government Act 1972, the

public be excluded from the meeting for the following items on the grounds that

they involve the likely disclosure of exempt information as defined in Part I of

Schedule 12A of the Local Government Act.
"""

SOUTHWARK_21927 = """Agenda item

Exclusion of the public and press

That the public be excluded from the meeting for the following items of business on the grounds that they involve \
the likely disclosure of exempt information as defined in paragraphs 1 and 2, Access to Information Procedure rules \
of the Constitution.


Members did not resolved to exclude the public and press as they did not discuss the exempt information and agreed \
the recommendations set out in the closed report.
"""

NEW_FOREST_13175 = """Issue - meetings
Nominations for the Offices of Chairman and Vice-Chairman of the Council
Meeting: 15/04/2019 - Council (Item 74)
Nominations for the Offices of Chairman and Vice-Chairman of the Council
To consider and make recommendations to the Council on 20 May 2019 for
election/appointment to the offices of Chairman and Vice-Chairman of the Council
for the following municipal year.
The Conservative Group has nominated Cllr A T Glass for election to the office of Chairman.
Further nominations may be made at the meeting.
Decision:
Cllr Glass was nominated as Chairman and Cllr L Harris as Vice-Chairman of the Council for the 2019/20.
Minutes:
RESOLVED:
That Cllr Glass be nominated as Chairman and Cllr L Harris as Vice-Chairman of the Council for the following \
municipal year.
"""


def test_a_resolution_broken_over_lines_mid_sentence_is_one_decision() -> None:
    record = read_agenda_item_page(COL_86784, "http://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=86784")
    [item] = record.items
    assert [decision.text for decision in item.decisions] == [
        "That under Section 100(A) of the Local Government Act 1972, the public be excluded from the meeting for the "
        "following items on the grounds that they involve the likely disclosure of exempt information as defined in "
        "Part I of Schedule 12A of the Local Government Act."]


def test_a_line_runs_on_only_after_an_unfinished_sentence_and_never_as_a_list_marker() -> None:
    assert wraps_on("That under Section 100(A) of the Local Government Act 1972, the", "public be excluded")
    assert not wraps_on("That the report be noted.", "members asked for an update")
    assert not wraps_on("To note the content of the report; and", "b) the Constitution be amended")
    assert not wraps_on("the work being undertaken by officers, and", "ii. the work")


def test_a_resolution_worded_line_right_under_the_title_is_the_agendas_recommendation() -> None:
    record = read_agenda_item_page(SOUTHWARK_21927, "https://moderngov.southwark.gov.uk/mgAi.aspx?ID=21927")
    [item] = record.items
    assert item.title == "Exclusion of the public and press"
    assert item.decisions == []
    assert record.warnings == [
        "line 5 not read as a decision: worded as a resolution but printed right under the title, where the "
        "agenda's recommendation goes, with no 'Minutes:' label ('That the public be excluded from the meeting for "
        "the followi')"]


def test_a_nomination_names_no_office_held(tmp_path: Path) -> None:
    named = people_in_prose("That Cllr Glass be nominated as Chairman and Cllr L Harris as Vice-Chairman of the "
                            "Council for the following municipal year.")
    assert [(entry.person.name, entry.role) for entry in named] == [("Glass", None), ("L Harris", None)]
    page = tmp_path / "new-forest_issue_13175.txt"
    page.write_text(NEW_FOREST_13175, encoding="utf-8")
    (tmp_path / "new-forest_issue_13175.source.txt").write_text(
        "Source URL: https://democracy.newforest.gov.uk/ieIssueDetails.aspx?IId=13175&Opt=3\n", encoding="utf-8")
    record = read_record(page)
    assert [person.name for person in record.people] == ["A T Glass", "L Harris"]
    assert record.posts == []


def test_a_bracket_naming_the_body_a_member_comes_from_or_a_remark_is_no_role() -> None:
    """Cheshire Police and Crime Panel (ieListDocuments MId=10594), Dyfed Powys Police and Crime Panel
    (Carmarthenshire MId=1534), Southend (MeetingId=3569): the council a member sits for, by its register name or
    as an organisation, and "(no substitute)" are no role; "(Chair)" and "(observer)" are."""
    lines = [
        "Apologies were received from Cllr Sam Naylor (Cheshire West and Chester) and Cllr Rob Moreton (Cheshire "
        "East).",
        "Apologies for absence were received from Councillors K. Evans (Ceredigion County Council), L. George (Powys "
        "County Council) and W. Powell (Powys County Council).",
        "Apologies for absence were received from Councillors Flewitt (substitute: Cllr Walker) and Councillor Chalk "
        "(no substitute).",
    ]
    found = [(a.person.name, a.kind, a.role) for line in lines for a in read_attendance(line)]
    assert found == [
        ("Sam Naylor", "apologies", None), ("Rob Moreton", "apologies", None),
        ("K. Evans", "apologies", None), ("L. George", "apologies", None), ("W. Powell", "apologies", None),
        ("Flewitt", "apologies", None), ("Walker", "substitute", None), ("Chalk", "apologies", None)]
    assert [(a.person.name, a.role) for a in read_attendance(
        "Apologies for absence were received from Councillor Smith (Chair) and Councillor Jones (observer).")] == [
        ("Smith", "Chair"), ("Jones", "observer")]


def test_a_minute_sentence_in_which_a_body_acts_is_no_title() -> None:
    """Leicestershire mgAi.aspx?ID=78980, a copy without its heading or title: its first line is minutes."""
    page = ("The Board considered a report of the Director of Public\nHealth which provided an update on the Health "
            "Assurance Report. A copy of the\nreport marked ‘Agenda Item 9’ is filed with these minutes.\n")
    record = read_agenda_item_page(page, "https://democracy.leics.gov.uk/mgAi.aspx?ID=78980")
    assert [item.title for item in record.items] == [""]
    assert record.warnings == ["item title not read: the copy's first line is agenda text, not a title (line 1: "
                               "'The Board considered a report of the Director of Public')"]
    assert reads_as_title("Health and Wellbeing Board Annual Report 2016/17")
    assert not reads_as_title("The Cabinet received the report of the Chief Executive")


def test_the_style_an_office_is_addressed_by_is_no_part_of_the_role() -> None:
    """Tonbridge and Malling CeListDocuments MID=793, its attendance: "His Worship the Mayor (Cllr B J Luker), the
    Deputy Mayor (Cllr D A S Davis), Cllr J Atkins, …"."""
    line = ("His Worship the Mayor (Cllr B J Luker), the Deputy Mayor (Cllr D A S Davis), Cllr J Atkins, "
            "Cllr Ms J A Atkinson.")
    assert [(named.person.name, named.role) for named in people_in_prose(line)] == [
        ("B J Luker", "Mayor"), ("D A S Davis", "Deputy Mayor"), ("J Atkins", None), ("J A Atkinson", None)]
