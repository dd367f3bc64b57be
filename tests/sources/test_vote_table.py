"""The "Recorded Vote" table under an item's minutes, in page text (publisher/sources/vote_table.py), on the
real Kingston upon Thames excerpt tests/fixtures/vote_table/kingston_item_60_minutes.txt (its first line names
the source URL)."""

from __future__ import annotations

from publisher.model import Vote
from publisher.sources.meeting_page import read_meeting_page
from publisher.sources.text_rules import Line, page_lines
from publisher.sources.vote_table import split_vote_tables, with_table_votes
from tests import paths

HERE = paths.TESTS
SOURCE_LINE, _, EXCERPT = (HERE / "fixtures" / "vote_table" / "kingston_item_60_minutes.txt").read_text(
    encoding="utf-8").partition("\n\n")
DEFERRAL = Vote(motion="Deferral: Coombe Lane West Zebra Crossing", outcome="carried", recorded=True)


def test_the_table_gives_the_items_recorded_votes_and_is_not_minutes() -> None:
    minutes, votes = split_vote_tables(page_lines(EXCERPT))
    assert votes == [DEFERRAL]
    assert [line.text for line in minutes] == [
        "A proposal was made by the Chair to defer the decision to the March committee meeting pending further "
        "research by the Highways department on the legality and clarification on the issue raised of manoeuvring "
        "on zig zag lines. The proposal was seconded by Councillor Sadr-Hashemi, voted on and carried.",
        "Therefore, it was RESOLVED that the decision on the implementation of the scheme as shown  ...  view the "
        "full minutes text for item 60."]


def test_the_same_table_as_a_converter_renders_it_in_markdown() -> None:
    markdown = EXCERPT.replace("Title\tType\tRecorded Vote text\tResult",
                               "| Title | Type | Recorded Vote text | Result |\n|---|---|---|---|")
    markdown = markdown.replace("Deferral: Coombe Lane West Zebra Crossing \tAmendment \t \t Carried",
                                "| Deferral: Coombe Lane West Zebra Crossing | Amendment | | Carried |")
    assert split_vote_tables(page_lines(markdown))[1] == [DEFERRAL]


def test_a_meeting_page_copied_as_text_reads_the_table_under_the_items_minutes() -> None:
    page = ("Agenda, decisions and minutes\n\nKingston and North Kingston Neighbourhood Committee - Thursday 15 "
            "January 2026 7:30 pm\n\nItems\n\nNo. \tItem\n\n60.\n\nCoombe Lane West Zebra Crossing - Local "
            "Consultation Results\n\nMinutes:\n\n" + EXCERPT)
    item = read_meeting_page(page, "https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221").\
        meetings[0].items[0]
    assert item.votes == [DEFERRAL]
    assert "Recorded Vote" not in (item.minutes or "")


def test_votes_the_minutes_state_are_completed_by_the_table_when_as_many() -> None:
    minutes = [Vote(votes_for=5, votes_against=1)]
    assert with_table_votes(minutes, [DEFERRAL]) == [
        Vote(motion=DEFERRAL.motion, votes_for=5, votes_against=1, outcome="carried", recorded=True)]
    assert with_table_votes([], [DEFERRAL]) == [DEFERRAL]
    assert with_table_votes([Vote(), Vote()], [DEFERRAL]) is None


def test_a_line_that_only_looks_like_a_caption_is_minutes() -> None:
    lines = [Line(1, "Recorded Vote"), Line(2, "The Committee agreed to take a recorded vote.")]
    assert split_vote_tables(lines) == (lines, [])


def test_a_table_whose_copy_lost_its_cell_separators() -> None:
    """Babergh (records/babergh_meeting_3122.txt): the header "TitleTypeRecorded Vote textResult", each row the
    title, the vote's type and its result run together; the table and its link are no minutes."""
    lines = page_lines("1.4 Councillor Adrian Osborne announced that his chosen charity for his term of office was "
                       "the Kernos Charity.\n\nRecorded Vote\nTitleTypeRecorded Vote textResult\nTo Elect Adrian "
                       "Osborne as Chairman of the Council for the Municipal Year 2021/22 Ad-Hoc Carried\n"
                       "  • View Recorded Vote for this item\n")
    minutes, votes = split_vote_tables(lines)
    assert [line.text for line in minutes] == [
        "1.4 Councillor Adrian Osborne announced that his chosen charity for his term of office was the Kernos "
        "Charity."]
    assert [(vote.motion, vote.outcome, vote.recorded) for vote in votes] == [
        ("To Elect Adrian Osborne as Chairman of the Council for the Municipal Year 2021/22", "carried", True)]
