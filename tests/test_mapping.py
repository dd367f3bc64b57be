"""The RDF mapping of decision pages, issue histories, contacts, rosters and meeting times: exact triples.

Records are built by hand in the domain model from the facts of the samples (no reader involved), so these
tests pin down what the mapping writes for each model field, whatever reader fills it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from publisher import model
from publisher.councils import load_register
from publisher.decision_makers import makers_named, reads_as_committee
from publisher.ingest import Pipeline
from publisher.namespaces import BESLUIT, CL, DCTERMS, FOAF, ORG, PERSON, PROV, RDF, RDFS, SCHEMA, SHAPES, SKOS
from publisher.rdf import Minter, RecordMapper, concept, map_council, map_record
from publisher.settings import Settings
from publisher.sources import read_record
from publisher.sources.agenda_item_page import read_agenda_item_page
from publisher.store import open_store
from publisher.validate import Finding, Validator
from tests.conftest import ROOT

BASE = "http://127.0.0.1:8000"
WOKING = Minter(BASE, "woking")
STOCKPORT = Minter(BASE, "stockport")
LEWES = Minter(BASE, "lewes")
SLOUGH = Minter(BASE, "slough")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's closed XSD namespace warns under pytest
VALIDATOR = Validator()


def check(graph: Graph, minter: Minter) -> list[Finding]:
    """SHACL findings as ingest sees them: the record graph with its council from the register."""
    with_council = Graph() + graph
    map_council(load_register().get(minter.council), minter, with_council)
    return VALIDATOR.check(with_council)


def about(graph: Graph, s: URIRef) -> set[tuple[Node, Node]]:
    """Every (predicate, object) the graph states of one subject."""
    return set(graph.predicate_objects(s))


def day(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def text(value: str) -> Literal:
    return Literal(value, lang="en")


# -- the Woking decision page (ieDecisionDetails.aspx?AIId=26804) --------------------------------------------

WOKING_TEXT = ("That the contents of the draft Local List be considered and approved for public consultation in "
               "the Autumn/Winter of 2024.")


def woking_record(email: str | None = "tom.simpson@woking.gov.uk") -> model.Record:
    """The Woking decision as its page prints it (the sample's "Email:" is empty; one is given here so the
    contact policy has something to keep or drop)."""
    executive = model.Committee("Executive")
    decision = model.Decision(
        WOKING_TEXT, status="Recommendations Approved", date=date(2024, 9, 12), key_decision=False,
        maker="Executive", subject_to_call_in=True,
        purpose="To consider the Draft Local List and to seek authority for community and stakeholder "
                "consultation.",
        reasons="To give the public and those affected by the proposals the opportunity to comment on the "
                "document and for their comments to be considered before the Local List is adopted.",
        wards=["All Wards"], report_author=model.Person("Tom Simpson"),
        contact=model.Contact(model.Person("Tom Simpson"), "Senior Planning Policy Officer", email=email),
        published=date(2024, 9, 13), effective_from=date(2024, 9, 21), recommend_to_council=False,
        meeting=model.MeetingRef(executive, date(2024, 9, 12)), source_id="26804",
    )
    return model.Record("decision-details", "26804",
                        "https://moderngov.woking.gov.uk/ieDecisionDetails.aspx?AIId=26804", decisions=[decision])


def test_woking_decision_exact_triples() -> None:
    graph = map_record(woking_record(), WOKING, "role-only")
    decision = WOKING.thing("decision", "26804")
    executive = WOKING.thing("committee", "executive")
    tom = WOKING.thing("person", "tom-simpson")
    all_wards = WOKING.thing("ward", "all-wards")
    assert about(graph, decision) == {
        (RDF.type, CL.Decision), (RDF.type, BESLUIT.Besluit),
        (PROV.value, text(WOKING_TEXT)),
        (RDFS.label, Literal(WOKING_TEXT[:117] + "…")),  # the page's title was not captured: the text's start
        (DCTERMS.identifier, Literal("26804")),
        (CL.madeAt, WOKING.thing("meeting", "2024-09-12-executive")),
        (CL.decisionMakerAsPrinted, Literal("Executive")),
        (CL.decisionMaker, executive),
        (CL.dateOfDecision, day("2024-09-12")),
        (CL.statusAsPrinted, Literal("Recommendations Approved")),
        (CL.decisionStatus, concept("decision-status", "Recommendations Approved")),
        (CL.keyDecision, Literal(False)),
        (CL.subjectToCallIn, Literal(True)),
        (CL.purpose, text("To consider the Draft Local List and to seek authority for community and "
                          "stakeholder consultation.")),
        (CL.reasons, text("To give the public and those affected by the proposals the opportunity to comment "
                          "on the document and for their comments to be considered before the Local List is "
                          "adopted.")),
        (CL.wardAffected, all_wards),
        (CL.reportAuthor, tom),
        (CL.contact, tom),
        (SCHEMA.datePublished, day("2024-09-13")),
        (CL.effectiveFrom, day("2024-09-21")),
        (CL.recommendedToCouncil, Literal(False)),
    }
    assert about(graph, all_wards) == {
        (RDF.type, CL.Ward), (RDFS.label, Literal("All Wards")), (SKOS.prefLabel, Literal("All Wards")),
        (CL.coversAllWards, Literal(True))}
    assert about(graph, executive) >= {
        (RDF.type, CL.Committee), (RDFS.label, Literal("Executive")),
        (ORG.subOrganizationOf, WOKING.council_iri()),
        (ORG.classification, concept("committee-kind", "cabinet"))}
    assert about(graph, tom) == {
        (RDF.type, CL.Person), (RDF.type, PERSON.Person), (RDF.type, FOAF.Person), (RDF.type, SCHEMA.Person),
        (RDFS.label, Literal("Tom Simpson")), (FOAF.name, Literal("Tom Simpson")),
        (SCHEMA.name, Literal("Tom Simpson")), (SCHEMA.jobTitle, Literal("Senior Planning Policy Officer"))}


def test_the_meeting_a_decision_page_names_is_described_with_what_the_page_states() -> None:
    """"Decided at meeting: 12/09/2024 - Executive": the meeting, its date and committee (the IRI its own
    record uses); nothing the page does not print (time, venue, items)."""
    graph = map_record(woking_record(), WOKING)
    meeting = WOKING.thing("meeting", "2024-09-12-executive")
    assert about(graph, meeting) == {
        (RDF.type, CL.Meeting), (RDF.type, BESLUIT.Zitting), (RDF.type, SCHEMA.Event),
        (RDFS.label, Literal("Executive, 12 September 2024")),
        (BESLUIT.isGehoudenDoor, WOKING.thing("committee", "executive")),
        (SCHEMA.startDate, day("2024-09-12"))}
    assert set(graph.subjects(None, meeting)) == {WOKING.thing("decision", "26804")}


@pytest.mark.parametrize(("policy", "email"), [
    ("publish", {Literal("tom.simpson@woking.gov.uk")}), ("role-only", set()), ("drop", set())])
def test_contact_email_follows_the_policy(policy: str, email: set[Literal]) -> None:
    graph = map_record(woking_record(), WOKING, policy)  # type: ignore[arg-type]
    decision, tom = WOKING.thing("decision", "26804"), WOKING.thing("person", "tom-simpson")
    assert set(graph.objects(tom, SCHEMA.email)) == email
    assert set(graph.objects(decision, CL.contact)) == (set() if policy == "drop" else {tom})
    # the report author is named on the page as a matter of public record, whatever the contact setting
    assert (decision, CL.reportAuthor, tom) in graph
    assert (tom, SCHEMA.jobTitle, Literal("Senior Planning Policy Officer")) in graph or policy == "drop"


def test_woking_decision_conforms_with_no_warning() -> None:
    graph = map_record(woking_record(), WOKING, "publish")
    assert [str(f) for f in check(graph, WOKING)] == []


# -- the decision maker as printed -----------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "committee"), [
    ("Executive", True), ("Cabinet", True), ("Council Meeting", True), ("Full Council", True),
    ("Planning Committee", True), ("Overview and Scrutiny", True), ("Licensing Sub-Committee", True),
    ("Health and Wellbeing Board", True),
    ("Cabinet Member for Highways, Parks and Leisure Services", False), ("Chief Executive", False),
    ("Leader of the Council", False), ("Portfolio Holder for Planning", False),
    ("Executive Director of Place", False), ("Head of Planning", False), ("Tom Simpson", False),
    ("Individual Cabinet Member Decisions", False), ("Mayor and Cabinet", False),
])
def test_reads_as_committee(printed: str, committee: bool) -> None:
    assert reads_as_committee(printed) is committee


def test_a_maker_printed_as_a_post_is_kept_as_printed_only() -> None:
    record = woking_record()
    record.decisions[0].maker = "Cabinet Member for Planning"
    graph = map_record(record, WOKING)
    decision = WOKING.thing("decision", "26804")
    assert set(graph.objects(decision, CL.decisionMakerAsPrinted)) == {Literal("Cabinet Member for Planning")}
    assert set(graph.objects(decision, CL.decisionMaker)) == set()
    # the only committee is the one that held the meeting the page names, not one made of the post
    assert set(graph.subjects(RDF.type, CL.Committee)) == {WOKING.thing("committee", "executive")}


@pytest.mark.parametrize(("printed", "bodies"), [
    ("Governance Committee, County Council", ["Governance Committee", "County Council"]),  # West Sussex
    ("Planning, Design and Development Committee", ["Planning, Design and Development Committee"]),
    ("Cabinet Member for Highways, Parks and Leisure Services", []),
    ("Leader of the Council and Portfolio Holder for Building a Better Oldham, Executive Director for Place & "
     "Economic Growth", []),
])
def test_makers_named(printed: str, bodies: list[str]) -> None:
    """A maker printed as a committee and the council that decided on its recommendation names both bodies;
    a body whose name holds a comma stays one, and a post names none."""
    assert makers_named(printed) == bodies


def test_a_maker_named_as_a_committee_of_the_record_is_linked() -> None:
    """"Mayor and Cabinet" reads like a post, but the page says the decision was made at its meeting."""
    record = woking_record()
    record.decisions[0].maker = "Mayor and Cabinet"
    record.decisions[0].meeting = model.MeetingRef(model.Committee("Mayor and Cabinet"), date(2024, 9, 12))
    graph = map_record(record, WOKING)
    assert set(graph.objects(WOKING.thing("decision", "26804"), CL.decisionMaker)) == {
        WOKING.thing("committee", "mayor-and-cabinet")}


def test_without_a_printed_maker_the_meeting_committee_decided() -> None:
    record = woking_record()
    record.decisions[0].maker = None
    graph = map_record(record, WOKING)
    decision = WOKING.thing("decision", "26804")
    assert set(graph.objects(decision, CL.decisionMaker)) == {WOKING.thing("committee", "executive")}
    assert set(graph.objects(decision, CL.decisionMakerAsPrinted)) == set()


# -- an issue history with decisions due (mgIssueHistoryHome.aspx?IId=96771) -----------------------------------


def stockport_issue_history() -> model.Record:
    issue = model.Issue(
        "Safer Stockport Partnership Plan 2022/25", "96771",
        summary="Safer Stockport Partnership (SSP) is required to review, identify and agree local community "
                "safety priorities on a regular basis.",
        decision_type="Key", key_decision=True, key_reason="Policy Framework & Budget",
        status="Recommendations Approved", wards=["All Wards"], notice_published=date(2022, 2, 14),
        decisions_due=[model.DecisionDue(date(2022, 3, 15), "Cabinet"),
                       model.DecisionDue(date(2022, 3, 31), "Council Meeting")],
        lead_member=model.Post("Cabinet Member for Highways, Parks and Leisure Services"),
        department="Corporate and Support Services",
        contact=model.Contact(model.Person("Kathryn Rees"), "Corporate and Support Services",
                              email="kathryn.rees@stockport.gov.uk"),
        forward_plan_ref="IN2", impact_assessment="Yes will be required.",
        call_in="Not applicable - referral to Council Meeting",
        documents=[model.Document("Safer Stockport Partnership Plan 2022/25")],
    )
    return model.Record("issue-history", "96771",
                        "https://democracy.stockport.gov.uk/mgIssueHistoryHome.aspx?IId=96771", issue=issue)


def test_issue_history_exact_triples() -> None:
    graph = map_record(stockport_issue_history(), STOCKPORT, "role-only")
    issue = STOCKPORT.thing("issue", "96771")
    cabinet_due = STOCKPORT.thing("planned-decision", "96771-due-2022-03-15-cabinet")
    council_due = STOCKPORT.thing("planned-decision", "96771-due-2022-03-31-council-meeting")
    lead = STOCKPORT.thing("post", "cabinet-member-for-highways-parks-and-leisure-services")
    rees = STOCKPORT.thing("person", "kathryn-rees")
    document = STOCKPORT.thing("document", "issue-96771-document-1")
    assert about(graph, issue) == {
        (RDF.type, CL.Issue),
        (DCTERMS.title, Literal("Safer Stockport Partnership Plan 2022/25")),
        (RDFS.label, Literal("Safer Stockport Partnership Plan 2022/25")),
        (DCTERMS.identifier, Literal("96771")),
        (DCTERMS.abstract, text("Safer Stockport Partnership (SSP) is required to review, identify and agree "
                                "local community safety priorities on a regular basis.")),
        (CL.decisionTypeAsPrinted, Literal("Key")), (CL.keyDecision, Literal(True)),
        (CL.keyDecisionReason, Literal("Policy Framework & Budget")),
        (CL.statusAsPrinted, Literal("Recommendations Approved")),
        (CL.decisionStatus, concept("decision-status", "Recommendations Approved")),
        (CL.wardAffected, STOCKPORT.thing("ward", "all-wards")),
        (CL.noticeFirstPublished, day("2022-02-14")),
        (CL.plannedDecision, cabinet_due), (CL.plannedDecision, council_due),
        (CL.leadMember, lead),
        (CL.departmentAsPrinted, Literal("Corporate and Support Services")),
        (CL.contact, rees),
        (CL.forwardPlanReference, Literal("IN2")),
        (CL.impactAssessment, text("Yes will be required.")),
        (CL.callInAsPrinted, Literal("Not applicable - referral to Council Meeting")),
        (CL.document, document),
    }
    assert about(graph, cabinet_due) == {
        (RDF.type, CL.PlannedDecision), (RDFS.label, Literal("Decision due 15 March 2022 by Cabinet")),
        (CL.dueDate, day("2022-03-15")), (CL.decisionMakerAsPrinted, Literal("Cabinet")),
        (CL.decisionMaker, STOCKPORT.thing("committee", "cabinet"))}
    assert about(graph, council_due) == {
        (RDF.type, CL.PlannedDecision), (RDFS.label, Literal("Decision due 31 March 2022 by Council Meeting")),
        (CL.dueDate, day("2022-03-31")), (CL.decisionMakerAsPrinted, Literal("Council Meeting")),
        (CL.decisionMaker, STOCKPORT.thing("committee", "council-meeting"))}
    assert set(graph.objects(lead, ORG.heldBy)) == set()  # nobody named
    assert set(graph.objects(rees, SCHEMA.email)) == set()  # role-only
    assert (rees, SCHEMA.jobTitle, Literal("Corporate and Support Services")) in graph
    findings = check(graph, STOCKPORT)
    assert [(f.focus, f.shape) for f in findings] == [(str(document), str(SHAPES["Document-size"]))]


def test_a_due_decision_by_a_post_has_no_committee() -> None:
    record = stockport_issue_history()
    record.issue.decisions_due = [model.DecisionDue(date(2022, 3, 15), "Cabinet Member for Communities")]
    graph = map_record(record, STOCKPORT)
    due = STOCKPORT.thing("planned-decision", "96771-due-2022-03-15-cabinet-member-for-communities")
    assert set(graph.objects(due, CL.decisionMakerAsPrinted)) == {Literal("Cabinet Member for Communities")}
    assert set(graph.objects(due, CL.decisionMaker)) == set()


# -- contacts that are teams -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("policy", "details"), [("publish", True), ("role-only", False)])
def test_a_team_contact_is_a_contact_point(policy: str, details: bool) -> None:
    record = stockport_issue_history()
    record.issue.contact = model.Contact(phone="0161 474 3014", email="democratic.services@stockport.gov.uk",
                                         team="Democratic Services")
    graph = map_record(record, STOCKPORT, policy)  # type: ignore[arg-type]
    point = STOCKPORT.thing("contact-point", "democratic-services")
    expected = {(RDF.type, CL.ContactPoint), (RDF.type, SCHEMA.ContactPoint),
                (RDFS.label, Literal("Democratic Services")), (SCHEMA.name, Literal("Democratic Services"))}
    if details:
        expected |= {(SCHEMA.telephone, Literal("0161 474 3014")),
                     (SCHEMA.email, Literal("democratic.services@stockport.gov.uk"))}
    assert about(graph, point) == expected
    assert set(graph.objects(STOCKPORT.thing("issue", "96771"), CL.contact)) == {point}


def test_a_contact_naming_nobody_gets_a_contact_point_of_its_subject() -> None:
    record = stockport_issue_history()
    record.issue.contact = model.Contact(email="x@stockport.gov.uk")
    graph = map_record(record, STOCKPORT, "publish")
    point = STOCKPORT.thing("contact-point", "issue-96771")
    assert about(graph, point) == {(RDF.type, CL.ContactPoint), (RDF.type, SCHEMA.ContactPoint),
                                   (RDFS.label, Literal("Contact")), (SCHEMA.email, Literal("x@stockport.gov.uk"))}


def test_a_person_of_a_team_is_the_contact_with_the_team_beside() -> None:
    meeting = model.Meeting(model.Committee("Cabinet"), date(2022, 3, 15), contact=model.Contact(
        model.Person("Jonathan Vaughan"), "Democratic Services Officer", "0161 474 3207",
        "jonathan.vaughan@stockport.gov.uk", "Democratic Services"))
    graph = map_record(model.Record("meeting", "1", meetings=[meeting]), STOCKPORT, "publish")
    vaughan = STOCKPORT.thing("person", "jonathan-vaughan")
    point = STOCKPORT.thing("contact-point", "democratic-services")
    assert set(graph.objects(STOCKPORT.thing("meeting", "2022-03-15-cabinet"), CL.contact)) == {vaughan, point}
    assert set(graph.objects(vaughan, SCHEMA.telephone)) == {Literal("0161 474 3207")}
    assert set(graph.objects(point, SCHEMA.telephone)) == set()  # the officer's number is not the team's


# -- decisions of an issue (mgDecisionDetails.aspx?IId=5323), keys, votes on decisions ----------------------------


def lewes_record(newer: bool = False) -> model.Record:
    issue = model.Issue("Corporate plan refresh", "5323")
    decisions = [
        model.Decision("To agree the Council plan contents.", date=date(2018, 7, 31),
                       title="Corporate plan refresh",
                       participations=[model.Participation("moved", model.Person("Tutt", "Councillor")),
                                       model.Participation("seconded", model.Person("Shuttleworth", "Councillor"))],
                       votes=[model.Vote(votes_for=14, votes_against=0)]),
        model.Decision("(1) That the progress made in the second year of delivery of the Corporate Plan be "
                       "noted.", date=date(2018, 7, 13), key_decision=True, title="Corporate plan refresh"),
    ]
    if newer:  # the council adds a later decision at the top of the page
        decisions.insert(0, model.Decision("To note the plan.", date=date(2019, 1, 10), title="Corporate plan"))
    return model.Record("issue-decisions", "5323",
                        "https://democracy.lewes-eastbourne.gov.uk/mgDecisionDetails.aspx?IId=5323&Opt=1",
                        issue=issue, decisions=decisions)


def test_issue_decisions_are_keyed_by_issue_and_date() -> None:
    graph = map_record(lewes_record(), LEWES)
    july_31, july_13 = LEWES.thing("decision", "5323-2018-07-31-1"), LEWES.thing("decision", "5323-2018-07-13-1")
    assert set(graph.subjects(RDF.type, CL.Decision)) == {july_31, july_13}
    issue = LEWES.thing("issue", "5323")
    assert set(graph.subject_objects(CL.decisionOn)) == {(july_31, issue), (july_13, issue)}
    assert set(graph.objects(july_31, RDFS.label)) == {Literal("Corporate plan refresh (31 July 2018)")}
    assert set(graph.objects(july_31, CL.madeAt)) == set()  # this page names no meeting


def test_decision_keys_survive_a_newer_decision_added_on_top() -> None:
    before = {s for s in map_record(lewes_record(), LEWES).subjects(RDF.type, None)}
    after = {s for s in map_record(lewes_record(newer=True), LEWES).subjects(RDF.type, None)}
    assert after - before == {LEWES.thing("decision", "5323-2019-01-10-1")}
    assert before <= after


def test_decisions_of_one_issue_and_date_are_numbered_in_page_order() -> None:
    record = lewes_record()
    record.decisions[1].date = date(2018, 7, 31)
    graph = map_record(record, LEWES)
    assert set(graph.subjects(RDF.type, CL.Decision)) == {
        LEWES.thing("decision", "5323-2018-07-31-1"), LEWES.thing("decision", "5323-2018-07-31-2")}


def test_a_decision_without_issue_is_keyed_by_its_record() -> None:
    record = model.Record("decision-details", "777", decisions=[model.Decision("Agreed.")])
    graph = map_record(record, LEWES)
    assert set(graph.subjects(RDF.type, CL.Decision)) == {LEWES.thing("decision", "decision-details-777-1")}


def test_vote_and_participations_on_a_decision() -> None:
    graph = map_record(lewes_record(), LEWES)
    decision = LEWES.thing("decision", "5323-2018-07-31-1")
    vote = LEWES.thing("vote", "5323-2018-07-31-1-vote-1")
    assert about(graph, vote) == {
        (RDF.type, CL.Vote), (RDF.type, BESLUIT.Stemming), (CL.voteOnDecision, decision),
        (BESLUIT.aantalVoorstanders, Literal(14)), (BESLUIT.aantalTegenstanders, Literal(0)),
        (RDFS.label, Literal("Vote"))}
    moved = LEWES.thing("participation", "5323-2018-07-31-1-participation-1")
    assert about(graph, moved) == {
        (RDF.type, CL.Participation), (CL.forDecision, decision),
        (CL.participationKind, concept("participation-kind", "moved")),
        (CL.participant, LEWES.thing("person", "tutt")), (RDFS.label, Literal("Tutt (moved)"))}
    assert [str(f) for f in check(graph, LEWES)] == []


def test_a_decision_placed_nowhere_is_a_warning_not_a_violation() -> None:
    record = model.Record("decision-details", "777", decisions=[model.Decision("Agreed.")])
    findings = check(map_record(record, LEWES), LEWES)
    assert [(f.severity, f.focus, f.shape) for f in findings] == [
        ("Warning", str(LEWES.thing("decision", "decision-details-777-1")), str(SHAPES.DecisionAnchorShape))]
    assert "says neither" in findings[0].message


# -- a stated count that disagrees with the names listed (Slough-like) ------------------------------------------

SLOUGH_FOR = ("Anderson", "Bains", "Carter", "S Chaudhry", "Chohan", "Dar", "Davis", "A S Dhaliwal",
              "S K Dhaliwal", "Dodds", "Grewal", "M S Mann", "Matloob", "Minhas", "Munawar", "Pantelic",
              "Parmar", "Plenty", "Qureshi", "Rasib", "Sharif", "Small", "Sohal", "Walsh")


def miscounted_record() -> model.Record:
    """A vote whose minutes state 24 for but name only 23 (one name lost), on a decision page."""
    casts = [model.VoteCast(model.Person(name, "Councillor"), "for") for name in SLOUGH_FOR[:23]]
    vote = model.Vote("That the Minutes be approved as a correct record.", 24, 10, 1, casts, "carried", True)
    decision = model.Decision("That the Minutes be approved as a correct record.", date=date(2011, 7, 26),
                              meeting=model.MeetingRef(model.Committee("Council"), date(2011, 7, 26)),
                              votes=[vote], source_id="18978")
    return model.Record("decision-details", "18978", "https://www.slough.gov.uk/moderngov/mgAi.aspx?ID=18978",
                        decisions=[decision])


def test_miscounted_vote_on_a_decision_warns_with_the_option_and_both_numbers() -> None:
    findings = check(map_record(miscounted_record(), SLOUGH), SLOUGH)
    assert [(f.severity, f.focus, f.path, f.value) for f in findings] == [
        ("Warning", str(SLOUGH.thing("vote", "18978-vote-1")), str(BESLUIT.aantalVoorstanders),
         '"24"^^xsd:integer')]
    assert findings[0].message == ("Vote option 'for': the record states a count of 24 but names 23 voters "
                                   "for it. The stated count and the named voters should agree; please check "
                                   "the source record.")


def test_miscounted_vote_still_lands_through_the_pipeline(tmp_path) -> None:
    store = open_store(tmp_path / "store")
    try:
        outcome = Pipeline(store, Settings(base_uri=BASE)).ingest_record(miscounted_record())
        assert outcome.status == "landed", outcome.message
        assert [w.message for w in outcome.warnings] == [
            "Vote option 'for': the record states a count of 24 but names 23 voters for it. The stated count "
            "and the named voters should agree; please check the source record."]
        vote = SLOUGH.thing("vote", "18978-vote-1")
        stated = store.query(f"SELECT ?n WHERE {{ <{vote}> <{BESLUIT.aantalVoorstanders}> ?n }}")
        assert [row["n"].value for row in stated] == ["24"]  # published as stated, never corrected
        named = store.query(f"SELECT (COUNT(?p) AS ?c) WHERE {{ <{vote}> <{BESLUIT.heeftVoorstander}> ?p }}")
        assert [row["c"].value for row in named] == ["23"]
    finally:
        store.close()


# -- meetings: times with the UK offset, contacts, expected attendance; rosters ------------------------------------


@pytest.mark.parametrize(("start", "expected"), [
    (datetime(2017, 12, 4, 18, 0), "2017-12-04T18:00:00+00:00"),  # naive, winter: GMT
    (datetime(2024, 7, 4, 18, 30), "2024-07-04T18:30:00+01:00"),  # naive, summer: BST
    (datetime(2024, 7, 4, 17, 30, tzinfo=ZoneInfo("UTC")), "2024-07-04T18:30:00+01:00"),  # aware: same instant
    (datetime(2026, 2, 10, 10, 0, tzinfo=ZoneInfo("Europe/London")), "2026-02-10T10:00:00+00:00"),
])
def test_meeting_times_carry_the_uk_offset(start: datetime, expected: str) -> None:
    meeting = model.Meeting(model.Committee("Audit Committee"), start.date(), start, end=start)
    graph = map_record(model.Record("meeting", "1", meetings=[meeting]), STOCKPORT)
    s = STOCKPORT.thing("meeting", f"{start.date().isoformat()}-audit-committee")
    assert set(graph.objects(s, SCHEMA.startDate)) == {Literal(expected, datatype=XSD.dateTime)}
    assert set(graph.objects(s, SCHEMA.endDate)) == {Literal(expected, datatype=XSD.dateTime)}


def test_a_meeting_without_a_time_has_a_date_and_no_end() -> None:
    meeting = model.Meeting(model.Committee("Audit Committee"), date(2026, 2, 10))
    graph = map_record(model.Record("meeting", "1", meetings=[meeting]), STOCKPORT)
    s = STOCKPORT.thing("meeting", "2026-02-10-audit-committee")
    assert set(graph.objects(s, SCHEMA.startDate)) == {day("2026-02-10")}
    assert set(graph.objects(s, SCHEMA.endDate)) == set()


def test_expected_attendance_is_not_an_attendee() -> None:
    curley = model.Person("Basil Curley", "Councillor")
    meeting = model.Meeting(model.Committee("Audit Committee"), date(2026, 2, 10),
                            attendances=[model.Attendance(curley, "expected", "Committee Member")])
    graph = map_record(model.Record("meeting", "4967", meetings=[meeting]), STOCKPORT)
    attendance = STOCKPORT.thing("attendance", "2026-02-10-audit-committee-basil-curley")
    assert set(graph.objects(attendance, CL.attendanceKind)) == {concept("attendance-kind", "expected")}
    assert set(graph.objects(None, SCHEMA.attendee)) == set()


def test_roster_people_with_party_ward_and_id() -> None:
    record = model.Record("councillors-by-ward", "all", people=[
        model.Person("Basil Curley", "Councillor", party="Labour", ward="Charlestown", source_id="1234")])
    graph = map_record(record, STOCKPORT)
    curley = STOCKPORT.thing("person", "basil-curley")
    assert about(graph, curley) == {
        (RDF.type, CL.Person), (RDF.type, PERSON.Person), (RDF.type, FOAF.Person), (RDF.type, SCHEMA.Person),
        (RDFS.label, Literal("Basil Curley")), (FOAF.name, Literal("Basil Curley")),
        (SCHEMA.name, Literal("Basil Curley")), (SCHEMA.honorificPrefix, Literal("Councillor")),
        (DCTERMS.identifier, Literal("1234")), (CL.party, STOCKPORT.thing("party", "labour")),
        (CL.ward, STOCKPORT.thing("ward", "charlestown"))}
    assert (STOCKPORT.thing("ward", "charlestown"), CL.coversAllWards, None) not in graph


def test_a_resolved_person_keeps_the_name_as_printed() -> None:
    stokes = model.Person("Sheila Stokes", "Councillor", printed="Councillor Stokes")
    meeting = model.Meeting(model.Committee("Council"), date(2011, 7, 26),
                            attendances=[model.Attendance(stokes, "present")])
    graph = map_record(model.Record("meeting", "1", meetings=[meeting]), SLOUGH)
    person = SLOUGH.thing("person", "sheila-stokes")
    assert set(graph.objects(person, CL.nameAsPrinted)) == {Literal("Councillor Stokes")}
    assert set(graph.objects(person, FOAF.name)) == {Literal("Sheila Stokes")}
    assert check(graph, SLOUGH) == []  # the printed form may hold the honorific; the name may not


def test_committee_expired_and_deleted_as_the_web_service_states() -> None:
    record = model.Record("ws-committees", "all", committees=[
        model.Committee("Art Galleries Committee", "143", "Committees", expired=True, deleted=False),
        model.Committee("Audit Committee", "144")])
    graph = map_record(record, STOCKPORT)
    galleries, audit = STOCKPORT.thing("committee", "art-galleries-committee"), STOCKPORT.thing(
        "committee", "audit-committee")
    assert set(graph.objects(galleries, CL.committeeExpired)) == {Literal(True)}
    assert set(graph.objects(galleries, CL.committeeDeleted)) == {Literal(False)}
    assert set(graph.objects(audit, CL.committeeExpired)) | set(graph.objects(audit, CL.committeeDeleted)) == set()


# -- a meeting's own documents and its unnumbered items --------------------------------------------------------

BRENT = Minter(BASE, "brent")


def brent_meeting() -> model.Record:
    """The meeting of brent_meeting_8301 ("• Agenda frontsheet PDF 268 KB" under its heading), with two items a
    Markdown copy prints without numbers."""
    meeting = model.Meeting(committee=model.Committee("Council"), date=date(2025, 7, 7), source_id="8301")
    meeting.documents.append(model.Document(title="Agenda frontsheet", mime_type="application/pdf",
                                            size_text="268 KB"))
    meeting.items += [model.AgendaItem(number="", title="Apologies for Absence", position=1),
                      model.AgendaItem(number="", title="Declarations of Interest", position=2)]
    return model.Record(kind="meeting", source_id="8301", meetings=[meeting])


def test_a_meetings_own_document_and_unnumbered_items_by_position() -> None:
    graph = map_record(brent_meeting(), BRENT, "publish")
    meeting = URIRef(f"{BASE}/id/brent/meeting/2025-07-07-council")
    document = URIRef(f"{BASE}/id/brent/document/2025-07-07-council-document-1")
    assert (meeting, CL.document, document) in graph
    assert (document, DCTERMS.title, Literal("Agenda frontsheet")) in graph
    assert (document, SCHEMA.contentSize, Literal("268 KB")) in graph
    items = {URIRef(f"{BASE}/id/brent/agenda-item/2025-07-07-council-item-at-{n}") for n in (1, 2)}
    assert set(graph.objects(meeting, BESLUIT.behandelt)) == items  # two items, not one "-item-unnamed"
    assert not [str(f) for f in check(graph, BRENT) if "document" in str(f) or "agenda item" in str(f).lower()]


def test_a_declaration_at_an_item_the_copy_does_not_list_keeps_the_items_number() -> None:
    """Camden (ieListDocuments.aspx?CId=149&MId=10528), a copy whose items stop before 10: "In relation to Item 10(c),
    Councillor Madlani declared …" concerns item 10(c), whose number is published though the item is not."""
    said = ("In relation to Item 10(c), Councillor Madlani declared in the interests of transparency that he was a "
            "member of the council of the Royal Academy of Dramatic Arts, an organisation that was mentioned in the "
            "report.")
    meeting = model.Meeting(model.Committee("Council"), date(2023, 11, 20), source_id="10528",
                            items=[model.AgendaItem("1", "Apologies")],
                            declarations=[model.Declaration(model.Person("Madlani", "Councillor"), "other", said,
                                                            item_number="10(c)")])
    camden = Minter(BASE, "camden")
    graph = map_record(model.Record("meeting", "10528", meetings=[meeting]), camden)
    item = camden.item(meeting, model.AgendaItem("10(c)", ""))
    declaration = next(graph.subjects(RDF.type, CL.DeclarationOfInterest))
    assert graph.value(declaration, CL.concernsItem) == item
    assert about(graph, item) == {(CL.displayNumber, Literal("10(c)"))}
    assert not [f for f in check(graph, camden) if f.severity == "Violation"]


def test_a_declaration_whose_words_name_no_item_publishes_its_subject_as_printed() -> None:
    """South Cambridgeshire (mgAi.aspx?ID=53613): "Councillor David Bard declared a disclosable pecuniary interest in
    Site H1/c in Sawston due to …" names no item of the meeting: the declaration states its subject word for word
    (cl:interestSubject), and no cl:concernsItem; a declaration at an item links the item and states no subject."""
    said = ("Councillor David Bard declared a disclosable pecuniary interest in Site H1/c in Sawston due to his wife "
            "being the Chair of Ward’s Charity, which owned part of the proposed site.")
    bard = model.Person("David Bard", "Councillor")
    meeting = model.Meeting(model.Committee("Council"), date(2014, 3, 12), source_id="53613",
                            items=[model.AgendaItem("4", "Declarations of Interest")],
                            declarations=[model.Declaration(bard, "disclosable pecuniary", said,
                                                            subject="Site H1/c in Sawston"),
                                          model.Declaration(bard, "personal", said, item_number="4",
                                                            subject="Site H1/c in Sawston")])
    scambs = Minter(BASE, "south-cambridgeshire")
    graph = map_record(model.Record("meeting", "53613", meetings=[meeting]), scambs)
    key = scambs.meeting_key(meeting)
    first, second = scambs.thing("declaration", f"{key}-1"), scambs.thing("declaration", f"{key}-2")
    assert about(graph, first) == {
        (RDF.type, CL.DeclarationOfInterest), (CL.atMeeting, scambs.meeting(meeting)),
        (CL.declarant, scambs.thing("person", "david-bard")),
        (CL.interestKind, concept("interest-kind", "disclosable pecuniary")),
        (PROV.value, Literal(said, lang="en")), (CL.interestSubject, Literal("Site H1/c in Sawston", lang="en")),
        (RDFS.label, Literal("David Bard: disclosable pecuniary interest"))}
    assert (second, CL.concernsItem, scambs.item(meeting, model.AgendaItem("4", ""))) in graph
    assert graph.value(second, CL.interestSubject) is None
    assert not [f for f in check(graph, scambs) if f.severity == "Violation"]


# -- an agenda item page that names no meeting (City of London, Gloucester mgAi pages) ------------------------

CITY = Minter(BASE, "city-of-london")
GLOUCESTER = Minter(BASE, "gloucester")
ATTENDANCE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "attendance"


def fixture_page(name: str) -> str:
    """A real page under tests/fixtures/attendance/, without its "Source:" line."""
    return (ATTENDANCE_FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)[1]


def test_apologies_on_an_item_page_naming_no_meeting_are_at_the_meeting_of_that_item() -> None:
    """mgAi.aspx?ID=11157 prints "Apologies were received from Michael Hudson, …" and no meeting: the meeting is
    published as the meeting of agenda item 11157, with no date and no body (two Warnings, no Violation), holding
    the item and the apologies."""
    record = read_agenda_item_page(fixture_page("city-of-london_agendaitem_11157_apologies.txt"),
                                   "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=11157")
    graph = map_record(record, CITY)
    meeting, item = CITY.thing("meeting", "of-item-11157"), CITY.thing("agenda-item", "11157")
    assert about(graph, meeting) == {
        (RDF.type, CL.Meeting), (RDF.type, BESLUIT.Zitting), (RDF.type, SCHEMA.Event),
        (RDFS.label, Literal("Meeting of agenda item 11157")), (BESLUIT.behandelt, item)}
    assert (item, CL.meeting, meeting) in graph
    apology = CITY.thing("attendance", "of-item-11157-michael-hudson")
    assert about(graph, apology) == {
        (RDF.type, CL.Attendance), (CL.atMeeting, meeting), (CL.attendanceOf, CITY.thing("person", "michael-hudson")),
        (CL.attendanceKind, concept("attendance-kind", "apologies")),
        (RDFS.label, Literal("Michael Hudson (apologies)"))}
    assert len(set(graph.subjects(CL.atMeeting, meeting))) == 11
    assert list(graph.objects(meeting, SCHEMA.attendee)) == []  # apologies are no attendance
    findings = [f for f in check(graph, CITY) if f.focus == str(meeting)]
    assert sorted((f.severity, f.shape) for f in findings) == [
        ("Warning", str(SHAPES["Meeting-committeeKnown"])), ("Warning", str(SHAPES["Meeting-startDateKnown"]))]
    assert not [f for f in check(graph, CITY) if f.severity == "Violation"]


def test_having_been_lobbied_is_published_as_a_declaration_of_the_lobbying_kind() -> None:
    """Maidstone 2760: "The Chairman and Councillors Prendergast and Mrs Stockell stated that they had been
    lobbied." → two declarations of the scheme's "lobbying", valid against the shapes."""
    maidstone = Minter(BASE, "maidstone")
    record = read_record(ROOT / "tests" / "corpus" / "records" / "maidstone_meeting_2760.md")
    graph = map_record(record, maidstone)
    lobbied = sorted(str(graph.value(d, RDFS.label)) for d in graph.subjects(
        CL.interestKind, concept("interest-kind", "lobbying")))
    assert lobbied == ["Prendergast: lobbied", "Stockell: lobbied"]
    assert not [f for f in check(graph, maidstone) if f.severity == "Violation"]


def test_a_declaration_on_an_item_page_naming_no_meeting_concerns_the_motion_it_names() -> None:
    """Gloucester mgAi.aspx?ID=34856: "Councillor Watkins declared an interest in Notice of Motion five …"."""
    record = read_agenda_item_page(fixture_page("gloucester_agendaitem_34856_motion.txt"),
                                   "http://democracy.gloucester.gov.uk/mgAi.aspx?ID=34856")
    graph = map_record(record, GLOUCESTER)
    meeting = GLOUCESTER.thing("meeting", "of-item-34856")
    declaration = GLOUCESTER.thing("declaration", "of-item-34856-1")
    motion = GLOUCESTER.thing("agenda-item", "of-item-34856-item-notice-of-motion-five")
    assert (declaration, CL.atMeeting, meeting) in graph
    assert (declaration, CL.declarant, GLOUCESTER.thing("person", "watkins")) in graph
    assert (declaration, CL.interestKind, concept("interest-kind", "other")) in graph
    assert (declaration, CL.concernsItem, motion) in graph
    assert (motion, CL.displayNumber, Literal("Notice of Motion five")) in graph
    assert not [f for f in check(graph, GLOUCESTER) if f.severity == "Violation"]


def test_plain_values_become_the_literal_rdflib_makes_of_them_each_time() -> None:
    """Literals of plain values are kept per type and value: ``True`` and ``1`` (equal in Python) stay two
    literals, and a value's literal is the same on every use."""
    mapper = RecordMapper(Minter("https://example.org", "adur"))
    subject, predicate = URIRef("https://example.org/id/s"), URIRef("https://example.org/def#p")
    for value in (True, 1, "1", date(2024, 5, 1), 1, True, URIRef("https://example.org/id/o")):
        mapper.add(subject, predicate, value)
    assert [o for _s, _p, o in mapper.g] == [Literal(True), Literal(1), Literal("1"), Literal(date(2024, 5, 1)),
                                             URIRef("https://example.org/id/o")]
    assert [o.datatype for _s, _p, o in list(mapper.g)[:2]] == [URIRef(f"{XSD}boolean"), URIRef(f"{XSD}integer")]
