"""Plain dataclasses of the council domain.

Readers fill these from source records; the RDF mapping (`publisher.rdf`) turns them into triples. Nothing
here knows about RDF or about page layouts. A field a record does not state stays ``None`` (or empty):
readers never guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

# What someone did at an agenda item, as the minutes say it. The mapping turns each into a SKOS concept.
PARTICIPATION_KINDS = ("submitted", "attended", "presented", "moved", "seconded")
# How someone stood at a meeting, as ModernGov lists it.
ATTENDANCE_KINDS = ("present", "apologies", "absent", "substitute", "expected", "in attendance")
# Kinds of declared interest, as councils' codes of conduct name them; "other" for anything else stated.
INTEREST_KINDS = ("personal", "prejudicial", "disclosable pecuniary", "non-pecuniary", "other")
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
    """An officer contact line. Phone and email are published only as the privacy setting allows."""

    person: Person
    role: str | None = None  # job title or department as printed
    phone: str | None = None
    email: str | None = None


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
class Declaration:
    """A declaration of interest at a meeting, about an item where the record says which."""

    person: Person
    kind: str  # one of INTEREST_KINDS
    text: str  # verbatim
    item_number: str | None = None
    left_room: bool | None = None


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
class Decision:
    """A decision as recorded: ``text`` is verbatim, without the "RESOLVED –" marker."""

    text: str
    status: str | None = None
    date: date | None = None
    key_decision: bool | None = None


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


@dataclass
class Committee:
    name: str
    source_id: str | None = None  # ModernGov CId
    category: str | None = None  # as the council groups it ("Governance and Decision Making Committees")


@dataclass
class Meeting:
    committee: Committee
    date: date
    start: datetime | None = None  # only when the record states a time
    source_id: str | None = None  # ModernGov MId
    venue: str | None = None
    status: str | None = None  # "Confirmed", "Cancelled" as printed
    items: list[AgendaItem] = field(default_factory=list)
    attendances: list[Attendance] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)


@dataclass
class Issue:
    title: str
    source_id: str | None = None  # ModernGov IId


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
