"""The ModernGov "Agenda item" reader (mgAi.aspx), on the Slough record and variants."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.model import AgendaItem, Decision, Document, Participation, Person, Record, Vote
from publisher.sources import read_record
from publisher.sources.agenda_item_page import looks_like_agenda_item_page, read_agenda_item_page
from publisher.sources.page_text import html_to_text
from publisher.sources.text_rules import Line, unmarked_resolution
from tests import paths
from tests.conftest import RECORDS

SLOUGH = RECORDS / "slough_agendaitem_18978_minutes_vote.txt"
SLOUGH_URL = "http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=18978"

SLOUGH_FOR = ["Anderson", "Bains", "Carter", "S Chaudhry", "Chohan", "Dar", "Davis", "A S Dhaliwal", "S K Dhaliwal",
              "Dodds", "Grewal", "M S Mann", "Matloob", "Minhas", "Munawar", "Pantelic", "Parmar", "Plenty",
              "Qureshi", "Rasib", "Sharif", "Small", "Sohal", "Walsh"]
SLOUGH_AGAINST = ["Basharat", "Buchanan", "Coad", "Dale-Gough", "Haines", "Plimmer", "Smith", "Stokes", "Strutton",
                  "A S Wright"]
# Verbatim, the council's double space ("be  approved") kept: lines are stripped, never re-spaced inside.
SLOUGH_DECISION = ("That the Minutes of the proceedings of the Council at its meetings held on 19th May, 2011 and "
                   "23rd June, 2011 be  approved as a correct record and signed by the Mayor.")

# The same page as ModernGov serves it (mgAi.aspx markup, trimmed; dot leaders shortened).
SLOUGH_HTML = f"""<!DOCTYPE html>
<html><head><title>Agenda item - Minutes - 19th May, 2011 and 23rd June 2011</title></head>
<body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Minutes - 19th May, 2011 and 23rd June 2011</h2></div>
<div class="mgContent">
<h3 class="mgSubItemTitleTxt">Minutes:</h3>
<div class="mgWordPara">
<p>It was moved by Councillor Stokes,</p>
<p>Seconded by Councillor Haines,</p>
<p>&nbsp;</p>
<p>&#8220;That the Minutes of the Council meeting held on 23rd June, 2011 do not comprise an accurate record of
 proceedings.&#8221;</p>
<p>&nbsp;</p>
<p>The Mayor put the Minutes to the Council and following a vote the Minutes were declared as an accurate record
 by 24 votes, to 10 votes, with 1 abstention.</p>
<p>There voted for the Minutes being a correct record:</p>
<p>Councillors {", ".join(SLOUGH_FOR)} ....................................&nbsp; 24</p>
<p>There voted against the Minutes being&nbsp; a correct record:</p>
<p>Councillors {", ".join(SLOUGH_AGAINST[:-1])} and {SLOUGH_AGAINST[-1]} .........................&nbsp; 10</p>
<p>There abstained from voting:</p>
<p>Councillor Long .............................&nbsp; 1</p>
<p><b>Resolved&nbsp; -&nbsp; </b>That the Minutes of the proceedings of the Council at its meetings held on 19th
 May, 2011 and 23rd June, 2011 be&nbsp; approved as a correct record and signed by the Mayor.&nbsp;</p>
</div>
<h3 class="mgSubItemTitleTxt">Supporting documents:</h3>
<ul class="mgActionList"></ul>
</div></div></body></html>
"""


def names(vote: Vote, option: str) -> list[str]:
    return [cast.person.name for cast in vote.casts if cast.option == option]


@pytest.fixture(scope="module")
def slough() -> Record:
    return read_record(SLOUGH)


@pytest.fixture(scope="module")
def slough_html() -> Record:
    return read_agenda_item_page(html_to_text(SLOUGH_HTML), SLOUGH_URL)


def test_slough_record_holds_the_item_without_inventing_its_meeting(slough: Record) -> None:
    assert (slough.kind, slough.source_id, slough.source_url, slough.path) == (
        "agenda-item", "18978", SLOUGH_URL, SLOUGH)
    assert slough.meetings == []  # neither the meeting date nor the committee is printed
    [item] = slough.items
    assert (item.number, item.title, item.source_id) == ("", "Minutes - 19th May, 2011 and 23rd June 2011", "18978")
    assert (item.purpose, item.documents, item.position) == (None, [], None)


def test_slough_moved_and_seconded(slough: Record) -> None:
    assert slough.items[0].participations == [
        Participation(kind="moved", person=Person("Stokes", honorific="Councillor")),
        Participation(kind="seconded", person=Person("Haines", honorific="Councillor"))]


def test_slough_named_vote(slough: Record) -> None:
    [vote] = slough.items[0].votes
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (24, 10, 1)
    assert names(vote, "for") == SLOUGH_FOR
    assert names(vote, "against") == SLOUGH_AGAINST
    assert names(vote, "abstain") == ["Long"]
    assert all(cast.person.honorific == "Councillor" for cast in vote.casts)
    assert (vote.recorded, vote.outcome, vote.motion) == (True, "carried", "the Minutes being a correct record")


def test_slough_decision_and_minutes(slough: Record) -> None:
    item = slough.items[0]
    assert item.decisions == [Decision(text=SLOUGH_DECISION, date=None)]  # the meeting date is not printed
    paragraphs = item.minutes.split("\n\n")
    assert paragraphs[0] == "It was moved by Councillor Stokes,"
    assert paragraphs[2] == ("“That the Minutes of the Council meeting held on 23rd June, 2011 do not comprise an "
                             "accurate record of proceedings.”")
    assert paragraphs[-1] == f"Resolved  -  {SLOUGH_DECISION}"
    assert len(paragraphs) == 11
    assert "Supporting documents" not in item.minutes


def test_slough_html_reads_to_the_same_facts(slough: Record, slough_html: Record) -> None:
    text, html = slough.items[0], slough_html.items[0]
    assert slough_html.source_id == "18978" and slough_html.meetings == []
    assert (html.title, html.number, html.participations, html.decisions) == (
        text.title, text.number, text.participations, text.decisions)
    [vote], [html_vote] = text.votes, html.votes
    assert html_vote == vote


# --- variants ---------------------------------------------------------------------------------------------------

STATED_MEETING = """Agenda item

Meeting: 26/01/2017 - Council (Item 12.)

12. Treasury Management Strategy pdf icon PDF 420 KB

To consider the report of the Chief Finance Officer.

Decision:

RESOLVED – That the Treasury Management Strategy be approved.

Minutes:

Councillor Ann Lee declared a personal interest in this item as a trustee of the Fund.

It was moved by Councillor Ann Lee, seconded by Councillor Bob Moss.

There voted for the motion: Councillors Ann Lee, Bob Moss and Cole ....... 24

RESOLVED – That the Treasury Management Strategy be approved.

Supporting documents:

· Appendix 1 - Prudential Indicators pdf icon PDF 95 KB
"""

NO_LABEL = """Agenda item

2023/24 Revenue Budget and Council Tax Report

To consider the report of the Chief Officer Financial Services on the proposals for the Revenue Budget.

It was moved by Councillor Lewis, seconded by Councillor Coupar

On being put to the vote the motion was carried (For: 58, Against: 21, Abstentions: 12).
"""


def test_stated_meeting_puts_the_item_in_it() -> None:
    record = read_agenda_item_page(STATED_MEETING, "https://example.gov.uk/mgAi.aspx?ID=501")
    assert record.items == []
    [meeting] = record.meetings
    assert (meeting.committee.name, meeting.date) == ("Council", date(2017, 1, 26))
    [item] = meeting.items
    assert (item.number, item.title, item.source_id) == ("12", "Treasury Management Strategy", "501")
    assert item.documents == [
        Document(title="Treasury Management Strategy", mime_type="application/pdf", size_text="420 KB"),
        Document(title="Appendix 1 - Prudential Indicators", mime_type="application/pdf", size_text="95 KB")]
    assert item.purpose == "To consider the report of the Chief Finance Officer."
    # The "Decision:" part is the decision (once), dated with the meeting.
    assert item.decisions == [Decision(text="That the Treasury Management Strategy be approved.",
                                       date=date(2017, 1, 26))]
    [vote] = item.votes
    assert names(vote, "for") == ["Ann Lee", "Bob Moss", "Cole"]
    # 3 names, "24"; the RESOLVED printed right after the named division is what it carried (as in Darlington's
    # minutes, tests/fixtures/votes/darlington_named_vote_then_resolved.txt).
    assert (vote.votes_for, vote.recorded, vote.motion, vote.outcome) == (
        24, True, "That the Treasury Management Strategy be approved.", "carried")
    [declaration] = meeting.declarations
    assert (declaration.person.name, declaration.kind, declaration.item_number) == ("Ann Lee", "personal", "12")


def test_minutes_without_a_label_start_at_the_first_business_line() -> None:
    record = read_agenda_item_page(NO_LABEL, "https://democracy.example.gov.uk/mgAi.aspx?ID=90641")
    [item] = record.items
    assert item.title == "2023/24 Revenue Budget and Council Tax Report"
    assert item.number == ""
    assert item.purpose == ("To consider the report of the Chief Officer Financial Services on the proposals for "
                            "the Revenue Budget.")
    assert item.minutes.startswith("It was moved by Councillor Lewis")
    assert [(p.kind, p.person.name) for p in item.participations] == [("moved", "Lewis"), ("seconded", "Coupar")]
    assert [(v.votes_for, v.votes_against, v.abstentions, v.outcome) for v in item.votes] == [
        (58, 21, 12, "carried")]


def test_page_without_title_or_id() -> None:
    record = read_agenda_item_page("Agenda item\n\nMinutes:\n\nThe report was noted.\n",
                                   "https://example.gov.uk/mgAi.aspx?ID=45826")
    assert record.items == [AgendaItem(number="", title="", source_id="45826", minutes="The report was noted.")]
    with pytest.raises(RecordError, match="neither an ID"):
        read_agenda_item_page("Agenda item\n\nMinutes:\n\nThe report was noted.\n")


def test_wrong_weekday_in_stated_meeting_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "item.txt"
    page.write_text("Agenda item\n\nMeeting: Friday, 26 January 2017 - Council (Item 4)\n\n4. Minutes\n")
    with pytest.raises(RecordError, match="Thursday") as error:
        read_record(page)
    assert (error.value.path, error.value.line) == (str(page), 3)


def test_detection_claims_agenda_item_pages_only() -> None:
    assert looks_like_agenda_item_page(SLOUGH.read_text(encoding="utf-8"))
    others = [path for path in RECORDS.glob("*.*") if path != SLOUGH and not path.name.endswith((".source.txt", ".md"))]
    assert others and not any(looks_like_agenda_item_page(path.read_text(encoding="utf-8")) for path in others)


def test_the_minutes_resolution_wins_over_the_decision_summary() -> None:
    page = ("Agenda item\n\nMinutes of the Previous Meeting\n\nDecision:\n\nAGREED.\n\nMinutes:\n\nRESOLVED\n\n"
            "That the minutes of the previous meeting held on 29 April 2021 be agreed as a correct record.\n")
    item = read_agenda_item_page(page, "https://example.gov.uk/mgAi.aspx?ID=501").items[0]
    assert [d.text for d in item.decisions] == [
        "That the minutes of the previous meeting held on 29 April 2021 be agreed as a correct record."]


def test_a_first_line_that_is_a_sentence_is_not_the_title() -> None:
    purpose = ("To enable Council to consider whether to support a motion submitted at the meeting of the Council "
               "held on 13 July 2021 by a member of the Council on the future of the town's market hall.")
    page = f"Agenda item\n\n{purpose}\n\nMinutes:\n\nThe report was noted.\n"
    item = read_agenda_item_page(page, "https://example.gov.uk/mgAi.aspx?ID=501").items[0]
    assert (item.title, item.purpose) == ("", purpose)


def test_a_resolution_after_the_number_of_its_paragraph() -> None:
    """brighton-and-hove_agendaitem_49492: the minute's paragraphs are numbered ("49.2 The Chair noted …"), and
    so is its resolution: "49.3 RESOLVED: That the press and public be not excluded from the meeting."."""
    record = read_record(paths.TESTS / "corpus" / "records" /
                         "brighton-and-hove_agendaitem_49492.txt")
    [meeting] = record.meetings  # the meeting of agenda item 49492, which holds its substitute
    [item] = meeting.items
    assert [d.text for d in item.decisions] == ["That the press and public be not excluded from the meeting."]


def test_the_heading_printed_twice_is_not_the_items_title() -> None:
    """Oxford, mgAi.aspx?ID=386: "Agenda item" / "Agenda item" / "Community Engagement - Update on the development
    of Area Forums" (the page's title and its heading, then the item's title)."""
    record = read_record(RECORDS.parent.parent / "tests" / "corpus" / "records" / "oxford_agendaitem_386.txt")
    assert [item.title for item in record.items] == ["Community Engagement - Update on the development of Area Forums"]


DECISIONS = paths.TESTS / "fixtures" / "decisions"


def test_a_resolution_printed_without_resolved_is_the_decision() -> None:
    """Durham's minutes end in the resolution alone, "That the motion be carried.", with no RESOLVED before it;
    the paragraphs about the motion before it are not decisions."""
    record = read_record(DECISIONS / "durham_agendaitem_31515_unmarked_resolution.txt")
    item = record.items[0]
    assert [decision.text for decision in item.decisions] == ["That the motion be carried."]


def test_a_motion_quoted_after_its_moving_line_is_no_decision(tmp_path: Path) -> None:
    """A "That …" paragraph after the line that moves it is the motion (it may be lost), not a resolution."""
    page = tmp_path / "motion.txt"
    page.write_text("Agenda item\n\nNotice of Motion\n\nMinutes:\n\nCouncillor A Laing moved the following "
                    "motion:\n\nThat the report be noted.\n\nThe motion was lost.\n", encoding="utf-8")
    assert read_record(page).items[0].decisions == []


def test_a_page_without_labels_whose_resolution_stands_alone() -> None:
    """Durham mgAi 6912: no title, no "Minutes:" label, no RESOLVED anywhere; the paragraph "That the filling of
    the vacant positions be pursued as a priority." is the decision, and the statement that the minutes "were
    agreed as a correct record" is not written as one."""
    item = read_record(DECISIONS / "durham_agendaitem_6912_unmarked_resolution.txt").items[0]
    assert [decision.text for decision in item.decisions] == [
        "That the filling of the vacant positions be pursued as a priority."]


@pytest.mark.parametrize(("text", "before", "resolution"), [
    ("That the motion be carried.", "… would still be required.", True),
    ("That the filling of the vacant positions be pursued as a priority.", "… Further Education Colleges.", True),
    ("That the report be noted.", "Councillor A Laing moved the following motion:", False),  # a motion quoted
    ("That the report be noted.", "Recommendation", False),  # a recommendation, not a resolution
    ("That the report be noted. The Chair thanked the officers.", "", False),  # more than one sentence
    # Durham mgAi 58323: the vote taken, then (its RESOLVED lost by the copy) the election it decided.
    ("That Councillor C Martin be elected Vice-Chair for the remainder of the meeting.",
     "Upon a vote being taken the result was tied, the Chair exercised his casting vote in favour of Councillor C "
     "Martin,", True),
    ("That Councillor C Martin be elected Vice-Chair for the remainder of the meeting.",
     "Moved by Councillor B Moist, Seconded by Councillor D Haney,", False),  # a motion, left open
    ("That Councillor C Martin be elected Vice-Chair.", "Upon a vote being taken the motion was lost,", False),
])
def test_what_reads_as_a_resolution_printed_without_resolved(text: str, before: str, resolution: bool) -> None:
    lines = [Line(1, before), Line(2, text)] if before else [Line(2, text)]
    assert unmarked_resolution(lines, len(lines) - 1) is resolution


def test_a_title_printed_with_a_full_stop_is_the_title_but_a_sentence_is_not() -> None:
    """Slough (mgAi.aspx?ID=12055): "Declarations of Interest." is the item's title; "There were no declarations
    of interest." (Durham, mgAi.aspx?ID=13129, as a copy without its title would start) is not."""
    titled = read_agenda_item_page("Agenda item\n\nDeclarations of Interest.\n\nThe Chair, Councillor Grewal, "
                                   "declared a personal and prejudicial interest in agenda item 3 (Castleview "
                                   "Scrutiny).\n", "http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=12055")
    untitled = read_agenda_item_page("Agenda item\n\nThere were no declarations of interest.\n",
                                     "https://democracy.durham.gov.uk/mgAi.aspx?ID=13129")
    assert [item.title for meeting in titled.meetings for item in meeting.items] == ["Declarations of Interest."]
    assert [item.title for item in untitled.items] == [""]


def test_agreed_in_title_case_opening_the_resolution() -> None:
    """"Agreed that … be approved." opens the resolution as "AGREED that …" does (our own lines in the pattern, no
    non-holdout page with it was found): the decision is its text after the word."""
    page = ("Agenda item\n\nPetitions Update\n\nMinutes:\n\nDetails were submitted of the petitions received.\n\n"
            "Agreed that the action taken on each petition, as set out in the Appendix, be approved.\n")
    item = read_agenda_item_page(page, "https://example.gov.uk/mgAi.aspx?ID=501").items[0]
    assert [d.text for d in item.decisions] == [
        "that the action taken on each petition, as set out in the Appendix, be approved."]


@pytest.mark.parametrize(("text", "url"), [
    ("Agenda item\n\n\nTo elect a Chairman pursuant to Standing Order No. 29.\n\n\n\nThe Committee proceeded to "
     "elect a Chairman in accordance with Standing Order No. 29.\n", "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=16167"),
    ("Agenda item\n\n\nTo note and accept the minutes of the following Overview and Scrutiny Committee meetings:\n\n\n"
     "·     Chairs’ Steering Committee meetings on Tuesday, the 23rd January 2007 and Monday, the 26th March, 2007.\n",
     "https://moderngovwebpublic.redditchbc.gov.uk/mgAi.aspx?ID=781"),
])
def test_agenda_text_ending_in_a_stop_or_a_colon_is_no_title(text: str, url: str) -> None:
    """A copy that lacks the item's title starts at the agenda's text: an instruction ending in a full stop or a
    list's lead-in ending in a colon, its words not capitalised as a title's. No title is read, with a Warning."""
    record = read_agenda_item_page(text, url)
    assert [item.title for item in record.items] == [""]
    assert record.warnings[0].startswith("item title not read: the copy's first line is agenda text")
