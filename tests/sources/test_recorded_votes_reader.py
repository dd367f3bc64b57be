"""The ModernGov recorded-vote reader ("Voting record", mgListRecordedVotes*.aspx).

There is no council sample of this page: ``fixtures/recorded_votes_short_reconstruction.txt`` is our own
reconstruction of its layout (see its ``.source.txt``), and the HTML below is our reconstruction of the
markup that page text comes from.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from publisher.errors import RecordError
from publisher.model import Person, Record, Vote, VoteCast
from publisher.sources import read_record
from publisher.sources.page_text import html_to_text
from publisher.sources.prose_people import add_people_in_prose
from publisher.sources.recorded_votes import looks_like_recorded_votes_page, read_recorded_votes_page
from tests import paths
from tests.conftest import RECORDS

FIXTURE = paths.TESTS / "fixtures" / "recorded_votes_short_reconstruction.txt"
FIXTURE_URL = "https://democracy.example.gov.uk/mgListRecordedVotesShort.aspx?AIID=32874&MID=3692"

MAJORITY = ["A. J. Bennett", "R. Dale", "G. N. Ellis", "M. Frost", "S. G. Hale", "K. J. Van Der Berg", "P. J. Whitby"]
MINORITY = ["S. J. Barton", "C. A. Holt", "L. C. R. Marsh"]
AMENDMENT = ("Amendment moved by Councillor Barton\n\nThat Council meetings may be held during pre-election periods "
             "at the discretion of the Chairman.")
DECISION = ("Recorded vote on the decision not to hold Council meetings in pre-election periods\n\nIn accordance with "
            "Procedure Rule 18.3 a recorded vote was taken on the proposal from the Constitution Review Working Group "
            "that no Council meetings be held during the pre-election period unless the Proper Officer determines "
            "that a meeting is required.")


def _cells(option: str, people: list[str], count: int) -> str:
    listed = ", ".join(f'<a href="mgUserInfo.aspx?UID={n}">{name}</a>' for n, name in enumerate(people, 100))
    listed = listed.rsplit(", ", 1)[0] + " and " + listed.rsplit(", ", 1)[1] if len(people) > 1 else listed
    return f"<tr><td>{option}</td><td>{listed or 'None'}</td><td>{count}</td></tr>"


# Our reconstruction of the markup of the same page (headings, status paragraph, the options table).
FIXTURE_HTML = f"""<!DOCTYPE html>
<html><head><title>Voting record</title></head><body><div id="modgov">
<h1 class="mgMainTitleTxt">Voting record</h1>
<div class="mgContent"><h2 class="mgSectionTitle">Voting record</h2>
<h2 class="mgSubTitleTxt">Council, Wednesday 20th April 2022 6.00 p.m.</h2>
<h3>Item: Constitution Review Working Group Recommendations</h3>
<h4>Amendment moved by Councillor Barton:</h4>
<p><span class="mgLabel">Amendment status:</span></p><p>Rejected</p>
<p>That Council meetings may be held during pre-election periods at the discretion of the Chairman.</p>
<table class="mgStatsTable"><tr><th>Vote</th><th>Councillors</th><th>Count</th></tr>
{_cells("For", MINORITY, 3)}{_cells("Against", MAJORITY, 7)}{_cells("Abstain", ["Mrs H. Lowe"], 1)}
{_cells("Conflict Of Interests", [], 0)}</table>
<h4>Recorded vote on the decision not to hold Council meetings in pre-election periods:</h4>
<p><span class="mgLabel">Resolution status:</span>Carried</p>
<p>In accordance with Procedure Rule 18.3 a recorded vote was taken on the proposal from the Constitution Review
 Working Group that no Council meetings be held during the pre-election period unless the Proper Officer
 determines that a meeting is required.</p>
<table class="mgStatsTable"><tr><th>Vote</th><th>Councillors</th><th>Count</th></tr>
{_cells("For", MAJORITY, 7)}{_cells("Against", MINORITY, 3)}{_cells("Abstain", [], 0)}
{_cells("Conflict Of Interests", ["Mrs H. Lowe"], 1)}</table>
</div></div></body></html>
"""


def names(vote: Vote, option: str) -> list[str]:
    return [cast.person.name for cast in vote.casts if cast.option == option]


@pytest.fixture(scope="module")
def fixture_record() -> Record:
    return read_record(FIXTURE)


def test_fixture_meeting_and_item(fixture_record: Record) -> None:
    assert (fixture_record.kind, fixture_record.source_id, fixture_record.source_url) == (
        "recorded-votes", "32874", FIXTURE_URL)
    [meeting] = fixture_record.meetings
    assert (meeting.committee.name, meeting.date, meeting.source_id) == ("Council", date(2022, 4, 20), "3692")
    assert meeting.start == datetime(2022, 4, 20, 18, 0, tzinfo=ZoneInfo("Europe/London"))
    [item] = meeting.items
    assert (item.number, item.title, item.source_id) == (
        "", "Constitution Review Working Group Recommendations", "32874")
    assert len(item.votes) == 2


def test_fixture_rejected_amendment(fixture_record: Record) -> None:
    amendment = fixture_record.meetings[0].items[0].votes[0]
    assert (amendment.motion, amendment.outcome, amendment.recorded) == (AMENDMENT, "lost", True)
    assert (amendment.votes_for, amendment.votes_against, amendment.abstentions) == (3, 7, 1)
    assert names(amendment, "for") == MINORITY
    assert names(amendment, "against") == MAJORITY  # "K. J.  Van Der Berg": inner spacing normalised in names
    assert [c for c in amendment.casts if c.option == "abstain"] == [
        VoteCast(person=Person("H. Lowe", honorific="Mrs"), option="abstain")]
    assert names(amendment, "conflict of interests") == []


def test_fixture_carried_resolution_with_a_conflict_of_interests(fixture_record: Record) -> None:
    resolution = fixture_record.meetings[0].items[0].votes[1]
    assert (resolution.motion, resolution.outcome, resolution.recorded) == (DECISION, "carried", True)
    assert (resolution.votes_for, resolution.votes_against, resolution.abstentions) == (7, 3, 0)
    assert names(resolution, "for") == MAJORITY
    assert names(resolution, "against") == MINORITY
    assert names(resolution, "abstain") == []
    assert names(resolution, "conflict of interests") == ["H. Lowe"]


def test_fixture_html_reads_to_the_same_facts(fixture_record: Record) -> None:
    text = html_to_text(FIXTURE_HTML)
    from_html = read_recorded_votes_page(text, FIXTURE_URL)
    add_people_in_prose(from_html, text)  # as read_record does: "moved by Councillor Barton" titles "S. J. Barton"
    assert from_html.meetings == fixture_record.meetings
    assert from_html.source_id == "32874"


BY_COUNCILLOR = """Voting record

Details of recorded votes which have been taken in past meetings, and how each councillor has voted, are shown here.

Full Council, Thursday, 14th March, 2024 1.00 pm

Budget 2024/25

Budget 2024/25 - Labour Amendment:

Amendment status: Rejected

Councillor | Vote

County Councillor Ann Lee | For

Councillor Bob Moss | Against

Councillor Cole Dunn | Abstain

Councillor Eve Nash | Absent

Budget 2024/25 - Substantive motion:

Motion status:

Carried

Councillor | Vote

County Councillor Ann Lee | Against

Councillor Bob Moss | For

Councillor Cole Dunn | For

Council, Thursday, 16th May, 2024 10.30 am

Appointment of Chair:

Motion status: Withdrawn

Councillor | Vote

Councillor Bob Moss | Conflict of interests
"""


def test_by_councillor_listing() -> None:
    record = read_recorded_votes_page(BY_COUNCILLOR,
                                      "https://council.example.gov.uk/mgListRecordedVotes.aspx?UID=178&RPID=0")
    assert record.source_id == "uid-178-rpid-0"
    budget_meeting, may_meeting = record.meetings
    assert (budget_meeting.committee.name, budget_meeting.date) == ("Full Council", date(2024, 3, 14))
    assert budget_meeting.source_id is None  # a listing of several meetings: no single MID
    [budget] = budget_meeting.items
    assert budget.title == "Budget 2024/25"
    amendment, motion = budget.votes
    assert (amendment.motion, amendment.outcome) == ("Budget 2024/25 - Labour Amendment", "lost")
    assert [(c.person.honorific, c.person.name, c.option) for c in amendment.casts] == [
        ("County Councillor", "Ann Lee", "for"), ("Councillor", "Bob Moss", "against"),
        ("Councillor", "Cole Dunn", "abstain")]  # "Absent" is not a vote
    assert (amendment.votes_for, amendment.votes_against, amendment.abstentions) == (None, None, None)  # not printed
    assert (motion.motion, motion.outcome) == ("Budget 2024/25 - Substantive motion", "carried")
    assert (names(motion, "for"), names(motion, "against")) == (["Bob Moss", "Cole Dunn"], ["Ann Lee"])
    [chair] = may_meeting.items
    [vote] = chair.votes
    assert (chair.title, vote.motion, vote.outcome) == ("", "Appointment of Chair", None)  # "Withdrawn": no outcome
    assert names(vote, "conflict of interests") == ["Bob Moss"]


def test_page_with_no_votes_yields_no_meetings() -> None:
    record = read_recorded_votes_page("Voting record\n\nEarlier - Later\n\nThere is no voting information available\n",
                                      "https://council.example.gov.uk/mgListRecordedVotes.aspx?UID=178&RPID=0")
    assert record.meetings == []


def test_vote_before_any_meeting_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "votes.txt"
    page.write_text("Voting record\n\nMotion status: Carried\n\nFor\tA Smith\t1\n")
    with pytest.raises(RecordError, match="before any meeting") as error:
        read_record(page)
    assert (error.value.path, error.value.line) == (str(page), 3)


def test_detection_claims_voting_record_pages_only() -> None:
    assert looks_like_recorded_votes_page(FIXTURE.read_text(encoding="utf-8"))
    assert looks_like_recorded_votes_page(BY_COUNCILLOR)
    assert not looks_like_recorded_votes_page("Voting record\n\nSee the minutes.\n")
    others = [path for path in RECORDS.glob("*.*") if not path.name.endswith((".source.txt", ".md"))]
    assert others and not any(looks_like_recorded_votes_page(path.read_text(encoding="utf-8")) for path in others)


# --- rows whose cells ran together (real records' page text, excerpts in fixtures/votes/) -----------------

VOTES_FIXTURES = paths.TESTS / "fixtures" / "votes"


def test_run_together_rows_with_a_casting_vote_and_a_meeting_title() -> None:
    """North West Leicestershire: "ForC C Benfield, … and M B Wyatt5", a "Casting voteJ Hoult1" row (a
    Warning: no place for it), and a meeting titled "Extraordinary Meeting" before its committee."""
    record = read_record(VOTES_FIXTURES / "nwleics_recordedvotes_casting_vote.txt")
    [meeting] = record.meetings
    assert (meeting.committee.name, meeting.date, meeting.source_id) == (
        "Community Scrutiny Committee", date(2022, 9, 7), "2457")
    [item] = meeting.items
    assert (item.title, item.source_id) == ("Former Hermitage Leisure Centre Building Future Direction", "13544")
    [vote] = item.votes
    assert (vote.outcome, vote.votes_for, vote.votes_against, vote.abstentions) == ("lost", 5, 5, None)
    assert names(vote, "for") == ["C C Benfield", "T Eynon", "J Geary", "M D Hay", "M B Wyatt"]
    assert names(vote, "against") == ["J Clarke", "G Hoult", "J Hoult", "R L Morris", "J G Simmons"]
    assert names(vote, "conflict of interests") == []
    assert {cast.option for cast in vote.casts} == {"for", "against"}  # the casting vote is no cast
    assert any("casting vote not read" in w and "J Hoult" in w for w in record.warnings)
    assert any("'Extraordinary Meeting'" in w for w in record.warnings)


def test_councillor_and_vote_run_together_and_motion_text_ending_in_a_colon() -> None:
    """Devon's listing of one councillor's votes: "Councillor Sara Randall Johnson Against" after each vote's
    status and text; the amendment's text has lines ending with ":" that do not start another vote."""
    record = read_record(VOTES_FIXTURES / "devon_recordedvotes_by_councillor.txt")
    [meeting] = record.meetings
    assert (meeting.committee.name, meeting.date) == ("Council", date(2023, 2, 16))
    [item] = meeting.items
    assert item.title.startswith("Revenue Budget, Medium Term Financial Strategy 2023/2024")
    amendment, motion = item.votes
    assert amendment.motion.startswith("Amendment in the name of Councillor Brazil\n\nThat Cabinet Minute (281)")
    assert "We will pay for these priorities by:" in amendment.motion
    assert [(c.person.honorific, c.person.name, c.option) for c in amendment.casts] == [
        ("Councillor", "Sara Randall Johnson", "against")]
    assert amendment.outcome == "lost"
    assert motion.motion.startswith("Motion in the name of Councillor Hart\n\nMotion contained within")
    assert [(c.person.name, c.option) for c in motion.casts] == [("Sara Randall Johnson", "for")]
    assert motion.outcome == "carried"


def test_row_cut_short_is_a_warning_not_an_item() -> None:
    """Bromsgrove's copy stops mid-word in a row ("Confli"): one item's page gains no second item."""
    record = read_record(VOTES_FIXTURES / "bromsgrove_recordedvotes_cut_short.txt")
    [item] = record.meetings[0].items
    [vote] = item.votes
    assert (vote.outcome, vote.votes_for, vote.votes_against) == ("lost", 9, 17)
    assert names(vote, "for")[-1] == "K. J. Van Der Plank"
    assert names(vote, "against")[:2] == ["A. J. B. Beaumont", "R. J. Deeming"]
    assert len(names(vote, "for")) == 9 and len(names(vote, "against")) == 17
    assert any("'Confli'" in w and "line 20" in w for w in record.warnings)


@pytest.mark.parametrize("line", ["For the record the Chairman thanked officers 2", "Forty members voted 12",
                                  "Against this background 3", "Councillor Ann Lee spoke for"])
def test_prose_is_not_a_run_together_row(line: str) -> None:
    from publisher.sources.recorded_votes import _table_row
    assert _table_row(line) is None


def test_committee_whose_name_holds_a_comma_is_not_split() -> None:
    from publisher.sources.text_rules import committee_and_meeting_title
    assert committee_and_meeting_title("Planning, Design and Development Committee") == (
        "Planning, Design and Development Committee", None)
    assert committee_and_meeting_title("Council (Budget), Council") == ("Council", "Council (Budget)")


RECORDED_VOTES_URL = "https://council.example.gov.uk/mgListRecordedVotesShort.aspx?AIID=1&MID=2"
VOTE_HEAD = "Voting record\n\nCouncil, Tuesday, 12th July, 2022 10.30 am\n\nItem: Motion\n\nMotion status:Carried\n\n"


def only_vote(text: str) -> Vote:
    [meeting] = read_recorded_votes_page(VOTE_HEAD + text, RECORDED_VOTES_URL).meetings
    [item] = meeting.items
    [vote] = item.votes
    return vote


def test_table_with_a_column_per_option() -> None:
    """"| For | Against | Abstain |" then one name per cell, empty cells kept in their columns."""
    vote = only_vote("| For | Against | Abstain |\n|---|---|---|\n| Alice Archer | Bob Baker | Carol Cooper |\n"
                     "| Dan Dyer-Evans | Eve Ellis | |\n")
    assert (names(vote, "for"), names(vote, "against"), names(vote, "abstain")) == (
        ["Alice Archer", "Dan Dyer-Evans"], ["Bob Baker", "Eve Ellis"], ["Carol Cooper"])
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (None, None, None)  # none printed


def test_option_label_alone_with_names_and_count_on_the_lines_after() -> None:
    """A row copied one cell to a line: "Against", then its names, then its count."""
    vote = only_vote("Vote\tCouncillors\tCount\nFor\tAlice Archer, Dan Dyer-Evans\t2\nAgainst\n"
                     "Bob Baker, Eve Ellis\n2\nAbstain\nNone\n0\n")
    assert (names(vote, "for"), names(vote, "against"), names(vote, "abstain")) == (
        ["Alice Archer", "Dan Dyer-Evans"], ["Bob Baker", "Eve Ellis"], [])
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (2, 2, 0)


def test_councillor_cell_that_holds_the_vote_too() -> None:
    """ModernGov nests the vote cell in the name cell: "Councillor Bob BakerAgainst<tab>Against"."""
    vote = only_vote("Councillor\tVote\nCouncillor Bob BakerAgainst\tAgainst\nCouncillor Alice ArcherFor\tFor\n")
    assert [(c.person.name, c.option) for c in vote.casts] == [("Bob Baker", "against"), ("Alice Archer", "for")]


@pytest.mark.parametrize("table", [
    "For (2): Alice Archer and Dan Dyer-Evans\nAgainst (2): Bob Baker, Eve Ellis\nAbstain (0): None\n",
    "For (2)\nAlice Archer and Dan Dyer-Evans\nAgainst (2)\nBob Baker, Eve Ellis\nAbstain (0)\nNone\n",
    "For: Alice Archer and Dan Dyer-Evans\nAgainst: Bob Baker, Eve Ellis\nAbstain: None\n",
])
def test_lists_labelled_as_minutes_print_them(table: str) -> None:
    """A vote copied as labelled lists ("Against (2): Bob Baker, Eve Ellis", or the label alone with the names
    on the next line) reads like the table's rows: the counts in brackets, the names after the label."""
    vote = only_vote(table)
    assert (names(vote, "for"), names(vote, "against"), names(vote, "abstain")) == (
        ["Alice Archer", "Dan Dyer-Evans"], ["Bob Baker", "Eve Ellis"], [])
    if "(" in table:
        assert (vote.votes_for, vote.votes_against, vote.abstentions) == (2, 2, 0)


@pytest.mark.parametrize("table", [
    "Vote\tCouncillors\tCount\nFor\tAlice Archer, Dan Dyer-Evans\t2\nAgainst\tBob Baker, Eve Ellis,\n"
    "Fay Fisher and Gus Green\t4\n",
    "Vote\tCouncillors\tCount\nFor\tAlice Archer,\nDan Dyer-Evans\t2\nAgainst\tBob Baker,\nEve Ellis,\nFay Fisher,\n"
    "Gus Green\t4\n",
])
def test_names_cell_broken_over_lines(table: str) -> None:
    """A names cell copied over several lines (wrapped, or one name to a line): the lines after the option's
    row, up to the count, are its names."""
    vote = only_vote(table)
    assert names(vote, "for") == ["Alice Archer", "Dan Dyer-Evans"]
    assert names(vote, "against") == ["Bob Baker", "Eve Ellis", "Fay Fisher", "Gus Green"]
    assert (vote.votes_for, vote.votes_against) == (2, 4)


def test_motion_text_with_a_label_word_is_no_list() -> None:
    """In the explanation, "For the reasons given …" is the motion's text, not a list of voters."""
    vote = only_vote("For the reasons given in the report, the motion was put.\nVote\tCouncillors\tCount\n"
                     "For\tAlice Archer\t1\n")
    assert names(vote, "for") == ["Alice Archer"] and vote.votes_for == 1


def test_column_per_option_with_a_column_longer_than_the_others() -> None:
    """A tab-separated table with a column per option where one column runs on: a row that starts with a tab
    is a name under the second option (the copy keeps the empty first cell as a leading tab); a line of one
    name whose empty cells the copy dropped is the first column's; the counts row closes the table."""
    vote = only_vote("For\tAgainst\tAbstain\nAlice Archer\tBob Baker\t\nDan Dyer-Evans\n\tEve Ellis\t\n"
                     "\tFay Fisher\tCarol Cooper\n2\t3\t1\n")
    assert (names(vote, "for"), names(vote, "against"), names(vote, "abstain")) == (
        ["Alice Archer", "Dan Dyer-Evans"], ["Bob Baker", "Eve Ellis", "Fay Fisher"], ["Carol Cooper"])
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (2, 3, 1)


@pytest.mark.parametrize("table", [
    "Vote\tCouncillors\tCount\nFor\t2\nAlice Archer, Dan Dyer-Evans\nAgainst\t2\nBob Baker, Eve Ellis\n",
    "For\u00a0Alice Archer and Dan Dyer-Evans\u00a02\nAgainst\u00a0Bob Baker and Eve Ellis\u00a02\n",
    "For Alice Archer and Dan Dyer-Evans 2\nAgainst Bob Baker and Eve Ellis 2\n",
])
def test_row_with_its_count_before_its_names_or_spaced_cells(table: str) -> None:
    """"For<tab>2" then the names on the next line (the count cell read before the names cell), and a row whose
    cells a copy parted by a space ("For Alice Archer and Dan Dyer-Evans 2"): a count alone is never a voter."""
    vote = only_vote(table)
    assert (names(vote, "for"), names(vote, "against")) == (
        ["Alice Archer", "Dan Dyer-Evans"], ["Bob Baker", "Eve Ellis"])
    assert (vote.votes_for, vote.votes_against) == (2, 2)


def test_prose_after_a_label_is_not_a_row() -> None:
    """"For Example 2" is no list of names, so no row."""
    vote = only_vote("For Example purposes see appendix 2\nVote\tCouncillors\tCount\nFor\tAlice Archer\t1\n")
    assert names(vote, "for") == ["Alice Archer"]


def test_a_row_naming_nobody_takes_no_line_after_it() -> None:
    """"Against<tab>None<tab>0" is a whole row: a capitalised line after it is no voter."""
    vote = only_vote("Vote\tCouncillors\tCount\nFor\tAlice Archer\t1\nAgainst\tNone\t0\nBudget Amendment Two\n")
    assert [cast.person.name for cast in vote.casts] == ["Alice Archer"]


def test_labels_naming_what_was_voted_on_head_lists_one_name_to_a_line() -> None:
    """Lists headed "For the motion" / "Against the motion", a name to a line (names from Hillingdon's voting
    record, AIID=48409): each label is the option of the names under it, as "For" alone is."""
    vote = only_vote("For the motion\nTony Burles\nJas Dhot\nAgainst the motion\nShehryar Ahmad-Wallana\n"
                     "Kaushik Banerjee\nAbstain\nLabina Basit\n")
    assert (names(vote, "for"), names(vote, "against"), names(vote, "abstain")) == (
        ["Tony Burles", "Jas Dhot"], ["Shehryar Ahmad-Wallana", "Kaushik Banerjee"], ["Labina Basit"])


def test_a_count_run_into_the_last_name_of_a_list_one_to_a_line() -> None:
    """A names cell copied a name to a line whose count cell ran into the last name ("Steve Tuckwell2"): the
    name and the count apart (no name ends in a digit)."""
    vote = only_vote("For\nTony Burles\nJas Dhot2\nAgainst\nColleen Sullivan\nSteve Tuckwell2\n")
    assert (names(vote, "for"), names(vote, "against")) == (
        ["Tony Burles", "Jas Dhot"], ["Colleen Sullivan", "Steve Tuckwell"])
    assert (vote.votes_for, vote.votes_against) == (2, 2)


def test_a_councillors_vote_run_together_with_a_name_holding_a_particle() -> None:
    """By-councillor rows run together ("Councillor Sara Randall Johnson Against", Devon) whose name holds a
    lower-case particle: "Councillor Ann de Wiggondene-Sheppard Against" (a surname from Maidstone's minutes)."""
    vote = only_vote("Councillor Sara Randall Johnson For\nCouncillor Ann de Wiggondene-Sheppard Against\n")
    assert (names(vote, "for"), names(vote, "against")) == (["Sara Randall Johnson"], ["Ann de Wiggondene-Sheppard"])


def test_names_whose_separators_the_copy_lost_are_each_a_voter() -> None:
    """A names cell whose list items ran together in the copy (names from Hillingdon's voting record, AIID=48409,
    with a name holding a particle): "ForTony BurlesJas Dhot2" is two voters; "McEwan"-like names stay whole."""
    vote = only_vote("ForTony BurlesJas Dhot2\nAgainstShehryar Ahmad-WallanaKaushik BanerjeeP. M. McDonaldSusan "
                     "O'BrienAnn de Wiggondene-Sheppard5\n")
    assert (names(vote, "for"), names(vote, "against")) == (
        ["Tony Burles", "Jas Dhot"],
        ["Shehryar Ahmad-Wallana", "Kaushik Banerjee", "P. M. McDonald", "Susan O'Brien",
         "Ann de Wiggondene-Sheppard"])
    assert (vote.votes_for, vote.votes_against) == (2, 5)


BROMSGROVE_CUT_IN_A_NAME = (
    "ForS. J. Baxter, S. R. Colella, S. P. Douglas, C.A. Hotham, R. J. Hunter, R. E. Jenkins, J. E. King, "
    "S. A. Robinson and K. J.  Van Der Plank9\n"
    "AgainstA. J. B. Beaumont, R. J. Deeming, G. N. Denaro, M. Glass, H. J. Jones, A. D. Kriss, R. J. Laight, "
    "K.J. May, P. M. McDonald, M. Middleton, H. D. N. Rone-Clarke, M. A. Sherrey, C. J. Spencer, P.L. Thomas, "
    "M. Thompson, J. Ti\n")


def test_a_run_together_row_cut_short_inside_its_names() -> None:
    """A copy that stops inside a run-together row loses its count and cuts its last name. The lines are
    Bromsgrove's (tests/fixtures/votes/bromsgrove_recordedvotes_cut_short.txt), cut by us inside the Against
    row's names, as a copy of another council's page stops (no non-holdout copy cut there was found): the whole
    names are voters, "J. Ti" after the last separator is a Warning, never a voter; there is no Against count."""
    record = read_recorded_votes_page(VOTE_HEAD + BROMSGROVE_CUT_IN_A_NAME, RECORDED_VOTES_URL)
    [vote] = record.meetings[0].items[0].votes
    assert names(vote, "against") == [
        "A. J. B. Beaumont", "R. J. Deeming", "G. N. Denaro", "M. Glass", "H. J. Jones", "A. D. Kriss",
        "R. J. Laight", "K.J. May", "P. M. McDonald", "M. Middleton", "H. D. N. Rone-Clarke", "M. A. Sherrey",
        "C. J. Spencer", "P.L. Thomas", "M. Thompson"]
    assert (vote.votes_for, vote.votes_against, len(names(vote, "for"))) == (9, None, 9)
    assert [w for w in record.warnings if "cut short" in w] == [
        "line 10 cut short: the against row has no count, and 'J. Ti' after its last whole name is not read (a name "
        "the copy may have cut)"]


def test_a_run_together_row_broken_at_a_separator_goes_on_on_the_next_line() -> None:
    """A run-together row whose names cell the copy broke after a comma (Bromsgrove's names, the break ours):
    the names on the next line, then the count, are the option's."""
    vote = only_vote("AgainstA. J. B. Beaumont, R. J. Deeming,\nG. N. Denaro and M. Glass4\n")
    assert names(vote, "against") == ["A. J. B. Beaumont", "R. J. Deeming", "G. N. Denaro", "M. Glass"]
    assert vote.votes_against == 4
