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

- ``AgendaItem.number`` is the number as displayed without its trailing full stop or colon ("1." → "1",
  "4.(i)", "A1", "CNL20/19" kept); an item printed without a number has number "" (and is keyed by its
  position in :mod:`publisher.rdf`).
  ``position`` is the order on the page, from 1, because this page does show agenda order.
- The agenda text under the title is the item's ``purpose``; the text after "Minutes:" is its ``minutes``
  (paragraphs joined with a blank line, as in every reader; see ``text_rules``).
- Decisions: the RESOLVED markers of the minutes; when the minutes hold none, the "Decision:" part (RESOLVED
  markers in it, or else the whole part as one decision when it is worded as one: "AGREED recommendations.",
  "That …", "… be noted" — not "None." nor a narrative) — never both, which would count one decision twice.
  A page that prints no RESOLVED anywhere, or one headed with decisions, may state a resolution without it:
  "That the motion be carried." as a paragraph of its own (:func:`text_rules.unmarked_resolution`).
  Votes come from the minutes through :mod:`publisher.sources.votes`.
- Where the item list is laid out differently, other modules split it into items: a Markdown table
  (:mod:`publisher.sources.item_table`), or blocks set apart by blank lines when the page prints neither
  numbers nor labels (:mod:`publisher.sources.item_blocks`). Documents listed under the meeting heading
  ("• Agenda frontsheet PDF 268 KB") are the meeting's own.
- Attendance (present, apologies, absent, in attendance, substitutes) and declarations of interest are
  read wherever the minutes (or the header) state them and belong to the meeting; the whole page is read
  for them too (:mod:`publisher.sources.attendance`), for what the item split misses.
- The older layout (CeListDocuments) prints "1. TITLE - To elect …" (the agenda text after a dash) or numbers
  by section letter ("A1. Substitutes") under lettered headings ("A. Committee business"), which group items
  and are none.
- The start time is local time in London. A page cut off mid-way yields the items it holds: an item whose
  minutes are missing from the copy has ``minutes`` None and no decisions or votes; a copy that stops in a
  numbered item's title yields the items before it and a Warning; a copy of a numbered item list alone that
  starts inside an item keeps that item's text with no title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import (
    AgendaItem,
    Committee,
    Contact,
    Decision,
    Document,
    Meeting,
    Post,
    Record,
)
from publisher.sources.attendance import (
    DECLARATIONS_TITLE,
    add_page_attendance,
    apologies_listed,
    declarations_not_read,
    declared_capacities,
    read_attendance,
    read_declarations,
    seat_bodies,
)
from publisher.sources.dates import DATE_RE
from publisher.sources.item_blocks import (
    NOT_AN_ITEM,
    BlockItem,
    block_items,
    cut_title,
    minutes_sentence,
    reads_as_title,
)
from publisher.sources.item_table import PART_OR_GROUP_HEADING, cut_row, headless_table, table_items, table_start
from publisher.sources.item_titles import linked_number, split_dashed_purpose, without_full_text_link
from publisher.sources.person_mentions import ROLE_WORDS, looks_like_name, person_named
from publisher.sources.source_ids import SourceIds, source_ids
from publisher.sources.text_rules import (
    BULLET,
    CLAUSE_START,
    CONTACT_LINE,
    DECISION_MARKER,
    ENDS_OPEN,
    ICON_FIRST,
    PARAGRAPH_NUMBER_BEFORE,
    PRINTED_FILE,
    REASONS,
    Line,
    MeetingHeading,
    acting_body,
    amendment_moved,
    committee_and_meeting_title,
    dated_line,
    decision_text,
    document_line,
    joined_wraps,
    may_state,
    meeting_heading,
    page_lines,
    paragraph,
    parse_contact,
    participations,
    presented_by,
    printed_document,
    strip_icon,
    unbracketed_movers,
    unmarked_resolution,
    until,
)
from publisher.sources.vote_table import member_grids_on_page, split_vote_tables, with_table_votes
from publisher.sources.votes import read_votes_and_not_voting

__all__ = ["read_attendance", "read_declarations", "read_meeting_page", "looks_like_meeting_page"]

KIND = "meeting"
ATTENDANCE_KIND = "meeting-attendance"

# A meeting with no documents (a cancelled one) is headed "Meeting".
_HEADING = re.compile(
    r"^(?:Agenda(?:(?:,\s*|\s+and\s+)(?:decisions|(?:draft\s+)?minutes))*|Meeting(?:\s+documents)?)$", re.IGNORECASE)
# The status ModernGov prints after a meeting heading: "Council - Thursday 4 December 2025 7:30 pm, CANCELLED",
# "Council - Wednesday, 23rd March, 2022 6.30 pm, NEW" (a meeting added to the calendar).
_HEADING_STATUS = re.compile(r",\s*(?P<status>cancelled|postponed|rescheduled|moved|new)$", re.IGNORECASE)
# The text of the icon some councils print after the heading, read as words: "Council - Tuesday, 14th May 2024
# 6.30 pm app available" (the ModernGov app's badge).
_APP_ICON = re.compile(r"\s+app\s+available$", re.IGNORECASE)
# The page's title, as a copy that starts at it prints it: the meeting heading, then the documents' heading
# ("Council - Thursday, 7th December, 2023 7.00 pm - Agenda and minutes", Rushmoor).
_TITLE_SUFFIX = re.compile(r"\s+[-–—]\s+(?:Agenda(?:(?:,\s*|\s+and\s+)(?:decisions|(?:draft\s+)?minutes))*"
                           r"|Meeting(?:\s+documents)?)$", re.IGNORECASE)
# The items table's head; "Note No. Item" where the page has a column for notes (Hackney).
# The older layout's head "Item Description", with the minutes' "Resolution" column where the page holds them
# (run together in a copy: "ItemDescriptionResolution").
# "ItemDescriptionReport" (Reading): a column of the item's report links.
# The minutes' form of that head, numbered by minute: "Min No Description Resolution" (run together in a copy:
# "Min NoDescriptionResolution", Reigate and Banstead), whose first minute number goes on from the year's last.
_ITEMS = re.compile(r"^(?:Items|(?:Items\s+)?(?:Note\s+)?No\.?\s+Item|Item\s*Description(?:\s*(?:Resolution|Report))?"
                    r"|Min(?:ute)?\.?\s*No\.?\s*Description(?:\s*Resolution)?)$", re.IGNORECASE)
# Heads of minutes numbered by minute, whose first number goes on from the year's: "Min No Description", and the
# older head with a "Resolution" column ("ItemDescriptionResolution" / "44 OPENING PRAYERS.", Gedling's Council).
_MINUTE_NUMBERED = re.compile(r"^Min(?:ute)?\.?\s*No|^Item\s*Description\s*Resolution$", re.IGNORECASE)
# The newer heading form, printed above "Agenda and minutes": "Agenda for Council on Wednesday, 3rd March, 2021,
# 7.00 pm" (also "Minutes for …", "Agenda and minutes for …").
_DOCUMENTS_FOR = re.compile(
    r"^(?:\{meta\}\s*)?(?:Agenda|Minutes|Decisions)(?:(?:,\s*|\s+and\s+)\w+)*\s+for\s+(?P<committee>.+?)\s+on\s+"
    r"(?P<when>.+)$",
    re.IGNORECASE)
# The heading OpenlyLocal printed over the ModernGov page it republished, month first: "Minutes for The Cabinet
# meeting, Jun 1 2009, 2.00PM official page" (Stratford-on-Avon; "official page" links the council's own).
_REPUBLISHED = re.compile(
    r"^(?P<kind>Agenda|Minutes)\s+for\s+(?P<committee>\S.*?)\s+meeting,\s+(?P<month>[A-Z][a-z]{2,8})\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>\d{4}),\s*(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[AaPp]\.?[Mm]\.?)\s+official\s+page$")
# A numbered item's title ending in its file's printed type and size, the icon's words lost ("35." / "Minutes PDF 28
# KB", OpenlyLocal's copy of Stratford-on-Avon's minutes).
_PRINTED_AT_END = re.compile(r"\s" + PRINTED_FILE.pattern + r"\s*$")
# The older layout (CeListDocuments.aspx) prints its particulars as a label line, then the value on the next.
_LABEL_LINE = re.compile(r"^(?P<label>Date|Time|Place|Venue|Contact|Position|Tel\s*No|Invitees)\s*:$", re.IGNORECASE)
_LABEL_AND_VALUE = re.compile(r"^(?P<label>Date|Time|Place)\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
# Each label of a line that prints several, its value up to the next: "Date: Thursday 24th May 2018 Time: 10.30 a.m.
# Place: Council Chamber, Civic Centre, Ebbw Vale" (Blaenau Gwent).
_LABEL_ON_LINE = re.compile(r"(?:^|\s)(?P<label>Date|Time|Place)\s*:\s*", re.IGNORECASE)


def _labels_on_line(text: str) -> list[tuple[str, str]]:
    """The labels a line prints ("date", "time", "place") with their values (see :data:`_LABEL_ON_LINE`)."""
    found = list(_LABEL_ON_LINE.finditer(text))
    ends = [match.start() for match in found[1:]] + [len(text)]
    return [(match["label"].lower(), value) for match, end in zip(found, ends, strict=True)
            if (value := text[match.end():end].strip())]
# The older layout's time and place in one sentence under the date: "10am in the Darent Room, Sessions House,
# County Hall, Maidstone."
_TIME_AND_PLACE = re.compile(
    r"^(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?))\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z].*?)\.?$",
    re.IGNORECASE)
# The "Meeting Summary" box's date and hours, the venue on the line under them ("18 May 2017 - 18:00 to 21:00" /
# "Council Chamber, Blackburn Town Hall").
# The agenda front sheet's time and place on lines of their own under its date ("Wednesday 13th May 2010" / "at
# 10:00 AM" / "in the Council Chamber, Civic Centre"); a second sitting after the place ("… and 2:00 PM in
# Committee Room 1") is not the meeting's start.
_AT_TIME = re.compile(r"^at\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?))$", re.IGNORECASE)
_IN_PLACE = re.compile(r"^in\s+(?:the\s+)?(?P<place>[A-Z].*?)(?:\s+and\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\b.*)?$",
                       re.IGNORECASE)
# The older layout's date, time and place in one line, the address on the next when it ends in a postcode: "17
# October 2017 at 6.30pm in the Council Chamber" / "Civic Offices, Bridge Street, Reading RG1 2LU" (Reading), under
# the heading that states the date and time already.
_AT_TIME_IN_PLACE = re.compile(
    r"^(?:,\s*)?at\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?))\s+in\s+(?:the\s+)?(?P<place>[A-Z].*?)\.?$",
    re.IGNORECASE)
_ENDS_IN_POSTCODE = re.compile(r"^[A-Z].*,.*\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\.?$")
_SUMMARY_HOURS = re.compile(r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*[-–]\s*\d{1,2}:\d{2}\s+to\s+\d{1,2}:\d{2}$")
_SUMMARY_PLACE = re.compile(r"^[A-Z][\w'’&.-]*(?:,?\s+[A-Z][\w'’&.-]*|\s+(?:of|on|the|and|&))*$")
# A numbered item with its title on the same line ("1. APOLOGIES FOR ABSENCE"): the older layout's items.
# Also a section's letter before the number ("A1. Substitutes", and "E2 Other decisions" printed without its stop),
# and a minute's number, the body's letters and the year's count ("CAB 12/045 Election of Chairman", "CNL20/19 …").
# A copy may lose the space after the number's stop: "2.To consider whether any items …" (Ashford's older page).
_NUMBER_AND_TITLE = re.compile(
    r"^(?P<number>\d+[A-Za-z]?(?=\.\s|\.[A-Z][a-z])|(?-i:[A-Z])\d+|(?-i:[A-Z]{1,4})\s?\d+/\d+(?=\s))"
    r"(?:\.?\s+|\.(?=[A-Z][a-z]))(?P<title>\S.*)$")
# The older layout's minutes listed by minute ("Minute 1 - Welcome, introductions and apologies", Wirral's Area
# Forum, under "Index to Minutes"), each with its "Minute Text :" and "Minute Decision :".
_MINUTE_HEADING = re.compile(r"^Minute\s+(?P<number>\d+[A-Za-z]?)\s+[-–—]\s+(?P<title>\S.*)$")
# The older layout's number printed without its stop ("6 Tribute to the newly elected Mayor", Blackburn with Darwen,
# whose list mixes "3. Apologies for absence" and "6 Tribute …"): an item only when it is the number after the
# last item's (or "1" first), as a date ("18 May 2017 - 18:00 to 21:00") or a count in the text would not be.
# A copy may run the number into the title: "1Public participation, petitions, and deputations …", "2Apologies for
# absence" (North Somerset's older page), read as the number after the last item's alike.
_NUMBER_SPACE_TITLE = re.compile(r"^(?P<number>\d{1,3})(?:\s+|(?=[A-Z][a-z]))(?P<title>[A-Z].*)$")
# The older layout's section heading over items numbered by its letter: "A. Committee business" over "A1.", "A2.".
_LETTERED_HEADING = re.compile(r"^(?-i:[A-Z])\.\s+\S")
_TABLE_ROW = re.compile(r"^\|.*\||^[^\t]+\t[^\t]+")  # a Markdown row, or cells separated by tabs
# A heading of the agenda's parts: "AGENDA - PART 1", "PART 1 - PUBLIC".
# The older layout's "Part I" alone over its public items (Reigate and Banstead).
_PART_HEADING = re.compile(r"^(?:AGENDA\s*[-–—]\s*PART\s+\w+|PART\s+\w+\s*[-–—]\s*\w+|PART\s+(?:[IVX]+|\d))$",
                           re.IGNORECASE)
# The links ModernGov's older meeting page lists under the date, by name alone (no type, no size): " Agenda Papers ",
# " Minutes for this Meeting ", " Agenda Front Page " (Ashford). Never "Agenda" or "Minutes" alone (a heading).
_MEETING_PAPERS = re.compile(r"^(?:Agenda\s+(?:Papers|Front\s*Page|frontsheet)|Minutes\s+for\s+this\s+Meeting"
                             r"|Printed\s+(?:minutes|decisions)|(?:Agenda|Public)\s+reports\s+pack"
                             r"|Supplementary\s+agenda)$", re.IGNORECASE)
_ITEMS_END = re.compile(r"^(?:The\s+next\s+meeting\s+is\b|Issue\s+Date\s*:)", re.IGNORECASE)
# "Venue: in the Council Chambers, Tedder Hall, …": the place, without the preposition some councils print; a web
# address run on after a comma ("Council Chamber - Epsom Town Hall, https://www.youtube.com/@epsomandewellBC/playlists.
# View directions", Epsom and Ewell: where the meeting is broadcast) is no part of the place, nor is a note a dash
# runs on that leads to one in words ("Council Chamber, Catmose, Oakham, Rutland, LE15 6HP - You can watch the meetin
# here: https://us06web.zoom.us/j/88016363279", Rutland); an online meeting's address a dash sets after its name
# alone is where it is held ("Online 'Virtual' Meeting - https://towerhamlets.public-i.tv/core/portal/home").
_VENUE = re.compile(r"^(?:Proposed\s+)?Venue\s*:\s*(?:(?-i:in)\s+(?:the\s+)?)?(?P<venue>.*?)"
                    r"(?:,\s*(?:https?://|www\.)\S*?|\s[-–—]\s[^,:/]*?[a-z]:?\s+(?:https?://|www\.)\S*?)?\.?"
                    r"(?:\s*View\s+directions)?\.?$", re.IGNORECASE)
# "4", "4.", "4:", "4a", "4.(i)", "77/21", a part's letter before its number ("A1", "B3"), the body's letters
# before a minute's number ("CL12", Gateshead's Council; "CO/21", Horsham's; "C.29", Ashfield's), a minute number
# with the body's letters ("CNL20/19", "C 10/034"; "Cl/21/07/18", Eden's Council, its minute, month and year), one
# with the municipal year after it ("C/43/19-20"), and a
# lettered item alone ("(a)").
_ITEM_NUMBER = re.compile(
    r"^(?P<number>(?:\d+[A-Za-z]?|(?-i:[A-Z]{1,3})\d+|(?-i:[A-Z]{1,4}|[A-Z][a-z])[./]\d+|(?-i:[A-Z]{1,4})\s?\d+/\d+"
    r"|\((?:[a-z]|[ivx]+)\))"
    r"(?:\.?\s?\((?:[ivxlc]+|[a-z]|\d+)\)|\.\d+[a-z]?|/\d+)*(?:/\d{2}[-–]\d{2})?)[.:]?(?:\t+(?P<title>\S.*))?$",
    re.IGNORECASE)
_SECTION_LABEL = re.compile(
    r"^(?P<label>Additional documents|Supporting documents|Decision|Minutes|Minute\s+(?:Text|Decision))\s*:\s*"
    r"(?P<rest>.*)$", re.IGNORECASE)
# The labels the older minutes print for the parts ("Minute Text :", "Minute Decision :", Wirral).
_LABEL_NAMES = {"minute text": "minutes", "minute decision": "decision"}
# The start of "pdf icon PDF 94 KB" where a copy stops inside it: only ever at the very end of the page.
_CUT_ICON = re.compile(r"\s+pd(?:f(?:\s+i(?:c(?:on?)?)?)?)?$")
# A copy that stops inside the icon's size ("pdf icon PDF 100 K"): the file's kind is printed whole, its size is not.
_CUT_SIZE = re.compile(r"\s[a-z]{3,4}\s+icon\s+[A-Z]{3,4}(?P<size>\s+\d+(?:[.,]\d*)?(?:\s*[KMG])?)$")
# The start of the "Additional documents:" label where a copy stops inside it ("Community Engagement Addition",
# Stockport): the title before it is whole, as the label printed after it shows.
_CUT_LABEL = re.compile(r"\s+Addition(?:a(?:l(?:\s+(?:d(?:o(?:c(?:u(?:m(?:e(?:n(?:t(?:s)?)?)?)?)?)?)?)?)?)?)?)?$")
_SHARE = re.compile(r"^(?:[·•]\s*)?Share this item$", re.IGNORECASE)
# The meeting's media link, printed in the items table above the first item ("No. Item" / "Live broadcast" / "274.",
# Brentwood): a link to the recording, not an item.
_MEDIA_LINK = re.compile(r"^(?:(?:view|watch)\s+(?:the\s+)?)?(?:live\s+)?(?:broadcast|webcast|web\s+cast|stream"
                         r"|recording|video|audio)(?:\s+(?:recording|of\s+the\s+meeting))?$", re.IGNORECASE)

@dataclass
class _Section:
    """One item's lines: its number line (None for an unnumbered item) and the lines under it."""

    number: str | None
    title: str | None
    lines: list[Line]
    line: int = 0  # the number line's, for the agenda text a dash joins to its title
    links: list[str] = field(default_factory=list)  # the item's document links named by its number and title


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
        if _REPUBLISHED.match(line):  # OpenlyLocal's copy of the page, under its own heading
            return True
    return False


def read_meeting_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read a meeting page (page-text form) into a Record holding one Meeting."""
    lines = page_lines(text)
    if lines and (cut := _CUT_ICON.search(lines[-1].text)):  # "… members of the Executive. pd": cut in its icon
        lines[-1] = Line(lines[-1].number, lines[-1].text[:cut.start()])
    if lines and (cut := _CUT_SIZE.search(lines[-1].text)):  # "… pdf icon PDF 100 K": the kind whole, no size
        lines[-1] = Line(lines[-1].number, lines[-1].text[:cut.start("size")])
    if lines and (cut := _CUT_LABEL.search(lines[-1].text)):
        lines[-1] = Line(lines[-1].number, f"{lines[-1].text[:cut.start()]} Additional documents:")
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text) or _REPUBLISHED.match(line.text)),
                 None)
    ids = source_ids(source_url)
    if start is None and ids.page_type not in ("meeting", "attendance"):
        raise RecordError("not a council record: no 'Agenda …' heading, and no ModernGov meeting page address", path)
    start = -1 if start is None else start
    table_at = table_start(lines[start + 1:])
    if table_at is not None:
        return _read_table_page(lines, start, start + 1 + table_at, ids, source_url, path)
    if start < 0 and headless_table(lines):  # a copy that starts at the table's first row
        return _read_table_page(lines, start, 0, ids, source_url, path, headless=True)
    items_at = next((i for i in range(start + 1, len(lines)) if _ITEMS.match(lines[i].text)), len(lines))
    older_layout = items_at < len(lines) and (lines[items_at].text.lower().replace(" ", "") in (
        "itemdescription", "itemdescriptionresolution", "itemdescriptionreport")
        or bool(_MINUTE_NUMBERED.match(lines[items_at].text)))
    minute_numbered = older_layout and bool(_MINUTE_NUMBERED.match(lines[items_at].text))
    header_end = items_at
    if items_at == len(lines) and start >= 0 and lines[start].text.lower() == "meeting documents":
        # The older layout without its "Item Description" head: the items begin at "1. APOLOGIES FOR ABSENCE",
        # or at a "1" alone over a title (the agenda front sheet's list: "1" / "To Elect A Mayor …").
        first = next((i for i in range(start + 1, len(lines)) if _NUMBER_AND_TITLE.match(lines[i].text)
                      or _minute_heading(lines, i)
                      or _next_number(lines[i].text, None) or _first_number_line(lines, i)), None)
        if first is not None:
            items_at, header_end, older_layout = first - 1, first, True
    # A copy of a numbered item list alone (no heading, no "No. Item"), which starts inside an item: all items.
    inside_item = start < 0 and items_at == len(lines) and any(_ITEM_NUMBER.match(line.text) for line in lines)
    if inside_item:
        items_at = header_end = -1
    elif start < 0 and items_at == len(lines):  # a copy from below the heading, its items unnumbered: they follow
        items_at = _particulars_end(lines)  # the venue and contact lines, if the copy kept them
        header_end = items_at + 1
    while items_at + 1 < len(lines) and _ITEMS.match(lines[items_at + 1].text):
        items_at += 1
    warnings: list[str] = []
    meeting = _meeting_from_header(lines[:max(header_end, 0)], start, ids, path, warnings)
    listed = lines[items_at + 1:]
    unmarked = _states_unmarked(lines, lines[start] if start >= 0 else None)
    sections = _item_sections(listed, older_layout, minute_numbered)
    if older_layout and (cited := _minutes_cited(listed)):
        warnings.append(f"line {cited.number} not read as an item: a minute's heading with no labelled minute "
                        f"under it ({cited.text[:60]})")
    if inside_item and sections and sections[0].number is None:
        sections[0].title = ""  # the rest of an item whose number and title the copy lacks: no title in it
    if not older_layout and not any(section.number for section in sections):
        minuted = _states_minutes(lines[start] if start >= 0 else None, listed)
        found_items = block_items(listed, minuted)
        if (cut := cut_title(found_items, minuted)) and cut.title:
            found_items.remove(cut)
            warnings.append(f"item at line {cut.title.number} not read: the copy stops in its title "
                            f"({cut.title.text[:60]})")
        meeting.items.extend(_block_item(found, position, meeting, unmarked)
                             for position, found in enumerate(found_items, start=1))
        _number_cited_items(meeting.items, lines)
        return _meeting_record(meeting, ids, source_url, path, warnings, lines, listed)
    if (label := _office_alone(sections)) is not None:
        sections.remove(label)
        warnings.append(f"line {label.lines[0].number} not read as an item: an office alone before the first "
                        f"numbered item ({label.lines[0].text.strip()[:60]})")
    if (cut := _cut_section(sections, lines[start].text if start >= 0 else "")) is not None:
        sections.remove(cut)
        warnings.append(f"item at line {cut.line} not read: the copy stops in its title "
                        f"({(cut.title or cut.lines[0].text)[:60]})")
    if (papers := _meeting_papers(sections)) is not None:
        meeting.documents.extend(papers)
        sections = sections[1:]
    quoting = _agenda_alone(lines[start].text if start >= 0 else "")
    for position, section in enumerate(sections, start=1):
        meeting.items.append(_read_item(section, position, meeting, unmarked, warnings if quoting else None))
    return _meeting_record(meeting, ids, source_url, path, warnings, lines, listed)


def _agenda_alone(heading: str) -> bool:
    """A page headed "Agenda" and nothing more: it holds no minutes, so a resolution in an item's text is quoted
    from another meeting ("Remuneration Committee 2 June 2021" / "Minute 5 Catering Management of Change" / "The
    Remuneration Committee RESOLVED: …" under Solihull Council's "Recommendations from Committees"), never this
    meeting's decision."""
    return heading.strip().rstrip(":").lower() == "agenda"


def _meeting_papers(sections: list[_Section]) -> list[Document] | None:
    """Files the page lists above its first numbered item, each a line of its own and nothing else
    ("AdministrativeInformationCouncil pdf icon PDF 255 KB" / "WW2 in Memoriam pdf icon PDF 343 KB" / "1." /
    "Apologies for absence", Thurrock's Council agendas): the meeting's own papers, not an unnumbered item titled
    with the first file's name. None unless every line of the unnumbered first entry is such a file, the items
    after it are numbered, and the files are several or one whose name runs its words together, as a file's does
    ("AdministrativeInformationCouncil"): "OPEN FORUM pdf icon PDF 52 KB" over "13/18" (Surrey) is an item."""
    first = sections[0] if sections else None
    if first is None or first.number or first.title is not None or not first.lines \
            or not any(section.number for section in sections[1:]):
        return None
    papers = [document_line(line.text) for line in first.lines]
    if not all(papers) or (len(papers) == 1 and not _FILE_NAME.match(papers[0].title or "")):
        return None
    return [paper for paper in papers if paper]


# A file's name with its words run together: "AdministrativeInformationCouncil".
_FILE_NAME = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$")


# Minutes' wording: "Apologies were received from …", "The minutes … were approved", "RESOLVED that …", and
# minutes in one word ("None.", "Noted"), which would read as titles.
_MINUTES_WORDING = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+ed\b"
                              r"|^(?:None|Nil|Noted|Agreed|Approved|Withdrawn|Deferred)\.?$", re.IGNORECASE)


def _states_minutes(heading: Line | None, listed: list[Line]) -> bool:
    """Whether the item list holds minutes: as its heading says ("Agenda and minutes"), or, in a copy that starts
    below the heading, as its wording shows (a RESOLVED, or "… were received"). A copy of an agenda alone
    ("Election of Mayor for 2024/25", "Mayor's Address", all titles) holds none: a title below a title is the
    next item, not the first one's minutes."""
    if heading is not None:
        return bool(re.search(r"minutes|decisions", heading.text, re.IGNORECASE))
    return any(DECISION_MARKER.match(line.text) or _MINUTES_WORDING.search(line.text) for line in listed)


def _states_unmarked(lines: list[Line], heading: Line | None) -> bool:
    """Whether the page states resolutions without "RESOLVED": one that prints no marker anywhere (its copy lost
    the label), or one headed with decisions, whose decision cells print the decision alone ("That the report be
    noted."). A page that marks its resolutions elsewhere states none unmarked ("That the order of business be
    amended as set out below." under "Order of Business" is the minute's text)."""
    headed = heading is not None and bool(re.search(r"decisions", heading.text, re.IGNORECASE))
    return headed or not any(DECISION_MARKER.match(line.text) for line in lines)


# An item the page names by its number and quoted title: "… permitted to address the Council in respect of item 8
# “Northampton’s Housing Strategy”" (Northampton, whose copy prints no item numbers).
_CITED_ITEM = re.compile(r"\bitem\s+(?P<number>\d{1,3}[A-Za-z]?)\s*"
                         r"(?:“(?P<curly>[^”]{3,120})”|\"(?P<straight>[^\"]{3,120})\")", re.IGNORECASE)


def _number_cited_items(items: list[AgendaItem], lines: list[Line]) -> None:
    """Number the unnumbered items the page cites as "item N “Title”" (see :data:`_CITED_ITEM`): a title cited
    with one number only, that no other item holds."""
    def folded(title: str) -> str:
        return " ".join(title.replace("’", "'").casefold().split()).rstrip(".")
    cited: dict[str, set[str]] = {}
    for line in lines:
        for match in _CITED_ITEM.finditer(line.text):
            cited.setdefault(folded(match["curly"] or match["straight"]), set()).add(match["number"])
    used = {item.number for item in items if item.number}
    for item in items:
        numbers = cited.get(folded(item.title), set()) if item.title else set()
        if not item.number and len(numbers) == 1 and (number := next(iter(numbers))) not in used:
            item.number = number
            used.add(number)


def _block_item(found: BlockItem, position: int, meeting: Meeting, unmarked: bool) -> AgendaItem:
    """An item of a list printed without numbers or labels (:mod:`publisher.sources.item_blocks`)."""
    title, document = strip_icon(found.title.text) if found.title else ("", None)
    number = linked_number([line.text for line in found.agenda + found.minutes])
    item = AgendaItem(number=number, title=title, position=position)
    if document:
        item.documents.append(document)
    below = sorted(found.agenda + found.minutes, key=lambda line: line.number)
    if any(_SECTION_LABEL.match(line.text) for line in below):  # labelled parts: read as a numbered item's
        labelled, minutes_cell = _minutes_cell_after_documents(below)
        _read_item_body(labelled, item, meeting, unmarked)
        if minutes_cell:
            read_item_minutes(minutes_cell, item, meeting.date, meeting, unmarked=unmarked)
        return item
    read_agenda_text(_without_links(found.agenda), item)
    if minutes := _without_links(found.minutes):
        read_item_minutes(minutes, item, meeting.date, meeting, unmarked=unmarked)
    return item


def _without_links(lines: list[Line]) -> list[Line]:
    """The lines without the links to the rest of a text the page cuts short ("...  view the full minutes text
    for item 3.")."""
    return [Line(line.number, text) for line in lines if (text := without_full_text_link(line.text))]


def _minutes_cell_after_documents(below: list[Line]) -> tuple[list[Line], list[Line]]:
    """An unnumbered item whose minutes carry no "Minutes:" label, its title cell ending "Additional documents:"
    (Tamworth: "To receive the Minutes of the previous meeting …" / "Additional documents:", two blank lines,
    "The minutes of the two meetings … were approved …"): the lines after the row gap below that label are the
    minutes cell, not the titles of documents. Any other item's lines are read as labelled, whole."""
    labels = [(index, match["label"].lower()) for index, line in enumerate(below)
              if (match := _SECTION_LABEL.match(line.text))]
    if not labels or any(label in ("minutes", "decision") for _, label in labels) \
            or not labels[-1][1].endswith("documents"):
        return below, []
    start = labels[-1][0]
    gap = next((index for index in range(start + 1, len(below))
                if below[index].number - below[index - 1].number > 2), None)
    return (below, []) if gap is None else (below[:gap], below[gap:])


def _read_table_page(lines: list[Line], start: int, table_at: int, ids: SourceIds, source_url: str | None,
                     path: Path | None, headless: bool = False) -> Record:
    """A page whose items are a Markdown table (:mod:`publisher.sources.item_table`): its rows after the head row
    at ``table_at``, or (``headless``) from ``table_at`` on, where the copy starts at the first row."""
    warnings: list[str] = []
    meeting = _meeting_from_header(lines[:table_at], start, ids, path, warnings)
    rows = lines[table_at:] if headless else lines[table_at + 1:]
    for position, found in enumerate(table_items(rows), start=1):
        number = found.number or linked_number([line.text for line in found.lines])
        item = AgendaItem(number=number, title=found.title or "", position=position)
        if not found.title and found.lines and not _LABEL_OPENS.match(found.lines[0].text):
            warnings.append(f"line {found.lines[0].number}: no item title read (the row opens with agenda text: "
                            f"where its title ends is not known, or the copy lost it: {found.lines[0].text[:60]})")
        if found.document:
            item.documents.append(found.document)
        _read_item_body(found.lines, item, meeting, _states_unmarked(lines, lines[start] if start >= 0 else None))
        meeting.items.append(item)
    if cut := cut_row(rows):
        warnings.append(f"item at line {cut.number} not read: the copy stops in its title ({cut.text[:60]})")
    warnings.extend(f"line {line.number} not read as an item: who presides, a decision record's part or the "
                    f"meeting's heading ({line.text[:60]})" for line in rows
                    if _LABEL_SPLIT.search(line.text)  # a row's cell: its text, then its label
                    and NOT_AN_ITEM.search(_LABEL_SPLIT.split(line.text.strip(" |"))[0].strip()))
    return _meeting_record(meeting, ids, source_url, path, warnings, lines, rows)


# A table row's labels, as its cells print them.
_ROW_LABEL = r"(?:Additional documents|Supporting documents|Decision|Minutes)\s*:"
# Where a table row's labels begin: its text before them is what the row would title.
_LABEL_SPLIT = re.compile(r"\s*\b" + _ROW_LABEL)
# A row's line that opens with its label ("Minutes: …", "Decision: …"): an item printed as its minutes only.
_LABEL_OPENS = re.compile("^" + _ROW_LABEL)


def _declared_by_page_number(meeting: Meeting) -> None:
    """A declaration naming an item by its place on the agenda and by the page's own number in brackets: "in
    agenda Item 12: North Tyneside Trading Company-Strategic Business Plan 2023-2027 (CAB11/23)" on a page that
    numbers its items "CAB1/23", "CAB2/23" … (North Tyneside) is about item CAB11/23, the number the page shows.
    Only a numbering with letters in it is shaped enough to be told from other references in brackets."""
    numbers = {item.number for item in meeting.items if item.number}
    shapes = {re.sub(r"\d+", r"\\d+", re.escape(number)) for number in numbers if re.search(r"[A-Za-z]", number)}
    if len(shapes) != 1:
        return
    shaped = re.compile(rf"\((?P<number>{shapes.pop()})\)")
    for declaration in meeting.declarations:
        found = {match["number"] for match in shaped.finditer(declaration.text)}
        if declaration.item_number not in numbers and len(found) == 1:
            declaration.item_number, declaration.subject = found.pop(), None


def _resolving_body(lines: list[Line]) -> str | None:
    """The body the page's minutes name as acting ("Cabinet RESOLVED", "The Council had before it"), when one
    body is named: the meeting's committee on a page that names it by no heading."""
    bodies = {body for line in lines if (body := acting_body(line.text))}
    return bodies.pop() if len(bodies) == 1 else None


def _meeting_record(meeting: Meeting, ids: SourceIds, source_url: str | None, path: Path | None,
                    warnings: list[str], page: list[Line], items: list[Line]) -> Record:
    """The record of the meeting read; the whole ``page`` is read once more for who was there (what the item
    split missed, :func:`add_page_attendance`), its ``items`` part for the body that resolved."""
    people = add_page_attendance(meeting, page, warnings) + member_grids_on_page(page, warnings)
    _declared_by_page_number(meeting)
    seat_bodies(meeting.declarations)
    warnings.extend(f"line {line.number}: {why} ({said[:80]})"
                    for line in page for why, said in declarations_not_read(line.text))
    _drop_cut_decision(meeting, page, warnings)
    _drop_cut_voter(meeting, page, warnings)
    meeting.source_id = ids.meeting
    if meeting.committee is None and (body := _resolving_body(items)):
        meeting.committee = Committee(name=body, source_id=ids.committee)
    key = ids.meeting or f"{meeting.date.isoformat()}-{_slug(meeting.committee.name)}"  # type: ignore[union-attr]
    # An attendance page (mgMeetingAttendance) is its own record: it must not replace its meeting page's graph.
    kind = ATTENDANCE_KIND if ids.page_type == "attendance" else KIND
    return Record(kind=kind, source_id=key, source_url=source_url, path=path, meetings=[meeting],
                  named_key=not ids.meeting, warnings=warnings, people=people,
                  posts=_officers_listed(page) + declared_capacities(meeting.declarations))


# The older layout's officers under a label line that names their post, "(s)" for one or more: "Committee
# Administrator(s)" / "Michael Popham & Richard Woodford. Contact committee services" (Reading).
_OFFICERS_LABEL = re.compile(
    r"^(?P<post>(?:[A-Z][a-z]+\s+){0,3}(?:Administrator|Officer|Clerk|Secretary))\s*\(s\)\s*:?$")
_OFFICER_NAMES = re.compile(r"^(?P<names>[^.]+?)(?:\.\s|\.?$)")


def _officers_listed(page: list[Line]) -> list[Post]:
    """The officers under an "… Administrator(s)" label (see :data:`_OFFICERS_LABEL`), each holding the post the
    label names: the names up to the first full stop, parted by "&", "and" or commas; nobody unless every one
    reads as a whole name (two words or more)."""
    for index, line in enumerate(page[:-1]):
        label = _OFFICERS_LABEL.match(line.text)
        if not label or not (listed := _OFFICER_NAMES.match(page[index + 1].text)):
            continue
        names = [name.strip() for name in re.split(r"\s*(?:&|,|\band\b)\s*", listed["names"])]
        if names and all(len(name.split()) >= 2 and looks_like_name(name) for name in names):
            return [Post(label["post"], holder=person_named(name)) for name in names]
    return []


def _drop_cut_decision(meeting: Meeting, page: list[Line], warnings: list[str]) -> None:
    """A copy that stops inside a resolution ("RESOLVED that Coun" as its last line, no full stop) holds a
    decision cut short: it is left out, with a Warning, rather than published as the words the copy kept. A
    "that" clause of three words or fewer ("that Coun") is no whole resolution ("that the report be noted"), nor
    is a lead-in with its first clause cut so ("The Council noted –" / "1.    The con", Argyll and Bute); a short
    one that is whole ("Noted", "Agreed") stays."""
    last = page[-1].text.strip() if page else ""
    decided = [item for item in meeting.items if item.decisions]
    if not decided or not last or re.search(r"[.;:!?)\]]$", last):
        return
    item = decided[-1]
    paragraphs = item.decisions[-1].text.split("\n\n")
    cut = paragraphs[-1].strip()
    words = CLAUSE_START.sub("", cut).split()
    lead_in_only = len(paragraphs) == 2 and ENDS_OPEN.search(paragraphs[0].strip()) is not None
    if last.endswith(cut) and len(words) <= 3 and (re.match(r"that\b", cut, re.IGNORECASE) or lead_in_only):
        item.decisions.pop()
        warnings.append(f"decision at line {page[-1].number} not read: the copy stops in it ({last[:60]})")


def _drop_cut_voter(meeting: Meeting, page: list[Line], warnings: list[str]) -> None:
    """A copy that stops inside a list of voters ("… Lian Pate, Asif Raja  Paul Rey" as its last line, no full
    stop) may have cut the last name short: that voter is left out, with a Warning, rather than published under a
    name the page may not print."""
    last = page[-1].text.strip() if page else ""
    voted = [vote for item in meeting.items for vote in item.votes if vote.casts]
    if not voted or not last or re.search(r"[.;:!?)\]]$", last):
        return
    cast = voted[-1].casts[-1]
    if re.search(rf"\b{re.escape(cast.person.name)}$", last):
        voted[-1].casts.pop()
        warnings.append(f"voter at line {page[-1].number} not read: the copy stops in the list ({last[-60:]})")


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
    if found is None and (when := _dated_heading(header[:2], path)):
        warnings.append(f"committee not read (the page prints its date line alone): the meeting is known by its "
                        f"ModernGov id MId={ids.meeting}")
        meeting = Meeting(committee=None, date=when[0], start=when[1])
    elif found is None:
        warnings.append(f"meeting heading not read (the page prints no committee and date): the meeting is "
                        f"known by its ModernGov id MId={ids.meeting}")
        meeting = Meeting(committee=None, date=None)
    else:
        committee, title = committee_and_meeting_title(found.committee)  # "Special, District Planning Committee"
        meeting = Meeting(committee=Committee(name=committee), date=found.date, start=found.start)
        if title:
            warnings.append(f"meeting title {title!r} not published: a meeting has no title in the model")
    if meeting.committee is not None:
        meeting.committee.source_id = ids.committee
    meeting.status = _heading_status(header[:3])
    _read_particulars(header, meeting, warnings)
    return meeting


def _dated_heading(lines: list[Line], path: Path | None) -> tuple[date, datetime | None] | None:
    """The day and start of a meeting whose heading prints no committee: "Agenda and minutes" then "Tuesday, 24th
    September, 2019 10.00 am" (Torfaen) names no body, and a weekday is none; so does the minutes' own heading a
    copy starts with (:func:`_minutes_held_on`)."""
    return next((when for line in lines if (when := dated_line(_minutes_held_on(line.text) or line.text, path=path,
                                                                 line=line.number))), None)


# The heading of the minutes themselves, which a copy of the older page's minutes starts with: "Minutes of the meeting
# held on 18 September, 2007 (1.30pm)" (Isle of Anglesey). Its time tells it from an item about the last meeting's
# minutes ("Minutes of the meeting held on 5 June 2018"), which states the day alone.
_MINUTES_HELD_ON = re.compile(
    r"^Minutes\s+of\s+the\s+meeting\s+held\s+on\s+(?P<day>.+?\d{4}),?\s+(?:at\s+)?\(?(?P<time>"
    r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\)?$", re.IGNORECASE)


def _minutes_held_on(text: str) -> str | None:
    """The day and time the minutes' own heading states, as a date line prints them ("18 September, 2007
    1.30pm"); None for any other line."""
    match = _MINUTES_HELD_ON.match(text.strip())
    return f"{match['day']} {match['time']}" if match else None


def _particulars_end(lines: list[Line]) -> int:
    """The index of the last of the venue and contact lines a copy starts with (-1 when it starts with none): in a
    copy cut below the heading whose items carry no numbers (North Devon: "Venue: Barum Room - Brynsworthy." then
    "Apologies for absence"; Nottingham: "Apologies for absence Minutes: …"), the items begin after them."""
    end = -1
    for index, line in enumerate(lines):
        if not (_VENUE.match(line.text) or CONTACT_LINE.match(line.text) or _LABEL_LINE.match(line.text)
                or _LABEL_AND_VALUE.match(line.text) or (index == 0 and _minutes_held_on(line.text))):
            break
        end = index
    return end


def _stated_meeting(lines: list[Line], start: int, path: Path | None) -> MeetingHeading | None:
    """The meeting a page's lines above its items name, in any of the forms ModernGov prints."""
    labelled = _labelled_values(lines)
    for index, line in enumerate(lines):
        heading = _HEADING_STATUS.sub("", _APP_ICON.sub("", _TITLE_SUFFIX.sub("", line.text)))
        if index > start and (found := meeting_heading(heading, path=path, line=line.number)):
            return found
        if stated := _DOCUMENTS_FOR.match(line.text) or _REPUBLISHED.match(line.text):
            text = f"{stated['committee']} - {_when(stated)}"
            if found := meeting_heading(text, path=path, line=line.number):
                return found
        if index > start and index + 1 < len(lines) and DATE_RE.match(lines[index + 1].text) and \
                not DATE_RE.match(line.text) and not _LABEL_LINE.match(line.text):
            when = lines[index + 1].text  # "Council" over "Thursday, 28th July, 2011 7.30 pm", else the "Time:"
            if not ((dated := dated_line(when)) and dated[1]):
                when = " ".join(filter(None, [when, labelled.get("time")]))
            if found := meeting_heading(f"{line.text} - {when}", path=path, line=line.number):
                return found
    return None


def _when(stated: re.Match[str]) -> str:
    """The day and time a documents' heading states, day first: OpenlyLocal's "Sep 21 2009, 7.00PM" is
    "21 Sep 2009 7.00PM" ("… Committee Central meeting, Sep 21 2009, 7.00PM official page", St Albans)."""
    if "month" not in stated.groupdict():
        return stated["when"]
    return f"{stated['day']} {stated['month']} {stated['year']} {stated['time']}"


def _heading_status(lines: list[Line]) -> str | None:
    """"Cancelled" from a heading "<committee> - <date> <time>, CANCELLED" (the status as printed)."""
    for line in lines:
        if (status := _HEADING_STATUS.search(line.text)) and meeting_heading(_HEADING_STATUS.sub("", line.text)):
            return status["status"].capitalize()
    return None


def _labelled_values(lines: list[Line]) -> dict[str, str]:
    """The older layout's particulars: "Time:" on one line, "6:30 p.m." on the next, or "Time: 6:30 p.m."; the
    place under a "Meeting Summary" box's date and hours."""
    values: dict[str, str] = {}
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (label := _LABEL_LINE.match(line.text)) and following and not _LABEL_LINE.match(following.text):
            values.setdefault(" ".join(label["label"].lower().split()), following.text)
        elif _LABEL_AND_VALUE.match(line.text):
            for label, value in _labels_on_line(line.text):
                values.setdefault(label, value)
        elif _SUMMARY_HOURS.match(line.text) and following and _SUMMARY_PLACE.match(following.text):
            values.setdefault("place", following.text)
        elif (dated := DATE_RE.match(line.text)) and (both := _AT_TIME_IN_PLACE.match(line.text[dated.end():].strip())):
            address = following.text if following and _ENDS_IN_POSTCODE.match(following.text) else None
            values.setdefault("place", ", ".join(filter(None, [both["place"], address])))  # the time: the heading's
        elif (both := _TIME_AND_PLACE.match(line.text)) and index and DATE_RE.search(lines[index - 1].text):
            values.setdefault("time", both["time"])
            values.setdefault("place", both["place"])
        elif (at := _AT_TIME.match(line.text)) and index and DATE_RE.search(lines[index - 1].text):
            values.setdefault("time", at["time"])
            place = next((found for other in lines[index + 1:index + 3] if (found := _IN_PLACE.match(other.text))),
                         None)
            if place:
                values.setdefault("place", place["place"])
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
    elif (listed := _listed_contact(header)) is not None:
        meeting.contact = listed
    unread: list[Line] = []
    for index, line in enumerate(header):
        if (venue := _VENUE.match(line.text)) and venue["venue"].strip():
            meeting.venue = venue["venue"].strip()
        elif (contact := CONTACT_LINE.match(line.text)) and contact["rest"].strip():
            meeting.contact = _meeting_contact(contact["rest"])
            if meeting.contact and meeting.contact.person and not (meeting.contact.role or meeting.contact.team) \
                    and index + 1 < len(header) and (post := _contact_post(header[index + 1].text)):
                meeting.contact.role = post  # "Contact: Jane Smith" / "Senior Committee Officer" / "01234 …"
        elif (BULLET.match(line.text) or ICON_FIRST.match(line.text)) and (document := document_line(line.text)):
            meeting.documents.append(document)  # "• Agenda frontsheet PDF 268 KB": the meeting's own papers
        elif _MEETING_PAPERS.match(line.text.strip()):
            meeting.documents.append(Document(title=line.text.strip()))  # " Agenda Papers ": a link, no type or size
        else:
            found = read_attendance(line.text)
            meeting.attendances.extend(found)
            if not found and _TABLE_ROW.match(line.text):
                unread.append(line)
    if unread:
        warnings.append(f"table at lines {unread[0].number}-{unread[-1].number} not read ({unread[0].text[:60]})")


# The agenda front sheet's "Contacts" list: each contact's post on a line, the name under it, then the details
# ("Contacts" / "Democratic Services Manager" / "Jane Smith" / "Tel. 01234 567890" / "Email: …").
_CONTACTS_HEAD = re.compile(r"^Contacts?$", re.IGNORECASE)
_DETAILS_LINE = re.compile(r"^(?:Tel|Telephone|Phone|E-?mail)\b", re.IGNORECASE)


def _listed_contact(header: list[Line]) -> Contact | None:
    """The first contact of a front sheet's "Contacts" list, with the post printed above the name (the meeting
    has one contact: the others are not read)."""
    at = next((index for index, line in enumerate(header) if _CONTACTS_HEAD.match(line.text)), None)
    if at is None or at + 3 >= len(header) or not _DETAILS_LINE.match(header[at + 3].text):
        return None
    post, name = header[at + 1].text.strip(), header[at + 2].text.strip()
    found = parse_contact(name)
    if found is None or found.person is None or found.person.name != name:
        return None
    found.role = post
    return found


# A contact's post on the line under their name: capitalised words, joined by "of", "and", "&" …, a role word last
# or before its "of" ("Senior Democratic Services Officer", "Head of Legal and Democratic Services").
_POST_ALONE = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&|the)){0,7}$")


def _contact_post(text: str) -> str | None:
    """The post a contact line's next line prints alone, under the officer's name; None for any other line."""
    text = text.strip()
    head = re.split(r"\s+(?:of|for)\s+", text, maxsplit=1)[0].split()  # "Head" of "Head of Legal Services"
    if not _POST_ALONE.match(text) or len(text.split()) < 2 or not ROLE_WORDS.fullmatch(head[-1]):
        return None
    return text


def _meeting_contact(rest: str) -> Contact | None:
    """The meeting's contact line. "A or B  Email: b@…" names two officers for one set of details that may be
    either's: the first is kept as the contact, without the details, so no one gets another's email."""
    name_part = re.split(r"\s{2,}|,|\s+(?=[+(\d])|\s+(?=e-?mail\b)", rest, maxsplit=1, flags=re.IGNORECASE)[0]
    alternatives = re.split(r"\s+or\s+", name_part.strip())
    if len(alternatives) > 1:
        return parse_contact(alternatives[0])
    return parse_contact(rest)


# --- items --------------------------------------------------------------------------------------------------


def _office_alone(sections: list[_Section]) -> _Section | None:
    """The unnumbered opening section when all it holds is an office on a line of its own ("Items" / "Note No.
    Item" / "Chair" / "18." / "Questions", Bedford: a label whose holder the copy lost), which is no item's title."""
    if len(sections) < 2 or sections[0].number is not None or sections[0].title:
        return None
    texts = [line.text.strip(" |") for line in sections[0].lines if line.text.strip(" |")]
    return sections[0] if len(texts) == 1 and _OFFICE_WORD.fullmatch(texts[0]) else None


# An office in one word, or "Vice-Chair": what a label of who chairs a meeting names.
_OFFICE_WORD = re.compile(r"(?:(?:Vice|Deputy)[- ])?(?:Chair|Chairman|Chairwoman|Chairperson|Mayor|Convener|Provost)"
                          r"\s*:?", re.IGNORECASE)


def _item_sections(lines: list[Line], older_layout: bool = False, minute_numbered: bool = False) -> list[_Section]:
    """Split the items table into items at each number line; lines before the first number form an
    unnumbered item (ModernGov prints one when the first entry has no number). The older layout prints
    number and title on one line ("1. APOLOGIES FOR ABSENCE"), its agenda parts as headings, and after the
    items the next meeting and the issue date, which belong to no item. Under a "Min No" head the first
    minute's number goes on from the year's ("28 MINUTES"), so it need not be "1"; so does the first line under
    the head ("137 Apologies for absence." under "ItemDescriptionResolution", Southend), the next ones following
    it by one ("138 Declarations of Interest")."""
    sections: list[_Section] = []
    lettered = older_layout and _lettered_items(lines)
    under_heading = False
    opening = next((index for index, line in enumerate(lines)
                    if not _PART_HEADING.match(line.text) and not _SHARE.match(line.text)), None)
    for index, line in enumerate(lines):
        if older_layout and _ITEMS_END.match(line.text):
            break
        if _SHARE.match(line.text) or (not sections and _MEDIA_LINK.match(line.text.strip())) \
                or ((older_layout or not sections) and _PART_HEADING.match(line.text)) \
                or (older_layout and PART_OR_GROUP_HEADING.match(line.text.strip())):
            continue  # "PART 1 - PUBLIC" over the first item (Tonbridge and Malling): a heading, no unnumbered item;
            # so is "MATTERS FOR RECOMMENDATION TO THE CABINET" over "PO 09/003 …", a heading grouping items
        if lettered and _LETTERED_HEADING.match(line.text):
            under_heading = True  # a heading and what it says ("No items") group items; they are none
            continue
        if match := _number_line(line, sections) or (older_layout and (
                _NUMBER_AND_TITLE.match(line.text) or _minute_heading(lines, index)
                or _next_number(line.text, sections, minute_numbered)
                or (index == opening and _NUMBER_SPACE_TITLE.match(line.text)))):
            if older_layout and match["title"] and _repeats_item(match, sections):
                sections[-1].links.append(line.text.strip())  # "2. Minutes": the item's document link
                continue
            if _minute_number_again(match, sections):
                continue
            if _number_repeated(match, sections):  # "CM 1/24" / "Apologies for Absence" / "CM 1/24" / the minutes
                sections[-1].lines.append(Line(line.number, "Minutes:"))  # (West Devon): the row of its minutes
                continue
            if _cell_in_minutes(match["number"], sections) or (
                    older_layout and _counts_back(match["number"], sections)) \
                    or _proforma_part(match, lines[index + 1:index + 2], sections):  # "1. To approve …" under item 52
                sections[-1].lines.append(line)
                continue
            sections.append(_Section(match["number"], match["title"], [], line.number))
            under_heading = False
        elif under_heading:
            continue
        elif sections:
            sections[-1].lines.append(line)
        else:
            sections.append(_Section(None, None, [line]))
    return _minute_paragraphs_joined([section for section in sections if section.title or section.lines])


# The numbered parts of a decision record printed under an item's "Decision:" label (Stockton-on-Tees's "CABINET
# DECISION PROFORMA": "1." / "Title of Item/Report", "2." / "Record of the Decision", … "5." / "Declared (Cabinet
# Member) Conflicts of Interest", "6." / "Details of any Dispensations", "7." / "Date and Time by which Call In must
# be executed").
_PROFORMA_PART = re.compile(
    r"^(?:Title\s+of\s+(?:the\s+)?Item(?:\s*/\s*Report)?|Record\s+of\s+(?:the\s+)?Decisions?"
    r"|Reasons?\s+for\s+(?:the\s+)?Decisions?|Alternative\s+Options\s+Considered(?:\s+and\s+Rejected)?"
    r"|Declared\s+(?:\([^()]*\)\s+)?Conflicts?\s+of\s+Interests?|Details\s+of\s+any\s+Dispensations?"
    r"|Date\s+and\s+Time\s+by\s+which\s+Call[\s-]*In\s+must\s+be\s+executed)$", re.IGNORECASE)


def _proforma_part(match: re.Match[str], following: list[Line], sections: list[_Section]) -> bool:
    """A numbered part of the decision record under the item's "Decision:" label: its number alone and the part's
    heading under it ("5." / "Declared (Cabinet Member) Conflicts of Interest"), never an item (before: items "5"
    and "6" of that name, Stockton-on-Tees)."""
    title = (match["title"] or "").strip() or (following[0].text.strip() if following else "")
    return bool(sections and _PROFORMA_PART.match(title)
                and any(_SECTION_LABEL.match(line.text) and _SECTION_LABEL.match(line.text)["label"].lower()
                        == "decision" for line in sections[-1].lines))


def _minute_number_again(match: re.Match[str], sections: list[_Section]) -> bool:
    """The item's own number alone again, right under its "Minutes:" label ("32/21" / "Minutes pdf icon …" / …
    / "Minutes:" / "32/21" / "It was PROPOSED and SECONDED that …", South Hams): the minute's number over its
    text, not another item."""
    last = sections[-1] if sections else None
    return bool(last and last.number == match["number"] and not (match["title"] or "").strip() and last.lines
                and _SECTION_LABEL.match(last.lines[-1].text) and not _SECTION_LABEL.match(last.lines[-1].text)["rest"])


def _number_form(number: str) -> str:
    """The form of an item number: "letters" for one led by letters ("CP01", "C.29", "A1"), "digits" otherwise."""
    return "letters" if number[:1].isalpha() else "digits"


def _cell_in_minutes(number: str, sections: list[_Section]) -> bool:
    """A number line inside the last item's minutes (below its "Minutes:" label) in another form than the item
    numbers of the page, or a whole number far from the next one: a cell of a table the minutes print ("CP01" /
    "Cllr Weston" / "Open up the Station Road Bus Lane" / "1000+", "671", the petitions Bristol's item "6."
    lists), not the next item."""
    last = sections[-1] if sections else None
    if not (last and last.number and any(_SECTION_LABEL.match(line.text) and line.text.lower().startswith("minutes")
                                         for line in last.lines)):
        return False
    if _number_form(last.number) != _number_form(number):
        return True
    if (went_back := _leading_whole(number)) is not None and (last_whole := _leading_whole(last.number)) is not None \
            and went_back < last_whole:
        return True  # "4c" / "Scrutiny Review of …" under item 12's minutes (St Helens: a declarations table's cell)
    return last.number.isdigit() and number.isdigit() and not 0 < int(number) - int(last.number) <= 10


def _number_repeated(match: re.Match[str], sections: list[_Section]) -> bool:
    """A number line alone that repeats the number of the item just read, right under its title: the row of its
    minutes, which the page prints with the number again ("CM 2/24" / "To elect The Mayor …" / "CM 2/24" / "Cllr M
    Ewings moved …", West Devon), not a second item."""
    last = sections[-1] if sections else None
    return bool(last and last.number and not match["title"] and match["number"] == last.number
                and len(last.lines) + bool(last.title) == 1)


def _leading_whole(number: str) -> int | None:
    """The whole number an item number starts with ("4c" → 4, "13" → 13); None for one led by letters."""
    return int(digits[0]) if (digits := re.match(r"\d+", number)) else None


def _minute_heading(lines: list[Line], index: int) -> re.Match[str] | None:
    """``lines[index]`` as a minute's heading, "Minute 1 - Welcome, introductions and apologies" over its "Minute
    Text :" (Wirral's index of minutes): a heading only with a labelled part of its minute under it. A line of
    the minutes that cites another meeting's minute, "Minute 67 - Review of HRA Land - Non-pecuniary interest -
    Council appointed Member to South Essex Homes Board;" in a councillor's declarations (Southend), has none."""
    match = _MINUTE_HEADING.match(lines[index].text)
    under = lines[index + 1].text if index + 1 < len(lines) else ""
    return match if match and _SECTION_LABEL.match(under) else None


def _minutes_cited(lines: list[Line]) -> Line | None:
    """The first line that reads as a minute's heading but is none (:func:`_minute_heading`)."""
    return next((line for index, line in enumerate(lines)
                 if _MINUTE_HEADING.match(line.text) and not _minute_heading(lines, index)), None)


# A number printed as a list entry: "• 2." (the next item, where a Recorded Vote table's link "• View Recorded
# Vote for this item" opens a list the page text goes on with).
_BULLETED = re.compile(r"^[·•]\s*")


# A date on a line of its own, day/month/year ("14/09/2020", "19/10/20"): the dates of the meetings an agenda text
# lists under its item (Powys' "Scrutiny Work Programme": "14/09/2020" / "10.00 – 12.00" / "Items: …"), never an
# item's number ("77/21" has two parts; no council numbers its items day/month/year).
_DATE_SHAPED = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{2}|\d{4})$")


# A year and the next on a line of their own, "2017/2018" or "2017/18": a municipal year, as a table's column heading
# prints it (Lichfield: "Committee" / "2017/2018" / "Pages" / "Chairman" under item 9), never an item's number.
_YEARS = re.compile(r"^(?P<first>(?:19|20)\d{2})/(?P<next>(?:19|20)?\d{2})$")


def _year_span(number: str) -> bool:
    """The number is a year and the year after it (see :data:`_YEARS`)."""
    years = _YEARS.match(number)
    return bool(years) and int(years["next"]) % 100 == (int(years["first"]) + 1) % 100


def _number_line(line: Line, sections: list[_Section]) -> re.Match[str] | None:
    """The item number a line prints: alone ("2."), or as a list entry ("• 2.") when it is the number after the
    last item's ("1." → "• 2."), as a list in the minutes would not go on. A date alone is no number."""
    if match := _ITEM_NUMBER.match(line.text):
        return None if _DATE_SHAPED.match(match["number"]) or _year_span(match["number"]) else match
    bullet = _BULLETED.match(line.text)
    if bullet is None or (match := _ITEM_NUMBER.match(line.text[bullet.end():])) is None:
        return None
    last = next((section.number for section in reversed(sections) if section.number), None)
    return match if last and last.isdigit() and match["number"] == str(int(last) + 1) else None


def _next_number(text: str, sections: list[_Section] | None, minute_numbered: bool = False) -> re.Match[str] | None:
    """ "6 Tribute to the newly elected Mayor": the older layout's number without its stop, read as an item's
    only when it follows the last item's number (or is "1" where no item is read yet; under a "Min No" head, any
    number over a title in capitals, "28 MINUTES", where no item is read yet)."""
    match = _NUMBER_SPACE_TITLE.match(text)
    last = next((section.number for section in reversed(sections or []) if section.number), None)
    if match and last is None and minute_numbered and not sections and match["title"].isupper():
        return match
    expected = str(int(last) + 1) if last and last.isdigit() else "1" if last is None else None
    return match if match and match["number"] == expected else None


def _first_number_line(lines: list[Line], index: int) -> bool:
    """``lines[index]`` is "1" alone and the line after it reads as a title: the first item of a list that prints
    its numbers on lines of their own."""
    return lines[index].text.strip() == "1" and index + 1 < len(lines) and reads_as_title(lines[index + 1].text)


def _repeats_item(match: re.Match[str], sections: list[_Section]) -> bool:
    """A "2. Minutes" line under item 2 "Minutes": the link to the item's document, which the older agenda prints
    as the item's number and title, not the item again."""
    last = sections[-1] if sections else None
    title = last.title if last and last.title is not None else (last.lines[0].text if last and last.lines else "")
    return bool(last and last.number == match["number"] and match["title"].strip() == title.strip())


def _counts_back(number: str, sections: list[_Section]) -> bool:
    """A plain number below the last item's ("1." and "2." under minute 52, RESOLVED: / "1. To approve the
    adoption of the Standing Order …" / "2. To authorise …", Gedling's Council): the older layout numbers its
    items upward, so a lower number numbers the paragraphs of that item's resolution, not an item."""
    last = next((section.number for section in reversed(sections) if section.number), None)
    return bool(last and last.isdigit() and number.isdigit() and int(number) < int(last))


def _lettered_items(lines: list[Line]) -> bool:
    """True when the older layout numbers its items by section letter ("A1.", "C2."): then "A. Committee
    business" is the heading of section A, not an item."""
    return any((match := _NUMBER_AND_TITLE.match(line.text)) and re.match(r"^[A-Z]\d+$", match["number"])
               for line in lines)


_PARAGRAPH_NUMBER = re.compile(r"^\d+(?:\.\d+)+$")  # "1.1", "3.1.1": how minutes number their paragraphs
_LONG_SENTENCE = 8  # words: "Membership of Cabinet bodies etc." is a title, a paragraph runs longer


def _minute_paragraphs_joined(sections: list[_Section]) -> list[_Section]:
    """A sub-number over a sentence ("1.1" / "Apologies for absence were received from Councillors …") numbers a
    paragraph of the item's minutes, not an item: a body paragraph never becomes a title. So does a sub-number
    that extends the item's own number below its "Minutes:" label ("3." … "Minutes:" / "3.1" / "Petitions" /
    "3.1.1" / "Petition …"), printing no label or file of its own: minutes that number their paragraphs and
    headings by the minute's number. An item's sub-items each print their own parts ("3a" / "To agree the public
    minutes … pdf icon PDF 96 KB" / "Minutes:", City of London), which a paragraph heading does not."""
    joined: list[_Section] = []
    for index, section in enumerate(sections):
        first = section.title if section.title is not None else (section.lines[0].text if section.lines else "")
        if joined and section.number and ((_PARAGRAPH_NUMBER.match(section.number) and not _own_parts(section) and (
                (len(first.split()) >= _LONG_SENTENCE and not reads_as_title(first))
                or _minutes_heading(section, joined[-1]))) or _member_row(section, first)
                or _inside_sequence(sections, index)):
            heading = [Line(section.line, section.title)] if section.title is not None else []
            joined[-1].lines.extend(heading + section.lines)
        else:
            joined.append(section)
    return joined


def _own_parts(section: _Section) -> bool:
    """``section`` prints a label or a file of its own: a sub-item ("5.1" / "5TH FEBRUARY, 2018; pdf icon PDF 244
    KB" / "Additional documents:" / "Minutes:", Carmarthenshire's minutes of three meetings under item 5), never a
    paragraph of the item above."""
    own = ([section.title] if section.title is not None else []) + [line.text for line in section.lines]
    return any(_SECTION_LABEL.match(text) or strip_icon(text)[1] is not None for text in own)


def _minutes_heading(section: _Section, current: _Section) -> bool:
    """``section``'s number extends ``current``'s ("3" → "3.1", "3.1.1"), ``current`` has reached its minutes
    ("Minutes:"), and ``section`` prints no label nor file of its own: a numbered paragraph of those minutes."""
    if not current.number or not section.number.startswith(f"{current.number.rstrip('.')}."):
        return False
    return any(_SECTION_LABEL.match(line.text) and line.text.lower().startswith("minutes") for line in current.lines)


_LETTERED_NUMBER = re.compile(r"^[A-Z]{1,4}\s?\d+$")


def _inside_sequence(sections: list[_Section], index: int) -> bool:
    """A number of letters and digits ("CP01", "PP01") between two items numbered in turn ("6." … "7."): a
    reference in a table of item 6's minutes (Bristol's petitions, "Ref No" / "Name" / "Title": "CP01" / "Cllr
    Weston" / …), not an item, as the items' own numbers go on from 6 to 7 around it."""
    if _out_of_sequence(sections, index):
        return True
    if not _LETTERED_NUMBER.match(sections[index].number or ""):
        return False
    before = next((section.number for section in reversed(sections[:index])
                   if section.number and not _LETTERED_NUMBER.match(section.number)), None)
    after = next((section.number for section in sections[index + 1:]
                  if section.number and not _LETTERED_NUMBER.match(section.number)), None)
    return bool(before and after and before.isdigit() and after.isdigit() and int(after) == int(before) + 1)


_LEADING_NUMBER = re.compile(r"^(?P<n>\d+)\b")


def _out_of_sequence(sections: list[_Section], index: int) -> bool:
    """A number outside the run of the two items around it, which print their parts ("172." … "Minutes:" and
    "173." … "Minutes:") and are numbered in turn, printing no part of its own: a cell of a table in item 172's
    minutes, copied a cell to a line (Ashford's declarations, "Councillor" / "Interest" / "Minute No.", then
    "Bartlett" / "Made a ‘Voluntary Announcement’ …" / "184"), not an item: nothing can stand between 172 and 173,
    and 184 or "178 (b)" is not a sub-number of either."""
    section = sections[index]
    number = _LEADING_NUMBER.match(section.number or "")
    if number is None or _own_parts(section):
        return False
    before = next((other.number for other in reversed(sections[:index]) if other.number and _own_parts(other)), None)
    after = next((other.number for other in sections[index + 1:] if other.number and _own_parts(other)), None)
    if not (before and after and before.isdigit() and after.isdigit() and int(after) == int(before) + 1):
        return False
    return not int(before) <= int(number["n"]) <= int(after)


# A member's title and name, the whole line: "Cllr Weston".
_MEMBER_ALONE = re.compile(
    r"^(?:Councillor|Cllr\.?|Alderman|Alderwoman)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")


def _member_row(section: _Section, first: str) -> bool:
    """``section``'s number stands over a member's title and name alone and it prints no label nor file of its
    own: a row of a table in the minutes above, copied a cell to a line, not an item. Bristol's petitions table
    ("Ref No" / "Name" / "Title" / "Number of signatures", then "CP01" / "Cllr Weston" / "Open up the Station Road
    Bus Lane" / "1000+"): "CP01" reads as an item number, "Cllr Weston" is no item's title."""
    member = _MEMBER_ALONE.match(first.strip())
    return bool(member) and looks_like_name(member["name"]) and not ROLE_WORDS.search(member["name"]) \
        and not _own_parts(section)


# How many items before the last must each print agenda text under their title for a bare last title on an agenda to
# be where the copy stops.
_TEXTED_RUN = 4


def _texts_under_titles(run: list[_Section]) -> bool:
    """Each item of ``run`` prints text under its title line (Tameside's agenda: "8." / "TAMESIDE CITIZENS ADVICE
    BUREAU pdf icon PDF 324 KB" / "To consider the attached report of …", each of items 4-8 so): an agenda that
    prints its items so and ends on a number and a title alone ("9." / "INTERPRETATION") stops in that title; an
    agenda whose items print no text may end bare."""
    def lines(section: _Section) -> int:
        return (section.title is not None) + sum(1 for line in section.lines if line.text.strip())
    return len(run) == _TEXTED_RUN and all(section.number and lines(section) >= 2 for section in run)


def _cut_section(sections: list[_Section], heading: str) -> _Section | None:
    """The last numbered item when the copy stops in its title: on a page headed with minutes, whose items
    each print a label ("Minutes:"), or headed "Agenda" alone, whose items each print "Additional documents:",
    a last item that is its number and one title line and nothing more (the
    same rule as :func:`publisher.sources.item_blocks.cut_title`). A paragraph number ("1.2") sits inside
    an item's minutes, which need no label of their own: a title under one is no sign of a cut."""
    last = sections[-1] if sections else None
    if last is None or last.number is None or _PARAGRAPH_NUMBER.match(last.number) or len(sections) < 2:
        return None
    # Items whose minutes print a label, against those that print nothing under their title: an item taken in
    # private may have no minutes of its own ("171. To consider whether any items should be dealt with in
    # private …", Ashford, then items labelled "Minutes:"), so the labelled ones need only be most of them.
    marks = [any(_SECTION_LABEL.match(line.text) for line in section.lines) for section in sections[:-1]]
    labelled = all(marks) or (marks.count(True) >= 2 and marks.count(True) > marks.count(False))
    if _agenda_alone(heading):
        # an agenda whose every item prints its label ("Additional documents:", Liverpool City Region's agendas):
        # a last item of its title alone is cut ("14." / "Ro"); an agenda whose items print none may end bare
        labelled = len(marks) >= 3 and all(marks) or _texts_under_titles(sections[-1 - _TEXTED_RUN:-1])
    elif not re.search(r"minutes", heading, re.IGNORECASE):
        return None
    lines = ([last.title] if last.title is not None else []) + [line.text for line in last.lines]
    if len(lines) == 1 and strip_icon(lines[0])[1] is not None:
        return None  # "Annual Report … (19/136) pdf icon PDF 42 KB" (Scarborough): its file's icon after it, whole
    return last if len(lines) == 1 and labelled else None


def _read_item(section: _Section, position: int, meeting: Meeting, unmarked: bool,
               quoting: list[str] | None = None) -> AgendaItem:
    body = section.lines
    heading = section.title
    # A numbered item's first line is its title; an unnumbered one's only if it reads as one (an untitled first
    # row: "Rabbi Hughes said prayers.").
    if heading is None and body and ((section.number and not minutes_sentence(body[0].text))
                                     or reads_as_title(body[0].text)):
        heading, body = body[0].text, body[1:]
    title, document = strip_icon(heading or "")
    if document is None and (printed := _PRINTED_AT_END.search(title)) and printed.start():
        title = title[:printed.start()].strip()  # "Minutes PDF 28 KB": the icon's words lost, its type and size kept
        document = printed_document(title, printed)
    title, purpose = split_dashed_purpose(title)
    item = AgendaItem(number=section.number or "", title=title, position=position)
    if document:
        item.documents.append(document)
    item.documents.extend(Document(title=link) for link in section.links)
    _read_item_body(([Line(section.line, purpose)] if purpose else []) + body, item, meeting, unmarked, quoting)
    return item


def _read_item_body(body: list[Line], item: AgendaItem, meeting: Meeting, unmarked: bool,
                    quoting: list[str] | None = None) -> None:
    """The lines under an item's title: agenda text, documents, minutes and decisions (without the links to the
    rest of a text the page cuts short). On an agenda alone (``quoting``, its Warnings) unlabelled text is all
    agenda text: a resolution in it is quoted, not read as a decision."""
    parts = labelled_parts(_without_links(body))
    agenda = parts.get("agenda", [])
    if "minutes" not in parts and quoting is not None:
        if stated := next((line for line in agenda if _states_resolution(line.text)), None):
            quoting.append(f"line {stated.number}: a resolution in the agenda text of an agenda alone not read as "
                           f"a decision (quoted from another meeting: {stated.text[:60]})")
    elif "minutes" not in parts:  # no label: the minutes start where the first resolution is stated
        cut = next((index for index, line in enumerate(agenda) if _states_resolution(line.text)
                    and not (index and _TO_PASS.search(agenda[index - 1].text))), len(agenda))
        while 0 < cut < len(agenda) and _LEADS_TO_RESOLUTION.search(agenda[cut - 1].text):
            cut -= 1  # "It was proposed by Councillor …, seconded by Councillor … and" / "RESOLVED: That …"
        agenda, parts["minutes"] = agenda[:cut], agenda[cut:]
    read_agenda_text(agenda, item)
    for label in ("additional documents", "supporting documents"):
        item.documents.extend(document for line in parts.get(label, []) if (document := document_line(line.text)))
    minutes = parts.get("minutes")
    if minutes:
        read_item_minutes(minutes, item, meeting.date, meeting, unmarked=unmarked)
    if "decision" in parts and not item.decisions:  # a RESOLVED paragraph of the minutes wins over the summary
        item.decisions = decisions_in(parts["decision"], meeting.date, whole_if_unmarked=True)
    elif "decision" in parts:
        _whole_from_summary(item, until(parts["decision"], lambda text: bool(REASONS.match(text))))


def _whole_from_summary(item: AgendaItem, summary: list[Line]) -> None:
    """A resolution of the minutes the copy cuts short ("2.1 Cabinet noted … taken by Corporate Management", no
    stop: the copy ends there) that the "Decision:" summary above prints whole, as its start: the whole text."""
    whole = "\n\n".join(paragraph(line.text) for line in summary)
    for decision in item.decisions:
        cut = " ".join((decision.text or "").split())
        if cut and not re.search(r"[.;:!?)\]]$", cut) and " ".join(whole.split()).startswith(cut) \
                and len(" ".join(whole.split())) > len(cut):
            decision.text = whole


# "The Chair MOVED to exclude the press and public … This was seconded and the committee RESOLVED:": a sentence of
# the minutes ending in the marker, the resolution on the next line (a marker that starts no line).
# "The retiring Mayor proposed, the retiring Deputy Mayor seconded, and it was resolved:" (Wolverhampton): so too,
# and "… and Council RESOLVED that:" (Kensington and Chelsea).
# "DECISION" in capitals alone on its line, the resolution under it (Pembrokeshire's Cabinet minutes: "DECISION" /
# "That the Record of the Decisions … be approved as a correct record.").
# Also a RESOLVED in capitals that ends its line with no stop, the resolution under it ("A vote was taken and it was
# RESOLVED UNANIMOUSLY" / "R1. That a dispensation is granted …", Brentwood); "Decision" alone over the minutes'
# decision ("Decision" / "The Council noted the content of the report by the Returning Officer.", Argyll and Bute).
_MARKER_ENDS_LINE = re.compile(r"(?:\bRESOLVED(?:\s+that)?|\b(?i:it\s+was\s+resolved))\s*[:\-–—]+\s*$"
                               r"|\bRESOLVED(?:\s+UNANIMOUSLY)?$|^(?:DECISIONS?|Decisions?)\s*:?$")


# The sentence that leads to a resolution, telling who moved it: "It was proposed by Councillor Hale, seconded by
# Councillor Rowe and" over "RESOLVED: That …" (an older layout's minutes, which print no "Minutes:" label): the
# minutes, not the agenda text; also "It was MOVED by Councillor A Moorhead and SECONDED by Councillor M Murphy and:-"
# (Knowsley).
_LEADS_TO_RESOLUTION = re.compile(r"\b(?:proposed|moved|seconded)\s+by\b.*\b(?:and|it\s+was)\s*[:\-–—]*$",
                                  re.IGNORECASE)


def _states_resolution(text: str) -> bool:
    """A line only minutes hold: a RESOLVED marker at its start or at its end. An item's cell that prints no
    "Minutes:" label (a Markdown row) has its minutes from there; the agenda text never resolves."""
    return bool(DECISION_MARKER.match(text) or _MARKER_ENDS_LINE.search(text))


def labelled_parts(lines: list[Line]) -> dict[str, list[Line]]:
    """The item's lines by the label they follow ("Minutes:", "Decision:" …); unlabelled ones: "agenda". A
    resolution under a list of documents starts the minutes, whose label the copy lost."""
    parts: dict[str, list[Line]] = {}
    label = "agenda"
    for line in lines:
        if match := _SECTION_LABEL.match(line.text):
            label = " ".join(match["label"].lower().split())
            label = _LABEL_NAMES.get(label, label)
            parts.setdefault(label, [])
            if match["rest"]:
                parts[label].append(Line(line.number, match["rest"]))
            continue
        if label in _DOCUMENT_LABELS and _states_resolution(line.text):
            label = "minutes"  # "Additional documents:" / "RESOLVED – That …": the documents' links lost, no label
        parts.setdefault(label, []).append(line)
    return parts


_DOCUMENT_LABELS = frozenset({"additional documents", "supporting documents"})  # a list of files never resolves


def read_agenda_text(lines: list[Line], item: AgendaItem) -> None:
    """The agenda text is the item's purpose; an icon line in it is a document, a contact line the contact."""
    purpose = []
    for line in lines:
        if contact := CONTACT_LINE.match(line.text):
            item.contact = parse_contact(contact["rest"])
        elif (document := document_line(line.text)) is not None:
            item.documents.append(document)
        else:
            item.participations.extend(presented_by(line.text))  # "Presented By: Tim Martin"
            purpose.append(paragraph(line.text))
    item.purpose = "\n\n".join(purpose) or None


def read_item_minutes(lines: list[Line], item: AgendaItem, when: date | None, meeting: Meeting | None,
                      unmarked: bool = False) -> None:
    """An item's minutes: the text itself, participations, decisions and votes on the item; attendance and
    declarations on the meeting (when the page names one: a declaration needs the meeting it was made at). A
    Recorded Vote table under the minutes gives the item's votes (publisher/sources/vote_table.py)."""
    lines, table_votes = split_vote_tables(lines)
    item.minutes = "\n\n".join(paragraph(line.text) for line in lines)  # verbatim, its paragraphs as printed
    lines = joined_wraps(lines)  # read whole: a sentence the copy broke over two paragraphs is one
    texts = [unbracketed_movers(line.text) for line in lines]  # "proposed (by Councillor Clarke)": as "proposed by"
    votes, not_voting = read_votes_and_not_voting(texts)
    if not may_state(item.minutes, ("absent", "not voted", "no vote")):
        not_voting = frozenset()
    for index, text in enumerate(texts):
        # a resolution's own words name no mover; the sentence before its marker may ("Seconded by Councillor
        # Robinson and RESOLVED that …")
        marker = DECISION_MARKER.match(text)
        item.participations.extend(participations(text[:marker.start("text")] if marker else text))
        if not marker:
            item.participations.extend(amendment_moved(text, texts[index + 1] if index + 1 < len(texts) else ""))
        if meeting is not None and text.strip() not in not_voting:
            meeting.attendances.extend(read_attendance(text) or apologies_listed(text, item.title))
            meeting.declarations.extend(read_declarations(text, item.number or None, declarations_item=bool(
                DECLARATIONS_TITLE.search(item.title or ""))))
    item.decisions = decisions_in(lines, when, whole_if_unmarked=False, unmarked=unmarked)
    item.votes = with_table_votes(votes, table_votes) or votes


# A resolution the sentence that names its mover and seconder runs on into: "It was proposed (by Councillor Clarke),
# seconded (by Councillor Willingale) and resolved that Councillor Saise-Marshall be elected as Mayor for the 2023/24
# municipal year." (Runnymede): "that …" is the decision.
# Also a resolution quoted after the outcome its sentence states: "… it was declared to be CARRIED and “RESOLVED that
# Cllr D Sellis be appointed Mayor for the ensuing year”." (West Devon): the words inside the quotation marks.
_RESOLVED_WITHIN = re.compile(r"\b(?:moved|proposed)\b[^.]{1,200}?\bseconded\b[^.]{0,200}?\band\s+(?:it\s+was\s+)?"
                              r"(?-i:resolved|RESOLVED)\s+(?P<text>(?i:that)\s+\S.*)$"
                              r"|\b(?-i:CARRIED)\s+and\s+[“\"](?-i:RESOLVED)\s+(?P<quoted>(?i:that)\s+[^”\"]+)[”\"]",
                              re.IGNORECASE)


# A RESOLVED in capitals after a sentence's stop, where a copy runs the minutes' paragraphs together ("The minutes of
# the Cabinet held on 12 June 2018 were submitted for approval. RESOLVED- That the minutes … be approved …", Conwy):
# the resolution's paragraph starts there.
_RESOLVED_AFTER_SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=RESOLVED\b)")


# What "It was resolved to:" leaves of its verb before the list it resolves ("Decision: It was resolved to: A Note
# the changes in membership …", Cambridgeshire and Peterborough Combined Authority): no word of the decision. So is
# a verb of agreeing that ends in the colon, the resolution on the lines under it ("The EMCCA Board RESOLVED to
# unanimously agree:" / "That the minutes … be approved as a correct record.", East Midlands CCA).
_RESOLVED_TO = re.compile(r"^to(?:\s+(?:unanimously\s+)?(?:agree|approve|resolve|decide)(?:\s+that)?)?\s*[:\-–—]+\s*"
                          r"(?=\S)|^to\s+(?:unanimously\s+)?(?:agree|approve|resolve|decide)(?:\s+that)?\s*[:\-–—]+$")


def decisions_in(lines: list[Line], when: date | None, whole_if_unmarked: bool,
                 unmarked: bool = False) -> list[Decision]:
    """Decisions at RESOLVED markers; a "Decision:" part without markers is itself one decision when it reads
    as one ("AGREED recommendations.", "That the report be noted."), up to its "Reasons for decision"; a
    narrative ("The Mayor conveyed …", "Apologies were received …", "None.") is no decision. Minutes without
    markers state a decision in a paragraph of its own worded as one ("That the motion be carried."), when
    ``unmarked`` (the page prints its resolutions so: see :func:`_states_unmarked`)."""
    lines = [Line(line.number, part) for line in lines for part in _RESOLVED_AFTER_SENTENCE.split(line.text)]
    decisions = []
    index = 0
    while index < len(lines):
        marker = DECISION_MARKER.match(lines[index].text)
        ends_in_marker = not marker and _MARKER_ENDS_LINE.search(lines[index].text)
        within = not marker and not ends_in_marker and _RESOLVED_WITHIN.search(lines[index].text)
        index += 1
        if marker or ends_in_marker or within:
            first = marker["text"] if marker else (within["text"] or within["quoted"]) if within else ""
            first = _RESOLVED_TO.sub("", first.strip())
            parts, used = decision_text(first, lines[index:])
            index += used
            if parts:
                decisions.append(Decision(text="\n\n".join(parts), date=when))
    decisions = _without_cut_repeats(decisions)
    if not decisions and not whole_if_unmarked and unmarked:  # minutes that print no RESOLVED: still a resolution
        decisions = [Decision(text=PARAGRAPH_NUMBER_BEFORE.sub("", line.text), date=when)
                     for index, line in enumerate(lines) if unmarked_resolution(lines, index)]
        decisions += [Decision(text=clauses, date=when)
                      for index in range(len(lines)) if (clauses := _bulleted_resolution(lines, index))]
    stated = until(lines, lambda text: bool(REASONS.match(text)))
    stated = stated[:1] + until(stated[1:], lambda text: bool(_SOMEONE_SPOKE.match(text)))
    if not decisions and whole_if_unmarked and stated and reads_as_decision(stated[0].text):
        decisions.append(Decision(text="\n\n".join(paragraph(line.text) for line in stated), date=when))
    return decisions


# An agenda's lead-in to the wording of a resolution the meeting may pass: "3. If the recommendation is accepted, to
# formally pass the following resolution:-" over "RESOLVED – That in accordance with paragraph 3 …" (West Yorkshire
# CA's exempt-information item): proposed wording, no decision made.
_TO_PASS = re.compile(r"\bto\s+(?:formally\s+)?(?:pass|adopt|move)\s+the\s+following\s+resolution\b", re.IGNORECASE)


def _without_cut_repeats(decisions: list[Decision]) -> list[Decision]:
    """The decisions but those printed again where the copy stops: a resolution the item's Recorded Vote table
    prints again, cut mid-word ("That Councillor Rowland Warboys be elected as Chair of the Counci", Mid Suffolk),
    is the item's decision before it, not another. A text that ends no sentence and that another decision of the
    item opens with is such a repeat."""
    return [decision for decision in decisions
            if decision.text.rstrip().endswith((".", ";", ":", ")"))
            or not any(other is not decision and other.text.startswith(decision.text.rstrip())
                       and len(other.text) > len(decision.text.rstrip()) for other in decisions)]


# A clause of a resolution listed a bullet each: "That …", ending where the next goes on ("; and", ";") or the list
# ends (".").
_THAT_CLAUSE = re.compile(r"^That\s.*(?:;\s*(?:and|or)?|\.)$")


def _bulleted_resolution(lines: list[Line], index: int) -> str | None:
    """A resolution printed without RESOLVED as a list of "That …" clauses, a bullet each, from the list's first
    line (Hounslow's decisions: "• That the petitions that had been forwarded to other formal bodies of the
    Authority for consideration be noted; and" / "• That the response from Councillor Amrit Mann to the Devonshire
    Road petition be also noted."): the clauses together without their bullets, when the first, read to its "; and",
    is worded as a resolution of its own (:func:`text_rules.unmarked_resolution`) and the list ends in a full stop."""
    if index > 0 and BULLET.match(lines[index - 1].text):
        return None
    clauses: list[str] = []
    for line in lines[index:]:
        bullet = BULLET.match(line.text.strip())
        if bullet is None or not _THAT_CLAUSE.match(bullet["text"].strip()):
            break
        clauses.append(bullet["text"].strip())
        if clauses[-1].endswith("."):
            break
    if not clauses or not clauses[-1].endswith("."):
        return None
    first = Line(lines[index].number, re.sub(r";\s*(?:and|or)?$", ".", clauses[0]))
    return " ".join(clauses) if unmarked_resolution([*lines[max(index - 1, 0):index], first], min(index, 1)) else None


# A paragraph of a "Decision:" part that tells what someone did at the meeting ("C Hamilton gave an announcement
# referring to the minutes …", Dacorum): the record of the meeting goes on there, the decision has ended.
_SOMEONE_SPOKE = re.compile(
    r"^(?:(?:Cllr|Councillor)\.?\s+)?(?:[A-Z]\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?\s+"
    r"(?:gave|made|raised|said|announced|spoke)\s")


_DECIDED = re.compile(  # "AGREED recommendations.", "CONFIRMED as a correct record", "That the report be noted."
    # a verdict in one word, the whole of a "Decision:" part: "Noted." (West Midlands CA's forward plan)
    r"^(?:Noted|Agreed|Approved|Endorsed|Deferred|Withdrawn|Refused|Accepted|Adopted)\.?$"
    r"|^(?:(?-i:[A-Z]{3,}ED)\b|That\b)|\b(?:be|is|are|was|were|been)\s+(?:(?:duly|formally|unanimously)\s+)?"
    r"(?:noted|approved|agreed|adopted|endorsed|refused|granted|deferred|accepted|confirmed|supported|appointed"
    r"|elected|authorised|rejected|withdrawn)\b", re.IGNORECASE)


def reads_as_decision(text: str) -> bool:
    """True for text worded as a decision: a word in capitals ending "-ED" ("AGREED"), "That …", a passive
    "… be noted / was approved", or a verdict in one word ("Noted.")."""
    return bool(_DECIDED.search(text)) and not re.match(r"^(?:none|nil|n/?a)\b", text, re.IGNORECASE)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")

