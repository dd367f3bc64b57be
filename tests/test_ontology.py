"""The published vocabulary (ontology/) and the mapping (publisher/rdf.py) say the same thing.

Both ways: every ``cl:`` class and property the mapping writes is declared in ``ontology/council.ttl``, and
the ontology declares nothing the mapping does not write. Every concept the mapping points at is in
``ontology/concepts.ttl``, minted exactly as ``publisher.rdf.concept`` mints it, and the JSON-LD context names
only declared terms.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, Namespace

from publisher import model
from publisher.councils import load_register
from publisher.decision_makers import COMMITTEE_KINDS
from publisher.namespaces import BESLUIT, CL, CL_CONCEPTS, PREFIXES, SCHEMA
from publisher.rdf import (
    Minter,
    add_provenance,
    add_validation_report,
    concept,
    content_hash,
    map_record,
    map_register,
)
from publisher.web.dataset import service_triples
from publisher.web.site import Limits
from tests.built_records import everything_record

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_IRI = URIRef("https://w3id.org/council-lod/def")
BASE = "http://127.0.0.1:8000"
VANN = Namespace("http://purl.org/vocab/vann/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's closed XSD namespace warns under pytest
# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
LICENCES = {URIRef("https://creativecommons.org/licenses/by/4.0/"),
            URIRef("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")}

# Statements in council.ttl that relate our terms to other vocabularies: their objects are "known" terms.
ALIGNMENT_PREDICATES = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf, OWL.equivalentClass,
                        OWL.equivalentProperty, SKOS.exactMatch, SKOS.closeMatch, RDFS.seeAlso, RDFS.range)

# Standard terms the mapping writes with their standard meaning; nothing of ours needs to align with them.
STANDARD_TERMS = {
    RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.inScheme,
    DCTERMS.title, DCTERMS.identifier, DCTERMS.modified, DCTERMS.publisher, DCTERMS.license, DCTERMS.source,
    DCTERMS.abstract,
    FOAF.name,
    PROV.value, PROV.wasDerivedFrom, PROV.generatedAtTime,
    ORG.subOrganizationOf, ORG.classification, ORG.member, ORG.organization, ORG.role, ORG.postIn, ORG.heldBy,
    ORG.memberOf,
    BESLUIT.isGehoudenDoor, BESLUIT.behandelt, BESLUIT.onderwerp, BESLUIT.aantalVoorstanders,
    BESLUIT.aantalTegenstanders, BESLUIT.aantalOnthouders, BESLUIT.heeftVoorstander,
    BESLUIT.heeftTegenstander, BESLUIT.heeftOnthouder,
    SCHEMA.startDate, SCHEMA.endDate, SCHEMA.location, SCHEMA.eventStatus, SCHEMA.position, SCHEMA.attendee,
    SCHEMA.honorificPrefix, SCHEMA.honorificSuffix, SCHEMA.alternateName,
    SCHEMA.name, SCHEMA.jobTitle, SCHEMA.telephone, SCHEMA.email, SCHEMA.url,
    SCHEMA.encodingFormat, SCHEMA.contentSize, SCHEMA.datePublished, SCHEMA.areaServed, SCHEMA.foundingDate,
    SCHEMA.dissolutionDate, SCHEMA.contactType, SKOS.broader,
}

# Links to things another record describes: the object may carry no type in this record's graph, but its IRI
# must be of the kind the range names (a decision names the meeting it was made at; that meeting's own record
# describes it, and a decision page adds the date and committee it prints).
CROSS_RECORD_LINKS = {CL.madeAt: (CL.Meeting, "/meeting/")}

# Properties whose objects are concepts of our fixed schemes, and the scheme each must come from.
CONCEPT_PROPERTIES = {
    CL.participationKind: "participation-kind", CL.attendanceKind: "attendance-kind",
    CL.interestKind: "interest-kind", CL.voteOutcome: "vote-outcome", CL.decisionStatus: "decision-status",
    ORG.classification: "committee-kind", SCHEMA.eventStatus: "meeting-status",
    CL.authorityKind: "authority-type", CL.organisationKind: "organisation-kind",
}

# Every concept of every fixed scheme, by the label the mapping mints it from.
DECISION_STATUSES = ("Recommendations Approved", "Approved", "For Determination", "Deferred", "Rejected",
                     "Noted", "Withdrawn", "Agreed", "Call In Rejected", "Called In")
MEETING_STATUSES = ("Confirmed", "Cancelled", "Postponed", "Moved")
SCHEMES = {
    "committee-kind": (*(kind for kind, _ in COMMITTEE_KINDS), "other"),
    "participation-kind": model.PARTICIPATION_KINDS,
    "attendance-kind": model.ATTENDANCE_KINDS,
    "interest-kind": model.INTEREST_KINDS,
    "vote-outcome": ("carried", "lost"),
    "vote-option": model.VOTE_OPTIONS,
    "decision-status": DECISION_STATUSES,
    "meeting-status": MEETING_STATUSES,
    "authority-type": ("Metropolitan district", "Non-metropolitan district", "County", "Unitary authority",
                       "London borough", "City corporation", "Welsh unitary authority", "Scottish unitary authority",
                       "NI district", "Combined authority", "Strategic Regional Authority"),
    "organisation-kind": ("police force", "fire and rescue service", "nhs body", "combined authority",
                          "partnership"),
    "role-kind": ("executive portfolio holder",),
    "agenda-item-kind": ("published",),
}


def in_cl(term: object) -> bool:
    return isinstance(term, URIRef) and term.startswith(str(CL))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "council.ttl", format="turtle")


@pytest.fixture(scope="module")
def concepts() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "concepts.ttl", format="turtle")


@pytest.fixture(scope="module")
def context() -> dict:
    return json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def emitted() -> Graph:
    """All the mapping writes: a full record, the provenance of two records, and the council register."""
    record = everything_record()
    meeting = record.meetings[0]  # and a declaration whose words name a subject, not an item (cl:interestSubject)
    said = model.Declaration(meeting.declarations[0].person, "personal", "An interest in the Local Plan.",
                             subject="the Local Plan")
    record = replace(record, meetings=[replace(meeting, declarations=[*meeting.declarations, said])])
    minter = Minter(BASE, "stockport")
    graph = map_record(record, minter, "publish")
    now = datetime(2024, 1, 1, tzinfo=UTC)
    add_provenance(graph, minter.graph(record.kind, record.source_id), record, minter.council_iri(),
                   content_hash(graph), now)
    from_file = replace(record, source_id="68786", source_url=None, path=Path("samples/issue_68786.txt"))
    add_provenance(graph, minter.graph(from_file.kind, from_file.source_id), from_file, minter.council_iri(),
                   "0" * 64, now)
    add_validation_report(graph, minter.graph(from_file.kind, from_file.source_id), ["Warning at …: left out"])
    register = load_register()  # a few councils, one in a combined authority, one abolished with successors
    graph += map_register(register.councils[:3] + tuple(map(register.get, ("stockport", "allerdale", "cumberland"))),
                          BASE)
    return graph


def service_description_graph() -> Graph:
    """The SPARQL endpoint's service description states its limits with cl: terms too."""
    site = SimpleNamespace(base=BASE, limits=Limits(service_allowlist=("https://query.wikidata.org/sparql",)))
    triples = service_triples(site, ox.Literal("1", datatype=ox.NamedNode(str(XSD.integer))), {})
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")


def declared(ontology: Graph, kind: URIRef) -> set[URIRef]:
    return {s for s in ontology.subjects(RDF.type, kind) if in_cl(s)}


def declared_properties(ontology: Graph) -> set[URIRef]:
    return declared(ontology, OWL.ObjectProperty) | declared(ontology, OWL.DatatypeProperty)


def emitted_classes(graph: Graph) -> set[URIRef]:
    return set(graph.objects(None, RDF.type))


def emitted_predicates(graph: Graph) -> set[URIRef]:
    return set(graph.predicates()) - {RDF.type}


def superclasses(ontology: Graph, cls: URIRef) -> set[URIRef]:
    return set(ontology.transitive_objects(cls, RDFS.subClassOf))


def class_members(ontology: Graph, cls: URIRef | BNode) -> set[URIRef]:
    """A named class, or the members of an owl:unionOf."""
    union = ontology.value(cls, OWL.unionOf)
    return set(Collection(ontology, union)) if union is not None else {cls}


# -- (1) the files parse -------------------------------------------------------------------------------------


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.title).language == "en"
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.description).language == "en"
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) in LICENCES
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "cl"
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == str(CL)


def test_concept_schemes_parse(concepts: Graph) -> None:
    schemes = set(concepts.subjects(RDF.type, SKOS.ConceptScheme))
    assert schemes == {URIRef(CL_CONCEPTS + scheme) for scheme in SCHEMES}


def test_context_prefixes_are_the_publishers(context: dict) -> None:
    ctx = context["@context"]
    for prefix, namespace in PREFIXES.items():
        assert ctx[prefix] == str(namespace), prefix
    assert not any(isinstance(v, str) and v.startswith("http") and k not in PREFIXES
                   for k, v in ctx.items() if not k.startswith("@")), "a remote context or stray IRI"


def test_context_parses_a_small_document(context: dict) -> None:
    item = "http://example.org/id/x/agenda-item/1"
    meeting = "http://example.org/id/x/meeting/1"
    decision = "http://example.org/id/x/decision/1"
    document = "http://example.org/id/x/document/1"
    noted = concept("decision-status", "Noted")
    doc = {"@context": context["@context"], "@graph": [
        {"@id": item, "@type": "AgendaItem", "meeting": meeting, "displayNumber": "4.(i)",
         "minutes": "The report was noted.", "title": "Safer Stockport", "document": document},
        {"@id": decision, "@type": "Decision", "madeAt": item, "dateOfDecision": "2017-12-04",
         "keyDecision": False, "decisionStatus": str(noted), "statusAsPrinted": "Noted"},
        {"@id": document, "@type": "Document", "approximateByteSize": 109568},
    ]}
    parsed = Graph().parse(data=json.dumps(doc), format="json-ld")
    item_, meeting_, decision_, document_ = map(URIRef, (item, meeting, decision, document))
    expected = Graph()
    for triple in [
        (item_, RDF.type, CL.AgendaItem), (item_, CL.meeting, meeting_),
        (item_, CL.displayNumber, Literal("4.(i)")),
        (item_, CL.minutes, Literal("The report was noted.", lang="en")),
        (item_, DCTERMS.title, Literal("Safer Stockport")), (item_, CL.document, document_),
        (decision_, RDF.type, CL.Decision), (decision_, CL.madeAt, item_),
        (decision_, CL.dateOfDecision, Literal("2017-12-04", datatype=XSD.date)),
        (decision_, CL.keyDecision, Literal(False)), (decision_, CL.decisionStatus, noted),
        (decision_, CL.statusAsPrinted, Literal("Noted")),
        (document_, RDF.type, CL.Document), (document_, CL.approximateByteSize, Literal(109568)),
    ]:
        expected.add(triple)
    assert isomorphic(parsed, expected), parsed.serialize(format="nt")


def test_context_round_trips_the_mapping(context: dict, emitted: Graph) -> None:
    """Data compacted with the context reads back as the same triples."""
    text = emitted.serialize(format="json-ld", context=context["@context"])
    assert isomorphic(Graph().parse(data=text, format="json-ld"), emitted)


# -- (2) the ontology and the mapping declare and emit the same terms ----------------------------------------


def test_every_cl_class_the_mapping_emits_is_declared(ontology: Graph, emitted: Graph) -> None:
    missing = {c for c in emitted_classes(emitted) if in_cl(c)} - declared(ontology, OWL.Class)
    assert not missing, f"emitted but not declared as owl:Class: {sorted(missing)}"


def test_every_cl_property_the_mapping_emits_is_declared(ontology: Graph, emitted: Graph) -> None:
    missing = {p for p in emitted_predicates(emitted) if in_cl(p)} - declared_properties(ontology)
    assert not missing, f"emitted but not declared as a property: {sorted(missing)}"


def test_ontology_declares_only_what_the_mapping_emits(ontology: Graph, emitted: Graph) -> None:
    unused_classes = declared(ontology, OWL.Class) - emitted_classes(emitted)
    unused_properties = declared_properties(ontology) - emitted_predicates(emitted) - \
        emitted_predicates(service_description_graph())
    assert not unused_classes, f"declared but never emitted: {sorted(unused_classes)}"
    assert not unused_properties, f"declared but never emitted: {sorted(unused_properties)}"
    undeclared = {s for s in ontology.subjects() if in_cl(s)} - declared(ontology, OWL.Class) - \
        declared_properties(ontology)
    assert not undeclared, f"cl: subjects that are neither class nor property: {sorted(undeclared)}"


def test_service_description_terms_are_declared(ontology: Graph) -> None:
    ours = {p for p in emitted_predicates(service_description_graph()) if in_cl(p)}
    assert ours and ours <= declared_properties(ontology), sorted(ours - declared_properties(ontology))


def test_no_term_is_both_object_and_datatype_property(ontology: Graph) -> None:
    both = declared(ontology, OWL.ObjectProperty) & declared(ontology, OWL.DatatypeProperty)
    assert not both


def test_properties_are_used_as_declared(ontology: Graph, concepts: Graph, emitted: Graph) -> None:
    """Object properties point at things of their range; datatype properties hold literals of their range."""
    typed = emitted + concepts
    for prop in sorted(declared_properties(ontology)):
        domain, range_ = ontology.value(prop, RDFS.domain), ontology.value(prop, RDFS.range)
        assert domain is not None and range_ is not None, f"{prop} needs rdfs:domain and rdfs:range"
        domains = class_members(ontology, domain)
        for s, o in emitted.subject_objects(prop):
            s_types = set().union(*(superclasses(ontology, t) for t in typed.objects(s, RDF.type)))
            assert s_types & domains, f"{prop}: subject {s} is not a {sorted(domains)}"
            if (prop, RDF.type, OWL.ObjectProperty) in ontology:
                assert isinstance(o, URIRef), f"{prop}: {o!r} is not an IRI"
                o_types = set().union(*(superclasses(ontology, t) for t in typed.objects(o, RDF.type)))
                ranges = class_members(ontology, range_)
                if not o_types and prop in CROSS_RECORD_LINKS:
                    cls, kind = CROSS_RECORD_LINKS[prop]
                    assert cls in ranges and kind in o, f"{prop}: untyped {o} is not a {cls} of another record"
                    continue
                assert ranges & o_types, f"{prop}: object {o} is not a {sorted(ranges)}"
            elif range_ == RDF.langString:
                assert isinstance(o, Literal) and o.language == "en", f"{prop}: {o!r} is not English text"
            elif range_ == XSD.string:
                assert isinstance(o, Literal) and o.language is None and o.datatype in (None, XSD.string), \
                    f"{prop}: {o!r} is not a plain string"
            else:
                assert isinstance(o, Literal) and o.datatype == range_, f"{prop}: {o!r} is not a {range_}"


def test_external_types_on_instances_are_superclasses(ontology: Graph, emitted: Graph) -> None:
    """The standard classes put beside a cl: class on the data are its declared superclasses."""
    for s in set(emitted.subjects(RDF.type, None)):
        types = set(emitted.objects(s, RDF.type))
        ours = {t for t in types if in_cl(t)}
        assert len(ours) == 1, f"{s} has {len(ours)} cl: classes"
        assert types <= superclasses(ontology, ours.pop()), f"{s}: {sorted(types)}"


def test_external_terms_the_mapping_emits_are_known(ontology: Graph, emitted: Graph) -> None:
    aligned = {o for p in ALIGNMENT_PREDICATES for o in ontology.objects(None, p) if isinstance(o, URIRef)}
    external = {t for t in emitted_classes(emitted) | emitted_predicates(emitted) if not in_cl(t)}
    unknown = external - aligned - STANDARD_TERMS
    assert not unknown, f"external terms neither aligned nor allow-listed: {sorted(unknown)}"


def test_alignments_asked_for_in_the_design(ontology: Graph) -> None:
    popolo = Namespace("http://www.popoloproject.com/specs/")
    oparl = Namespace("https://schema.oparl.org/1.1/")
    eli_dl = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")
    mandaat = Namespace("http://data.vlaanderen.be/ns/mandaat#")
    for triple in [
        (CL.Meeting, SKOS.exactMatch, oparl.Meeting), (CL.AgendaItem, SKOS.exactMatch, oparl.AgendaItem),
        (CL.AgendaItem, SKOS.closeMatch, BESLUIT.BehandelingVanAgendapunt),
        (CL.Issue, SKOS.closeMatch, eli_dl.Process), (CL.Issue, SKOS.closeMatch, oparl.Paper),
        (CL.Council, SKOS.closeMatch, oparl.Body), (CL.Committee, SKOS.closeMatch, oparl.Organization),
        (CL.Membership, SKOS.closeMatch, mandaat.Mandataris),
        (CL.Membership, SKOS.closeMatch, oparl.Membership),
        (CL.Document, SKOS.closeMatch, oparl.File), (CL.Person, SKOS.closeMatch, oparl.Person),
        (CL.Person, SKOS.exactMatch, popolo["person.html"]), (CL.Post, SKOS.exactMatch, popolo["post.html"]),
        (CL.Vote, SKOS.closeMatch, popolo["vote-event.html"]),
        (CL.Participation, RDFS.subClassOf, PROV.Association),
        (CL.Role, RDFS.subClassOf, SKOS.Concept), (CL.participant, RDFS.subPropertyOf, PROV.agent),
        (CL.meeting, OWL.inverseOf, BESLUIT.behandelt),
        (CL.PlannedDecision, SKOS.closeMatch, eli_dl.ForeseenActivity),
        (CL.PlannedDecision, RDFS.seeAlso, oparl.Consultation),
        (CL.ContactPoint, RDFS.subClassOf, SCHEMA.ContactPoint),
        (CL.effectiveFrom, SKOS.closeMatch, Namespace("http://data.europa.eu/eli/ontology#").first_date_entry_in_force),
        (CL.wardAffected, RDFS.subPropertyOf, DCTERMS.spatial),
        (CL.decisionOn, RDFS.subPropertyOf, DCTERMS.subject),
        (CL.voteOnDecision, RDFS.seeAlso, BESLUIT.heeftStemming),
    ]:
        assert triple in ontology, triple


# -- (2) concepts --------------------------------------------------------------------------------------------


def test_emitted_concepts_are_in_concepts_ttl(concepts: Graph, emitted: Graph) -> None:
    for prop, scheme in CONCEPT_PROPERTIES.items():
        values = set(emitted.objects(None, prop))
        assert values, f"the mapping emitted no {prop}"
        for value in values:
            assert (value, RDF.type, SKOS.Concept) in concepts, value
            assert (value, SKOS.inScheme, URIRef(CL_CONCEPTS + scheme)) in concepts, value


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_concept_iris_are_what_the_mapping_mints(concepts: Graph, scheme: str) -> None:
    scheme_iri = URIRef(CL_CONCEPTS + scheme)
    expected = {concept(scheme, name) for name in SCHEMES[scheme]}
    assert set(concepts.subjects(SKOS.inScheme, scheme_iri)) == expected
    assert set(concepts.objects(scheme_iri, SKOS.hasTopConcept)) == expected
    for label in ("prefLabel", "definition"):
        assert concepts.value(scheme_iri, SKOS[label]).language == "en", (scheme, label)
    for iri in expected:
        assert (iri, RDF.type, SKOS.Concept) in concepts, iri
        assert (iri, SKOS.topConceptOf, scheme_iri) in concepts, iri
        assert {lit.language for lit in concepts.objects(iri, SKOS.prefLabel)} == {"en"}, iri
        assert {lit.language for lit in concepts.objects(iri, SKOS.definition)} == {"en"}, iri


def test_printed_statuses_become_the_labelled_concepts(concepts: Graph) -> None:
    for scheme, labels in (("decision-status", DECISION_STATUSES), ("meeting-status", MEETING_STATUSES)):
        for label in labels:
            assert concepts.value(concept(scheme, label), SKOS.prefLabel) == Literal(label, lang="en")


def test_concepts_ttl_adds_no_cl_terms(ontology: Graph, concepts: Graph) -> None:
    used = {t for triple in concepts for t in triple if in_cl(t)}
    assert used <= declared(ontology, OWL.Class) | declared_properties(ontology)
    assert set(concepts.subjects(RDF.type, SKOS.Concept)) == {
        concept(scheme, name) for scheme, names in SCHEMES.items() for name in names}


# -- (3) labels and comments ---------------------------------------------------------------------------------


def test_every_cl_term_has_an_english_label_and_comment(ontology: Graph) -> None:
    for term in sorted(declared(ontology, OWL.Class) | declared_properties(ontology)):
        for prop in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(term, prop))
            assert [v.language for v in values] == ["en"], f"{term} {prop}"
        assert len(str(ontology.value(term, RDFS.comment))) >= 30, f"{term}: say what it means"
        assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term


# -- (4) the JSON-LD context ---------------------------------------------------------------------------------


def context_terms(context: dict) -> dict[str, URIRef]:
    """Each term of the context and the IRI it expands to."""
    ctx = context["@context"]
    terms = {}
    for term, definition in ctx.items():
        if term.startswith("@") or term in PREFIXES:
            continue
        iri = definition["@id"] if isinstance(definition, dict) else definition
        prefix, _, local = iri.partition(":")
        terms[term] = URIRef(ctx[prefix] + local if prefix in ctx else iri)
    return terms


def test_context_terms_are_declared(context: dict, ontology: Graph) -> None:
    terms = context_terms(context)
    ours = {term: iri for term, iri in terms.items() if in_cl(iri)}
    known = declared(ontology, OWL.Class) | declared_properties(ontology)
    assert set(ours.values()) <= known, sorted(set(ours.values()) - known)
    assert set(ours.values()) == known, f"terms without a context entry: {sorted(known - set(ours.values()))}"
    for term, iri in ours.items():
        assert term == iri.removeprefix(str(CL)), f"{term} should be named after {iri}"


def test_context_coercions_match_ranges(context: dict, ontology: Graph) -> None:
    ctx = context["@context"]
    for prop in declared_properties(ontology):
        definition = ctx[prop.removeprefix(str(CL))]
        range_ = ontology.value(prop, RDFS.range)
        if (prop, RDF.type, OWL.ObjectProperty) in ontology:
            assert definition.get("@type") == "@id", prop
        elif range_ == RDF.langString:
            assert definition.get("@language") == "en", prop
        elif range_ == XSD.string:
            assert isinstance(definition, str), prop
        else:
            assert definition.get("@type") == "xsd:" + range_.removeprefix(str(XSD)), prop
