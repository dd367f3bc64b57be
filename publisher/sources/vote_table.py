"""The "Recorded Vote" table ModernGov prints under an item's minutes (meeting and agenda-item pages).

In page text (a browser's copy, or saved HTML read as text) the table is a caption, a header and one row per
vote, its cells separated by tabs (or Markdown's ``|``), then the link to the item's voting record::

    Recorded Vote
    Title	Type	Recorded Vote text	Result
    Deferral: Coombe Lane West Zebra Crossing 	Amendment 	 	 Carried
    · View Recorded Vote for this item

Each row is a recorded vote: its title the motion, its result the outcome ("Carried", "Lost"…). A copy that
lost the cells' separators ("TitleTypeRecorded Vote textResult") is read where a row ends with the vote's type
and result ("… 2021/22 Ad-Hoc Carried"). The table
and the link are not minutes. Where the minutes' own words also gave the item's votes, the two are the same
votes when they are as many (each completed in turn, never counted twice); :func:`with_table_votes` says
when they are not.
"""

from __future__ import annotations

import re

from publisher.model import Vote
from publisher.sources.recorded_votes import status_outcome
from publisher.sources.text_rules import Line

_CAPTION = re.compile(r"^recorded\s+votes?$", re.IGNORECASE)
_HEADER = ("title", "type")  # the first cells of the header row
# The header and a row as a copy that lost the cells' separators prints them: "TitleTypeRecorded Vote textResult",
# "To Elect Adrian Osborne as Chairman of the Council for the Municipal Year 2021/22 Ad-Hoc Carried" (the title,
# then the vote's type, then its result, the text between them left blank).
_RUN_TOGETHER_HEADER = re.compile(r"^TitleType(?:Recorded\s*Vote\s*text)?Result$", re.IGNORECASE)
_RUN_TOGETHER_ROW = re.compile(
    r"^(?P<title>\S.*?)\s+(?:Ad-?Hoc|Amendment|(?:Substantive\s+)?Motion|Recommendations?|Procedural)\s+"
    r"(?P<result>Carried|Lost|Rejected|Fell|Defeated|Not\s+Carried)$", re.IGNORECASE)
_LINK = re.compile(r"^(?:[·•]\s*)?view\s+(?:the\s+)?recorded\s+votes?\s+for\s+this\s+item\.?$", re.IGNORECASE)
_MARKDOWN_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")


def split_vote_tables(lines: list[Line]) -> tuple[list[Line], list[Vote]]:
    """An item's minutes lines without their Recorded Vote tables and links, and the votes the tables list."""
    kept: list[Line] = []
    votes: list[Vote] = []
    index = 0
    while index < len(lines):
        text = lines[index].text.strip()
        header = _cells(lines[index + 1].text) if index + 1 < len(lines) else []
        if _CAPTION.match(text) and [cell.lower() for cell in header[:2]] == list(_HEADER):
            index += 2
            while index < len(lines) and (row := _cells(lines[index].text)):
                if not _MARKDOWN_RULE.match(lines[index].text.strip()) and row[0]:
                    votes.append(Vote(motion=row[0], outcome=status_outcome(row[-1]), recorded=True))
                index += 1
            continue
        if _CAPTION.match(text) and index + 1 < len(lines) and _RUN_TOGETHER_HEADER.match(lines[index + 1].text):
            index += 2
            while index < len(lines) and (run := _RUN_TOGETHER_ROW.match(lines[index].text.strip())):
                votes.append(Vote(motion=run["title"], outcome=status_outcome(run["result"]), recorded=True))
                index += 1
            continue
        if not _LINK.match(text):
            kept.append(lines[index])
        index += 1
    return kept, votes


def _cells(text: str) -> list[str]:
    """A table row's cells (tab-separated, or a Markdown row); none for a line that is no row."""
    text = text.strip()
    if text.startswith("|") and text.endswith("|") and len(text) > 1:
        return [cell.strip() for cell in text[1:-1].split("|")]
    return [cell.strip() for cell in text.split("\t")] if "\t" in text else []


def with_table_votes(minutes: list[Vote], table: list[Vote]) -> list[Vote] | None:
    """An item's votes from its minutes' words and its Recorded Vote table: the table's when the minutes gave
    none, else the minutes' completed in turn (motion, outcome, recorded) when they are as many; None when
    they are not (which of them the table lists is not known)."""
    if not table:
        return minutes
    if not minutes:
        return table
    if len(minutes) != len(table):
        return None
    for vote, row in zip(minutes, table, strict=True):
        vote.motion = vote.motion or row.motion
        vote.outcome = vote.outcome or row.outcome
        vote.recorded = True
    return minutes
