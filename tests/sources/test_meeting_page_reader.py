"""The ModernGov meeting page reader (ieListDocuments.aspx), on the South Cambridgeshire record and variants."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from publisher.errors import RecordError
from publisher.model import Attendance, Contact, Decision, Declaration, Document, Participation, Person, Record
from publisher.sources import read_record
from publisher.sources.meeting_page import (
    _minutes_held_on,
    decisions_in,
    looks_like_meeting_page,
    read_attendance,
    read_declarations,
    read_meeting_page,
)
from publisher.sources.page_text import html_to_text
from publisher.sources.prose_people import people_in_prose
from publisher.sources.text_rules import (
    DECISION_MARKER,
    Line,
    MeetingHeading,
    committee_and_meeting_title,
    meeting_heading,
    page_lines,
    parse_contact,
    sentences,
    split_names,
)
from tests import paths
from tests.conftest import RECORDS, ROOT

SCAMBS = RECORDS / "scambs_meeting_6690_council_apologies_declarations.txt"
SCAMBS_URL = "https://scambs.moderngov.co.uk/ieListDocuments.aspx?CId=410&MId=6690&Ver=4"
LONDON = ZoneInfo("Europe/London")

APOLOGIES = ["John Batchelor", "Anna Bradnam", "Nigel Cathcart", "Neil Davies", "Jose Hales", "Tumi Hawkins",
             "Peter Johnson", "Sebastian Kindersley", "Douglas de Lacey", "Raymond Matthews", "Des O’Brien",
             "Deborah Roberts", "David Whiteman-Downes", "Tim Wotherspoon"]
BURKITT_TEXT = ("Councillor Francis Burkitt declared a non-pecuniary interest on items of discussion regarding the "
                "City Deal as the Council’s representative on the Greater Cambridgeshire City Deal Executive Board.")
ITEMS = [("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "Register of Interests"), ("4", "MINUTES"),
         ("5", "ANNOUNCEMENTS"), ("6", "QUESTIONS FROM THE PUBLIC")]
PURPOSES = [
    "To receive Apologies for Absence from Members.",
    None,
    "Members are requested to inform Democratic Services of any changes in their Register of Members’ Financial "
    "and Other Interests form.",
    "To authorise the Chairman to sign the Minutes of the meeting held on the 17 November 2016 as a correct record.",
    "To receive any announcements from the Chairman, Leader, the executive or the head of paid service.",
    "To note that no questions from the public have been received.",
]
MINUTES = [
    "Apologies were received from Councillors John Batchelor, Anna Bradnam, Nigel Cathcart, Neil Davies, Jose Hales, "
    "Tumi Hawkins, Peter Johnson, Sebastian Kindersley, Douglas de Lacey, Raymond Matthews, Des O’Brien, Deborah "
    "Roberts, David Whiteman-Downes and Tim Wotherspoon.",
    BURKITT_TEXT,
    "The Chairman reminded Members that they needed to update their register of interests whenever their "
    "circumstances changed.",
    "The minutes of the meeting held on 17 November 2016, which then reconvened on 21 November 2016, were agreed as "
    "a correct record, subject to the amending of the word “Planning” to “Housing” in the first sentence of the "
    "fourth paragraph on page 20.",
    "Councillor Peter Topping explained that a Tackling Social Isolation Task and Finish Group was being set up, "
    "with Councillor Sue Ellington as Chairman. Councillors wishing to serve on the Group were invited to contact "
    "Councillor Ellington.",
    None,  # the copy stops before item 6's minutes
]

# The same page as ModernGov serves it (markup of ieListDocuments.aspx, trimmed to the items in the copy).
SCAMBS_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><title>Agenda for Council on Thursday, 26th January, 2017, 2.00 p.m.</title>
<script>var mgPage = 1;</script></head>
<body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda, decisions and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Council - Thursday, 26 January 2017 2.00 p.m.</h2></div>
<div class="mgLinks"><p><span class="mgLabel">Venue: </span>Council Chamber - South Cambs Hall.
 <a href="mgMeetingAttendance.aspx?ID=6690">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Democratic Services &nbsp;03450 450 500 <span class="mgLabel">Email:
 </span><a href="mailto:democratic.services@scambs.gov.uk">democratic.services@scambs.gov.uk</a></p></div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items">
<tr><th>No.</th><th>Item</th></tr>
<tr><td class="mgItemNumberCell"><p>1.</p></td><td><p class="mgAiTitleTxt">APOLOGIES</p>
 <div class="mgWordPara"><p>To receive Apologies for Absence from Members.</p></div>
 <div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p><p>{MINUTES[0]}</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>2.</p></td><td><p class="mgAiTitleTxt">DECLARATIONS OF INTEREST</p>
 <div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p><p>{MINUTES[1]}</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>3.</p></td><td><p class="mgAiTitleTxt">Register of Interests</p>
 <div class="mgWordPara"><p>{PURPOSES[2]}</p></div>
 <div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p><p>{MINUTES[2]}</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>4.</p></td><td><p class="mgAiTitleTxt"><a href="documents/s96887/Minutes.pdf">
 MINUTES <img src="mgIcons/pdf.gif" alt="pdf icon"> <span class="mgFileSize">PDF 341 KB</span></a></p>
 <div class="mgWordPara"><p>{PURPOSES[3]}</p></div>
 <div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p><p>{MINUTES[3]}</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>5.</p></td><td><p class="mgAiTitleTxt">ANNOUNCEMENTS</p>
 <div class="mgWordPara"><p>{PURPOSES[4]}</p></div>
 <div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p><p>{MINUTES[4]}</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>6.</p></td><td><p class="mgAiTitleTxt">QUESTIONS FROM THE PUBLIC</p>
 <div class="mgWordPara"><p>{PURPOSES[5]}</p></div></td></tr>
</table></div></body></html>
"""


@pytest.fixture(scope="module")
def scambs() -> Record:
    return read_record(SCAMBS)


@pytest.fixture(scope="module")
def scambs_html() -> Record:
    return read_meeting_page(html_to_text(SCAMBS_HTML), SCAMBS_URL)


# --- the South Cambridgeshire record --------------------------------------------------------------------------


def test_scambs_meeting(scambs: Record) -> None:
    assert (scambs.kind, scambs.source_id, scambs.source_url, scambs.path) == ("meeting", "6690", SCAMBS_URL, SCAMBS)
    [meeting] = scambs.meetings
    assert (meeting.committee.name, meeting.committee.source_id) == ("Council", "410")
    assert meeting.source_id == "6690"
    assert meeting.date == date(2017, 1, 26)
    assert meeting.start == datetime(2017, 1, 26, 14, 0, tzinfo=LONDON)
    assert meeting.start.tzinfo is not None and meeting.start.utcoffset().total_seconds() == 0  # GMT in January
    assert meeting.venue == "Council Chamber - South Cambs Hall"
    assert meeting.contact == Contact(team="Democratic Services", phone="03450 450 500",
                                      email="democratic.services@scambs.gov.uk")


def test_scambs_items_in_order(scambs: Record) -> None:
    items = scambs.meetings[0].items
    assert [(item.number, item.title) for item in items] == ITEMS
    assert [item.position for item in items] == [1, 2, 3, 4, 5, 6]
    assert [item.purpose for item in items] == PURPOSES
    assert [item.minutes for item in items] == MINUTES
    assert items[3].documents == [Document(title="MINUTES", mime_type="application/pdf", size_text="341 KB")]
    assert all(item.documents == [] for index, item in enumerate(items) if index != 3)


def test_scambs_cut_off_page_invents_nothing(scambs: Record) -> None:
    items = scambs.meetings[0].items
    assert items[5].minutes is None
    assert all(item.decisions == [] and item.votes == [] for item in items)  # no RESOLVED, no vote stated
    assert all(item.participations == [] for item in items)


def test_scambs_fourteen_apologies(scambs: Record) -> None:
    attendances = scambs.meetings[0].attendances
    assert len(attendances) == 14
    assert [a.person.name for a in attendances] == APOLOGIES
    assert attendances[10] == Attendance(Person("Des O’Brien", honorific="Councillor"), "apologies")
    assert {(a.kind, a.person.honorific, a.role, a.substitute_for) for a in attendances} == {
        ("apologies", "Councillor", None, None)}


def test_scambs_burkitt_non_pecuniary_declaration(scambs: Record) -> None:
    assert scambs.meetings[0].declarations == [Declaration(
        person=Person("Francis Burkitt", honorific="Councillor"), kind="non-pecuniary", text=BURKITT_TEXT,
        item_number=None, left_room=None)]


def test_scambs_html_reads_to_the_same_facts(scambs: Record, scambs_html: Record) -> None:
    text, html = scambs.meetings[0], scambs_html.meetings[0]
    assert (html.committee, html.date, html.start, html.venue, html.contact) == (
        text.committee, text.date, text.start, text.venue, text.contact)
    assert [(i.number, i.title, i.position, i.purpose, i.minutes, i.documents) for i in html.items] == [
        (i.number, i.title, i.position, i.purpose, i.minutes, i.documents) for i in text.items]
    assert html.attendances == text.attendances
    assert html.declarations == text.declarations
    assert scambs_html.source_id == "6690"


# --- variants ---------------------------------------------------------------------------------------------------

VARIANTS = """Councillors and committees

Agenda and minutes

Planning Committee - Wednesday, 14th December, 2022 6.30 pm

Venue: Committee Room 2, Town Hall

Contact: Jane Smith, Democratic Services Officer, 01483 743871, jane.smith@example.gov.uk

Media

Items
No. Item

PRESENTATION

The Chair welcomed the new Head of Planning.

1.

Apologies and substitutions

Minutes:

Apologies for absence were received from Councillor Amy Fox (Councillor Ben Gray substituting) \
and Mr Tom Hill (co-opted member).

Councillor Carl Ives substituted for Councillor Dee Jay.

2.

Declarations of interest

• Share this item

Minutes:

Councillors Ann Lee and Bob Moss declared personal interests in item 4.(i) as members of the Parish Council.

Councillor Amy Fox declared a disclosable pecuniary interest in item 5 as the applicant's employer. \
She left the room during the consideration of that item.

Councillor Eve Nash declared a pecuniary interest in agenda item 5 and left the meeting.

Councillor Ben Gray declared a personal and prejudicial interest in item 6 but remained in the room.

Councillor Carl Ives declared an other registrable interest in item 7.

4.(i)

Land at Mill Lane pdf icon PDF 2 MB

To consider the report of the Head of Planning.

Additional documents:

· Appendix A - Site plan pdf icon PDF 88 KB

Decision:

Planning permission was refused.

Minutes:

It was moved by Councillor Ann Lee and seconded by Councillor Bob Moss that permission be refused.

Councillor Bob Moss declared a personal interest in this item as a neighbour.

On being put to the vote the motion was carried by 6 votes to 3.

RESOLVED – That planning permission be refused.

5.

Land at Church Street

Minutes:

RESOLVED: (By 9 votes to none) That permission be granted subject to conditions.

6.\tMembers' question time

Minutes:

Councillor Ann Lee (Chair) was present for this item.

Absent: Councillor Zoe Quinn.

In attendance: Graham Watts (Democratic Services Team Leader)
"""


@pytest.fixture(scope="module")
def variants() -> Record:
    return read_meeting_page(VARIANTS, "https://example.gov.uk/ieListDocuments.aspx?CId=9&MId=123")


def test_variant_heading_venue_and_named_contact(variants: Record) -> None:
    meeting = variants.meetings[0]
    assert (meeting.committee.name, meeting.committee.source_id, meeting.source_id) == ("Planning Committee", "9",
                                                                                         "123")
    assert meeting.start == datetime(2022, 12, 14, 18, 30, tzinfo=LONDON)
    assert meeting.venue == "Committee Room 2, Town Hall"
    assert meeting.contact == Contact(person=Person("Jane Smith"), role="Democratic Services Officer",
                                      phone="01483 743871", email="jane.smith@example.gov.uk")


def test_variant_numbers_titles_and_documents(variants: Record) -> None:
    items = variants.meetings[0].items
    assert [(i.number, i.title, i.position) for i in items] == [
        ("", "PRESENTATION", 1), ("1", "Apologies and substitutions", 2), ("2", "Declarations of interest", 3),
        ("4.(i)", "Land at Mill Lane", 4), ("5", "Land at Church Street", 5), ("6", "Members' question time", 6)]
    assert items[0].purpose == "The Chair welcomed the new Head of Planning."
    assert items[2].minutes.startswith("Councillors Ann Lee and Bob Moss declared")  # "Share this item" dropped
    assert items[3].documents == [
        Document(title="Land at Mill Lane", mime_type="application/pdf", size_text="2 MB"),
        Document(title="Appendix A - Site plan", mime_type="application/pdf", size_text="88 KB")]
    assert items[3].purpose == "To consider the report of the Head of Planning."


def test_variant_decisions_votes_and_participations(variants: Record) -> None:
    items = variants.meetings[0].items
    mill_lane, church_street = items[3], items[4]
    # The RESOLVED line of the minutes is the decision, as resolved; the "Decision:" summary of it is not
    # counted a second time.
    assert mill_lane.decisions == [Decision(text="That planning permission be refused.", date=date(2022, 12, 14))]
    assert [(v.votes_for, v.votes_against, v.abstentions, v.outcome) for v in mill_lane.votes] == [
        (6, 3, None, "carried")]
    assert mill_lane.participations == [
        Participation(kind="moved", person=Person("Ann Lee", honorific="Councillor")),
        Participation(kind="seconded", person=Person("Bob Moss", honorific="Councillor"))]
    assert church_street.decisions == [Decision(text="That permission be granted subject to conditions.",
                                                date=date(2022, 12, 14))]
    assert [(v.votes_for, v.votes_against, v.outcome) for v in church_street.votes] == [(9, 0, "carried")]


def test_variant_attendance(variants: Record) -> None:
    fox, gray = Person("Amy Fox", honorific="Councillor"), Person("Ben Gray", honorific="Councillor")
    assert variants.meetings[0].attendances == [
        Attendance(fox, "apologies"),
        Attendance(gray, "substitute", substitute_for=fox),
        Attendance(Person("Tom Hill", honorific="Mr"), "apologies", role="co-opted member"),
        Attendance(Person("Carl Ives", honorific="Councillor"), "substitute",
                   substitute_for=Person("Dee Jay", honorific="Councillor")),
        Attendance(Person("Zoe Quinn", honorific="Councillor"), "absent"),
        Attendance(Person("Graham Watts"), "in attendance", role="Democratic Services Team Leader"),
    ]


def test_variant_declarations_kinds_items_and_leaving_the_room(variants: Record) -> None:
    found = [(d.person.name, d.kind, d.item_number, d.left_room) for d in variants.meetings[0].declarations]
    assert found == [
        ("Ann Lee", "personal", "4.(i)", None),
        ("Bob Moss", "personal", "4.(i)", None),
        ("Amy Fox", "disclosable pecuniary", "5", True),
        ("Eve Nash", "disclosable pecuniary", "5", True),
        ("Ben Gray", "prejudicial", "6", False),
        ("Carl Ives", "other", "7", None),
        ("Bob Moss", "personal", "4.(i)", None),  # "this item", in item 4.(i)'s minutes
    ]
    fox = variants.meetings[0].declarations[2]
    assert fox.text == ("Councillor Amy Fox declared a disclosable pecuniary interest in item 5 as the applicant's "
                        "employer. She left the room during the consideration of that item.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Present: Councillor Ann Lee (Chair), Councillor Bob Moss (Vice-Chair), Councillors Cole and D Evans",
     [("Ann Lee", "present", "Chair"), ("Bob Moss", "present", "Vice-Chair"), ("Cole", "present", None),
      ("D Evans", "present", None)]),
    ("Also present: Councillor Sue Ellington", [("Sue Ellington", "in attendance", None)]),
    ("An apology for absence was received from Councillor Ray Long.", [("Ray Long", "apologies", None)]),
    ("Apologies: Councillors A Khan and B Lowe", [("A Khan", "apologies", None), ("B Lowe", "apologies", None)]),
    ("Apologies were received from Councillors Ann Lee and Bob Moss, who were attending a conference.",
     [("Ann Lee", "apologies", None), ("Bob Moss", "apologies", None)]),
    ("There were no apologies for absence.", []),
    ("Apologies: None.", []),
    ("Absent: Nil", []),
    ("Councillor Peter Topping explained that a group was being set up.", []),
])
def test_attendance_sentences(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(a.person.name, a.kind, a.role) for a in read_attendance(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("There were no declarations of interest.", []),
    ("The Chairman declared a personal interest.", []),  # a post, not a named person: nothing invented
    ("During item 5, Councillor Ann Lee declared a DPI and left the chamber.",
     [("Ann Lee", "disclosable pecuniary", "5", True)]),
    ("Councillor Ann Lee declared a non pecuniary interest in item 3.", [("Ann Lee", "non-pecuniary", "3", None)]),
    ("Councillor Ann Lee declared an interest as a member of the Board.", [("Ann Lee", "other", None, None)]),
])
def test_declaration_sentences(text: str, expected: list[tuple[str, str, str | None, bool | None]]) -> None:
    assert [(d.person.name, d.kind, d.item_number, d.left_room) for d in read_declarations(text)] == expected


# --- the shared text rules this page relies on -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Council - Thursday, 26 January 2017 2.00 p.m.",
     MeetingHeading("Council", date(2017, 1, 26), datetime(2017, 1, 26, 14, 0, tzinfo=LONDON))),
    ("Council, Wednesday 20th April 2022 6.00 p.m.",
     MeetingHeading("Council", date(2022, 4, 20), datetime(2022, 4, 20, 18, 0, tzinfo=LONDON))),
    ("Area Committee - Bramhall - Monday, 4 December 2017 6.00 pm",
     MeetingHeading("Area Committee - Bramhall", date(2017, 12, 4), datetime(2017, 12, 4, 18, 0, tzinfo=LONDON))),
    ("Cabinet - 04/12/2017", MeetingHeading("Cabinet", date(2017, 12, 4), None)),
    ("Minutes - 19th May, 2011 and 23rd June 2011", None),  # an item title, not a meeting
    ("Venue: Council Chamber - South Cambs Hall", None),
])
def test_meeting_heading(text: str, expected: MeetingHeading | None) -> None:
    assert meeting_heading(text) == expected


def test_summer_start_is_british_summer_time() -> None:
    found = meeting_heading("Council - Thursday, 14 July 2022 7.00 pm")
    assert found is not None and found.start is not None and found.start.utcoffset().total_seconds() == 3600


def test_split_names_keeps_initials_particles_and_per_name_honorifics() -> None:
    listed = split_names("Councillors A S Dhaliwal, Douglas de Lacey, Des O’Brien and Mr Tom Hill (co-opted member)")
    assert [(n.person.honorific, n.person.name, n.notes) for n in listed] == [
        ("Councillor", "A S Dhaliwal", ()), ("Councillor", "Douglas de Lacey", ()),
        ("Councillor", "Des O’Brien", ()), ("Mr", "Tom Hill", ("co-opted member",))]
    assert [n.person for n in split_names("Councillor Long")] == [Person("Long", honorific="Councillor")]


def test_sentences_do_not_break_at_initials() -> None:
    assert sentences("Present: Councillors A. J. B. Beaumont and K.J. May. Apologies: none.") == [
        "Present: Councillors A. J. B. Beaumont and K.J. May.", "Apologies: none."]


@pytest.mark.parametrize(("rest", "expected"), [
    ("Democratic Services  03450 450 500 Email: democratic.services@scambs.gov.uk",
     Contact(team="Democratic Services", phone="03450 450 500", email="democratic.services@scambs.gov.uk")),
    ("Patrick Adams  03450 450 500", Contact(person=Person("Patrick Adams"), phone="03450 450 500")),
    # Surrey (ieListDocuments.aspx?MId=5478): the office's room and address after the role are no part of it
    ("Carys Walker, Partnership Committee Officer  Room 357, Council Offices, Knowle Green, Staines-upon-Thames "
     "TW18 1XB", Contact(person=Person("Carys Walker"), role="Partnership Committee Officer")),
    # Southend-on-Sea (ieListDocuments.aspx?CId=131&MId=4656): a dash parts the officer's name from the post
    ("Robert Harris - Committee Officer", Contact(person=Person("Robert Harris"), role="Committee Officer")),
    ("Democratic Services - Committee Team", Contact(team="Democratic Services - Committee Team")),
    # West Suffolk (ieListDocuments.aspx?CId=521&MId=4668): a colon parts them too
    ("Sharon Turner: Democratic Services Officer  Email: sharon.turner@westsuffolk.gov.uk",
     Contact(person=Person("Sharon Turner"), role="Democratic Services Officer",
             email="sharon.turner@westsuffolk.gov.uk")),
    # Teignbridge (ieListDocuments.aspx?CId=134&MId=2701): one word with no title or initials is a mailbox, no one
    ("Comsec  Email: comsec@teignbridge.gov.uk", Contact(team="Comsec", email="comsec@teignbridge.gov.uk")),
    # Rotherham (ieListDocuments.aspx?CId=491&MId=16418, a Markdown copy): the team, then a note run into it
    ("Governance Unit The webcast can be viewed at http://www.rotherham.public-i.tv", Contact(team="Governance Unit")),


    # Stockton-on-Tees (stockton-on-tees_meeting_1319.md): the post first, the officer's name after its comma
    ("Democratic Services Officer, Peter Bell",
     Contact(person=Person("Peter Bell"), role="Democratic Services Officer")),
])
def test_contact_line_team_or_person(rest: str, expected: Contact) -> None:
    assert parse_contact(rest) == expected


# --- detection and errors ---------------------------------------------------------------------------------------


def test_detection_claims_meeting_pages_only() -> None:
    assert looks_like_meeting_page(SCAMBS.read_text(encoding="utf-8"))
    assert looks_like_meeting_page(VARIANTS)
    others = [path for path in RECORDS.glob("*.*") if path != SCAMBS and not path.name.endswith(
        (".source.txt", ".md"))]
    assert others and not any(looks_like_meeting_page(path.read_text(encoding="utf-8")) for path in others)
    fixtures = paths.TESTS / "fixtures"
    assert not looks_like_meeting_page((fixtures / "recorded_votes_short_reconstruction.txt").read_text())


def test_wrong_weekday_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    page = tmp_path / "meeting.txt"
    page.write_text("Agenda and minutes\n\nCouncil - Friday, 26 January 2017 2.00 p.m.\n\nItems\nNo. Item\n")
    with pytest.raises(RecordError) as error:
        read_record(page)
    assert error.value.path == str(page) and error.value.line == 3
    assert "Friday" in str(error.value) and "Thursday" in str(error.value)


def test_missing_meeting_heading_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "meeting.txt"
    page.write_text("Agenda, decisions and minutes\n\nVenue: MS Teams, Remote Meeting\n\nItems\nNo. Item\n\n"
                    "77/21\n\nApologies for Absence\n")
    with pytest.raises(RecordError, match="meeting heading") as error:
        read_record(page)
    assert error.value.path == str(page)


def test_contact_naming_two_officers_keeps_the_first_without_anyone_elses_details() -> None:
    page = ("Agenda, decisions and minutes\n\nCabinet - Tuesday, 20 April 2021 2.00 pm\n\n"
            "Contact: Vicky Hibbert or Huma Younis  Email: huma.younis@surreycc.gov.uk\n\nItems\nNo. Item\n\n"
            "77/21\n\nApologies for Absence\n\nDecision:\n\nThere were none.\n")
    meeting = read_meeting_page(page).meetings[0]
    assert meeting.contact == Contact(person=Person("Vicky Hibbert"))
    assert [(item.number, item.title) for item in meeting.items] == [("77/21", "Apologies for Absence")]
    assert meeting.items[0].decisions == []  # "There were none." under "Decision:" reports; it decides nothing


def test_a_resolution_the_copy_cuts_short_is_the_decision_summary_that_prints_it_whole() -> None:
    """"Decision:" / "2.1 Cabinet noted the report. 2.2 Cabinet agreed the plan." over minutes whose "RESOLVED:" /
    "2.1 Cabinet noted the" stops with the copy: the decision is the summary's whole text; a resolution the copy
    holds whole stays as the minutes print it."""
    page = ("Agenda, decisions and minutes\n\nCabinet - Tuesday, 20 April 2021 2.00 pm\n\nItems\nNo. Item\n\n"
            "7.\n\nBudget Monitoring\n\nDecision:\n\n2.1    Cabinet noted the report.\n\n"
            "2.2    Cabinet agreed the plan.\n\nMinutes:\n\nRESOLVED:\n\n2.1    Cabinet noted the ")
    [item] = read_meeting_page(page).meetings[0].items
    assert [" ".join(d.text.split()) for d in item.decisions] == [
        "2.1 Cabinet noted the report. 2.2 Cabinet agreed the plan."]
    whole = page.replace("2.1    Cabinet noted the ", "2.1    Cabinet noted the report as amended.")
    [item] = read_meeting_page(whole).meetings[0].items
    assert [" ".join(d.text.split()) for d in item.decisions] == ["2.1 Cabinet noted the report as amended."]


def test_unknown_page_is_refused_naming_the_file(tmp_path: Path) -> None:
    page = tmp_path / "mystery.txt"
    page.write_text("Calendar\n\nDecember 2017\n\nNo meetings this month.\n")
    with pytest.raises(RecordError, match="not a record type") as error:
        read_record(page)
    assert error.value.path == str(page)


def test_a_cancelled_meeting_page_headed_meeting_names_its_meeting_status_and_proposed_venue() -> None:
    """Kingston upon Thames, https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10161&Ver=4: headed
    "Meeting", then "Kingston and North Kingston Neighbourhood Committee - Thursday 4 December 2025 7:30 pm,
    CANCELLED" and "Proposed venue: Guildhall, Kingston upon Thames. View directions"."""
    page = paths.TESTS / "corpus" / "records" / "kingston-upon-thames_meeting_10161.html"
    record = read_record(page)
    meeting = record.meetings[0]
    assert (meeting.committee.name, meeting.date, meeting.start, meeting.status, meeting.venue) == (
        "Kingston and North Kingston Neighbourhood Committee", date(2025, 12, 4),
        datetime(2025, 12, 4, 19, 30, tzinfo=LONDON), "Cancelled", "Guildhall, Kingston upon Thames")
    assert record.warnings == []


def test_a_web_address_after_the_venue_is_no_part_of_the_place() -> None:
    """Epsom and Ewell 1790 (ieListDocuments.aspx?CId=146&MId=1790): "Venue: Council Chamber - Epsom Town Hall,
    https://www.youtube.com/@epsomandewellBC/playlists. View directions" — the address is where it is broadcast."""
    page = ("Agenda and draft minutes\n\nCouncil - Tuesday, 9th December, 2025 7.30 pm\n\n"
            "Venue: Council Chamber - Epsom Town Hall, https://www.youtube.com/@epsomandewellBC/playlists. View "
            "directions\n\nItems\nNo. Item\n\n20.\n\nDeclarations of Interest\n\nMinutes:\n\nNo declarations of "
            "interest were made by Councillors regarding items on the agenda.\n")
    assert read_meeting_page(page).meetings[0].venue == "Council Chamber - Epsom Town Hall"


def test_a_note_a_dash_runs_on_to_a_web_address_is_no_part_of_the_place() -> None:
    """records/rutland_meeting_2758.txt: "Venue: Council Chamber, Catmose, Oakham, Rutland, LE15 6HP - You can watch
    the meetin here: https://us06web.zoom.us/j/88016363279" — the note and its address are where it is broadcast;
    records/tower-hamlets_meeting_11332.md: "Venue: Online 'Virtual' Meeting - https://towerhamlets.public-i.tv/core/
    portal/home" — an online meeting's address alone after its name is where it is held."""
    def venue(line: str) -> str | None:
        page = (f"Agenda and minutes\n\nCouncil - Monday, 10th July, 2023 7.00 pm\n\n{line}\n\nItems\nNo. Item\n\n"
                "1.\n\nApologies for Absence\n\nMinutes:\n\nThere were none.\n")
        return read_meeting_page(page).meetings[0].venue
    assert venue("Venue: Council Chamber, Catmose, Oakham, Rutland, LE15 6HP - You can watch the meetin here: "
                 "https://us06web.zoom.us/j/88016363279") == "Council Chamber, Catmose, Oakham, Rutland, LE15 6HP"
    assert venue("Venue: Online 'Virtual' Meeting - https://towerhamlets.public-i.tv/core/portal/home. View "
                 "directions") == "Online 'Virtual' Meeting - https://towerhamlets.public-i.tv/core/portal/home"


def test_a_copy_from_below_the_heading_reads_its_unnumbered_items_after_the_venue() -> None:
    """North Devon 1003 (ieListDocuments.aspx?CId=137&MID=1003): the copy starts at "Venue: Barum Room -
    Brynsworthy." and its items carry no numbers; the venue is the meeting's, the titles below it are items."""
    page = ("Venue: Barum Room - Brynsworthy.\n\nApologies for absence\n\n\n"
            "Apologies for absence were received from Councillors Bulled, Campbell, Hunt and Roome.\n\n\n"
            "Chairman's announcements\n\n\n(b)       Order of agenda\n\n\n"
            "RESOLVED that item 6 (a) be considered with item 15 on the agenda.\n")
    record = read_meeting_page(page, source_url="https://democracy.northdevon.gov.uk/ieListDocuments.aspx?CId=137&MID=1003")
    [meeting] = record.meetings
    assert meeting.venue == "Barum Room - Brynsworthy"
    assert [item.title for item in meeting.items] == ["Apologies for absence", "Chairman's announcements"]
    assert [d.text for d in meeting.items[1].decisions] == [
        "that item 6 (a) be considered with item 15 on the agenda."]


def test_a_declarations_table_under_an_item_led_by_its_item_column_and_a_bulleted_resolution() -> None:
    """records/st-helens_meeting_5886.txt: item 12's minutes print a table one cell a line, "Item" / "Title" /
    "Member(s)" / "Interest", its item cells ("4c", "6") numbers below 12: cells, not items; item 11 resolves
    after a bullet ("*           Resolved that …")."""
    page = ("Agenda and minutes\n\nCabinet\n\nWednesday, 17th July, 2019 4.00 pm\n\nItems\nNo. Item\n\n11.\n\n"
            "Minutes of the meeting held on 12 June 2019 pdf icon PDF 83 KB\n\nMinutes:\n\n*           Resolved that "
            "the minutes of the meeting of the Cabinet held on 12 June 2019 be approved and signed.\n\n12.\n\n"
            "Declarations of Interest from Members\n\nAdditional documents:\n\nMinutes:\n\nItem\n\nTitle\n\n"
            "Member(s)\n\nInterest\n\n4c\n\nScrutiny Review of Collection of Council Tax Arrears\n\n"
            "Councillor Bond\n\nDeclared a Personal, Non-Pecuniary Interest in the item\n\n6\n\n"
            "Rugby League World Cup 2021 – Host St Helens\n\nCouncillor Burns\n\n"
            "Declared a Personal, Non-Pecuniary Interest in the item\n\n13.\n\n"
            "Issues Arising from Overview and Scrutiny\n\nAdditional documents:\n")
    record = read_meeting_page(page, source_url="https://moderngov.sthelens.gov.uk/ieListDocuments.aspx?CId=141&MId=5886")
    [meeting] = record.meetings
    assert [item.number for item in meeting.items] == ["11", "12", "13"]
    assert [d.text for d in meeting.items[0].decisions] == [
        "that the minutes of the meeting of the Cabinet held on 12 June 2019 be approved and signed."]
    assert [(d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Bond", "non-pecuniary", "4c"), ("Burns", "non-pecuniary", "6")]


def test_a_media_link_above_the_first_item_and_a_resolution_under_a_capital_resolved_ending_its_line() -> None:
    """records/brentwood_meeting_2423.txt: "Live broadcast" between "No. Item" and "274." is the meeting's media
    link, no item; "Cllr Aspinell MOVED and Cllr Russell SECONDED the recommendations in the report. A vote was taken
    and it was RESOLVED UNANIMOUSLY" over "R1. That …" and "R2. That …": one resolution of two clauses, carried
    unanimously, moved and seconded."""
    page = ("Agenda and draft minutes\n\nItems\nNo. Item\n\nLive broadcast\n\n274.\n\nApologies for Absence\n\n"
            "Minutes:\n\nApologies were received from Cllrs Heard, Lewis and Wiles.\n\n276.\n\n"
            "Request for dispensation for attendance pdf icon PDF 89 KB\n\nMinutes:\n\n"
            "Cllr Aspinell MOVED and Cllr Russell SECONDED the recommendations in the report. A vote was taken and it "
            "was RESOLVED UNANIMOUSLY\n\n \n\nR1. That a dispensation is granted to Cllr Andy Wiles for the period "
            "26th June 2023 to 2nd May 2024 for non-attendance of Council meetings due to ill health.\n\n \n\n"
            "R2. That a dispensation is granted to Cllr Mark Lewis for the period 29th September 2023 to 2nd May 2024 "
            "for non-attendance of Council meetings due to ill health.\n\n \n\nREASONS FOR RECOMMENDATIONS\n\n"
            "Section 85 Local Government Act 1972 provides the rule.\n")
    record = read_meeting_page(page, source_url="https://brentwood.moderngov.co.uk/ieListDocuments.aspx?CId=128&MeetingId=2423")
    [meeting] = record.meetings
    assert [(item.number, item.title) for item in meeting.items] == [
        ("274", "Apologies for Absence"), ("276", "Request for dispensation for attendance")]
    [decision] = meeting.items[1].decisions
    assert decision.text.startswith("R1. That a dispensation is granted to Cllr Andy Wiles")
    assert "R2. That a dispensation is granted to Cllr Mark Lewis" in decision.text
    assert [vote.outcome for vote in meeting.items[1].votes] == ["carried"]
    assert [(p.person.name, p.kind) for p in meeting.items[1].participations] == [
        ("Aspinell", "moved"), ("Russell", "seconded")]


def test_an_item_number_printed_again_over_its_minutes_opens_them() -> None:
    """records/west-devon_meeting_1849.txt: "CM 1/24" / "Apologies for Absence" / "CM 1/24" / the minutes: the
    number printed again is the row of the item's minutes, not a second item."""
    page = ("Agenda and draft minutes\nWest Devon Council - Tuesday, 21st May, 2024 11.00 am\nNo. Item\nCM 1/24\n"
            "Apologies for Absence\nCM 1/24       \nApologies for absence were received from Cllrs A Blackman, "
            "R Cheadle and H Greenberry-Pullen\nCM 2/24\nTo elect The Mayor of the Borough for the ensuing year\n"
            "CM 2/24      \nCllr M Ewings moved the appointment of Cllr D Sellis as Mayor for the ensuing year and "
            "Cllr Jory subsequently seconded the motion.\n")
    record = read_meeting_page(page, source_url="https://democracy.westdevon.gov.uk/ieListDocuments.aspx?CId=138&MId=1849")
    [meeting] = record.meetings
    assert [(item.number, item.title) for item in meeting.items] == [
        ("CM 1/24", "Apologies for Absence"), ("CM 2/24", "To elect The Mayor of the Borough for the ensuing year")]
    assert meeting.items[0].minutes == ("Apologies for absence were received from Cllrs A Blackman, R Cheadle and "
                                        "H Greenberry-Pullen")


def test_a_nomination_declared_carried_with_its_resolution_quoted() -> None:
    """records/west-devon_meeting_1849.txt: "… it was declared to be CARRIED and “RESOLVED that Cllr P Vachon be
    appointed as Deputy Mayor for the ensuing year”.": the quoted words are the decision, the vote carried; "Cllr M
    Ewings subsequently seconded the motion" after "and" is its seconder."""
    page = ("Agenda and draft minutes\nWest Devon Council - Tuesday, 21st May, 2024 11.00 am\nNo. Item\nCM 3/24\n"
            "To elect The Deputy Mayor of the Borough for the ensuing year\nCM 3/24       \n"
            "The Mayor called for nominations for the position of Deputy Mayor.\n"
            "Cllr N Jory moved the appointment of Cllr P Vachon and Cllr M Ewings subsequently seconded the motion.\n"
            "There being no other nominations, it was declared to be CARRIED and “RESOLVED that Cllr P Vachon be "
            "appointed as Deputy Mayor for the ensuing year”.\n")
    record = read_meeting_page(page, source_url="https://democracy.westdevon.gov.uk/ieListDocuments.aspx?CId=138&MId=1849")
    [item] = record.meetings[0].items
    assert [d.text for d in item.decisions] == ["that Cllr P Vachon be appointed as Deputy Mayor for the ensuing year"]
    assert [vote.outcome for vote in item.votes] == ["carried"]
    assert [(p.person.name, p.kind) for p in item.participations] == [("N Jory", "moved"), ("M Ewings", "seconded")]


def test_a_copy_that_starts_at_the_page_title_and_a_contact_that_is_a_post() -> None:
    """records/rushmoor_meeting_1396.txt: the copy's first line is the page's title, the meeting heading then
    "- Agenda and minutes"; its contact line opens with a post ("Corporate Manager - Democracy"): nobody named."""
    page = ("Council - Thursday, 7th December, 2023 7.00 pm - Agenda and minutes\n\n"
            "Venue: Council Chamber, Council Offices, Farnborough\n\n"
            "Contact: Corporate Manager - Democracy  Email: jill.shuttleworth@rushmoor.gov.uk\n\n"
            "Items\nNo. Item\n\n27.\n\nMINUTES pdf icon PDF 89 KB\n")
    record = read_meeting_page(page, source_url="https://democracy.rushmoor.gov.uk/ieListDocuments.aspx?CId=134&MId=1396")
    [meeting] = record.meetings
    assert (meeting.committee.name, meeting.date, meeting.start.strftime("%H:%M")) == (
        "Council", date(2023, 12, 7), "19:00")
    assert meeting.venue == "Council Chamber, Council Offices, Farnborough"
    assert (meeting.contact.person, meeting.contact.role) == (None, "Corporate Manager - Democracy")


@pytest.mark.parametrize("number", ["A1", "B3", "CNL20/19", "C 10/034", "4:", "(a)", "77/21", "C.29",
                                    "CB/12/23-24"])  # the last with the municipal year after it
def test_item_number_forms(number: str) -> None:
    page = ("Agenda and minutes\n\nCouncil - Tuesday, 20 April 2021 2.00 pm\n\nItems\nNo. Item\n\n"
            f"{number}\n\nApologies for Absence\n\nMinutes:\n\nThere were none.\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [(number.rstrip(":"), "Apologies for Absence")]


def test_the_bodys_letters_before_a_minute_number_number_the_item() -> None:
    # Gateshead, gateshead_meeting_1959: the Council's minutes numbered "CL11", "CL12" on lines of their own.
    page = ("Agenda and minutes\n\nVenue: Council Chamber - Civic Centre\n\nContact: Rosalyn Patterson \n\n"
            "Items\nNo. Item\n\nCL12\n\nTo confirm the Minutes of the meetings held 22 March 2018 and 18 May 2018 "
            "pdf icon PDF 66 KB\n\nAdditional documents:\n\nMinutes:\n\nCOUNCIL RESOLVED – That the minutes of "
            "the last ordinary meeting of the Council held on 22 March 2018 and the Annual Council meeting held "
            "on 18 May 2018 be approved as correct records.\n\nCL13\n\nOfficial Announcements\n\nMinutes:\n\n"
            "The Mayor announced that Gateshead had won first prize in the Association of Directors of Public "
            "Health – Annual Report Competition 2018.\n")
    items = read_meeting_page(
        page, "http://democracy.gateshead.gov.uk/ieListDocuments.aspx?CId=140&MId=1959").meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("CL12", "To confirm the Minutes of the meetings held 22 March 2018 and 18 May 2018"),
        ("CL13", "Official Announcements")]


def test_older_layout_with_particulars_on_their_label_lines_and_no_item_head() -> None:
    # The older (CeListDocuments) layout as croydon_meeting_519 prints it, but with "Time: 11:00 am" on one line
    # and no "Item Description" head above its items.
    page = ("Meeting documents\n\nCouncil\nWednesday, 13th May, 2009\n\nDate: Wednesday 13th May 2009\n"
            "Time: 11:00 am\nPlace: Guildhall, Civic Centre\n\n1. APOLOGIES FOR ABSENCE\n\n"
            "4A. Petition - Save the Mural - To hold a debate in accordance with Standing Order 8(6)(e).\n")
    meeting = read_meeting_page(page, "https://example.gov.uk/CeListDocuments.aspx?CommitteeId=1&MeetingId=2").meetings[0]
    assert (meeting.committee.name, meeting.start, meeting.venue) == (
        "Council", datetime(2009, 5, 13, 11, 0, tzinfo=LONDON), "Guildhall, Civic Centre")
    assert [(item.number, item.title, item.purpose) for item in meeting.items] == [
        ("1", "APOLOGIES FOR ABSENCE", None),
        ("4A", "Petition - Save the Mural", "To hold a debate in accordance with Standing Order 8(6)(e).")]


def test_a_sub_number_over_a_sentence_numbers_a_minutes_paragraph_not_an_item() -> None:
    """East Sussex numbers its minutes' paragraphs by the minute's number (records/east-sussex_meeting_5876.txt:
    "19." … "Minutes:" / "19.1     Apologies for absence were received …", and under item 20 the headings
    "PETITIONS", "PRAYERS" with "20.4", "20.5"). Here those words with each number on a line of its own, as
    other copies print it (lines written in that pattern): below the item's "Minutes:" a sub-number of its own
    number that prints no label of its own is a paragraph or heading of its minutes, not an item."""
    page = ("Agenda and minutes\n\nCouncil - Tuesday, 9 July 2024 10.00 am\n\nItems\nNo. Item\n\n19.\n\n"
            "Apologies for absence\n\nMinutes:\n\n19.1\n\nApologies for absence were received on behalf of "
            "Councillors Sam Adeniji and Godfrey Daniel.\n\n20.\n\nChairman's business\n\nMinutes:\n\n20.1\n\n"
            "PETITIONS\n\n20.1.1\n\nFull traffic safety survey through the villages of Arlington and Caneheath\n\n"
            "20.2\n\nPRAYERS\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("19", "Apologies for absence"), ("20", "Chairman's business")]
    assert items[0].minutes == "Apologies for absence were received on behalf of Councillors Sam Adeniji and Godfrey " \
        "Daniel."
    assert items[1].minutes == ("PETITIONS\n\nFull traffic safety survey through the villages of Arlington and "
                                "Caneheath\n\nPRAYERS")


def test_a_sub_item_with_its_own_parts_below_its_items_minutes_stays_an_item() -> None:
    """City of London prints an item's sub-items below its empty "Minutes:" label, each with its file and its own
    "Minutes:" ("3." / "Minutes" / … / "Minutes:" / "3a" / "To agree the public minutes of the meeting held on 6
    June 2019. pdf icon PDF 96 KB" / "Minutes:"; democracy.cityoflondon.gov.uk, MId=19685); here numbered "3.1" in
    that pattern (the page numbers them "3a"): a sub-item, not a paragraph of item 3's minutes."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n3.\n\nMinutes\n\nTo consider minutes as follows:-\n\n"
            "Minutes:\n\n3.1\n\nTo agree the public minutes of the meeting held on 6 June 2019. pdf icon PDF 96 KB\n\n"
            "Minutes:\n\nThe minutes of the meeting of the Policy and Resources Committee held on 6 June 2019 were "
            "approved.\n")
    items = read_meeting_page(page, "https://democracy.cityoflondon.gov.uk/ieListDocuments.aspx?CId=395&MId=19685"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("3", "Minutes"), ("3.1", "To agree the public minutes of the meeting held on 6 June 2019.")]


def test_sub_items_whose_titles_print_a_file_are_items_however_long_the_line() -> None:
    """records/carmarthenshire_meeting_1228.txt: item 5 "MINUTES" holds a sub-item per minutes to approve, each
    with its file, its own labels and a list's ";" before the icon ("5.1" / "5TH FEBRUARY, 2018; pdf icon PDF 244
    KB"). Eight words with the icon's, the line read as a paragraph of item 5's minutes: 5.1 and 5.2 were lost."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n5.\n\nMINUTES\n\nAdditional documents:\n\n5.1\n\n"
            "5TH FEBRUARY, 2018; pdf icon PDF 244 KB\n\nAdditional documents:\n\nMinutes:\n\nUNANIMOUSLY RESOLVED "
            "that the minutes of the meeting of the Executive Board held on the 5th February, 2018 be signed as a "
            "correct record.\n\n5.2\n\n30TH APRIL, 2018; pdf icon PDF 169 KB\n\nAdditional documents:\n\n"
            "Minutes:\n\nUNANIMOUSLY RESOLVED that the minutes of the meeting of the Executive Board held on the 30th "
            "April, 2018 be signed as a correct record.\n")
    items = read_meeting_page(page, "http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=131&MId=1228"
                              ).meetings[0].items
    assert [(item.number, item.title, [(d.title, d.size_text) for d in item.documents]) for item in items] == [
        ("5", "MINUTES", []), ("5.1", "5TH FEBRUARY, 2018", [("5TH FEBRUARY, 2018", "244 KB")]),
        ("5.2", "30TH APRIL, 2018", [("30TH APRIL, 2018", "169 KB")])]
    assert [decision.text for decision in items[1].decisions] == [
        "that the minutes of the meeting of the Executive Board held on the 5th February, 2018 be signed as a "
        "correct record."]


def test_an_apologies_items_minutes_that_only_list_members_send_their_apologies() -> None:
    """records/gwynedd_meeting_285.txt: item 1 "APOLOGIES" prints only the names under "Minutes:", one of them
    with the Welsh particle "ab" ("Craig ab Iago", not "Craig")."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nAPOLOGIES\n\nTo receive any apologies for absence\n\n"
            "Minutes:\n\nCouncillors Craig ab Iago, Endaf Cooke and John Wyn Williams.\n\n2.\n\nMINUTES\n\n"
            "Minutes:\n\nThe Chairman signed the minutes.\n")
    meeting = read_meeting_page(page, "https://democracy.gwynedd.llyw.cymru/ieListDocuments.aspx?CId=130&MId=285"
                                ).meetings[0]
    assert [(a.person.honorific, a.person.name, a.kind) for a in meeting.attendances] == [
        ("Councillor", "Craig ab Iago", "apologies"), ("Councillor", "Endaf Cooke", "apologies"),
        ("Councillor", "John Wyn Williams", "apologies")]


def test_a_copy_cut_inside_the_last_titles_icon_text_keeps_the_title_only() -> None:
    # islington_meeting_4582's last line, where the copy stops two letters into "pdf icon PDF … KB".
    page = ("Agenda and decisions\n\nExecutive - Thursday, 14 September 2023 7.00 pm\n\nItems\nNo. Item\n\nB6\n\n"
            "Adoption of Local Plan - Please note that the appendices to this report are lengthy. pd")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("B6", "Adoption of Local Plan - Please note that the appendices to this report are lengthy.")]


def test_a_resolution_printed_again_where_the_copy_stops_is_no_second_decision() -> None:
    """Mid Suffolk (ieListDocuments.aspx?CId=154&MId=3498): the Recorded Vote table prints item 1's resolution
    again, the copy cut in it ("… as Chair of the Counci"): one decision; two whole resolutions stay two."""
    minutes = ("It was RESOLVED: -\n\nThat Councillor Rowland Warboys be elected as Chair of the Council for the "
               "municipal year 2023/24.\n\nRecorded Vote\n\nIt was RESOLVED: -\n\nThat Councillor Rowland Warboys be "
               "elected as Chair of the Counci")
    assert [d.text for d in decisions_in(page_lines(minutes), None, whole_if_unmarked=False)] == [
        "That Councillor Rowland Warboys be elected as Chair of the Council for the municipal year 2023/24."]
    twice = "RESOLVED: That the report be noted.\n\nRESOLVED: That the report be noted and published."
    assert len(decisions_in(page_lines(twice), None, whole_if_unmarked=False)) == 2


def test_the_resolution_an_agenda_proposes_to_pass_is_no_decision() -> None:
    """West Yorkshire CA (ieListDocuments.aspx?CId=133&MId=1364): item 44's agenda text, with no "Minutes:", sets out
    "3. If the recommendation is accepted, to formally pass the following resolution:-" over "RESOLVED – That …":
    wording proposed, not passed. Minutes without their label that state a resolution still give it."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n44.\n\nExempt Information - Possible Exclusion of the Press "
            "and Public\n\n3.       If the recommendation is accepted, to formally pass the following resolution:-\n\n"
            "RESOLVED – That in accordance with paragraph 3 of Part 1 of Schedule 12A to the Local Government Act "
            "1972, "
            "the public be excluded from the meeting.\n\n45.\n\nMinutes\n\nRESOLVED – That the minutes be approved.\n")
    items = read_meeting_page(page, "https://westyorkshire.moderngov.co.uk/ieListDocuments.aspx?CId=133&MId=1364"
                              ).meetings[0].items
    assert [(item.number, [d.text for d in item.decisions]) for item in items] == [
        ("44", []), ("45", ["That the minutes be approved."])]


def test_a_vote_line_between_a_resolutions_clauses_is_no_part_of_its_text() -> None:
    """Kingston upon Thames minutes (kingston-upon-thames_meeting_10221, item 63): the vote on the first clause is
    printed between the two clauses of one resolution."""
    minutes = ("RESOLVED that:\n1. the redistribution of any remaining Councillor Ward Funding (CWF) as of January "
               "30th 2026 to the Neighbourhood Community Grants Programme be approved; and\nVoting: unanimous\n"
               "2. the application for £1,800 of Neighbourhood Community Grant funding by Barnfield Riding for the "
               "Disabled be approved.\nVoting: unanimous\nThe Chair thanked the officers.")
    decisions = decisions_in(page_lines(minutes), None, whole_if_unmarked=False)
    assert [d.text for d in decisions] == [
        "that:\n\n1. the redistribution of any remaining Councillor Ward Funding (CWF) as of January 30th 2026 to "
        "the Neighbourhood Community Grants Programme be approved; and\n\n2. the application for £1,800 of "
        "Neighbourhood Community Grant funding by Barnfield Riding for the Disabled be approved."]


ABERDEEN = paths.TESTS / "corpus" / "records" / "aberdeen-city_meeting_9733.txt"


def test_a_page_without_its_heading_has_the_committee_its_minutes_name_acting() -> None:
    """aberdeen-city_meeting_9733 (copied without its heading): "The Council had before the wording …", "The
    Council resolved:- to reject the procedural motion …": the Council's meeting."""
    [meeting] = read_record(ABERDEEN).meetings
    assert meeting.committee is not None and meeting.committee.name == "Council"


@pytest.mark.parametrize(("line", "body"), [
    ("Cabinet RESOLVED that the report be noted.", "Cabinet"),
    ("The Council resolved:- to reject the procedural motion", "Council"),
    ("The Cabinet had before it a *report of the Corporate Manager", "Cabinet"),
    ("Before the Council was the schedule of Business, Additional Papers pack", "Council"),
    ("The Planning Committee considered the report of the Head of Planning", "Planning Committee"),
    ("The Committee considered the report of the Head of Planning", None),  # a kind of body, not a name
    ("The Cabinet will meet virtually until such time as", None),
    ("It was RESOLVED that the minutes be approved.", None),
    ("Councillor Smith resolved to raise the matter", None),
    ("RESOLVED: That Cabinet:", "Cabinet"),  # north-hertfordshire_decision_6606
    # barnet_meeting_11292, aberdeen-city_meeting_9733, tower-hamlets_meeting_11332: the meeting by its body
    ("The Worshipful the Mayor thanked all Members for attending the Extraordinary Council meeting to enable them",
     "Council"),
    ("the wording of the written request for this special Council meeting which had been signed by 12 members",
     "Council"),
    ("The unrestricted minutes of the Cabinet meeting held on Wednesday 3 March 2021 are presented", None),
    ("Councillor Smith reported on attending the Health Scrutiny Panel meeting", None),  # another meeting
    ("That Cabinet Minute (281) (1-21) (Revenue Budget and Medium-Term Financial Strategy 2023/24 - 2026/27 and "
     "Capital Programme 2023/24 - 2027/28) be amended by the addition of the following", None),  # devon uid176
    # gosport_meeting_430 (a copy with no heading): the body advised at its meeting
    ("Minutes: The Council was advised that there was one deputation, but that it would be heard alongside the "
     "appropriate motion at agenda item 7.", "Council"),
    ("The Committee was advised that the report had been withdrawn.", None),
    # the body inviting someone to speak at its meeting; a chair who invites names no body
    ("The Cabinet invited Ms Joy Hale to present her deputation on bus routes.", "Cabinet"),
    ("The Chairman invited Ms Joy Hale to present her deputation on bus routes.", None),
    # the body confirming the minutes of its own last meeting; another body's minutes received name none
    ("and RESOLVED that the minutes P/1/22 to P/9/22 of the meeting of the Licensing Board held on 3 May 2022 be "
     "confirmed as a correct record.", "Licensing Board"),
    ("RESOLVED that the minutes of the meeting of the Licensing Board held on 3 May 2022 be received.", None),
    ("RECOMMENDATION that the minutes of the meeting of Council held on 3 May 2022 be confirmed and signed.",
     "Council"),
])
def test_the_body_a_minute_names_acting(line: str, body: str | None) -> None:
    from publisher.sources.text_rules import acting_body
    assert acting_body(line) == body


def test_a_resolution_running_on_from_its_vote_keeps_it() -> None:
    """hastings_meeting_2083: "RESOLVED (unanimously) that Councillor Judy Rogers is elected as Mayor …": the
    bracket is part of the sentence printed after RESOLVED; "Resolved: (By 14 votes to none)" alone on its
    line is not text (the Lewes & Eastbourne issue decisions page, tests/sources/test_issue_decisions_reader.py)."""
    meeting = read_record(paths.TESTS / "corpus" / "records" /
                          "hastings_meeting_2083.txt").meetings[0]
    [mayor] = [item for item in meeting.items if item.number == "67"]
    assert [d.text for d in mayor.decisions] == [
        "(unanimously) that Councillor Judy Rogers is elected as Mayor of the Borough of Hastings for the current "
        "municipal year"]


def test_a_page_without_its_heading_has_the_body_its_minutes_name_the_meeting_by() -> None:
    """barnet_meeting_11292 (no heading in the copy): "… for attending the Extraordinary Council meeting …"."""
    [meeting] = read_record(paths.TESTS / "corpus" / "records" /
                            "barnet_meeting_11292.txt").meetings
    assert meeting.committee is not None and meeting.committee.name == "Council"


def test_heading_with_a_meeting_title_before_the_committee() -> None:
    """Maldon: "Special, District Planning Committee - Thursday 5th November 2020 6.00 pm": the committee is the
    part after the meeting's own title, which is a Warning (a meeting has no title in the model)."""
    corpus = paths.TESTS / "corpus" / "records"
    record = read_record(corpus / "maldon_meeting_2340.txt")
    [meeting] = record.meetings
    assert meeting.committee.name == "District Planning Committee" and meeting.date == date(2020, 11, 5)
    assert "meeting title 'Special' not published: a meeting has no title in the model" in record.warnings


def test_a_copy_that_stops_in_a_numbered_title_reads_the_items_before_it() -> None:
    """Ipswich's copy ends in "3." / "Apolog": the last item is where the copy stops, not an item titled
    "Apolog"; the items before it are read whole and the cut one is a Warning."""
    path = paths.TESTS / "fixtures" / "meeting_items" / "ipswich_meeting_2266_cut_in_title.txt"
    record = read_record(path)
    items = record.meetings[0].items
    assert [item.number for item in items] == ["1", "2"]
    assert items[1].title == ("To Appoint a Deputy Mayor of the Borough for the period to the Annual Meeting of the "
                              "Council in 2020.")
    assert any(warning.startswith("item at line") and "the copy stops in its title (Apolog)" in warning
               for warning in record.warnings)


def test_an_older_page_s_link_marker_and_an_item_without_a_title() -> None:
    """Hambleton's older layout (CeListDocuments, 2011): "Opens in a new window" after a linked title is the
    link's marker read as words, not title; "9. - To receive a report …" is item 9 with agenda text and no
    title."""
    path = paths.TESTS / "fixtures" / "meeting_items" / "hambleton_meeting_205_older_layout.txt"
    items = read_record(path).meetings[0].items
    assert [(item.number, item.title) for item in items][-3:] == [
        ("7", "QUESTION TIME"), ("8", "ALLOCATION OF SEATS AND APPOINTMENTS TO COMMITTEES AND OUTSIDE BODIES"),
        ("9", "")]
    assert items[-2].purpose == "To receive a report of the Chief Executive."
    assert items[-1].purpose.startswith("To receive a report of the Chief Executive.")
    assert (items[0].title, items[0].purpose) == (
        "CHAIRMAN", "To elect a Chairman of the Council for the ensuing year.")


def test_older_items_numbered_by_section_letter_under_their_headings() -> None:
    """Kent's Cabinet Scrutiny Committee (CeListDocuments, 2006): items "A1. Substitutes" … "E2 Other officer and
    council committee decisions" (no stop) are items; the section headings over them ("A. Committee business",
    "B. … policy framework" with its "No items") group them and are none."""
    path = paths.TESTS / "fixtures" / "meeting_items" / "kent_meeting_740_lettered_sections.txt"
    meeting = read_record(path).meetings[0]
    assert (meeting.committee.name, meeting.date.isoformat()) == ("Cabinet Scrutiny Committee", "2006-05-31")
    # "10am in the Darent Room, Sessions House, County Hall, Maidstone.": the time and place in one sentence
    assert (meeting.start.hour, meeting.start.minute) == (10, 0)
    assert meeting.venue == "Darent Room, Sessions House, County Hall, Maidstone"
    assert [(item.number, item.title) for item in meeting.items] == [
        ("A1", "Substitutes"), ("A2", "Minutes - 3 May 2006"),
        ("A3", "Informal Member Group on Budgetary Issues (Special Meeting) - 3 May 2006"),
        ("A4", "Cabinet Scrutiny Committee - Outcomes and actions to May 2006"),
        ("C1", "Local Schemes Grant 2006/07 - report and information sheet"), ("C2", "Other Cabinet decisions"),
        ("D1", "Proposed closure of Leyton House, Wilmington"),
        ("E1", "Proposed changes to management of Duke of Edinburgh's Award Scheme"),
        ("E2", "Other officer and council committee decisions")]
    assert meeting.items[3].purpose is None  # "B. …" and its "No items" belong to no item
    assert meeting.items[5].purpose.startswith("Any member of the committee is entitled to propose discussion")


def test_a_copy_of_the_item_list_alone_that_starts_inside_an_item() -> None:
    """Oadby and Wigston's copy has no heading and no "No. Item" line and starts in item 1's agenda text ("To
    receive apologies for absence from"): the numbered items are read, and the text before the first number is
    the rest of an item whose number and title the copy lacks, not an item titled by its first line."""
    path = paths.TESTS / "fixtures" / "meeting_items" / "oadby-wigston_meeting_2966_starts_inside_an_item.txt"
    items = read_record(path).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("", ""), ("2", "Appointment of Substitutes"), ("3", "Declarations of Interest"),
        ("5", "Action List Arising from the Previous Meeting"), ("6", "Petitions and Deputations")]
    assert items[0].purpose.startswith("To receive apologies for absence from")


def test_an_item_titled_minutes_is_a_title_not_the_minutes_label() -> None:
    """East Lindsey prints its titles with colons, one of them "Minutes: pdf icon PDF 235 KB" (item 50) above the
    page's own "Minutes:" label; the venue "in the Council Chambers, …" is the place without its "in the"."""
    path = paths.TESTS / "fixtures" / "meeting_items" / "east-lindsey_meeting_6461_titles_with_colons.txt"
    meeting = read_record(path).meetings[0]
    assert meeting.venue == "Council Chambers, Tedder Hall, Manby Park, Louth"
    assert [(item.number, item.title) for item in meeting.items] == [
        ("47", "Apologies for Absence:"), ("48", "Election of Vice-Chairman:"),
        ("49", "Disclosure of Interests (if any):"), ("50", "Minutes:"), ("51", "Chairman's Update:")]
    minutes = meeting.items[3]
    assert minutes.purpose == "To confirm the Minutes of the Meeting held on 24 November 2021."
    assert minutes.minutes == "The Minutes of the Meeting held on 24 November 2021 were agreed as a correct record."
    assert minutes.decisions == []


def test_a_copy_cut_inside_a_resolution_publishes_no_decision_from_it() -> None:
    # Maldon's copy stops at "RESOLVED that Coun": item 55 has no decision; item 54's whole resolution stays.
    record = read_record(ROOT / "tests" / "corpus" / "records" / "maldon_meeting_2340.txt")
    items = {item.number: item for item in record.meetings[0].items}
    assert items["55"].decisions == []
    assert [d.text for d in items["54"].decisions] == [
        "that Councillor M S Heard be elected Chairman of the District Planning Committee for the remainder of the "
        "Municipal Year."]
    assert any(w.startswith("decision at line") and "RESOLVED that Coun" in w for w in record.warnings)


def test_an_item_number_printed_as_a_list_entry_after_a_recorded_vote_link() -> None:
    """Babergh (records/babergh_meeting_3122.txt): after a Recorded Vote table's link "• View Recorded Vote for
    this item" the copy prints the next item's number as a list entry ("• 2."): the next item in turn."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nELECTION OF CHAIRMAN OF THE COUNCIL\n\nMinutes:\n\n"
            "It was RESOLVED:-\n\nThat Councillor Adrian Osborne be elected as Chair of the Council for the "
            "Municipal year 2021/22.\n\n  • View Recorded Vote for this item\n  • 2.\n\n"
            "    ELECTION OF VICE-CHAIRMAN OF THE COUNCIL\n\n    Minutes:\n\n    It was RESOLVED:-\n\n"
            "    That Councillor Kathryn Grandon be elected as Vice-Chair of the Council for the Municipal year "
            "2021/22.\n\n  • View Recorded Vote for this item\n  • 3.\n\n"
            "    DECLARATION OF INTERESTS BY COUNCILLORS\n\n    Minutes:\n\n"
            "    3.1      There were no declarations of interests b")
    record = read_meeting_page(page, "https://baberghmidsuffolk.moderngov.co.uk/ieListDocuments.aspx?CId=153&MId=3122")
    items = record.meetings[0].items
    assert [(item.number, item.title, [d.text for d in item.decisions]) for item in items] == [
        ("1", "ELECTION OF CHAIRMAN OF THE COUNCIL",
         ["That Councillor Adrian Osborne be elected as Chair of the Council for the Municipal year 2021/22."]),
        ("2", "ELECTION OF VICE-CHAIRMAN OF THE COUNCIL",
         ["That Councillor Kathryn Grandon be elected as Vice-Chair of the Council for the Municipal year 2021/22."]),
        ("3", "DECLARATION OF INTERESTS BY COUNCILLORS", [])]
    assert items[2].minutes == "3.1      There were no declarations of interests b"


def test_a_note_of_the_meeting_s_move_before_the_committee_is_no_part_of_its_name() -> None:
    """Coventry (records/coventry_meeting_11774.txt): "Moved from 9th October 2018, Cabinet - …"."""
    page = ("Agenda and minutes\n\nMoved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm\n\n"
            "Venue: Committee Room 3 - Council House. View directions\n\nItems\nNo. Item\n\n39.\n\n"
            "Declarations of Interest\n\nMinutes:\n\nThere were no disclosable pecuniary interests.\n")
    meeting = read_meeting_page(page, "http://edemocracy.coventry.gov.uk/ieListDocuments.aspx?MId=11774").meetings[0]
    assert (meeting.committee.name, meeting.date, meeting.venue) == (
        "Cabinet", date(2018, 10, 2), "Committee Room 3 - Council House")


def test_a_resolution_opening_with_that_and_a_colon_is_no_page_label() -> None:
    """Hillingdon (records/hillingdon_meeting_791.txt): "RESOLVED:" / "That Cabinet:" / "A: Welcomes …"."""
    lines = [Line(1, "RESOLVED:"), Line(2, "That Cabinet:"),
             Line(3, "A:        Welcomes the Council’s commitment to support independent living and provide "
                     "additional financial support to invest in Hillingdon’s TeleCar")]
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False)] == [
        "That Cabinet:\n\nA:        Welcomes the Council’s commitment to support independent living and provide "
        "additional financial support to invest in Hillingdon’s TeleCar"]


def test_a_marker_with_a_colon_and_a_dash_and_the_resolution_below() -> None:
    """Babergh (records/babergh_meeting_2505.txt): "It was RESOLVED: -", the resolution on the next line."""
    lines = [Line(1, "It was RESOLVED: -"),
             Line(2, "That the Minutes of the meeting held on the 23 July 2019 be confirmed and signed as a true "
                     "record.")]
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False)] == [
        "That the Minutes of the meeting held on the 23 July 2019 be confirmed and signed as a true record."]


def test_a_telephone_extension_after_the_contact_s_name_is_no_part_of_it() -> None:
    """Haringey (records/haringey_meeting_6970.txt): "Contact: Xanthe Barker X2957"."""
    contact = parse_contact("Xanthe Barker X2957 ")
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.role, contact.team) == ("Xanthe Barker", None, None)


def test_a_heading_with_the_status_new_names_its_meeting() -> None:
    """Croydon (records/croydon_meeting_2901.txt): "Council - Wednesday, 23rd March, 2022 6.30 pm, NEW"."""
    page = ("Agenda\n\nCouncil - Wednesday, 23rd March, 2022 6.30 pm, NEW\n\nVenue: Council Chamber, Town Hall, "
            "Katharine Street, Croydon CR0 1NX\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence\n")
    meeting = read_meeting_page(page, "https://democracy.croydon.gov.uk/ieListDocuments.aspx?CId=134&MeetingId=2901"
                                ).meetings[0]
    assert (meeting.committee.name, meeting.date, meeting.status) == ("Council", date(2022, 3, 23), "New")


def test_a_markdown_row_without_a_minutes_label_resolves_after_a_sentence_ending_in_resolved() -> None:
    # Croydon, MeetingId=4016 (Markdown): the last row prints the agenda text, then the minutes with no "Minutes:"
    # label; its resolution follows a sentence that ends "… the committee RESOLVED:".
    exclusion = "the press and public be excluded from the meeting for the following items of business"
    page = "\n".join([
        "Venue: Room 1.23 - Bernard Weatherill House, Mint Walk, Croydon CR0 1EA",
        "No. | Item |",
        "Exclusion of the Press & Public The following motion is to be moved and seconded where it is proposed to "
        "exclude the press and public from the remainder of a meeting:",
        f"“That, under Section 100A(4) of the Local Government Act, 1972, {exclusion}.”",
        "The Chair MOVED to exclude the press and public from the remainder of the meeting. This was seconded and "
        "the committee RESOLVED:",
        f"That, under Section 100A(4) of the Local Government Act, 1972, {exclusion}. |",
    ])
    [item] = read_meeting_page(page, "https://democracy.croydon.gov.uk/ieListDocuments.aspx?MeetingId=4016") \
        .meetings[0].items
    assert item.title == "Exclusion of the Press & Public"
    assert [d.text for d in item.decisions] == [
        f"That, under Section 100A(4) of the Local Government Act, 1972, {exclusion}."]
    assert item.purpose is not None and "RESOLVED" not in item.purpose


def test_a_copy_that_stops_in_a_list_of_voters_leaves_the_last_name_out() -> None:
    """Burnley's Local Plan division (ieListDocuments.aspx?CId=151&MeetingId=812) as a copy cut inside its list
    would end: "… Lian Pate, Asif Raja  Paul Rey" may be a name cut short, so that voter is not published."""
    page = "\n\n".join([
        "Agenda and minutes", "Venue: Town Hall, Burnley", "Items", "No. Item", "14.", "Local Plan Adoption",
        "Minutes:", "In accordance with Council procedure rule 16.4 a recorded vote was taken on the amendment.",
        "For the Motion", "CouncillorsAfrasiab Anwar, Paul Campbell, Lian Pate, Asif Raja  Paul Rey"])
    record = read_meeting_page(page, "https://burnley.moderngov.co.uk/ieListDocuments.aspx?CId=151&MeetingId=812")
    (vote,) = record.meetings[0].items[0].votes
    assert [cast.person.name for cast in vote.casts] == ["Afrasiab Anwar", "Paul Campbell", "Lian Pate", "Asif Raja"]
    assert any(warning.startswith("voter at line ") for warning in record.warnings)


def test_a_sentence_ending_it_was_resolved_puts_the_resolution_on_the_next_line() -> None:
    """Wolverhampton 9098 (ieListDocuments.aspx?CId=129&MId=9098): "The retiring Mayor proposed, the retiring Deputy
    Mayor seconded, and it was resolved:" then the resolution; "was resolved" mid-sentence marks nothing."""
    lines = page_lines("The retiring Mayor proposed, the retiring Deputy Mayor seconded, and it was resolved:\n"
                       "That the minutes of the previous meeting, held on 3 April 2019, be agreed as a correct record "
                       "and signed accordingly by the retiring Mayor.")
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False)] == [
        "That the minutes of the previous meeting, held on 3 April 2019, be agreed as a correct record and signed "
        "accordingly by the retiring Mayor."]
    assert decisions_in(page_lines("The Chair said the dispute was resolved amicably, as the Leader had hoped.\n"
                                   "That was all."), None, whole_if_unmarked=False) == []


def test_older_items_numbered_with_and_without_a_stop() -> None:
    # Blackburn with Darwen (blackburn_meeting_160, CeListDocuments): "1 Chief Executive …" and "3. Apologies …"
    # in one list; a number without its stop is an item's only in sequence, never the summary's date line.
    page = ("Meeting documents\n\nAnnual Council\nThursday, 18th May, 2017 6.00 pm\n\nMeeting Summary\n"
            "18 May 2017 - 18:00 to 21:00\nCouncil Chamber, Blackburn Town Hall\n\nPart 1\n"
            "1 Chief Executive to read the notice convening the meeting\n2 Prayers by the Mayor’s Chaplain\n"
            "3. Apologies for absence\n6 Tribute to the newly elected Mayor\n4. The Election of the Mayor for 2017/18\n"
            "5 Tribute to the newly elected Mayor\n8 Minutes\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Chief Executive to read the notice convening the meeting"), ("2", "Prayers by the Mayor’s Chaplain"),
        ("3", "Apologies for absence"), ("4", "The Election of the Mayor for 2017/18"),
        ("5", "Tribute to the newly elected Mayor")]


def test_an_items_head_with_a_notes_column() -> None:
    # Hackney (hackney_meeting_3800): "Note No. Item" heads the items; it is no item of its own.
    page = ("Agenda, decisions and minutes\n\nCouncil - Wednesday 20 July 2016 7.00 pm\n\nItems\nNote No. Item\n\n"
            "1.\n\nApologies for Absence\n\nMinutes:\n\n1.2  Apologies for lateness were received from Councillors: "
            "Adejare, Coban, Hayhurst, Jacobson, Levy, and Rennison\n\n2.\n\nSpeaker's Announcements\n\nMinutes:\n\n"
            "2.2  The Speaker announced the following dates of her fundraising events:\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Apologies for Absence"), ("2", "Speaker's Announcements")]


def test_the_meeting_summary_box_prints_the_venue_under_its_hours() -> None:
    """Blackburn with Darwen, blackburn_meeting_160: "Meeting Summary" / "18 May 2017 - 18:00 to 21:00" /
    "Council Chamber, Blackburn Town Hall"."""
    record = read_record(paths.TESTS / "corpus" / "records" / "blackburn_meeting_160.txt")
    assert record.meetings[0].venue == "Council Chamber, Blackburn Town Hall"


def test_a_copy_cut_in_the_label_after_its_last_title_keeps_that_item() -> None:
    """Stockport, stockport_meeting_28962: the copy ends "Community Engagement Addition", the start of
    "Additional documents:" after a whole title."""
    record = read_record(paths.TESTS / "corpus" / "records" / "stockport_meeting_28962.md")
    assert record.meetings[0].items[-1].title == "Community Engagement"


def test_a_decision_part_ends_where_it_tells_what_someone_did() -> None:
    # Dacorum, dacorum_issue_26013.txt: the "Decision:" part, unmarked, then a paragraph of what a member did.
    lines = page_lines("The Minutes from the 14th April and 11th May were agreed.\n\n \n\n"
                       "C Hamilton gave an announcement referring to the minutes of the 13 th April.\n")
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=True)] == [
        "The Minutes from the 14th April and 11th May were agreed."]


def test_older_layout_minutes_with_minute_numbers_and_who_moved_each_resolution() -> None:
    """The older layout (CeListDocuments, as croydon_meeting_599 prints it) holding minutes: its head "Item
    Description Resolution" run together, a part heading "PART 1 - PUBLIC", items numbered by minute ("CAB 12/045",
    the body's letters and the year's count), and the sentence naming mover and seconder over "RESOLVED:" (lines
    written in that pattern with other names): the items, their decisions, and the mover and seconder."""
    page = ("Meeting documents\n\nCabinet\nTuesday, 15th May, 2012 7.30 pm\n\nPlace:\nCouncil Chamber, Town Hall\n"
            "ItemDescriptionResolution\nPART 1 - PUBLIC\nCAB 12/045 Election of Chairman\n"
            "It was proposed by Councillor Hale, seconded by Councillor Rowe and\n\n"
            "RESOLVED: That Councillor J Pike be elected Chairman for the ensuing municipal year.\n"
            "CAB 12/046 Minutes\nRESOLVED: That the Minutes of the meeting held on 17 April 2012 be approved.\n")
    items = read_meeting_page(page, "https://example.gov.uk/CeListDocuments.aspx?CommitteeId=1&MeetingId=2"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("CAB 12/045", "Election of Chairman"), ("CAB 12/046", "Minutes")]
    assert [[d.text for d in item.decisions] for item in items] == [
        ["That Councillor J Pike be elected Chairman for the ensuing municipal year."],
        ["That the Minutes of the meeting held on 17 April 2012 be approved."]]
    assert items[0].purpose is None
    assert [(p.kind, p.person.name if p.person else None) for p in items[0].participations
            if p.kind in ("moved", "seconded")] == [("moved", "Hale"), ("seconded", "Rowe")]


def test_older_agenda_front_sheet_numbers_on_lines_of_their_own_and_a_document_link_by_number() -> None:
    """The older layout's agenda front sheet (lines written in its pattern, other words): "Meeting documents", no
    "Item Description" head, each number alone over its title ("1" / "Election of Chairman"), and an item's
    document linked by its number and title ("2. Minutes" under item 2 "Minutes"): the items start at "1", and
    the link is the item's document, not the item again."""
    page = ("Meeting documents\n\nCabinet\nTuesday, 15th May, 2012\n\nAgenda - 15th May 2012\n\n1\n\n"
            "Election of Chairman\n\n2\n\nMinutes\n\nTo approve the minutes of the meeting held on 17 April 2012.\n\n"
            "2. Minutes    \n\n3\n\nAnnouncements From The Chairman\n")
    items = read_meeting_page(page, "https://example.gov.uk/CeListDocuments.aspx?CommitteeId=1&MeetingId=2"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Election of Chairman"), ("2", "Minutes"), ("3", "Announcements From The Chairman")]
    assert [document.title for document in items[1].documents] == ["2. Minutes"]
    assert items[1].purpose == "To approve the minutes of the meeting held on 17 April 2012."


def test_older_agenda_front_sheet_time_place_and_listed_contact() -> None:
    """The older agenda front sheet (lines written in its pattern, other names): the time "at 10:00 AM" and the
    place "in the …" on lines of their own under the date, a second sitting after the place ("and 2:00 PM in
    Committee Room 1") not the start; the first of its "Contacts" list, post above name, is the contact."""
    page = ("Meeting documents\n\nCabinet\nTuesday, 15th May, 2012\n\nCABINET\n\n  Tuesday 15th May 2012\nat 10:00 AM\n"
            "Note the earlier start\n  in the Council Chamber, Civic Centre and 2:00 PM in Committee Room 1\n\n"
            "  Contacts\n  Democratic Services Manager\n  Jane Smith\n  Tel. 01234 567890\n\n"
            "Agenda - 15th May 2012\n\n1\n\nElection of Chairman\n")
    meeting = read_meeting_page(page, "https://example.gov.uk/CeListDocuments.aspx?CommitteeId=1&MeetingId=2"
                                ).meetings[0]
    assert (meeting.start, meeting.venue) == (datetime(2012, 5, 15, 10, 0, tzinfo=LONDON),
                                              "Council Chamber, Civic Centre")
    assert meeting.contact is not None and meeting.contact.person is not None
    assert (meeting.contact.person.name, meeting.contact.role) == ("Jane Smith", "Democratic Services Manager")
    assert [(item.number, item.title) for item in meeting.items] == [("1", "Election of Chairman")]


def test_older_minutes_numbered_by_minute_under_a_min_no_head() -> None:
    """Reigate and Banstead, reigate-and-banstead_meeting_337 (CeListDocuments): the committee over a date line
    that prints its own time, "Time:" labelled again below; the head "Min NoDescriptionResolution", a "Part I"
    heading, and minutes numbered on from the year's ("28 MINUTES"); the apologies listed alone under their
    heading."""
    page = ("Meeting documents\n\nCouncil\nThursday, 28th July, 2011 7.30 pm\n\nDate:\nThursday, 28th July, 2011\n"
            "Time:\n7.30 pm\nPlace:\nNew Council Chamber, Town Hall, Reigate\n\nMin NoDescriptionResolution\n"
            "Part I\n28 MINUTES\nRESOLVED that the Minutes of the meeting held on 23rd June 2011 be approved as a "
            "correct record and signed.\n29 APOLOGIES FOR ABSENCE\nCouncillors Mrs. L.J. Brunt, M.A. Brunt, I.A. "
            "Khan, Mrs. S.F. King and Ms. J.A. Tomlinson.\n30 DECLARATIONS OF INTEREST\nNone.\n")
    meeting = read_meeting_page(page).meetings[0]
    assert (meeting.committee.name if meeting.committee else None, meeting.start) == (
        "Council", datetime(2011, 7, 28, 19, 30, tzinfo=ZoneInfo("Europe/London")))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("28", "MINUTES"), ("29", "APOLOGIES FOR ABSENCE"), ("30", "DECLARATIONS OF INTEREST")]
    assert [d.text for d in meeting.items[0].decisions] == [
        "that the Minutes of the meeting held on 23rd June 2011 be approved as a correct record and signed."]
    assert [(a.person.name, a.person.honorific, a.kind) for a in meeting.attendances] == [
        ("L.J. Brunt", "Mrs", "apologies"), ("M.A. Brunt", "Councillor", "apologies"),
        ("I.A. Khan", "Councillor", "apologies"), ("S.F. King", "Mrs", "apologies"),
        ("J.A. Tomlinson", "Ms", "apologies")]


def test_older_minutes_under_a_resolution_column_numbered_on_from_the_year_with_a_numbered_resolution() -> None:
    """Gedling, gedling_meeting_368 (CeListDocuments): the head "ItemDescriptionResolution" over minutes numbered on
    from the year's ("50 TO ANSWER QUESTIONS …"), and a resolution that numbers its paragraphs "1." and "2.": below the
    last minute's number, they are the resolution's, not items."""
    page = ("Meeting documents\n\nCouncil\nWednesday 12 September 2012 6.45 pm\n\nDate:\n"
            "Wednesday, 12th September, 2012\nTime:\n6.45pm\n\nItemDescriptionResolution\n"
            "50 TO ANSWER QUESTIONS ASKED BY MEMBERS OF THE COUNCIL UNDER STANDING ORDER 9.\n \n"
            "51 TO SECURE AGREEMENT FOR THE COUNCIL'S SUBMISSION TO THE LOCAL GOVERNMENT BOUNDARY "
            "COMMISSION FOR ENGLAND (LGBCE) WITH REGARD TO THE FUTURE WARDING PATTERN FOR THE BOROUGH.\n"
            "52 APPROVAL OF A STANDING ORDER EXCLUDING A MEMBER FROM A MEETING WHERE THEY HAVE A DISCLOSABLE "
            "PECUNIARY INTEREST\nRESOLVED:\n\n1. To approve the adoption of the Standing Order excluding a Member "
            "from the meeting where they have a disclosable pecuniary interest as set out in the attached report.\n\n"
            "2. To authorise the Council Solicitor and Monitoring Officer to make the appropriate amendments to the "
            "Constitution to incorporate the Standing Order.\n")
    meeting = read_meeting_page(page).meetings[0]
    assert [(item.number, item.title) for item in meeting.items] == [
        ("50", "TO ANSWER QUESTIONS ASKED BY MEMBERS OF THE COUNCIL UNDER STANDING ORDER 9."),
        ("51", "TO SECURE AGREEMENT FOR THE COUNCIL'S SUBMISSION TO THE LOCAL GOVERNMENT BOUNDARY COMMISSION FOR "
               "ENGLAND (LGBCE) WITH REGARD TO THE FUTURE WARDING PATTERN FOR THE BOROUGH."),
        ("52", "APPROVAL OF A STANDING ORDER EXCLUDING A MEMBER FROM A MEETING WHERE THEY HAVE A DISCLOSABLE "
               "PECUNIARY INTEREST")]
    assert [d.text[:60] for d in meeting.items[2].decisions] == [
        "1. To approve the adoption of the Standing Order excluding a"]


def test_items_numbered_by_the_bodys_letters_over_a_slash() -> None:
    """Horsham, horsham_meeting_1280: items numbered "CO/21", "CO/22" on lines of their own (the Council's letters, a
    slash, the year's count), each over its title."""
    page = ("Agenda and minutes\n\nVenue: Park Suite, Parkside, Chart Way, Horsham\n\nItems\nNo. Item\n\nCO/21\n\n"
            "Minutes pdf icon PDF 84 KB\n\nMinutes:\n\nThe minutes of the meeting of the Council held on 5th September "
            "2018 were approved as a correct record and signed by the Chairman\n\nCO/22\n\nDeclarations of Members' "
            "Interests\n\nMinutes:\n\nThere were no declarations of interest.\n")
    address = "https://horsham.moderngov.co.uk/ieListDocuments.aspx?CId=188&MId=1280&Ver=4"
    items = read_meeting_page(page, address).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("CO/21", "Minutes"), ("CO/22", "Declarations of Members' Interests")]


def test_a_copy_of_older_minutes_from_their_own_heading_with_officers_listed_by_post() -> None:
    """Isle of Anglesey, isle-of-anglesey_meeting_127 (CeListDocuments): the copy starts at the minutes' heading,
    "Minutes of the meeting held on 18 September, 2007 (1.30pm)", the meeting's day and start, no item; the
    officers in attendance listed one post a line, their label lost, are no item either."""
    page = ("Minutes of the meeting held on 18 September, 2007 (1.30pm)  \n\n\n\n\nCouncillor W. J. Williams MBE - "
            "Chairman\n\n\nCouncillor John Roberts - Vice-Chairman\n\n\n\n\n\nManaging Director\n\nCorporate Director "
            "(Finance)\n\nDirector of Legal Services / Monitoring Officer\n\nHead of Service (Policy)\n\n"
            "Solicitor to the Monitoring Officer (RMJ)\n\nCommunications Officer\n\n\n\n\n\n"
            "The meeting was opened with a Prayer by Councillor E. G. Davies.\n")
    address = ("https://democracy.anglesey.gov.uk/CeListDocuments.aspx?CommitteeId=127&DF=18%2F09%2F2007&LLL=0"
               "&MeetingId=127&Ver=2")
    meeting = read_meeting_page(page, address).meetings[0]
    assert (meeting.date, meeting.start) == (
        date(2007, 9, 18), datetime(2007, 9, 18, 13, 30, tzinfo=ZoneInfo("Europe/London")))
    assert [item.title for item in meeting.items if item.title] == []


def test_minutes_of_the_last_meeting_stating_no_time_stay_an_item() -> None:
    """An unnumbered item list whose first item is the last meeting's minutes ("Minutes of the meeting held on 5
    June 2018", no time): an item, not the meeting's date."""
    assert not _minutes_held_on("Minutes of the meeting held on 5 June 2018")
    assert _minutes_held_on("Minutes of the meeting held on 18 September, 2007 (1.30pm)") == "18 September, 2007 1.30pm"


def test_moved_and_seconded_in_capitals_then_a_resolution_under_a_colon_and_dash() -> None:
    """Knowsley, knowsley_meeting_2018-03-21: an unnumbered first row, "It was MOVED by Councillor A Moorhead and
    SECONDED by Councillor M Murphy and:-" over "RESOLVED – That Councillor Mrs M Harvey be appointed Chairperson
    for the meeting.": the vote on the resolution, carried, with its mover and seconder; Chairperson her role."""
    page = ("Agenda and minutes\n\nCouncil - Wednesday, 21st March, 2018 6.00 pm\n\nItems\nNo. Item\n\n"
            "            In the absence of the Mayor and the Deputy Chairperson of the Council, nominations were "
            "sought for the appointment of a Chairperson for the meeting.\n\n \n\n"
            "            It was MOVED by Councillor A Moorhead and SECONDED by Councillor M Murphy and:-\n\n \n\n"
            "            RESOLVED – That Councillor Mrs M Harvey be appointed Chairperson for the meeting.\n\n \n\n"
            "66.\n\nMinutes pdf icon PDF 378 KB\n")
    item = read_meeting_page(page).meetings[0].items[0]
    assert [(vote.motion, vote.outcome) for vote in item.votes] == [
        ("That Councillor Mrs M Harvey be appointed Chairperson for the meeting.", "carried")]
    assert [(p.kind, p.person.name if p.person else None) for p in item.participations] == [
        ("moved", "A Moorhead"), ("seconded", "M Murphy")]
    assert [(n.person.name, n.role) for n in people_in_prose(page) if n.role] == [("M Harvey", "Chairperson")]


def test_a_resolved_in_capitals_after_a_sentence_run_into_the_same_line() -> None:
    """Conwy, conwy_meeting_6982: the minutes' paragraphs run together, "… were" / "submitted for approval.
    RESOLVED- That the minutes of the Cabinet held on 12 June 2018 be approved and" / "signed as a correct record.":
    the resolution starts at the capitals; "resolved" in lower case inside a sentence starts none."""
    lines = page_lines("The minutes of the Cabinet held on 12 June 2018 were\nsubmitted for approval. RESOLVED- That "
                       "the minutes of the Cabinet held on 12 June 2018 be approved and\nsigned as a correct record.\n")
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False)] == [
        "That the minutes of the Cabinet held on 12 June 2018 be approved and signed as a correct record."]
    assert decisions_in(page_lines("The matter was discussed. It was resolved to defer it.\n"), None,
                        whole_if_unmarked=False) == []


def test_a_resolution_the_sentence_naming_mover_and_seconder_in_brackets_runs_on_into() -> None:
    """Runnymede, runnymede_meeting_777: "It was proposed (by Councillor Clarke), seconded (by Councillor
    Willingale) and resolved that …": the decision, the vote on it carried, and who moved and seconded it."""
    page = ("Agenda and minutes\n\nAnnual Council, Full Council - Wednesday, 17th May, 2023 7.30 pm\n\nItems\n"
            "No. Item\n\n1.\n\nElection of Mayor for the 2023/24 Municipal Year\n\nMinutes:\n\n"
            "It was proposed (by Councillor Clarke), seconded (by Councillor Willingale) and resolved that Councillor "
            "Saise-Marshall be elected as Mayor for the 2023/24 municipal year.\n")
    item = read_meeting_page(page).meetings[0].items[0]
    resolution = "that Councillor Saise-Marshall be elected as Mayor for the 2023/24 municipal year."
    assert [d.text for d in item.decisions] == [resolution]
    assert [(vote.motion, vote.outcome) for vote in item.votes] == [(resolution, "carried")]
    assert [(p.kind, p.person.name if p.person else None) for p in item.participations] == [
        ("moved", "Clarke"), ("seconded", "Willingale")]
    assert item.minutes is not None and "proposed (by Councillor Clarke)" in item.minutes


def test_a_letter_spaced_resolved_and_the_list_its_colon_opens() -> None:
    # Tandridge, tandridge_meeting_1014: "R E S O L V E D –", a list of one line an entry, then the next paragraph.
    lines = page_lines("R E S O L V E D – that the reports of the following meetings be received, and the "
                       "recommendations therein be adopted:\nStrategy & Resources Committee (27th May and 8th June "
                       "2021)\nPlanning Committee (27th May and 10th June 2021)*\n\nThe Chair thanked Members.\n")
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False)] == [
        "that the reports of the following meetings be received, and the recommendations therein be adopted:\n\n"
        "Strategy & Resources Committee (27th May and 8th June 2021)\n\nPlanning Committee (27th May and 10th June "
        "2021)*"]


def test_older_minutes_indexed_by_minute_with_their_text_and_decision_labels() -> None:
    """Wirral, wirral_meeting_2546 (an Area Forum, CeListDocuments): "Minute 1 - …" under "Index to Minutes", its
    parts labelled "Minute Text :" and "Minute Decision :"."""
    page = ("Meeting documents\n\nArea Forum (Liscard and Seacombe)\nThursday, 11th October 2007\n\n"
            "Index to Minutes\n\n\nMinute 1 - Welcome, introductions and apologies\n\n\nMinute Text :\n\n"
            "The Chair, Councillor Dave Hawkins, welcomed forum members and 32 members of the public to the meeting.\n"
            "\n\nMinute Decision :\n\nResolved that Ian Duncan and Ken Butterfield be thanked for attending this forum "
            "meeting.\n\nTop of page   Show Agenda\n\n"
            "Minute 2 - Minutes and matters arising from previous June forum meeting\n\n\nMinute Text :\n\n"
            "Minute 5:\n\nDave Hanlon informed the\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Welcome, introductions and apologies"),
        ("2", "Minutes and matters arising from previous June forum meeting")]
    assert [d.text for d in items[0].decisions] == [
        "that Ian Duncan and Ken Butterfield be thanked for attending this forum meeting."]
    assert items[0].minutes == ("The Chair, Councillor Dave Hawkins, welcomed forum members and 32 members of the "
                                "public to the meeting.")


def test_a_date_line_printed_alone_names_the_day_but_no_committee() -> None:
    # Torfaen, torfaen_meeting_5768.txt: "Agenda and minutes" then the date line; a weekday is no committee.
    page = ("Agenda and minutes\n\nTuesday, 24th September, 2019 10.00 am\n\n"
            "Venue: Civic Centre, Hanbury Road, Pontypool NP4 6YB\n\nNo. Item\n\n\nAttendance / Presenoldeb\n")
    assert meeting_heading("Tuesday, 24th September, 2019 10.00 am") is None
    meeting = read_meeting_page(page, "http://moderngov.torfaen.gov.uk/ieListDocuments.aspx?CId=137&MId=5768"
                                ).meetings[0]
    assert (meeting.committee, meeting.date) == (None, date(2019, 9, 24))
    assert meeting.start == datetime(2019, 9, 24, 10, 0, tzinfo=ZoneInfo("Europe/London"))


def test_a_committee_line_over_a_date_line_that_prints_its_time() -> None:
    # Reigate and Banstead, reigate-and-banstead_meeting_337.txt: the date line holds the time the "Time:" label
    # repeats below it; the committee is the line above.
    page = ("Meeting documents\n\nCouncil\nThursday, 28th July, 2011 7.30 pm\n\nDate:\nThursday, 28th July, 2011\n"
            "Time:\n7.30 pm\n")
    meeting = read_meeting_page(page, "https://example.gov.uk/ieListDocuments.aspx?CId=1&MId=337").meetings[0]
    assert meeting.committee is not None and meeting.committee.name == "Council"
    assert meeting.start == datetime(2011, 7, 28, 19, 30, tzinfo=ZoneInfo("Europe/London"))


def test_a_declared_item_named_by_the_page_s_own_number_in_brackets() -> None:
    # North Tyneside, north-tyneside_meeting_1053.txt: items numbered "CAB1/23" …; the declaration names the
    # item by its agenda place ("Item 12") and by the page's number in brackets, which is the item's number.
    page = "\n\n".join([
        "Agenda and minutes", "Cabinet - Monday, 22nd May, 2023 5.00 pm", "Items\nNo. Item", "CAB1/23",
        "To Receive any Declarations of Interest and Notification of any Dispensations Granted", "Minutes:",
        "Councillor S Graham declared a registerable personal interest in agenda Item 12: North Tyneside Trading "
        "Company-Strategic Business Plan 2023-2027 (CAB11/23), as she was a Director of North Tyneside Trading "
        "Company Limited and its subsidiaries.",
        "CAB2/23", "Minutes pdf icon PDF 163 KB", "Minutes:",
        "Resolved that the Minutes of the previous meeting held on 27 March 2023 be confirmed and signed by the Chair.",
    ])
    meeting = read_meeting_page(page, "https://democracy.northtyneside.gov.uk/ieListDocuments.aspx?CId=174&MId=1053"
                                ).meetings[0]
    assert [(d.person.name, d.item_number, d.kind) for d in meeting.declarations] == [
        ("S Graham", "CAB11/23", "personal")]


def test_an_agm_before_the_committee_is_the_meeting_s_title() -> None:
    # Redcar and Cleveland, redcar-and-cleveland_meeting_261.txt: "AGM, Borough Council - Thursday, 25th May, 2023".
    assert committee_and_meeting_title("AGM, Borough Council") == ("Borough Council", "AGM")


def test_a_body_resolving_after_the_vote_put_marks_a_decision() -> None:
    # Monmouthshire, monmouthshire_meeting_5740.txt: "Upon being put to the vote Council resolved to accept …".
    found = DECISION_MARKER.match("Upon being put to the vote Council resolved to accept the recommendations")
    assert found is not None and found["text"] == "to accept the recommendations"
    assert DECISION_MARKER.match("Upon being put to the vote the motion was lost") is None


def test_a_body_and_its_verb_in_capitals_state_a_resolution_on_a_page_with_no_resolved() -> None:
    # Torfaen, torfaen_meeting_5768.txt: "4.1 Council CONFIRMED the minutes …"; the paragraph's number is no part.
    lines = [Line(1, "4.1       Council CONFIRMED the minutes of the meetings held on 18th July and 23rd July 2019 as "
                     "correct records of the meetings.")]
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False, unmarked=True)] == [
        "Council CONFIRMED the minutes of the meetings held on 18th July and 23rd July 2019 as correct records of the "
        "meetings."]
    assert decisions_in([Line(1, "Council Members SPOKE about it")], None, whole_if_unmarked=False,
                        unmarked=True) == []


def test_the_older_layout_with_a_report_column_icon_first_documents_and_administrators() -> None:
    """records/reading_meeting_2013.txt (CeListDocuments.aspx): the head "ITEMDESCRIPTIONREPORT" over the items;
    "pdf icon Agenda [111kb]" (icon first, size in brackets) a document; "17 October 2017 at 6.30pm in the Council
    Chamber" / "Civic Offices, Bridge Street, Reading RG1 2LU" the venue; "Committee Administrator(s)" / "Michael
    Popham & Richard Woodford. Contact committee services" two officers in that post."""
    record = read_record(paths.TESTS / "corpus" / "records" / "reading_meeting_2013.txt")
    meeting = record.meetings[0]
    assert meeting.venue == "Council Chamber, Civic Offices, Bridge Street, Reading RG1 2LU"
    assert [(item.number, item.title) for item in meeting.items][:5] == [
        ("1", "Mayor's Announcements"), ("2", "Declarations of Interest"), ("3", "Minutes"), ("4", "Petitions"),
        ("4A", "Petition - Save Reading Central Club Mural/ Do Not Sell The Central Club (A Community Asset) to "
               "Commercial Developers")]
    assert meeting.documents == [Document(title="Agenda", mime_type="application/pdf", size_text="111 KB"),
                                 Document(title="All papers", mime_type="application/pdf", size_text="347 KB")]
    assert meeting.items[2].documents == [Document(title="Item 3", mime_type="application/pdf", size_text="140 KB")]
    assert [(post.label, post.holder.name) for post in record.posts if post.holder] == [
        ("Committee Administrator", "Michael Popham"), ("Committee Administrator", "Richard Woodford")]


def test_decision_in_capitals_alone_on_its_line_marks_the_resolution_under_it() -> None:
    """records/pembrokeshire_meeting_3015.txt: "DECISION" over "That the proposal to consult on the future of
    residential care services at Sunnybank Residential Home, … be ref" (the copy stops there): the decision."""
    cut = ("That the proposal to consult on the future of residential care services at Sunnybank Residential Home, "
           "as outlined in the report of the Director of Adult Care, be approved; and be ref")
    lines = page_lines(f"DECISION\n\n \n\n{cut}")
    assert [decision.text for decision in decisions_in(lines, None, whole_if_unmarked=False)] == [cut]


def test_the_body_agreeing_in_a_paragraph_of_its_own_is_an_unmarked_resolution() -> None:
    """records/plymouth_meeting_10530.txt, minutes that print no RESOLVED: "Council agreed to approve the
    proportionality and appointments to committees as set out in this report." is the decision; "The Chair
    agreed to …" (not the body) and a sentence that runs on are none."""
    decided = "Council agreed to approve the proportionality and appointments to committees as set out in this report."
    lines = page_lines(f"{decided}\n\nThe Chair agreed to write to the Minister.\n\n"
                       "The Council agreed to note the report. Members then discussed the budget.")
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False, unmarked=True)] == [decided]


def test_an_older_page_numbered_on_from_the_year_and_a_cited_minute_that_is_no_item() -> None:
    """Southend, CeListDocuments MeetingId=1452 (not a corpus record): under "ItemDescriptionResolution" the first
    minute is 137; "Minute 67 - Review of HRA Land - …" in a councillor's declarations cites a Cabinet minute, with
    no "Minute Text :" under it, and is text of item 138, not an item (with a Warning)."""
    page = ("Meeting documents\n\nThe Council\nThursday, 17th July, 2014 6.30 pm\n\nPlace:\n"
            "Council Chamber, Civic Centre, Southend-on-Sea\n\nItemDescriptionResolution\nPart I\n"
            "137 Apologies for absence.\n"
            "Apologies for absence were received from Councillors Adam Jones, Morgan, Stafford, Robertson and Ward.\n"
            "138 Declarations of Interest\n• Councillor Assenheim\n\nCabinet held on 1st July 2014\n"
            "Minute 67 - Review of HRA Land - Non-pecuniary interest - Council appointed Member to South Essex Homes "
            "Board;\n\nPolicy & Resources Scrutiny Committee held 15th July 2014\n")
    record = read_meeting_page(page, "https://democracy.southend.gov.uk/CeListDocuments.aspx?CommitteeId=131"
                                     "&MeetingId=1452")
    assert [(item.number, item.title) for item in record.meetings[0].items] == [
        ("137", "Apologies for absence."), ("138", "Declarations of Interest")]
    assert record.warnings == ["line 17 not read as an item: a minute's heading with no labelled minute under it "
                               "(Minute 67 - Review of HRA Land - Non-pecuniary interest - Co)"]


def test_item_numbers_with_the_bodys_letters_before_a_slash_or_a_stop() -> None:
    """Horsham, horsham_meeting_1280 ("CO/21") and Ashfield, ashfield_meeting_3334 ("C.29"): the number cell alone
    on its line, the title under it; read otherwise, the number became a title and the minutes' sentences items."""
    page = ("Agenda and minutes\n\nVenue: Park Suite, Parkside, Chart Way, Horsham\n\nItems\nNo. Item\n\nCO/21\n\n"
            "Minutes pdf icon PDF 84 KB\n\nMinutes:\n\nThe minutes of the meeting of the Council held on 5th September "
            "2018 were approved as a correct record and signed by the Chairman\n\nCO/22\n\n"
            "Declarations of Members' Interests\n\nMinutes:\n\nThere were no declarations of interest.\n")
    items = read_meeting_page(page, "https://horsham.moderngov.co.uk/ieListDocuments.aspx?CId=188&MId=1280"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("CO/21", "Minutes"), ("CO/22", "Declarations of Members' Interests")]
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\nC.30\n\nMinutes pdf icon PDF 243 KB\n\nMinutes:\n\nRESOLVED\n\n"
            "that the minutes of the meeting of the Council held on 20th July, 2017, as now submitted, be received and "
            "approved.\n\nC.31\n\nAnnouncements from the Chairman, Leader, Members of the Cabinet and the Head of Paid "
            "Service\n\nMinutes:\n\nChairman\n\nResponse from the Mayor of Greater Manchester\n")
    items = read_meeting_page(page, "http://democracy.ashfield-dc.gov.uk/ieListDocuments.aspx?CId=132&MId=3334"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("C.30", "Minutes"),
        ("C.31", "Announcements from the Chairman, Leader, Members of the Cabinet and the Head of Paid Service")]


def test_a_table_in_an_items_minutes_is_no_list_of_items() -> None:
    """Bristol, bristol_meeting_8800: item 6's minutes list the petitions in a table, "CP01" / "Cllr Weston" /
    "Open up the Station Road Bus Lane" / "1000+", "CP02" / … / "671": the references and counts are cells, not
    items; "7." is the next item."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n6.\n\nPetitions Notified by Councillors pdf icon PDF 610 KB\n\n"
            "Minutes:\n\nThe Full Council received and noted the following petitions:\n\nRef No\n\nName\n\nTitle\n\n"
            "Number of signatures\n\nCP01\n\nCllr Weston\n\nOpen up the Station Road Bus Lane\n\n1000+\n\nCP02\n\n"
            "Cllr Poultney\n\nKingsdown Sports Centre – Save Our Sports Centre\n\n671\n\nCP03\n\nCllr Gollop\n\n"
            "Parking on Coldharbour Road\n\n62\n\n \n\n7.\n\n"
            "Public Forum (Public Petitions, Statements and Questions) pdf icon PDF 365 KB\n\nMinutes:\n\n"
            "The Full Council received and noted the public forum.\n")
    items = read_meeting_page(page, "https://democracy.bristol.gov.uk/ieListDocuments.aspx?CId=142&MId=8800"
                              ).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("6", "Petitions Notified by Councillors"),
        ("7", "Public Forum (Public Petitions, Statements and Questions)")]


def test_sub_items_with_their_own_files_and_minutes_are_items_not_paragraphs() -> None:
    """Carmarthenshire, carmarthenshire_meeting_1228: item 5 "MINUTES" has three sub-items, each with its file,
    "Additional documents:" and "Minutes:" ("5.1" / "5TH FEBRUARY, 2018; pdf icon PDF 244 KB" / …): items each
    with its own resolution, however long their title line with its file runs."""
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n5.\n\nMINUTES\n\nAdditional documents:\n\n5.1\n\n"
            "5TH FEBRUARY, 2018; pdf icon PDF 244 KB\n\nAdditional documents:\n\nMinutes:\n\nUNANIMOUSLY RESOLVED that "
            "the minutes of the meeting of the Executive Board held on the 5th February, 2018 be signed as a correct "
            "record.\n\n5.2\n\n30TH APRIL, 2018; pdf icon PDF 169 KB\n\nAdditional documents:\n\nMinutes:\n\n"
            "UNANIMOUSLY RESOLVED that the minutes of the meeting of the Executive Board held on the 30th April, 2018 "
            "be signed as a correct record.\n")
    items = read_meeting_page(page, "http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=131"
                                    "&MId=1228").meetings[0].items
    assert [(item.number, len(item.decisions)) for item in items] == [("5", 0), ("5.1", 1), ("5.2", 1)]


def test_a_reference_column_of_a_table_in_the_minutes_is_no_item_number() -> None:
    """records/bristol_meeting_8800.txt: item 6's minutes print a petitions table a cell to a line ("Ref No" /
    "Name" / "Title" / "Number of signatures", then "CP01" / "Cllr Weston" / "Open up the Station Road Bus Lane" /
    "1000+"): "CP01" reads as an item number, but it stands between items 6 and 7, and over a member's name, which
    is no item's title; so does a reference over a petitioner that is not a member ("PP01" / "Adblock Bristol")."""
    page = ("Agenda and minutes\n\nFull Council - Tuesday, 7 December 2021 2.00 pm\n\nItems\nNo. Item\n\n6.\n\n"
            "Petitions Notified by Councillors pdf icon PDF 610 KB\n\n"
            "Minutes:\n\nThe Full Council received and noted the following petitions:\n\nRef No\n\nName\n\nTitle\n\n"
            "Number of signatures\n\nCP01\n\nCllr Weston\n\nOpen up the Station Road Bus Lane\n\n1000+\n\nPP01\n\n"
            "Adblock Bristol\n\nScreened Out\n\n120\n\n7.\n\nPublic Forum\n\nMinutes:\n\nNoted.\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("6", "Petitions Notified by Councillors"), ("7", "Public Forum")]
    cut = page.split("PP01")[0]  # the copy stops inside the table: the member's name still tells the row
    assert [(item.number, item.title) for item in read_meeting_page(cut).meetings[0].items] == [
        ("6", "Petitions Notified by Councillors")]


def test_date_time_and_place_labelled_on_one_line() -> None:
    """records/blaenau-gwent_meeting_1167.txt (the older layout): "Date: Thursday 24th May 2018 Time: 10.30 a.m.
    Place: Council Chamber, Civic Centre, Ebbw Vale": each label's value runs to the next label."""
    record = read_record(ROOT / "tests" / "corpus" / "records" / "blaenau-gwent_meeting_1167.txt")
    assert record.meetings[0].venue == "Council Chamber, Civic Centre, Ebbw Vale"


def test_the_body_that_noted_names_the_meeting() -> None:
    """records/bristol_meeting_8800.txt, a page without its heading: "The Full Council received and noted the
    following petitions:" names the body meeting; "The Lord Mayor noted …" names none."""
    from publisher.sources.text_rules import acting_body
    assert acting_body("The Full Council received and noted the following petitions:") == "Full Council"
    assert acting_body("The Lord Mayor noted the petitions.") is None


ASHFORD_DECLARATIONS = (
    "Agenda and minutes\n\nCouncil - Thursday, 17th October, 2024 7.00 pm\n\nItems\nNo. Item\n\n171.\n\n"
    "To consider whether any items should be dealt with in private because of the likely disclosure of Exempt or "
    "Confidential Information\n\n172.\n\nDeclarations of Interest pdf icon PDF 63 KB\n\nMinutes:\n\nCouncillor\n\n"
    "Interest\n\n \n\nMinute No.\n\nBartlett\n\n \n\nMade a ‘Voluntary Announcement’ as a Member of Kent County "
    "Council.\n\n \n\n184\n\nBrunger-Randall\n\n \n\nDeclared that she had been a member of the Steering Committee "
    "for the Tenterden Neighbourhood Plan. \n\n \n\n178 (b)\n\nCampkin\n\n \n\nMade a Voluntary Announcement that "
    "the member of the public asking a question was known to him.\n\n \n\nMade a ‘Voluntary Announcement’ as a "
    "Member of Kent County Council.\n\n \n\n175\n\n \n\n \n\n184\n\nWalder\n\n \n\n \n\nDeclared that she had been a "
    "member of the Steering Committee for the Tenterden Neighbourhood Plan. \n\n \n\n178 (b)\n\n \n\n173.\n\n"
    "To confirm the Minutes of the Council Meeting held on the 18th July 2024 pdf icon PDF 129 KB\n\nMinutes:\n\n"
    "Resolved:\n\nThat the Minutes of the Meeting of the Council held on the 18th July 2024 be approved and confirmed "
    "as a correct record.\n\n174.\n\nTo receive any announcements from the May")


def test_a_declarations_table_a_cell_to_a_line_whose_minute_numbers_are_no_items() -> None:
    """records/ashford_meeting_4682.txt: item 172's minutes print a table "Councillor" / "Interest" / "Minute No.",
    a cell to a line. Its minute numbers ("184", "178 (b)") stand between items 172 and 173, which are numbered in
    turn, and print no part of their own: cells, not items. Each row declares at its minute; a row whose interest
    cell holds two paragraphs ("Campkin") has a minute for each. The copy stops in item 174's title, which is not
    read (a Warning), though item 171 prints no "Minutes:" label: the items that print one are most of them."""
    record = read_meeting_page(ASHFORD_DECLARATIONS)
    meeting = record.meetings[0]
    assert [(item.number, item.title) for item in meeting.items] == [
        ("171", "To consider whether any items should be dealt with in private because of the likely disclosure of "
                "Exempt or Confidential Information"),
        ("172", "Declarations of Interest"),
        ("173", "To confirm the Minutes of the Council Meeting held on the 18th July 2024")]
    assert [(d.person.honorific, d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Councillor", "Bartlett", "other", "184"), ("Councillor", "Brunger-Randall", "other", "178 (b)"),
        ("Councillor", "Campkin", "other", "175"), ("Councillor", "Campkin", "other", "184"),
        ("Councillor", "Walder", "other", "178 (b)")]
    assert any("the copy stops in its title (To receive any announcements from the May)" in warning
               for warning in record.warnings)


def test_an_unnumbered_item_titled_minutes_with_its_file_is_no_label() -> None:
    """records/harrogate_meeting_3730.txt: unnumbered items whose titles end in colons ("Urgent Business:"), one of
    them "Minutes: pdf icon PDF 261 KB": a part's label prints no file, so it is the item "Minutes:" and its file."""
    page = ("Agenda and minutes\n\nCouncil - Wednesday, 21st September, 2022 5.30 pm\n\nNo. Item\n\n\n"
            "Urgent Business:\n\nTo receive notice of any urgent business.\n\n\n26/22 – URGENT BUSINESS: There was no "
            "urgent business.\n\n\n\nMinutes: pdf icon PDF 261 KB\n\nof the meeting of 6 July 2022\n\n\n"
            "29/22 – MINUTES:\n\n\nThe minutes were approved.\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.title, [(d.title, d.size_text) for d in item.documents]) for item in items] == [
        ("Urgent Business:", []), ("Minutes:", [("Minutes:", "261 KB")])]


def test_older_item_numbers_run_into_their_titles() -> None:
    """records/north-somerset_meeting_188.txt ("1Public participation, …", "2Apologies for absence": the number run
    into the title, read as the next number in turn) and records/ashford_meeting_546.txt ("2.To consider …", the
    stop kept, the space lost)."""
    page = ("Meeting documents\n\nCouncil\nTuesday, 23rd July, 2019 6.00 pm\n\nBusiness Items\n1Public participation, "
            "petitions, and deputations (Standing Orders 2(vi) and 17)\n The Council will hear any person.\n"
            "2Apologies for absence\n3Petitions to be presented by Members (Standing Order No. 16)\n")
    items = read_meeting_page(page).meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Public participation, petitions, and deputations (Standing Orders 2(vi) and 17)"),
        ("2", "Apologies for absence"), ("3", "Petitions to be presented by Members (Standing Order No. 16)")]
    page = ("Meeting documents\n\nThursday, 17th October, 2013 7.00 pm\n\n Agenda Papers \n2.To consider whether any "
            "items should be dealt with in private.\n3.Declarations of Interest\n")
    items = read_meeting_page(page, "https://example.gov.uk/mgAi.aspx?ID=1&MId=546").meetings[0].items
    assert [(item.number, item.title) for item in items] == [
        ("2", "To consider whether any items should be dealt with in private."), ("3", "Declarations of Interest")]


def test_the_minutes_number_again_under_its_label_is_no_item() -> None:
    """records/south-hams_meeting_1470.txt: "32/21" / "Minutes pdf icon PDF 581 KB" / … / "Minutes:" / "32/21" / "It
    was PROPOSED and SECONDED …": the number under the label is the minute's own, over its text; the votes are the
    item's ("… this proposal was declared LOST.", "It was then declared CARRIED that both sets of minutes be
    approved …")."""
    page = ("Agenda and minutes\n\nSouth Hams Council - Thursday, 15th July, 2021 2.00 pm\n\nItems\nNo. Item\n\n"
            "32/21\n\nMinutes pdf icon PDF 581 KB\n\nto approve as a correct record the minutes of the meeting of the "
            "Council held on 20 May 2021\n\nAdditional documents:\n\nMinutes:\n\n32/21\n\n"
            "It was PROPOSED and SECONDED that the minutes be approved.\n\n"
            "As a result, it was PROPOSED and SECONDED that approval of the Annual Council minutes be deferred.  "
            "However, when put to the vote, this proposal was declared LOST.\n\n"
            "It was then declared CARRIED that both sets of minutes be approved as a true and correct record.\n")
    [item] = read_meeting_page(page).meetings[0].items
    assert (item.number, item.title) == ("32/21", "Minutes")
    assert [vote.outcome for vote in item.votes] == ["lost", "carried"]


def test_the_older_pages_meeting_papers_listed_by_name() -> None:
    """records/ashford_meeting_546.txt: " Agenda Papers ", " Minutes for this Meeting ", " Agenda Front Page " under
    the date are the meeting's papers (links, no type or size printed); the heading "Meeting documents" is none."""
    page = ("Meeting documents\n\nThursday, 17th October, 2013 7.00 pm\n\n Agenda Papers \n Minutes for this Meeting \n"
            " Agenda Front Page \n2.To consider whether any items should be dealt with in private.\n"
            "3.Declarations of Interest\n")
    meeting = read_meeting_page(page, "https://example.gov.uk/mgAi.aspx?ID=1&MId=546").meetings[0]
    assert [document.title for document in meeting.documents] == [
        "Agenda Papers", "Minutes for this Meeting", "Agenda Front Page"]


def test_a_declarations_table_row_states_the_declarants_post_in_an_outside_body() -> None:
    """records/ashford_meeting_4682.txt: "Bartlett" / "Made a ‘Voluntary Announcement’ as a Member of Kent County
    Council." / "184": Councillor Bartlett is a Member of Kent County Council; "a member of the Steering Committee for
    the Tenterden Neighbourhood Plan" names no organisation, so no post."""
    record = read_meeting_page(ASHFORD_DECLARATIONS)
    assert [(post.label, post.holder.name, post.organisation.name) for post in record.posts] == [
        ("Member", "Bartlett", "Kent County Council"), ("Member", "Campkin", "Kent County Council")]


def test_resolved_unanimously_is_no_part_of_the_resolution() -> None:
    # records/waltham-forest_meeting_4641.txt: "RESOLVED unanimously that the Council records its sincere thanks …".
    found = DECISION_MARKER.match("RESOLVED unanimously that the Council records its sincere thanks to Councillor "
                                  "Sally Littlejohn")
    assert found is not None
    assert found["text"] == "that the Council records its sincere thanks to Councillor Sally Littlejohn"


def test_a_decision_label_in_title_case_and_a_lead_in_cut_by_the_copy() -> None:
    """records/argyll-bute_meeting_7454.txt: "Decision" alone over "The Council noted the content of the report by the
    Returning Officer."; records/argyll-bute_meeting_14427.txt stops in "The Council noted –" / "1.    The con":
    only the lead-in is whole, so no decision is published (a Warning says so)."""
    head = "Agenda and minutes\n\nArgyll and Bute Council - Thursday, 18 May 2017 12:00 pm\n\nItems\nNo. Item\n\n"
    whole = read_meeting_page(head + "1.\n\nMEMBERS OF THE COUNCIL\n\nMinutes:\n\nConsideration was given to a "
                              "report.\n\nDecision\n\nThe Council noted the content of the report by the Returning "
                              "Officer.\n\n(Reference:  Report by Returning Officer dated 4 May 2017, submitted)\n")
    assert [d.text for d in whole.meetings[0].items[0].decisions] == [
        "The Council noted the content of the report by the Returning Officer."]
    cut = read_meeting_page(head + "5.\n\nLEADER'S REPORT\n\nMinutes:\n\nThe Council gave consideration to a report."
                            "\n\nDecision\n\n \n\nThe Council noted –\n\n \n\n1.    The con")
    assert cut.meetings[0].items[0].decisions == []
    assert any("the copy stops in it" in warning for warning in cut.warnings)


def test_a_resolution_marked_after_the_items_word_and_a_dash_or_ordered() -> None:
    """records/north-lincolnshire_meeting_4203.txt: "MINUTES – RESOLVED" over "That the minutes …";
    records/middlesbrough_meeting_8721.txt: "ORDERED that:" over the numbered resolution."""
    assert DECISION_MARKER.match("MINUTES – RESOLVED")["text"] == ""
    assert DECISION_MARKER.match("ORDERED that:")["text"] == "that:"
    assert DECISION_MARKER.match("ORDERED by the Chair to leave") is None


def test_a_last_item_title_its_file_icon_follows_is_whole_where_the_copy_stops() -> None:
    """records/scarborough_meeting_10770.txt: the copy stops after item 5b's title line, which its file's icon ends
    ("… (19/136) pdf icon PDF 42 KB"): the title is whole, the item read with its document."""
    text = (ASHFORD_DECLARATIONS.rsplit("174.", 1)[0] + "174.\n\nAnnual Report and Improvement Plan 2019/20 (19/136) "
            "pdf icon PDF 42 KB")
    record = read_meeting_page(text)
    last = record.meetings[0].items[-1]
    assert (last.number, last.title, [(d.title, d.size_text) for d in last.documents]) == (
        "174", "Annual Report and Improvement Plan 2019/20 (19/136)",
        [("Annual Report and Improvement Plan 2019/20 (19/136)", "42 KB")])
    assert not any("the copy stops in its title" in warning for warning in record.warnings)


def test_a_resolution_printed_as_reference_headings_and_the_sentences_deciding_them() -> None:
    """Chiltern 3457: "RESOLVED -" / "Application ref CH/2017/0052/FA" / "The application was approved, …" / the
    next application the same; "Conditions" / "1. General Time Limit" under them is no part of it."""
    approved = ("The application was approved, subject to the conditions set out in the original report (and below) "
                "and with the decision delegated to the Head of Sustainable Development.")
    lines = [Line(1, "RESOLVED -"), Line(3, "Application ref CH/2017/0052/FA"), Line(5, approved),
             Line(7, "Application ref CH/2017/0054/FA"), Line(9, approved), Line(11, "Conditions"),
             Line(13, "1.      General Time Limit")]
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False)] == [
        f"Application ref CH/2017/0052/FA\n\n{approved}\n\nApplication ref CH/2017/0054/FA\n\n{approved}"]
    # a resolution that is a sentence of its own is not continued by a paragraph after it
    lines = [Line(1, "RESOLVED - That the report be noted."), Line(3, "Application ref CH/2017/0052/FA"),
             Line(5, approved)]
    assert [d.text for d in decisions_in(lines, None, whole_if_unmarked=False)] == ["That the report be noted."]


def test_resolved_to_agree_with_a_colon_leaves_its_verb_out_of_the_decision() -> None:
    """"The EMCCA Board RESOLVED to unanimously agree:" / "That the minutes … be approved as a correct record." (records
    east-midlands-cca_meeting_121): the decision is the resolution under the lead-in, not its verb."""
    record = read_record(paths.TESTS / "corpus" / "records" / "east-midlands-cca_meeting_121.txt")
    item = next(item for item in record.meetings[0].items if item.number == "4")
    assert [decision.text for decision in item.decisions] == [
        "That the minutes of the meeting of the EMCCA Board held on 16 December 2024 be approved as a correct record."]


def test_the_body_the_chair_speaks_to_names_the_meeting() -> None:
    """"The Mayor advised Council that Keely had also been awarded a star …" (records wigan_meeting_5583), "The Mayor
    informed Council that, in accordance with …" (rochdale_meeting_5158): on a page that prints no committee, the
    body the chair speaks to, named without an article, is the meeting's; a member spoken to names none."""
    from publisher.sources.text_rules import acting_body

    assert acting_body("The Mayor advised Council that Keely had also been awarded a star on Leigh’s Walk of Fame") \
        == "Council"
    assert acting_body("The Chair advised Councillor Smith that the item was deferred.") is None
    for name in ("wigan_meeting_5583", "rochdale_meeting_5158"):
        record = read_record(paths.TESTS / "corpus" / "records" / f"{name}.txt")
        assert record.meetings[0].committee.name == "Council"


def test_a_decision_part_that_is_one_word_of_verdict() -> None:
    """"Forward Plan" / "Presented By: Chair" / "Decision:" / "Noted." (records west-midlands-ca_meeting_366): the
    verdict is the item's decision."""
    record = read_record(paths.TESTS / "corpus" / "records" / "west-midlands-ca_meeting_366.txt")
    item = next(item for item in record.meetings[0].items if item.number == "4")
    assert [decision.text for decision in item.decisions] == ["Noted."]


def test_presented_by_a_whole_name_and_by_an_office() -> None:
    """"Presented By: Tim Martin" under an item's title (records west-midlands-ca_meeting_366): he presented the item;
    "Presented By: Chair" names an office alone, no one."""
    from publisher.sources.text_rules import presented_by

    assert [(p.kind, p.person.name) for p in presented_by("Presented By: Tim Martin")] == [("presented", "Tim Martin")]
    assert presented_by("Presented By: Chair") == []
    assert presented_by("Presented By: Democratic Services") == []


OPENLYLOCAL = paths.TESTS / "corpus" / "records"


def test_a_page_as_openlylocal_republished_it_is_read_under_its_heading() -> None:
    """OpenlyLocal printed its own heading over the ModernGov page, month first ("Minutes for The Cabinet meeting,
    Jun 1 2009, 2.00PM official page"); the page below is read as any minutes page, and a title's file printed
    without its icon's words ("Minutes PDF 28 KB") is the item's document."""
    record = read_record(OPENLYLOCAL / "stratford-on-avon_meeting_openlylocal-5439.txt")
    meeting = record.meetings[0]
    assert (meeting.committee.name, meeting.date, meeting.start) == (
        "The Cabinet", date(2009, 6, 1), datetime(2009, 6, 1, 14, 0, tzinfo=ZoneInfo("Europe/London")))
    assert meeting.venue == "Council Chamber, Elizabeth House, Stratford-upon-Avon"
    assert [(item.number, item.title) for item in meeting.items] == [
        ("34", "Disclosure of Interests"), ("35", "Minutes"), ("36", "High Level Service Actions for 2009/10")]
    assert meeting.items[1].documents == [Document(title="Minutes", mime_type="application/pdf", size_text="28 KB")]
    assert looks_like_meeting_page("St Albans City & District Council:\n\nMinutes for Planning (Development Control) "
                                   "Committee Central meeting, Sep 21 2009, 7.00PM official page\n")


def test_members_appointed_for_the_meeting_in_place_of_others_respectively() -> None:
    """St Albans: "Councillors Lusby and Teare had been appointed as members of the … Committee Central for this
    meeting only in place of Councillors Wartenberg and Witherick respectively": each a substitute for the member
    listed in the same place."""
    found = read_attendance(
        "It was noted that Councillors Lusby and Teare had been appointed as members of the Planning (Development "
        "Control) Committee Central for this meeting only in place of Councillors Wartenberg and Witherick "
        "respectively, in accordance with the approved procedure.")
    assert [(a.person.name, a.kind, a.substitute_for.name if a.substitute_for else None) for a in found] == [
        ("Lusby", "substitute", "Wartenberg"), ("Teare", "substitute", "Witherick")]


def test_the_leader_of_a_party_group_holds_one_post() -> None:
    """"H Wright (Leader Liberal Democrat Group)" (Stratford-on-Avon) leads a party group of the council: one post,
    as "Leader of the Liberal Democrat Group" is, not a post in an outside body."""
    named = people_in_prose("Subject to the inclusion of the names of Councillors V Hobbs (OSC Chairman) and H Wright "
                            "(Leader Liberal Democrat Group) as being in attendance at the meeting on 30 March 2009.")
    assert [(n.person.name, n.person.organisation, n.role) for n in named] == [
        ("V Hobbs", None, "OSC Chairman"), ("H Wright", None, "Leader Liberal Democrat Group")]


def test_the_portfolio_an_interest_is_declared_by_is_the_members_post() -> None:
    """"… because she was the Portfolio Holder for Housing Services." (St Albans), "… as she was the Cabinet Member
    for Children’s Services, Education and Lifelong Skills and the scheme …" (Isle of Wight): the member's post."""
    lusby = people_in_prose("Councillor Lusby disclosed a personal and prejudicial interest in the planning "
                            "application 5/2009/1489, submitted by St Albans City & District Council, and referred to "
                            "in Minute no. 9 below because she was the Portfolio Holder for Housing Services.")
    assert [(n.person.name, n.role) for n in lusby] == [("Lusby", "Portfolio Holder for Housing Services")]
    andre = people_in_prose("Councillor D Andre declared an interest in minute number 27 as she was the Cabinet Member "
                            "for Children’s Services, Education and Lifelong Skills and the scheme included land for a "
                            "new school.")
    assert [(n.person.name, n.role) for n in andre] == [
        ("D Andre", "Cabinet Member for Children’s Services, Education and Lifelong Skills")]


def test_an_agenda_of_texted_items_that_ends_on_a_bare_title_stops_in_it() -> None:
    """records/tameside_meeting_1386.txt: an "Agenda" whose items 4-8 each print a title, its file and "To consider
    the attached report of …", the copy ending "9." / "INTERPRETATION": that title may be cut short, so item 9 is
    left out with a Warning; an agenda whose last items print no text may end on a bare title (kept)."""
    def item(number: str, title: str, text: str) -> str:
        return f"{number}.\n\n{title}\n\n{text}\n\n" if text else f"{number}.\n\n{title}\n\n"
    head = ("Agenda\n\nExecutive Cabinet - Wednesday, 21st March, 2018 2.00 pm\n\nVenue: Lesser Hall 2 - Dukinfield "
            "Town Hall.\n\nItems\nNo. Item\n\n")
    texted = "".join(item(str(n), f"REPORT {n} pdf icon PDF 455 KB", "To consider the attached report of the "
                      "Executive Member (Performance and Finance)/Director of Finance.") for n in range(4, 9))
    record = read_meeting_page(head + texted + "9.\n\nINTERPRETATION")
    assert [i.number for i in record.meetings[0].items] == ["4", "5", "6", "7", "8"]
    assert any("the copy stops in its title (INTERPRETATION)" in warning for warning in record.warnings)
    bare = "".join(item(str(n), f"REPORT {n}", "") for n in range(4, 9))
    kept = read_meeting_page(head + bare + "9.\n\nINTERPRETATION")
    assert [i.number for i in kept.meetings[0].items] == ["4", "5", "6", "7", "8", "9"]


def test_a_contacts_post_on_the_line_under_their_name() -> None:
    """ "Contact: Priya Shah" / "Principal Committee Officer" / "01234 567890  Email: …": the line under the name is
    the contact's post; a line that is no post (a phone number, a name) gives none."""
    page = ("Agenda and minutes\n\nCabinet - Monday, 3 June 2024 6.30 pm\n\nVenue: Committee Room 2, Town Hall\n\n"
            "Contact: Priya Shah\nPrincipal Committee Officer\n01234 567890  Email: p.shah@example.gov.uk\n\n"
            "Items\nNo. Item\n\n1.\n\nApologies for Absence\n\nMinutes:\n\nThere were none.\n")
    contact = read_meeting_page(page).meetings[0].contact
    assert (contact.person.name, contact.role) == ("Priya Shah", "Principal Committee Officer")
    contact = read_meeting_page(page.replace("Principal Committee Officer\n", "")).meetings[0].contact
    assert (contact.person.name, contact.role) == ("Priya Shah", None)


def test_a_copy_that_stops_inside_the_last_items_file_size_keeps_the_item_and_the_files_kind() -> None:
    """holdout/canterbury_meeting_12136.txt's pattern: the copy's last line "Minutes of the meeting held on 3 May
    2019 pdf icon PDF 100 K" stops inside the size: the item and its title are whole, the file's kind is printed,
    its size is not (so none)."""
    page = ("Agenda and draft minutes\n\nVenue: Town Hall\n\nItems\nNo. Item\n\n41.\n\nApologies for absence\n\n"
            "Minutes:\n\nApologies had been received from Councillor Vale.\n\n42.\n\n"
            "Minutes of the meeting held on 3 May 2019 pdf icon PDF 100 K\n")
    [meeting] = read_meeting_page(page, source_url="https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2")\
        .meetings
    assert [(item.number, item.title) for item in meeting.items] == [
        ("41", "Apologies for absence"), ("42", "Minutes of the meeting held on 3 May 2019")]
    [document] = meeting.items[1].documents
    assert (document.title, document.mime_type, document.size_text) == (
        "Minutes of the meeting held on 3 May 2019", "application/pdf", None)


def test_an_amendment_a_member_asked_for_and_the_next_paragraph_seconded_is_moved_by_them() -> None:
    """holdout/allerdale_meeting_5217.txt's pattern: "Councillor A requested an amendment to minute 12 …" then "The
    amendment was seconded by Councillor B.": A moved it, B seconded it; asked for and not seconded, nobody moved."""
    page = ("Agenda and minutes\n\nVenue: Town Hall\n\nItems\nNo. Item\n\n4.\n\nMinutes\n\nMinutes:\n\n"
            "Councillor J Pike requested an amendment to minute 12 to record the vote.\n\n"
            "The amendment was seconded by Councillor R Hale.\n\n5.\n\nQuestions\n\nMinutes:\n\n"
            "Councillor J Pike requested an amendment to the wording of the answer.\n\nThe Chair agreed.\n")
    url = "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2"
    minutes, questions = read_meeting_page(page, source_url=url).meetings[0].items
    assert [(p.kind, p.person.name) for p in minutes.participations] == [("moved", "J Pike"), ("seconded", "R Hale")]
    assert [(p.kind, p.person.name) for p in questions.participations] == []


def test_a_numbered_item_whose_title_cell_is_blank_has_its_minutes_under_it() -> None:
    """A numbered row whose title cell the copy left blank, its minutes under the number ("It was noted that …",
    a sentence in the past): the item's minutes, not its title; a numbered title in sentence form stays one."""
    page = ("Agenda and minutes\n\nVenue: Town Hall\n\nNo. Item\n\nA 20/1\n\nApologies for Absence\n\n\n"
            "There were no apologies.\n\nA 20/2\n\n\n\nIt was noted that no deputations had been submitted by "
            "residents.\n\n\nA 20/3\n\nTo note the budget.\n\n\nThe budget was noted.\n")
    items = read_meeting_page(page, "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2").meetings[0].items
    assert [(i.number, i.title) for i in items] == [
        ("A 20/1", "Apologies for Absence"), ("A 20/2", ""), ("A 20/3", "To note the budget.")]


def test_a_contact_line_label_left_empty_is_no_post() -> None:
    """"Contact: Rhona Gill  Webcast Link:" (the link not copied): the officer, with no post; a post after the gap
    stays hers."""
    contact = parse_contact("Rhona Gill  Webcast Link:")
    assert contact is not None and contact.person is not None
    assert (contact.person.name, contact.role) == ("Rhona Gill", None)
    posted = parse_contact("Rhona Gill  Committee Services Officer")
    assert posted is not None and (posted.person.name, posted.role) == ("Rhona Gill", "Committee Services Officer")


def test_a_minute_number_with_the_bodys_letters_in_mixed_case_numbers_the_item() -> None:
    """"Ex/14/03/19" alone on its line (the body's letters, then the minute, month and year): the item's number,
    its title the line under it, not an item titled by the number."""
    page = ("Agenda and minutes\n\nVenue: Town Hall\n\nNo. Item\n\nEx/14/03/19\n\nApologies for Absence\n\nMinutes:\n\n"
            "There were none.\n\nEx/15/03/19\n\nMinutes\n\nMinutes:\n\nRESOLVED that the minutes be signed.\n")
    items = read_meeting_page(page, "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2").meetings[0].items
    assert [(i.number, i.title) for i in items] == [
        ("Ex/14/03/19", "Apologies for Absence"), ("Ex/15/03/19", "Minutes")]


def test_a_resolution_under_the_additional_documents_label_is_the_items_minutes() -> None:
    """"Additional documents:" whose links the copy lost, then "RESOLVED – That …" with no "Minutes:" label: the
    item's decision, not a document."""
    page = ("Agenda and minutes\n\nVenue: Town Hall\n\nNo. Item\n\nB 22/3\n\nMinutes of the meetings held in March "
            "pdf icon PDF 90 KB\n\nAdditional documents:\n\n\nRESOLVED – That the minutes of the meetings held in "
            "March be signed as a correct record.\n\n\nB 22/4\n\nAnnouncements\n")
    items = read_meeting_page(page, "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2").meetings[0].items
    assert [d.text for d in items[0].decisions] == [
        "That the minutes of the meetings held in March be signed as a correct record."]
    assert [d.title for d in items[0].documents] == ["Minutes of the meetings held in March"]


def test_resolved_in_capitals_after_and_ends_the_sentence_that_leads_to_it() -> None:
    """"The Mayor thanked the residents for their deputation and RESOLVED that the matter be referred to …": the
    resolution after the capitals; "and resolved" in lower case inside a sentence reports, it marks nothing."""
    marked = DECISION_MARKER.match("The Mayor thanked the residents for their deputation and RESOLVED that the "
                                   "matter be referred to the Head of Highways.")
    assert marked is not None and marked["text"] == "that the matter be referred to the Head of Highways."
    assert DECISION_MARKER.match("The Mayor thanked the residents and resolved that the matter was closed.") is None


def test_and_resolved_on_its_own_line_ends_the_movers_sentence() -> None:
    """"Proposed by Councillor Ames" / "Seconded by Councillor Dorr" / "and RESOLVED that the minutes … be signed
    …": the resolution is the item's decision, voted on and carried, moved and seconded by the two."""
    page = ("Agenda and minutes\n\nVenue: Town Hall\n\nNo. Item\n\nX/2/01/22\n\nMinutes\n\nMinutes:\n\nProposed by "
            "Councillor Ames\n\nSeconded by Councillor Dorr\n\n \n\nand RESOLVED that the minutes of the meeting held "
            "on 4 December 2021 be signed as a correct record.\n\nX/3/01/22\n\nAnnouncements\n")
    item = read_meeting_page(page, "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2").meetings[0].items[0]
    resolved = "that the minutes of the meeting held on 4 December 2021 be signed as a correct record."
    assert [d.text for d in item.decisions] == [resolved]
    assert [(v.motion, v.outcome) for v in item.votes] == [(resolved, "carried")]
    assert [(p.kind, p.person.name) for p in item.participations if p.person] == [
        ("moved", "Ames"), ("seconded", "Dorr")]


def test_a_mover_and_seconder_named_in_a_with_clause() -> None:
    """"With Ms Orr proposing and Mr Vance seconding Ms Hale as Deputy Mayor and there being no other nominations,
    it was": Orr moved, Vance seconded (Hale, the nominee, neither)."""
    from publisher.sources.text_rules import participations
    found = participations("With Ms Orr proposing and Mr Vance seconding Ms Hale as Deputy Mayor and there being no "
                           "other nominations, it was")
    assert [(p.kind, p.person.honorific, p.person.name) for p in found if p.person] == [
        ("moved", "Ms", "Orr"), ("seconded", "Mr", "Vance")]
