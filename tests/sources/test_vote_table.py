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


def _grid_page(rows: str, tally: str = "(Vote: For 2, Abstentions 1)") -> str:
    """A meeting page whose item 72 records its vote as a grid a cell to a line, as records/torridge_meeting_2469.txt
    prints it (every cell then a blank line; an empty cell a space)."""
    return ("Agenda and minutes\n\nCouncil - Monday, 14th December, 2020 2.00 pm\n\nItems\nNo. Item\n\n72.\n\n"
            "Council Minutes\n\nMinutes:\n\nIt was proposed by Councillor Hackett, seconded by Councillor Watson and "
            "-\n\nResolved:   That the minutes of the meeting held on 5 October be confirmed as a correct record.\n\n"
            "A recorded vote was taken.\n\nCOUNCILLOR\n\nFOR\n\nAGAINST\n\nABSTAIN\n\n" + rows
            + "\n\n \n\nDue to technical issues, Councillor Christie was unable to vote.\n\n" + tally + "\n")


def test_a_grid_of_members_and_marks_a_cell_to_a_line_casts_each_members_vote() -> None:
    """records/torridge_meeting_2469.txt: "COUNCILLOR" / "FOR" / "AGAINST" / "ABSTAIN", then a row per member, an X
    in the column voted; the blank cells' lines place each mark ("FORD, L" abstained). The grid's marks are the
    casts of the vote the minutes counted alike; a member with no mark ("CHRISTIE, P S") is named, casts nothing.
    Names printed surname first are read initials first, the grid's heading their title."""
    rows = ("BOUGHTON, R\n\nX\n\n \n\n \n\nCHRISTIE, P S\n\n \n\n \n\n \n\nCOTTLE-HUNKIN C\n\nX\n\n \n\n \n\n"
            "FORD, L\n\n \n\n \n\nX")
    record = read_meeting_page(_grid_page(rows))
    [item] = record.meetings[0].items
    counted = next(vote for vote in item.votes if vote.votes_for == 2)
    assert (counted.abstentions, counted.recorded) == (1, True)
    assert [(cast.person.honorific, cast.person.name, cast.option) for cast in counted.casts] == [
        ("Councillor", "R BOUGHTON", "for"), ("Councillor", "C COTTLE-HUNKIN", "for"),
        ("Councillor", "L FORD", "abstain")]
    assert [(person.honorific, person.name) for person in record.people if person.name == "P S CHRISTIE"] == [
        ("Councillor", "P S CHRISTIE")]
    assert "COUNCILLOR" not in (item.minutes or "")


def test_a_grid_row_that_lost_cells_casts_nothing_and_says_so() -> None:
    """Torridge's next Council (MId=2471) as the same index copied it: "CRAIGIE, R" / " " / "X" then the next member,
    one cell short, so whether the X is against or abstain is not known: no cast, a Warning. A count the marks no
    longer meet leaves the grid a vote of its own."""
    rows = "BOUGHTON, R\n\nX\n\n \n\n \n\nCRAIGIE, R\n\n \n\nX\n\nDART, A L\n\nX\n\n \n\n "
    record = read_meeting_page(_grid_page(rows, "(Vote: For 31, Abstentions 3)"))
    [item] = record.meetings[0].items
    casts = [(cast.person.name, cast.option) for vote in item.votes for cast in vote.casts]
    assert casts == [("R BOUGHTON", "for"), ("A L DART", "for")]
    assert any("(CRAIGIE, R)" in warning and "column of its mark is not known" in warning
               for warning in record.warnings)


def test_a_grid_of_members_and_marks_as_markdown_rows() -> None:
    """The same grid where the copy kept its rows ("| BOUGHTON, R | X | | |")."""
    lines = page_lines("| COUNCILLOR | FOR | AGAINST | ABSTAIN |\n|---|---|---|---|\n| BOUGHTON, R | X | | |\n"
                       "| FORD, L | | | X |\n| CHRISTIE, P S | | | |\n\n(Vote: For 1, Abstentions 1)\n")
    kept, [grid] = split_vote_tables(lines)
    assert [line.text for line in kept] == ["(Vote: For 1, Abstentions 1)"]
    assert [(cast.person.name, cast.option) for cast in grid.casts] == [("R BOUGHTON", "for"), ("L FORD", "abstain")]
