"""The ModernGov "Issue - meetings" reader, on the real Stockport records and on variants of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.model import (
    Contact,
    Decision,
    Document,
    Issue,
    Organisation,
    Participation,
    Person,
    Post,
    Record,
)
from publisher.sources import read_record
from publisher.sources.issue_page import (
    classify_bracket,
    looks_like_issue_page,
    read_issue_page,
    split_honorific,
)
from tests import paths
from tests.conftest import RECORDS, samples_except

FOUNDING = RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt"
TWO_MEETINGS = RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"

FIRST_COMMENT = (
    "In response to a question relating to the ability of the police to continue to enforce the Strategy’s "
    "priorities in view of increasing pressure on resources, it was stated that the police continued to work "
    "in partnership with other agencies to prioritise its resources on neighbourhood policing and tacking "
    "issues of anti-social behaviour.")
LAST_COMMENT = "The police had recently ring-fenced resources to address a rise in burglary across Stockport."
RECOMMENDATIONS = [
    "Note the developing Stockport and GM Community Safety Plans, underpinned by completed strategic "
    "assessments, and timetables for further engagement and consultation going forward;",
    "Consider the proposed priority areas for action in the new SSP Plan set out at paragraph 4.3 of the "
    "report.",
]


@pytest.fixture(scope="module")
def founding() -> Record:
    return read_record(FOUNDING)


@pytest.fixture(scope="module")
def two_meetings() -> Record:
    return read_record(TWO_MEETINGS)


# --- the founding record ------------------------------------------------------------------------------


def test_founding_record_identity(founding: Record) -> None:
    assert founding.kind == "issue-meetings"
    assert founding.source_id == "68785"
    assert founding.source_url == "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3"
    assert founding.path == FOUNDING
    assert founding.issue == Issue(title="Safer Stockport Partnership Priorities", source_id="68785")


def test_founding_meeting_and_item(founding: Record) -> None:
    [meeting] = founding.meetings
    assert meeting.committee.name == "Communities & Transport Scrutiny Committee"
    assert meeting.date == date(2017, 12, 4)
    assert meeting.start is None
    [item] = meeting.items
    assert item.number == "4"
    assert item.title == "Safer Stockport Partnership Priorities"
    assert item.position is None
    assert item.issue is founding.issue
    assert item.documents == [Document(title="Safer Stockport Partnership Priorities",
                                       mime_type="application/pdf", size_text="107 KB")]
    assert item.documents[0].size_bytes == 107 * 1024


def test_founding_agenda_text(founding: Record) -> None:
    item = founding.meetings[0].items[0]
    assert item.report_of == Post("Deputy Chief Executive")
    assert item.purpose == (
        "The purpose of this report is to seek Members views on proposed priority areas for the SSP to focus "
        "on in a new SSP Plan.  Given the cross-cutting nature of the Partnership’s work, this report is "
        "being considered by all Scrutiny Committees.")
    assert item.recommendations == RECOMMENDATIONS
    assert item.contact == Contact(person=Person("Peter Owston"), phone="0161 474 3274",
                                   email="peter.owston@stockport.gov.uk")


def test_founding_comments_are_the_eight_bullets_verbatim(founding: Record) -> None:
    item = founding.meetings[0].items[0]
    assert len(item.comments) == 8
    assert item.comments[0] == FIRST_COMMENT
    assert item.comments[-1] == LAST_COMMENT
    assert item.comments[5] == ("The under-resourcing of youth services had placed increasing pressure on "
                                "reactive services such as the police and children’s’ services.")
    raw = FOUNDING.read_text(encoding="utf-8").replace("\u00a0", " ")
    assert all(comment in raw for comment in item.comments)
    assert not any("RESOLVED" in comment for comment in item.comments)


def test_founding_participations(founding: Record) -> None:
    submitted, member, police = founding.meetings[0].items[0].participations
    assert submitted == Participation(kind="submitted",
                                      post=Post("Corporate Director for Place Management & Regeneration"))
    bailey = Person("Sheila Bailey", honorific="Councillor")
    assert member == Participation(kind="attended", person=bailey,
                                   post=Post("Cabinet Member for Communities and Housing", holder=bailey))
    assert member.post is not None and member.post.holder is member.person
    assert police == Participation(kind="attended", person=Person(
        "Emma Taylor", honorific="Superintendent", organisation=Organisation("Greater Manchester Police")))


def test_founding_decision_and_minutes(founding: Record) -> None:
    item = founding.meetings[0].items[0]
    assert item.decisions == [Decision(text="That the report be noted.", date=date(2017, 12, 4))]
    assert item.minutes is not None
    paragraphs = item.minutes.split("\n\n")
    assert paragraphs[0].startswith("The Corporate Director for Place Management & Regeneration submitted")
    assert paragraphs[2] == "The following comments were made/ issues raised:-"
    assert paragraphs[3] == f"• {FIRST_COMMENT}"
    assert paragraphs[10] == f"• {LAST_COMMENT}"
    assert paragraphs[-1] == "RESOLVED – That the report be noted."
    assert len(paragraphs) == 12


# --- one issue at two meetings ------------------------------------------------------------------------


def test_two_meetings_newest_first(two_meetings: Record) -> None:
    assert two_meetings.source_id == "94630"
    assert two_meetings.issue == Issue(title="Scrutiny Review Topic Selection - 2021/22", source_id="94630")
    council, scrutiny = two_meetings.meetings
    assert (council.committee.name, council.date) == ("Council Meeting", date(2021, 10, 7))
    assert (scrutiny.committee.name, scrutiny.date) == ("Scrutiny Co-ordination Committee", date(2021, 9, 27))
    for meeting, size in ((council, "129 KB"), (scrutiny, "88 KB")):
        [item] = meeting.items
        assert (item.number, item.title) == ("5", "Scrutiny Review Topic Selection - 2021/22")
        assert item.issue is two_meetings.issue
        assert item.position is None
        assert item.documents == [Document(title="Scrutiny Review Topic Selection - 2021/22",
                                           mime_type="application/pdf", size_text=size)]


def test_two_meetings_council_item(two_meetings: Record) -> None:
    item = two_meetings.meetings[0].items[0]
    assert (item.report_of, item.purpose, item.recommendations, item.contact) == (None, None, [], None)
    roberts = Person("Mark Roberts", honorific="Councillor")
    chair = Post("Chair of the Scrutiny Co-ordination Committee", holder=roberts)
    assert item.participations == [Participation(kind="submitted", person=roberts, post=chair)]
    assert item.participations[0].post.holder is item.participations[0].person
    assert item.decisions == [Decision(
        text="That approval be given to the scrutiny review programme for 2021/22.", date=date(2021, 10, 7))]
    assert item.comments == []
    assert item.minutes == (
        "The Chair of the Scrutiny Co-ordination Committee (Councillor Mark Roberts) submitted a report "
        "(copies of which had been circulated) detailing scrutiny review topics which had been proposed by "
        "scrutiny committees for 2021/22.\n\n"
        "RESOLVED – That approval be given to the scrutiny review programme for 2021/22.")


def test_two_meetings_scrutiny_item(two_meetings: Record) -> None:
    item = two_meetings.meetings[1].items[0]
    assert item.report_of == Post("Deputy Chief Executive")
    assert item.purpose == ("The report sets out Scrutiny Review topics which have been proposed by Scrutiny "
                            "Committees for 2021/22.")
    assert item.recommendations == [
        "The Committee is invited to consider the proposed topics and make recommendations to the Council "
        "Meeting in relation to the Scrutiny Work Programme for 2021/2022."]
    assert item.contact == Contact(person=Person("Damian Eaton"), phone="0161 474 3207", email=None)
    assert item.participations == [Participation(kind="submitted", post=Post(
        "Strategic Head of Service & Monitoring Officer (Legal and Democratic Governance)"))]
    assert item.decisions == [Decision(
        text="That the proposed Scrutiny Work Programme of scrutiny reviews be approved, subject to addition "
             "of a further scrutiny review proposed by the Children & Families Scrutiny Committee as "
             "follows:-\n\n‘Strategy for School Places – Pupil Place Planning in the Borough’",
        date=date(2021, 9, 27))]
    assert item.minutes is not None
    assert item.minutes.startswith("The Strategic Head of Service & Monitoring Officer")
    assert item.minutes.endswith("‘Strategy for School Places – Pupil Place Planning in the Borough’")


# --- the same page saved as HTML ----------------------------------------------------------------------

FOUNDING_HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Issue - meetings | Stockport Council</title>
<script>window.dataLayer = []; document.write("<p>RESOLVED - That nothing</p>");</script>
<style>.mgLinks { display: none }</style></head>
<body>
<div id="nav"><ul><li><a href="/">Home</a></li>
<li><a href="/mgListCommittees.aspx">Committees</a></li></ul></div>
<h1 class="mgMainTitleTxt">Issue - meetings</h1>
<h2 class="mgSubTitleTxt">Safer Stockport Partnership Priorities</h2>
<div class="mgContent">
<h3>Meeting: 04/12/2017 - Communities &amp; Transport Scrutiny Committee (Item 4)</h3>
<p class="mgAiTitleTxt">4 Safer Stockport Partnership Priorities
  <a href="documents/s123/Report.pdf"><img src="mgLoadIcon.gif" alt="pdf icon" /> PDF 107 KB</a></p>
<p>To consider a report of the Deputy Chief Executive.</p>
<p>&nbsp;</p>
<p>The purpose of this report is to seek Members views on proposed priority areas for the SSP to focus on in
a new SSP Plan.&nbsp; Given the cross-cutting nature of the Partnership&rsquo;s work, this report is being
considered by all Scrutiny Committees.</p>
<p>The Scrutiny Committee is recommended to:-</p>
<ul>
<li>Note the developing Stockport and GM Community Safety Plans, underpinned by completed strategic
assessments, and timetables for further engagement and consultation going forward;</li>
<li>Consider the proposed priority areas for action in the new SSP Plan set out at paragraph 4.3 of the
report.</li>
</ul>
<p>Officer contact: Peter Owston on 0161 474 3274 or email: peter.owston@stockport.gov.uk</p>
<h4>Additional documents:</h4>
<ul><li><a href="documents/s124/Appendix.docx">Appendix 1 <img alt="docx icon" src="i.gif"/>
DOCX 1.2 MB</a></li></ul>
<h4>Minutes:</h4>
<p>The Corporate Director for Place Management &amp; Regeneration submitted a report of the Deputy Chief
Executive (copies of which had been circulated) seeking the views of the Scrutiny Committee.</p>
<p>The Cabinet Member for Communities and Housing (Councillor Sheila Bailey) supported by Superintendent
Emma Taylor (Greater Manchester Police) attended the meeting to present the report and respond to
councillors&rsquo; questions.</p>
<p>The following comments were made/ issues raised:-</p>
<ul>
<li>In response to a question relating to the ability of the police to continue to enforce the
Strategy&rsquo;s priorities in view of increasing pressure on resources, it was stated that the police
continued to work in partnership with other agencies to prioritise its resources on neighbourhood
policing and tacking issues of anti-social behaviour.</li>
<li>The police had recently ring-fenced resources to address a rise in burglary across Stockport.</li>
</ul>
<p>RESOLVED &ndash; That the report be noted.</p>
</div>
</body></html>
"""


def test_html_page_reads_to_the_same_facts(tmp_path: Path) -> None:
    path = tmp_path / "issue.html"
    path.write_text(FOUNDING_HTML, encoding="utf-8")
    (tmp_path / "issue.source.txt").write_text(
        "Source URL: https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3\n")
    record = read_record(path)
    assert record.source_id == "68785"
    assert record.issue == Issue(title="Safer Stockport Partnership Priorities", source_id="68785")
    [meeting] = record.meetings
    assert (meeting.committee.name, meeting.date) == ("Communities & Transport Scrutiny Committee",
                                                      date(2017, 12, 4))
    [item] = meeting.items
    assert (item.number, item.title) == ("4", "Safer Stockport Partnership Priorities")
    assert item.documents == [
        Document(title="Safer Stockport Partnership Priorities", mime_type="application/pdf",
                 size_text="107 KB"),
        Document(title="Appendix 1",
                 mime_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 size_text="1.2 MB"),
    ]
    assert item.report_of == Post("Deputy Chief Executive")
    assert item.purpose is not None and item.purpose.startswith("The purpose of this report is")
    assert "Plan.  Given" in item.purpose
    assert item.recommendations == RECOMMENDATIONS
    assert item.contact == Contact(person=Person("Peter Owston"), phone="0161 474 3274",
                                   email="peter.owston@stockport.gov.uk")
    assert [p.kind for p in item.participations] == ["submitted", "attended", "attended"]
    assert item.participations[1].person == Person("Sheila Bailey", honorific="Councillor")
    assert item.participations[2].person == Person("Emma Taylor", honorific="Superintendent",
                                                   organisation=Organisation("Greater Manchester Police"))
    assert item.comments == [FIRST_COMMENT, LAST_COMMENT]
    assert item.decisions == [Decision(text="That the report be noted.", date=date(2017, 12, 4))]


def test_a_copy_without_heading_keeps_the_issue_contact_above_its_meetings() -> None:
    """Kirklees IId=22412, copied from its summary on: "Contact : Stephen Stead, Programme and Investment
    Manager" is the issue's officer contact, with the post printed after his name."""
    path = paths.TESTS / "fixtures" / "context" / "kirklees_issue_22412.txt"
    record = read_issue_page(path.read_text(encoding="utf-8"),
                             source_url="https://democracy.kirklees.gov.uk/ieIssueDetails.aspx?IId=22412&Opt=3")
    assert record.issue is not None and record.issue.contact is not None
    assert record.issue.contact.person is not None and record.issue.contact.person.name == "Stephen Stead"
    assert record.issue.contact.role == "Programme and Investment Manager"


def test_a_copy_that_dropped_the_title_line_reads_its_meetings_for_the_issue_its_address_names() -> None:
    """West Lancashire IId=19526: the copy prints "Issue - meetings" and then the "Meeting:" line, no title; the
    minutes follow the "Meeting:" line, so the item is the issue's (no title, no heading made of the apologies)."""
    text = ("Issue - meetings\n\n\nMeeting: 05/04/2023 - Council (Item 92)\n\n\n\n"
            "Apologies for absence were received from Councillors Gregson, Hirrell, O'Neill, Marshall and Witter.\n")
    record = read_issue_page(text, source_url="https://democracy.westlancs.gov.uk/ieIssueDetails.aspx?IId=19526&Opt=3")
    [meeting] = record.meetings
    assert (meeting.date, meeting.committee.name) == (date(2023, 4, 5), "Council")
    [item] = meeting.items
    assert (item.number, item.title) == ("92", "")
    assert [a.person.name for a in meeting.attendances if a.kind == "apologies"] == [
        "Gregson", "Hirrell", "O'Neill", "Marshall", "Witter"]
    assert any("issue title not read" in warning for warning in record.warnings)


# --- cut-off, malformed and foreign pages --------------------------------------------------------------


def test_page_cut_before_resolved_has_no_decision() -> None:
    text = FOUNDING.read_text(encoding="utf-8")
    record = read_issue_page(text[:text.index("RESOLVED")], source_url=None, path=FOUNDING)
    item = record.meetings[0].items[0]
    assert item.decisions == []
    assert len(item.comments) == 8
    assert len(item.participations) == 3
    assert record.source_id == "safer-stockport-partnership-priorities"
    assert record.issue is not None and record.issue.source_id is None


def test_page_cut_after_meeting_line_has_meeting_without_item() -> None:
    text = FOUNDING.read_text(encoding="utf-8")
    record = read_issue_page(text[:text.index("4 Safer")])
    [meeting] = record.meetings
    assert meeting.date == date(2017, 12, 4)
    assert meeting.items == []


def test_page_cut_before_minutes_has_no_minutes() -> None:
    text = FOUNDING.read_text(encoding="utf-8")
    item = read_issue_page(text[:text.index("Additional documents:")]).meetings[0].items[0]
    assert item.recommendations == RECOMMENDATIONS
    assert (item.minutes, item.comments, item.participations, item.decisions) == (None, [], [], [])


def test_impossible_meeting_date_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad_issue.txt"
    text = FOUNDING.read_text(encoding="utf-8").replace("04/12/2017", "31/02/2017")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        read_record(path)
    message = str(caught.value)
    assert "bad_issue.txt" in message
    assert "meeting date" in message
    assert "31/02/2017" in message
    assert caught.value.line == 5


def test_unknown_page_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Dear resident, the bins will be collected on Tuesday.\n", encoding="utf-8")
    expected = r"letter\.txt: not a council record: not a record type this publisher reads \(Dear resident"
    with pytest.raises(RecordError, match=expected):
        read_record(path)


@pytest.mark.parametrize(("data", "reason"), [
    (b"Issue - meetings\n\xff\xfe broken", "not valid UTF-8"),
    (b"", "empty file"),
    (b"Issue - meetings\x00\x00\x01", "hostile or broken file: binary"),
])
def test_unreadable_files_are_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "record.txt"
    path.write_bytes(data)
    with pytest.raises(RecordError, match=reason) as caught:
        read_record(path)
    assert "record.txt" in str(caught.value)


def test_missing_file_is_a_record_error(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="cannot read the file"):
        read_record(tmp_path / "nope.txt")


@pytest.mark.parametrize("name", samples_except("stockport_issue_68785_ssp_priorities_cts.txt",
                                                "stockport_issue_94630_scrutiny_topics_two_meetings.txt"))
def test_other_page_types_are_not_claimed(name: str) -> None:
    assert not looks_like_issue_page((RECORDS / name).read_text(encoding="utf-8"))


def test_detection_is_by_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "anything.dat"
    path.write_bytes(FOUNDING.read_bytes())
    assert read_record(path).meetings[0].items[0].title == "Safer Stockport Partnership Priorities"


# --- variants the reader must handle ------------------------------------------------------------------

VARIANTS = """Issue - meetings

Budget 2024/25

Meeting: Thursday, 14th December, 2023 6.30 pm - Cabinet (Item 7.(ii))

7.(ii) Budget 2024/25 xlsx icon XLSX 2 MB

To consider the report of the Director of Finance (Section 151 Officer)

Contact: Jane Smith, Democratic Services Officer, 01483 743871, jane.smith@example.gov.uk

Minutes:

It was moved by Councillor Lyons and seconded by Cllr. Ann Jones.

The Executive RESOLVEd

(1) That the budget be approved; and

(2) That the Leader be authorised to act.

The Chair thanked officers.

Meeting: 04/12/2023 - Scrutiny Committee (Item 4a)

4a Budget 2024/25 html icon HTML 12 KB

Resolved: (By 14 votes to none) To agree the budget.

Meeting: 01/12/2023 - Audit Committee (Item 3)

3 Budget 2024/25

Minutes:

Resolved - that the report be noted.

Meeting: 30/11/2023 - Area Committee - Bramhall (Item 9)

9 Budget 2024/25 pdf icon PDF 88 KB

The Leader (Councillor Mark Hunter) and Chief Inspector Sue Bell (Stockport Police) attended the meeting.

RESOLVED: That the report be noted.
"""


def test_variants_of_numbers_icons_markers_and_contacts() -> None:
    record = read_issue_page(VARIANTS, "https://example.gov.uk/ieIssueDetails.aspx?iid=501&Opt=3")
    assert record.source_id == "501"
    cabinet, scrutiny, audit, area = record.meetings
    assert cabinet.date == date(2023, 12, 14)
    item = cabinet.items[0]
    assert (item.number, item.title) == ("7.(ii)", "Budget 2024/25")
    assert item.documents[0].mime_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert item.documents[0].size_text == "2 MB"
    assert item.report_of == Post("Director of Finance (Section 151 Officer)")
    assert item.contact == Contact(person=Person("Jane Smith"), role="Democratic Services Officer",
                                   phone="01483 743871", email="jane.smith@example.gov.uk")
    assert item.participations == [
        Participation(kind="moved", person=Person("Lyons", honorific="Councillor")),
        Participation(kind="seconded", person=Person("Ann Jones", honorific="Cllr")),
    ]
    assert [d.text for d in item.decisions] == [
        "(1) That the budget be approved; and\n\n(2) That the Leader be authorised to act."]

    assert (scrutiny.items[0].number, scrutiny.items[0].documents[0].mime_type) == ("4a", "text/html")
    assert scrutiny.items[0].decisions == [Decision(text="To agree the budget.", date=date(2023, 12, 4))]
    assert audit.items[0].documents == []
    assert audit.items[0].decisions[0].text == "that the report be noted."

    assert area.committee.name == "Area Committee - Bramhall"
    hunter = Person("Mark Hunter", honorific="Councillor")
    assert area.items[0].participations == [
        Participation(kind="attended", person=hunter, post=Post("Leader", holder=hunter)),
        Participation(kind="attended", person=Person("Sue Bell", honorific="Chief Inspector",
                                                     organisation=Organisation("Stockport Police"))),
    ]
    assert area.items[0].decisions[0].text == "That the report be noted."


@pytest.mark.parametrize(("text", "kind"), [
    ("Councillor Sheila Bailey", "person"),
    ("Greater Manchester Police", "organisation"),
    ("Service Director for Adult Social Care, Stockport Council", "role-and-organisation"),
    ("Legal and Democratic Governance", "role"),
    ("All Wards", "wards"),
    ("Strategic Head of Service", "role"),
    ("NHS Stockport Clinical Commissioning Group", "organisation"),
])
def test_bracket_classifier(text: str, kind: str) -> None:
    assert classify_bracket(text) == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("Councillor Sheila Bailey", ("Councillor", "Sheila Bailey")),
    ("Chief Superintendent Ian Smith", ("Chief Superintendent", "Ian Smith")),
    ("Superintendent Emma Taylor", ("Superintendent", "Emma Taylor")),
    ("Cllr Dr Jane Doe", ("Cllr Dr", "Jane Doe")),
    ("Peter Owston", (None, "Peter Owston")),
])
def test_honorifics_are_not_names(text: str, expected: tuple[str | None, str]) -> None:
    assert split_honorific(text) == expected


def test_a_decision_label_states_the_decision_without_resolved() -> None:
    """Kirklees prints an item's outcome under "Decision:" in words of its own ("It was noted that …")."""
    path = paths.TESTS / "fixtures" / "decisions" / "kirklees_issue_30108_decision_label.txt"
    item = read_record(path).meetings[0].items[0]
    assert (item.number, item.title) == ("4", "Admission of the Public")
    assert [decision.text for decision in item.decisions] == [
        "It was noted that exempt information was submitted in respect of Agenda Items 18 and 19."]
    assert item.purpose.startswith("Most agenda items will be considered in public session")


def test_minutes_right_after_the_meeting_line_take_the_issue_title_for_the_item() -> None:
    """Bromsgrove, Overview and Scrutiny Board (IId=17794): the copy prints "Apologies for absence were received
    from …" right after the "Meeting:" line, with no item heading; the item is the issue's, "Apologies for
    Absence", and the apologies and the substitute are still read."""
    record = read_issue_page(
        "Issue - meetings\n\nApologies for Absence\n\nMeeting: 03/12/2014 - Overview and Scrutiny Board (Item 78)\n\n"
        "Apologies for absence were received from Councillors R. Clarke, S. R. Colella, B. Cooper, H. Jones and R. "
        "Laight.  Councillor C. Scurrell confirmed he was attending as a substitute for Councillor H. Jones.\n",
        "https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=17794&Opt=3&PlanId=0")
    [meeting] = record.meetings
    assert [(item.number, item.title) for item in meeting.items] == [("78", "Apologies for Absence")]
    assert [(a.person.name, a.kind) for a in meeting.attendances] == [
        ("R. Clarke", "apologies"), ("S. R. Colella", "apologies"), ("B. Cooper", "apologies"),
        ("H. Jones", "apologies"), ("R. Laight", "apologies"), ("C. Scurrell", "substitute")]


def test_a_heading_whose_copy_kept_the_printed_file_but_not_the_icon_words() -> None:
    """Aberdeen, ieIssueDetails IId=72599 ("Issue - meetings", not a corpus record): "3 Committee Business Planner
    PDF 116 KB" under its "Meeting:" line; the printed type and size are the item's document, not its title."""
    page = ("Issue - meetings\nCommittee Business Planner\nMeeting: 13/11/2023 - Staff Governance Committee (Item 3)\n"
            "3 Committee Business Planner PDF 116 KB\nDecision:\n(ii) to otherwise note the planner.\n")
    record = read_issue_page(page, "https://committees.aberdeencity.gov.uk/ieIssueDetails.aspx?IId=72599&Opt=3")
    [item] = record.meetings[0].items
    assert (item.number, item.title) == ("3", "Committee Business Planner")
    assert [(d.title, d.mime_type, d.size_text) for d in item.documents] == [
        ("Committee Business Planner", "application/pdf", "116 KB")]


def test_agenda_text_after_the_meeting_line_is_no_item_heading() -> None:
    """Wirral (IId=50050884): the copy dropped the item's heading, and the agenda's sentence follows the "Meeting:"
    line. It is not the item's title; the item keeps its number, the minutes their declaration, with a Warning."""
    text = ("Issue - meetings\n\n\nMeeting: 10/10/2022 - Council (Item 30)\n\n\nMembers of the Council are asked to "
            "consider whether they have any disclosable pecuniary interests and/or any other relevant interest, in "
            "connection with any matter to be debated or determined at this meeting and, if so, to declare it and "
            "state the nature of such interest.\n\n\nAdditional documents:\n\n\nCouncillor Chris Jones declared a "
            "disclosable pecuniary interest in relation to item 3a, as she was married to Adrian Jones.\n")
    record = read_issue_page(text, source_url="https://democracy.wirral.gov.uk/ieIssueDetails.aspx?IId=50050884&Opt=3")
    [meeting] = record.meetings
    assert [(item.number, item.title) for item in meeting.items] == [("30", "")]
    assert [(d.person.name, d.kind, d.item_number) for d in meeting.declarations] == [
        ("Chris Jones", "disclosable pecuniary", "3a")]
    assert record.warnings[0] == ("item heading not read: the copy's line 7 after the 'Meeting:' line is agenda "
                                  "text, not the item's title")
