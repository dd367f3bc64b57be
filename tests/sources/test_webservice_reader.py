"""The ModernGov web-service readers (mgWebService.asmx), on the three real Manchester responses, on our
reconstruction of a GetCouncillorsByWard response, and on hostile XML."""

from __future__ import annotations

import shutil
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree
from rdflib import Graph

from publisher import rdf
from publisher.errors import RecordError
from publisher.model import Attendance, Committee, Document, Membership, Person, Post, Record
from publisher.sources import read_record
from publisher.sources.webservice import (
    COUNCILLOR_FIELDS,
    KIND_COMMITTEES,
    KIND_COUNCILLORS,
    KIND_MEETING,
    KIND_MEETINGS,
    looks_like_webservice,
    office_with_name,
    published_fields,
    read_webservice,
    represented_body,
    root_name,
)
from tests import paths
from tests.conftest import RECORDS, ROOT

FIXTURES = paths.TESTS / "fixtures"
COMMITTEES = RECORDS / "manchester_getcommittees.xml"
MEETINGS = RECORDS / "manchester_getmeetings_audit_2026.xml"
MEETING = RECORDS / "manchester_audit_getmeeting_4967.xml"
COUNCILLORS = FIXTURES / "getcouncillorsbyward_reconstructed.xml"
CATEGORY = "Governance and Decision Making Committees"


def london(*args: int) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(*args, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def meeting_record() -> Record:
    return read_record(MEETING)


# --- GetCommittees ---------------------------------------------------------------------------------------


def test_committees_with_ids_titles_categories_and_flags() -> None:
    record = read_record(COMMITTEES)
    assert (record.kind, record.source_id) == (KIND_COMMITTEES, "all")
    assert record.meetings == []
    assert record.committees == [
        Committee("Appointment Sub Committee for Director of Adult Social Services", "312", CATEGORY,
                  expired=True, deleted=False),
        Committee("Art Galleries Committee", "163", CATEGORY, expired=False, deleted=False),
        Committee("Audit Committee", "144", CATEGORY, expired=False, deleted=False),
    ]


# --- GetMeetings -----------------------------------------------------------------------------------------


def test_meetings_of_the_audit_committee() -> None:
    record = read_record(MEETINGS)
    assert record.kind == KIND_MEETINGS
    assert record.source_id == "144-2026-01-13-2026-02-10"  # no URL: the committee and the dates listed
    assert [(m.source_id, m.date, m.start, m.status) for m in record.meetings] == [
        ("4966", date(2026, 1, 13), london(2026, 1, 13, 10, 0), "Cancelled"),
        ("4967", date(2026, 2, 10), london(2026, 2, 10, 10, 0), "Confirmed"),
    ]
    assert {m.committee.name for m in record.meetings} == {"Audit Committee"}
    assert {m.committee.source_id for m in record.meetings} == {"144"}
    assert all(m.start.utcoffset() == timedelta(0) for m in record.meetings)  # GMT in winter
    assert record.committees == []


def test_meetings_record_id_comes_from_the_request_when_known() -> None:
    url = ("https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=144"
           "&sFromDate=01/01/2026&sToDate=31/12/2026")
    record = read_webservice(MEETINGS.read_text(encoding="utf-8"), url, None)
    assert record.source_id == "144-2026-01-01-2026-12-31"
    assert record.source_url == url


def test_summer_meeting_time_is_british_summer_time() -> None:
    text = MEETINGS.read_text(encoding="utf-8").replace("13/01/2026", "14/07/2026")
    first = read_webservice(text, None, None).meetings[0]
    assert first.start == london(2026, 7, 14, 10, 0)
    assert first.start.utcoffset() == timedelta(hours=1)


def test_a_committee_with_no_meetings_is_still_listed() -> None:
    text = ("<getmeetings><meetingscount> 0</meetingscount><committee><committeeid>163</committeeid>"
            "<committeetitle>Art Galleries Committee</committeetitle><committeemeetingcount> 0"
            "</committeemeetingcount><committeemeetings /></committee></getmeetings>")
    record = read_webservice(text, None, None)
    assert record.meetings == []
    assert record.committees == [Committee("Art Galleries Committee", "163")]
    assert record.source_id == "163"


# --- GetMeeting ------------------------------------------------------------------------------------------


def test_meeting_4967_of_the_audit_committee(meeting_record: Record) -> None:
    assert (meeting_record.kind, meeting_record.source_id) == (KIND_MEETING, "4967")
    [meeting] = meeting_record.meetings
    assert meeting.committee.name == "Audit Committee"  # from <refertocommittee>: the meeting names none
    assert meeting.source_id == "4967"
    assert meeting.date == date(2026, 2, 10)
    assert meeting.start == london(2026, 2, 10, 10, 0)
    assert meeting.end == london(2026, 2, 10, 14, 0)  # planned finish 2.00 pm
    assert meeting.venue == "Council Antechamber, Level 2, Town Hall Extension"
    assert meeting.status == "Confirmed"


def test_items_carry_the_displayed_numbers_not_agendaitemnumber(meeting_record: Record) -> None:
    items = meeting_record.meetings[0].items
    assert [(i.number, i.title, i.position, i.source_id) for i in items] == [
        ("1", "Minutes", 1, "18831"),
        ("9", "Work Programme", 2, "18833"),
    ]


def test_agenda_text_and_minutes_are_html_turned_into_text(meeting_record: Record) -> None:
    minutes_item, work_programme = meeting_record.meetings[0].items
    assert minutes_item.purpose == ("To approve as a correct record the minutes of the meeting held on "
                                    "25 November 2025.")
    assert minutes_item.minutes == ("To approve the minutes of the meeting held on 25 November 2025 as a "
                                    "correct record.")
    assert work_programme.purpose == "The report of the Governance and Scrutiny Support Unit, attached."
    assert work_programme.minutes == (
        "The Committee considered a report of the Governance and Scrutiny Support Unit which set out its "
        "future Work Programme for the remainder of 2025/26 municipal year.")


def test_linked_documents_with_urls_and_publication_dates(meeting_record: Record) -> None:
    minutes_item, work_programme = meeting_record.meetings[0].items
    assert minutes_item.documents == [Document(
        "6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025",
        "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860", published=date(2026, 2, 2))]
    assert work_programme.documents == [Document(
        "DRAFT WP  FEBRUARY 2026", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909",
        published=date(2026, 2, 2))]


def test_basil_curley_attends_as_committee_member(meeting_record: Record) -> None:
    assert meeting_record.meetings[0].attendances == [Attendance(
        Person("Basil Curley", "Councillor", party="LAB", ward="Charlestown", source_id="192"),
        "expected", role="Committee Member")]


@pytest.mark.parametrize(("printed", "kind"), [
    ("Present", "present"), ("Attended", "present"), ("Expected", "expected"), ("Apologies", "apologies"),
    ("Apologies, sent substitute", "apologies"), ("Absent", "absent"), ("Present as substitute", "substitute"),
    ("In attendance", "in attendance"),
])
def test_attendance_as_printed(printed: str, kind: str) -> None:
    text = MEETING.read_text(encoding="utf-8").replace('attendance="Expected"', f'attendance="{printed}"')
    assert read_webservice(text, None, None).meetings[0].attendances[0].kind == kind


def test_unknown_attendance_is_refused_not_guessed() -> None:
    text = MEETING.read_text(encoding="utf-8").replace('attendance="Expected"', 'attendance="Sleeping"')
    with pytest.raises(RecordError, match="attendance 'Sleeping'") as error:
        read_webservice(text, None, Path("m.xml"))
    assert error.value.field == "attendance"


def test_meeting_with_no_committee_named_takes_the_harvest_listing(tmp_path: Path) -> None:
    """A GetMeeting response with no items names no committee: the sidecar written by the harvest does; without
    one the meeting is still published, keyed on its ModernGov id, with a Warning saying what is missing."""
    text = MEETING.read_text(encoding="utf-8")
    bare = text[:text.index("<agendaitems>")] + text[text.index("<attendees>"):]
    path = tmp_path / "GetMeeting@lMeetingId=4967.xml"
    path.write_text(bare, encoding="utf-8")
    alone = read_record(path)
    [meeting] = alone.meetings
    assert (meeting.committee, meeting.source_id, meeting.date) == (None, "4967", date(2026, 2, 10))
    assert [a.person.name for a in meeting.attendances][:1] == ["Basil Curley"]
    assert alone.warnings == [
        "meeting 4967: the response names no committee (no item or document names one, and no harvest sidecar "
        "lists it), so the meeting is published without one, keyed on its ModernGov id; 'publisher fetch' "
        "records the committee that listed it"]
    path.with_name(f"{path.stem}.source.txt").write_text(
        "Source URL: https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967\n"
        "Committee: Audit Committee\nCommittee ID: 144\n", encoding="utf-8")
    [meeting] = read_record(path).meetings
    assert (meeting.committee.name, meeting.committee.source_id) == ("Audit Committee", "144")
    assert meeting.items == []


def test_item_without_a_displayed_number_is_refused_with_its_line() -> None:
    text = MEETING.read_text(encoding="utf-8").replace("<fulldisplaynumberformat>1.</fulldisplaynumberformat>",
                                                       "<fulldisplaynumberformat></fulldisplaynumberformat>")
    with pytest.raises(RecordError, match="without a displayed number") as error:
        read_webservice(text, None, Path("m.xml"))
    lines = MEETING.read_text(encoding="utf-8").splitlines()
    assert error.value.line == lines.index("      <fulldisplaynumberformat>1.</fulldisplaynumberformat>") + 1


def test_day_first_dates_and_impossible_dates() -> None:
    text = MEETING.read_text(encoding="utf-8").replace("<publicationdate>02/02/2026", "<publicationdate>31/02/2026")
    with pytest.raises(RecordError, match="31/02/2026 is not a valid day-first date") as error:
        read_webservice(text, None, Path("m.xml"))
    assert error.value.field == "publicationdate"


def test_a_boolean_other_than_true_or_false_is_refused() -> None:
    text = COMMITTEES.read_text(encoding="utf-8").replace("<committeeexpired>True", "<committeeexpired>Yes")
    with pytest.raises(RecordError, match="'Yes' is not True or False"):
        read_webservice(text, None, Path("c.xml"))


# --- detection --------------------------------------------------------------------------------------------


def test_detected_by_root_element_or_web_service_url() -> None:
    assert root_name(MEETING.read_text(encoding="utf-8")) == "meeting"
    assert looks_like_webservice(COMMITTEES.read_text(encoding="utf-8"))
    assert looks_like_webservice("<!-- saved --><getmeetings></getmeetings>")
    assert not looks_like_webservice("Issue - meetings\nSomething")
    assert not looks_like_webservice("<html><body><p>meeting</p></body></html>")
    assert looks_like_webservice("oops", "https://x.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=1")


def test_file_name_does_not_decide(tmp_path: Path) -> None:
    renamed = tmp_path / "notes.txt"
    shutil.copy(MEETING, renamed)
    assert read_record(renamed).source_id == "4967"


def test_unknown_root_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "response.xml"
    path.write_text("<?xml version='1.0'?><electionresults/>", encoding="utf-8")
    path.with_name("response.source.txt").write_text(
        "Source URL: https://democracy.manchester.gov.uk/mgWebService.asmx/GetElectionResults\n")
    with pytest.raises(RecordError, match="does not read \\(root element <electionresults>\\)") as error:
        read_record(path)
    assert error.value.path == str(path)


def test_malformed_xml_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_text(MEETING.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    with pytest.raises(RecordError, match="not well-formed XML") as error:
        read_record(path)
    assert error.value.path == str(path) and error.value.line is not None


# --- hostile XML ------------------------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE meeting [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<meeting><meetingid>1</meetingid><meetingdate>10/02/2026</meetingdate><meetinglocation>&lol9;</meetinglocation>
</meeting>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE committees [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<committees><committee><committeeid>1</committeeid><committeetitle>&secret;</committeetitle></committee>
</committees>
"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE committees SYSTEM "http://127.0.0.1:9/evil.dtd">
<committees></committees>
"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD],
                         ids=["billion-laughs", "external-entity", "external-dtd"])
def test_doctype_is_refused_quickly_naming_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "hostile.xml"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(RecordError) as error:
        read_record(path)
    assert time.monotonic() - started < 1.0
    assert str(error.value) == f"{path}: hostile file: XML with a DOCTYPE is refused, entity expansion is not allowed"
    assert "root:" not in str(error.value)  # /etc/passwd was never read into anything


# --- GetCouncillorsByWard (our reconstruction) ---------------------------------------------------------------

HOME_DETAILS = ("17 Quietwater Close", "Quietwater", "M9 7ZZ", "01632 960417", "07700 900417",
                "basil.curley.home@example.org", "Larkspur", "01632 960512", "Cedar Row", "01632 960733",
                "07700 900733", "Hollyhedge")


@pytest.fixture(scope="module")
def councillors() -> Record:
    return read_record(COUNCILLORS)


def test_councillors_with_party_ward_and_uid(councillors: Record) -> None:
    assert (councillors.kind, councillors.source_id) == (KIND_COUNCILLORS, "all")
    assert councillors.source_url == "https://democracy.manchester.gov.uk/mgWebService.asmx/GetCouncillorsByWard"
    assert councillors.people == [
        Person("Basil Curley", "Councillor", party="LAB", ward="Charlestown", source_id="192"),
        Person("Jane Stokes", "Councillor", party="LAB", ward="Charlestown", source_id="2211"),
        Person("Peter Stokes", "Councillor", party="LD", ward="Moss Side", source_id="2390"),
        Person("Sajid Ali Chaudhry", "Councillor", party="LAB", ward="Moss Side", source_id="2402"),
    ]  # "Vacancy" is not a person


def test_terms_of_office_become_council_memberships(councillors: Record) -> None:
    """"Councillor Basil Curley" is the member's honorific; the roster prints no role for the membership."""
    terms = [(m.person.name, m.organisation, m.role, m.start, m.end) for m in councillors.memberships]
    assert terms == [
        ("Basil Curley", "council", None, date(2014, 5, 1), date(2018, 5, 3)),
        ("Basil Curley", "council", None, date(2018, 5, 3), None),  # "unspecified" end
        ("Jane Stokes", "council", None, date(2016, 5, 5), date(2019, 5, 2)),
        ("Peter Stokes", "council", None, date(2019, 5, 2), None),
        ("Sajid Ali Chaudhry", "council", None, date(2021, 5, 6), None),
    ]
    assert all(isinstance(m, Membership) for m in councillors.memberships)


def test_a_roster_that_prints_no_councillor_title_states_no_role() -> None:
    """The GLA's roster lists Assembly Members ("Navin Shah", "James Cleverly MP", "Mayor John Biggs"): they
    are members of the authority, but nothing there says "Councillor", so no membership is given that role."""
    gla = ROOT / "tests" / "corpus" / "records" / "greater-london_webservice_getcouncillorsbyward.xml"
    roster = read_record(gla)
    members = {m.person.name: m for m in roster.memberships}
    assert members["Navin Shah"].organisation == "council" and members["Navin Shah"].role is None
    assert members["John Biggs"].role is None and members["James Cleverly"].role is None
    assert len(members) == 26 and all(m.role is None for m in roster.memberships)


def test_the_body_a_roster_member_represents_is_their_organisation() -> None:
    """The GLA's roster prints "<representing>Greater London Authority</representing>" for the Mayor of London
    alone: he is a member of that body; the members whose element is empty represent nothing stated."""
    gla = ROOT / "tests" / "corpus" / "records" / "greater-london_webservice_getcouncillorsbyward.xml"
    roster = read_record(gla)
    represented = {p.name: p.organisation.name for p in roster.people if p.organisation}
    assert represented == {"Boris Johnson": "Greater London Authority"}


def test_key_posts_are_posts_held(councillors: Record) -> None:
    assert [(p.label, p.holder.name) for p in councillors.posts] == [
        ("Chair, Audit Committee", "Basil Curley"),
        ("Executive Member for Finance and Resources", "Peter Stokes"),
        ("Deputy Leader of the Council", "Peter Stokes"),
    ]
    assert all(isinstance(p, Post) and p.organisation is None for p in councillors.posts)


def test_home_address_phone_and_email_never_reach_the_model_or_the_rdf(councillors: Record) -> None:
    assert "Quietwater Close" in COUNCILLORS.read_text(encoding="utf-8")  # the fixture does hold them
    flat = repr(councillors)
    graph = rdf.map_record(councillors, rdf.Minter("http://127.0.0.1:8000", "manchester"), "publish")
    turtle = graph.serialize(format="turtle")
    assert "Basil Curley" in turtle and "Peter Stokes" in turtle
    for detail in (*HOME_DETAILS, "cllr.basil.curley@manchester.gov.uk", "0161 234 3000"):
        assert detail not in flat
        assert detail not in turtle
    assert isinstance(graph, Graph)


def test_the_reader_sees_only_the_published_fields_of_a_councillor() -> None:
    """The roster fixture's first councillor (GetCouncillorsByWard as ModernGov answers it): what the reader is handed
    holds the published fields only, none of the home address, phone, e-mail or photo elements beside them."""
    root = etree.fromstring(COUNCILLORS.read_bytes(), etree.XMLParser(resolve_entities=False, no_network=True))
    councillor = root.find("wards/ward/councillors/councillor")
    assert {child.tag for child in councillor} - set(COUNCILLOR_FIELDS)  # the source holds more
    assert [child.tag for child in published_fields(councillor)] == [
        child.tag for child in councillor if child.tag in COUNCILLOR_FIELDS]
    assert "Quietwater Close" not in etree.tostring(published_fields(councillor), encoding="unicode")


def test_a_roster_title_is_an_honorific_not_a_role() -> None:
    """Erewash's roster prints "Councillor Glennice Birkin" and "Councillor Mrs Jane Wilson": both titles are
    honorifics; no membership takes "Councillor" as its role, and degrees leave the name."""
    erewash = ROOT / "tests" / "corpus" / "records" / "erewash_webservice_getcouncillorsbyward.xml"
    roster = read_record(erewash)
    people = {p.name: p for p in roster.people}
    assert (people["Glennice Birkin"].honorific, people["Jane Wilson"].honorific) == ("Councillor", "Councillor Mrs")
    assert people["Alexander Phillips"].post_nominals == ("BA (Hons)", "MA")
    assert len(people) == 47 and all(m.role is None for m in roster.memberships)


def test_an_office_printed_with_a_roster_name_is_a_post_held() -> None:
    """A name field that prints an office with the titled name, before it ended by a full stop ("Mayor's Consort.
    Councillor Trevor Hambleton"), before it with the name in brackets ("The Mayor (Councillor Maggi Clark)") or after
    it in brackets ("Councillor Bob Wellington CBE (Leader)"), names the post and the member; a full stop after a
    title or initials, a degree's bracket and a nickname are no office. The member's key posts, where the roster
    prints any, are their posts instead (the office printed with the name is mostly one of them, shortened). A key
    post's separator left at its end ("Chair of Licensing;") is dropped."""
    def read(printed: str) -> tuple[str | None, str | None, str, tuple[str, ...], str | None]:
        office, person = office_with_name(printed)
        return office, person.honorific, person.name, person.post_nominals, person.nickname

    assert read("Mayor's Consort. Councillor Ann Dale") == ("Mayor's Consort", "Councillor", "Ann Dale", (), None)
    assert read("The Mayor. Cllr Mrs Ann Dale") == ("The Mayor", "Cllr Mrs", "Ann Dale", (), None)
    # the bracket's form as the shared grammar reads "The Leader (A Name)" everywhere: the article is no part of it
    assert read("The Mayor (Councillor Ann Dale)") == ("Mayor", "Councillor", "Ann Dale", (), None)
    assert read("Councillor Ann Dale OBE (Deputy Leader)") == (
        "Deputy Leader", "Councillor", "Ann Dale", ("OBE",), None)
    assert read("Dr. Councillor Ann Dale") == (None, "Dr Councillor", "Ann Dale", (), None)
    assert read("A. B. Dale") == (None, None, "A. B. Dale", (), None)
    assert read("Councillor Ann Dale BEng (Lond)") == (None, "Councillor", "Ann Dale", ("BEng (Lond)",), None)
    assert read("Councillor Thomas (Tom) Dale") == (None, "Councillor", "Thomas Dale", (), "Tom")
    member = ("<councillor><councillorid>{id}</councillorid><fullusername>{name}</fullusername>"
              "<keyposts>{posts}</keyposts></councillor>")
    roster = read_webservice(
        "<councillorsbyward><wards><ward><wardtitle>Town</wardtitle><councillors>"
        + member.format(id=7, name="Deputy Mayor. Councillor Ann Dale", posts="")
        + member.format(id=8, name="The Mayor (Councillor Bo Lee)", posts="The Mayor of Town;")
        + "</councillors></ward></wards></councillorsbyward>", None, Path("roster.xml"))
    assert [(p.name, p.honorific) for p in roster.people] == [("Ann Dale", "Councillor"), ("Bo Lee", "Councillor")]
    assert [(p.label, p.holder.name) for p in roster.posts] == [("Deputy Mayor", "Ann Dale"),
                                                                 ("The Mayor of Town", "Bo Lee")]


def test_a_representing_field_is_an_outside_body_only_when_it_reads_as_ones_name() -> None:
    """<representing> holds a body on Greater London's roster, and a ward, a party, a post or letters on most
    others: only a name that reads as a body's (the grammar's ``is_organisation``) is one, never the ward."""
    bodies = ["Greater London Authority", "London Assembly", "Kent Fire and Rescue Service", "Dover District Council"]
    assert [represented_body(text, None) for text in bodies] == bodies
    others = ["Newby Ward", "Ward 6: Cowal", "Brampton", "Labour", "Portfolio Holder for Resources", "LBBD",
              "Rotherham Independents Group", "Liberal Democrat Group"]
    assert [represented_body(text, None) for text in others] == [None] * len(others)
    assert represented_body("Brampton Parish Council", "Brampton Parish Council") is None  # the ward's own name
