"""What people read about a resource: labels instead of IRIs, links that stay on this server, dates in words,
and the view of each kind of thing (council, committee, meeting …) that its HTML page shows.

Every view is read from the store with small SPARQL queries; the labels of every IRI a view mentions are then
looked up in one batch (``Labels.prefetch``), so a page costs a handful of queries however much it links to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox

from publisher.namespaces import BESLUIT, CL, DCTERMS, FOAF, ORG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, prefixed_name
from publisher.rdf import id_space
from publisher.web.site import Site

SPARQL_PREFIXES = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in PREFIXES.items())
LABEL_PROPERTIES = (RDFS.label, SKOS.prefLabel, DCTERMS.title, FOAF.name, SCHEMA.name)
PAGE_SIZE = 50

# Words for the standard properties our data uses; our own (cl:) terms take their rdfs:label from the
# ontology in the store. Anything else is shown as a CURIE.
PROPERTY_WORDS = {
    RDF.type: "type", RDFS.label: "label", SKOS.prefLabel: "name", SKOS.altLabel: "also known as",
    SKOS.inScheme: "in scheme", DCTERMS.title: "title", DCTERMS.identifier: "identifier",
    DCTERMS.license: "licence", DCTERMS.modified: "modified", DCTERMS.publisher: "publisher",
    DCTERMS.source: "source", FOAF.name: "name", FOAF.primaryTopic: "primary topic", SCHEMA.name: "name",
    SCHEMA.startDate: "date", SCHEMA.endDate: "end", SCHEMA.location: "venue", SCHEMA.eventStatus: "status",
    SCHEMA.attendee: "attendee", SCHEMA.position: "position on the agenda", SCHEMA.honorificPrefix: "honorific",
    SCHEMA.jobTitle: "job title", SCHEMA.url: "web address", SCHEMA.encodingFormat: "format",
    SCHEMA.contentSize: "size", SCHEMA.datePublished: "published", SCHEMA.areaServed: "area served",
    SCHEMA.foundingDate: "founded", SCHEMA.dissolutionDate: "dissolved", SCHEMA.telephone: "telephone",
    SCHEMA.email: "email", ORG.subOrganizationOf: "part of", ORG.classification: "kind",
    ORG.memberOf: "member of", ORG.heldBy: "held by", ORG.postIn: "post in", ORG.role: "role",
    ORG.member: "member", ORG.organization: "organisation", BESLUIT.isGehoudenDoor: "held by",
    BESLUIT.behandelt: "agenda item", PROV.value: "text", BESLUIT.onderwerp: "motion",
    BESLUIT.aantalVoorstanders: "votes for", BESLUIT.aantalTegenstanders: "votes against",
    BESLUIT.aantalOnthouders: "abstentions", BESLUIT.heeftVoorstander: "voted for",
    BESLUIT.heeftTegenstander: "voted against", BESLUIT.heeftOnthouder: "abstained",
    PROV.wasDerivedFrom: "derived from", PROV.generatedAtTime: "generated at",
}
PROPERTY_WORDS_BY_IRI = {str(k): v for k, v in PROPERTY_WORDS.items()}

Row = dict[str, Any]


# -- reading the store ------------------------------------------------------------------------------------


def select(site: Site, query: str) -> list[Row]:
    """A SELECT on the store, with our prefixes; each row maps variable names to terms (or None)."""
    solutions = site.store.query(SPARQL_PREFIXES + query)
    names = [v.value for v in solutions.variables]  # type: ignore[attr-defined]
    return [{n: s[n] for n in names} for s in solutions]  # type: ignore[attr-defined]


def value(term: Any) -> str | None:
    return term.value if term is not None else None


def number(term: Any) -> int:
    try:
        return int(term.value) if term is not None else 0
    except ValueError:
        return 0


# -- words and links --------------------------------------------------------------------------------------


def curie(iri: str) -> str:
    """A prefixed name where one fits, else the IRI itself (as a page shows it)."""
    return prefixed_name(iri) or iri


class Labels:
    """Labels of IRIs, looked up in batches and remembered for one page."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.known: dict[str, str] = {}

    def prefetch(self, iris: Iterable[str]) -> None:
        missing = sorted({i for i in iris if i not in self.known})
        for start in range(0, len(missing), 400):
            self._lookup(missing[start:start + 400])

    def _lookup(self, iris: list[str]) -> None:
        values = " ".join(f"<{i}>" for i in iris)
        props = " ".join(f"<{p}>" for p in LABEL_PROPERTIES)
        rank = {str(p): n for n, p in enumerate(LABEL_PROPERTIES)}
        best: dict[str, tuple[int, int, str]] = {}
        for row in select(self.site, f"SELECT ?s ?p ?l WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {props} }} "
                                     f"?s ?p ?l FILTER(isLiteral(?l)) }}"):
            lang = row["l"].language or ""
            score = (rank[row["p"].value], 0 if lang in ("", "en", "en-gb") else 1, row["l"].value)
            iri = row["s"].value
            if iri not in best or score < best[iri]:
                best[iri] = score
        for iri in iris:
            self.known[iri] = best[iri][2] if iri in best else self.fallback(iri)

    def fallback(self, iri: str) -> str:
        if iri in PROPERTY_WORDS_BY_IRI:
            return PROPERTY_WORDS_BY_IRI[iri]
        ours = id_space(self.site.base)
        return iri[len(ours):] if iri.startswith(ours) else curie(iri)

    def __call__(self, term: Any) -> str:
        """The label of an IRI (looked up if not prefetched), the text of a literal."""
        if isinstance(term, ox.NamedNode | str):
            iri = term.value if isinstance(term, ox.NamedNode) else term
            if iri not in self.known:
                self.prefetch([iri])
            return self.known[iri]
        if isinstance(term, ox.Literal):
            return term.value
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return "" if term is None else str(term)


def href(site: Site, term: Any) -> str:
    """Where a link to ``term`` should point: our things' HTML documents directly (no 303 round trip),
    other addresses on this server relative to it, other web addresses as they are; "" for any other
    scheme (a ``javascript:`` IRI in the data must not become a link)."""
    iri = term.value if isinstance(term, ox.NamedNode) else str(term)
    root = site.root
    if iri.startswith(id_space(site.base)):
        return f"{root}/doc/{iri[len(site.base) + 4:]}.html"
    if iri.startswith(site.base + "/"):
        return root + iri[len(site.base):]
    return iri if urlsplit(iri).scheme.lower() in ("http", "https") else ""


def spoken_date(term: Any) -> str:
    """An ISO date or date-time in words: "Monday 4 December 2017" (", 6:00 pm" when a time is given)."""
    text = term.value if isinstance(term, ox.Literal) else str(term or "")
    try:
        if "T" in text:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            hour = moment.hour % 12 or 12
            return (f"{moment:%A} {moment.day} {moment:%B %Y}, {hour}:{moment:%M} "
                    f"{'am' if moment.hour < 12 else 'pm'}")
        day = date.fromisoformat(text[:10])
        return f"{day:%A} {day.day} {day:%B %Y}"
    except ValueError:
        return text


def natural_key(text: str | None) -> tuple:
    """Order displayed item numbers as people do: "2" < "10", "4" < "4.(i)" < "5"."""
    parts = re.findall(r"\d+|\D+", text or "")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def agenda_order(row: Row) -> tuple:
    """By schema:position when stated, else by the displayed number."""
    position = row.get("pos")
    return (0 if position is not None else 1, number(position), natural_key(value(row.get("n"))))


# -- paging -------------------------------------------------------------------------------------------------


@dataclass
class Paged:
    """One page of a long list; pages count from 1."""

    rows: list[Any]
    page: int
    total: int
    size: int = PAGE_SIZE

    @classmethod
    def of(cls, rows: list[Any], page: int, size: int = PAGE_SIZE) -> Paged:
        pages = max(1, -(-len(rows) // size))
        page = min(max(1, page), pages)
        return cls(rows[(page - 1) * size: page * size], page, len(rows), size)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def first(self) -> int:
        return (self.page - 1) * self.size + 1 if self.total else 0

    @property
    def last(self) -> int:
        return min(self.total, self.page * self.size)


# -- the graph of one resource --------------------------------------------------------------------------


@dataclass
class Described:
    """A resource's DESCRIBE triples, indexed for reading: what it says, and what points at it."""

    iri: str
    triples: list[ox.Triple]
    out: dict[str, list[Any]] = field(default_factory=dict)
    into: dict[str, list[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.triples:
            if t.subject.value == self.iri and isinstance(t.subject, ox.NamedNode):
                self.out.setdefault(t.predicate.value, []).append(t.object)
            if isinstance(t.object, ox.NamedNode) and t.object.value == self.iri:
                self.into.setdefault(t.predicate.value, []).append(t.subject)

    def all(self, prop: Any) -> list[Any]:
        return self.out.get(str(prop), [])

    def one(self, prop: Any) -> Any:
        found = self.all(prop)
        return found[0] if found else None

    def pointing(self, prop: Any) -> list[Any]:
        return self.into.get(str(prop), [])

    @property
    def types(self) -> set[str]:
        return {t.value for t in self.all(RDF.type)}


@dataclass
class Statement:
    prop: ox.NamedNode
    values: list[Any]


def statements(d: Described, inbound: bool = False, limit: int = 300) -> tuple[list[Statement], int]:
    """The resource's properties (or, inbound, the resources pointing at it) grouped by property; at most
    ``limit`` values in all, and the number left out."""
    grouped = d.into if inbound else d.out
    shown, left = [], 0
    budget = limit
    for prop in sorted(grouped, key=lambda p: (p != str(RDF.type), curie(p))):
        values = sorted(grouped[prop], key=lambda v: (not isinstance(v, ox.NamedNode), v.value))
        left += max(0, len(values) - budget)
        if budget > 0:
            shown.append(Statement(ox.NamedNode(prop), values[:budget]))
        budget -= len(values[:max(budget, 0)])
    return shown, left


# -- where the facts come from ------------------------------------------------------------------------------

SOURCES_SHOWN = 10


@dataclass
class Sources:
    """The records a resource's statements were read from (a thing several records state lists each), newest
    first: the council's page, when it was read, the record graph and the publisher version. ``left`` counts
    the records not listed."""

    rows: list[Row]
    left: int = 0


def provenance(site: Site, iri: str) -> Sources:
    """The graphs that state something about ``iri``, with what each says of itself (``publisher.rdf``
    ``add_provenance``; the council register describes itself with its ``dct:source``)."""
    rows = select(site, f"""SELECT ?g ?kind ?id ?src ?file ?at ?version ?source ?modified WHERE {{
        {{ SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} }} }}
        GRAPH ?g {{ {{ ?g a cl:RecordGraph }} UNION {{ ?g a cl:ReferenceGraph }}
          OPTIONAL {{ ?g cl:recordKind ?kind }} OPTIONAL {{ ?g dct:identifier ?id }}
          OPTIONAL {{ ?g prov:wasDerivedFrom ?src }} OPTIONAL {{ ?g cl:sourceFile ?file }}
          OPTIONAL {{ ?g prov:generatedAtTime ?at }} OPTIONAL {{ ?g cl:publisherVersion ?version }}
          OPTIONAL {{ ?g dct:source ?source }} OPTIONAL {{ ?g dct:modified ?modified }} }} }}""")
    rows = _unique(rows, "g")
    rows.sort(key=lambda r: (value(r["at"]) or value(r["modified"]) or "", r["g"].value), reverse=True)
    return Sources(rows[:SOURCES_SHOWN], max(0, len(rows) - SOURCES_SHOWN))


# -- views of each kind of thing --------------------------------------------------------------------------

# The page template for each class, most specific first.
KINDS = (
    (CL.Council, "council"), (CL.Committee, "committee"), (CL.Meeting, "meeting"), (CL.AgendaItem, "item"),
    (CL.Issue, "issue"), (CL.Decision, "decision"), (CL.Vote, "vote"), (CL.Person, "person"), (CL.Post, "post"),
    (CL.OutsideOrganisation, "organisation"), (ORG.Organization, "organisation"),
)


def resource_kind(d: Described) -> str:
    types = d.types
    return next((name for cls, name in KINDS if str(cls) in types), "thing")


def trail(site: Site, d: Described) -> list[Any]:
    """The breadcrumb above a resource: council › committee › meeting › item (those that apply)."""
    up: list[Any] = []
    item = next((d.one(p) for p in (CL.madeAt, CL.atItem, CL.voteOn, CL.concernsItem) if d.one(p)), None)
    meeting = d.one(CL.meeting) or d.one(CL.atMeeting)
    committee = d.one(BESLUIT.isGehoudenDoor) or d.one(CL.decisionMaker)
    council = d.one(ORG.subOrganizationOf) if resource_kind(d) == "committee" else None
    if item is not None:
        up.insert(0, item)
        meeting = meeting or _first(site, item, CL.meeting)
    if meeting is not None:
        up.insert(0, meeting)
        committee = _first(site, meeting, BESLUIT.isGehoudenDoor) or committee
    if committee is not None:
        up.insert(0, committee)
        council = _first(site, committee, ORG.subOrganizationOf)
    council = council or _owner_from_path(site, d.iri)
    if council is not None and council.value != d.iri:
        up.insert(0, council)
    return up


def _first(site: Site, subject: Any, prop: Any) -> Any:
    rows = select(site, f"SELECT ?o WHERE {{ <{subject.value}> <{prop}> ?o FILTER(isIRI(?o)) }} LIMIT 1")
    return rows[0]["o"] if rows else None


def _owner_from_path(site: Site, iri: str) -> Any:
    """Things minted under ``/id/{council}/…`` belong to that council, and under ``/id/org/{key}/…`` to that
    outside organisation."""
    prefix = id_space(site.base)
    parts = iri[len(prefix):].split("/") if iri.startswith(prefix) else []
    owner = "/".join(parts[:2] if parts[:1] == ["org"] else parts[:1])
    if not owner or owner == "org":
        return None
    exists = site.store.query(f"ASK {{ <{prefix}{owner}> a ?type }}")
    return ox.NamedNode(prefix + owner) if exists else None


RECENT = 10  # meetings and decisions a council's page lists


def council_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    """A council: its figures (counted over everything minted under its IRI, so that records not tied to a
    meeting count too, as /void counts its records), committees, recent meetings and decisions, and people."""
    c = d.iri
    committees = select(site, f"""SELECT ?c ?name (COUNT(DISTINCT ?m) AS ?meetings) (MAX(STR(?date)) AS ?latest)
        WHERE {{ ?c org:subOrganizationOf <{c}> ; a cl:Committee . OPTIONAL {{ ?c skos:prefLabel ?name }}
        OPTIONAL {{ ?m besluit:isGehoudenDoor ?c OPTIONAL {{ ?m schema:startDate ?date }} }} }}
        GROUP BY ?c ?name""")
    committees.sort(key=lambda r: (value(r["name"]) or r["c"].value).lower())
    counted = {row["type"].value: number(row["n"]) for row in select(site, f"""SELECT ?type (COUNT(DISTINCT ?x) AS ?n)
        WHERE {{ VALUES ?type {{ cl:Meeting cl:AgendaItem cl:Decision cl:Person }} ?x a ?type
        FILTER(STRSTARTS(STR(?x), "{c}/")) }} GROUP BY ?type""")}
    records = select(site, f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?g a cl:RecordGraph ;
        dct:publisher <{c}> }} }}""")[0]["n"]
    meetings = select(site, f"""SELECT ?m ?date ?committee WHERE {{ ?m a cl:Meeting
        FILTER(STRSTARTS(STR(?m), "{c}/")) OPTIONAL {{ ?m schema:startDate ?date }}
        OPTIONAL {{ ?m besluit:isGehoudenDoor ?committee }} }} ORDER BY DESC(STR(?date)) ?m LIMIT {RECENT}""")
    decisions = placed(select(site, f"""SELECT ?decision ?ddate ?text ?item ?n ?m1 ?d1 ?m2 ?d2 WHERE {{
        ?decision a cl:Decision FILTER(STRSTARTS(STR(?decision), "{c}/"))
        OPTIONAL {{ ?decision cl:dateOfDecision ?ddate }} OPTIONAL {{ ?decision prov:value ?text }}
        {place("?decision cl:madeAt ?item")} }}"""))[:RECENT]
    people = select(site, f"""SELECT ?p ?name (SAMPLE(?party) AS ?party) (SAMPLE(?ward) AS ?ward) WHERE {{
        ?p a cl:Person FILTER(STRSTARTS(STR(?p), "{c}/person/")) OPTIONAL {{ ?p foaf:name ?name }}
        OPTIONAL {{ ?p cl:party ?party }} OPTIONAL {{ ?p cl:ward ?ward }} }} GROUP BY ?p ?name""")
    people.sort(key=lambda r: ((value(r["name"]) or r["p"].value).split()[-1].lower(), value(r["name"]) or ""))
    return {"committees": Paged.of(committees, page), "gss": d.one(CL.gssCode), "area": d.one(SCHEMA.areaServed),
            "authority_type": d.one(CL.authorityType), "meetings": meetings, "decisions": decisions,
            "people": Paged.of(people, page), "counts": {
                "records": number(records), "committees": len(committees),
                "meetings": counted.get(str(CL.Meeting), 0), "agenda items": counted.get(str(CL.AgendaItem), 0),
                "decisions": counted.get(str(CL.Decision), 0), "people": counted.get(str(CL.Person), 0)}}


def committee_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    """A committee: its members with their roles (memberships; else the people its meetings' attendance names,
    with the role printed there), and its meetings newest first."""
    c = d.iri
    meetings = select(site, f"""SELECT ?m ?date (COUNT(DISTINCT ?i) AS ?items) (COUNT(DISTINCT ?d) AS ?decisions)
        WHERE {{ ?m besluit:isGehoudenDoor <{c}> OPTIONAL {{ ?m schema:startDate ?date }}
        OPTIONAL {{ ?i cl:meeting ?m OPTIONAL {{ ?d cl:madeAt ?i }} }} }} GROUP BY ?m ?date""")
    meetings.sort(key=lambda r: (value(r["date"]) or "", r["m"].value), reverse=True)
    members = select(site, f"""SELECT ?ms ?person ?role ?start ?end WHERE {{ ?ms org:organization <{c}> ;
        org:member ?person OPTIONAL {{ ?ms org:role ?role }} OPTIONAL {{ ?ms schema:startDate ?start }}
        OPTIONAL {{ ?ms schema:endDate ?end }} }}""")
    members.sort(key=lambda r: (value(r["end"]) is not None, value(r["person"])))
    attending = select(site, f"""SELECT ?person (SAMPLE(?printed) AS ?role)
        (COUNT(DISTINCT ?present) AS ?attended) (COUNT(DISTINCT ?away) AS ?absent) WHERE {{
        ?m besluit:isGehoudenDoor <{c}> . ?a cl:atMeeting ?m ; cl:attendanceOf ?person
        OPTIONAL {{ ?a cl:roleAsPrinted ?printed }} OPTIONAL {{ ?a cl:attendanceKind ?kind }}
        BIND(COALESCE(STRAFTER(STR(?kind), "attendance-kind/"), "") AS ?k)
        BIND(IF(?k IN ("apologies", "absent"), ?m, ?nothing) AS ?away)
        BIND(IF(?k IN ("apologies", "absent", "expected"), ?nothing, ?m) AS ?present) }}
        GROUP BY ?person""")
    attending.sort(key=lambda r: (-number(r["attended"]), r["person"].value))
    return {"meetings": Paged.of(meetings, page), "members": members, "attending": attending,
            "council": d.one(ORG.subOrganizationOf), "kind": d.one(ORG.classification),
            "category": d.one(CL.categoryAsPrinted)}


def meeting_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    m = d.iri
    items = _unique(select(site, f"""SELECT ?item ?n ?pos ?title WHERE {{ ?item cl:meeting <{m}>
        OPTIONAL {{ ?item cl:displayNumber ?n }} OPTIONAL {{ ?item schema:position ?pos }}
        OPTIONAL {{ ?item dct:title ?title }} }}"""), "item")
    items.sort(key=agenda_order)
    decisions: dict[str, list[Row]] = {}
    for row in select(site, f"""SELECT ?item ?d ?text WHERE {{ ?item cl:meeting <{m}> . ?d cl:madeAt ?item
            OPTIONAL {{ ?d prov:value ?text }} }} ORDER BY ?d"""):
        decisions.setdefault(row["item"].value, []).append(row)
    for item in items:
        item["decisions"] = decisions.get(item["item"].value, [])
    people = select(site, f"""SELECT ?person ?kind ?role ?printed ?for ?item ?n ?org ?p WHERE {{
        {{ ?a cl:atMeeting <{m}> ; cl:attendanceOf ?person OPTIONAL {{ ?a cl:attendanceKind ?kind }}
           OPTIONAL {{ ?a cl:roleAsPrinted ?printed }} OPTIONAL {{ ?a cl:substituteFor ?for }} }}
        UNION {{ <{m}> schema:attendee ?person }}
        UNION {{ ?item cl:meeting <{m}> . ?p cl:atItem ?item ; cl:participant ?person
           OPTIONAL {{ ?p cl:participationKind ?kind }} OPTIONAL {{ ?p cl:inRole ?role }}
           OPTIONAL {{ ?p cl:onBehalfOf ?org }} OPTIONAL {{ ?item cl:displayNumber ?n }} }} }}""")
    declarations = select(site, f"""SELECT ?decl ?person ?kind ?item ?text WHERE {{ ?decl cl:atMeeting <{m}> ;
        a cl:DeclarationOfInterest OPTIONAL {{ ?decl cl:declarant ?person }} OPTIONAL {{ ?decl cl:interestKind ?kind }}
        OPTIONAL {{ ?decl cl:concernsItem ?item }} OPTIONAL {{ ?decl prov:value ?text }} }}""")
    made_here = select(site, f"""SELECT ?d ?text WHERE {{ ?d cl:madeAt <{m}> OPTIONAL {{ ?d prov:value ?text }} }}
        ORDER BY ?d""")  # a decision page names the meeting, not an item
    return {"agenda": Paged.of(items, page), "people": _people(people), "declarations": declarations,
            "made_here": made_here,
            "committee": d.one(BESLUIT.isGehoudenDoor), "date": d.one(SCHEMA.startDate),
            "venue": d.one(SCHEMA.location), "status": d.one(CL.statusAsPrinted)}


def _people(rows: list[Row]) -> list[dict[str, Any]]:
    """Each person once, with everything they did at the meeting (attendance, items), attendance first."""
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        person = found.setdefault(row["person"].value, {"person": row["person"], "did": []})
        if row["item"] is None and row["kind"] is None and row["printed"] is None:
            continue  # schema:attendee alone: the person is listed, nothing more is known
        if row not in person["did"]:
            person["did"].append(row)
    for person in found.values():
        person["did"].sort(key=lambda r: (r["item"] is not None, natural_key(value(r["n"])),
                                          natural_key(value(r["p"]))))  # participation keys count in record order
    return sorted(found.values(), key=lambda p: p["person"].value)


def item_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    i = d.iri
    documents = documents_of(site, i)
    participations = select(site, f"""SELECT ?p ?person ?kind ?role ?org WHERE {{ ?p cl:atItem <{i}>
        OPTIONAL {{ ?p cl:participant ?person }} OPTIONAL {{ ?p cl:participationKind ?kind }}
        OPTIONAL {{ ?p cl:inRole ?role }} OPTIONAL {{ ?p cl:onBehalfOf ?org }} }} ORDER BY ?p""")
    contact = select(site, f"""SELECT ?person ?job WHERE {{ <{i}> cl:contact ?person
        OPTIONAL {{ ?person schema:jobTitle ?job }} }}""")
    decisions = select(site, f"""SELECT ?d ?text ?date ?status WHERE {{ ?d cl:madeAt <{i}>
        OPTIONAL {{ ?d prov:value ?text }} OPTIONAL {{ ?d cl:dateOfDecision ?date }}
        OPTIONAL {{ ?d cl:statusAsPrinted ?status }} }} ORDER BY ?d""")
    minutes_text = value(d.one(CL.minutes)) or ""  # comments it holds are shown in it, as the minutes list them
    declarations = select(site, f"""SELECT ?decl ?person ?kind ?text WHERE {{ ?decl cl:concernsItem <{i}>
        OPTIONAL {{ ?decl cl:declarant ?person }} OPTIONAL {{ ?decl cl:interestKind ?kind }}
        OPTIONAL {{ ?decl prov:value ?text }} }}""")
    return {"number": d.one(CL.displayNumber), "title": d.one(DCTERMS.title), "meeting": d.one(CL.meeting),
            "issue": d.all(CL.considers), "documents": documents, "report_of": d.all(CL.reportOf),
            "purpose": d.one(CL.purpose), "recommendations": sorted(d.all(CL.recommendation), key=lambda t: t.value),
            "contact": contact, "minutes": minutes_blocks(d.one(CL.minutes)),
            "comments": in_order_of([c for c in d.all(CL.commentRaised) if c.value not in minutes_text],
                                    d.one(CL.minutes)),
            "participations": participations, "decisions": decisions, "votes": votes(site, i),
            "declarations": declarations}


def documents_of(site: Site, subject: str) -> list[Row]:
    """The documents of an item, issue or decision, with the council's copy (``schema:url``) where stated and
    the council's page that lists them (``?listed``: the source of their record) for those without one."""
    return _unique(select(site, f"""SELECT ?doc ?title ?url ?listed ?size ?bytes ?format WHERE {{
        <{subject}> cl:document ?doc OPTIONAL {{ ?doc dct:title ?title }} OPTIONAL {{ ?doc schema:url ?url }}
        OPTIONAL {{ GRAPH ?g {{ ?doc a cl:Document . ?g prov:wasDerivedFrom ?listed }} }}
        OPTIONAL {{ ?doc schema:contentSize ?size }}
        OPTIONAL {{ ?doc cl:approximateByteSize ?bytes }} OPTIONAL {{ ?doc schema:encodingFormat ?format }} }}
        ORDER BY ?doc"""), "doc")


BULLET = re.compile(r"^[•·▪●○\-]\s+")


@dataclass
class Block:
    """A paragraph of minutes, or a run of bulleted paragraphs (the comments made, as the minutes list them)."""

    text: str = ""
    points: list[str] = field(default_factory=list)


def minutes_blocks(minutes: Any) -> list[Block]:
    """Minutes as paragraphs and lists: consecutive paragraphs opening with a bullet are one list."""
    blocks: list[Block] = []
    for para in (value(minutes) or "").split("\n\n"):
        para = para.strip()
        if not para:
            continue
        if BULLET.match(para):
            if not blocks or not blocks[-1].points:
                blocks.append(Block())
            blocks[-1].points.append(BULLET.sub("", para))
        else:
            blocks.append(Block(para))
    return blocks


def in_order_of(texts: list[Any], minutes: Any) -> list[Any]:
    """Comments in the order the minutes give them (RDF keeps no order); those not found there last."""
    full = minutes.value if minutes is not None else ""
    return sorted(texts, key=lambda t: (full.find(t.value) if t.value in full else len(full), t.value))


VOTE_OPTIONS = (BESLUIT.heeftVoorstander, BESLUIT.heeftTegenstander, BESLUIT.heeftOnthouder, CL.conflictedMember)


def votes(site: Site, item: str, on: Any = CL.voteOn) -> list[dict[str, Any]]:
    """The votes on an item (or, ``on`` = ``cl:voteOnDecision``, on a decision), with stated counts and the
    named voters under each option."""
    found: dict[str, dict[str, Any]] = {}
    for row in select(site, f"""SELECT ?v ?motion ?for ?against ?abstain ?outcome ?recorded WHERE {{
            ?v <{on}> <{item}> OPTIONAL {{ ?v besluit:onderwerp ?motion }}
            OPTIONAL {{ ?v besluit:aantalVoorstanders ?for }} OPTIONAL {{ ?v besluit:aantalTegenstanders ?against }}
            OPTIONAL {{ ?v besluit:aantalOnthouders ?abstain }} OPTIONAL {{ ?v cl:voteOutcome ?outcome }}
            OPTIONAL {{ ?v cl:recordedVote ?recorded }} }} ORDER BY ?v"""):
        found.setdefault(row["v"].value, {**row, "voters": {}})
    options = " ".join(f"<{o}>" for o in VOTE_OPTIONS)
    for row in select(site, f"""SELECT ?v ?option ?person WHERE {{ ?v <{on}> <{item}> . VALUES ?option
            {{ {options} }} ?v ?option ?person }} ORDER BY ?person"""):
        found[row["v"].value]["voters"].setdefault(row["option"].value, []).append(row["person"])
    for vote in found.values():
        vote["voters"] = [(ox.NamedNode(o), vote["voters"][o]) for o in map(str, VOTE_OPTIONS)
                          if o in vote["voters"]]
    return list(found.values())


def issue_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    items = _unique(select(site, f"""SELECT ?item ?n ?title ?m ?date ?c WHERE {{ ?item cl:considers <{d.iri}>
        OPTIONAL {{ ?item cl:displayNumber ?n }} OPTIONAL {{ ?item dct:title ?title }}
        OPTIONAL {{ ?item cl:meeting ?m OPTIONAL {{ ?m schema:startDate ?date }}
                    OPTIONAL {{ ?m besluit:isGehoudenDoor ?c }} }} }}"""), "item")
    decisions: dict[str, list[Row]] = {}
    for row in select(site, f"""SELECT ?item ?d ?text WHERE {{ ?item cl:considers <{d.iri}> . ?d cl:madeAt ?item
            OPTIONAL {{ ?d prov:value ?text }} }} ORDER BY ?d"""):
        decisions.setdefault(row["item"].value, []).append(row)
    for item in items:
        item["decisions"] = decisions.get(item["item"].value, [])
    items.sort(key=lambda r: (value(r["date"]) or "", r["item"].value), reverse=True)
    at_items = {row["d"].value for item in items for row in item["decisions"]}
    decisions = [r for r in placed(select(site, f"""SELECT ?decision ?ddate ?maker ?status ?item ?n ?m1 ?d1 ?m2 ?d2
        WHERE {{ ?decision cl:decisionOn <{d.iri}> OPTIONAL {{ ?decision cl:dateOfDecision ?ddate }}
        OPTIONAL {{ ?decision cl:decisionMaker ?maker }} OPTIONAL {{ ?decision cl:statusAsPrinted ?status }}
        {place("?decision cl:madeAt ?item")} }}""")) if r["decision"].value not in at_items]
    planned = select(site, f"""SELECT ?due ?maker ?printed WHERE {{ <{d.iri}> cl:plannedDecision ?p
        OPTIONAL {{ ?p cl:dueDate ?due }} OPTIONAL {{ ?p cl:decisionMaker ?maker }}
        OPTIONAL {{ ?p cl:decisionMakerAsPrinted ?printed }} }} ORDER BY ?due""")
    return {"considered": Paged.of(items, page), "identifier": d.one(DCTERMS.identifier),
            "decisions": decisions, "planned": planned, "summary": d.one(DCTERMS.abstract),
            "status": d.one(CL.statusAsPrinted), "type": d.one(CL.decisionTypeAsPrinted), "key": d.one(CL.keyDecision),
            "key_reason": d.one(CL.keyDecisionReason), "wards": d.all(CL.wardAffected), "lead": d.all(CL.leadMember),
            "department": d.one(CL.departmentAsPrinted), "plan_ref": d.one(CL.forwardPlanReference),
            "first_published": d.one(CL.noticeFirstPublished), "call_in": d.one(CL.callInAsPrinted),
            "consultation": d.one(CL.consultation), "documents": documents_of(site, d.iri)}


def decision_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    """A decision with everything its notice states: purpose, reasons, alternatives, wards, call-in, when it
    takes effect; who moved and seconded it; the votes on it or on the item it was made at."""
    made_at = d.one(CL.madeAt)
    at_meeting = made_at is not None and bool(site.store.query(f"ASK {{ <{made_at.value}> a <{CL.Meeting}> }}"))
    item = None if at_meeting else made_at
    parts = select(site, f"""SELECT ?x ?person ?kind ?role WHERE {{ ?x cl:forDecision <{d.iri}>
        OPTIONAL {{ ?x cl:participant ?person }} OPTIONAL {{ ?x cl:participationKind ?kind }}
        OPTIONAL {{ ?x cl:inRole ?role }} }} ORDER BY ?x""")
    documents = documents_of(site, d.iri)
    return {"text": d.one(PROV.value), "date": d.one(CL.dateOfDecision), "status": d.one(CL.statusAsPrinted),
            "status_concept": d.one(CL.decisionStatus), "key": d.one(CL.keyDecision),
            "maker": d.one(CL.decisionMaker), "maker_printed": d.one(CL.decisionMakerAsPrinted),
            "item": item, "meeting": made_at if at_meeting else None, "title": d.one(DCTERMS.title),
            "issue": d.one(CL.decisionOn), "purpose": d.one(CL.purpose), "reasons": d.one(CL.reasons),
            "alternatives": d.one(CL.alternativesConsidered), "conflicts": d.one(CL.conflictsOfInterest),
            "wards": d.all(CL.wardAffected), "call_in": d.one(CL.subjectToCallIn),
            "published": d.one(SCHEMA.datePublished), "effective": d.one(CL.effectiveFrom),
            "to_council": d.one(CL.recommendedToCouncil), "lead": d.all(CL.leadMember),
            "author": d.all(CL.reportAuthor), "parts": parts, "documents": documents,
            "votes": votes(site, d.iri, CL.voteOnDecision) + (votes(site, item.value) if item else [])}


def vote_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    """A vote: its motion, counts and named voters, the item it was at and the decision(s) it led to (the one it
    was on, else those made at its item)."""
    item, decision = d.one(CL.voteOn), d.one(CL.voteOnDecision)
    target, link = (decision, CL.voteOnDecision) if decision is not None else (item, CL.voteOn)
    shown = [v for v in votes(site, target.value, link) if v["v"].value == d.iri] if target is not None else []
    if decision is not None:
        decisions = [decision]
        item = _first(site, decision, CL.madeAt)
    else:
        decisions = [r["d"] for r in select(site, f"SELECT ?d WHERE {{ ?d cl:madeAt <{item.value}> }} ORDER BY ?d")
                     ] if item is not None else []
    return {"vote": shown[0] if shown else None, "item": item, "decisions": decisions}


ABSENT = ("apologies", "absent", "expected")  # attendance kinds that are no attendance (rdf.map_attendance)


def place(item_pattern: str) -> str:
    """``item_pattern`` (binding ?item: an agenda item, or the meeting a decision was made at), optional, with
    where it was: ?n (its number), ?m1 and ?d1 (an item's meeting and its date), ?m2 and ?d2 (?item is a
    meeting). Nested so that an unbound ?item never matches everything."""
    return f"""OPTIONAL {{ {item_pattern} OPTIONAL {{ ?item cl:displayNumber ?n }}
        OPTIONAL {{ ?item cl:meeting ?m1 OPTIONAL {{ ?m1 schema:startDate ?d1 }} }}
        OPTIONAL {{ ?item a cl:Meeting BIND(?item AS ?m2) OPTIONAL {{ ?item schema:startDate ?d2 }} }} }}"""


def placed(rows: list[Row]) -> list[Row]:
    """Rows of a query using :func:`place`, with ?m and ?date filled in (a meeting's date, else the decision's),
    ?item cleared where it is the meeting itself; newest first, in agenda order within a meeting."""
    for row in rows:
        row["m"] = row.get("m") or row.get("m1") or row.get("m2")
        row["date"] = row.get("d1") or row.get("d2") or row.get("date") or row.get("ddate")
        if row.get("m2") is not None:
            row["item"] = None
    rows.sort(key=lambda r: natural_key(value(r.get("n"))))
    rows.sort(key=lambda r: value(r["date"]) or "", reverse=True)
    return rows


def person_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    """A person's story, each part newest first: roles held, meetings attended, apologies, declarations, the
    parts they took (moved, seconded …), votes cast, and the items naming them as contact or author."""
    p = d.iri
    attendance = placed(select(site, f"""SELECT ?m ?date ?kind ?printed ?for WHERE {{
        {{ ?a cl:attendanceOf <{p}> ; cl:atMeeting ?m OPTIONAL {{ ?a cl:attendanceKind ?kind }}
           OPTIONAL {{ ?a cl:roleAsPrinted ?printed }} OPTIONAL {{ ?a cl:substituteFor ?for }} }}
        UNION {{ ?m schema:attendee <{p}> FILTER NOT EXISTS {{ ?a cl:attendanceOf <{p}> ; cl:atMeeting ?m }} }}
        OPTIONAL {{ ?m schema:startDate ?date }} }}"""))
    absent = [r for r in attendance if r["kind"] is not None and r["kind"].value.rsplit("/", 1)[-1] in ABSENT]
    declarations = placed(select(site, f"""SELECT ?x ?m ?date ?kind ?text ?item ?n ?m1 ?d1 ?m2 ?d2 WHERE {{
        ?x cl:declarant <{p}> OPTIONAL {{ ?x cl:atMeeting ?m OPTIONAL {{ ?m schema:startDate ?date }} }}
        OPTIONAL {{ ?x cl:interestKind ?kind }} OPTIONAL {{ ?x prov:value ?text }}
        {place("?x cl:concernsItem ?item")} }}"""))
    parts = placed(select(site, f"""SELECT ?x ?kind ?role ?org ?decision ?ddate ?item ?n ?m1 ?d1 ?m2 ?d2 WHERE {{
        ?x cl:participant <{p}> OPTIONAL {{ ?x cl:participationKind ?kind }} OPTIONAL {{ ?x cl:inRole ?role }}
        OPTIONAL {{ ?x cl:onBehalfOf ?org }}
        OPTIONAL {{ ?x cl:forDecision ?decision OPTIONAL {{ ?decision cl:dateOfDecision ?ddate }} }}
        {place("{ ?x cl:atItem ?item } UNION { ?x cl:forDecision/cl:madeAt ?item }")} }}"""))
    named = placed(select(site, f"""SELECT ?what ?decision ?ddate ?job ?item ?n ?m1 ?d1 ?m2 ?d2 WHERE {{
        {{ BIND("contact" AS ?what) OPTIONAL {{ <{p}> schema:jobTitle ?job }} {place(f"?item cl:contact <{p}>")}
           FILTER(BOUND(?item)) }}
        UNION {{ ?decision cl:reportAuthor <{p}> BIND("author" AS ?what)
           OPTIONAL {{ ?decision cl:dateOfDecision ?ddate }} {place("?decision cl:madeAt ?item")} }} }}"""))
    return {"roles": roles(site, p), "attended": Paged.of([r for r in attendance if r not in absent], page),
            "absent": Paged.of(absent, page), "declarations": Paged.of(declarations, page),
            "parts": Paged.of(parts, page), "votes": Paged.of(votes_cast(site, p), page),
            "named": Paged.of(named, page), "page": page,
            "name": d.one(FOAF.name), "honorific": d.one(SCHEMA.honorificPrefix), "party": d.all(CL.party),
            "ward": d.all(CL.ward), "member_of": d.all(ORG.memberOf), "job": d.all(SCHEMA.jobTitle)}


def roles(site: Site, person: str) -> list[Row]:
    """Memberships (of the council, of committees) and posts a person holds or held, the latest start first."""
    rows = select(site, f"""SELECT ?role ?org ?start ?end ?post WHERE {{
        {{ ?ms org:member <{person}> OPTIONAL {{ ?ms org:organization ?org }} OPTIONAL {{ ?ms org:role ?role }}
           OPTIONAL {{ ?ms schema:startDate ?start }} OPTIONAL {{ ?ms schema:endDate ?end }} }}
        UNION {{ ?post org:heldBy <{person}> OPTIONAL {{ ?post org:postIn ?org }}
           OPTIONAL {{ ?post schema:startDate ?start }} OPTIONAL {{ ?post schema:endDate ?end }} }} }}""")
    rows.sort(key=lambda r: (value(r["role"]) or value(r["post"]) or "", value(r["org"]) or ""))
    rows.sort(key=lambda r: value(r["start"]) or "", reverse=True)
    return rows


def votes_cast(site: Site, person: str) -> list[Row]:
    """How a person voted in each vote naming them, with the vote's motion, outcome and counts, the item it was
    at and the decisions made there (or the decision it was on)."""
    options = " ".join(f"<{o}>" for o in VOTE_OPTIONS)
    rows = placed(select(site, f"""SELECT ?v ?option ?motion ?outcome ?for ?against ?abstain ?decision ?ddate
        ?item ?n ?m1 ?d1 ?m2 ?d2 WHERE {{ VALUES ?option {{ {options} }} ?v ?option <{person}>
        OPTIONAL {{ ?v besluit:onderwerp ?motion }} OPTIONAL {{ ?v cl:voteOutcome ?outcome }}
        OPTIONAL {{ ?v besluit:aantalVoorstanders ?for }} OPTIONAL {{ ?v besluit:aantalTegenstanders ?against }}
        OPTIONAL {{ ?v besluit:aantalOnthouders ?abstain }}
        OPTIONAL {{ ?v cl:voteOnDecision ?decision OPTIONAL {{ ?decision cl:dateOfDecision ?ddate }} }}
        {place("{ ?v cl:voteOn ?item } UNION { ?v cl:voteOnDecision/cl:madeAt ?item }")} }}"""))
    items = " ".join(f"<{r['item'].value}>" for r in rows if r["item"] is not None and r["decision"] is None)
    made: dict[str, list[Any]] = {}
    if items:
        for row in select(site, f"SELECT ?item ?d WHERE {{ VALUES ?item {{ {items} }} ?d cl:madeAt ?item }} "
                                "ORDER BY ?d"):
            made.setdefault(row["item"].value, []).append(row["d"])
    for row in rows:
        row["decisions"] = [row["decision"]] if row["decision"] is not None else \
            made.get(row["item"].value, []) if row["item"] is not None else []
    return rows


def post_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    appearances = select(site, f"""SELECT ?what ?item ?n ?m ?date ?person ?kind WHERE {{
        {{ ?x cl:inRole <{d.iri}> ; cl:atItem ?item BIND("participation" AS ?what)
           OPTIONAL {{ ?x cl:participant ?person }} OPTIONAL {{ ?x cl:participationKind ?kind }} }}
        UNION {{ ?item cl:reportOf <{d.iri}> BIND("report" AS ?what) }}
        OPTIONAL {{ ?item cl:displayNumber ?n }}
        OPTIONAL {{ ?item cl:meeting ?m OPTIONAL {{ ?m schema:startDate ?date }} }} }}""")
    appearances.sort(key=lambda r: (value(r["date"]) or "", r["item"].value), reverse=True)
    return {"appearances": Paged.of(appearances, page), "held_by": d.all(ORG.heldBy), "post_in": d.all(ORG.postIn),
            "role": d.all(ORG.role)}


def organisation_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    o = d.iri
    people = select(site, f"""SELECT ?person (COUNT(DISTINCT ?x) AS ?appearances) WHERE {{ ?person org:memberOf <{o}>
        OPTIONAL {{ ?x cl:participant ?person }} }} GROUP BY ?person ORDER BY ?person""")
    appearances = select(site, f"""SELECT ?item ?n ?m ?date ?person ?kind WHERE {{ ?x cl:onBehalfOf <{o}> ;
        cl:atItem ?item OPTIONAL {{ ?x cl:participant ?person }} OPTIONAL {{ ?x cl:participationKind ?kind }}
        OPTIONAL {{ ?item cl:displayNumber ?n }}
        OPTIONAL {{ ?item cl:meeting ?m OPTIONAL {{ ?m schema:startDate ?date }} }} }}""")
    appearances.sort(key=lambda r: (value(r["date"]) or "", r["item"].value), reverse=True)
    posts = [t for t in d.pointing(ORG.postIn)]
    return {"people": people, "appearances": Paged.of(appearances, page), "posts": posts}


def thing_view(site: Site, d: Described, page: int) -> dict[str, Any]:
    return {}


VIEWS: dict[str, Callable[[Site, Described, int], dict[str, Any]]] = {
    "council": council_view, "committee": committee_view, "meeting": meeting_view, "item": item_view,
    "issue": issue_view, "decision": decision_view, "vote": vote_view, "person": person_view, "post": post_view,
    "organisation": organisation_view, "thing": thing_view,
}


def _unique(rows: list[Row], *keys: str) -> list[Row]:
    """Rows deduplicated on the given variables (OPTIONALs with several values multiply rows)."""
    seen: dict[tuple, Row] = {}
    for row in rows:
        seen.setdefault(tuple(value(row[k]) for k in keys), row)
    return list(seen.values())


def iris_in(data: Any) -> Iterator[str]:
    """Every IRI mentioned anywhere in a view, to look their labels up in one go."""
    if isinstance(data, ox.NamedNode):
        yield data.value
    elif isinstance(data, dict):
        for item in data.values():
            yield from iris_in(item)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from iris_in(item)
    elif isinstance(data, Paged):
        yield from iris_in(data.rows)
    elif isinstance(data, Statement):
        yield data.prop.value
        yield from iris_in(data.values)
