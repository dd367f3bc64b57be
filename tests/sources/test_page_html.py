"""A ModernGov page's HTML read by its structure (publisher/sources/page_html.py), on real Kingston upon Thames
markup: tests/fixtures/page_html/kingston_item_60.html is an excerpt of
https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4, and the whole page is the corpus
record tests/corpus/records/kingston-upon-thames_meeting_10221.html."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import lxml.html

from publisher.model import AgendaItem, Committee, Decision, Issue, Meeting, MeetingRef, Record, Vote
from publisher.sources import read_record
from publisher.sources.page_html import (
    ItemRow,
    PageLink,
    add_page_structure,
    meeting_committee_ids,
    meeting_item_rows,
    page_links,
)
from publisher.sources.page_text import html_to_text, looks_like_html
from tests import paths

HERE = paths.TESTS
EXCERPT = (HERE / "fixtures" / "page_html" / "kingston_item_60.html").read_text(encoding="utf-8")
KINGSTON = HERE / "corpus" / "records" / "kingston-upon-thames_meeting_10221.html"
TITLE_60 = "Coombe Lane West Zebra Crossing - Local Consultation Results"
DEFERRAL = Vote(motion="Deferral: Coombe Lane West Zebra Crossing", outcome="carried", recorded=True)


def test_an_items_table_row_gives_the_items_aiid_and_its_recorded_vote_table() -> None:
    assert meeting_item_rows(EXCERPT) == [ItemRow(number="60", title=TITLE_60, source_id="51903", votes=(DEFERRAL,))]


def test_a_fragment_that_starts_with_a_comment_is_html() -> None:
    assert looks_like_html(EXCERPT)
    assert looks_like_html("<!-- saved part -->\n<tr><td>1.</td></tr>")
    assert looks_like_html('<meta charset="utf-8"><div id="modgov"><h1 class="mgMainTitleTxt">Agenda</h1></div>')
    assert not looks_like_html('<?xml version="1.0" encoding="utf-8"?>\n<getmeetings>\n</getmeetings>')
    assert not looks_like_html("Agenda and minutes\n\nCouncil - Monday, 1 May 2023 7.00 pm")


def test_text_moderngov_hides_is_not_page_text() -> None:
    text = html_to_text(EXCERPT)
    assert "· Annex 1 - Coombe Lane West pdf icon PDF 305 KB" in text.splitlines()
    assert ", item 60." not in text
    assert "No. Item" in [" ".join(line.split()) for line in text.splitlines()]  # a hidden table header stays


def test_a_saved_meeting_page_gets_the_votes_of_its_recorded_vote_tables() -> None:
    record = read_record(KINGSTON)
    items = {item.number: item for item in record.meetings[0].items}
    assert [(v.motion, v.outcome, v.recorded) for v in items["59"].votes] == [
        ("Petition Regarding the Introduction of Traffic Management Measures On Manorgate Road: Resolution 1 & 2",
         "carried", True),
        ("Petition Regarding the Introduction of Traffic Management Measures On Manorgate Road: Resolution 3",
         "carried", True)]
    assert items["60"].votes == [DEFERRAL]
    assert [item.source_id for item in record.meetings[0].items] == [
        "51890", "51891", "51892", "51893", "51894", "51902", "51903", "51900", "51901", "51899", "51896", "51897"]
    assert items["59"].documents[1].title == "Annex 1 - Wolverton Avenue"
    assert items["65"].minutes == "There were no urgent items."  # the site's footer after div#modgov is not
    assert record.warnings == []


def _record_with(votes: list[Vote]) -> Record:
    item = AgendaItem(number="60", title=TITLE_60, votes=votes)
    meeting = Meeting(committee=Committee("Kingston and North Kingston Neighbourhood Committee"), date=None,
                      items=[item])
    return Record(kind="meeting", source_id="10221", meetings=[meeting])


def test_a_vote_the_minutes_already_read_is_completed_not_counted_twice() -> None:
    record = _record_with([Vote(votes_for=5, votes_against=1)])
    add_page_structure(record, EXCERPT)
    assert record.meetings[0].items[0].votes == [
        Vote(motion=DEFERRAL.motion, votes_for=5, votes_against=1, outcome="carried", recorded=True)]
    assert record.meetings[0].items[0].source_id == "51903"


def test_minutes_with_another_number_of_votes_keep_theirs_and_say_so() -> None:
    minutes_votes = [Vote(votes_for=5), Vote(votes_for=2)]
    record = _record_with(list(minutes_votes))
    add_page_structure(record, EXCERPT)
    assert record.meetings[0].items[0].votes == minutes_votes
    assert record.warnings == ["item 60: its Recorded Vote table lists 1 votes and its minutes 2; the minutes' "
                               "votes are kept"]


def test_a_row_the_text_did_not_read_as_an_item_is_added_from_the_table_and_said() -> None:
    meeting = Meeting(committee=Committee("Kingston and North Kingston Neighbourhood Committee"), date=None)
    record = Record(kind="meeting", source_id="10221", meetings=[meeting])
    add_page_structure(record, EXCERPT)
    assert [(i.number, i.title, i.position, i.source_id, i.votes) for i in meeting.items] == [
        ("60", TITLE_60, 1, "51903", [DEFERRAL])]
    assert record.warnings == [f"item 60 '{TITLE_60}' read from the page's items table only: its text was not "
                               "read as an item"]


def test_the_structure_is_read_without_resolving_entities() -> None:
    page = ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/hostname"><!ENTITY y "EXPANDED">]><html><body>'
            '<table class="mgItemTable"><tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td>'
            '<td><p class="mgAiTitleTxt">A &x; &y; title</p></td></tr></table></body></html>')
    assert meeting_item_rows(page) == [ItemRow(number="1", title="A &x; &y; title", source_id=None, votes=())]


def test_the_content_region_alone_as_tools_save_it_reads_as_the_whole_page(tmp_path: Path) -> None:
    """div#modgov cut from the saved page (no <html>, <head> or <body>): the same meeting, items, decisions and
    votes as the whole page."""
    page = lxml.html.document_fromstring(KINGSTON.read_bytes(), parser=lxml.html.HTMLParser(no_network=True))
    fragment = tmp_path / "kingston_content.html"
    fragment.write_text(lxml.html.tostring(page.get_element_by_id("modgov"), encoding="unicode"), encoding="utf-8")
    sidecar = KINGSTON.with_name("kingston-upon-thames_meeting_10221.source.txt")
    (tmp_path / "kingston_content.source.txt").write_bytes(sidecar.read_bytes())
    whole, part = read_record(KINGSTON), read_record(fragment)
    assert fragment.read_text(encoding="utf-8").startswith('<div id="modgov">')
    assert part.meetings == whole.meetings
    assert (part.kind, part.source_id, part.warnings) == (whole.kind, whole.source_id, whole.warnings)


def test_an_unnumbered_row_is_the_unnumbered_item_of_the_same_title() -> None:
    """Two unnumbered items (read by the text with number ""): the row's AIId goes to the one it titles."""
    row = EXCERPT.replace('aria-disabled="true"></a>60.', 'aria-disabled="true"></a>')
    other = AgendaItem(number="", title="Public Question Time")
    same = AgendaItem(number="", title=TITLE_60)
    meeting = Meeting(committee=Committee("Kingston and North Kingston Neighbourhood Committee"), date=None,
                      items=[other, same])
    add_page_structure(Record(kind="meeting", source_id="10221", meetings=[meeting]), row)
    assert (other.source_id, same.source_id, same.votes) == (None, "51903", [DEFERRAL])


# Kirklees's "Decision details" page as DemocracyClub/LGSF keeps it (the corpus record's sidecar says where).
KIRKLEES_DECISION = HERE / "corpus" / "records" / "kirklees_decision_iid6535.html"
# A row of a Kingston upon Thames items table (ModernGov markup as aifgi/council_cycle's fixture
# src/test/resources/Agenda_Irrelevant.html holds it, commit daaa616c1024f39f4890bb53c1870b95139999b5), cut to
# the row: its issue link ("View the background to item 31.") and its minutes.
KINGSTON_ROW_31 = (HERE / "fixtures" / "page_html" / "kingston_item_31.html").read_text(encoding="utf-8")


def test_an_items_table_row_gives_the_issue_its_background_link_leads_to() -> None:
    assert meeting_item_rows(KINGSTON_ROW_31) == [
        ItemRow(number="31", title="Apologies for Absence", source_id="51116", votes=(), issue_id="53844")]


def test_an_item_gets_the_issue_of_its_row_titled_as_the_item() -> None:
    item = AgendaItem(number="31", title="Apologies for Absence")
    meeting = Meeting(committee=Committee("Kingston and North Kingston Neighbourhood Committee"), date=None,
                      items=[item])
    add_page_structure(Record(kind="meeting", source_id="10220", meetings=[meeting]), KINGSTON_ROW_31)
    assert (item.source_id, item.issue) == ("51116", Issue(title="Apologies for Absence", source_id="53844"))


def test_a_row_linking_two_issues_gives_neither() -> None:
    row = KINGSTON_ROW_31.replace("</ul>", '<li><a href="mgIssueHistoryHome.aspx?IId=53845">View</a></li></ul>')
    assert meeting_item_rows(row)[0].issue_id is None


def test_a_decision_pages_links_are_its_action_list_with_the_issue_each_leads_to() -> None:
    assert page_links(KIRKLEES_DECISION.read_text(encoding="utf-8")) == [
        PageLink(text="Find out more about this issue", issue_id="6535")]


def test_a_decision_pages_issue_link_is_its_issue_not_its_purpose() -> None:
    """The text form reads "· Find out more about this issue" as an unlabelled purpose; the markup shows it is
    the page's link to the decision's issue (IId=6535)."""
    decision = read_record(KIRKLEES_DECISION).decisions[0]
    assert (decision.title, decision.purpose) == ("Minutes of Previous Meeting", None)
    assert decision.issue == Issue(title="Minutes of Previous Meeting", source_id="6535")


def test_a_purpose_that_is_not_a_link_stays() -> None:
    decision = Decision(text="The Minutes … were approved as a correct record.", title="Minutes of Previous Meeting",
                        purpose="To approve the minutes.")
    record = Record(kind="decision", source_id="x", decisions=[decision])
    add_page_structure(record, KIRKLEES_DECISION.read_text(encoding="utf-8"))
    assert (decision.purpose, decision.issue) == ("To approve the minutes.",
                                                  Issue(title="Minutes of Previous Meeting", source_id="6535"))


def test_a_decision_pages_meeting_link_gives_the_committee_it_was_decided_at() -> None:
    """"Decided at meeting: 19/10/2015 - Policy Committee" links ieListDocuments.aspx?CId=151&MID=4832."""
    assert meeting_committee_ids(KIRKLEES_DECISION.read_text(encoding="utf-8")) == ["151"]
    meeting = read_record(KIRKLEES_DECISION).decisions[0].meeting
    assert meeting == MeetingRef(committee=Committee("Policy Committee", source_id="151"), date=date(2015, 10, 19))


def test_a_decision_page_without_a_meeting_link_keeps_its_committee_unnumbered() -> None:
    page = KIRKLEES_DECISION.read_text(encoding="utf-8").replace("ieListDocuments.aspx?CId=151&amp;MID=4832", "")
    decision = Decision(text="…", meeting=MeetingRef(committee=Committee("Policy Committee"), date=date(2015, 10, 19)))
    add_page_structure(Record(kind="decision", source_id="x", decisions=[decision]), page)
    assert meeting_committee_ids(page) == [] and decision.meeting is not None
    assert decision.meeting.committee.source_id is None
