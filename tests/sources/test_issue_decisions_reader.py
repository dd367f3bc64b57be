"""The ModernGov "Issue - decisions" reader, on the real Lewes & Eastbourne record and on variants of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.model import Committee, Decision, Issue, MeetingRef, Participation, Person, Record
from publisher.sources import read_record
from publisher.sources.issue_decisions_page import (
    decision_heading,
    looks_like_issue_decisions_page,
    read_issue_decisions_page,
)
from tests import paths
from tests.conftest import RECORDS, samples_except

LEWES = RECORDS / "lewes_eastbourne_issuedecisions_5323_two_decisions.txt"
LEWES_URL = "https://democracy.lewes-eastbourne.gov.uk/mgDecisionDetails.aspx?IId=5323&Opt=1"

SECOND_TEXT = (
    "(1) That the progress made in the second year of delivery of the Corporate Plan (paragraphs 3.2 – 3.4 of "
    "the report) be noted.\n\n"
    "(2) To approve the design changes to the Corporate Plan, set out at appendix A to the report.\n\n"
    "Recommended to Council (budget and policy framework):\n\n"
    "(3) To recommend that Council agree the Council Plan contents.")


@pytest.fixture(scope="module")
def lewes() -> Record:
    return read_record(LEWES)


def test_lewes_record_identity(lewes: Record) -> None:
    assert lewes.kind == "issue-decisions"
    assert lewes.source_id == "5323"
    assert lewes.source_url == LEWES_URL
    assert lewes.issue == Issue(title="Corporate plan refresh", source_id="5323")
    assert lewes.meetings == []
    assert [d.date for d in lewes.decisions] == [date(2018, 7, 31), date(2018, 7, 13)]  # newest first
    assert all(d.issue is lewes.issue for d in lewes.decisions)


def test_lewes_first_decision_moved_seconded_and_counted(lewes: Record) -> None:
    first = lewes.decisions[0]
    assert first.title == "Corporate plan refresh"
    assert first.text == "To agree the Council plan contents."
    assert first.maker is None  # the page does not print who decided
    assert first.key_decision is None  # not marked "(Key decision)": the page does not say either way
    assert first.recommend_to_council is None
    assert first.participations == [
        Participation(kind="moved", person=Person("Tutt", honorific="Councillor")),
        Participation(kind="seconded", person=Person("Shuttleworth", honorific="Councillor")),
    ]
    [vote] = first.votes
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (14, 0, None)  # abstentions not stated
    assert (vote.casts, vote.recorded, vote.motion) == ([], None, None)  # counted, nobody named
    assert vote.outcome == "carried"  # the count is given with "Resolved:": the council resolved it


def test_lewes_second_decision_key_clauses_and_recommendation(lewes: Record) -> None:
    second = lewes.decisions[1]
    assert second == Decision(text=SECOND_TEXT, date=date(2018, 7, 13), key_decision=True,
                              title="Corporate plan refresh", recommend_to_council=True, issue=lewes.issue)
    assert (second.participations, second.votes, second.maker) == ([], [], None)


# --- the page as HTML ---------------------------------------------------------------------------------

LEWES_HTML = """<!DOCTYPE html><html><head><title>Issue - decisions</title></head><body>
<h1 class="mgMainTitleTxt">Issue - decisions</h1>
<h2 class="mgSubTitleTxt">Corporate plan refresh</h2>
<div class="mgContent">
<h3><a href="ieDecisionDetails.aspx?ID=901">31/07/2018 - Corporate plan refresh</a></h3>
<p>This matter was proposed by Councillor Tutt on behalf of the Cabinet and seconded by Councillor
Shuttleworth.</p>
<p>&nbsp;</p>
<p>Resolved: (By 14 votes to none)</p>
<p>To agree the Council plan contents.</p>
<h3><a href="ieDecisionDetails.aspx?ID=880">13/07/2018 - Corporate plan refresh</a></h3>
<p><b>(Key decision):</b></p>
<p>(1) That the progress made in the second year of delivery of the Corporate Plan (paragraphs 3.2 &ndash; 3.4
of the report) be noted.</p>
<p>(2) To approve the design changes to the Corporate Plan, set out at appendix A to the report.</p>
<p><b>Recommended to Council (budget and policy framework):</b></p>
<p>(3) To recommend that Council agree the Council Plan contents.</p>
</div></body></html>
"""


def test_html_page_reads_to_the_same_facts(tmp_path: Path) -> None:
    path = tmp_path / "decisions.html"
    path.write_text(LEWES_HTML, encoding="utf-8")
    (tmp_path / "decisions.source.txt").write_text(f"Source URL: {LEWES_URL}\n")
    record = read_record(path)
    sample = read_record(LEWES)
    assert (record.kind, record.source_id, record.issue) == (sample.kind, sample.source_id, sample.issue)
    assert record.decisions == sample.decisions


# --- cut-off, malformed and foreign pages --------------------------------------------------------------


def test_page_cut_before_the_second_decision_has_one_decision() -> None:
    text = LEWES.read_text(encoding="utf-8")
    record = read_issue_decisions_page(text[:text.index("13/07/2018")], LEWES_URL, LEWES)
    [decision] = record.decisions
    assert decision.date == date(2018, 7, 31)
    assert decision.text == "To agree the Council plan contents."


def test_page_cut_before_the_vote_has_no_vote_and_no_text() -> None:
    text = LEWES.read_text(encoding="utf-8")
    [decision] = read_issue_decisions_page(text[:text.index("Resolved:")], LEWES_URL).decisions
    assert (decision.votes, decision.text) == ([], "")
    assert [p.kind for p in decision.participations] == ["moved", "seconded"]


def test_page_cut_mid_clauses_keeps_the_clauses_it_holds() -> None:
    text = LEWES.read_text(encoding="utf-8")
    second = read_issue_decisions_page(text[:text.index("Recommended to Council")]).decisions[1]
    assert second.text == SECOND_TEXT.split("\n\nRecommended")[0]
    assert second.recommend_to_council is None
    assert second.key_decision is True


def test_page_without_url_is_keyed_by_its_title() -> None:
    record = read_issue_decisions_page(LEWES.read_text(encoding="utf-8"))
    assert record.source_id == "corporate-plan-refresh"
    assert record.issue == Issue(title="Corporate plan refresh")


def test_impossible_date_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad_decisions.txt"
    path.write_text(LEWES.read_text(encoding="utf-8").replace("13/07/2018", "31/02/2022"), encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        read_record(path)
    message = str(caught.value)
    assert "bad_decisions.txt" in message
    assert "[decision date]" in message
    assert "31/02/2022" in message
    assert caught.value.line == 15


def test_missing_title_is_refused() -> None:
    with pytest.raises(RecordError, match="issue title is missing"):
        read_issue_decisions_page("Issue - decisions\n\n31/07/2018 - Corporate plan refresh\n")


@pytest.mark.parametrize("name", samples_except("lewes_eastbourne_issuedecisions_5323_two_decisions.txt"))
def test_other_page_types_are_not_claimed(name: str) -> None:
    assert not looks_like_issue_decisions_page((RECORDS / name).read_text(encoding="utf-8"), None)


def test_detection_by_heading_or_url() -> None:
    assert looks_like_issue_decisions_page(LEWES.read_text(encoding="utf-8"), None)
    assert looks_like_issue_decisions_page("", LEWES_URL)
    assert not looks_like_issue_decisions_page("The issue - decisions were taken.", None)


@pytest.mark.parametrize(("line", "expected"), [
    ("31/07/2018 - Corporate plan refresh", ("31/07/2018", "Corporate plan refresh")),
    ("4 December 2023 – Budget – revenue", ("4 December 2023", "Budget – revenue")),
    ("31/07/2018 the plan was agreed", None),
    ("31/07/2018 -", None),
    ("Corporate plan refresh", None),
])
def test_decision_headings(line: str, expected: tuple[str, str] | None) -> None:
    assert decision_heading(line) == expected


VARIANT = """Issue - decisions

Leisure centre contract

04/03/2024 - Leisure centre contract

(Key decision): RESOLVED – That the contract be awarded.

It was moved by Councillor Patel and seconded by Councillor O'Neill.
"""


def test_marker_text_and_later_participations_stay_in_the_text() -> None:
    [decision] = read_issue_decisions_page(VARIANT).decisions
    assert decision.key_decision is True
    assert decision.text == ("That the contract be awarded.\n\n"
                             "It was moved by Councillor Patel and seconded by Councillor O'Neill.")
    assert [(p.kind, p.person.name if p.person else None) for p in decision.participations] == [
        ("moved", "Patel"), ("seconded", "O'Neill")]


MID_DEVON = paths.TESTS / "corpus" / "records" / "mid-devon_issuedecisions_14798.txt"


def test_the_narrative_before_resolved_is_not_the_decision() -> None:
    """mid-devon_issuedecisions_14798 (a copy without its heading): "The Cabinet had before it a *report …",
    "RESOLVED that:", the resolution, the mover and seconder in brackets, the reason and a footnote."""
    [decision] = read_record(MID_DEVON).decisions
    assert decision.text == (
        "2. Delegated authority be granted to the S151 Officer (in consultation with the Deputy Leader and Cabinet "
        "Member for Housing and Property Services) to complete the associated service contract.")
    assert decision.reasons == "the Council has a duty to main safety compliance standards within its homes."
    assert [(p.kind, p.person.name if p.person else None) for p in decision.participations] == [
        ("moved", "R B Evans"), ("seconded", "C R Slade")]


OXFORDSHIRE = MID_DEVON.parent / "oxfordshire_issuedecisions_19928.txt"
DORSET = MID_DEVON.parent / "dorset_issuedecisions_13951.txt"


def test_a_minute_naming_its_body_was_made_at_that_bodys_meeting() -> None:
    """oxfordshire_issuedecisions_19928: "15/02/2017 - Service & Resource Planning …" then "Before the Council
    was the schedule of Business …": decided at the Council's meeting of 15 February 2017."""
    [decision] = read_record(OXFORDSHIRE).decisions
    assert decision.meeting == MeetingRef(committee=Committee(name="Council"), date=date(2017, 2, 15))
    assert decision.maker is None


def test_an_undated_minute_naming_its_body_has_it_as_maker() -> None:
    """mid-devon_issuedecisions_14798 has no heading (no date): "The Cabinet had before it …" names the maker."""
    [decision] = read_record(MID_DEVON).decisions
    assert decision.meeting is None
    assert decision.maker == "Cabinet"


def test_a_body_named_otherwise_is_no_meeting() -> None:
    """dorset_issuedecisions_13951: "The Cabinet will meet virtually …" is what was decided, not who met."""
    [decision] = read_record(DORSET).decisions
    assert decision.meeting is None
    assert decision.maker is None


def test_a_copy_starting_at_the_issue_title_has_it_as_the_issues_title() -> None:
    """dorset_issuedecisions_13951 copied from below its "Issue - decisions" heading: the title line before the
    first dated heading is the issue's title, not a decision without a heading."""
    text = DORSET.read_text(encoding="utf-8")
    assert text.startswith("Issue - decisions\n")
    record = read_issue_decisions_page(text.removeprefix("Issue - decisions\n"),
                                       "https://moderngov.dorsetcouncil.gov.uk/mgDecisionDetails.aspx?IId=13951&Opt=1")
    assert record.issue is not None and record.issue.title == "Informal virtual meetings of Cabinet"
    assert [(d.date, d.title) for d in record.decisions] == [
        (date(2021, 10, 4), "Informal virtual meetings of Cabinet")]
    assert record.warnings == []


def test_a_copy_without_the_issue_title_line_is_read_for_the_issue_its_address_names() -> None:
    """Herefordshire's copy prints the heading, then straight away "10/05/2004 - LOCAL AREA FORUMS": the decision
    is read (its four clauses, printed without RESOLVED, are its text), the issue known by its IId, and the
    missing title is a Warning, not a refusal."""
    path = paths.TESTS / "fixtures" / "decisions" / "herefordshire_issuedecisions_3690_no_title.txt"
    record = read_record(path)
    assert record.issue.source_id == "3690" and record.issue.title == ""
    [decision] = record.decisions
    assert (decision.title, decision.date) == ("LOCAL AREA FORUMS", date(2004, 5, 10))
    assert decision.text.startswith("(a)               the Schedule of meeting set out at the Appendix")
    assert decision.text.endswith("a member of the Chief Executives Management Team.")
    assert record.warnings == ["issue title not read (the copy prints no title under its 'Issue - decisions' "
                               "heading): the issue is known by its ModernGov id IId=3690"]


def test_a_decision_made_label_is_no_text_and_a_bracket_after_it_states_the_vote() -> None:
    """Chorley's decisions pages print "Decision made" on its own line before the decision's text (lines from
    mgDelegatedDecisions, 04/08/2022, in this page's layout): the label is no text. Printed with a vote in a
    bracket, as "Resolved (unanimously)" is (Chorley minutes), the bracket states the vote: carried."""
    page = ("Issue - decisions\n\nSupport for Energy Bills - Discretionary Fund\n\n"
            "04/08/2022 - Support for Energy Bills - Discretionary Fund\n\n{label}\n\nThat the Discretionary Fund "
            "scheme proposals outlined, specifically in the table at point 14 within this report are approved.\n")
    [plain] = read_issue_decisions_page(page.format(label="Decision made")).decisions
    assert (plain.text, plain.votes) == ("That the Discretionary Fund scheme proposals outlined, specifically in "
                                         "the table at point 14 within this report are approved.", [])
    [voted] = read_issue_decisions_page(page.format(label="Decision made (Unanimously):")).decisions
    assert voted.text == plain.text
    assert [vote.outcome for vote in voted.votes] == ["carried"]


def test_labelled_decision_reasons_and_alternatives_on_lines_of_their_own() -> None:
    """Lines written in the pattern of a decision notice that labels its parts on lines of their own ("Decision
    Made:", "Reasons for the Decision:", "Alternative Options Considered and Rejected:", other words): the
    narrative above "Decision Made:" is the minute's, the paragraphs below each label are that part."""
    page = ("Issue - decisions\n\nCalendar of Meetings 2013/14\n\n12/03/2013 - Calendar of Meetings 2013/14\n\n"
            "The Cabinet considered the report of the Head of Democratic Services on the calendar of meetings.\n\n"
            "Decision Made:\n\nThat the calendar of meetings for 2013/14, as set out in the Annex to the report, be "
            "approved.\n\nReasons for the Decision:\n\nTo let meetings be arranged for the year.\n\n"
            "Alternative Options Considered and Rejected:\n\nNone.\n")
    [decision] = read_issue_decisions_page(page, "https://example.gov.uk/mgDecisionDetails.aspx?IId=1&Opt=1"
                                           ).decisions
    assert decision.text == ("That the calendar of meetings for 2013/14, as set out in the Annex to the report, be "
                             "approved.")
    assert (decision.reasons, decision.alternatives) == ("To let meetings be arranged for the year.", "None.")
    assert decision.meeting == MeetingRef(committee=Committee(name="Cabinet"), date=date(2013, 3, 12))
