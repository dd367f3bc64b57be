"""Reader for the ModernGov meeting page (``ieListDocuments.aspx?CId=…&MId=…``), as page text.

The page is headed "Agenda", "Agenda and minutes", "Agenda and decisions" or "Agenda, decisions and
minutes", and lists the meeting's items in agenda order::

    Agenda, decisions and minutes
    Council - Thursday, 26 January 2017 2.00 p.m.          committee - weekday, date time
    Venue: Council Chamber - South Cambs Hall. View directions
    Contact: Democratic Services  03450 450 500 Email: …    a team or a named officer
    Items
    No. Item
    1.                                                       displayed number ("1.", "4.(i)", "4a", "77/21")
    APOLOGIES                                                title (icon text → a document)
    To receive Apologies for Absence from Members.           agenda text → AgendaItem.purpose
    Additional documents: / Decision: / Minutes:             labelled parts of the item
    Apologies were received from Councillors …               minutes → AgendaItem.minutes

Decisions made here:

- ``AgendaItem.number`` is the number as displayed without its trailing full stop ("1." → "1", "4.(i)"
  kept); an item printed without a number (it happens before the first numbered item) has number "".
  ``position`` is the order on the page, from 1, because this page does show agenda order.
- The agenda text under the title is the item's ``purpose``; the text after "Minutes:" is its ``minutes``
  (paragraphs joined with a blank line, as in every reader; see ``text_rules``).
- Decisions: the "Decision:" part when the page prints one (RESOLVED markers in it, or else the whole
  part as one decision), otherwise the RESOLVED markers of the minutes — never both, which would count
  one decision twice. Votes come from the minutes through :mod:`publisher.sources.votes`.
- Attendance (present, apologies, absent, in attendance, substitutes) and declarations of interest are
  read wherever the minutes (or the header) state them and belong to the meeting; the whole page is read
  for them too (:mod:`publisher.sources.attendance`), for what the item split misses.
- The start time is local time in London. A page cut off mid-way yields the items it holds: an item whose
  minutes are missing from the copy has ``minutes`` None and no decisions or votes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import (
    AgendaItem,
    Committee,
    Contact,
    Decision,
    Meeting,
    Record,
)
from publisher.sources.attendance import add_page_attendance, read_attendance, read_declarations
from publisher.sources.dates import DATE_RE
from publisher.sources.source_ids import SourceIds, source_ids
from publisher.sources.text_rules import (
    CONTACT_LINE,
    DECISION_MARKER,
    Line,
    MeetingHeading,
    decision_text,
    document_line,
    meeting_heading,
    page_lines,
    paragraph,
    parse_contact,
    participations,
    strip_icon,
)
from publisher.sources.votes import read_votes

__all__ = ["read_attendance", "read_declarations", "read_meeting_page", "looks_like_meeting_page"]

KIND = "meeting"
ATTENDANCE_KIND = "meeting-attendance"

_HEADING = re.compile(
    r"^(?:Agenda(?:(?:,\s*|\s+and\s+)(?:decisions|(?:draft\s+)?minutes))*|Meeting\s+documents)$", re.IGNORECASE)
_ITEMS = re.compile(r"^(?:Items|No\.?\s+Item|Item\s*Description)$", re.IGNORECASE)
# The newer heading form, printed above "Agenda and minutes": "Agenda for Council on Wednesday, 3rd March, 2021,
# 7.00 pm" (also "Minutes for …", "Agenda and minutes for …").
_DOCUMENTS_FOR = re.compile(
    r"^(?:Agenda|Minutes|Decisions)(?:(?:,\s*|\s+and\s+)\w+)*\s+for\s+(?P<committee>.+?)\s+on\s+(?P<when>.+)$",
    re.IGNORECASE)
# The older layout (CeListDocuments.aspx) prints its particulars as a label line, then the value on the next.
_LABEL_LINE = re.compile(r"^(?P<label>Date|Time|Place|Venue|Contact|Position|Tel\s*No|Invitees)\s*:$", re.IGNORECASE)
# A numbered item with its title on the same line ("1. APOLOGIES FOR ABSENCE"): the older layout's items.
_NUMBER_AND_TITLE = re.compile(r"^(?P<number>\d+[A-Za-z]?)\.\s+(?P<title>\S.*)$")
_TABLE_ROW = re.compile(r"^\|.*\||^[^\t]+\t[^\t]+")  # a Markdown row, or cells separated by tabs
_PART_HEADING = re.compile(r"^AGENDA\s*[-–—]\s*PART\s+\w+$", re.IGNORECASE)
_ITEMS_END = re.compile(r"^(?:The\s+next\s+meeting\s+is\b|Issue\s+Date\s*:)", re.IGNORECASE)
_VENUE = re.compile(r"^Venue\s*:\s*(?P<venue>.*?)\.?(?:\s*View\s+directions)?\.?$", re.IGNORECASE)
_ITEM_NUMBER = re.compile(
    r"^(?P<number>\d+[A-Za-z]?(?:\.?\s?\((?:[ivxlc]+|[a-z]|\d+)\)|\.\d+[a-z]?|/\d+)*)\.?(?:\t+(?P<title>\S.*))?$",
    re.IGNORECASE)
_SECTION_LABEL = re.compile(
    r"^(?P<label>Additional documents|Supporting documents|Decision|Minutes)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_SHARE = re.compile(r"^(?:[·•]\s*)?Share this item$", re.IGNORECASE)

@dataclass
class _Section:
    """One item's lines: its number line (None for an unnumbered item) and the lines under it."""

    number: str | None
    title: str | None
    lines: list[Line]


# --- entry points -------------------------------------------------------------------------------------------


def looks_like_meeting_page(text: str) -> bool:
    """True for a page headed "Agenda" / "Agenda and minutes" / "Agenda, decisions and minutes" that lists
    items ("No. Item") or names a meeting date right under the heading."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if _HEADING.match(line):
            following = lines[index + 1:index + 4]
            return any(_ITEMS.match(other) for other in lines[index + 1:]) or any(
                DATE_RE.search(other) for other in following)
    return False


def looks_like_meeting_address(source_url: str | None) -> bool:
    """True when the source URL is a ModernGov meeting page's (ieListDocuments, CeListDocuments …)."""
    return source_ids(source_url).page_type == "meeting"


def read_meeting_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read a meeting page (page-text form) into a Record holding one Meeting."""
    lines = page_lines(text)
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    ids = source_ids(source_url)
    if start is None and ids.page_type not in ("meeting", "attendance"):
        raise RecordError("not a council record: no 'Agenda …' heading, and no ModernGov meeting page address", path)
    start = -1 if start is None else start
    items_at = next((i for i in range(start + 1, len(lines)) if _ITEMS.match(lines[i].text)), len(lines))
    older_layout = items_at < len(lines) and lines[items_at].text.lower().replace(" ", "") == "itemdescription"
    while items_at + 1 < len(lines) and _ITEMS.match(lines[items_at + 1].text):
        items_at += 1
    warnings: list[str] = []
    meeting = _meeting_from_header(lines[:items_at], start, ids, path, warnings)
    for position, section in enumerate(_item_sections(lines[items_at + 1:], older_layout), start=1):
        meeting.items.append(_read_item(section, position, meeting))
    people = add_page_attendance(meeting, lines, warnings)  # also what the item split missed
    meeting.source_id = ids.meeting
    key = ids.meeting or f"{meeting.date.isoformat()}-{_slug(meeting.committee.name)}"  # type: ignore[union-attr]
    # An attendance page (mgMeetingAttendance) is its own record: it must not replace its meeting page's graph.
    kind = ATTENDANCE_KIND if ids.page_type == "attendance" else KIND
    return Record(kind=kind, source_id=key, source_url=source_url, path=path, meetings=[meeting],
                  named_key=not ids.meeting, warnings=warnings, people=people)


# --- the header ---------------------------------------------------------------------------------------------


def _meeting_from_header(lines: list[Line], start: int, ids: SourceIds, path: Path | None,
                         warnings: list[str]) -> Meeting:
    """Committee, date and time, venue, contact and any attendance printed above the items.

    The meeting is named by the first of: a heading line ("Council - Thursday, 26 January 2017 2.00 p.m."), the
    newer form above the page heading ("Agenda for Council on Wednesday, 3rd March, 2021, 7.00 pm"), the older
    layout's committee line over its date line; else, when the page prints none, by its URL's ModernGov id.
    """
    header = lines[start + 1:]
    found = _stated_meeting(lines, start, path)
    if found is None and not ids.meeting:
        raise RecordError("nothing to key the meeting on: the page prints no meeting heading ('<committee> - "
                          "<weekday>, <date> <time>') and has no ModernGov meeting id (MId) in its address",
                          path, lines[max(start, 0)].number if lines else None, "meeting")
    if found is None:
        warnings.append(f"meeting heading not read (the page prints no committee and date): the meeting is "
                        f"known by its ModernGov id MId={ids.meeting}")
        meeting = Meeting(committee=None, date=None)
    else:
        meeting = Meeting(committee=Committee(name=found.committee), date=found.date, start=found.start)
    if meeting.committee is not None:
        meeting.committee.source_id = ids.committee
    _read_particulars(header, meeting, warnings)
    return meeting


def _stated_meeting(lines: list[Line], start: int, path: Path | None) -> MeetingHeading | None:
    """The meeting a page's lines above its items name, in any of the forms ModernGov prints."""
    labelled = _labelled_values(lines)
    for index, line in enumerate(lines):
        if index > start and (found := meeting_heading(line.text, path=path, line=line.number)):
            return found
        if stated := _DOCUMENTS_FOR.match(line.text):
            text = f"{stated['committee']} - {stated['when']}"
            if found := meeting_heading(text, path=path, line=line.number):
                return found
        if index > start and index + 1 < len(lines) and DATE_RE.match(lines[index + 1].text) and \
                not DATE_RE.match(line.text) and not _LABEL_LINE.match(line.text):
            when = " ".join(filter(None, [lines[index + 1].text, labelled.get("time")]))
            if found := meeting_heading(f"{line.text} - {when}", path=path, line=line.number):
                return found
    return None


def _labelled_values(lines: list[Line]) -> dict[str, str]:
    """The older layout's particulars: "Time:" on one line, "6:30 p.m." on the next."""
    values: dict[str, str] = {}
    for line, following in zip(lines, lines[1:], strict=False):
        if (label := _LABEL_LINE.match(line.text)) and not _LABEL_LINE.match(following.text):
            values.setdefault(" ".join(label["label"].lower().split()), following.text)
    return values


def _read_particulars(header: list[Line], meeting: Meeting, warnings: list[str]) -> None:
    """Venue, contact and attendance, whether printed "Venue: …" on one line or as label and value lines. A
    table above the items that gives nothing (an attendance table, read by no rule here) is a Warning."""
    labelled = _labelled_values(header)
    if place := labelled.get("place") or labelled.get("venue"):
        meeting.venue = place.strip()
    if name := labelled.get("contact"):
        meeting.contact = parse_contact(name)
        if meeting.contact is not None and labelled.get("position"):
            meeting.contact.role = labelled["position"]
    unread: list[Line] = []
    for line in header:
        if (venue := _VENUE.match(line.text)) and venue["venue"].strip():
            meeting.venue = venue["venue"].strip()
        elif (contact := CONTACT_LINE.match(line.text)) and contact["rest"].strip():
            meeting.contact = _meeting_contact(contact["rest"])
        else:
            found = read_attendance(line.text)
            meeting.attendances.extend(found)
            if not found and _TABLE_ROW.match(line.text):
                unread.append(line)
    if unread:
        warnings.append(f"table at lines {unread[0].number}-{unread[-1].number} not read ({unread[0].text[:60]})")


def _meeting_contact(rest: str) -> Contact | None:
    """The meeting's contact line. "A or B  Email: b@…" names two officers for one set of details that may be
    either's: the first is kept as the contact, without the details, so no one gets another's email."""
    name_part = re.split(r"\s{2,}|,|\s+(?=[+(\d])|\s+(?=e-?mail\b)", rest, maxsplit=1, flags=re.IGNORECASE)[0]
    alternatives = re.split(r"\s+or\s+", name_part.strip())
    if len(alternatives) > 1:
        return parse_contact(alternatives[0])
    return parse_contact(rest)


# --- items --------------------------------------------------------------------------------------------------


def _item_sections(lines: list[Line], older_layout: bool = False) -> list[_Section]:
    """Split the items table into items at each number line; lines before the first number form an
    unnumbered item (ModernGov prints one when the first entry has no number). The older layout prints
    number and title on one line ("1. APOLOGIES FOR ABSENCE"), its agenda parts as headings, and after the
    items the next meeting and the issue date, which belong to no item."""
    sections: list[_Section] = []
    for line in lines:
        if older_layout and _ITEMS_END.match(line.text):
            break
        if _SHARE.match(line.text) or (older_layout and _PART_HEADING.match(line.text)):
            continue
        if match := _ITEM_NUMBER.match(line.text) or (older_layout and _NUMBER_AND_TITLE.match(line.text)):
            sections.append(_Section(match["number"], match["title"], []))
        elif sections:
            sections[-1].lines.append(line)
        else:
            sections.append(_Section(None, None, [line]))
    return [section for section in sections if section.title or section.lines]


def _read_item(section: _Section, position: int, meeting: Meeting) -> AgendaItem:
    body = section.lines
    heading = section.title
    if heading is None and body:
        heading, body = body[0].text, body[1:]
    title, document = strip_icon(heading or "")
    item = AgendaItem(number=section.number or "", title=title, position=position)
    if document:
        item.documents.append(document)
    parts = labelled_parts(body)
    agenda = parts.get("agenda", [])
    read_agenda_text(agenda, item)
    for label in ("additional documents", "supporting documents"):
        item.documents.extend(document for line in parts.get(label, []) if (document := document_line(line.text)))
    minutes = parts.get("minutes")
    if minutes:
        read_item_minutes(minutes, item, meeting.date, meeting)
    if "decision" in parts:
        item.decisions = decisions_in(parts["decision"], meeting.date, whole_if_unmarked=True)
    return item


def labelled_parts(lines: list[Line]) -> dict[str, list[Line]]:
    """The item's lines by the label they follow ("Minutes:", "Decision:" …); unlabelled ones: "agenda"."""
    parts: dict[str, list[Line]] = {}
    label = "agenda"
    for line in lines:
        if match := _SECTION_LABEL.match(line.text):
            label = " ".join(match["label"].lower().split())
            parts.setdefault(label, [])
            if match["rest"]:
                parts[label].append(Line(line.number, match["rest"]))
            continue
        parts.setdefault(label, []).append(line)
    return parts


def read_agenda_text(lines: list[Line], item: AgendaItem) -> None:
    """The agenda text is the item's purpose; an icon line in it is a document, a contact line the contact."""
    purpose = []
    for line in lines:
        if contact := CONTACT_LINE.match(line.text):
            item.contact = parse_contact(contact["rest"])
        elif (document := document_line(line.text)) is not None:
            item.documents.append(document)
        else:
            purpose.append(paragraph(line.text))
    item.purpose = "\n\n".join(purpose) or None


def read_item_minutes(lines: list[Line], item: AgendaItem, when: date | None, meeting: Meeting | None) -> None:
    """An item's minutes: the text itself, participations, decisions and votes on the item; attendance and
    declarations on the meeting (when the page names one: a declaration needs the meeting it was made at)."""
    texts = [line.text for line in lines]
    item.minutes = "\n\n".join(paragraph(text) for text in texts)
    for text in texts:
        if not DECISION_MARKER.match(text):
            item.participations.extend(participations(text))
        if meeting is not None:
            meeting.attendances.extend(read_attendance(text))
            meeting.declarations.extend(read_declarations(text, item.number or None))
    item.decisions = decisions_in(lines, when, whole_if_unmarked=False)
    item.votes = read_votes(texts)


def decisions_in(lines: list[Line], when: date | None, whole_if_unmarked: bool) -> list[Decision]:
    """Decisions at RESOLVED markers; a "Decision:" part without markers is itself one decision."""
    decisions = []
    index = 0
    while index < len(lines):
        marker = DECISION_MARKER.match(lines[index].text)
        index += 1
        if marker:
            parts, used = decision_text(marker["text"].strip(), lines[index:])
            index += used
            if parts:
                decisions.append(Decision(text="\n\n".join(parts), date=when))
    if not decisions and whole_if_unmarked and lines:
        decisions.append(Decision(text="\n\n".join(paragraph(line.text) for line in lines), date=when))
    return decisions


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")

