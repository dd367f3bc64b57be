"""Plain dataclasses of the council domain.

Readers fill these from source records; the RDF mapping (`publisher.rdf`) turns them into triples. Nothing
here knows about RDF or about page layouts. A field a record does not state stays ``None`` (or empty):
readers never guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from pathlib import Path

# What someone did at an agenda item, as the minutes say it. The mapping turns each into a SKOS concept.
PARTICIPATION_KINDS = ("submitted", "attended", "presented", "moved", "seconded")
# How someone stood at a meeting, as ModernGov lists it.
ATTENDANCE_KINDS = ("present", "apologies", "absent", "substitute", "expected", "in attendance")
# Kinds of declared interest, as councils' codes of conduct name them; "other" for anything else stated.
INTEREST_KINDS = ("personal", "prejudicial", "disclosable pecuniary", "non-pecuniary", "lobbying", "other")
# How a named voter voted (recorded-vote tables add "conflict of interests").
VOTE_OPTIONS = ("for", "against", "abstain", "conflict of interests")


@dataclass
class Organisation:
    """An outside body named in a record ("Greater Manchester Police"); minted once across councils."""

    name: str


@dataclass
class Person:
    """A named person. ``name`` never holds the honorific ("Councillor", "Superintendent")."""

    name: str
    honorific: str | None = None
    organisation: Organisation | None = None  # the body they appeared for, when stated
    party: str | None = None  # as printed ("LAB", "Liberal Democrat")
    ward: str | None = None
    source_id: str | None = None  # ModernGov UID
    printed: str | None = None  # the name as printed ("Councillor Stokes") when the resolver matched it
    post_nominals: tuple[str, ...] = ()  # letters after the name ("CBE", "JP"): schema:honorificSuffix
    nickname: str | None = None  # "Thomas [Tom] Name" → "Tom": schema:alternateName, never in ``name``


@dataclass
class Post:
    """A role as printed ("Deputy Chief Executive"); it may be stated with nobody known to hold it."""

    label: str
    holder: Person | None = None
    organisation: Organisation | None = None  # None: a post of the council itself


@dataclass
class Participation:
    """Someone acting at an agenda item: the person, the role they acted in, or both."""

    kind: str  # one of PARTICIPATION_KINDS
    person: Person | None = None
    post: Post | None = None


@dataclass
class Contact:
    """A contact line: a named officer, or a team ("Democratic Services"). Phone and email are published
    only as the privacy setting allows."""

    person: Person | None = None
    role: str | None = None  # job title or department as printed
    phone: str | None = None
    email: str | None = None
    team: str | None = None  # when the contact is a team or office rather than a person


@dataclass
class Document:
    """A document attached to an item. ``size_text`` is as printed ("107 KB")."""

    title: str
    url: str | None = None
    mime_type: str | None = None
    size_text: str | None = None
    published: date | None = None

    @property
    def size_bytes(self) -> int | None:
        """The printed size in bytes (ModernGov prints KiB/MiB rounded, so this is approximate)."""
        if not self.size_text:
            return None
        number, _, unit = self.size_text.partition(" ")
        factor = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}.get(unit.upper())
        try:
            return round(float(number) * factor) if factor else None
        except ValueError:
            return None


@dataclass
class Attendance:
    """One person's attendance at a meeting; ``role`` as printed ("Committee Member")."""

    person: Person
    kind: str  # one of ATTENDANCE_KINDS
    role: str | None = None
    substitute_for: Person | None = None


@dataclass
class ArrivalOrDeparture:
    """Someone arriving after a meeting began or leaving before it ended (or sending apologies for
    lateness), in the page's words from the verb on ("arrived during the above item"); ``item_number``: the
    item it happened at, where the page says which."""

    person: Person
    text: str  # verbatim
    item_number: str | None = None


@dataclass
class Declaration:
    """A declaration of interest at a meeting, about an item where the record says which, or else about what
    the words name as its subject ("in relation to the Tree Strategy item", "in respect of several items on
    the agenda"), kept as printed."""

    person: Person
    kind: str  # one of INTEREST_KINDS
    text: str  # verbatim
    item_number: str | None = None
    left_room: bool | None = None
    subject: str | None = None  # what the interest is declared in, as printed, when it is not an item's number
    # the title the words print after the item's number ("agenda item 12: Introduction of Weekly Food Waste …")
    item_title: str | None = field(default=None, compare=False)


@dataclass
class VoteCast:
    person: Person
    option: str  # one of VOTE_OPTIONS


@dataclass
class Vote:
    """A vote on a motion: counts as stated, named voters as listed. Never reconciled by us."""

    motion: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    casts: list[VoteCast] = field(default_factory=list)
    outcome: str | None = None  # "carried" / "lost", when stated
    recorded: bool | None = None  # a recorded (named) vote


@dataclass
class Membership:
    """A person's membership of a committee or of the council, in a role, over a term."""

    person: Person
    organisation: str  # committee name, or "council" for the council itself
    role: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass
class MeetingRef:
    """A meeting a record points at without describing it ("Decided at meeting: 12/09/2024 - Executive")."""

    committee: Committee
    date: date


@dataclass
class Decision:
    """A decision as recorded: ``text`` is verbatim, without the "RESOLVED –" marker.

    Decisions from minutes sit on their agenda item; decision pages (ieDecisionDetails, mgDecisionDetails)
    give standalone decisions in ``Record.decisions`` with the fields those pages print. A list that prints a
    decision without its text (the decisions list's summary view) gives ``text`` None and ``details_url``, the
    page that prints it.
    """

    text: str | None
    status: str | None = None  # as printed: "Recommendations Approved"
    date: date | None = None  # date of decision
    key_decision: bool | None = None
    title: str | None = None
    maker: str | None = None  # decision maker as printed: "Executive", "Cabinet Member for …"
    subject_to_call_in: bool | None = None
    purpose: str | None = None
    reasons: str | None = None
    alternatives: str | None = None  # alternative options considered
    conflicts: str | None = None  # conflicts of interest and dispensations, as printed
    wards: list[str] = field(default_factory=list)  # ["All Wards"] for "(All Wards);"
    report_author: Person | None = None
    contact: Contact | None = None
    published: date | None = None  # publication date
    effective_from: date | None = None
    recommend_to_council: bool | None = None
    meeting: MeetingRef | None = None  # the meeting it was decided at, where stated
    issue: Issue | None = None
    source_id: str | None = None  # ModernGov decision id (ieDecisionDetails ID/AIId) where known
    participations: list[Participation] = field(default_factory=list)  # proposed/seconded/portfolio holder
    votes: list[Vote] = field(default_factory=list)  # "(By 14 votes to none)"
    documents: list[Document] = field(default_factory=list)
    lead_member: Post | None = None  # "Cllr Lyons, Portfolio Holder.": the member answerable, in their post
    organisations: list[Organisation] = field(default_factory=list)  # shared organisations its text names
    details_url: str | None = None  # the page that prints the decision whole, where the record does not


@dataclass
class AgendaItem:
    number: str  # as displayed: "4", "4.(i)"
    title: str
    position: int | None = None  # order on the agenda, from 1
    source_id: str | None = None  # ModernGov AIId
    issue: Issue | None = None  # the issue this item considered
    documents: list[Document] = field(default_factory=list)
    report_of: Post | None = None  # "To consider a report of the Deputy Chief Executive"
    purpose: str | None = None
    recommendations: list[str] = field(default_factory=list)
    contact: Contact | None = None
    minutes: str | None = None  # the minutes text of this item, verbatim
    participations: list[Participation] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # observations raised, not decisions
    decisions: list[Decision] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)  # shared organisations its text names


@dataclass
class Committee:
    name: str
    source_id: str | None = None  # ModernGov CId
    category: str | None = None  # as the council groups it ("Governance and Decision Making Committees")
    expired: bool | None = None  # GetCommittees: no longer meets (kept for its past meetings)
    deleted: bool | None = None  # GetCommittees: deleted in ModernGov, as the response states


@dataclass
class Meeting:
    """A meeting. A page that prints neither its date nor its body (a vote table, a plain-layout agenda) still
    names its meeting by the ModernGov id of its URL: ``committee`` and ``date`` are then None, and the
    meeting is keyed on ``source_id`` (see ``publisher.rdf.Minter.meeting_key``). An agenda item page (mgAi)
    that names no meeting at all but states who attended or declared is known only as "the meeting of agenda
    item ``of_item``" (the item's ModernGov id), and is keyed on that."""

    committee: Committee | None
    date: date | None
    start: datetime | None = None  # only when the record states a time
    source_id: str | None = None  # ModernGov MId
    venue: str | None = None
    status: str | None = None  # "Confirmed", "Cancelled" as printed
    items: list[AgendaItem] = field(default_factory=list)
    attendances: list[Attendance] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    end: datetime | None = None  # planned or actual finish, only when stated
    contact: Contact | None = None
    documents: list[Document] = field(default_factory=list)  # the meeting's own: agenda frontsheet, minutes
    of_item: str | None = None  # ModernGov AIId of the one item the record shows, when nothing else names it
    arrivals: list[ArrivalOrDeparture] = field(default_factory=list)  # and departures, in page order


@dataclass
class DecisionDue:
    """A forward-plan line: "Decision due: 15 Mar 2022 by Cabinet"."""

    due: date
    by: str  # the decision maker as printed


@dataclass
class Issue:
    """An issue (a matter for decision) that can travel through several meetings."""

    title: str
    source_id: str | None = None  # ModernGov IId
    summary: str | None = None
    decision_type: str | None = None  # "Key", "Non-key" as printed
    key_decision: bool | None = None  # only when the record says so
    key_reason: str | None = None  # "Policy Framework & Budget"
    status: str | None = None  # "Recommendations Approved"
    wards: list[str] = field(default_factory=list)  # ["All Wards"] for "(All Wards);"
    notice_published: date | None = None  # "Notice of proposed decision first published"
    decisions_due: list[DecisionDue] = field(default_factory=list)
    lead_member: Post | None = None  # a role, maybe with nobody named
    lead_director: Post | None = None
    department: str | None = None
    contact: Contact | None = None
    consultation: str | None = None
    forward_plan_ref: str | None = None  # "IN2"
    impact_assessment: str | None = None  # "Equality and/or Environmental Impact Assessment"
    call_in: str | None = None  # "Relevant Scrutiny Committee for the purpose of call-in", as printed
    documents: list[Document] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)  # shared organisations its text names


@dataclass
class Record:
    """One source record: the unit that lands whole or not at all, and one named graph in the store."""

    kind: str  # page type, e.g. "issue-meetings"
    source_id: str  # stable id within the council and kind (IId, MId …)
    source_url: str | None = None
    path: Path | None = None  # the file it was read from, for error messages
    issue: Issue | None = None
    meetings: list[Meeting] = field(default_factory=list)
    committees: list[Committee] = field(default_factory=list)  # committees listed without meetings
    memberships: list[Membership] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)  # decisions not tied to an agenda item here
    people: list[Person] = field(default_factory=list)  # a roster (GetCouncillorsByWard) beyond memberships
    posts: list[Post] = field(default_factory=list)  # posts stated with their holders (key posts)
    # Agenda items shown without their meeting: an "Agenda item" page (mgAi.aspx) prints neither the meeting
    # date nor the committee, and a Meeting needs both; the item is keyed by its own source id (ID/AIId).
    items: list[AgendaItem] = field(default_factory=list)
    council: str | None = None  # the council the source's sidecar names (slug or GSS), when its URL cannot
    # True when no source id was known and ``source_id`` was made from names and dates (the last resort of
    # the key rule, publisher/sources/__init__.py): such a record may describe things another record graph
    # already describes, so its ingest compares their facts (publisher/identity.py).
    named_key: bool = False
    # What the reader could not read of a page it otherwise read ("vote table after line 40 not read"): each
    # becomes a Warning of the record's ingest, kept with the record graph like the validation's warnings.
    warnings: list[str] = field(default_factory=list)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(kind: type) -> tuple[str, ...]:
    """A dataclass's field names, read once per class (``dataclasses.fields`` builds them on every call)."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return names


def parts(value: object) -> Iterator[object]:
    """Every dataclass instance under ``value`` (a record, a list of parts …) once, parents before children,
    in field order. The walk keeps its own stack: recursive generators cost 3 ms on a meeting record."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        part = stack.pop()
        kind = type(part)
        if kind is list or kind is tuple:
            stack.extend(reversed(part))
            continue
        is_part = _IS_PART.get(kind)
        if is_part is None:  # most values are strings, dates and None: their type is asked about once
            is_part = _IS_PART[kind] = is_dataclass(kind) or issubclass(kind, list | tuple)
        if is_part and id(part) not in seen:
            if isinstance(part, list | tuple):  # a subclass of list or tuple
                stack.extend(reversed(part))
                continue
            seen.add(id(part))
            yield part
            stack.extend(getattr(part, name) for name in reversed(part_fields(kind)))


def part_fields(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass that may hold parts, in order: those whose declared type names a type other
    than text, numbers, dates, paths and their lists. Most of a record's values are text, and walking a meeting
    record looked at ~1,000 values for its ~90 parts; a record is walked five times on its way in
    (organisations twice, people twice, people in prose)."""
    names = _PART_FIELDS.get(kind)
    if names is None:
        names = _PART_FIELDS[kind] = tuple(
            f.name for f in fields(kind) if not isinstance(f.type, str)
            or set(re.findall(r"[A-Za-z_]\w*", f.type)) - _PLAIN_TYPES)
    return names


_PART_FIELDS: dict[type, tuple[str, ...]] = {}
_PLAIN_TYPES = {"str", "int", "float", "bool", "None", "date", "datetime", "Path", "list", "tuple"}
_IS_PART: dict[type, bool] = {}  # whether a type's instances are parts (dataclasses) or hold parts (lists)
