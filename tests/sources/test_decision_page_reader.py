"""The ModernGov "Decision details" reader, on the real Woking record and on variants of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.model import Committee, Contact, Decision, Document, MeetingRef, Person, Post, Record, Vote
from publisher.sources import read_record
from publisher.sources.decision_page import (
    lead_post,
    looks_like_decision_page,
    member_in_post,
    paragraph_lines,
    read_decision_page,
    ward_list,
    yes_no,
)
from tests import paths
from tests.conftest import RECORDS, samples_except

WOKING = RECORDS / "woking_decision_26804_wards_affected.txt"
CORPUS = paths.TESTS / "corpus" / "records"  # real pages (issue 14), each with its sidecar
WOKING_URL = "https://moderngov.woking.gov.uk/ieDecisionDetails.aspx?AIId=26804"

PURPOSE = "To consider the Draft Local List and to seek authority for community and stakeholder consultation."
TEXT = ("That the contents of the draft Local List be considered and approved for public consultation in the "
        "Autumn/Winter of 2024.")
REASONS = ("To give the public and those affected by the proposals the opportunity to comment on the document "
           "and for their comments to be considered before the Local List is adopted.")
LYONS = Post("Portfolio Holder", holder=Person("Lyons", honorific="Cllr"))
SIMPSON_CONTACT = Contact(person=Person("Tom Simpson"), role="Senior Planning Policy Officer")


@pytest.fixture(scope="module")
def woking() -> Record:
    return read_record(WOKING)


def test_woking_record_identity(woking: Record) -> None:
    assert woking.kind == "decision"
    assert woking.source_id == "26804"
    assert woking.source_url == WOKING_URL
    assert woking.path == WOKING
    assert (woking.issue, woking.meetings) == (None, [])
    assert len(woking.decisions) == 1


def test_woking_decision_facts(woking: Record) -> None:
    [decision] = woking.decisions
    assert decision.title is None  # the copy starts below the heading: the title was not captured
    assert decision.source_id == "26804"
    assert decision.maker == "Executive"
    assert decision.status == "Recommendations Approved"
    assert decision.key_decision is False
    assert decision.subject_to_call_in is True
    assert decision.purpose == PURPOSE
    assert decision.text == TEXT
    assert decision.reasons == REASONS
    assert (decision.alternatives, decision.conflicts) == (None, None)
    assert decision.wards == ["All Wards"]
    assert decision.recommend_to_council is False
    assert decision.lead_member == LYONS
    assert decision.contact == SIMPSON_CONTACT
    assert decision.contact.email is None and decision.contact.phone is None
    assert decision.report_author == Person("Tom Simpson")
    assert decision.published == date(2024, 9, 13)
    assert decision.date == date(2024, 9, 12)
    assert decision.meeting == MeetingRef(Committee("Executive"), date(2024, 9, 12))
    assert decision.effective_from == date(2024, 9, 21)
    assert (decision.documents, decision.votes, decision.participations) == ([], [], [])
    assert decision.issue is None


def test_woking_whole_decision(woking: Record) -> None:
    assert woking.decisions == [Decision(
        text=TEXT, status="Recommendations Approved", date=date(2024, 9, 12), key_decision=False,
        maker="Executive", subject_to_call_in=True, purpose=PURPOSE, reasons=REASONS, wards=["All Wards"],
        report_author=Person("Tom Simpson"), contact=SIMPSON_CONTACT, published=date(2024, 9, 13),
        effective_from=date(2024, 9, 21), recommend_to_council=False,
        meeting=MeetingRef(Committee("Executive"), date(2024, 9, 12)), source_id="26804", lead_member=LYONS)]


# --- the same decision as ModernGov serves it, as HTML ------------------------------------------------

WOKING_HTML = """<!DOCTYPE html>
<html><head><title>Decision - Draft Local List | Woking</title><script>var x = "RESOLVED";</script></head>
<body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Decision details</h1></div>
<h2 class="mgSubTitleTxt">Draft Local List</h2>
<div class="mgDecisionContent">
<p class="mgLabel">Decision Maker: <a href="mgCommitteeDetails.aspx?ID=123">Executive</a></p>
<p>Decision status: Recommendations Approved</p>
<p>Is Key decision?: No</p>
<p>Is subject to call in?: Yes</p>
<h3>Purpose:</h3>
<p>To consider the Draft Local List and to seek<br />authority for community and stakeholder consultation.</p>
<h3>Decision:</h3>
<p>The Executive RESOLVEd</p>
<p>That the contents of the draft Local List be considered and approved for public consultation in the
Autumn/Winter of 2024.</p>
<h3>Reasons for the decision:</h3>
<p>To give the public and those affected by the proposals the opportunity to comment on the document and for
their comments to be considered before the Local List is adopted.</p>
<h3>Alternative options considered:</h3>
<p>To not consult on the draft Local List.</p>
<h3>Interests and Nature of Interests Declared:</h3>
<p>None.</p>
<p>Wards Affected: (All Wards);</p>
<p>Recommend to Council?: No;</p>
<p>Cllr Lyons, Portfolio Holder.</p>
<p>Contact: Tom Simpson, Senior Planning Policy Officer Email: <a href="mailto:x">tom.simpson@woking.gov.uk</a></p>
<p>Report author: Tom Simpson</p>
<p>Publication date: 13/09/2024</p>
<p>Date of decision: 12/09/2024</p>
<p>Decided at meeting: <a href="ieListDocuments.aspx?MId=1">12/09/2024 - Executive</a></p>
<p>Effective from: 21/09/2024</p>
<h3>Accompanying Documents:</h3>
<ul><li><a href="documents/s1/List.pdf">Draft Local List <img alt="pdf icon" src="i.gif"/> PDF 2 MB</a></li>
<li><a href="documents/s2/Map.docx">Appendix A - Map <img alt="docx icon" src="i.gif"/> DOCX 88 KB</a></li></ul>
</div></div></body></html>
"""


def test_html_page_reads_to_the_same_facts(tmp_path: Path) -> None:
    path = tmp_path / "decision.html"
    path.write_text(WOKING_HTML, encoding="utf-8")
    (tmp_path / "decision.source.txt").write_text(f"Source URL: {WOKING_URL.replace('AIId', 'ID')}\n")
    record = read_record(path)
    assert (record.kind, record.source_id) == ("decision", "26804")
    [decision] = record.decisions
    assert decision.title == "Draft Local List"
    assert (decision.maker, decision.status, decision.key_decision, decision.subject_to_call_in) == (
        "Executive", "Recommendations Approved", False, True)
    assert (decision.purpose, decision.text, decision.reasons) == (PURPOSE, TEXT, REASONS)
    assert decision.alternatives == "To not consult on the draft Local List."
    assert decision.conflicts == "None."
    assert (decision.wards, decision.recommend_to_council, decision.lead_member) == (["All Wards"], False, LYONS)
    assert decision.contact == Contact(person=Person("Tom Simpson"), role="Senior Planning Policy Officer",
                                       email="tom.simpson@woking.gov.uk")
    assert (decision.published, decision.date, decision.effective_from) == (
        date(2024, 9, 13), date(2024, 9, 12), date(2024, 9, 21))
    assert decision.meeting == MeetingRef(Committee("Executive"), date(2024, 9, 12))
    assert decision.documents == [
        Document(title="Draft Local List", mime_type="application/pdf", size_text="2 MB"),
        Document(title="Appendix A - Map",
                 mime_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 size_text="88 KB"),
    ]


# --- cut-off, malformed and foreign pages --------------------------------------------------------------


def test_copy_cut_before_the_decision_text_has_no_text() -> None:
    text = WOKING.read_text(encoding="utf-8")
    record = read_decision_page(text[:text.index("The Executive RESOLVEd")], WOKING_URL, WOKING)
    [decision] = record.decisions
    assert decision.text == ""
    assert decision.purpose == PURPOSE
    assert (decision.maker, decision.key_decision, decision.subject_to_call_in) == ("Executive", False, True)
    assert (decision.reasons, decision.wards, decision.date, decision.meeting, decision.lead_member) == (
        None, [], None, None, None)


def test_copy_cut_mid_way_keeps_only_the_dates_it_holds() -> None:
    text = WOKING.read_text(encoding="utf-8")
    [decision] = read_decision_page(text[:text.index("Decided at meeting")], WOKING_URL).decisions
    assert (decision.published, decision.date) == (date(2024, 9, 13), date(2024, 9, 12))
    assert (decision.meeting, decision.effective_from) == (None, None)
    assert decision.text == TEXT


def test_copy_without_url_gets_a_key_from_what_it_states() -> None:
    record = read_decision_page(WOKING.read_text(encoding="utf-8"))
    assert record.source_id == "2024-09-12-executive-to-consider-the-draft-local-list-and-to"
    assert record.decisions[0].source_id is None


def test_impossible_date_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad_decision.txt"
    path.write_text(WOKING.read_text(encoding="utf-8").replace("Date of decision: 12/09/2024",
                                                               "Date of decision: 31/02/2022"))
    with pytest.raises(RecordError) as caught:
        read_record(path)
    message = str(caught.value)
    assert "bad_decision.txt" in message
    assert "[date of decision]" in message
    assert "31/02/2022" in message
    assert caught.value.line == 16


def test_meeting_without_committee_is_refused() -> None:
    text = WOKING.read_text(encoding="utf-8").replace("12/09/2024 - Executive", "12/09/2024")
    with pytest.raises(RecordError, match=r"\[decided at meeting\]"):
        read_decision_page(text, WOKING_URL, WOKING)


@pytest.mark.parametrize("name", samples_except("woking_decision_26804_wards_affected.txt"))
def test_other_page_types_are_not_claimed(name: str) -> None:
    assert not looks_like_decision_page((RECORDS / name).read_text(encoding="utf-8"), None)


def test_detection_by_labels_heading_or_url() -> None:
    woking = WOKING.read_text(encoding="utf-8")
    assert looks_like_decision_page(woking, None)  # no heading: three of its characteristic labels
    assert looks_like_decision_page("Decision details\n\nBudget 2024/25\n", None)
    assert looks_like_decision_page("anything", "https://x.gov.uk/ieDecisionDetails.aspx?ID=5")
    assert not looks_like_decision_page("Decision status: Approved\n\nDecision Maker: Cabinet\n", None)


def test_detection_is_by_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "minutes.dat"
    path.write_bytes(WOKING.read_bytes())
    assert read_record(path).decisions[0].maker == "Executive"


# --- variants ----------------------------------------------------------------------------------------

VARIANT = """Decision details

Revenue Budget 2025/26

Decision Maker: Cabinet Member for Finance

Decision status: Implemented

Is Key decision?: Yes

Is subject to call in?: No

Purpose:

To set the budget.

Decision:

RESOLVED: (By 7 votes to 2)

(1) That the budget be approved; and

(2) That the Chief Finance Officer be authorised to act.

It was moved by Councillor Hunter and seconded by Councillor Bell.

Reasons for the decision:

The council must set a balanced budget.

Wards affected: Bramhall North; Bramhall South;

Lead member: Cabinet Member for Finance (Councillor Jane Smith)

Contact: Democratic Services  0161 474 0000 Email: democratic.services@example.gov.uk

Date of decision: Thursday, 14th November, 2024
"""


def test_variant_labels_markers_votes_and_lists() -> None:
    record = read_decision_page(VARIANT, "https://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=777")
    [decision] = record.decisions
    assert (record.source_id, decision.title) == ("777", "Revenue Budget 2025/26")
    assert (decision.maker, decision.status) == ("Cabinet Member for Finance", "Implemented")
    assert (decision.key_decision, decision.subject_to_call_in) == (True, False)
    assert decision.purpose == "To set the budget."
    assert decision.text == ("(1) That the budget be approved; and\n\n(2) That the Chief Finance Officer be "
                             "authorised to act.\n\nIt was moved by Councillor Hunter and seconded by "
                             "Councillor Bell.")
    assert [(v.votes_for, v.votes_against, v.abstentions) for v in decision.votes] == [(7, 2, None)]
    assert [(p.kind, p.person) for p in decision.participations] == [
        ("moved", Person("Hunter", honorific="Councillor")), ("seconded", Person("Bell", honorific="Councillor"))]
    assert decision.reasons == "The council must set a balanced budget."
    assert decision.wards == ["Bramhall North", "Bramhall South"]
    jane = Person("Jane Smith", honorific="Councillor")
    assert decision.lead_member == Post("Cabinet Member for Finance", holder=jane)
    assert decision.contact == Contact(team="Democratic Services", phone="0161 474 0000",
                                       email="democratic.services@example.gov.uk")
    assert decision.date == date(2024, 11, 14)
    assert decision.recommend_to_council is None  # not stated on this page


def test_vote_type_is_the_model_vote() -> None:
    [decision] = read_decision_page(VARIANT).decisions
    assert isinstance(decision.votes[0], Vote)


# --- shared rules ------------------------------------------------------------------------------------


def test_wrapped_lines_join_only_within_a_paragraph() -> None:
    text = "To seek\nauthority for it.\nthat is all\n\nand more\nPurpose:\nto be read"
    assert [line.text for line in paragraph_lines(text)] == [
        "To seek authority for it.", "that is all", "and more", "Purpose:", "to be read"]
    assert [line.number for line in paragraph_lines(text)] == [1, 3, 5, 6, 7]


@pytest.mark.parametrize(("value", "expected"), [
    ("(All Wards);", ["All Wards"]),
    ("Bramhall North; Heald Green;", ["Bramhall North", "Heald Green"]),
    ("Ward (East)", ["Ward (East)"]),
    ("", []),
])
def test_ward_lists(value: str, expected: list[str]) -> None:
    assert ward_list(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("Yes", True), ("No;", False), ("N/A", None), ("", None)])
def test_yes_no_answers(value: str, expected: bool | None) -> None:
    assert yes_no(value) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Cllr Lyons, Portfolio Holder.", LYONS),
    ("Councillor Ann Jones, Portfolio Holder for Planning, Housing and Growth",
     Post("Portfolio Holder for Planning, Housing and Growth", holder=Person("Ann Jones", honorific="Councillor"))),
    ("Tom Simpson, Senior Planning Policy Officer", None),  # no honorific: an officer, not a member's post
    ("Cllr Lyons, who spoke in favour.", None),  # no role after the comma
    ("Cllr Lyons", None),
    # gloucestershire_decision_26164: the post ends where the sentence about the member goes on
    ("Cllr Patrick Molyneux, Cabinet Member for Economy, Education and Skills, sought approval of the council’s "
     "School Co-ordination and Admissions Arrangements for 2021.",
     Post("Cabinet Member for Economy, Education and Skills", holder=Person("Patrick Molyneux", honorific="Cllr"))),
])
def test_member_in_post(line: str, expected: Post | None) -> None:
    assert member_in_post(line) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Cabinet Member for Highways, Parks and Leisure Services;",
     Post("Cabinet Member for Highways, Parks and Leisure Services")),
    ("Leader of the Council (Councillor Mark Hunter)",
     Post("Leader of the Council", holder=Person("Mark Hunter", honorific="Councillor"))),
    ("Councillor Mark Hunter", Post("Lead member", holder=Person("Mark Hunter", honorific="Councillor"))),
    ("Director of Place (Planning and Growth)", Post("Director of Place (Planning and Growth)")),
    ("", None),
])
def test_lead_post(value: str, expected: Post | None) -> None:
    assert lead_post(value, "Lead member") == expected


# -- pages that print the decision without its "Decision:" label, or after the minute's narrative -------------


def corpus_decision(name: str) -> Decision:
    [decision] = read_record(CORPUS / name).decisions
    return decision


def test_unlabelled_purpose_then_an_agreed_recommendation() -> None:
    """oxfordshire_decision_5295: the purpose and the decision both printed without their labels."""
    decision = corpus_decision("oxfordshire_decision_5295.txt")
    assert decision.purpose == ("To request delegation to the Chief Finance Officer and Director for Environment & "
                                "Economy in consultation with the Leader to approve the Stage 2 Full Business Case "
                                "and the award of the construction contract.")
    assert decision.text == "Recommendations agreed."
    assert decision.report_author == Person("Philippa Patterson")
    assert decision.meeting == MeetingRef(Committee("Cabinet"), date(2015, 7, 21))


def test_unlabelled_wrapped_purpose_then_a_that_resolution() -> None:
    decision = corpus_decision("kirklees_decision_7328.txt")
    assert decision.purpose == ("A strategic overview of the Councils provision on outdoor plan spaces. The document "
                                "aims to assess the current offer and work towards a more appropriate fit for purpose "
                                "portfolio of playable spaces across the district.")
    assert decision.text == ("That approval be given to the adoption of the Playable Spaces Strategy and "
                             "Operational Plan.")


def test_a_numbered_resolution_without_purpose() -> None:
    decision = corpus_decision("chorley_decision_9389.txt")
    assert decision.purpose is None
    assert decision.text.split("\n\n") == [
        "1. That the Executive Cabinet agree the proposal involving a clean air strategy and formal consultation.",
        "2. That the Executive Member for Early Intervention be given delegated responsibility for approving the "
        "final proposal following the period of formal consultation, subject to there being no significant changes "
        "to those proposed within this report."]


def test_the_narrative_before_resolved_is_not_the_decision() -> None:
    """barnet_decision_17252: "Decisions:" holds the minute; the decision is what "was therefore RESOLVED"."""
    decision = corpus_decision("barnet_decision_17252.txt")
    assert decision.text.startswith("1.    The committee agreed to consult on two proposed amendments")
    assert decision.text.endswith("for the reasons set out in paragraphs 1.16 to 1.28.")
    assert "Programme Director" not in decision.text and "RESOLVED" not in decision.text
    assert decision.votes == [Vote(outcome="carried")]  # "unanimously agreed by the committee", in the narrative


def test_resolved_that_with_its_resolution_on_the_next_line() -> None:
    decision = corpus_decision("gloucestershire_decision_26164.txt")
    assert decision.text.startswith("The School Co-ordination and Admission Arrangements, (as set out in the documents "
                                    "below), be approved: -\n\nAppendix 1: The Co-ordinated Admissions Scheme")
    assert decision.lead_member == Post("Cabinet Member for Economy, Education and Skills",
                                        holder=Person("Patrick Molyneux", honorific="Cllr"))


def test_the_paragraph_before_the_reasons_for_the_decision_is_the_decision() -> None:
    """guildford_decision_3619 prints no purpose: its one unlabelled paragraph is the decision, so it has a
    text and the record publishes."""
    decision = corpus_decision("guildford_decision_3619.txt")
    assert decision.purpose is None
    assert decision.text.startswith("Award lots 1 - 7 on day to day housing repairs procured tenders.\n\nlot 1 "
                                    "External works east and west")
    assert decision.reasons == "To continue delivering a repairs service to our tenants."


def test_an_unlabelled_paragraph_before_the_publication_date_is_the_decision_with_a_warning() -> None:
    """The Guildford page without its reasons: only "Publication date:" follows the unlabelled paragraphs, so
    where the decision ends is not known; the first paragraph is published and the rest named."""
    text = (CORPUS / "guildford_decision_3619.txt").read_text(encoding="utf-8")
    cut = text[:text.index("Reasons for the decision:")] + text[text.index("Publication date:"):]
    record = read_decision_page(cut)
    assert record.decisions[0].text == "Award lots 1 - 7 on day to day housing repairs procured tenders."
    assert record.warnings == ["the page prints neither 'Purpose:' nor 'Decision:'; the first unlabelled paragraph "
                               "before line 23 is read as the decision; 1 paragraph after it not read"]  # the lots


def test_the_options_after_the_resolution_are_not_the_decision() -> None:
    """oldham_decision_4606 prints its options without their label, right after the resolution."""
    decision = corpus_decision("oldham_decision_4606.txt")
    assert decision.text == "That: the Council seek to appoint D\n\nHughes Demolition"
    assert decision.alternatives is not None
    assert decision.alternatives.startswith("Option 1 - appoint D. Hughes Demolition\n\nOption 2 - do not proceed")


def test_a_that_resolution_alone_is_the_decision() -> None:
    decision = corpus_decision("hammersmith-fulham_decision_36976.txt")
    assert decision.purpose is None
    assert decision.text.startswith("That retrospective approval be granted for a waiver from the Council’s Contract")


def test_a_copy_without_the_heading_starts_with_its_title() -> None:
    """kirklees_decision_holme-park-court.html: ModernGov's sub-title, then the fields; not a purpose."""
    record = read_record(CORPUS / "kirklees_decision_holme-park-court.html")
    [decision] = record.decisions
    assert decision.title == "Appointment of contractor to demolish Holme Park Court"
    assert decision.purpose is None
    assert record.warnings == []


def test_site_lines_before_the_title_are_not_the_decision() -> None:
    """A breadcrumb and another committee's line copied above the Oxfordshire page: named in a Warning, kept
    out of the purpose and the decision."""
    page = ("Home > Council and democracy > Decisions\nAudit & Governance Committee - 20 July 2015\n\n"
            "Ardley to Middleton Stoney road\n"
            + (CORPUS / "oxfordshire_decision_5295.txt").read_text(encoding="utf-8"))
    record = read_decision_page(page)
    [decision] = record.decisions
    assert decision.title == "Ardley to Middleton Stoney road"
    assert decision.purpose is not None and decision.purpose.startswith("To request delegation")
    assert decision.text == "Recommendations agreed."
    assert record.warnings == ["lines 1-2 not read: they come before the decision's title (Home > Council and "
                               "democracy > Decisions)"]


def test_fields_the_model_has_no_place_for_end_the_paragraph_before_them() -> None:
    """leeds_decision_55690 prints "Reference: D55690" before "Purpose:"; guildford_decision_3619 prints "Source
    of Authority to take Decision:" after the alternatives; north-west-leicestershire_decision_442 prints
    "List of Background Papers: None." and "Declarations: None." after them."""
    leeds = read_record(CORPUS / "leeds_decision_55690.txt")
    assert leeds.decisions[0].purpose is not None and leeds.decisions[0].purpose.startswith("To authorise expenditure")
    assert leeds.warnings == ["line 5: the decision's reference ('Reference: D55690' and the lines up to the next "
                              "field) is not published: the model has no place for it yet"]
    assert read_record(CORPUS / "guildford_decision_3619.txt").decisions[0].alternatives == "Not necessary"
    [nwl] = read_record(CORPUS / "north-west-leicestershire_decision_442.txt").decisions
    assert nwl.alternatives == ("Paragraph 2.1 of the confidential report outlines the alternatives that were "
                                "considered.")
    assert nwl.conflicts == "None."
    assert nwl.title == "Award of Contract - Choice Based Lettings"  # under "Decision details" printed twice


def test_a_resolution_like_line_after_the_fields_does_not_replace_the_decision() -> None:
    """Leeds prints its decision as a narrative ("The Director … authorised"); a line starting "Approved" among
    the fields after it is not a second decision."""
    text = (CORPUS / "leeds_decision_55690.txt").read_text(encoding="utf-8")
    text = text.replace("Publication date:", "Approved by the Director on 18/10/2022.\n\nPublication date:")
    [decision] = read_decision_page(text).decisions
    assert decision.text.startswith("The Director of Communities, Housing and Environment authorised")
