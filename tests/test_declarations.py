"""Declarations of interest read from real minutes (publisher/sources/attendance.py, issue 14): the kind the
words state (never one they deny), the item however the page numbers it, everyone a sentence names."""

from __future__ import annotations

from pathlib import Path

from publisher.model import Declaration
from publisher.sources.attendance import interest_kind, read_declarations

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "declarations"


def paragraphs(name: str) -> list[str]:
    """A fixture's paragraphs (its first line names the page it was copied from)."""
    text = (FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)[1]
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def read(name: str) -> list[Declaration]:
    return [d for paragraph in paragraphs(name) for d in read_declarations(paragraph)]


def test_a_kind_the_words_deny_is_not_the_kind_declared() -> None:
    """Leicestershire (ieIssueDetails.aspx?IId=23344): "a personal non prejudicial interest" is personal."""
    found = read("leicestershire_issue_23344_not_prejudicial.txt")
    assert [(d.person.honorific, d.kind) for d in found] == [("Prof", "personal")]
    assert interest_kind("a personal (but not prejudicial) interest") == "personal"
    assert interest_kind("an interest which was not a disclosable pecuniary interest") == "other"
    assert interest_kind("a non-pecuniary interest") == "non-pecuniary"
    assert interest_kind("a personal and prejudicial interest") == "prejudicial"


def test_other_disclosable_interests_are_other_and_pecuniary_alone_is_disclosable_pecuniary() -> None:
    """Bromsgrove (ieIssueDetails.aspx?IId=33787): "other disclosable interests" name no kind of the scheme."""
    found = read("bromsgrove_issue_33787_minute_item_numbers.txt")
    assert [(d.person.name, d.kind) for d in found] == [
        ("K. May", "other"), ("M. Thompson", "other"), ("M. Thompson", "disclosable pecuniary")]
    assert found[-1].left_room is True


def test_an_item_named_as_a_minute_or_numbered_in_its_year() -> None:
    """Bromsgrove ("Minute Item No. 15/21") and Leicestershire ("(minute 28 below)"): the item the page numbers
    so; a minute of another meeting is no item of this one."""
    assert [(d.person.name, d.item_number) for d in read("bromsgrove_issue_33787_minute_item_numbers.txt")] == [
        ("K. May", "15/21"), ("M. Thompson", "15/21"), ("M. Thompson", "18/21")]
    assert [d.item_number for d in read("leicestershire_issue_23344_not_prejudicial.txt")] == ["28"]
    assert read_declarations("Councillor Ann Lee declared a personal interest in minute 142/20 of the Planning "
                             "Committee held on 11 December 2020.")[0].item_number is None
