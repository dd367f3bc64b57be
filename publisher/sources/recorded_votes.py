"""Reader for ModernGov recorded-vote pages ("Voting record"), as page text.

ModernGov lists recorded (named) votes on two pages, both headed "Voting record":

- ``mgListRecordedVotesShort.aspx?AIID=…&MID=…``: the votes taken at one agenda item, each as a table of
  options with the names and the count for each::

      Voting record
      Council, Wednesday 20th April 2022 6.00 p.m.           committee, weekday date time
      Item: Constitution Review Working Group Recommendations
      Recorded vote on the decision not to hold …:           the vote's heading
      Resolution status:Carried                              or "Motion status:" / "Amendment status:" …
      In accordance with Procedure Rule 18.3 a recorded …   an explanation (optional)
      Vote  Councillors  Count                               table header (cells are tab-separated)
      For   A. J. B. Beaumont, … and P. J. Whittaker  18
      Against  S. J. Baxter, … and H. D. N. Rone-Clarke  8
      Conflict Of Interests  None  0

- ``mgListRecordedVotes.aspx?…`` (by councillor or date range): meetings, items and votes in turn, each
  vote a table of one row per councillor, "Councillor A B | For".

Table rows arrive as lines of cells separated by tabs (the page-text form of an HTML table) or by " | ", or
with the cells run together where a copy lost the table's markup: "ForA. J. B. Beaumont, … and P. J.
Whittaker18" (option, names, count) and "Councillor Sara Randall Johnson Against" (councillor, vote).
Other copies of the same tables: a table with one column per option ("| For | Against | Abstain |", a name
per cell, empty cells kept in their columns); a row copied one cell to a line (the option's label alone, then
its names, then its count); a by-councillor row whose name cell also holds the vote ("Councillor Bob
BakerAgainst | Against", the page nests one cell in the other); a names cell broken over lines (an option's row
without its count: the lines after it are its names, up to the count); lists labelled as minutes print them
("Against (2): Bob Baker, Eve Ellis", "For (2)" with the names on the next line: the grammar of
:func:`publisher.sources.votes.list_label`).
What is read: per vote, its heading and explanation as the motion (verbatim, joined by a blank line), the
outcome from the status ("Carried" → carried; "Lost", "Rejected", "Not carried", "Fell", "Defeated" → lost;
any other status → no outcome), the counts printed in the table (never computed from the names), and one
cast per named councillor per option (For, Against, Abstain, Conflict of interests). Rows for people who did
not vote ("Absent", "Did not vote") are not votes and are left out. Every vote here is recorded. A
"Casting vote" row names who gave the chair's casting vote; the model has no place for it, so it is a Warning
naming the row, not a fact. A meeting with a title of its own is headed "Extraordinary Meeting, Community
Scrutiny Committee, Wednesday, 7th September, 2022 6.30 pm": the committee is the last part before the date
(:func:`publisher.sources.text_rules.committee_and_meeting_title`), the title a Warning. On one item's page
(``AIID=``) a line that is no heading, status or row (a copy cut off mid-row: "Confli") is a Warning naming the
line, never a second item. A run-together row the copy cut off inside its names ("AgainstA. J. B. Beaumont, R. J.
Deeming, J. Ti") has lost its count: its whole names are voters, the text after its last separator a Warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from publisher.errors import RecordError
from publisher.model import AgendaItem, Committee, Meeting, Record, Vote, VoteCast
from publisher.sources.attendance import page_arrivals
from publisher.sources.person_mentions import NAME_PARTICLES, person_named
from publisher.sources.source_ids import SourceIds, source_ids
from publisher.sources.text_rules import Line, committee_and_meeting_title, meeting_heading, page_lines
from publisher.sources.votes import list_label, looks_like_names, names_and_count

KIND = "recorded-votes"

_HEADING = re.compile(r"^Voting\s+record$", re.IGNORECASE)
_STATUS = re.compile(
    r"^(?P<what>Motion|Resolution|Amendment|Recommendation|Proposal|Decision|Vote)\s+status\s*:\s*(?P<status>.*)$",
    re.IGNORECASE)
_ITEM = re.compile(r"^Item\s*:\s*(?P<title>.+)$", re.IGNORECASE)
_MARKDOWN_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")
_NO_VOTES = re.compile(r"^There\s+is\s+no\s+voting\s+information", re.IGNORECASE)
_CELL_SEPARATOR = re.compile(r"\t+|\s+\|\s+")
OPTIONS = {"for": "for", "against": "against", "abstain": "abstain", "abstained": "abstain",
           "abstention": "abstain", "abstentions": "abstain", "conflict of interest": "conflict of interests",
           "conflict of interests": "conflict of interests"}
NOT_VOTING = frozenset({"absent", "did not vote", "not present", "apologies", "no vote", "not voting"})
_HEADER_WORDS = frozenset({"vote", "votes", "councillor", "councillors", "member", "members", "name", "count",
                           "total"})
# Option labels as the page prints them (capitalised), longest first, for rows whose cells ran together.
_PRINTED_OPTIONS = ("Conflict Of Interests", "Conflict of Interests", "Conflict Of Interest", "Conflict of Interest",
                    "Casting vote", "Casting Vote", "Abstentions", "Abstention", "Abstained", "Abstain", "Against",
                    "For")
_OPTION_LABEL = "|".join(re.escape(label) for label in _PRINTED_OPTIONS)
# "ForP. M. McDonald and H. D. N. Rone-Clarke2", "Conflict Of InterestsNone0": label, names, count.
_RUN_TOGETHER_ROW = re.compile(rf"^(?P<option>{_OPTION_LABEL})(?P<space>\s?)(?P<names>[A-Z].*?)\s*(?P<count>\d+)$")
# "Councillor Sara Randall Johnson Against": one councillor's vote, name and vote cells run together; a name may
# hold a lower-case particle ("Councillor Ann de Wiggondene-Sheppard Against").
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_COUNCILLOR_VOTE = re.compile(
    rf"^(?P<who>(?:County\s+)?(?:Councillor|Cllr)\.?\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:{_PARTICLE})\b)){{0,4}})\s+"
    rf"(?P<vote>{_OPTION_LABEL}|Absent|Did not vote|Not present|No vote|Not voting)$")
CASTING_VOTE = "casting vote"
# A run-together row that has lost its count ("AgainstCllr Ben Baker, Cllr Eve Ellis, Cll", the copy cut off in
# it): the label, a capital right after it, names; split at the last separator (",", "and", "&") before the rest.
_CUT_SHORT_ROW = re.compile(rf"^(?P<option>{_OPTION_LABEL})(?P<names>[A-Z].*\D)$")
_LAST_SEPARATOR = re.compile(r"^(?P<whole>.*\S)\s*(?:,|\s(?:and|&)(?:\s|$))\s*(?P<rest>[^,]*)$")
_GLUED_COUNT = re.compile(r"^(?P<names>.*[^\W\d_])(?P<count>\d+)$")
_LOST = re.compile(r"^(?:lost|rejected|not\s+carried|fell|defeated)\b", re.IGNORECASE)
_CARRIED = re.compile(r"^carried\b", re.IGNORECASE)


@dataclass
class _VoteDraft:
    heading: str | None = None
    explanation: list[str] = field(default_factory=list)
    vote: Vote = field(default_factory=lambda: Vote(recorded=True))
    has_status: bool = False
    has_rows: bool = False
    columns: list[str] = field(default_factory=list)  # options of a table with one column per option
    stacked: str | None = None  # option whose label stood alone on its line: its names and count follow

    @property
    def in_explanation(self) -> bool:
        """After the status and before the table the page prints the motion's text, whose lines may end
        with ":" ("… be amended by the addition of the following:") without starting another vote."""
        return self.has_status and not self.has_rows

    def finish(self) -> Vote:
        self.vote.motion = "\n\n".join(part for part in [self.heading, *self.explanation] if part) or None
        return self.vote


class _Page:
    """Reading state: the meeting, item and vote that following lines belong to."""

    def __init__(self, path: Path | None, ids: SourceIds | None = None) -> None:
        self.path = path
        self.ids = ids or SourceIds()
        self.warnings: list[str] = []
        self.meetings: list[Meeting] = []
        self.item: AgendaItem | None = None
        self.draft: _VoteDraft | None = None
        self.awaiting_status = False
        self.printed: list[str] = []  # the page's lines as printed: a row's leading tab is an empty first cell

    def cells(self, line: Line) -> list[str] | None:
        """A row of a table with a column per option, its empty cells kept: "<tab>Bob Baker<tab>" is a name
        under the second option; a line of names alone, its other cells lost in the copy, is the first's."""
        printed = self.printed[line.number - 1] if 0 < line.number <= len(self.printed) else line.text
        cells = _positional_cells(printed.strip(" \r\n"))
        if cells is None and looks_like_names(line.text):
            return [line.text]
        return cells

    def meeting(self, line: Line) -> Meeting:
        """The meeting a vote or item belongs to: the last one the page names, else the one its URL names
        (a vote table copied without its heading), else there is nothing to key the vote on."""
        if not self.meetings and self.ids.meeting:
            self.meetings.append(Meeting(committee=None, date=None, source_id=self.ids.meeting))
            self.warnings.append(f"meeting heading not read (none is printed before line {line.number}): the votes "
                                 f"are of the meeting its address names, MID={self.ids.meeting}")
        if not self.meetings:
            raise RecordError("nothing to key the vote on: it is listed before any meeting heading and the "
                              "page's address names no meeting (MID)", self.path, line.number, "meeting")
        return self.meetings[-1]

    def new_item(self, title: str, line: Line) -> None:
        self.close_vote()
        self.item = AgendaItem(number="", title=title)
        self.meeting(line).items.append(self.item)

    def new_vote(self, heading: str | None, line: Line) -> _VoteDraft:
        self.close_vote()
        if self.item is None:
            self.new_item("", line)
        self.draft = _VoteDraft(heading=heading)
        return self.draft

    def close_vote(self) -> None:
        if self.draft is not None and self.item is not None:
            self.item.votes.append(self.draft.finish())
        self.draft = None


def looks_like_recorded_votes_page(text: str, source_url: str | None = None) -> bool:
    """True for a "Voting record" page: the heading with a vote status, a vote table or ModernGov's "no
    voting information" line (or a mgListRecordedVotes URL)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not any(_HEADING.match(line) for line in lines):
        return False
    if source_url and "mglistrecordedvotes" in source_url.lower():
        return True
    return any(_STATUS.match(line) or _NO_VOTES.match(line) or _table_row(line) for line in lines)


def read_recorded_votes_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read a Voting record page (page-text form) into a Record of meetings, items and their named votes."""
    lines = page_lines(text)
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    ids = source_ids(source_url)
    if start is None and ids.page_type != "recorded-votes":
        raise RecordError("not a council record: no 'Voting record' heading, and no mgListRecordedVotes address",
                          path)
    page = _Page(path, ids)
    page.printed = text.splitlines()
    for line in lines[(start if start is not None else -1) + 1:]:
        _read_line(page, line)
        if page.meetings:  # "Councillor A. Kent had left the meeting by the time …": a departure, beside the votes
            page.meetings[-1].arrivals.extend(page_arrivals(line.text))
    page.close_vote()
    _single_ids(page.meetings, source_url)
    return Record(kind=KIND, source_id=_record_key(source_url, page.meetings, path), source_url=source_url,
                  path=path, meetings=page.meetings, named_key=not source_url, warnings=page.warnings)


def _read_line(page: _Page, line: Line) -> None:
    text = line.text
    if _HEADING.match(text) or _NO_VOTES.match(text):
        return
    if page.awaiting_status and page.draft is not None:  # "Motion status:" then the status on its own line
        page.awaiting_status = False
        page.draft.vote.outcome = status_outcome(text)
        return
    found = meeting_heading(text, path=page.path, line=line.number)
    if _MARKDOWN_RULE.match(text):
        return  # the line under a Markdown table's header row
    if not found and not page.meetings and not (_STATUS.match(text) or _table_row(text) or _ITEM.match(text)):
        return  # the page's introduction, above the first meeting
    if found:
        page.close_vote()
        page.item = None
        committee, title = committee_and_meeting_title(found.committee)
        if title:
            page.warnings.append(f"meeting title {title!r} (line {line.number}) not published: a meeting has no "
                                 "title of its own in the model")
        page.meetings.append(Meeting(committee=Committee(name=committee), date=found.date, start=found.start))
    elif item := _ITEM.match(text):
        page.new_item(item["title"].strip(), line)
    elif status := _STATUS.match(text):
        draft = page.draft if page.draft is not None and not page.draft.has_rows else page.new_vote(None, line)
        draft.vote.outcome = status_outcome(status["status"]) if status["status"].strip() else None
        draft.has_status = True
        page.awaiting_status = not status["status"].strip()
    elif page.draft is not None and page.draft.columns and (row := page.cells(line)) is not None:
        _read_column_row(page.draft, row)
    elif page.draft is not None and (label := _option_label(text)):
        page.draft.stacked, page.draft.has_rows = label, True  # "Against" alone, its names on the next line
    elif cells := _table_row(text):
        _read_row(page, cells, line)
    elif page.draft is not None and (cut := _cut_short_row(text)):
        _read_cut_short_row(page, *cut, line)
    elif page.draft is not None and (labelled := _labelled_list(text)):
        _read_labelled(page.draft, *labelled)  # "Against (12): Bob Baker, …", "For (3)" then the names
    elif text.endswith(":") and not (page.draft is not None and page.draft.in_explanation):
        page.new_vote(text.rstrip(":").strip(), line)
    elif page.draft is not None and page.draft.stacked and (text.isdigit() or looks_like_names(text)):
        _read_stacked(page.draft, text)
    elif page.draft is not None and not page.draft.has_rows:
        page.draft.explanation.append(text)
    elif page.ids.item and page.item is not None:  # one item's page ("AIID="): a stray line, not a new item
        page.warnings.append(f"line {line.number} not read: {text[:60]!r} is neither a vote heading, a status "
                             "nor a row of a vote table (a row cut short?)")
    else:
        page.new_item(text, line)  # a title line with no "Item:" label (the by-councillor listing)


def _read_row(page: _Page, cells: list[str], line: Line) -> None:
    if all(cell.lower() in _HEADER_WORDS for cell in cells):
        return  # the table's header row
    draft = page.draft if page.draft is not None else page.new_vote(None, line)
    draft.has_rows = True
    draft.stacked = None
    if len(cells) > 1 and all(cell.lower() in OPTIONS for cell in cells):  # "| For | Against | Abstain |"
        draft.columns = [OPTIONS[cell.lower()] for cell in cells]
        return
    first, last = cells[0].lower(), cells[-1].lower()
    if first == CASTING_VOTE:  # "Casting vote | J Hoult | 1": the chair's casting vote, not an option
        page.warnings.append(f"casting vote not read (line {line.number}): the row names "
                             f"{' '.join(cells[1:-1]) or 'nobody'}, and a vote has no place for a casting vote")
    elif first in OPTIONS:  # option | names | count
        option = OPTIONS[first]
        people, count = names_and_count(" ".join(cells[1:]))
        draft.vote.casts.extend(VoteCast(person=person, option=option) for person in people)
        _set_count(draft.vote, option, count)
        # "Against<tab>Bob Baker," (the names cell broken over lines, its count after them) or "Against<tab>4"
        # (the count cell before the names, which follow on the next lines): the lines after it are its names.
        if count is None or (not people and len(cells) == 2):
            draft.stacked = option
    elif last in OPTIONS:  # councillor | vote
        draft.vote.casts.append(VoteCast(person=person_named(_without_vote(cells[0], cells[-1])),
                                         option=OPTIONS[last]))


def _cut_short_row(text: str) -> tuple[str, str, str] | None:
    """A run-together row with its count lost where the copy stops inside it: "AgainstA. J. B. Beaumont, R. J.
    Deeming, M. Thompson, J. Ti" → ("against", "A. J. B. Beaumont, R. J. Deeming, M. Thompson", "J. Ti"): the
    option, its names up to the last separator (each whole), and what follows it (a name the copy may have cut,
    empty when the row ends at a separator, its names going on on the next line)."""
    row = _CUT_SHORT_ROW.match(text.strip())
    if row is None or row["option"].lower() == CASTING_VOTE:
        return None
    listed = _LAST_SEPARATOR.match(row["names"])
    if listed is None or not looks_like_names(listed["whole"]):
        return None
    return OPTIONS[row["option"].lower()], listed["whole"], listed["rest"].strip()


def _read_cut_short_row(page: _Page, option: str, names: str, rest: str, line: Line) -> None:
    """An option's whole names from a row whose count is lost: a row ending at a separator goes on on the next
    lines (its names, then the count); the text after the last separator of one that does not is no name we can
    trust (never a voter: "J. Ti" may be the start of one), so it is a Warning."""
    draft = page.draft
    assert draft is not None
    people, _count = names_and_count(names)
    draft.vote.casts.extend(VoteCast(person=person, option=option) for person in people)
    draft.has_rows = True
    draft.stacked = None if rest else option
    if rest:
        page.warnings.append(f"line {line.number} cut short: the {option} row has no count, and {rest!r} after its "
                             "last whole name is not read (a name the copy may have cut)")


def _labelled_list(text: str) -> tuple[str, str, int | None] | None:
    """A named list's label as minutes print one, with its names or its count (a bare "For the Motion" may
    be the motion's own words); names that are no list of names are no row."""
    labelled = list_label(text)
    if labelled is None or not (labelled[1] or labelled[2] is not None):
        return None
    return labelled if not labelled[1] or looks_like_names(labelled[1]) else None


def _read_labelled(draft: _VoteDraft, option: str, names: str, count: int | None) -> None:
    """A list labelled as minutes print one ("Against (12): Bob Baker, Eve Ellis"): the option's names and
    count; a label without names ("For (3)") has them on the lines after it."""
    draft.has_rows, draft.stacked = True, OPTIONS.get(option, option)
    if count is not None:
        _set_count(draft.vote, draft.stacked, count)
    if names:
        _read_stacked(draft, names)


def _without_vote(name: str, vote: str) -> str:
    """"Councillor Bob BakerAgainst" → "Councillor Bob Baker": a name cell whose markup held the vote
    cell too (ModernGov's by-councillor table nests one in the other) prints the vote after the name."""
    if name.lower().endswith(vote.lower()) and (rest := name[:-len(vote)].rstrip()):
        return rest
    return name


def _option_label(text: str) -> str | None:
    """The option of a line that is only its label ("Against", "For:"), as a table cell copied one to a line,
    also with what was voted on ("Against the motion", "For the amendment:"): its names follow on the lines
    under it."""
    if option := OPTIONS.get(text.strip().rstrip(":").strip().lower()):
        return option
    labelled = list_label(text.strip())
    return OPTIONS.get(labelled[0]) if labelled and not labelled[1] and labelled[2] is None else None


def _read_stacked(draft: _VoteDraft, text: str) -> None:
    """A line under an option's label: its names ("Bob Baker, Eve Ellis"), its count ("2"), or both; the last
    name of a list one to a line may have the count cell run into it ("Steve Tuckwell23", no name ends in a
    digit)."""
    if glued := _GLUED_COUNT.match(text.strip()):
        text = f"{glued['names']} {glued['count']}"
    if text.strip().isdigit():
        _set_count(draft.vote, draft.stacked, int(text.strip()))
        return
    people, count = names_and_count(text)
    draft.vote.casts.extend(VoteCast(person=person, option=draft.stacked) for person in people)
    if count is not None:
        _set_count(draft.vote, draft.stacked, count)


def _positional_cells(text: str) -> list[str] | None:
    """A table row's cells in their columns, empty ones kept ("| Dan Dyer-Evans | Eve Ellis | |")."""
    if _MARKDOWN_RULE.match(text.strip()):
        return None
    if (bare := text.strip()).startswith("|") and bare.endswith("|") and len(bare) > 1:
        return [cell.strip() for cell in bare[1:-1].split("|")]
    if "\t" in text:
        return [cell.strip() for cell in text.split("\t")]
    return None


def _read_column_row(draft: _VoteDraft, cells: list[str]) -> None:
    """One row of a table with a column per option: a name (or names) under each option, or the counts."""
    for option, cell in zip(draft.columns, cells, strict=False):
        if not cell:
            continue
        if cell.isdigit():
            _set_count(draft.vote, option, int(cell))
        else:
            people, _count = names_and_count(cell)
            draft.vote.casts.extend(VoteCast(person=person, option=option) for person in people)


def _table_row(text: str) -> list[str] | None:
    """The cells of a vote-table row, or None for any other line."""
    cells = [cell.strip() for cell in _CELL_SEPARATOR.split(text.strip().strip("|")) if cell.strip()]
    if len(cells) < 2:
        return _run_together_cells(text.strip())
    first, last = cells[0].lower(), cells[-1].lower()
    if (first in OPTIONS or first == CASTING_VOTE or last in OPTIONS or last in NOT_VOTING
            or all(c.lower() in _HEADER_WORDS for c in cells)):
        return cells
    return None


def _run_together_cells(text: str) -> list[str] | None:
    """The cells of a row copied without its table markup, where nothing separates them: "ForA. Name and
    B. Name2" → ["For", "A. Name and B. Name", "2"]; "Councillor A Name Against" → ["Councillor A Name",
    "Against"]. The option label is printed capitalised and the names start with a capital right after it,
    so "Forty …" or "For the record" are not rows (a space after the label only before a list of names:
    "For Bob Baker and Eve Ellis 2"); a councillor's vote is a short name then the vote."""
    if (row := _RUN_TOGETHER_ROW.match(text)) and (not row["space"] or looks_like_names(row["names"])):
        return [row["option"], row["names"].strip(), row["count"]]  # "For Bob Baker and Eve Ellis 2" too
    if vote := _COUNCILLOR_VOTE.match(text):
        return [vote["who"], vote["vote"]]
    return None


def _set_count(vote: Vote, option: str, count: int | None) -> None:
    if option == "for":
        vote.votes_for = count
    elif option == "against":
        vote.votes_against = count
    elif option == "abstain":
        vote.abstentions = count


def status_outcome(status: str) -> str | None:
    """A printed vote status ("Carried", "Lost", "Fell"…) as the outcome it states; any other: None."""
    status = status.strip()
    return "lost" if _LOST.match(status) else "carried" if _CARRIED.match(status) else None


def _single_ids(meetings: list[Meeting], source_url: str | None) -> None:
    """The short page is about one meeting (MID) and one item (AIID): give them their ModernGov ids."""
    if len(meetings) == 1:
        ids = source_ids(source_url)
        meetings[0].source_id = ids.meeting
        if len(meetings[0].items) == 1:
            meetings[0].items[0].source_id = ids.item


def _record_key(source_url: str | None, meetings: list[Meeting], path: Path | None) -> str:
    """AIID (one item's votes), else MID, else the whole query (a councillor's or a period's listing)."""
    ids = source_ids(source_url)
    if value := ids.item or ids.meeting:
        return value
    query = urlsplit(source_url).query if source_url else ""
    if slug := _slug(query):
        return slug
    if meetings:
        first = meetings[0]
        return _slug(f"{first.date.isoformat()} {first.committee.name}")
    raise RecordError("a voting record with neither a source URL nor a meeting cannot be named", path)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
