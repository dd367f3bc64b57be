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
from dataclasses import dataclass, field

from publisher.model import Person, Vote, VoteCast
from publisher.sources.person_mentions import person_named
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
        if grid := member_grid(lines, index):
            if grid.vote.casts:
                votes.append(grid.vote)
            index += grid.used
            continue
        if not _LINK.match(text):
            kept.append(lines[index])
        index += 1
    return kept, votes


def _marks_join(grid: Vote, minutes: list[Vote]) -> bool:
    """A member grid's marks are the casts of the vote the minutes counted alike ("(Vote: For 29, Abstentions
    2)" under a grid of 29 marks for and 2 abstaining, Torridge); True when they joined it."""
    marked = {option: sum(cast.option == option for cast in grid.casts) for option in ("for", "against", "abstain")}
    for vote in minutes:
        counts = {"for": vote.votes_for, "against": vote.votes_against, "abstain": vote.abstentions}
        stated = {option: count for option, count in counts.items() if count is not None}
        if not vote.casts and stated and all(marked[option] == count for option, count in stated.items()) \
                and all(stated.get(option, 0) == count for option, count in marked.items()):
            vote.casts, vote.recorded = list(grid.casts), True
            return True
    return False


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
    grids = [vote for vote in table if vote.casts]
    if grids:
        minutes = [*minutes, *(grid for grid in grids if not _marks_join(grid, minutes))]
        table = [vote for vote in table if not vote.casts]
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


# --- a recorded vote as a grid of members and marks --------------------------------------------------------------
#
# Minutes may record a vote as a table of one row per member and one column per option, a mark in the column the
# member voted in (Torridge):
#
#     COUNCILLOR  FOR  AGAINST  ABSTAIN
#     BOUGHTON, R  X
#     FORD, L                   X
#     CHRISTIE, P S                         (no mark: did not vote)
#
# A copy of the page keeps it as rows of cells (Markdown, tabs) or a cell to a line, the empty cells blank lines
# the reader drops: there the cells' line numbers still place them, each cell as many lines below the one before
# as the header's cells are (its step). A row whose next row starts where a whole row would end is read, its mark
# in the column its distance from the name gives; a row that lost cells (the next name nearer or further) is not,
# its mark's column being unknown (:func:`member_grid_warnings` says so). Counts are never computed from the marks.

_GRID_MEMBER_HEADS = frozenset({"councillor", "councillors", "member", "members", "name", "member name"})
_GRID_OPTIONS = {"for": "for", "in favour": "for", "against": "against", "abstain": "abstain",
                 "abstained": "abstain", "abstention": "abstain", "abstentions": "abstain"}
_MARK = re.compile(r"^(?:x|✓|✔|√)$", re.IGNORECASE)
# A row's member: a name alone, capitalised words with initials ("BOUGHTON, R", "McGEOUGH, D A D", "COTTLE-HUNKIN
# C"), never a sentence ("Due to technical issues, Councillor Christie was unable to vote.").
_ROW_MEMBER = re.compile(r"^(?:(?:Councillor|Cllr\.?)\s+)?[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,4}$")
_SURNAME_FIRST = re.compile(
    r"^(?P<surname>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?),?\s+(?P<initials>(?:[A-Z]\.?\s*){1,4})$")


@dataclass
class MemberGrid:
    """A grid read: the vote its marks cast, the lines it takes, the rows whose marks could not be placed."""

    vote: Vote
    used: int
    unplaced: list[Line] = field(default_factory=list)
    unmarked: list[Person] = field(default_factory=list)  # members in a row with no mark: named, no vote cast


def member_grid(lines: list[Line], index: int) -> MemberGrid | None:
    """The member grid whose header starts at ``lines[index]``, else None."""
    cells = _cells(lines[index].text)
    if cells:
        return _grid_of_rows(lines, index, cells)
    heads = [_grid_head(lines[index].text)]
    if heads[0] not in _GRID_MEMBER_HEADS:
        return None
    options = []
    for line in lines[index + 1:index + 5]:
        if (option := _GRID_OPTIONS.get(_grid_head(line.text))) is None:
            break
        options.append((option, line.number))
    numbers = [lines[index].number] + [number for _, number in options]
    steps = {after - before for before, after in zip(numbers, numbers[1:], strict=False)}
    if len(options) < 2 or len(steps) != 1:
        return None
    return _grid_of_lines(lines, index + 1 + len(options), [option for option, _ in options], steps.pop())


def _grid_of_lines(lines: list[Line], start: int, options: list[str], step: int) -> MemberGrid | None:
    """The rows of a grid copied a cell to a line (see the notes above)."""
    vote = Vote(recorded=True)
    unplaced: list[Line] = []
    unmarked: list[Person] = []
    at = start
    width = (len(options) + 1) * step
    while at < len(lines) and _ROW_MEMBER.match(lines[at].text) and not _MARK.match(lines[at].text):
        name = lines[at]
        marks = []
        at += 1
        while at < len(lines) and _MARK.match(lines[at].text):
            marks.append(lines[at])
            at += 1
        following = lines[at].number if at < len(lines) else None
        whole = following is None or following == name.number + width or (
            following > name.number + width and not _ROW_MEMBER.match(lines[at].text))
        columns = [(mark.number - name.number) / step for mark in marks]
        if not whole or any(column != int(column) or not 1 <= column <= len(options) for column in columns):
            unplaced.append(name)
            continue
        if not marks:
            unmarked.append(_member(name.text))
        vote.casts.extend(VoteCast(person=_member(name.text), option=options[int(column) - 1]) for column in columns)
    return MemberGrid(vote, at - start + len(options) + 1, unplaced, unmarked) if at > start else None


def _grid_of_rows(lines: list[Line], index: int, header: list[str]) -> MemberGrid | None:
    """The rows of a grid whose copy kept its rows (Markdown, tabs): "| BOUGHTON, R | X | | |"."""
    heads = [_grid_head(cell) for cell in header]
    options = [_GRID_OPTIONS.get(head) for head in heads[1:]]
    if heads[0] not in _GRID_MEMBER_HEADS or len(options) < 2 or None in options:
        return None
    vote = Vote(recorded=True)
    unmarked: list[Person] = []
    at = index + 1
    while at < len(lines) and (row := _cells(lines[at].text)):
        if _MARKDOWN_RULE.match(lines[at].text.strip()):
            at += 1
            continue
        marked = [option for option, cell in zip(options, row[1:], strict=False) if cell and _MARK.match(cell)]
        if not _ROW_MEMBER.match(row[0]) or any(cell and not _MARK.match(cell) for cell in row[1:]):
            break
        vote.casts.extend(VoteCast(person=_member(row[0]), option=option) for option in marked)
        unmarked.extend([] if marked else [_member(row[0])])
        at += 1
    return MemberGrid(vote, at - index, [], unmarked) if at > index + 1 else None


def _grid_head(text: str) -> str:
    return " ".join(text.strip().strip("|").lower().split()).rstrip(":")


def _member(printed: str) -> Person:
    """A row's member, the grid's heading their title: "BOUGHTON, R" is Councillor R BOUGHTON."""
    printed = " ".join(printed.split())
    if surname_first := _SURNAME_FIRST.match(printed):
        printed = f"{surname_first['initials'].strip()} {surname_first['surname']}"
    person = person_named(printed)
    person.honorific = person.honorific or "Councillor"
    return person


def member_grids_on_page(lines: list[Line], warnings: list[str]) -> list[Person]:
    """The members the page's member grids name without a mark (who did not vote: people of the record, no
    cast); what the grids leave unread is a Warning: each row that lost cells, its mark's column unknown."""
    unmarked: list[Person] = []
    for index in range(len(lines)):
        if _grid_head(lines[index].text.split("\t")[0].strip("| ")) in _GRID_MEMBER_HEADS \
                and (grid := member_grid(lines, index)):
            unmarked.extend(grid.unmarked)
            warnings.extend(f"vote of line {row.number} not read ({row.text}): the copy lost cells of its row in "
                            f"the recorded vote's table, so the column of its mark is not known"
                            for row in grid.unplaced)
    return unmarked
