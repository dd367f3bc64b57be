"""Reader for the ModernGov "Decision details" page (``ieDecisionDetails.aspx?ID=…`` or ``?AIId=…``).

The page describes one decision as a column of labelled lines and paragraphs::

    Decision details                                  (heading; some copies start below it)
    <decision title>
    Decision Maker: Executive
    Decision status: Recommendations Approved
    Is Key decision?: No
    Is subject to call in?: Yes
    [Purpose:] <purpose paragraph(s)>                 (the label is often not shown)
    [Decision:] The Executive RESOLVEd                (a "RESOLVED" marker opens the decision text)
    <decision paragraph(s)>
    Reason: …  /  Reasons for the decision: …
    Alternative options considered: …
    Interests and Nature of Interests Declared: …
    Wards Affected: (All Wards);
    Recommend to Council?: No;
    Cllr Lyons, Portfolio Holder.                    (the lead member, in their post)
    Contact: Tom Simpson, Senior Planning Policy Officer Email: …
    Report author: Tom Simpson
    Publication date: 13/09/2024
    Date of decision: 12/09/2024
    Decided at meeting: 12/09/2024 - Executive
    Effective from: 21/09/2024
    Accompanying Documents:
    · <document> pdf icon PDF 88 KB

A labelled paragraph runs until the next known label (or a decision marker): its text is the label's value
plus the paragraphs that follow, joined with a blank line. Many councils' copies print the purpose and the
decision without their labels: the first unlabelled paragraph is the purpose until a paragraph opens a
resolution ("That …", "1. That …", "Recommendations agreed.", "The committee agreed …", a "RESOLVED" marker),
and where no decision text follows, a label that comes after the decision ("Reasons for the decision:")
shows that paragraph was the decision. Under a "Decision:" label, the minute's narrative ("The Programme
Director introduced the item …") gives way to the resolution that follows it ("… therefore RESOLVED:").
A label this reader does not know ends nothing and is kept as text where a paragraph is open. Only what the
page states is returned: a part the page does not show stays ``None`` or empty; a copy cut off before the
decision text gives the decision with empty ``text`` (the page is about that one decision, so its other facts
are still the record's).

The helpers at the end (wrapped lines, labels, yes/no answers, ward lists, listed documents) are shared with
the issue-decisions and issue-history readers, which print the same kinds of lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from publisher.errors import RecordError
from publisher.model import Committee, Contact, Decision, Document, MeetingRef, Person, Post, Record
from publisher.sources.dates import parse_date
from publisher.sources.person_mentions import (
    looks_like_name,
    person_named,
    read_mention,
    split_honorific,
    trailing_brackets,
)
from publisher.sources.text_rules import (
    BULLET,
    DECISION_MARKER,
    ROLE_WORDS,
    Line,
    after_narrative,
    officers_named,
    paragraph,
    parse_contact,
    participations,
    query_value,
    strip_icon,
)
from publisher.sources.votes import read_votes

KIND = "decision"

_HEADING = re.compile(r"^Decision\s+details$", re.IGNORECASE)
_URL = re.compile(r"/iedecisiondetails\.aspx", re.IGNORECASE)

# Labels of the page (normalised: lower case, "?" and "-" as spaces) → the field they give.
LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), name) for pattern, name in (
    (r"decision maker", "maker"),
    (r"decision status", "status"),
    (r"is key decision", "key_decision"),
    (r"is subject to call in", "subject_to_call_in"),
    (r"purpose(?: of (?:the )?(?:decision|report))?", "purpose"),
    (r"decisions?|content", "text"),
    (r"reasons?(?: for (?:the )?decisions?)?", "reasons"),
    (r"alternative (?:options? )?(?:considered|rejected)(?: and rejected)?|alternatives?(?: options?)?"
     r"(?: considered)?", "alternatives"),
    (r"(?:details of )?(?:any )?conflicts? of interests?.*|interests and nature of interests declared"
     r"|declarations?(?: of interests?)?", "conflicts"),
    (r"(?:wards?|divisions?) affected", "wards"),  # a county's electoral divisions: "Divisions affected:"
    (r"recommend(?:ed)? to (?:full )?council", "recommend_to_council"),
    (r"lead members?|portfolio holders?", "lead_member"),
    (r"(?:officer )?contacts?(?: officer)?", "contact"),
    (r"report authors?", "report_author"),
    (r"lead officers?", "lead_officer"),  # the decisions list's officer answerable: "Lead officer: Sandy Muirhead"
    (r"publication date|date of publication|(?:decision )?published", "published"),
    (r"date of decision|decision date", "date"),
    (r"(?:decided|made) at meeting|meeting", "meeting"),
    (r"effective from|date (?:the )?decision (?:takes|comes into) effect", "effective_from"),
    (r"(?:accompanying|supporting|background) documents|documents|(?:list of )?background papers", "documents"),
    # printed by some councils, not yet in the model: read so that they end the paragraph before them
    (r"reference", "reference"),
    (r"source of (?:authority|delegation)(?: to take (?:the )?decision)?", "authority"),
))
_UNPUBLISHED = frozenset({"reference", "authority"})
# The labels that only this page prints together; three of them identify a copy that lacks the heading.
_CHARACTERISTIC = ("maker", "status", "key_decision", "subject_to_call_in", "date", "meeting",
                   "effective_from")
TEXT_FIELDS = frozenset({"purpose", "text", "reasons", "alternatives", "conflicts"})
# The labels a page prints after the decision's text (all but the header fields and the purpose).
_AFTER_DECISION = frozenset(name for _, name in LABELS) - {
    "maker", "status", "key_decision", "subject_to_call_in", "reference", "purpose", "text"}
_MEETING_REF = re.compile(r"^(?P<date>.+?)\s+[-–—]\s+(?P<committee>\S.*)$")
# A paragraph that opens a resolution when the page prints no "Decision:" label: "That approval be given …",
# "1. That the Executive Cabinet agree …", "(2) To note …", "Recommendation(s) agreed." / "Agreed", and a body's
# agreement in the past tense: "The committee agreed to consult …", "Cabinet approved …". A clause numbered in
# Roman figures opens one too: "(i) To note the Presentments approved by the Court Leet Jury …" (Southampton),
# after the unlabelled purpose "To consider a report of the Head of Legal and Democratic Services …".
_RESOLUTION_START = re.compile(
    r"^(?:\(?\d+[a-z]?[.)]\s*)?(?i:That\b|Recommendations?\s+(?:(?:were|was)\s+)?(?:agreed|approved|accepted)\b"
    r"|(?:Agreed|Approved)\b)|^(?:\(?\d+[a-z]?[.)]|\((?-i:[ivx]{1,4})\))\s*To\s"
    r"|^(?:\(?\d+[a-z]?[.)]\s*)?(?:The\s+|the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}(?i:agreed|approved|resolved|decided)\b")
# A line that leads into the resolution after the minute's narrative: "The following was therefore RESOLVED:",
# "Cabinet noted the report and agreed that:"; what follows it is the decision, what came before is not.
_RESOLUTION_LEAD = re.compile(r"\b(?:resolved|agreed)(?:\s+that)?\s*[:\-–—]+\s*$", re.IGNORECASE)
# The words a marker leaves when the resolution itself starts on the next line ("RESOLVED that: -"), its clauses
# each opening with their verb ("RESOLVED to:" / "1) Note the …").
_EMPTY_LEAD = re.compile(r"^(?:that|to(?=\s*[:\-–—]))?[\s:\-–—]*$", re.IGNORECASE)
# "Option 1 - appoint D. Hughes Demolition": the options weighed, printed after the decision without their label.
_OPTION = re.compile(r"^Option\s+\d+\s*[-–—:]")
# Where a member's post ends and the sentence about them goes on: "…, Education and Skills, sought approval of".
_CLAUSE_AFTER_POST = re.compile(r",\s+(?!(?:and|or|of|for|the|in|to)\b)(?=[a-z])")
# "Cllr Lyons, Portfolio Holder." — a member named with the post they answer for the decision in.
_MEMBER_IN_POST = re.compile(r"^(?P<who>[^,]+),\s*(?P<post>\S.{0,150}?)\.?$")


@dataclass
class _Page:
    """What has been read so far: plain fields, open text paragraphs and the decision's lists."""

    values: dict[str, object] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)
    decision_lines: list[str] = field(default_factory=list)  # the decision's lines as printed, markers kept
    documents: list[Document] = field(default_factory=list)
    open: str | None = None  # the text field (or list) that unlabelled lines continue
    unlabelled_purpose: bool = False  # the purpose was read from a paragraph printed without its label
    decision_after_fields: bool = False  # the layout prints the decision after its dates (the decisions list)
    resolved: bool = False  # the decision text holds a resolution (after a marker, lead-in or "That …")
    warnings: list[str] = field(default_factory=list)


# --- entry points ---------------------------------------------------------------------------------------


def looks_like_decision_page(text: str, source_url: str | None = None) -> bool:
    """True for a Decision details page: its heading, its URL, or (for copies that start below the heading)
    at least three of the labels only this page prints together."""
    if source_url and _URL.search(source_url):
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if any(_HEADING.match(line) for line in lines):
        return True
    found = {label[0] for line in lines if (label := find_label(line, LABELS))}
    return len(found & set(_CHARACTERISTIC)) >= 3


def read_decision_lines(lines: list[Line], title: str | None, path: Path | None, warnings: list[str],
                        decision_after_fields: bool = False) -> Decision:
    """One decision from its labelled lines (below its title), as the Decision details page prints them; the
    decisions list (:mod:`publisher.sources.decision_list_page`) reads each of its entries with it.
    ``decision_after_fields``: the layout prints the decision after its dates, maybe without its label."""
    page = _Page(warnings=warnings, decision_after_fields=decision_after_fields)
    for line in lines:
        _read_line(line, page, path)
    return _decision(page, title)


def read_decision_page(text: str, source_url: str | None = None, path: Path | None = None) -> Record:
    """Read a Decision details page (page-text form) into a Record holding its one decision."""
    lines = paragraph_lines(text)
    page = _Page()
    title, lines = _title(lines, page.warnings)
    for line in lines:
        _read_line(line, page, path)
    decision = _decision(page, title)
    decision.source_id = query_value(source_url, "ID") or query_value(source_url, "AIId")
    key = decision.source_id or _fallback_key(decision, path)
    return Record(kind=KIND, source_id=key, source_url=source_url, path=path, decisions=[decision],
                  named_key=not decision.source_id, warnings=page.warnings)


# --- reading --------------------------------------------------------------------------------------------


def _title(lines: list[Line], warnings: list[str]) -> tuple[str | None, list[Line]]:
    """The decision's title and the lines after it.

    The title is the line after the "Decision details" heading (printed twice in some copies), when it is not
    already a label. A copy without the heading starts with its title (ModernGov's sub-title, alone on its
    line) or with the site's own lines (a breadcrumb, another page's text) before the first field: only the
    line right before the first label is the title, and only when it is not a sentence; the lines before it
    are not the decision's and are named in a Warning.
    """
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line.text)), None)
    if start is None:
        return _title_before_fields(lines, warnings)
    rest = lines[start + 1:]
    while rest and _HEADING.match(rest[0].text):
        rest = rest[1:]
    if rest and not find_label(rest[0].text, LABELS) and not DECISION_MARKER.match(rest[0].text):
        return rest[0].text, rest[1:]
    return None, rest


def _title_before_fields(lines: list[Line], warnings: list[str]) -> tuple[str | None, list[Line]]:
    first = next((i for i, line in enumerate(lines) if find_label(line.text, LABELS)), None)
    if not first:  # fields from the first line, or none the reader knows: nothing stands before them
        return None, lines
    title = None if _SENTENCE_END.search(lines[first - 1].text) else lines[first - 1].text
    unread = lines[:first - 1] if title else lines[:first]
    if unread:
        warnings.append(f"lines {unread[0].number}-{unread[-1].number} not read: they come before the decision's "
                        f"{'title' if title else 'fields'} ({unread[0].text[:60]})")
    return title, lines[first:]


def _read_line(line: Line, page: _Page, path: Path | None) -> None:
    text = line.text
    if label := find_label(text, LABELS) or _bare_label(text):
        _read_label(label[0], label[1], line, page, path)
    elif marker := DECISION_MARKER.match(text):
        page.open = "text"
        _read_marker(marker, text, page)
    elif page.open == "documents" and (document := listed_document(text)):
        page.documents.append(document)
    elif page.open in _UNPUBLISHED:
        pass  # the value of a field the model has no place for, named in a Warning at its label
    elif _opens_resolution(text, page):
        _start_resolution(page)
        page.texts["text"].append(paragraph(text))
        page.decision_lines.append(text)
    elif _leads_into_resolution(text, page):
        page.decision_lines.append(text)  # the narrative is not the decision; its vote words still count
        _start_resolution(page)
    elif page.open == "text" and _OPTION.match(text):
        page.open = "alternatives"
        page.texts.setdefault("alternatives", []).append(paragraph(text))
    elif page.open in TEXT_FIELDS:
        page.texts[page.open].append(paragraph(text))
        if page.open == "text":
            page.decision_lines.append(text)
    elif page.open == "contact":
        page.values["contact"] = parse_contact(text)
        page.open = None
    elif member := member_in_post(text):
        page.values["lead_member"] = member
        page.open = None
    elif _decision_after_dates(page):
        _start_resolution(page)  # "Effective from: 15/03/2023" then "(1) The Chair advised …", no "Decision:"
        page.texts["text"].append(paragraph(text))
        page.decision_lines.append(text)
    elif "purpose" not in page.texts and "text" not in page.texts:
        page.open = "purpose"  # the purpose paragraph, printed without its label
        page.unlabelled_purpose = True
        page.texts["purpose"] = [paragraph(text)]
    else:
        page.open = None  # a line this reader cannot place: kept out of every field


def _decision_after_dates(page: _Page) -> bool:
    """On a list of decisions the purpose comes before "Decision Maker:" and the decision after its dates
    (North Hertfordshire prints it there without its "Decision:" label): an unlabelled paragraph after a
    publication or effective date, with no decision text yet, is the decision."""
    return page.decision_after_fields and "text" not in page.texts and page.open is None \
        and any(name in page.values for name in ("published", "effective_from"))


def _bare_label(text: str) -> tuple[str, str] | None:
    """A heading that a copy printed without its colon ("Reason for decision"): a label of the paragraphs
    that follow the decision, standing alone on its line."""
    label = None if ":" in text else find_label(f"{text}:", LABELS)
    return label if label and label[0] in ("reasons", "alternatives", "conflicts") else None


def _opens_resolution(text: str, page: _Page) -> bool:
    """An unlabelled paragraph that starts the decision: a resolution ("That …", "Recommendations agreed.")
    after the header fields or an unlabelled purpose, or after a "Decision:" label's narrative; never a
    second time, nor after the decision's fields."""
    if not _RESOLUTION_START.match(text) or page.resolved:
        return False
    if page.open is None:
        return "text" not in page.texts
    return page.open == "text" or (page.open == "purpose" and page.unlabelled_purpose)


def _leads_into_resolution(text: str, page: _Page) -> bool:
    """A line ending "… RESOLVED:" after the "Decision:" label's narrative or an unlabelled purpose."""
    if page.resolved or not _RESOLUTION_LEAD.search(text):
        return False
    return page.open == "text" or (page.open == "purpose" and page.unlabelled_purpose)


def _start_resolution(page: _Page) -> None:
    """The decision text starts here: what the "Decision:" label held so far was the minute's narrative."""
    page.open = "text"
    page.resolved = True
    page.texts["text"] = []


def _read_label(name: str, value: str, line: Line, page: _Page, path: Path | None) -> None:
    if name in _AFTER_DECISION and _purpose_was_the_decision(page):
        paragraphs = page.texts.pop("purpose")
        if (resolution := after_narrative(paragraphs)) is not None:  # "The Cabinet considered the report …"
            if not resolution:
                page.warnings.append(f"the paragraphs before line {line.number} narrate the minute ('"
                                     f"{paragraphs[0][:60]}') and state no resolution: no decision text is read")
            page.texts["text"] = resolution  # the resolution after the minute's narrative, its clauses whole
            page.decision_lines.extend(resolution)
            paragraphs = []
        elif name not in ("reasons", "alternatives"):  # "Reasons for the decision:" says what came before
            rest = len(paragraphs) - 1
            page.warnings.append(f"the page prints neither 'Purpose:' nor 'Decision:'; the first unlabelled "
                                 f"paragraph before line {line.number} is read as the decision"
                                 + (f"; {rest} paragraph{'s' if rest > 1 else ''} after it not read" if rest else ""))
            paragraphs = paragraphs[:1]  # where the decision ends is not known: the first paragraph, not a guess
        if paragraphs:
            page.texts["text"] = paragraphs
            page.decision_lines.extend(paragraphs)
    page.open = None
    if name in TEXT_FIELDS:
        page.open = name
        page.texts.setdefault(name, [])
        marker = DECISION_MARKER.match(value) if name == "text" else None
        if marker:
            _read_marker(marker, value, page)
        elif value:
            page.texts[name].append(paragraph(value))
            if name == "text":
                page.decision_lines.append(value)
                page.resolved = bool(_RESOLUTION_START.match(value))
    elif name in ("documents", "contact"):
        page.open = name
        if value and name == "documents" and (document := listed_document(value)):
            page.documents.append(document)
        elif value and name == "contact":
            page.values["contact"] = parse_contact(value)
            page.open = None
    elif name == "lead_officer":
        _read_lead_officer(value, line, page)
    elif name in _UNPUBLISHED:
        page.open = name
        page.warnings.append(f"line {line.number}: the decision's {name} ('{line.text[:80]}' and the lines up to "
                             f"the next field) is not published: the model has no place for it yet")
    elif value.strip(" ;."):
        page.values[name] = _field_value(name, value, line, path)


def _read_lead_officer(value: str, line: Line, page: _Page) -> None:
    """ "Lead officer: Sandy Muirhead": the officer to contact about the decision, in the role the page prints
    (a contact, as the decision's own page prints them: "Contact: …"); a value that is no person's name is not
    read, with a Warning."""
    name = value.strip(" ;.")
    if not name:
        return
    if listed := officers_named(name):  # "Daniel Ayrton, Joanna Jackson": the first is the contact, the prose pass
        name = listed[0]  # names the others in the same role
    if looks_like_name(name) and "contact" not in page.values:
        page.values["contact"] = Contact(person=person_named(name), role="Lead officer")
    else:
        page.warnings.append(f"line {line.number}: lead officer '{name[:60]}' not read: not a person's name alone")


def _purpose_was_the_decision(page: _Page) -> bool:
    """A page printing unlabelled paragraphs and then a label that follows the decision ("Reasons for the
    decision:", "Publication date:"), with no decision text: those paragraphs were the decision, not its
    purpose (a page without a decision has nothing to publish; one with no purpose is common)."""
    return page.open == "purpose" and page.unlabelled_purpose and "text" not in page.texts


def _read_marker(marker: re.Match[str], line: str, page: _Page) -> None:
    """A "RESOLVED" marker opens the decision text; the marker itself is not text, its first words are
    (none for "RESOLVED that: -", whose resolution starts on the next line). A first marker after the
    "Decision:" label's narrative starts the text afresh."""
    page.decision_lines.append(line)
    if not page.resolved:
        _start_resolution(page)
    if not _EMPTY_LEAD.match(marker["text"]):
        page.texts["text"].append(marker["text"].strip())


def _field_value(name: str, value: str, line: Line, path: Path | None) -> object:
    """A one-line field's value as the model holds it."""
    value = value.strip()
    if name in ("key_decision", "subject_to_call_in", "recommend_to_council"):
        return yes_no(value)
    if name == "wards":
        return ward_list(value)
    if name in ("published", "date", "effective_from"):
        return parse_date(value.rstrip(" ;."), field=_FIELD_NAMES[name], path=path, line=line.number)
    if name == "meeting":
        return meeting_ref(value, path, line.number)
    if name == "report_author":
        return _report_author(value.rstrip(" ;."))
    if name == "lead_member":
        return member_in_post(value) or lead_post(value, "Lead member")
    return value.rstrip(" ;")


_FIELD_NAMES = {"published": "publication date", "date": "date of decision", "effective_from": "effective from"}


def _decision(page: _Page, title: str | None) -> Decision:
    texts = {name: "\n\n".join(parts) or None for name, parts in page.texts.items()}
    decision = Decision(text=texts.get("text") or "", title=title)
    for name in ("purpose", "reasons", "alternatives", "conflicts"):
        setattr(decision, name, texts.get(name))
    for name, value in page.values.items():  # each a Decision field, read by _field_value or parse_contact
        setattr(decision, name, value)
    decision.votes = read_votes(page.decision_lines)
    decision.documents = page.documents
    decision.participations = [found for part in page.texts.get("text", []) for found in participations(part)]
    return decision


def _fallback_key(decision: Decision, path: Path | None) -> str:
    """A stable key from what the page states when the URL gives no id: date, maker and title or text."""
    words = decision.title or decision.purpose or decision.text
    parts = [decision.date.isoformat() if decision.date else "", decision.maker or "", " ".join(words.split()[:8])]
    key = slug(" ".join(part for part in parts if part))
    if not key:
        raise RecordError("the decision cannot be identified: no id in the source URL and no date, decision "
                          "maker, title or text on the page", path)
    return key


# --- shared with the issue-decisions and issue-history readers ------------------------------------------

_SENTENCE_END = re.compile(r"[.!?:;]$")


def paragraph_lines(text: str) -> list[Line]:
    """The page's non-blank lines, with the wrapped lines of one paragraph joined by a single space.

    A copy may break a paragraph over lines ("… and to seek" / "authority for …"). A line continues the one
    before it when both are in the same block (no blank line between), the earlier one does not end a
    sentence or a label (. ! ? : ;) and the later one starts with a lower-case letter: a new sentence, label,
    clause or bullet never does. A joined line keeps the number of its first line.
    """
    lines: list[Line] = []
    same_block = False
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = _lone_cell_border(raw.strip())
        if not stripped:
            same_block = False
            continue
        previous = lines[-1].text if lines else ""
        if same_block and stripped[:1].islower() and not _SENTENCE_END.search(previous):
            lines[-1] = Line(lines[-1].number, f"{previous} {stripped}")
        else:
            lines.append(Line(number, stripped))
        same_block = True
    return lines


def _lone_cell_border(line: str) -> str:
    """A line without the one table-cell border a Markdown rendering leaves on it: "RESOLVED: |", "|" alone, "(Moved
    by Councillor D Cook and seconded by Councillor Dr S Peaple) |" (Tamworth's issue decisions, a minute laid out
    as a table) are "RESOLVED:", nothing and the sentence; a row of several cells ("| For | 19 |") is kept whole."""
    if line.count("|") != 1:
        return line
    return line.strip("| ").strip() if line.startswith("|") or line.endswith("|") else line


def find_label(text: str, labels: tuple[tuple[re.Pattern[str], str], ...]) -> tuple[str, str] | None:
    """ "Is Key decision?: No" → ("key_decision", "No") when the words before the first colon are a label
    of ``labels`` (matched whole, without regard to case, "?" or hyphens); otherwise None."""
    words, colon, value = text.partition(":")
    if not colon or len(words) > 100:
        return None
    normalised = " ".join(words.replace("?", " ").replace("-", " ").split()).lower()
    for pattern, name in labels:
        if pattern.fullmatch(normalised):
            return name, value.strip()
    return None


def yes_no(value: str) -> bool | None:
    """ "Yes" / "No;" → True / False; anything else is not an answer the page gives, so None."""
    answer = value.strip(" ;.").lower()
    return {"yes": True, "y": True, "no": False, "n": False}.get(answer)


def ward_list(value: str) -> list[str]:
    """ "(All Wards);" → ["All Wards"]; "Bramhall North; Bramhall South;" → both wards.

    ModernGov ends each ward with ";" and prints the all-wards entry in brackets; brackets that enclose a
    whole entry are removed, any other text is kept as printed.
    """
    wards = []
    for entry in value.split(";"):
        entry = entry.strip()
        if entry.startswith("(") and entry.endswith(")") and "(" not in entry[1:-1]:
            entry = entry[1:-1].strip()
        if entry:
            wards.append(entry)
    return wards


def meeting_ref(value: str, path: Path | None, line: int | None) -> MeetingRef:
    """ "12/09/2024 - Executive" → the Executive's meeting of 12 September 2024."""
    match = _MEETING_REF.match(value.strip())
    if not match:
        raise RecordError(f"meeting not understood (expected 'date - committee'): {value}", path, line,
                          "decided at meeting")
    when = parse_date(match["date"], field="decided at meeting", path=path, line=line)
    return MeetingRef(committee=Committee(name=match["committee"].strip()), date=when)


def member_in_post(text: str) -> Post | None:
    """ "Cllr Lyons, Portfolio Holder." → the post "Portfolio Holder" held by Cllr Lyons.

    Only a mention that is an honorific name with a role after it (holding a role word such as
    "Portfolio", "Cabinet", "Leader", "Member") qualifies: an officer's "Name, Job title" is not a member's
    post, and "Cllr Lyons, who spoke in favour" names no role.
    """
    text = _CLAUSE_AFTER_POST.split(text.strip(), maxsplit=1)[0]
    if not _MEMBER_IN_POST.match(text):
        return None
    mention = read_mention(text.rstrip("."))
    if mention is None or not mention.honorific or not mention.role or not ROLE_WORDS.search(mention.role):
        return None
    return mention.post()


def lead_post(value: str, printed_label: str) -> Post | None:
    """A lead member or director line: "Cabinet Member for Highways, Parks and Leisure Services" is a post
    with nobody named; "Cabinet Member for X (Councillor Y)" a post and its holder; a bare "Councillor Y" is
    held in the post the label names ("Lead member"). Empty → None."""
    value = value.strip(" ;.")
    if not value:
        return None
    if member := member_in_post(value):
        return member
    mention = read_mention(value)
    if mention is None:
        return Post(value)
    if mention.role and not split_honorific(trailing_brackets(value)[0])[0]:
        return mention.post()
    if mention.honorific:
        return Post(printed_label, holder=mention.person())
    return Post(value)


def _report_author(value: str) -> Person:
    """The report's author: a public fact, published whatever the contact setting, so any phone or email
    printed with the name is split off here and never reaches the name."""
    mention = read_mention(value)
    return mention.person() if mention is not None else person_named(value)


def listed_document(text: str) -> Document | None:
    """A line of a document list: "· Draft Local List pdf icon PDF 2 MB" (a bullet, icon text or both).

    A bulleted line without icon text is a document titled by its text; an unbulleted line is one only when
    it carries icon text.
    """
    bullet = BULLET.match(text)
    title, document = strip_icon(bullet["text"] if bullet else text)
    if document:
        return document
    return Document(title=title.strip()) if bullet else None


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for keys made from printed text."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
