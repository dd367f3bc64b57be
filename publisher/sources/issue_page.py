"""Reader for the ModernGov "Issue - meetings" page (``ieIssueDetails.aspx?IId=…&Opt=3``), as page text.

The page names one issue and lists, newest first, every meeting whose agenda considered it::

    Issue - meetings
    <issue title>
    Meeting: 04/12/2017 - <committee> (Item 4)
    4 <item title> pdf icon PDF 107 KB
    To consider a report of the <post>.          ┐
    <purpose paragraph(s)>                       │ agenda text
    <…> is recommended to:-  · <bullets>         │
    Officer contact: <name> on <phone> or email: ┘
    Additional documents:  <documents, if shown>
    Minutes:               (label sometimes absent)
    <minutes paragraphs: participations, comments, RESOLVED – …>

Only what the page states is returned: a part the page does not show (or a copy cut off before it) stays
``None`` or empty, and ``AgendaItem.position`` is never set because this page does not show agenda order.

Text conventions (minutes and decision text; shared with the other page readers through ``text_rules``):
each paragraph of the page is one paragraph, paragraphs are joined with a blank line ("\\n\\n"); a bulleted
paragraph is written "• " + its text (the page's bullet glyph and the padding after it replaced, the text
itself verbatim). Recommendations and comments are lists, so their bullet glyph and leading spaces are simply
removed.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import AgendaItem, Committee, Contact, Decision, Document, Issue, Meeting, Post, Record
from publisher.sources.attendance import add_page_attendance, read_attendance
from publisher.sources.dates import parse_date
from publisher.sources.item_blocks import agenda_text
from publisher.sources.meeting_page import decisions_in
from publisher.sources.person_mentions import classify_bracket, split_honorific
from publisher.sources.source_ids import source_ids
from publisher.sources.text_rules import (
    BULLET,
    CONTACT_LINE,
    DECISION_MARKER,
    ENDS_OPEN,
    PRINTED_FILE,
    Line,
    actor,
    decision_text,
    document_line,
    page_lines,
    paragraph,
    parse_contact,
    participations,
    printed_document,
    strip_icon,
    until,
)
from publisher.sources.votes import read_votes

# Re-exported: these rules lived here first and callers still import them from this module.
__all__ = ["KIND", "classify_bracket", "looks_like_issue_page", "read_issue_page", "split_honorific"]

KIND = "issue-meetings"

# --- page structure -------------------------------------------------------------------------------------

_HEADING = re.compile(r"^Issue\s*[-–—]\s*meetings$", re.IGNORECASE)
_MEETING = re.compile(
    r"^Meeting:\s*(?P<date>.+?)\s+[-–—]\s+(?P<committee>.+?)(?:\s*\(Item\s*(?P<item>[^)]*)\))?$",
    re.IGNORECASE)
_ADDITIONAL = re.compile(r"^Additional documents:\s*(?P<rest>.*)$", re.IGNORECASE)
_MINUTES = re.compile(r"^Minutes:\s*(?P<rest>.*)$", re.IGNORECASE)
# "Decision:" heads the decision a page prints in place of minutes ("Decision: It was noted that …").
_DECISION = re.compile(r"^Decision:\s*(?P<rest>.*)$", re.IGNORECASE)
_ITEM_NUMBER = re.compile(
    r"^(?P<number>\d+[A-Za-z]?(?:\.?\s?\((?:[ivxlc]+|[a-z]|\d+)\)|\.\d+[a-z]?)*)\.?\s+(?P<title>\S.*)$",
    re.IGNORECASE)
_REPORT_OF = re.compile(
    r"^To (?:consider|receive|note) (?:a|the) (?:joint )?report of (?:the )?(?P<who>.+?)\.?$", re.IGNORECASE)
_RECOMMENDED = re.compile(r"\b(?:is|are)\s+(?:recommended|invited|asked|requested)\s+to\b", re.IGNORECASE)
_COMMENTS_INTRO = re.compile(  # matched only against short lines (see _is_comments_intro)
    r"^[^.]*\b(?:comments?|issues?|points?|questions?|observations?|concerns?)\b[^.]*"
    r"\b(?:made|raised|asked|noted|expressed|included)\b[^.]*[:\-–—]$", re.IGNORECASE)


# --- entry points ---------------------------------------------------------------------------------------


def looks_like_issue_page(text: str) -> bool:
    """True when the text carries the "Issue - meetings" heading as a line of its own."""
    return any(_HEADING.match(line.strip()) for line in text.splitlines())


def read_issue_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read an Issue - meetings page (page-text form) into a Record; a cut-off page yields what it holds."""
    lines = page_lines(text)
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    if start is None:
        return _read_headless(lines, source_url, path)
    if start + 1 < len(lines) and _MEETING.match(lines[start + 1].text) and source_ids(source_url).issue:
        return _read_headless(lines[start + 1:], source_url, path)  # the copy dropped the title line
    if start + 1 >= len(lines) or _MEETING.match(lines[start + 1].text):
        raise RecordError("the issue title is missing after 'Issue - meetings'", path,
                          lines[start].number, "issue title")
    issue_id = source_ids(source_url).issue
    issue = Issue(title=lines[start + 1].text, source_id=issue_id)
    warnings: list[str] = []
    meetings = [_read_meeting(section, issue, path, warnings) for section in _meeting_sections(lines[start + 2:])]
    return Record(kind=KIND, source_id=issue_id or _slug(issue.title), source_url=source_url, path=path,
                  issue=issue, meetings=meetings, named_key=not issue_id, warnings=warnings)


def _read_headless(lines: list[Line], source_url: str | None, path: Path | None) -> Record:
    """A copy without the "Issue - meetings" heading and title: the meetings it lists, for the issue its
    address names; the lines above the first "Meeting:" line belong to no meeting and are a Warning."""
    issue_id = source_ids(source_url).issue
    if not issue_id:
        raise RecordError("nothing to key the issue on: no 'Issue - meetings' heading and title, and no IId in "
                          "the page's address", path)
    issue = Issue(title="", source_id=issue_id)
    found: list[str] = []
    meetings = [_read_meeting(section, issue, path, found) for section in _meeting_sections(lines)]
    warnings = [*found, f"issue title not read (the copy has no 'Issue - meetings' heading): the issue is known by its "
                f"ModernGov id IId={issue_id}"]
    unread = until(lines, lambda text: bool(_MEETING.match(text)))
    if contact := next((match for line in unread if (match := CONTACT_LINE.match(line.text))), None):
        issue.contact = parse_contact(contact["rest"])  # "Contact : Stephen Stead, Programme and Investment …"
    if unread:
        warnings.append(f"lines {unread[0].number}-{unread[-1].number} not read: they come before any 'Meeting:' "
                        f"line")
    return Record(kind=KIND, source_id=issue_id, source_url=source_url, path=path, issue=issue, meetings=meetings,
                  warnings=warnings)


# --- sections -------------------------------------------------------------------------------------------


def _meeting_sections(lines: list[Line]) -> list[list[Line]]:
    """Split the lines after the title into one list per "Meeting:" line (lines before the first dropped)."""
    sections: list[list[Line]] = []
    for line in lines:
        if line.text.lower().startswith("meeting:"):
            sections.append([line])
        elif sections:
            sections[-1].append(line)
    return sections


def _read_meeting(section: list[Line], issue: Issue, path: Path | None, warnings: list[str]) -> Meeting:
    head, body = section[0], section[1:]
    match = _MEETING.match(head.text)
    if not match:
        raise RecordError(f"meeting line not understood: {head.text}", path, head.number, "meeting")
    when = parse_date(match["date"], field="meeting date", path=path, line=head.number)
    meeting = Meeting(committee=Committee(name=match["committee"].strip()), date=when)
    if body:
        meeting.items.append(_read_item(body, (match["item"] or "").strip().rstrip(".:") or None, issue, when))
        if _agenda_first(body[0].text):
            warnings.append(f"item heading not read: the copy's line {body[0].number} after the 'Meeting:' line is "
                            f"agenda text, not the item's title")
        add_page_attendance(meeting, body, warnings, lists_items=False)  # who was there and declared
    return meeting


def _read_item(lines: list[Line], listed_number: str | None, issue: Issue, when: date) -> AgendaItem:
    if _states_minutes(lines[0].text) or _agenda_first(lines[0].text):  # no heading: the minutes or the agenda
        number, title, document, rest = listed_number, issue.title, None, lines  # text follow the "Meeting:" line
    else:
        (number, title, document), rest = _item_heading(lines[0].text, listed_number), lines[1:]
    item = AgendaItem(number=number or "", title=title, issue=issue)
    if document:
        item.documents.append(document)
    body, decision = _split_decision(rest)
    agenda, documents, minutes = _split_item(body)
    _read_agenda_text(agenda, item)
    item.documents.extend(documents)
    if minutes:
        _read_minutes(minutes, item, when)
    if decision and not item.decisions:  # a RESOLVED paragraph of the minutes wins over the summary
        item.decisions = decisions_in(decision, when, whole_if_unmarked=True)
    return item


def _agenda_first(text: str) -> bool:
    """A first line that is the agenda's text, not the item's heading: the copy dropped the heading ("Members of
    the Council are asked to consider whether they have any disclosable pecuniary interests … and state the nature
    of such interest.", Wirral IId=50050884, straight after "Meeting: 10/10/2022 - Council (Item 30)")."""
    title, _ = strip_icon(text)
    return agenda_text(title)


def _states_minutes(text: str) -> bool:
    """A line that can only be the minutes, never an item's heading: a statement of who sent apologies or
    attended, by the attendance grammar ("Apologies for absence were received from Councillors R. Clarke, …",
    Bromsgrove IId=17794, whose copy prints the minutes right after the "Meeting:" line); the item is then the
    one the issue names."""
    return bool(read_attendance(text))


# The printed type and size that end an item's heading line (:data:`PRINTED_FILE`, nothing after it).
_PRINTED_AT_END = re.compile(r"\s" + PRINTED_FILE.pattern + r"\s*$")


def _item_heading(text: str, listed_number: str | None) -> tuple[str | None, str, Document | None]:
    """"4 Safer Stockport Partnership Priorities pdf icon PDF 107 KB" → ("4", title, the PDF); also where the copy
    lost the icon's words and kept the printed type and size that end the line ("3 Committee Business Planner PDF
    116 KB", Aberdeen): the size is the document's, never part of the title."""
    title, document = strip_icon(text)
    if document is None and (printed := _PRINTED_AT_END.search(text)) and printed.start():
        title = text[:printed.start()].strip()
        document = printed_document(title, printed)
    number = listed_number
    match = _ITEM_NUMBER.match(title)
    if match and (listed_number is None or match["number"].startswith(listed_number.rstrip("."))):
        number, title = match["number"], match["title"]
    elif listed_number and re.match(re.escape(listed_number) + r"\.?\s", title):
        title = title[len(listed_number):].lstrip(". ")
    if document:
        document.title = title
    return number, title, document


def _split_item(lines: list[Line]) -> tuple[list[Line], list[Document], list[Line]]:
    """Agenda text, additional documents and minutes of one item.

    The minutes follow "Minutes:"; without that label they follow the "Additional documents:" block; with
    neither label they start at the first decision or participation sentence.
    """
    labels = [i for i, line in enumerate(lines) if _ADDITIONAL.match(line.text) or _MINUTES.match(line.text)]
    if not labels:
        start = next((i for i, line in enumerate(lines) if _is_minutes_line(line.text)), len(lines))
        return lines[:start], [], lines[start:]
    agenda, rest = lines[:labels[0]], lines[labels[0]:]
    documents: list[Document] = []
    minutes: list[Line] = []
    in_documents = False
    for line in rest:
        if (label := _ADDITIONAL.match(line.text)) or (label := _MINUTES.match(line.text)):
            in_documents = label.re is _ADDITIONAL
            if in_documents and (document := document_line(label["rest"])):
                documents.append(document)
            elif label["rest"]:
                minutes.append(Line(line.number, label["rest"]))
            continue
        if in_documents and (document := document_line(line.text)):
            documents.append(document)
            continue
        in_documents = False
        minutes.append(line)
    return agenda, documents, minutes


def _split_decision(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The item's lines before a "Decision:" label, and the part after it, which states the decision itself:
    worded without RESOLVED ("It was noted that exempt information was submitted …") it is still the decision."""
    at = next((i for i, line in enumerate(lines) if _DECISION.match(line.text)), None)
    if at is None:
        return lines, []
    rest = _DECISION.match(lines[at].text)["rest"]  # type: ignore[index]
    return lines[:at], ([Line(lines[at].number, rest)] if rest else []) + lines[at + 1:]


def _is_minutes_line(text: str) -> bool:
    return bool(DECISION_MARKER.match(text)) or bool(participations(text))


# --- agenda text ----------------------------------------------------------------------------------------


def _read_agenda_text(lines: list[Line], item: AgendaItem) -> None:
    """Report author, purpose, recommendations and officer contact from the item's agenda text."""
    purpose: list[str] = []
    in_purpose = True  # the purpose is what comes before the recommendations and the contact line
    index = 0
    while index < len(lines):
        text = lines[index].text
        index += 1
        if (match := _REPORT_OF.match(text)) and item.report_of is None:
            item.report_of = _post_of(match["who"])
        elif match := CONTACT_LINE.match(text):
            item.contact = _contact(match["rest"])
            in_purpose = False
        elif in_purpose and _RECOMMENDED.search(text):
            in_purpose = False
            if not ENDS_OPEN.search(text):  # the sentence is itself the recommendation
                item.recommendations.append(text)
                continue
            taken = _list_after(lines[index:])
            item.recommendations.extend(taken)
            index += len(taken)
        elif in_purpose:
            purpose.append(text)
    item.purpose = "\n\n".join(purpose) or None


def _list_after(lines: list[Line]) -> list[str]:
    """The entries that follow an introducing line ("… is recommended to:-").

    Bulleted: the consecutive bullets (glyph removed). Otherwise the paragraphs up to the contact line.
    """
    if lines and BULLET.match(lines[0].text):
        entries = []
        for line in lines:
            if not (bullet := BULLET.match(line.text)):
                break
            entries.append(bullet["text"])
        return entries
    return [line.text for line in until(lines, lambda text: bool(CONTACT_LINE.match(text)))]


def _post_of(phrase: str) -> Post | None:
    """"Deputy Chief Executive" → Post; a phrase naming only a person gives no post."""
    _, post = actor(phrase, default_post=True)
    return post


def _contact(rest: str) -> Contact | None:
    """The item's officer contact: a named person only (a team contact line gives no officer here)."""
    contact = parse_contact(rest)
    return contact if contact is not None and contact.person is not None else None


# --- minutes --------------------------------------------------------------------------------------------


def _read_minutes(lines: list[Line], item: AgendaItem, when: date) -> None:
    item.minutes = "\n\n".join(paragraph(line.text) for line in lines)
    item.votes = read_votes(line.text for line in lines)
    index = 0
    while index < len(lines):
        text = lines[index].text
        index += 1
        if BULLET.match(text):
            continue
        if _is_comments_intro(text):
            taken = _comments_after(lines[index:])
            item.comments.extend(taken)
            index += len(taken)
        elif decision := DECISION_MARKER.match(text):
            parts, used = decision_text(decision["text"].strip(), lines[index:])
            index += used
            if parts:
                item.decisions.append(Decision(text="\n\n".join(parts), date=when))
        else:
            item.participations.extend(participations(text))


def _is_comments_intro(text: str) -> bool:
    """ "The following comments were made/ issues raised:-" (an introducing line is short)."""
    return len(text) <= 300 and bool(_COMMENTS_INTRO.search(text))


def _comments_after(lines: list[Line]) -> list[str]:
    """Bulleted comments after "The following comments were made:-"; unbulleted: paragraphs to a decision."""
    if lines and BULLET.match(lines[0].text):
        return _list_after(lines)
    return [line.text for line in until(lines, lambda text: bool(DECISION_MARKER.match(text)))]


# --- small helpers --------------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "issue"
