"""Readers for ModernGov web-service responses (``mgWebService.asmx``), one per response shape.

The web service answers plain XML whose root element names the shape:

- ``<committees>`` (GetCommittees): every committee with its id (CId), title, category and whether it has
  expired or been deleted;
- ``<getmeetings>`` (GetMeetings, GetAllMeetingsByDate): ``<committee>`` elements, each listing its
  meetings (MId, date, time, status);
- ``<meeting>`` (GetMeeting): one meeting with its agenda items, minutes, linked documents and attendees.
  The meeting element names no committee: the committee is read from the items (``<refertocommittee>``)
  and documents (``<committeetitle>``), else from the harvest sidecar ("Committee:" line, written by
  ``publisher fetch`` from the GetMeetings listing); where none names it (a cancelled meeting with no items),
  the meeting is published without its committee, keyed on its ModernGov id, with a Warning: never guessed;
- ``<councillorsbyward>`` (GetCouncillorsByWard): wards, their councillors, parties, key posts and terms of
  office. Only allow-listed elements are read, so home addresses, phones, mobiles and e-mail addresses in
  the response never reach the model (docs/architecture.md §6).

XML quirks (docs/architecture.md §5.9): booleans are ``True``/``False``; HTML arrives escaped inside elements (agenda
text, minutes) and is turned into the page-text form; dates are day-first; the displayed item number is
``fulldisplaynumberformat`` ("1."), never ``agendaitemnumber`` (an internal sequence).

Parsing is safe by construction: a DOCTYPE (the carrier of entity expansion and external entities) is
refused before parsing, and the parser itself resolves no entities, loads no DTD and touches no network.
"""

from __future__ import annotations

import copy
import hashlib
import re
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from lxml import etree

from publisher.errors import RecordError
from publisher.messages import plural
from publisher.model import (
    AgendaItem,
    Attendance,
    Committee,
    Document,
    Meeting,
    Membership,
    Organisation,
    Person,
    Post,
    Record,
)
from publisher.sources.dates import parse_date, parse_time
from publisher.sources.page_text import html_to_text, sidecar_path
from publisher.sources.person_mentions import PARTY_GROUP, ROLE_WORDS, is_organisation, person_named, read_mention
from publisher.sources.text_rules import query_value

LONDON = ZoneInfo("Europe/London")

# Record kinds. Prefixed "ws-" so that a GetMeeting response and the meeting's HTML page (another reader,
# same MId) never share a named graph and replace each other.
KIND_COMMITTEES = "ws-committees"
KIND_MEETINGS = "ws-meetings"
KIND_MEETING = "ws-meeting"
KIND_COUNCILLORS = "ws-councillors"

_PROLOGUE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*", re.DOTALL)
_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
_ROOT = re.compile(r"<!DOCTYPE\s+[^\[>]*(?:\[.*?\]\s*)?>\s*(?:<!--.*?-->\s*)*|<(?P<root>[A-Za-z_][\w.-]*)",
                   re.DOTALL | re.IGNORECASE)
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# What ModernGov prints in the ``attendance`` attribute → our attendance kinds. Checked in order.
_ATTENDANCE_RULES = (
    (re.compile(r"^apolog", re.IGNORECASE), "apologies"),  # "Apologies", "Apologies, sent substitute"
    (re.compile(r"substitut", re.IGNORECASE), "substitute"),  # "Present as substitute"
    (re.compile(r"^absent", re.IGNORECASE), "absent"),
    (re.compile(r"^in attendance", re.IGNORECASE), "in attendance"),
    (re.compile(r"^(?:present|attended|virtual|remote)", re.IGNORECASE), "present"),
    (re.compile(r"^expected", re.IGNORECASE), "expected"),
)
_NOT_A_PERSON = re.compile(r"^(?:vacan(?:t|cy)|tbc|to be confirmed)\b", re.IGNORECASE)
_UNSPECIFIED = {"", "unspecified", "n/a", "none"}


# --- detection and safe parsing --------------------------------------------------------------------------


def root_name(text: str) -> str | None:
    """The name of the document element, found without parsing (a DOCTYPE before it is skipped)."""
    position = _PROLOGUE.match(text).end()
    while True:
        match = _ROOT.match(text, position)
        if not match:
            return None
        if match["root"]:
            return match["root"].lower()
        position = match.end()


def looks_like_webservice(text: str, url: str | None = None) -> bool:
    """A web-service response: one of the known root elements, or a URL of ``mgWebService.asmx``."""
    if url and "mgwebservice.asmx" in url.lower():
        return True
    return root_name(text) in READERS


def parse_xml(text: str, path: Path | str | None = None) -> etree._Element:
    """Parse a response safely; any DOCTYPE is refused (entity expansion and external entities live there)."""
    if _DOCTYPE.match(text, _PROLOGUE.match(text).end()):
        raise RecordError("hostile file: XML with a DOCTYPE is refused, entity expansion is not allowed", path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             dtd_validation=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(_DECLARATION.sub("", text, count=1).encode("utf-8"), parser)
    except etree.XMLSyntaxError as error:
        raise RecordError(f"not well-formed XML: {error.msg}", path, error.lineno) from None
    if root is None:
        raise RecordError("XML with no document element", path)
    return root


def read_webservice(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read any web-service response, by its root element."""
    root = parse_xml(text, path)
    name = etree.QName(root).localname.lower()
    reader = READERS.get(name)
    if reader is None:
        raise RecordError(f"a web-service response this publisher does not read (root element <{name}>)",
                          path, root.sourceline)
    return reader(root, source_url, path)


# --- small element helpers -------------------------------------------------------------------------------


def _text(element: etree._Element, tag: str) -> str | None:
    """The stripped text of a child element, inner spacing kept as the council typed it; None when absent or
    blank (ModernGov pads empty elements with a line break)."""
    value = (element.findtext(tag) or "").strip()
    return value or None


def _flag(element: etree._Element, tag: str, path: Path | None) -> bool | None:
    value = _text(element, tag)
    if value is None:
        return None
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise RecordError(f"{value!r} is not True or False", path, _line(element, tag), tag)


def _line(element: etree._Element, tag: str) -> int | None:
    child = element.find(tag)
    return (child if child is not None else element).sourceline


def _date(element: etree._Element, tag: str, path: Path | None) -> date | None:
    value = _text(element, tag)
    if value is None or value.lower() in _UNSPECIFIED:
        return None
    return parse_date(value, field=tag, path=path, line=_line(element, tag))


def _time(element: etree._Element, tag: str, path: Path | None) -> time | None:
    value = _text(element, tag)
    return parse_time(value, field=tag, path=path, line=_line(element, tag)) if value else None


def _html(element: etree._Element, tag: str) -> str | None:
    """Escaped HTML inside an element → page text (None when it holds no visible text)."""
    value = element.findtext(tag)
    if not value or not value.strip():
        return None
    return html_to_text(value) or None


def _person(printed: str, **known: str | None) -> Person:
    """A roster name through the shared mention grammar: "Jennette Arnold OBE" keeps the letters apart
    (schema:honorificSuffix) and "Thomas [Tom] Name" the nickname (schema:alternateName), so neither is
    published as part of the name."""
    person = person_named(printed)
    for field, value in known.items():
        setattr(person, field, value)
    return person


# --- GetCommittees ---------------------------------------------------------------------------------------


def read_committees(root: etree._Element, source_url: str | None, path: Path | None) -> Record:
    committees = [_committee(element, path) for element in root.iterfind("committee")]
    return Record(kind=KIND_COMMITTEES, source_id="all", source_url=source_url, path=path,
                  committees=committees)


def _committee(element: etree._Element, path: Path | None) -> Committee:
    name = _text(element, "committeetitle")
    if not name:
        raise RecordError("a committee without a title", path, element.sourceline, "committeetitle")
    return Committee(name, source_id=_text(element, "committeeid"), category=_text(element, "committeecategory"),
                     expired=_flag(element, "committeeexpired", path),
                     deleted=_flag(element, "committeedeleted", path))


# --- GetMeetings / GetAllMeetingsByDate --------------------------------------------------------------------


def read_meetings(root: etree._Element, source_url: str | None, path: Path | None) -> Record:
    meetings: list[Meeting] = []
    quiet: list[Committee] = []  # committees the response lists with no meeting in the range
    for element in root.iterfind("committee"):
        committee = Committee(_text(element, "committeetitle") or "", _text(element, "committeeid"))
        if not committee.name:
            raise RecordError("a committee without a title", path, element.sourceline, "committeetitle")
        listed = [_meeting(m, committee, path) for m in element.iterfind("committeemeetings/meeting")]
        meetings.extend(listed)
        if not listed:
            quiet.append(committee)
    return Record(kind=KIND_MEETINGS, source_id=_meetings_id(source_url, meetings, quiet), source_url=source_url,
                  path=path, meetings=meetings, committees=quiet)


def _meetings_id(source_url: str | None, meetings: list[Meeting], quiet: list[Committee]) -> str:
    """Committee id + date range of the request when the URL says them, else of what the response lists."""
    committee = query_value(source_url, "lCommitteeId")
    start, end = query_value(source_url, "sFromDate"), query_value(source_url, "sToDate")
    if committee and start and end:
        try:
            return f"{committee}-{parse_date(start).isoformat()}-{parse_date(end).isoformat()}"
        except RecordError:
            pass  # a URL whose dates are not day-first: fall back to the content
    ids = sorted({m.committee.source_id or m.committee.name for m in meetings}
                 | {c.source_id or c.name for c in quiet})
    if not meetings:
        return "-".join(ids) or "none"
    days = sorted(m.date for m in meetings)
    key = "-".join(ids)
    if len(key) > 60:  # GetAllMeetingsByDate lists many committees: keep the id short but stable
        key = hashlib.sha256(key.encode()).hexdigest()[:12]
    return f"{key}-{days[0].isoformat()}-{days[-1].isoformat()}"


def _meeting(element: etree._Element, committee: Committee | None, path: Path | None) -> Meeting:
    when = _date(element, "meetingdate", path)
    if when is None:
        raise RecordError("a meeting without a date", path, element.sourceline, "meetingdate")
    start_time = _time(element, "meetingtime", path)
    start = datetime.combine(when, start_time, LONDON) if start_time else None
    return Meeting(committee, when, start=start, source_id=_text(element, "meetingid"),
                   venue=_text(element, "meetinglocation") or _text(element, "meetingroom"),
                   status=_text(element, "meetingstatus"), end=_end(element, when, start, path))


def _end(element: etree._Element, when: date, start: datetime | None, path: Path | None) -> datetime | None:
    """Planned finish, else actual finish, on the meeting's day. A finish printed earlier than the start
    (past midnight?) is left out rather than moved to a day the record does not state."""
    finish = _time(element, "meetingplannedfinishtime", path) or _time(element, "meetingactualfinishtime", path)
    if finish is None:
        return None
    end = datetime.combine(when, finish, LONDON)
    return None if start and end < start else end


# --- GetMeeting ------------------------------------------------------------------------------------------


def read_meeting(root: etree._Element, source_url: str | None, path: Path | None) -> Record:
    meeting_id = _text(root, "meetingid") or query_value(source_url, "lMeetingId")
    if not meeting_id:
        raise RecordError("a meeting without a meeting id", path, root.sourceline, "meetingid")
    items = [_item(element, position, path)
             for position, element in enumerate(root.iterfind("agendaitems/agendaitem"), start=1)]
    committee = _meeting_committee(root, path)
    meeting = _meeting(root, committee, path)
    meeting.source_id = meeting_id
    meeting.items = items
    meeting.attendances = [_attendance(element, path) for element in root.iterfind("attendees/attendee")]
    warnings = [] if committee else [
        f"meeting {meeting_id}: the response names no committee (no item or document names one, and no harvest "
        "sidecar lists it), so the meeting is published without one, keyed on its ModernGov id; 'publisher "
        "fetch' records the committee that listed it"]
    return Record(kind=KIND_MEETING, source_id=meeting_id, source_url=source_url, path=path, meetings=[meeting],
                  warnings=warnings)


def _meeting_committee(root: etree._Element, path: Path | None) -> Committee | None:
    """The committee named by the items and documents; the harvest sidecar when they name none; else None."""
    named = sorted({" ".join(e.text.split()) for e in root.iterfind("agendaitems/agendaitem/refertocommittee")
                    if e.text and e.text.strip()}
                   | {" ".join(e.text.split()) for e in root.iterfind(".//linkeddoc/committeetitle")
                      if e.text and e.text.strip()})
    listed = listed_committee(path)
    if len(named) == 1:
        same = listed is not None and listed.name.lower() == named[0].lower()
        return Committee(named[0], source_id=listed.source_id if same else None)
    if listed is not None and (not named or listed.name in named):
        return listed
    if named:
        raise RecordError(f"the response names several committees ({', '.join(named)}) and no listing says "
                          f"which held the meeting", path, root.sourceline, "refertocommittee")
    return None


def listed_committee(path: Path | None) -> Committee | None:
    """The committee a harvest listed this meeting under: "Committee:" (and "Committee ID:") in the sidecar."""
    if path is None:
        return None
    sidecar = sidecar_path(Path(path))
    if not sidecar.is_file():
        return None
    values: dict[str, str] = {}
    for line in sidecar.read_text(encoding="utf-8", errors="replace").splitlines():
        label, sep, value = line.partition(":")
        if sep and value.strip():
            values.setdefault(label.strip().lower(), value.strip())
    name = values.get("committee")
    return Committee(name, source_id=values.get("committee id")) if name else None


def _item(element: etree._Element, position: int, path: Path | None) -> AgendaItem:
    number = (_text(element, "fulldisplaynumberformat") or "").rstrip(".").strip()
    title = _text(element, "agendaitemtitle")
    if not number:
        raise RecordError("an agenda item without a displayed number", path,
                          _line(element, "fulldisplaynumberformat"), "fulldisplaynumberformat")
    if not title:
        raise RecordError("an agenda item without a title", path, _line(element, "agendaitemtitle"),
                          "agendaitemtitle")
    return AgendaItem(number, title, position=position, source_id=_text(element, "agendaitemid"),
                      purpose=_html(element, "agendatext"), minutes=_html(element, "minutesnonemptyhtmlbody"),
                      documents=[_document(doc, path) for doc in element.iterfind("linkeddocuments/linkeddoc")])


def _document(element: etree._Element, path: Path | None) -> Document:
    title = _text(element, "title")
    if not title:
        raise RecordError("a linked document without a title", path, element.sourceline, "title")
    return Document(title, url=_text(element, "url"), published=_date(element, "publicationdate", path))


def _attendance(element: etree._Element, path: Path | None) -> Attendance:
    printed = " ".join(element.get("name", "").split())
    if not printed:
        raise RecordError("an attendee without a name", path, element.sourceline, "name")
    person = _person(printed, party=_attr(element, "politicalparty"), ward=_attr(element, "ward"),
                     source_id=_attr(element, "memberid"))
    stated = " ".join(element.get("attendance", "").split())
    kind = next((kind for pattern, kind in _ATTENDANCE_RULES if pattern.search(stated)), None)
    if kind is None:
        raise RecordError(f"attendance {stated!r} is not one this publisher knows", path, element.sourceline,
                          "attendance")
    return Attendance(person, kind, role=_attr(element, "roledescription"))


def _attr(element: etree._Element, name: str) -> str | None:
    value = " ".join(element.get(name, "").split())
    return value or None


# --- GetCouncillorsByWard --------------------------------------------------------------------------------

# The only councillor elements read. Anything else (home and work addresses, phones, mobiles, fax, e-mail,
# photos, free-text contact information) is never looked at, so it cannot be published by mistake.
COUNCILLOR_FIELDS = ("councillorid", "fullusername", "politicalpartytitle", "representing", "keyposts",
                     "termsofoffice")


def published_fields(councillor: etree._Element) -> etree._Element:
    """A copy of a ``<councillor>`` holding only :data:`COUNCILLOR_FIELDS`: the reader sees nothing else, so the
    rule holds by construction, whatever later code looks up."""
    kept = etree.Element(councillor.tag)
    for child in councillor:
        if isinstance(child.tag, str) and child.tag.lower() in COUNCILLOR_FIELDS:
            kept.append(copy.deepcopy(child))
    return kept


def read_councillors(root: etree._Element, source_url: str | None, path: Path | None) -> Record:
    people: list[Person] = []
    memberships: list[Membership] = []
    posts: list[Post] = []
    not_bodies: list[str] = []  # "<member>: '<representing>'" where the text names no body (a ward, a party …)
    for ward in root.iterfind("wards/ward"):
        ward_name = _text(ward, "wardtitle")
        for element in map(published_fields, ward.iterfind("councillors/councillor")):
            printed = _text(element, "fullusername")
            if not printed or _NOT_A_PERSON.match(printed):
                continue
            office, person = office_with_name(printed)
            for field, value in (("party", _text(element, "politicalpartytitle")), ("ward", ward_name),
                                 ("source_id", _text(element, "councillorid"))):
                setattr(person, field, value)
            if representing := _text(element, "representing"):
                if body := represented_body(representing, ward_name):
                    person.organisation = Organisation(body)
                else:
                    not_bodies.append(f"{printed}: {representing[:60]!r}")
            people.append(person)
            memberships.extend(_terms(element, person, path))
            # the key posts are the member's posts; an office printed with the name is one where they state none
            posts.extend(Post(label, holder=person) for label in _key_posts(element) or ([office] if office else []))
    # one Warning for the roster: most rosters print the ward there for every member
    more = ", …" if len(not_bodies) > 1 else ""
    warnings = [f"<representing> of {plural(len(not_bodies), 'member')} not read as the body the member sits for: "
                f"it names no organisation ({not_bodies[0]}{more})"] if not_bodies else []
    ward_id = query_value(source_url, "lWardId")
    return Record(kind=KIND_COUNCILLORS, source_id=f"ward-{ward_id}" if ward_id else "all", source_url=source_url,
                  path=path, people=people, memberships=memberships, posts=posts, warnings=warnings)


def office_with_name(printed: str) -> tuple[str | None, Person]:
    """A roster's name field through the shared mention grammar (``read_mention``), which also reads an office
    printed with the titled name: "Mayor's Consort. Councillor Trevor Hambleton" (Newcastle-under-Lyme), "The Mayor
    (Councillor Maggi Clark)" (Rotherham), "Councillor Bob Wellington CBE (Leader)" (Torfaen). A name the grammar
    does not take as a mention on its own ("Navin Shah", no title) is the name as printed (``person_named``)."""
    mention = read_mention(printed)
    if mention is None:
        return None, person_named(printed)
    office = mention.role if mention.role and ROLE_WORDS.search(mention.role) else None  # a post, not "(Labour)"
    return office, Person(mention.name, honorific=mention.honorific, post_nominals=mention.post_nominals,
                          nickname=mention.nickname)


# A <representing> text is an outside body's name when it reads as one (``is_organisation``: "Greater London
# Authority", "Dover District Council", "Bucks County Council"). Most rosters fill the field with something
# else: the member's ward ("Newby Ward", "Ward 6: Cowal", "Brampton"), a party ("Labour"), a post ("Portfolio
# Holder for Resources") or an abbreviation ("LBBD", "HDC"), none of them a body the member sits for.
_WARD_WORD = re.compile(r"\b(?:wards?|divisions?|area committee)\b", re.IGNORECASE)
# A party's group on the council ("Rotherham Independents Group"): a party, not a body the member sits for.
_PARTY_GROUP = re.compile(r"\b" + PARTY_GROUP)


def represented_body(representing: str, ward: str | None) -> str | None:
    """The outside body a roster's ``<representing>`` names, or None where it names none.

    Greater London's roster prints "Greater London Authority" there, a body; Scarborough's prints the
    member's ward ("Newby Ward"), Argyll and Bute's "Ward 6: Cowal", Harlow's a post ("Portfolio Holder for
    Resources"), Halton's a party ("Labour"): those are not organisations, so the text must read as a body's
    name and must not be (or name) the ward."""
    text = " ".join(representing.split())
    if not is_organisation(text) or _WARD_WORD.search(text) or _PARTY_GROUP.search(text):
        return None
    if ward and ward.casefold() in text.casefold():
        return None
    return text


def _terms(element: etree._Element, person: Person, path: Path | None) -> list[Membership]:
    """One council membership per term of office; listed with no term, one membership without dates.

    The membership states no role: a roster prints none. "Councillor Glennice Birkin" (Erewash) is a title
    before a name, the person's honorific, and read as a role it gave "Councillor Glennice Birkin" the role but
    not "Councillor Mrs Jane Wilson" beside her, nor the GLA's "Navin Shah"; a post the roster does print
    (``<keyposts>``: "Leader of the Council") is a Post held."""
    terms = [Membership(person, "council", None, _date(term, "startdate", path), _date(term, "enddate", path))
             for term in element.iterfind("termsofoffice/termofoffice")]
    return terms or [Membership(person, "council")]


def _key_posts(element: etree._Element) -> list[str]:
    """Key posts, one per line (councils separate several with line breaks, often as escaped HTML). A separator
    left at the end ("Chair of Licensing Committee;", Liverpool) is no part of the post."""
    value = element.findtext("keyposts") or ""
    if "<" in value:
        value = html_to_text(value)
    posts = (" ".join(line.split()).rstrip(";, ") for line in value.splitlines())
    return [post for post in posts if post]


READERS = {
    "committees": read_committees,
    "getmeetings": read_meetings,
    "getallmeetingsbydate": read_meetings,
    "meeting": read_meeting,
    "councillorsbyward": read_councillors,
}
