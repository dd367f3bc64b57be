"""Reader for the ModernGov "Agenda item" page (``mgAi.aspx?ID=…``), as page text.

The page shows one agenda item::

    Agenda item
    Minutes - 19th May, 2011 and 23rd June 2011        title (a number "12." and icon text split off)
    <agenda text>                                      → purpose
    Decision: / Minutes:                               labelled parts, as on the meeting page
    It was moved by Councillor Stokes, …               minutes: participations, votes, RESOLVED …
    Supporting documents:                              documents, if any are listed

**Where the item goes.** Most councils' copies of this page print neither the meeting's date nor its
committee (Slough's does), which key a ``Meeting``. We do not invent them — not even the
committee, although the minutes speak of "the Council": a body named in prose is not the meeting's
committee as a record states it. So:

- when the page states its meeting ("Meeting: 26/01/2017 - Council (Item 4)", as some councils print it),
  the item sits in that Meeting, with the decision dated and attendance and declarations kept;
- otherwise, when the page states who attended, sent apologies or declared an interest, those belong to a
  meeting, and the page's address names it in the one way it can (the issue's rule, "a page that lacks its
  own meeting takes it from the ids of its source URL"): the meeting of agenda item ``ID``. The item sits in
  a Meeting with no date and no committee, ``of_item`` set to the ``ID`` and keyed on that in
  ``publisher.rdf``; the attendance and declarations are kept there;
- otherwise the item goes into ``Record.items`` (items shown without their meeting; a field added to the
  model for this page) keyed by the page's ``ID``; its decisions carry no date. On a page without an ``ID``
  attendance or declarations are not kept (Warnings); the people they name are published as the record's
  people.

Without a "Minutes:" label the minutes begin at the first line that states a decision (also a resolution
printed without "RESOLVED", "That … be pursued …"), a vote or who moved or seconded (the agenda text never
does). A resolution so worded right under the title is the agenda's own recommendation, printed where the agenda
text goes ("Exclusion of the public and press" / "That the public be excluded from the meeting …" / "Members did
not resolved to exclude the public and press …", Southwark): it is read as agenda text, never as the decision,
and a Warning says so.
"""

from __future__ import annotations

import re
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import AgendaItem, Committee, Meeting, Record
from publisher.sources.attendance import (
    WhoWasThere,
    add_who_was_there,
    read_attendance,
    read_declarations,
    read_who_was_there,
)
from publisher.sources.dates import parse_date
from publisher.sources.item_blocks import agenda_text, capitalised_as_title, reads_as_title
from publisher.sources.meeting_page import (
    decisions_in,
    labelled_parts,
    read_agenda_text,
    read_item_minutes,
)
from publisher.sources.source_ids import SourceIds, source_ids
from publisher.sources.text_rules import (
    DECISION_MARKER,
    Line,
    document_line,
    page_lines,
    participations,
    strip_icon,
    unmarked_resolution,
)
from publisher.sources.votes import named_heading, read_votes

KIND = "agenda-item"

_HEADING = re.compile(r"^Agenda\s+item$", re.IGNORECASE)
_MEETING = re.compile(
    r"^Meeting:\s*(?P<date>.+?)\s+[-–—]\s+(?P<committee>.+?)(?:\s*\(Item\s*(?P<item>[^)]*)\))?$", re.IGNORECASE)
# A title's own number: "12. Minutes", "4.(i) Budget", "7\tReport" (a bare "2023/24 Budget" is all title).
_TITLE_NUMBER = re.compile(
    r"^(?P<number>\d+[A-Za-z]?(?:\.?\((?:[ivxlc]+|[a-z]|\d+)\))?)(?:(?<=\))\s+|\.\s+|\t+)(?P<title>\S.*)$",
    re.IGNORECASE)
_LABEL = re.compile(r"^(?:Additional documents|Supporting documents|Decision|Minutes)\s*:", re.IGNORECASE)


def looks_like_agenda_item_page(text: str) -> bool:
    """True when the text carries the "Agenda item" heading as a line of its own."""
    return any(_HEADING.match(line.strip()) for line in text.splitlines())


def read_agenda_item_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read an Agenda item page (page-text form) into a Record; see the module notes for where the item goes."""
    lines = page_lines(text)
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    ids = source_ids(source_url)
    if start is None and ids.page_type != "agenda-item":
        raise RecordError("not a council record: no 'Agenda item' heading, and no mgAi address", path)
    body = lines[(start if start is not None else -1) + 1:]
    while body and _HEADING.match(body[0].text):  # "Agenda item" twice (the page's title and its heading)
        body = body[1:]
    meeting = None
    listed_number = None
    if body and (stated := _MEETING.match(body[0].text)):
        when = parse_date(stated["date"], field="meeting date", path=path, line=body[0].number)
        meeting = Meeting(committee=Committee(name=stated["committee"].strip()), date=when)
        listed_number = (stated["item"] or "").strip().rstrip(".") or None
        body = body[1:]
    addressed = meeting is None
    meeting = meeting or _meeting_of_address(ids)
    item = _read_item(body, listed_number, meeting)
    item.source_id = ids.item
    cut = _cut_decision(item, body)
    who = read_who_was_there(body, item.number or None)  # what the item's minutes state that line readers miss
    people = who.everyone()  # without a meeting, the people its attendance names are published as people
    if addressed and meeting and not (meeting.attendances or meeting.declarations or who.attendances
                                      or who.declarations or who.arrivals):
        meeting = None  # the page states nothing that meeting would hold but the item itself
    if meeting is not None:
        meeting.items.append(item)
        people = add_who_was_there(meeting.attendances, meeting.declarations, who, {item.number})
        meeting.arrivals.extend(who.arrivals)
    key = item.source_id or _slug(item.title)
    if not key:
        raise RecordError("nothing to key the agenda item on: neither an ID in its URL nor a title", path, None,
                          "item")
    return Record(kind=KIND, source_id=key, source_url=source_url, path=path,
                  meetings=[meeting] if meeting else [], items=[] if meeting else [item],
                  named_key=not item.source_id,
                  warnings=[*_untitled(item, body), *_recommended(item, body), *cut,
                            *(who.warnings if meeting else _unkept(body, who))],
                  people=people)


# Words a sentence does not end on: a copy that stops after one stopped inside the sentence.
_ENDS_UNFINISHED = re.compile(r"(?:,|\b(?:and|or|the|of|to|a|an|for|with|by|in|on|that|including|as|be))$",
                              re.IGNORECASE)


def _cut_decision(item: AgendaItem, body: list[Line]) -> list[str]:
    """The item's last decision left out when the copy stops inside it: its last line is the decision's end and
    ends on a word no sentence ends on ("RESOLVED UNANIMOUSLY: That the Committee’s work programme, as set out in
    Appendix 1, be agreed, including", Sheffield, a stored copy cut short). The Warning says so; the words kept
    are no decision."""
    last = body[-1].text.strip() if body else ""
    if not (item.decisions and last and _ENDS_UNFINISHED.search(last)
            and last.endswith(item.decisions[-1].text.split("\n\n")[-1].strip())):
        return []
    item.decisions.pop()
    return [f"decision at line {body[-1].number} not read: the copy stops in it ({last[-60:]})"]


def _untitled(item: AgendaItem, body: list[Line]) -> list[str]:
    """The Warning for a copy that lacks the item's title: its first line is agenda text, not read as the title."""
    if item.title or not body:
        return []
    return [f"item title not read: the copy's first line is agenda text, not a title (line {body[0].number}: "
            f"{body[0].text[:60]!r})"]


def _recommended(item: AgendaItem, body: list[Line]) -> list[str]:
    """The Warning for a resolution-worded line right under the title on a page with no "Minutes:" label and no
    RESOLVED: read as the agenda's recommendation, not published as a decision."""
    rest = body[1:] if body and item.title and body[0].text.endswith(item.title) else body
    if not item.title or not rest or _LABEL.match(rest[0].text) or any(_LABEL.match(line.text) for line in rest) \
            or any(DECISION_MARKER.match(line.text) for line in rest) or not unmarked_resolution(rest, 0):
        return []
    return [f"line {rest[0].number} not read as a decision: worded as a resolution but printed right under the "
            f"title, where the agenda's recommendation goes, with no 'Minutes:' label ({rest[0].text[:60]!r})"]


def _meeting_of_address(ids: SourceIds) -> Meeting | None:
    """The meeting a page naming none belongs to, as its address names it: the meeting of the agenda item
    ``ID`` (undated, no committee: only what the address states)."""
    return Meeting(committee=None, date=None, of_item=ids.item) if ids.item else None


def _unkept(body: list[Line], who: WhoWasThere) -> list[str]:
    """Attendance and declarations belong to a meeting: on a page naming none they are not kept, and each line
    stating them is a Warning (the minutes text itself keeps their words); so is what only the page pass read
    (a list under its label), and each arrival or departure."""
    unkept = [f"attendance or declarations at line {line.number} not kept: the page names no meeting"
              for line in body if read_attendance(line.text) or read_declarations(line.text)]
    if not unkept and (who.attendances or who.declarations):
        count = len(who.attendances) + len(who.declarations)
        unkept.append(f"attendance or declarations ({count} {'entry' if count == 1 else 'entries'}) not kept: the "
                      "page names no meeting")
    unkept += [f"arrival or departure not kept: the page names no meeting: {a.person.name} {a.text}"
               for a in who.arrivals]
    return unkept + who.warnings


def _read_item(body: list[Line], listed_number: str | None, meeting: Meeting | None) -> AgendaItem:
    title, number = "", listed_number
    if body and not _LABEL.match(body[0].text) and _reads_as_title(body[0].text):
        title, body = body[0].text, body[1:]
    title, document = strip_icon(title)
    if own := _TITLE_NUMBER.match(title):
        number, title = number or own["number"], own["title"]
        if document:
            document.title = title
    item = AgendaItem(number=number or "", title=title)
    if document:
        item.documents.append(document)
    parts = labelled_parts(body)
    agenda = parts.get("agenda", [])
    unmarked = not any(DECISION_MARKER.match(line.text) for line in body)  # may state a resolution without it
    if "minutes" not in parts:  # no label: the minutes start where the first vote or decision is stated
        cut = next((i for i, line in enumerate(agenda)
                    if _states_business(line.text)
                    or (unmarked and (i or not title) and unmarked_resolution(agenda, i))), len(agenda))
        agenda, parts["minutes"] = agenda[:cut], agenda[cut:]
    read_agenda_text(agenda, item)
    for label in ("additional documents", "supporting documents"):
        item.documents.extend(document for line in parts.get(label, []) if (document := document_line(line.text)))
    when = meeting.date if meeting else None
    if parts["minutes"]:
        read_item_minutes(parts["minutes"], item, when, meeting, unmarked=unmarked)
    if "decision" in parts and not item.decisions:  # a RESOLVED paragraph of the minutes wins over the summary
        item.decisions = decisions_in(parts["decision"], when, whole_if_unmarked=True)
    return item


def _reads_as_title(text: str) -> bool:
    """The first line is the title unless it is a sentence (a page whose title the copy lacks): the numbered
    form "12. Treasury Management Strategy" is judged without its number. A title may end with a full stop
    ("Declarations of Interest.", Slough) when its words are capitalised as a title's are, which a sentence's
    ("There were no declarations of interest.") are not. So too a line ending in a full stop or a colon whose words
    are not capitalised as a title's: the agenda's text where the copy lacks the title ("To elect a Chairman in
    accordance with Standing Order No.29.", City of London; "To note and accept the minutes of the following
    Overview and Scrutiny Committee meetings:", Redditch)."""
    own = _TITLE_NUMBER.match(text)
    title = own["title"] if own else text
    if agenda_text(title):
        return False
    return reads_as_title(title) or (title.endswith(".") and capitalised_as_title(title)
                                     and reads_as_title(title[:-1]))


def _states_business(text: str) -> bool:
    """A line only minutes hold: a RESOLVED marker, a vote, or who moved / seconded / attended."""
    return bool(DECISION_MARKER.match(text) or named_heading(text) or read_votes([text])
                or participations(text))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
