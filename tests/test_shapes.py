"""The SHACL shapes (shapes/*.ttl) and the validator (publisher/validate.py).

Broken graphs are made the way real errors arrive: from a modified record through the mapping, or by
editing the mapped triples. Each must give exactly the expected finding, with the right focus node, path,
severity and message.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pyshacl.entrypoints import meta_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from publisher import model, namespaces
from publisher.councils import load_register
from publisher.messages import plural
from publisher.namespaces import BESLUIT, CL, DCTERMS, FOAF, PROV, RDF, SCHEMA, SHAPES
from publisher.rdf import Minter, add_provenance, content_hash, map_record, map_register
from publisher.store.embedded import EmbeddedStore
from publisher.validate import (
    Finding,
    Validator,
    check_store,
    load_shapes,
    validation_report_turtle,
    violations,
    warnings,
)
from tests.built_records import everything_record

BASE = "http://127.0.0.1:8000"
MINTER = Minter(BASE, "stockport")
MEETING = MINTER.thing("meeting", "2017-12-04-communities-transport-scrutiny-committee")
ITEM = MINTER.thing("agenda-item", "2017-12-04-communities-transport-scrutiny-committee-item-4-i")
DECISION = MINTER.thing("decision", "2017-12-04-communities-transport-scrutiny-committee-item-4-i-1")
VOTE = MINTER.thing("vote", "2017-12-04-communities-transport-scrutiny-committee-item-4-i-1")
CABINET = MINTER.thing("committee", "cabinet")
RECORD_GRAPH = MINTER.graph("issue-meetings", "68785")
ISSUE = MINTER.thing("issue", "68785")
PAGE_DECISION = MINTER.thing("decision", "26804")  # the standalone decision of everything_record()
PAGE_VOTE = MINTER.thing("vote", "26804-vote-1")
PLANNED = MINTER.thing("planned-decision", "68785-due-2017-12-11-cabinet")
BAILEY = MINTER.thing("person", "sheila-bailey")
OTHER_MEETING = MINTER.thing("meeting", "2017-12-05-cabinet")

# The founding constraints: a record failing one of these is not published. Every other shape warns.
VIOLATION_SHAPES = {SHAPES[name] for name in (
    "Council-gssCode", "Council-areaServed", "Council-foundingDate", "Council-dissolutionDate",
    "Meeting-startDate", "Meeting-endDate", "Meeting-committee",
    "AgendaItem-meeting", "AgendaItem-title", "AgendaItem-displayNumber",
    "Decision-text", "DecisionTextShape", "Decision-madeAt", "Decision-date", "Decision-published",
    "Decision-effectiveFrom",
    "Issue-noticePublished", "PlannedDecision-dueDate",
    "Vote-for", "Vote-against", "Vote-abstain",
    "Person-foafName", "Person-schemaName",
    "Membership-startDate", "Membership-endDate", "Document-datePublished",
    "RecordGraph-contentHash", "RecordGraph-generatedAtTime", "RecordGraph-license",
)}
PUBLISHED_CLASSES = {CL[name] for name in (
    "Council", "Committee", "Meeting", "AgendaItem", "Issue", "Decision", "Vote", "Person", "Post", "Role",
    "Membership", "Attendance", "DeclarationOfInterest", "Participation", "Document", "OutsideOrganisation",
    "PoliticalParty", "Ward", "RecordGraph", "PlannedDecision", "ContactPoint", "ArrivalOrDeparture",
)}


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def record_graph(record: model.Record | None = None) -> Graph:
    """A record graph as ingest checks it: content, provenance, and its council from the register."""
    record = record or everything_record()
    graph = map_record(record, MINTER, "publish")
    add_provenance(graph, MINTER.graph(record.kind, record.source_id), record, MINTER.council_iri(),
                   content_hash(graph))
    return graph + map_register([load_register().get("stockport")], BASE)


def listed(findings: list[Finding]) -> str:
    return "\n".join(str(f) for f in findings) or "(none)"


def message_of(shapes: Graph, shape: URIRef) -> str:
    return str(shapes.value(shape, SH.message))


# -- (1) the shapes themselves -----------------------------------------------------------------------------


def test_shapes_conform_to_shacl_for_shacl(shapes: Graph) -> None:
    conforms, _report, text = meta_validate(Graph() + shapes, inference="none")
    assert conforms, text


def test_shacl_for_shacl_catches_a_broken_shape() -> None:
    """Keeps the test above meaningful: a malformed shape does fail the meta-validation."""
    broken = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
            sh:property [ sh:path <urn:p> ; sh:minCount "one" ] .
    """, format="turtle")
    conforms, _report, _text = meta_validate(broken, inference="none")
    assert not conforms


def test_every_published_class_has_a_shape(shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    assert targeted >= PUBLISHED_CLASSES
    mapped = record_graph()
    emitted = {o for o in mapped.objects(None, RDF.type) if str(o).startswith(str(CL))}
    assert emitted - {CL.ReferenceGraph} <= targeted, emitted - targeted


def test_every_shape_speaks_to_an_officer(shapes: Graph) -> None:
    node_shapes = set(shapes.subjects(SH.targetClass, None))
    property_shapes = set(shapes.objects(None, SH.property))
    assert len(property_shapes) > 60
    for shape in node_shapes | property_shapes:
        message = shapes.value(shape, SH.message)
        assert isinstance(message, Literal) and message.language == "en" and len(message) > 20, shape
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.severity) in (SH.Violation, SH.Warning), shape
    for shape in node_shapes:
        assert shapes.value(shape, SH.description) is not None, shape
    for shape in property_shapes:
        assert isinstance(shapes.value(shape, SH.path), URIRef), shape
    for constraint in shapes.objects(None, SH.sparql):
        assert shapes.value(constraint, SH.message) is not None


# -- (5) severities --------------------------------------------------------------------------------------


def test_founding_constraints_are_violations_and_the_rest_warnings(shapes: Graph) -> None:
    severities = dict(shapes.subject_objects(SH.severity))
    assert {s for s, sev in severities.items() if sev == SH.Violation} == VIOLATION_SHAPES
    assert {sev for s, sev in severities.items() if s not in VIOLATION_SHAPES} == {SH.Warning}
    for shape in ("Committee-classification", "Person-honorific", "Document-size", "VoteCountsShape",
                  "AgendaItemMinutesTitleShape", "Meeting-label"):
        assert severities[SHAPES[shape]] == SH.Warning, shape


# -- (2) the mapping of a full record conforms -------------------------------------------------------------


def test_everything_record_has_no_violations(validator: Validator) -> None:
    findings = validator.check(record_graph())
    assert not violations(findings), listed(findings)
    assert all(f.severity == "Warning" for f in warnings(findings)), listed(findings)


def test_whole_council_register_conforms(validator: Validator) -> None:
    findings = validator.check(map_register(load_register().councils, BASE))
    assert findings == [], listed(findings)


# -- (3) each founding constraint, broken ------------------------------------------------------------------


def _set(s: URIRef, p: URIRef, o: Literal | URIRef) -> Callable[[Graph], None]:
    return lambda g: g.set((s, p, o))


def _add(s: URIRef, p: URIRef, o: Literal | URIRef) -> Callable[[Graph], None]:
    return lambda g: g.add((s, p, o))


def _remove(s: URIRef, p: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, None))


BROKEN = {
    "meeting start date as a plain string": (
        _set(MEETING, SCHEMA.startDate, Literal("31/02/2017")), MEETING, SCHEMA.startDate,
        "Meeting-startDate", '"31/02/2017"'),
    "meeting start date that is no date": (
        _set(MEETING, SCHEMA.startDate, Literal("2017-02-31", datatype=namespaces.XSD.date)), MEETING,
        SCHEMA.startDate, "Meeting-startDate", '"2017-02-31"^^xsd:date'),
    "meeting held by two committees": (
        _add(MEETING, BESLUIT.isGehoudenDoor, CABINET), MEETING, BESLUIT.isGehoudenDoor,
        "Meeting-committee", None),
    "agenda item without a title": (
        _remove(ITEM, DCTERMS.title), ITEM, DCTERMS.title, "AgendaItem-title", None),
    "agenda item without a displayed number": (
        _remove(ITEM, CL.displayNumber), ITEM, CL.displayNumber, "AgendaItem-displayNumber", None),
    "decision without text": (
        _remove(DECISION, PROV.value), DECISION, None, "DecisionTextShape", f"<{DECISION}>"),
    "decision text without a language": (
        _set(DECISION, PROV.value, Literal("That the report be noted.")), DECISION, PROV.value,
        "Decision-text", '"That the report be noted."'),
    "decision made at a text, not a thing": (
        _set(DECISION, CL.madeAt, Literal("Item 4")), DECISION, CL.madeAt, "Decision-madeAt", '"Item 4"'),
    "decision date as a string": (
        _set(DECISION, CL.dateOfDecision, Literal("04/12/2017")), DECISION, CL.dateOfDecision,
        "Decision-date", '"04/12/2017"'),
    "negative vote count": (
        _set(VOTE, BESLUIT.aantalTegenstanders, Literal(-1)), VOTE, BESLUIT.aantalTegenstanders,
        "Vote-against", '"-1"^^xsd:integer'),
    "decision publication date as a string": (
        _set(PAGE_DECISION, SCHEMA.datePublished, Literal("13/12/2017")), PAGE_DECISION, SCHEMA.datePublished,
        "Decision-published", '"13/12/2017"'),
    "decision effective from a date and time": (
        _set(PAGE_DECISION, CL.effectiveFrom, Literal("2017-12-21T00:00:00", datatype=namespaces.XSD.dateTime)),
        PAGE_DECISION, CL.effectiveFrom, "Decision-effectiveFrom", '"2017-12-21T00:00:00"^^xsd:dateTime'),
    "decision made at two places": (
        _add(PAGE_DECISION, CL.madeAt, ITEM), PAGE_DECISION, CL.madeAt, "Decision-madeAt", None),
    "issue notice published as a string": (
        _set(ISSUE, CL.noticeFirstPublished, Literal("01/11/2017")), ISSUE, CL.noticeFirstPublished,
        "Issue-noticePublished", '"01/11/2017"'),
    "planned decision without a due date": (
        _remove(PLANNED, CL.dueDate), PLANNED, CL.dueDate, "PlannedDecision-dueDate", None),
    "record graph without a content hash": (
        _remove(RECORD_GRAPH, CL.contentHash), RECORD_GRAPH, CL.contentHash, "RecordGraph-contentHash", None),
    "record graph generated at a date only": (
        _set(RECORD_GRAPH, PROV.generatedAtTime, Literal("2024-01-01", datatype=namespaces.XSD.date)),
        RECORD_GRAPH, PROV.generatedAtTime, "RecordGraph-generatedAtTime", '"2024-01-01"^^xsd:date'),
    "record graph without a licence": (
        _remove(RECORD_GRAPH, DCTERMS.license), RECORD_GRAPH, DCTERMS.license, "RecordGraph-license", None),
    "council with a malformed GSS code": (
        _set(MINTER.council_iri(), CL.gssCode, Literal("E8000007")), MINTER.council_iri(), CL.gssCode,
        "Council-gssCode", '"E8000007"'),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_graph_gives_exactly_the_expected_violation(case: str, validator: Validator,
                                                          shapes: Graph) -> None:
    edit, focus, path, shape, value = BROKEN[case]
    graph = record_graph()
    edit(graph)
    found = violations(validator.check(graph))
    assert [(f.focus, f.path, f.shape, f.value) for f in found] == [
        (str(focus), str(path) if path else None, str(SHAPES[shape]), value)], listed(found)
    assert found[0].message == message_of(shapes, SHAPES[shape])


def test_meeting_start_as_string_reads_well(validator: Validator) -> None:
    graph = record_graph()
    graph.set((MEETING, SCHEMA.startDate, Literal("31/02/2017")))
    [finding] = violations(validator.check(graph))
    assert str(finding) == (
        f"Violation at <{MEETING}> (path schema:startDate): A meeting's start date (schema:startDate) must be "
        f'an xsd:date or xsd:dateTime, given at most once. [value: "31/02/2017"]')


def test_honorific_in_a_name_is_a_violation_on_both_names(validator: Validator, shapes: Graph) -> None:
    record = everything_record()
    record.meetings[0].attendances[0].person.name = "Councillor Sheila Bailey"  # a reader's mistake
    found = violations(validator.check(record_graph(record)))
    focus = str(MINTER.thing("person", "councillor-sheila-bailey"))
    assert [(f.focus, f.path, f.value) for f in found] == [
        (focus, str(SCHEMA.name), '"Councillor Sheila Bailey"'),
        (focus, str(FOAF.name), '"Councillor Sheila Bailey"')], listed(found)
    assert found[1].message == message_of(shapes, SHAPES["Person-foafName"])
    assert "honorific" in found[1].message and "Councillor" in found[1].message


@pytest.mark.parametrize(("name", "bad"), [
    ("Councillor Sheila Bailey", True), ("cllr. Sheila Bailey", True), ("CLLR Bailey", True),
    ("Mr Tom Hill", True), ("Mrs. Ann Long", True), ("Ms Jo Dee", True), ("Miss Ada Lee", True),
    ("Dr Cy Rao", True), ("Superintendent Emma Taylor", True), ("Inspector Ian Gray", True),
    ("Sergeant Sam Ng", True), ("Sir Bob Geldof", True), ("Dame Judi Dench", True),
    ("Professor Brian Cox", True), ("The Mayor", True), ("  Councillor  X", True), ("", True), ("   ", True),
    ("Sheila Bailey", False), ("Drew Barrymore", False), ("Theresa May", False), ("Misty Mrsic", False),
    ("Sirius Black", False), ("Mrinal Sen", False), ("Dameon Price", False), ("Insp Ector", True),
    ("Ms", True), ("Jo Councillor", False),
    # A surname that is also a title, named alone as a voter list prints it ("Cllr Lord", West Sussex)
    ("Lord", False), ("Constable", False), ("Canon", False), ("Mr", True), ("Cllr.", True), ("Lord Smith", True),
    # Two capitals are initials before a name in lower case ("Councillor MR Lay" is M. R. Lay), a title before one
    # in capitals; "MRS" and "CLLR" are never initials
    ("MR Lay", False), ("DR Smith", False), ("MS Jones", False), ("MR LAY", True), ("DR. SMITH", True),
    ("mr lay", True), ("Mr. Lay", True), ("MRS Lay", True), ("Mx Lay", True),
])
def test_honorific_pattern(name: str, bad: bool, validator: Validator) -> None:
    person = URIRef(f"{BASE}/id/stockport/person/x")
    graph = Graph()
    for cls in (CL.Person, FOAF.Person):
        graph.add((person, RDF.type, cls))
    for prop in (FOAF.name, SCHEMA.name):
        graph.add((person, prop, Literal(name)))
    found = {f.path for f in violations(validator.check(graph))}
    assert found == ({str(FOAF.name), str(SCHEMA.name)} if bad else set())


# -- (4) stated vote counts against named voters -----------------------------------------------------------


def test_vote_count_disagreeing_with_named_voters_is_a_warning(validator: Validator) -> None:
    record = everything_record()
    record.meetings[0].items[0].votes[0].votes_for = 3  # but Bailey and Stokes are the two named "for"
    findings = validator.check(record_graph(record))
    assert not violations(findings), listed(findings)
    [finding] = [f for f in findings if f.shape == str(SHAPES.VoteCountsShape)]
    assert (finding.severity, finding.focus, finding.path, finding.value) == (
        "Warning", str(VOTE), str(BESLUIT.aantalVoorstanders), '"3"^^xsd:integer')
    assert finding.message == ("Vote option 'for': the record states a count of 3 but names 2 voters for it. "
                               "The stated count and the named voters should agree; please check the source "
                               "record.")


def test_vote_count_on_a_decision_disagreeing_with_named_voters_is_a_warning(validator: Validator) -> None:
    record = everything_record()
    record.decisions[0].votes[0].votes_for = 24  # Bailey and Stokes are the two named "for"
    findings = validator.check(record_graph(record))
    assert not violations(findings), listed(findings)
    [finding] = [f for f in findings if f.shape == str(SHAPES.VoteCountsShape)]
    assert (finding.severity, finding.focus, finding.path, finding.value) == (
        "Warning", str(PAGE_VOTE), str(BESLUIT.aantalVoorstanders), '"24"^^xsd:integer')
    assert "'for'" in finding.message and "count of 24" in finding.message and "names 2 voters" in finding.message


def test_vote_counts_are_compared_per_option_and_only_with_named_voters(validator: Validator) -> None:
    record = everything_record()
    vote = record.meetings[0].items[0].votes[0]
    vote.abstentions = 0  # Ben Dale is named as abstaining
    vote.casts = [c for c in vote.casts if c.option != "against"]
    vote.votes_against = 7  # nobody named against: nothing to compare
    findings = [f for f in validator.check(record_graph(record)) if f.shape == str(SHAPES.VoteCountsShape)]
    assert [(f.path, f.value) for f in findings] == [(str(BESLUIT.aantalOnthouders), '"0"^^xsd:integer')]
    assert "'abstain'" in findings[0].message and "count of 0" in findings[0].message
    assert "names 1 voters" in findings[0].message


# -- warnings that are not founding constraints ------------------------------------------------------------


def test_warnings_do_not_block(validator: Validator) -> None:
    graph = record_graph()
    graph.remove((CABINET, None, None))
    graph.add((CABINET, RDF.type, CL.Committee))  # no label, no classification, no council
    document = MINTER.thing("document", f"{ITEM.rsplit('/', 1)[1]}-document-1")
    graph.remove((document, SCHEMA.contentSize, None))
    graph.set((ITEM, DCTERMS.title, Literal(" ")))
    graph.add((BAILEY, SCHEMA.honorificPrefix, Literal("Cllr")))  # a second honorific
    findings = validator.check(graph)
    assert not violations(findings), listed(findings)
    shapes_warned = {f.shape.rsplit("#", 1)[1] for f in warnings(findings) if f.shape}
    assert {"Committee-label", "Committee-classification", "Committee-council", "Document-size",
            "AgendaItemMinutesTitleShape", "Person-honorific"} <= shapes_warned


@pytest.mark.parametrize(("case", "shape"), [
    ("vote taken on nothing", "VoteSubjectShape"),
    ("participation at an item and in a decision", "ParticipationPlaceShape"),
    ("decision placed nowhere", "DecisionAnchorShape"),
    ("decision maker that is no committee", "Decision-maker"),
    ("decision made at a person", "Decision-madeAtKind"),
    ("planned decision without its maker", "PlannedDecision-makerAsPrinted"),
    ("issue contact that is a document", "Issue-contact"),
])
def test_new_shapes_warn_and_do_not_block(case: str, shape: str, validator: Validator) -> None:
    graph = record_graph()
    participation = MINTER.thing("participation", "26804-participation-1")
    edits = {
        "vote taken on nothing": lambda: graph.remove((PAGE_VOTE, CL.voteOnDecision, None)),
        "participation at an item and in a decision": lambda: graph.add((participation, CL.atItem, ITEM)),
        "decision placed nowhere": lambda: (graph.remove((PAGE_DECISION, CL.madeAt, None)),
                                            graph.remove((PAGE_DECISION, CL.decisionOn, None))),
        "decision maker that is no committee": lambda: graph.set((PAGE_DECISION, CL.decisionMaker, BAILEY)),
        "decision made at a person": lambda: graph.set((PAGE_DECISION, CL.madeAt, BAILEY)),
        "planned decision without its maker": lambda: graph.remove((PLANNED, CL.decisionMakerAsPrinted, None)),
        "issue contact that is a document": lambda: graph.add(
            (ISSUE, CL.contact, MINTER.thing("document", "issue-68785-document-1"))),
    }
    edits[case]()
    findings = validator.check(graph)
    assert not violations(findings), listed(findings)
    assert str(SHAPES[shape]) in {f.shape for f in warnings(findings)}, listed(findings)


# -- the validator as a component --------------------------------------------------------------------------


def test_validator_reuse_leaves_no_state_behind(validator: Validator) -> None:
    broken = record_graph()
    broken.remove((DECISION, PROV.value, None))
    assert violations(validator.check(broken))
    assert not violations(validator.check(record_graph()))
    assert violations(validator.check(broken)) == violations(Validator().check(broken))


def test_blank_node_focus_is_reported(validator: Validator) -> None:
    graph = Graph()
    meeting = BNode("m1")
    graph.add((meeting, RDF.type, CL.Meeting))
    findings = validator.check(graph)
    assert {(f.severity, f.focus, f.path) for f in findings} >= {
        ("Warning", "_:m1", str(SCHEMA.startDate)), ("Warning", "_:m1", str(BESLUIT.isGehoudenDoor)),
        ("Warning", "_:m1", None)}
    assert "Warning at _:m1: A meeting should be identified by an IRI" in "\n".join(map(str, findings))


def test_report_turtle_from_findings_and_from_report_graph(validator: Validator) -> None:
    graph = record_graph()
    graph.set((MEETING, SCHEMA.startDate, Literal("31/02/2017")))
    findings = validator.check(graph)
    report = Graph().parse(data=validation_report_turtle(findings), format="turtle")
    assert (None, SH.conforms, Literal(False)) in report
    results = list(report.objects(None, SH.result))
    assert len(results) == len(findings)
    violation = next(r for r in results if report.value(r, SH.resultSeverity) == SH.Violation)
    assert report.value(violation, SH.focusNode) == MEETING
    assert report.value(violation, SH.resultPath) == SCHEMA.startDate
    assert report.value(violation, SH.value) == Literal("31/02/2017")
    assert report.value(violation, SH.sourceShape) == SHAPES["Meeting-startDate"]
    raw = Graph().parse(data=validation_report_turtle(validator.report_graph(graph)), format="turtle")
    assert len(list(raw.objects(None, SH.result))) == len(findings)
    clean = validation_report_turtle(warnings(findings))
    assert "sh:conforms true" in clean


def test_check_store_checks_each_record_with_its_council(validator: Validator) -> None:
    store = EmbeddedStore(None)
    graph = map_record(everything_record(), MINTER, "publish")
    add_provenance(graph, RECORD_GRAPH, everything_record(), MINTER.council_iri(), content_hash(graph))
    store.replace_graph(str(RECORD_GRAPH), graph)
    register = map_register(load_register().councils, BASE)
    store.replace_graph(f"{BASE}/graph/reference/councils", register)
    report = check_store(store, validator)
    assert report.checked == 2 and not report.violations, report.text()
    assert report.text().endswith(f"2 graphs checked: 0 violations, {plural(len(report.warnings), 'warning')}")
    assert "sh:conforms true" in report.turtle()
    broken = Graph() + graph
    broken.set((MEETING, SCHEMA.startDate, Literal("31/02/2017")))
    store.replace_graph(str(RECORD_GRAPH), broken)
    report = check_store(store, validator)
    assert [f.focus for f in report.violations] == [str(MEETING)]
    assert f"{RECORD_GRAPH}:\n  Violation at <{MEETING}> (path schema:startDate)" in report.text()
    assert "sh:conforms false" in report.turtle()


def test_agenda_item_of_two_meetings_is_a_violation_and_of_none_a_warning(validator: Validator) -> None:
    graph = record_graph()
    graph.add((ITEM, CL.meeting, OTHER_MEETING))
    graph.add((OTHER_MEETING, RDF.type, CL.Meeting))
    on_item = [f for f in violations(validator.check(graph)) if f.focus == str(ITEM)]
    assert [(f.path, f.shape) for f in on_item] == [(str(CL.meeting), str(SHAPES["AgendaItem-meeting"]))]
    graph = record_graph()
    graph.remove((ITEM, CL.meeting, None))
    findings = [f for f in validator.check(graph) if f.focus == str(ITEM)]
    assert [(f.severity, f.shape) for f in findings] == [("Warning", str(SHAPES["AgendaItem-meetingKnown"]))]
    assert "neither the meeting's date nor its body" in findings[0].message


def test_meeting_known_only_by_its_id_warns_of_its_date_and_body(validator: Validator) -> None:
    """A vote table or plain-layout agenda names its meeting only by the MId of its URL: published, with
    a Warning for each of date and body the page did not print (issue 14, part 3)."""
    graph = record_graph()
    graph.remove((MEETING, SCHEMA.startDate, None))
    graph.remove((MEETING, BESLUIT.isGehoudenDoor, None))
    findings = [f for f in validator.check(graph) if f.focus == str(MEETING)]
    assert sorted((f.severity, f.shape) for f in findings) == [
        ("Warning", str(SHAPES["Meeting-committeeKnown"])), ("Warning", str(SHAPES["Meeting-startDateKnown"]))]
