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

Text conventions (minutes and decision text): each paragraph of the page is one paragraph, paragraphs are
joined with a blank line ("\\n\\n"); a bulleted paragraph is written "• " + its text (the page's bullet
glyph and the padding after it replaced, the text itself verbatim). Recommendations and comments are lists,
so their bullet glyph and leading spaces are simply removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from publisher.errors import RecordError
from publisher.model import (
    AgendaItem,
    Committee,
    Contact,
    Decision,
    Document,
    Issue,
    Meeting,
    Organisation,
    Participation,
    Person,
    Post,
    Record,
)
from publisher.sources.dates import parse_date

KIND = "issue-meetings"

# --- page structure -------------------------------------------------------------------------------------

_HEADING = re.compile(r"^Issue\s*[-–—]\s*meetings$", re.IGNORECASE)
_MEETING = re.compile(
    r"^Meeting:\s*(?P<date>.+?)\s+[-–—]\s+(?P<committee>.+?)(?:\s*\(Item\s*(?P<item>[^)]*)\))?$",
    re.IGNORECASE)
_ADDITIONAL = re.compile(r"^Additional documents:\s*(?P<rest>.*)$", re.IGNORECASE)
_MINUTES = re.compile(r"^Minutes:\s*(?P<rest>.*)$", re.IGNORECASE)
_ITEM_NUMBER = re.compile(
    r"^(?P<number>\d+[A-Za-z]?(?:\.?\s?\((?:[ivxlc]+|[a-z]|\d+)\)|\.\d+[a-z]?)*)\.?\s+(?P<title>\S.*)$",
    re.IGNORECASE)
# "pdf icon PDF 107 KB": ModernGov's file icon (its alt text) and the printed type and size.
_ICON = re.compile(
    r"\b(?P<ext>pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|csv|html?|xml|zip|jpe?g|png|gif|mp3|mp4|msg|eml)"
    r"\s+icon(?:\s+(?P<label>[a-z][a-z0-9]*))?"
    r"(?:\s+(?P<size>\d+(?:[.,]\d+)?)\s*(?P<unit>KB|MB|GB|bytes|B)\b)?\s*$",
    re.IGNORECASE)
_REPORT_OF = re.compile(
    r"^To (?:consider|receive|note) (?:a|the) (?:joint )?report of (?:the )?(?P<who>.+?)\.?$", re.IGNORECASE)
_RECOMMENDED = re.compile(r"\b(?:is|are)\s+(?:recommended|invited|asked|requested)\s+to\b", re.IGNORECASE)
_CONTACT = re.compile(r"^(?:officer\s+)?contact(?:\s+officer)?\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_COMMENTS_INTRO = re.compile(  # matched only against short lines (see _is_comments_intro)
    r"^[^.]*\b(?:comments?|issues?|points?|questions?|observations?|concerns?)\b[^.]*"
    r"\b(?:made|raised|asked|noted|expressed|included)\b[^.]*[:\-–—]$", re.IGNORECASE)
_BULLET = re.compile(r"^[·•▪◦‣●○■□\uf0b7*\-–]\s*(?P<text>\S.*)$")
_ENDS_OPEN = re.compile(r"(?:[:;,\-–—]|\b(?:that|and|or|follows))$", re.IGNORECASE)
_CLAUSE_START = re.compile(  # "(2) That …", "2. …", "(b) …", "(ii) …", a bullet, a quotation
    r"^(?:\(?\d+[a-z]?\)|\d+\.\s|\(?[a-z]\)\s|\(?[ivx]+\)\s|[·•▪◦‣●○■\uf0b7*]|[‘'“\"])")
_PAGE_LABEL = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’()/&-]+){0,2}:$")  # "Supporting documents:"
# "RESOLVED – That …", "Resolved: (By 14 votes to none)", "The Executive RESOLVEd", "It was RESOLVED that".
_DECISION = re.compile(
    r"^(?:(?i:it\s+was)\s+|(?:The|THE|the)\s+(?:[A-Z][\w&'’-]*\s+){1,6})?(?i:resolved)\b\s*[:\-–—]*\s*"
    r"(?:\((?P<vote>[^)]*(?i:vote|unanim|majority)[^)]*)\)\s*[:\-–—]*\s*)?(?P<text>.*)$")

# --- people, posts and organisations -----------------------------------------------------------------------

HONORIFICS = tuple(sorted((
    "Councillor", "Cllr", "County Councillor", "Alderman", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Doctor",
    "Professor", "Prof", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Rev", "Revd", "Reverend",
    "Canon", "Father", "Rabbi", "Imam", "Superintendent", "Chief Superintendent",
    "Detective Superintendent", "Detective Chief Superintendent", "Inspector", "Chief Inspector",
    "Detective Inspector", "Detective Chief Inspector", "Sergeant", "Police Sergeant", "Detective Sergeant",
    "Constable", "Police Constable", "PC", "PCSO", "Chief Constable", "Deputy Chief Constable",
    "Assistant Chief Constable", "Captain", "Major", "Colonel", "Lieutenant Colonel", "Commander", "Hon",
), key=len, reverse=True))
_HONORIFIC = re.compile(r"^(?P<title>(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS)
                        + r")\.?\s+)+)(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*)*)$")
_HONORIFIC_START = r"(?:the\s+)?(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\.?\s+[A-Z]"

ORGANISATION_ENDINGS = frozenset({
    "police", "constabulary", "council", "service", "services", "trust", "authority", "partnership",
    "board", "commission", "agency", "association", "foundation", "society", "group", "limited", "ltd",
    "plc", "llp", "cic", "university", "college", "school", "academy", "hospital", "federation", "union",
    "company", "corporation", "ombudsman", "healthwatch",
})
KNOWN_ORGANISATIONS = frozenset({"transport for greater manchester", "ofsted", "network rail",
                                 "national highways", "citizens advice", "historic england"})
ROLE_WORDS = re.compile(
    r"\b(?:head|director|officer|manager|chair|chairman|member|leader|lead|executive|secretary|clerk|chief|"
    r"deputy|assistant|portfolio|cabinet|mayor|commissioner|co-ordinator|coordinator|advisor|adviser)\b",
    re.IGNORECASE)
_WARDS = re.compile(r"\bwards?\b", re.IGNORECASE)

# Who did what, in minutes prose. A subject longer than this is prose, not a list of people and posts.
MAX_SUBJECT = 400
_ACTION = re.compile(
    r"(?<=\s)(?:(?P<submitted>submitted)|(?P<presented>presented|introduced)|(?P<attended>attended))\s+"
    r"(?:a|an|the|his|her|their)\s+(?:joint\s+)?(?:report|meeting|item)\b")
_MOTION = re.compile(
    r"\b(?P<verb>moved|proposed|seconded)\s+by\s+(?P<who>(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS)
    + r")\.?\s+)*.{1,120}?)(?=\s+(?:and|on behalf of|that)\b|[,.;:]|$)", re.IGNORECASE)
_ACTOR_SEPARATOR = re.compile(
    r"(?<!\s)(?:\s+(?:supported|accompanied|assisted|joined)\s+by\s+|\s*,?\s+together\s+with\s+"
    r"|\s*,?\s+and\s+(?=" + _HONORIFIC_START + r")|\s*,\s+(?=" + _HONORIFIC_START + r"))")

_TEAM = re.compile(r"\b(?:services?|team|unit|office|department|section|division|support)$", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}")
_CONTACT_DETAILS = re.compile(
    r"(?<!\s)\s+on\s+(?=[+(\d])|(?<![\s,]),?\s*\b(?:tel(?:ephone)?|phone|mobile|e-?mail)\b\s*:?"
    + "|" + _PHONE.pattern + "|" + _EMAIL.pattern, re.IGNORECASE)

MIME_TYPES = {
    "pdf": "application/pdf", "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "rtf": "application/rtf", "txt": "text/plain", "csv": "text/csv", "html": "text/html", "htm": "text/html",
    "xml": "application/xml", "zip": "application/zip", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "png": "image/png", "gif": "image/gif", "mp3": "audio/mpeg", "mp4": "video/mp4",
}


@dataclass(frozen=True)
class Line:
    """A non-blank line of the page text and its line number in the file (for error messages)."""

    number: int
    text: str


# --- entry points ---------------------------------------------------------------------------------------


def looks_like_issue_page(text: str) -> bool:
    """True when the text carries the "Issue - meetings" heading as a line of its own."""
    return any(_HEADING.match(line.strip()) for line in text.splitlines())


def read_issue_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read an Issue - meetings page (page-text form) into a Record; a cut-off page yields what it holds."""
    lines = _page_lines(text)
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    if start is None:
        raise RecordError("not an 'Issue - meetings' page (no such heading)", path)
    if start + 1 >= len(lines) or _MEETING.match(lines[start + 1].text):
        raise RecordError("the issue title is missing after 'Issue - meetings'", path,
                          lines[start].number, "issue title")
    issue_id = _query_value(source_url, "IId")
    issue = Issue(title=lines[start + 1].text, source_id=issue_id)
    meetings = [_read_meeting(section, issue, path) for section in _meeting_sections(lines[start + 2:])]
    return Record(kind=KIND, source_id=issue_id or _slug(issue.title), source_url=source_url, path=path,
                  issue=issue, meetings=meetings)


# --- sections -------------------------------------------------------------------------------------------


def _page_lines(text: str) -> list[Line]:
    return [Line(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip()]


def _meeting_sections(lines: list[Line]) -> list[list[Line]]:
    """Split the lines after the title into one list per "Meeting:" line (lines before the first dropped)."""
    sections: list[list[Line]] = []
    for line in lines:
        if line.text.lower().startswith("meeting:"):
            sections.append([line])
        elif sections:
            sections[-1].append(line)
    return sections


def _read_meeting(section: list[Line], issue: Issue, path: Path | None) -> Meeting:
    head, body = section[0], section[1:]
    match = _MEETING.match(head.text)
    if not match:
        raise RecordError(f"meeting line not understood: {head.text}", path, head.number, "meeting")
    when = parse_date(match["date"], field="meeting date", path=path, line=head.number)
    meeting = Meeting(committee=Committee(name=match["committee"].strip()), date=when)
    if body:
        meeting.items.append(_read_item(body, (match["item"] or "").strip() or None, issue, when))
    return meeting


def _read_item(lines: list[Line], listed_number: str | None, issue: Issue, when: date) -> AgendaItem:
    number, title, document = _item_heading(lines[0].text, listed_number)
    item = AgendaItem(number=number or "", title=title, issue=issue)
    if document:
        item.documents.append(document)
    agenda, documents, minutes = _split_item(lines[1:])
    _read_agenda_text(agenda, item)
    item.documents.extend(documents)
    if minutes:
        _read_minutes(minutes, item, when)
    return item


def _item_heading(text: str, listed_number: str | None) -> tuple[str | None, str, Document | None]:
    """"4 Safer Stockport Partnership Priorities pdf icon PDF 107 KB" → ("4", title, the PDF)."""
    title, document = _strip_icon(text)
    number = listed_number
    match = _ITEM_NUMBER.match(title)
    if match and (listed_number is None or match["number"].startswith(listed_number.rstrip("."))):
        number, title = match["number"], match["title"]
    elif listed_number and re.match(re.escape(listed_number) + r"\.?\s", title):
        title = title[len(listed_number):].lstrip(". ")
    if document:
        document.title = title
    return number, title, document


def _strip_icon(text: str) -> tuple[str, Document | None]:
    """Split icon text off a line: the words before it and the document it describes."""
    match = _ICON.search(text)
    if not match or not match.start():
        return text, None
    title = text[:match.start()].strip()
    size = None
    if match["size"]:
        unit = "B" if match["unit"].lower() == "bytes" else match["unit"].upper()
        size = f"{match['size']} {unit}"
    return title, Document(title=title, mime_type=MIME_TYPES.get(match["ext"].lower()), size_text=size)


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
            if in_documents and (document := _document_line(label["rest"])):
                documents.append(document)
            elif label["rest"]:
                minutes.append(Line(line.number, label["rest"]))
            continue
        if in_documents and (document := _document_line(line.text)):
            documents.append(document)
            continue
        in_documents = False
        minutes.append(line)
    return agenda, documents, minutes


def _document_line(text: str) -> Document | None:
    bullet = _BULLET.match(text)
    _, document = _strip_icon(bullet["text"] if bullet else text)
    return document


def _is_minutes_line(text: str) -> bool:
    return bool(_DECISION.match(text)) or bool(_participations(text))


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
        elif match := _CONTACT.match(text):
            item.contact = _contact(match["rest"])
            in_purpose = False
        elif in_purpose and _RECOMMENDED.search(text):
            in_purpose = False
            if not _ENDS_OPEN.search(text):  # the sentence is itself the recommendation
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
    if lines and _BULLET.match(lines[0].text):
        entries = []
        for line in lines:
            if not (bullet := _BULLET.match(line.text)):
                break
            entries.append(bullet["text"])
        return entries
    return [line.text for line in _until(lines, lambda text: bool(_CONTACT.match(text)))]


def _until(lines: list[Line], stop: Callable[[str], bool]) -> list[Line]:
    taken = []
    for line in lines:
        if stop(line.text):
            break
        taken.append(line)
    return taken


def _post_of(phrase: str) -> Post | None:
    """"Deputy Chief Executive" → Post; a phrase naming only a person gives no post."""
    _, post = _actor(phrase, default_post=True)
    return post


def _contact(rest: str) -> Contact | None:
    """"Peter Owston on 0161 474 3274 or email: x@y" / "Kathryn Rees, Department Email: x@y" → Contact."""
    detail = _CONTACT_DETAILS.search(rest)
    who = rest[:detail.start()] if detail else rest
    name, _, role = who.strip(" ,.;").partition(",")
    if not name.strip() or _TEAM.search(name.strip()):
        return None  # no named person (a team such as "Democratic Services" is not one)
    honorific, bare_name = split_honorific(name.strip())
    phone = _PHONE.search(rest)
    email = _EMAIL.search(rest)
    return Contact(person=Person(bare_name, honorific=honorific), role=role.strip(" ,.;") or None,
                   phone=phone.group(0).strip() if phone else None, email=email.group(0) if email else None)


# --- minutes --------------------------------------------------------------------------------------------


def _read_minutes(lines: list[Line], item: AgendaItem, when: date) -> None:
    item.minutes = "\n\n".join(_paragraph(line.text) for line in lines)
    index = 0
    while index < len(lines):
        text = lines[index].text
        index += 1
        if _BULLET.match(text):
            continue
        if _is_comments_intro(text):
            taken = _comments_after(lines[index:])
            item.comments.extend(taken)
            index += len(taken)
        elif decision := _DECISION.match(text):
            parts, used = _decision_text(decision["text"].strip(), lines[index:])
            index += used
            if parts:
                item.decisions.append(Decision(text="\n\n".join(parts), date=when))
        else:
            item.participations.extend(_participations(text))


def _is_comments_intro(text: str) -> bool:
    """ "The following comments were made/ issues raised:-" (an introducing line is short)."""
    return len(text) <= 300 and bool(_COMMENTS_INTRO.search(text))


def _paragraph(text: str) -> str:
    bullet = _BULLET.match(text)
    return f"• {bullet['text']}" if bullet else text


def _comments_after(lines: list[Line]) -> list[str]:
    """Bulleted comments after "The following comments were made:-"; unbulleted: paragraphs to a decision."""
    if lines and _BULLET.match(lines[0].text):
        return _list_after(lines)
    return [line.text for line in _until(lines, lambda text: bool(_DECISION.match(text)))]


def _decision_text(first: str, following: list[Line]) -> tuple[list[str], int]:
    """The decision's paragraphs: the marker line's text, then lines that continue it.

    A line continues the decision when the text so far is left open (":-", ";", "as follows", no text yet)
    or when it is a further clause ("(2) That …", a bullet, a quoted title).
    """
    parts = [first] if first else []
    used = 0
    for line in following:
        text = line.text
        if _DECISION.match(text) or _PAGE_LABEL.match(text):
            break
        if parts and not _ENDS_OPEN.search(parts[-1]) and not _CLAUSE_START.match(text):
            break
        parts.append(_paragraph(text))
        used += 1
    return parts, used


def _participations(text: str) -> list[Participation]:
    """Who submitted, presented or attended ("The Cabinet Member … (Councillor X) attended the meeting")."""
    found: list[Participation] = []
    if action := _ACTION.search(text):
        kind = next(name for name in ("submitted", "presented", "attended") if action[name])
        subject = re.split(r"(?<=[a-z0-9)])\.\s+", text[:action.start()].rstrip())[-1]
        if len(subject) <= MAX_SUBJECT:
            found.extend(_participants(kind, subject))
    for motion in _MOTION.finditer(text):
        kind = "seconded" if motion["verb"].lower() == "seconded" else "moved"
        found.extend(_participants(kind, motion["who"]))
    return found


def _participants(kind: str, subject: str) -> list[Participation]:
    """One participation per actor in the subject, or none if any actor is not a person or post."""
    actors = [_actor(phrase) for phrase in _split_outside_brackets(subject.strip(), _ACTOR_SEPARATOR)]
    if not actors or any(person is None and post is None for person, post in actors):
        return []
    return [Participation(kind=kind, person=person, post=post) for person, post in actors]


def _split_outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    masked, depth = [], 0
    for char in text:
        depth += char == "("
        masked.append("_" if depth and char not in "()" else char)
        depth -= char == ")" and depth > 0
    cuts = [(m.start(), m.end()) for m in separator.finditer("".join(masked))]
    bounds = [0] + [edge for cut in cuts for edge in cut] + [len(text)]
    return [text[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]


# --- actors: people, posts, brackets --------------------------------------------------------------------


def split_honorific(text: str) -> tuple[str | None, str]:
    """"Councillor Sheila Bailey" → ("Councillor", "Sheila Bailey"); no honorific → (None, text)."""
    match = _HONORIFIC.match(" ".join(text.split()))
    if not match:
        return None, text.strip()
    return " ".join(word.rstrip(".") for word in match["title"].split()), match["name"]


def classify_bracket(text: str) -> str:
    """What a bracket in a name or role holds: "person", "organisation", "role-and-organisation",
    "wards" or (otherwise) "role" — part of the role it follows, e.g. "(Legal and Democratic Governance)".
    """
    text = " ".join(text.split())
    if split_honorific(text)[0]:
        return "person"
    if _WARDS.search(text):
        return "wards"
    if _is_organisation(text):
        return "organisation"
    role, comma, organisation = text.rpartition(",")
    if comma and role.strip() and _is_organisation(organisation.strip()):
        return "role-and-organisation"
    return "role"


def _is_organisation(text: str) -> bool:
    if text.lower() in KNOWN_ORGANISATIONS or text.startswith(("NHS ", "HM ")):
        return True
    words = text.split()
    return (len(words) > 1 and words[-1].lower().strip(".") in ORGANISATION_ENDINGS
            and not ROLE_WORDS.search(text) and words[0][:1].isupper())


def _actor(phrase: str, default_post: bool = False) -> tuple[Person | None, Post | None]:
    """A person and/or the post they acted in, from "The <post> (<bracket>)" or "<Honorific> <name> (…)".

    "The …" always names a post; otherwise an honorific marks a person; any other phrase is neither
    (unless ``default_post``, where the wording already says a post is meant, as in "a report of …").
    """
    main, brackets = _trailing_brackets(phrase.strip().rstrip(".,;"))
    article = re.match(r"^the\s+", main, re.IGNORECASE)
    honorific, name = split_honorific(main) if not article else (None, main)
    person, post = None, None
    if honorific:
        person = Person(name, honorific=honorific)
    elif article or default_post:
        label = main[article.end():] if article else main
        if not label[:1].isupper():
            return None, None
        post = Post(label)
    else:
        return None, None
    for inner in brackets:
        person, post = _apply_bracket(inner, person, post)
    return person, post


def _trailing_brackets(text: str) -> tuple[str, list[str]]:
    """"Post (a) (b)" → ("Post", ["a", "b"])."""
    brackets: list[str] = []
    while match := re.match(r"^(?P<main>.*\S)\s*\((?P<inner>[^()]*)\)$", text):
        brackets.insert(0, match["inner"].strip())
        text = match["main"]
    return text, brackets


def _apply_bracket(inner: str, person: Person | None, post: Post | None) -> tuple[Person | None, Post | None]:
    kind = classify_bracket(inner)
    if kind == "person" and person is None and post is not None:
        honorific, name = split_honorific(inner)
        person = Person(name, honorific=honorific)
        post.holder = person
    elif kind == "organisation":
        organisation = Organisation(" ".join(inner.split()))
        if post is not None:
            post.organisation = organisation
        elif person is not None:
            person.organisation = organisation
    elif kind == "role-and-organisation":
        role, _, name = inner.rpartition(",")
        organisation = Organisation(name.strip())
        if post is None and person is not None:
            person.organisation = organisation
            post = Post(role.strip(), holder=person, organisation=organisation)
        elif post is not None:
            post.label += f" ({role.strip()})"
            post.organisation = organisation
    elif post is None and person is not None and kind == "role":
        post = Post(inner, holder=person)
    elif post is not None:
        post.label += f" ({inner})"
    return person, post


# --- small helpers --------------------------------------------------------------------------------------


def _query_value(url: str | None, key: str) -> str | None:
    """A query parameter of the source URL, matched without regard to case ("IId", "iid")."""
    if not url:
        return None
    for name, value in parse_qsl(urlsplit(url).query):
        if name.lower() == key.lower() and value.strip():
            return value.strip()
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "issue"
