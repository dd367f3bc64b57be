"""Mapping domain records to RDF, and the one place where IRIs are minted (docs/architecture.md §3).

Things live at ``{base}/id/{council}/{type}/{key}``; the council itself at ``{base}/id/{council}``;
organisations that serve several councils at ``{base}/id/org/{key}``; each record's named graph at
``{base}/graph/{council}/{kind}/{source id}``. Keys come from names and dates, so the same meeting read from
an issue page and from a meeting page gets the same IRI; ModernGov ids are kept as ``dct:identifier``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Literal as TypingLiteral
from zoneinfo import ZoneInfo

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from publisher import __version__, model, ntriples
from publisher.councils import REGISTER_ATTRIBUTION, Council
from publisher.decision_makers import committee_kind, makers_named
from publisher.namespaces import (
    BESLUIT,
    CL,
    CL_CONCEPTS,
    DCTERMS,
    FOAF,
    OGL_V3,
    ONS_GEOGRAPHY,
    ORG,
    PERSON,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WIKIDATA_ENTITY,
    XSD,
)
from publisher.organisations import organisation_kind

ContactPolicy = TypingLiteral["publish", "role-only", "drop"]

# Printed statuses that have a concept in ontology/concepts.ttl; any other wording is kept as printed only.
KNOWN_STATUSES = {
    "decision-status": ("Recommendations Approved", "Approved", "For Determination", "Deferred", "Rejected",
                        "Noted", "Withdrawn", "Agreed", "Call In Rejected", "Called In"),
    "meeting-status": ("Confirmed", "Cancelled", "Postponed", "Moved"),
}


# Roles that hold an executive portfolio, whatever a council calls them (docs/architecture.md §2: roles are SKOS
# concepts).
PORTFOLIO_HOLDER = re.compile(r"^(?:lead\s+)?(?:cabinet|executive)\s+(?:member|councillor)\b|\bportfolio\s+holder\b",
                              re.IGNORECASE)
NOT_PORTFOLIO_HOLDER = re.compile(r"\b(?:deputy|assistant|shadow|support|opposition)\b", re.IGNORECASE)

# Meetings are held on UK local time: a reader's naive time is a Europe/London wall-clock time.
LONDON = ZoneInfo("Europe/London")



@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A key fragment: ASCII, lower case, words joined by hyphens ("Communities & Transport" → ...). Kept per
    text: mapping a meeting record asks for the same few hundred names' and labels' slugs ~190 times."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


def concept(scheme: str, name: str) -> URIRef:
    """A concept of one of our fixed SKOS schemes (committee-kind, participation-kind …)."""
    return URIRef(f"{CL_CONCEPTS}{scheme}/{slug(name)}")


def status_concept(scheme: str, printed: str | None) -> URIRef | None:
    """The concept for a printed status, if our scheme has one for that wording."""
    known = {slug(label) for label in KNOWN_STATUSES[scheme]}
    return concept(scheme, printed) if printed and slug(printed) in known else None


def role_kind(label: str) -> str | None:
    """The kind of role across councils, from its printed label: "Cabinet Member for Communities and
    Housing", "Executive Member for Housing", "Portfolio Holder for Finance" are executive portfolio holders
    (a deputy, assistant or shadow is not)."""
    return "executive portfolio holder" if PORTFOLIO_HOLDER.search(label) and \
        not NOT_PORTFOLIO_HOLDER.search(label) else None


def london_time(moment: datetime) -> Literal:
    """An ``xsd:dateTime`` with its UK offset ("2017-12-04T18:00:00+00:00"); a naive time is read as
    Europe/London, an aware one is shown in Europe/London, so one meeting read from two sources gives one
    literal."""
    local = moment.replace(tzinfo=LONDON) if moment.tzinfo is None else moment.astimezone(LONDON)
    return Literal(local.isoformat(), datatype=XSD.dateTime)


def meeting_label(meeting: model.Meeting) -> str:
    """"Council, 4 December 2017"; what the record states of a meeting known only by part of that, down to
    its ModernGov id ("Meeting 4966"), or by its one agenda item's ("Meeting of agenda item 11157")."""
    parts = [meeting.committee.name if meeting.committee else None,
             day_text(meeting.date) if meeting.date else None]
    stated = ", ".join(part for part in parts if part)
    if not stated and not meeting.source_id and meeting.of_item:
        return f"Meeting of agenda item {meeting.of_item}"
    return stated or f"Meeting {meeting.source_id}"


def day_text(day: date) -> str:
    """"4 December 2017": dates in labels, as people read them."""
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Minter:
    """Mints every IRI of one council's records under one base.

    Keys come from what the record states: source ids, names, dates. Where a record lists several things of
    one kind under one parent with nothing to tell them apart (the decisions, votes and participations at an
    agenda item, the declarations at a meeting, an item's documents), the key ends in ``-{n}``: the thing's
    place in the source's own order, from 1. Re-reading the same page gives the same order and so the same
    keys; a council that reorders a list on its page renumbers those things. Standalone decisions (decision
    pages) are keyed by their ModernGov id, else by issue and date (see :meth:`standalone_decision_keys`), so
    a newer decision added to the top of an issue's page does not renumber the older ones.
    """

    base: str
    council: str  # slug

    def council_iri(self, slug_: str | None = None) -> URIRef:
        return URIRef(f"{self.base}/id/{slug_ or self.council}")

    def thing(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}/id/{self.council}/{kind}/{key}")

    def organisation(self, name: str) -> URIRef:
        return URIRef(f"{self.base}/id/org/{slug(name)}")

    def graph(self, record_kind: str, source_id: str) -> URIRef:
        return URIRef(f"{self.base}/graph/{self.council}/{record_kind}/{slug(source_id)}")

    def committee(self, c: model.Committee) -> URIRef:
        return self.thing("committee", slug(c.name))

    def meeting_key(self, m: model.Meeting) -> str:
        """``{date}-{committee}`` as published since the start; a meeting whose record prints neither (only its
        URL names it) is keyed on its ModernGov id, as an mgAi item is; one known only as the meeting of an
        agenda item (an mgAi page naming no meeting) on that item's id, ``of-item-{AIId}``."""
        if m.date is not None and m.committee is not None:
            return f"{m.date.isoformat()}-{slug(m.committee.name)}"
        if not m.source_id and m.of_item:
            return f"of-item-{slug(m.of_item)}"
        if not m.source_id:
            raise ValueError("a meeting with neither date and committee nor ModernGov id cannot be keyed")
        return slug(m.source_id)

    def meeting(self, m: model.Meeting) -> URIRef:
        return self.thing("meeting", self.meeting_key(m))

    def item_key(self, m: model.Meeting | None, item: model.AgendaItem) -> str:
        """``{meeting}-item-{number}``; an item printed without a number, ``{meeting}-item-at-{position}`` (its
        place on the page); an item read without its meeting (an mgAi page that prints no date) is keyed by its
        ModernGov id, else its title."""
        if m is None or (m.date is None and item.source_id):  # a meeting known only by its id: the item's own
            return slug(item.source_id or item.title)
        if not item.number.strip() and item.position is not None:
            return f"{self.meeting_key(m)}-item-at-{item.position}"
        return f"{self.meeting_key(m)}-item-{slug(item.number)}"

    def item(self, m: model.Meeting | None, item: model.AgendaItem) -> URIRef:
        return self.thing("agenda-item", self.item_key(m, item))

    def meeting_ref(self, ref: model.MeetingRef) -> URIRef:
        """The meeting a record points at ("Decided at meeting: 12/09/2024 - Executive")."""
        return self.meeting(model.Meeting(ref.committee, ref.date))

    def issue_key(self, issue: model.Issue) -> str:
        return slug(issue.source_id or issue.title)

    def issue(self, issue: model.Issue) -> URIRef:
        return self.thing("issue", self.issue_key(issue))

    def planned_decision(self, issue: model.Issue, due: model.DecisionDue) -> URIRef:
        return self.thing("planned-decision", f"{self.issue_key(issue)}-due-{due.due.isoformat()}-{slug(due.by)}")

    def standalone_decision_keys(self, record: model.Record) -> list[str]:
        """Keys of ``record.decisions``, in order: the ModernGov decision id where known, else
        ``{issue key}-{date}-{n}`` (n counts decisions of the same issue and date in source order), falling
        back to the record's own kind and id where the decision has no issue."""
        keys: list[str] = []
        seen: Counter[str] = Counter()
        for decision in record.decisions:
            if decision.source_id:
                keys.append(slug(decision.source_id))
                continue
            issue = decision.issue or record.issue
            about = self.issue_key(issue) if issue else f"{record.kind}-{slug(record.source_id)}"
            stem = f"{about}-{decision.date.isoformat()}" if decision.date else about
            seen[stem] += 1
            keys.append(f"{stem}-{seen[stem]}")
        return keys

    def person(self, p: model.Person) -> URIRef:
        if p.organisation:  # appears for an outside body: minted under it, shared across councils
            return URIRef(f"{self.organisation(p.organisation.name)}/person/{slug(p.name)}")
        return self.thing("person", slug(p.name))

    def post(self, post: model.Post) -> URIRef:
        if post.organisation:
            return URIRef(f"{self.organisation(post.organisation.name)}/post/{slug(post.label)}")
        return self.thing("post", slug(post.label))

    def role(self, label: str) -> URIRef:
        return self.thing("role", slug(label))

    def contact_point(self, key: str) -> URIRef:
        return self.thing("contact-point", key)


_NODES = frozenset({URIRef, Literal, BNode})
# Plain values whose literal is kept: equal values of these types are the same literal (unlike datetimes, equal
# across time zones), and a record maps the same few thousand values ~300 times: Literal() was ~15 % of mapping.
_CACHED_LITERALS = frozenset({str, int, bool, date})


@lru_cache(maxsize=1 << 16)
def _literal(kind: type, value: str | int | bool | date) -> Literal:
    """``Literal(value)``, kept per type and value (the type keeps ``True`` and ``1`` apart)."""
    return Literal(value)


def _text(value: str) -> Literal:
    """Verbatim source prose (minutes, recommendations, comments, decisions) is English text."""
    return Literal(value, lang="en")


class RecordMapper:
    """Turns one ``model.Record`` into the triples of its named graph."""

    def __init__(self, minter: Minter, contact_policy: ContactPolicy = "role-only") -> None:
        self.m = minter
        self.contact_policy = contact_policy
        self.g = ntriples.Triples()
        self.committee_names: set[str] = set()  # committees the record itself names, case-folded

    def add(self, s: Node, p: URIRef, o: Node | str | int | date | None) -> None:
        """Add a triple; ``None`` means the record does not state it, so nothing is added."""
        if o is None:
            return
        kind = type(o)
        if kind in _CACHED_LITERALS:
            o = _literal(kind, o)
        elif kind not in _NODES and not isinstance(o, Node):  # ``Node`` is an ABC: a slow check, made last
            o = Literal(o)
        self.g.add((s, p, o))

    def add_text(self, s: Node, p: URIRef, value: str | None) -> None:
        """Verbatim prose, as English text, when stated."""
        self.add(s, p, _text(value) if value else None)

    def types(self, s: URIRef, *classes: URIRef) -> None:
        for cls in classes:
            self.g.add((s, RDF.type, cls))

    # -- the record ---------------------------------------------------------------------------------------

    def map_record(self, record: model.Record) -> ntriples.Triples:
        self.committee_names = {c.name.casefold() for c in self._committees_named(record)}
        issue = self.map_issue(record.issue) if record.issue else None
        for committee in record.committees:
            self.map_committee(committee)
        for meeting in record.meetings:
            self.map_meeting(meeting, issue)
        for item in record.items:  # items whose meeting the record does not state
            self.map_item(None, item, None, issue)
        for membership in record.memberships:
            self.map_membership(membership)
        keys = self.m.standalone_decision_keys(record)
        for decision, key in zip(record.decisions, keys, strict=True):
            self.map_decision(decision, key, issue=decision.issue or record.issue)
        for person in record.people:
            self.map_person(person)
        for post in record.posts:
            self.map_post(post)
        return self.g

    @staticmethod
    def _committees_named(record: model.Record) -> list[model.Committee]:
        """Every committee the record names: listed, holding a meeting, or holding a decision's meeting."""
        decisions = [*record.decisions, *(d for m in record.meetings for i in m.items for d in i.decisions)]
        return [*record.committees, *(m.committee for m in record.meetings if m.committee),
                *(d.meeting.committee for d in decisions if d.meeting)]

    def map_issue(self, issue: model.Issue) -> URIRef:
        s = self.m.issue(issue)
        key = self.m.issue_key(issue)
        self.types(s, CL.Issue)
        self.add(s, DCTERMS.title, issue.title)
        self.add(s, RDFS.label, issue.title)
        self.add(s, DCTERMS.identifier, issue.source_id)
        self.add_text(s, DCTERMS.abstract, issue.summary)
        self.add(s, CL.decisionTypeAsPrinted, issue.decision_type)
        self.add(s, CL.keyDecision, issue.key_decision)
        self.add(s, CL.keyDecisionReason, issue.key_reason)
        self.map_status(s, issue.status)
        for ward in issue.wards:
            self.add(s, CL.wardAffected, self.map_ward(ward))
        self.add(s, CL.noticeFirstPublished, issue.notice_published)
        for due in issue.decisions_due:
            self.add(s, CL.plannedDecision, self.map_planned_decision(issue, due))
        if issue.lead_member:
            self.add(s, CL.leadMember, self.map_post(issue.lead_member))
        if issue.lead_director:
            self.add(s, CL.leadDirector, self.map_post(issue.lead_director))
        self.add(s, CL.departmentAsPrinted, issue.department)
        if issue.contact:
            self.map_contact(s, issue.contact)
        self.add_text(s, CL.consultation, issue.consultation)
        self.add(s, CL.forwardPlanReference, issue.forward_plan_ref)
        self.add_text(s, CL.impactAssessment, issue.impact_assessment)
        self.add(s, CL.callInAsPrinted, issue.call_in)
        self.map_documents(s, issue.documents, f"issue-{key}")
        self.map_named_organisations(s, issue.organisations)
        return s

    def map_planned_decision(self, issue: model.Issue, due: model.DecisionDue) -> URIRef:
        """A forward-plan line, "Decision due: 15 Mar 2022 by Cabinet": a decision planned, not made."""
        s = self.m.planned_decision(issue, due)
        self.types(s, CL.PlannedDecision)
        self.add(s, RDFS.label, f"Decision due {day_text(due.due)} by {due.by}")
        self.add(s, CL.dueDate, due.due)
        self.map_maker(s, due.by)
        return s

    def map_status(self, s: URIRef, printed: str | None) -> None:
        """A decision's or issue's status: as printed, and as a concept where our scheme has that wording."""
        self.add(s, CL.statusAsPrinted, printed)
        self.add(s, CL.decisionStatus, status_concept("decision-status", printed))

    def map_maker(self, s: URIRef, printed: str) -> None:
        """The decision maker as printed, and the committee where the printed name is one (never a guess)."""
        self.add(s, CL.decisionMakerAsPrinted, printed)
        if printed.casefold() in self.committee_names:
            self.add(s, CL.decisionMaker, self.map_committee(model.Committee(printed)))
            return
        for body in makers_named(printed):
            self.add(s, CL.decisionMaker, self.map_committee(model.Committee(body)))

    def map_committee(self, c: model.Committee) -> URIRef:
        s = self.m.committee(c)
        self.types(s, CL.Committee, ORG.Organization, BESLUIT.Bestuursorgaan)
        self.add(s, RDFS.label, c.name)
        self.add(s, SKOS.prefLabel, c.name)
        self.add(s, ORG.subOrganizationOf, self.m.council_iri())
        self.add(s, DCTERMS.identifier, c.source_id)
        self.add(s, CL.categoryAsPrinted, c.category)
        self.add(s, CL.committeeExpired, c.expired)
        self.add(s, CL.committeeDeleted, c.deleted)
        kind = committee_kind(c.name)
        if kind:
            self.add(s, ORG.classification, concept("committee-kind", kind))
        return s

    def map_meeting(self, meeting: model.Meeting, issue: URIRef | None) -> URIRef:
        s = self.m.meeting(meeting)
        self.types(s, CL.Meeting, BESLUIT.Zitting, SCHEMA.Event)
        self.add(s, RDFS.label, meeting_label(meeting))
        if meeting.committee is not None:
            self.add(s, BESLUIT.isGehoudenDoor, self.map_committee(meeting.committee))
        if meeting.start:
            self.add(s, SCHEMA.startDate, london_time(meeting.start))
        elif meeting.date:
            self.add(s, SCHEMA.startDate, Literal(meeting.date.isoformat(), datatype=XSD.date))
        self.add(s, SCHEMA.endDate, london_time(meeting.end) if meeting.end else None)
        self.add(s, DCTERMS.identifier, meeting.source_id)
        self.add(s, SCHEMA.location, meeting.venue)
        self.add(s, CL.statusAsPrinted, meeting.status)
        self.add(s, SCHEMA.eventStatus, status_concept("meeting-status", meeting.status))
        if meeting.contact:
            self.map_contact(s, meeting.contact)
        self.map_documents(s, meeting.documents, self.m.meeting_key(meeting))
        for item in meeting.items:
            self.map_item(meeting, item, s, issue)
        for attendance in meeting.attendances:
            self.map_attendance(s, meeting, attendance)
        for n, declaration in enumerate(meeting.declarations, 1):
            self.map_declaration(s, meeting, declaration, f"{self.m.meeting_key(meeting)}-{n}")
        for n, arrival in enumerate(meeting.arrivals, 1):
            self.map_arrival_or_departure(s, meeting, arrival, f"{self.m.meeting_key(meeting)}-{n}")
        return s

    def map_item(self, meeting: model.Meeting | None, item: model.AgendaItem, meeting_iri: URIRef | None,
                 issue: URIRef | None) -> URIRef:
        s = self.m.item(meeting, item)
        key = self.m.item_key(meeting, item)
        self.types(s, CL.AgendaItem, BESLUIT.Agendapunt)
        if meeting_iri is not None:
            self.add(s, CL.meeting, meeting_iri)
            self.add(meeting_iri, BESLUIT.behandelt, s)
        self.add(s, CL.displayNumber, item.number)
        self.add(s, SCHEMA.position, item.position)
        self.add(s, DCTERMS.title, item.title)
        self.add(s, RDFS.label, f"Item {item.number}: {item.title}")
        self.add(s, DCTERMS.identifier, item.source_id)
        considered = self.map_issue(item.issue) if item.issue else issue
        self.add(s, CL.considers, considered)
        self.map_documents(s, item.documents, key)
        if item.report_of:
            self.add(s, CL.reportOf, self.map_post(item.report_of))
        self.add_text(s, CL.purpose, item.purpose)
        for text in item.recommendations:
            self.add(s, CL.recommendation, _text(text))
        if item.contact:
            self.map_contact(s, item.contact)
        self.add_text(s, CL.minutes, item.minutes)
        for text in item.comments:
            self.add(s, CL.commentRaised, _text(text))
        for n, part in enumerate(item.participations, 1):
            self.map_participation(s, part, f"{key}-{n}")
        committee = self.m.committee(meeting.committee) if meeting and meeting.committee else None
        for n, decision in enumerate(item.decisions, 1):
            self.map_decision(decision, f"{key}-{n}", item=s, committee=committee)
        for n, vote in enumerate(item.votes, 1):
            self.map_vote(s, vote, f"{key}-{n}")
        self.map_named_organisations(s, item.organisations)
        return s

    # -- attendance, declarations, votes, memberships -------------------------------------------------

    def map_attendance(self, meeting_iri: URIRef, meeting: model.Meeting, a: model.Attendance) -> URIRef:
        person = self.map_person(a.person)
        s = self.m.thing("attendance", f"{self.m.meeting_key(meeting)}-{slug(a.person.name)}")
        self.types(s, CL.Attendance)
        self.add(s, CL.atMeeting, meeting_iri)
        self.add(s, CL.attendanceOf, person)
        self.add(s, CL.attendanceKind, concept("attendance-kind", a.kind))
        self.add(s, CL.roleAsPrinted, a.role)
        if a.substitute_for:
            self.add(s, CL.substituteFor, self.map_person(a.substitute_for))
        if a.kind in ("present", "substitute", "in attendance"):  # not apologies, absent or expected
            self.add(meeting_iri, SCHEMA.attendee, person)
        self.add(s, RDFS.label, f"{a.person.name} ({a.kind})")
        return s

    def map_declaration(self, meeting_iri: URIRef, meeting: model.Meeting, d: model.Declaration,
                        key: str) -> URIRef:
        s = self.m.thing("declaration", key)
        self.types(s, CL.DeclarationOfInterest)
        self.add(s, CL.atMeeting, meeting_iri)
        self.add(s, CL.declarant, self.map_person(d.person))
        self.add(s, CL.interestKind, concept("interest-kind", d.kind))
        self.add(s, PROV.value, _text(d.text))
        if d.item_number:
            self.add(s, CL.concernsItem, self.item_numbered(meeting, d.item_number))
        elif d.subject:  # what the interest is in, as printed, when the page names no item of its own by it
            self.add(s, CL.interestSubject, _text(d.subject))
        self.add(s, CL.leftTheRoom, d.left_room)
        self.add(s, RDFS.label, f"{d.person.name}: lobbied" if d.kind == "lobbying"
                 else f"{d.person.name}: {d.kind} interest")
        return s

    def map_arrival_or_departure(self, meeting_iri: URIRef, meeting: model.Meeting, a: model.ArrivalOrDeparture,
                                 key: str) -> URIRef:
        """Someone arriving late or leaving early, in the page's words (prov:value), at the item the page names."""
        s = self.m.thing("arrival-or-departure", key)
        self.types(s, CL.ArrivalOrDeparture)
        self.add(s, CL.atMeeting, meeting_iri)
        self.add(s, CL.arrivalOrDepartureOf, self.map_person(a.person))
        self.add(s, PROV.value, _text(a.text))
        if a.item_number:
            self.add(s, CL.duringItem, self.item_numbered(meeting, a.item_number))
        self.add(s, RDFS.label, f"{a.person.name}: {a.text}")
        return s

    def item_numbered(self, meeting: model.Meeting, number: str) -> URIRef:
        """The item a statement names by its number as printed ("declared an interest in item 5"), also an item
        the page did not list: it is the same IRI as the listed item of that number."""
        item = self.m.item(meeting, model.AgendaItem(number=number, title=""))
        self.add(item, CL.displayNumber, number)
        return item

    def map_vote(self, on: URIRef, v: model.Vote, key: str, link: URIRef = CL.voteOn) -> URIRef:
        """A vote at an agenda item (``cl:voteOn``) or on a decision (``cl:voteOnDecision``). Counts and
        named voters are written as stated; the shapes compare them, the mapping never reconciles them."""
        s = self.m.thing("vote", key)
        self.types(s, CL.Vote, BESLUIT.Stemming)
        self.add(s, link, on)
        self.add(s, BESLUIT.onderwerp, _text(v.motion) if v.motion else None)
        self.add(s, BESLUIT.aantalVoorstanders, v.votes_for)
        self.add(s, BESLUIT.aantalTegenstanders, v.votes_against)
        self.add(s, BESLUIT.aantalOnthouders, v.abstentions)
        option_property = {"for": BESLUIT.heeftVoorstander, "against": BESLUIT.heeftTegenstander,
                           "abstain": BESLUIT.heeftOnthouder,
                           "conflict of interests": CL.conflictedMember}
        for cast in v.casts:
            self.add(s, option_property[cast.option], self.map_person(cast.person))
        if v.outcome:
            self.add(s, CL.voteOutcome, concept("vote-outcome", v.outcome))
        self.add(s, CL.recordedVote, v.recorded)
        self.add(s, RDFS.label, f"Vote ({v.outcome})" if v.outcome else "Vote")
        return s

    def map_membership(self, ms: model.Membership) -> URIRef:
        person = self.map_person(ms.person)
        in_council = ms.organisation == "council"
        org = self.m.council_iri() if in_council else self.map_committee(model.Committee(ms.organisation))
        key = "-".join(filter(None, [slug(ms.person.name), "council" if in_council else slug(ms.organisation),
                                     ms.start.isoformat() if ms.start else None]))
        s = self.m.thing("membership", key)
        self.types(s, CL.Membership, ORG.Membership)
        self.add(s, ORG.member, person)
        self.add(s, ORG.organization, org)
        if ms.role:
            self.add(s, ORG.role, self.map_role(ms.role))
        self.add(s, SCHEMA.startDate, ms.start)
        self.add(s, SCHEMA.endDate, ms.end)
        self.add(s, RDFS.label, f"{ms.person.name}, {ms.role or 'member'}")
        return s

    # -- people, posts, organisations ------------------------------------------------------------------

    def map_organisation(self, org: model.Organisation) -> URIRef:
        """An outside body, one IRI per name across councils; its kind (police force, NHS body …) where
        its name says it."""
        s = self.m.organisation(org.name)
        self.types(s, CL.OutsideOrganisation, ORG.Organization, SCHEMA.Organization)
        self.add(s, RDFS.label, org.name)
        self.add(s, SKOS.prefLabel, org.name)
        kind = organisation_kind(org.name)
        self.add(s, CL.organisationKind, concept("organisation-kind", kind) if kind else None)
        return s

    def map_named_organisations(self, s: URIRef, organisations: list[model.Organisation]) -> None:
        """The shared organisations an item, issue or decision names in its own text."""
        for org in organisations:
            self.add(s, CL.namesOrganisation, self.map_organisation(org))

    def map_person(self, p: model.Person) -> URIRef:
        s = self.m.person(p)
        self.types(s, CL.Person, PERSON.Person, FOAF.Person, SCHEMA.Person)
        self.add(s, RDFS.label, p.name)
        self.add(s, FOAF.name, p.name)
        self.add(s, SCHEMA.name, p.name)
        self.add(s, SCHEMA.honorificPrefix, p.honorific)
        self.add(s, SCHEMA.honorificSuffix, " ".join(p.post_nominals) or None)
        self.add(s, SCHEMA.alternateName, p.nickname)
        self.add(s, CL.nameAsPrinted, p.printed)
        self.add(s, DCTERMS.identifier, p.source_id)
        if p.party:
            self.add(s, CL.party, self.map_named(CL.PoliticalParty, "party", p.party))
        if p.ward:
            self.add(s, CL.ward, self.map_ward(p.ward))
        if p.organisation:
            self.add(s, ORG.memberOf, self.map_organisation(p.organisation))
        return s

    def map_post(self, post: model.Post) -> URIRef:
        s = self.m.post(post)
        self.types(s, CL.Post, ORG.Post)
        self.add(s, RDFS.label, post.label)
        self.add(s, SKOS.prefLabel, post.label)
        self.add(s, ORG.role, self.map_role(post.label))
        owner = self.map_organisation(post.organisation) if post.organisation else self.m.council_iri()
        self.add(s, ORG.postIn, owner)
        if post.holder:
            holder = self.map_person(post.holder)
            self.add(s, ORG.heldBy, holder)
            if post.organisation:  # holding a post in an outside body ("Treasurer of …") is membership of it
                self.add(holder, ORG.memberOf, owner)
        return s

    def map_role(self, label: str) -> URIRef:
        """A role as printed, a SKOS concept in the council's role scheme."""
        role = self.m.role(label)
        scheme = URIRef(f"{self.m.base}/id/{self.m.council}/roles")
        self.types(role, SKOS.Concept, CL.Role, ORG.Role)
        self.add(role, SKOS.prefLabel, label)
        self.add(role, SKOS.inScheme, scheme)
        kind = role_kind(label)
        self.add(role, SKOS.broader, concept("role-kind", kind) if kind else None)
        self.types(scheme, CL.RoleScheme, SKOS.ConceptScheme)
        self.add(scheme, SKOS.prefLabel, "Roles as printed in this council's records")
        return role

    def map_named(self, cls: URIRef, kind: str, name: str) -> URIRef:
        """A council's party or ward, minted from its name as printed."""
        s = self.m.thing(kind, slug(name))
        self.types(s, cls)
        self.add(s, RDFS.label, name)
        self.add(s, SKOS.prefLabel, name)
        return s

    def map_ward(self, name: str) -> URIRef:
        """A ward as printed. "(All Wards)" is not a ward's name but means every ward of the council: it is
        the one resource ``ward/all-wards``, flagged ``cl:coversAllWards true`` so nobody counts it as a
        ward of its own."""
        s = self.map_named(CL.Ward, "ward", name)
        if slug(name) == "all-wards":
            self.add(s, CL.coversAllWards, True)
        return s

    def map_participation(self, at: URIRef, part: model.Participation, key: str,
                          link: URIRef = CL.atItem) -> URIRef:
        """Someone acting at an agenda item (``cl:atItem``) or in a decision (``cl:forDecision``)."""
        s = self.m.thing("participation", key)
        self.types(s, CL.Participation)
        self.add(s, link, at)
        self.add(s, CL.participationKind, concept("participation-kind", part.kind))
        who = self.map_person(part.person) if part.person else None
        self.add(s, CL.participant, who)
        if part.post:
            self.add(s, CL.inRole, self.map_post(part.post))
        if part.person and part.person.organisation:
            self.add(s, CL.onBehalfOf, self.m.organisation(part.person.organisation.name))
        actor = part.person.name if part.person else part.post.label if part.post else "Someone"
        self.add(s, RDFS.label, f"{actor} ({part.kind})")
        return s

    def map_contact(self, subject: URIRef, contact: model.Contact) -> None:
        """The contact of an item, meeting, issue or decision. Officer contacts follow the privacy setting
        (docs/architecture.md §6): nothing on 'drop'; name, role and team on 'role-only'; phone and email only on
        'publish'. A team ("Democratic Services") is a ``cl:ContactPoint``; so is a contact line that names
        nobody, under the role or department it prints."""
        if self.contact_policy == "drop":
            return
        holder = None
        if contact.person:
            holder = self.map_person(contact.person)
            self.add(subject, CL.contact, holder)
            self.add(holder, SCHEMA.jobTitle, contact.role)
        if contact.team or not contact.person:
            point = self.map_contact_point(subject, contact)
            self.add(subject, CL.contact, point)
            holder = holder or point
        if self.contact_policy == "publish":
            self.add(holder, SCHEMA.telephone, contact.phone)
            self.add(holder, SCHEMA.email, contact.email)

    def map_contact_point(self, subject: URIRef, contact: model.Contact) -> URIRef:
        """A team or office to contact, shared across records by its name; a nameless contact line gets a
        contact point of its own, keyed by what it is the contact for."""
        name = contact.team or contact.role
        kind, key = str(subject).rsplit("/", 2)[-2:]
        s = self.m.contact_point(slug(name) if name else f"{kind}-{key}")
        self.types(s, CL.ContactPoint, SCHEMA.ContactPoint)
        self.add(s, RDFS.label, name or "Contact")
        self.add(s, SCHEMA.name, name)
        if contact.team and not contact.person:
            self.add(s, SCHEMA.contactType, contact.role)
        return s

    # -- documents and decisions -------------------------------------------------------------------------

    def map_documents(self, s: URIRef, documents: list[model.Document], key: str) -> None:
        for n, doc in enumerate(documents, 1):
            self.add(s, CL.document, self.map_document(doc, f"{key}-document-{n}"))

    def map_document(self, doc: model.Document, key: str) -> URIRef:
        s = self.m.thing("document", key)
        self.types(s, CL.Document, FOAF.Document, SCHEMA.DigitalDocument)
        self.add(s, DCTERMS.title, doc.title)
        self.add(s, RDFS.label, doc.title)
        self.add(s, SCHEMA.url, URIRef(doc.url) if doc.url else None)
        self.add(s, SCHEMA.encodingFormat, doc.mime_type)
        self.add(s, SCHEMA.contentSize, doc.size_text)
        self.add(s, CL.approximateByteSize, doc.size_bytes)
        self.add(s, SCHEMA.datePublished, doc.published)
        return s

    def map_decision(self, d: model.Decision, key: str, item: URIRef | None = None,
                     committee: URIRef | None = None, issue: model.Issue | None = None) -> URIRef:
        """A decision made at an agenda item (``item``, held by ``committee``) or read from a decision page.

        Where it was made is the item, else the meeting the page names ("Decided at meeting: 21/07/2015 -
        Cabinet"), described with what the page states of it (its date and committee, as an issue page
        describes the meetings it lists; the meeting's own record adds the rest under the same IRI). The
        decision maker is the committee the page prints, else the one that held the meeting; a maker printed
        as a post is kept as printed only.
        """
        s = self.m.thing("decision", key)
        self.types(s, CL.Decision, BESLUIT.Besluit)
        self.add(s, PROV.value, _text(d.text) if d.text is not None else None)
        self.add(s, SCHEMA.url, URIRef(d.details_url) if d.details_url else None)
        self.add(s, RDFS.label, decision_label(d))
        self.add(s, DCTERMS.title, d.title)
        self.add(s, DCTERMS.identifier, d.source_id)
        if item is None and d.meeting:
            self.map_meeting(model.Meeting(d.meeting.committee, d.meeting.date), None)
        self.add(s, CL.madeAt, item or (self.m.meeting_ref(d.meeting) if d.meeting else None))
        if d.maker:
            self.map_maker(s, d.maker)
        elif committee or d.meeting:
            self.add(s, CL.decisionMaker, committee or self.map_committee(d.meeting.committee))
        self.add(s, CL.dateOfDecision, d.date)
        self.map_status(s, d.status)
        self.add(s, CL.keyDecision, d.key_decision)
        self.add(s, CL.subjectToCallIn, d.subject_to_call_in)
        self.add_text(s, CL.purpose, d.purpose)
        self.add_text(s, CL.reasons, d.reasons)
        self.add_text(s, CL.alternativesConsidered, d.alternatives)
        self.add_text(s, CL.conflictsOfInterest, d.conflicts)
        for ward in d.wards:
            self.add(s, CL.wardAffected, self.map_ward(ward))
        if d.lead_member:
            self.add(s, CL.leadMember, self.map_post(d.lead_member))
        if d.report_author:  # authorship of a public report: published whatever the contact setting
            self.add(s, CL.reportAuthor, self.map_person(d.report_author))
        if d.contact:
            self.map_contact(s, d.contact)
        self.add(s, SCHEMA.datePublished, d.published)
        self.add(s, CL.effectiveFrom, d.effective_from)
        self.add(s, CL.recommendedToCouncil, d.recommend_to_council)
        issue = d.issue or issue
        self.add(s, CL.decisionOn, self.map_issue(issue) if issue else None)
        for n, part in enumerate(d.participations, 1):
            self.map_participation(s, part, f"{key}-participation-{n}", CL.forDecision)
        for n, vote in enumerate(d.votes, 1):
            self.map_vote(s, vote, f"{key}-vote-{n}", CL.voteOnDecision)
        self.map_documents(s, d.documents, key)
        self.map_named_organisations(s, d.organisations)
        return s


def decision_label(d: model.Decision) -> str:
    """A decision page's title with its date ("Corporate plan refresh (31 July 2018)"), else the start of
    the decision's text."""
    if d.title:
        return f"{d.title} ({day_text(d.date)})" if d.date else d.title
    text = d.text or ""
    return text if len(text) <= 120 else text[:117] + "…"


def map_record(record: model.Record, minter: Minter, contact_policy: ContactPolicy = "role-only") -> Graph:
    """The content triples of one record's named graph (without provenance), as an rdflib graph."""
    return RecordMapper(minter, contact_policy).map_record(record).graph(PREFIXES)


def content_hash(graph: Graph | ntriples.Triples) -> str:
    """SHA-256 of the sorted N-Triples of a graph, as the store writes them: equal content, equal hash (the
    mapping mints no blank nodes, so sorting lines is a canonical form)."""
    return hashlib.sha256("\n".join(sorted(ntriples.lines_of(graph))).encode()).hexdigest()


def add_provenance(graph: Graph | ntriples.Triples, graph_iri: URIRef, record: model.Record, council: URIRef,
                   digest: str, now: datetime | None = None) -> None:
    """Statements about the record graph, kept inside it (docs/architecture.md §1)."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    stamp = Literal(now.isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime)
    graph.add((graph_iri, RDF.type, CL.RecordGraph))
    graph.add((graph_iri, RDF.type, PROV.Entity))
    graph.add((graph_iri, CL.recordKind, Literal(record.kind)))
    graph.add((graph_iri, DCTERMS.identifier, Literal(record.source_id)))
    if record.source_url:
        graph.add((graph_iri, PROV.wasDerivedFrom, URIRef(record.source_url)))
    elif record.path:
        graph.add((graph_iri, CL.sourceFile, Literal(record.path.name)))
    graph.add((graph_iri, PROV.generatedAtTime, stamp))
    graph.add((graph_iri, DCTERMS.modified, stamp))
    graph.add((graph_iri, CL.publisherVersion, Literal(__version__)))
    graph.add((graph_iri, CL.contentHash, Literal(digest)))
    graph.add((graph_iri, DCTERMS.publisher, council))
    graph.add((graph_iri, DCTERMS.license, URIRef(OGL_V3)))


def add_validation_report(graph: Graph | ntriples.Triples, graph_iri: URIRef, notes: Iterable[str]) -> None:
    """The record's SHACL findings, kept inside its graph to be read with it: its Warnings and the resources
    left out for a violation (``publisher/salvage.py``)."""
    for note in notes:
        graph.add((graph_iri, CL.validationNote, Literal(note, lang="en")))


def council_iri(base: str, council: Council) -> URIRef:
    """A council at ``{base}/id/{slug}``; a combined authority, which serves several councils, under
    ``{base}/id/org/`` by its official name, the IRI a record naming it in full mints too."""
    if council.is_combined_authority:
        return Minter(base, council.slug).organisation(council.official_name)
    return Minter(base, council.slug).council_iri()


def map_council(council: Council, minter: Minter, graph: Graph) -> URIRef:
    """A council (or combined authority) from the register: its names, codes, kind, dates, successors, its
    combined authority, its ModernGov site where we know it, its statistical area at ONS, and Wikidata /
    OpenDataCommunities only where data/council_links.csv states them with a source."""
    s = council_iri(minter.base, council)
    kind = CL.CombinedAuthority if council.is_combined_authority else CL.Council
    for cls in (kind, ORG.FormalOrganization, SCHEMA.GovernmentOrganization):
        graph.add((s, RDF.type, cls))
    graph.add((s, RDFS.label, Literal(council.official_name)))
    graph.add((s, SKOS.prefLabel, Literal(council.official_name)))
    graph.add((s, SKOS.altLabel, Literal(council.name)))
    graph.add((s, DCTERMS.identifier, Literal(council.code)))
    graph.add((s, CL.gssCode, Literal(council.gss)))
    graph.add((s, SCHEMA.areaServed, URIRef(ONS_GEOGRAPHY + council.gss)))
    graph.add((s, CL.authorityType, Literal(council.authority_type)))
    graph.add((s, CL.authorityKind, concept("authority-type", council.authority_type)))
    if council.slug_from_register:  # a slug of ours (made from the name) is in the IRI only
        graph.add((s, CL.govukSlug, Literal(council.slug)))
    if council.is_combined_authority:
        graph.add((s, CL.organisationKind, concept("organisation-kind", "combined authority")))
    if council.start_date:
        graph.add((s, SCHEMA.foundingDate, Literal(council.start_date, datatype=XSD.date)))
    if council.end_date:
        graph.add((s, SCHEMA.dissolutionDate, Literal(council.end_date, datatype=XSD.date)))
    for successor in council.successors:
        graph.add((s, CL.succeededBy, Minter(minter.base, successor).council_iri()))
        graph.add((s, DCTERMS.isReplacedBy, Minter(minter.base, successor).council_iri()))
    if council.combined_authority:
        graph.add((s, CL.combinedAuthority, map_council(council.combined_authority, minter, graph)))
    if council.moderngov_url:
        graph.add((s, CL.moderngovSite, Literal(council.moderngov_url, datatype=XSD.anyURI)))
    if council.wikidata:
        graph.add((s, SCHEMA.sameAs, URIRef(WIKIDATA_ENTITY + council.wikidata)))
    if council.opendatacommunities:
        graph.add((s, SCHEMA.sameAs, URIRef(council.opendatacommunities)))
    return s


def map_register(councils: list[Council] | tuple[Council, ...], base: str) -> Graph:
    """The council reference graph: every council given (the register's, in use), with the combined
    authorities they belong to."""
    graph = Graph()
    for council in councils:
        map_council(council, Minter(base, council.slug), graph)
    ref = reference_graph_iri(base)
    graph.add((ref, RDF.type, CL.ReferenceGraph))
    graph.add((ref, DCTERMS.source, Literal(REGISTER_ATTRIBUTION)))
    graph.add((ref, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    return graph


# -- the IRI spaces: the other modules name /id/ and /graph/ IRIs through these, never by hand ----------------


def id_space(base: str) -> str:
    """Where the things described live: ``{base}/id/`` (VoID's uriSpace)."""
    return f"{base}/id/"


def graph_space(base: str) -> str:
    """Where the named graphs live: ``{base}/graph/`` (records, the register, the vocabulary, the history)."""
    return f"{base}/graph/"


def thing_at(base: str, path: str) -> str:
    """The thing ``/id/{path}`` names (a council's own IRI is ``/id/{slug}``)."""
    return id_space(base) + path


def graph_at(base: str, path: str) -> str:
    """The named graph ``/graph/{path}`` (a record graph: ``/graph/{council}/{kind}/{id}``)."""
    return graph_space(base) + path


def people_space(base: str, council: str) -> str:
    """Where a council's people are minted (:meth:`Minter.person`); outside bodies' people live under /id/org/."""
    return str(Minter(base, council).thing("person", ""))


def history_graph_iri(base: str) -> str:
    """The graph holding the record history (``publisher.history``)."""
    return graph_at(base, "history")


def reference_graph_iri(base: str) -> URIRef:
    return URIRef(graph_at(base, "reference/councils"))


def vocabulary_graph_iri(base: str) -> URIRef:
    return URIRef(graph_at(base, "vocabulary"))
