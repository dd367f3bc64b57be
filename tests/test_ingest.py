"""The pipeline end to end: bundled records in, exact facts out of SPARQL, refusals that change nothing."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest

from publisher import model
from publisher.cli import main
from publisher.ingest import Pipeline
from publisher.settings import load_settings
from publisher.store import open_store
from tests.paths import FOUNDING

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "data" / "records"
BASE = "http://127.0.0.1:8000"
ID = f"{BASE}/id/stockport"
MEETING = f"{ID}/meeting/2017-12-04-communities-transport-scrutiny-committee"
ITEM = f"{ID}/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4"
PREFIXES = """
PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX person: <http://www.w3.org/ns/person#>
"""


@pytest.fixture(scope="module")
def store(bundled_store):  # the shared fixture, under the name this module uses
    return bundled_store


def rows(store, query: str) -> list[dict[str, str]]:
    """SELECT results as dicts of plain values (IRIs and lexical forms)."""
    solutions = store.query(PREFIXES + query)
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]


def ask(store, query: str) -> bool:
    return bool(store.query(PREFIXES + query))


def nquads(store) -> bytes:
    out = io.BytesIO()
    store.export("nq", out)
    return b"\n".join(sorted(out.getvalue().splitlines()))


# -- the founding record's facts, exactly -------------------------------------------------------------


def test_issue_title_and_id(store) -> None:
    assert rows(store, f"SELECT ?t ?id {{ <{ID}/issue/68785> a cl:Issue ; dct:title ?t ; "
                       "dct:identifier ?id }") == [{"t": "Safer Stockport Partnership Priorities",
                                                    "id": "68785"}]


def test_meeting_date_committee_and_external_classes(store) -> None:
    assert ask(store, f"""ASK {{ <{MEETING}> a cl:Meeting, besluit:Zitting, schema:Event ;
        schema:startDate "2017-12-04"^^xsd:date ;
        besluit:isGehoudenDoor ?c .
        ?c a cl:Committee, org:Organization, besluit:Bestuursorgaan ;
           skos:prefLabel "Communities & Transport Scrutiny Committee" ;
           org:subOrganizationOf <{ID}> .
        <{ID}> a org:FormalOrganization, schema:GovernmentOrganization ; cl:gssCode "E08000007" ;
           schema:areaServed <http://statistics.data.gov.uk/id/statistical-geography/E08000007> }}""")


def test_item_number_title_document(store) -> None:
    assert rows(store, f"""SELECT ?n ?t ?size ?bytes ?fmt ?issue {{ <{ITEM}> a cl:AgendaItem, besluit:Agendapunt ;
        cl:meeting <{MEETING}> ; cl:displayNumber ?n ; dct:title ?t ; cl:considers ?issue ;
        cl:document [ schema:contentSize ?size ; cl:approximateByteSize ?bytes ; schema:encodingFormat ?fmt ] }}
        """) == [{"n": "4", "t": "Safer Stockport Partnership Priorities", "size": "107 KB",
                  "bytes": "109568", "fmt": "application/pdf", "issue": f"{ID}/issue/68785"}]


def test_report_of_post_purpose_and_recommendations(store) -> None:
    assert rows(store, f"SELECT ?label {{ <{ITEM}> cl:reportOf ?p . ?p a org:Post ; skos:prefLabel ?label }}"
                ) == [{"label": "Deputy Chief Executive"}]
    purpose = rows(store, f"SELECT ?p {{ <{ITEM}> cl:purpose ?p }}")[0]["p"]
    assert purpose.startswith("The purpose of this report is to seek Members views on proposed priority areas")
    recs = sorted(r["r"] for r in rows(store, f"SELECT ?r {{ <{ITEM}> cl:recommendation ?r }}"))
    assert recs == [
        "Consider the proposed priority areas for action in the new SSP Plan set out at paragraph 4.3 of "
        "the report.",
        "Note the developing Stockport and GM Community Safety Plans, underpinned by completed strategic "
        "assessments, and timetables for further engagement and consultation going forward;",
    ]


def test_officer_contact_name_kept_phone_and_email_dropped_by_default(store) -> None:
    assert rows(store, f"SELECT ?name {{ <{ITEM}> cl:contact ?p . ?p foaf:name ?name }}") == [
        {"name": "Peter Owston"}]
    assert not ask(store, "ASK { ?s schema:telephone|schema:email ?v }")
    everything = rows(store, "SELECT ?o { ?s ?p ?o FILTER(isLiteral(?o)) }")
    assert not [r for r in everything if "474 3274" in r["o"] or "peter.owston@" in r["o"]]


def test_minutes_comments_and_decision(store) -> None:
    minutes = rows(store, f"SELECT ?m {{ <{ITEM}> cl:minutes ?m }}")[0]["m"]
    assert minutes.startswith("The Corporate Director for Place Management & Regeneration submitted a report")
    comments = [r["c"] for r in rows(store, f"SELECT ?c {{ <{ITEM}> cl:commentRaised ?c }}")]
    assert len(comments) == 8
    assert ("The police had recently ring-fenced resources to address a rise in burglary across Stockport."
            in comments)
    assert rows(store, f"""SELECT ?text ?date ?maker {{ ?d a cl:Decision, besluit:Besluit ; cl:madeAt <{ITEM}> ;
        prov:value ?text ; cl:dateOfDecision ?date ; cl:decisionMaker ?maker }}""") == [
        {"text": "That the report be noted.", "date": "2017-12-04",
         "maker": f"{ID}/committee/communities-transport-scrutiny-committee"}]


def test_who_submitted_and_who_attended_in_which_role(store) -> None:
    found = rows(store, f"""SELECT ?kind ?name ?honorific ?role ?org {{
        ?p cl:atItem <{ITEM}> ; cl:participationKind ?k . ?k skos:prefLabel ?kind .
        OPTIONAL {{ ?p cl:participant ?who . ?who foaf:name ?name ; schema:honorificPrefix ?honorific }}
        OPTIONAL {{ ?p cl:inRole ?post . ?post skos:prefLabel ?role }}
        OPTIONAL {{ ?p cl:onBehalfOf ?o . ?o skos:prefLabel ?org }} }} ORDER BY ?kind ?name""")
    assert found == [
        {"kind": "Attended", "name": "Emma Taylor", "honorific": "Superintendent",
         "org": "Greater Manchester Police"},
        {"kind": "Attended", "name": "Sheila Bailey", "honorific": "Councillor",
         "role": "Cabinet Member for Communities and Housing"},
        {"kind": "Submitted", "role": "Corporate Director for Place Management & Regeneration"},
    ]
    assert ask(store, f"""ASK {{ ?post skos:prefLabel "Cabinet Member for Communities and Housing" ;
        org:heldBy <{ID}/person/sheila-bailey> . <{ID}/person/sheila-bailey> a person:Person, foaf:Person,
        schema:Person ; foaf:name "Sheila Bailey" }}""")
    assert ask(store, f"""ASK {{ <{BASE}/id/org/greater-manchester-police/person/emma-taylor>
        org:memberOf <{BASE}/id/org/greater-manchester-police> }}""")


def test_no_name_carries_an_honorific(store) -> None:
    names = [r["n"] for r in rows(store, "SELECT ?n { ?p foaf:name ?n }")]
    assert names and not [n for n in names if n.split()[0] in ("Councillor", "Cllr", "Superintendent")]


def test_second_issue_two_meetings_two_decisions(store) -> None:
    found = rows(store, f"""SELECT ?date ?committee ?text {{ ?i cl:considers <{ID}/issue/94630> ;
        cl:meeting ?m . ?m schema:startDate ?date ; besluit:isGehoudenDoor/skos:prefLabel ?committee .
        ?d cl:madeAt ?i ; prov:value ?text }} ORDER BY ?date""")
    assert [(r["date"], r["committee"]) for r in found] == [
        ("2021-09-27", "Scrutiny Co-ordination Committee"), ("2021-10-07", "Council Meeting")]
    assert found[1]["text"] == "That approval be given to the scrutiny review programme for 2021/22."
    assert found[0]["text"].startswith("That the proposed Scrutiny Work Programme of scrutiny reviews be "
                                       "approved")


def test_record_graph_provenance(store) -> None:
    graph = f"{BASE}/graph/stockport/issue-meetings/68785"
    assert ask(store, f"""ASK {{ GRAPH <{graph}> {{ <{graph}> a cl:RecordGraph ;
        prov:wasDerivedFrom <https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3> ;
        prov:generatedAtTime ?t ; dct:modified ?t ; cl:publisherVersion ?v ; cl:contentHash ?h }} }}""")


# -- re-ingest, refusals, CLI ---------------------------------------------------------------------------


def test_reingest_changes_nothing(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    assert main(["ingest", str(RECORDS), "--store", str(store_dir)]) == 0
    store = open_store(store_dir)
    before = nquads(store)
    report = Pipeline(store, load_settings()).run([RECORDS])
    assert (report.count("unchanged"), report.count("landed")) == (10, 0)
    assert nquads(store) == before
    store.close()


def test_changed_record_leaves_no_stale_triples(tmp_path: Path) -> None:
    changed = tmp_path / "records" / FOUNDING.name
    changed.parent.mkdir()
    changed.write_text(FOUNDING.read_text(encoding="utf-8").replace("rise in burglary", "rise in robbery"),
                       encoding="utf-8")
    (changed.parent / FOUNDING.with_suffix(".source.txt").name).write_text(
        FOUNDING.with_suffix(".source.txt").read_text(encoding="utf-8"), encoding="utf-8")
    store = open_store(tmp_path / "store")
    pipeline = Pipeline(store, load_settings())
    pipeline.run([FOUNDING])
    assert pipeline.run([changed]).count("landed") == 1
    assert not ask(store, 'ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), "rise in burglary")) }')
    assert ask(store, 'ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), "rise in robbery")) }')
    store.close()


def test_impossible_date_is_refused_and_store_unchanged(tmp_path: Path, capsys) -> None:
    store_dir = tmp_path / "store"
    assert main(["ingest", str(FOUNDING), "--store", str(store_dir)]) == 0
    broken = tmp_path / "broken_issue.txt"
    broken.write_text(FOUNDING.read_text(encoding="utf-8").replace("04/12/2017", "31/02/2017"),
                      encoding="utf-8")
    store = open_store(store_dir)
    before = nquads(store)
    store.close()
    capsys.readouterr()
    assert main(["ingest", str(broken), str(RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"),
                 "--store", str(store_dir)]) == 1
    out = capsys.readouterr()
    assert "broken_issue.txt:5" in out.err and "meeting date" in out.err and "31/02/2017" in out.err
    assert "1 record landed" in out.out and "1 refused" in out.out  # the other record still lands
    store = open_store(store_dir)
    after = nquads(store)
    store.close()
    graph_94630 = f"<{BASE}/graph/stockport/issue-meetings/94630>"
    history = f"<{BASE}/graph/history> .".encode()  # events, the landed record's among them (publisher/history.py)
    assert [q for q in after.splitlines() if graph_94630.encode() not in q and not q.endswith(history)] == \
        [q for q in before.splitlines() if not q.endswith(history)]


def test_a_shacl_violation_costs_the_resource_not_the_record(tmp_path: Path) -> None:
    """A person whose name keeps its honorific fails a shape: that person leaves the record (with the
    attendance naming them), a Warning says so, and the issue, meeting and item are published (issue 14)."""
    store = open_store(tmp_path / "store")
    pipeline = Pipeline(store, load_settings())
    record = model.Record(
        kind="issue-meetings", source_id="1", path=Path("bad.txt"), issue=model.Issue("An issue", "1"),
        meetings=[model.Meeting(model.Committee("Cabinet"), date(2020, 1, 2), items=[
            model.AgendaItem("1", "Item", participations=[
                model.Participation("attended", model.Person("Councillor Sheila Bailey")),
                model.Participation("attended", model.Person("Sheila Bailey", honorific="Councillor"))])])])
    outcome = pipeline.ingest_record(record)
    assert outcome.status == "landed", outcome.message
    graph = f"{BASE}/graph/stockport/issue-meetings/1"
    dropped, attendance = [w for w in outcome.warnings if w.message.startswith("not published")]
    assert dropped.focus.endswith("/person/councillor-sheila-bailey") and "honorific" in dropped.message
    assert attendance.focus.endswith("/participation/2020-01-02-cabinet-item-1-1")  # it named only that person
    names = {str(row[0]) for row in store.query(f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?p foaf:name ?n }} }}"
                                                .replace("SELECT", "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT"))}
    assert names == {'"Sheila Bailey"'}
    assert not ask(store, f'ASK {{ GRAPH <{graph}> {{ ?s ?p <{dropped.focus}> }} }}')
    assert not ask(store, f'ASK {{ GRAPH <{graph}> {{ <{dropped.focus}> ?p ?o }} }}')
    assert not ask(store, f'ASK {{ GRAPH <{graph}> {{ <{attendance.focus}> ?p ?o }} }}')
    assert ask(store, f'ASK {{ GRAPH <{graph}> {{ ?p <https://w3id.org/council-lod/def#participant> ?who }} }}')
    notes = {str(r[0].value) for r in store.query(
        f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ <{graph}> <https://w3id.org/council-lod/def#validationNote> ?n }} }}")}
    assert notes == {str(dropped), str(attendance)}  # the validation report, read with the record
    assert ask(store, f'ASK {{ GRAPH <{graph}> {{ ?item <http://purl.org/dc/terms/title> "Item" }} }}')
    store.close()


def test_a_decisions_summary_view_lands_and_its_details_page_adds_the_text_to_the_same_decision(
        tmp_path: Path) -> None:
    """The decisions list's summary view prints no decision's text: its rows land as decisions with their title,
    dates and details page's address (schema:url), conforming; the details page, ingested later, states the text of
    the same decision (one IRI, its ModernGov ref)."""
    store = open_store(tmp_path / "store")
    pipeline = Pipeline(store, load_settings())
    page = tmp_path / "decisions.txt"
    page.write_text("Decisions published\nTitle Date Effective from Call-ins\n"
                    "Declarations of Interest ref: 45614/02/201714/02/2017Not for call-in\n", encoding="utf-8")
    page.with_name("decisions.source.txt").write_text(
        "Source URL: https://democracy.stockport.gov.uk/mgDelegatedDecisions.aspx?DR=&V=0\n", encoding="utf-8")
    outcome = pipeline.ingest_file(page)
    assert outcome.status == "landed", outcome.message
    assert [w.message for w in outcome.warnings if w.severity == "Violation"] == []
    decision = f"{ID}/decision/456"
    assert ask(store, f'ASK {{ GRAPH ?g {{ <{decision}> <http://schema.org/url> '
                      f'<https://democracy.stockport.gov.uk/ieDecisionDetails.aspx?ID=456> ; '
                      f'<http://purl.org/dc/terms/title> "Declarations of Interest" }} }}')
    assert not ask(store, f"ASK {{ GRAPH ?g {{ <{decision}> <http://www.w3.org/ns/prov#value> ?text }} }}")
    details = model.Record(kind="decision", source_id="456", path=Path("ieDecisionDetails.txt"), decisions=[
        model.Decision("That the declarations be noted.", title="Declarations of Interest", source_id="456")])
    assert pipeline.ingest_record(details).status == "landed"
    assert ask(store, f'ASK {{ GRAPH ?g {{ <{decision}> <http://www.w3.org/ns/prov#value> ?text }} }}')
    store.close()


def test_validate_reports_zero_violations_on_bundled_data(tmp_path: Path, capsys) -> None:
    store_dir = str(tmp_path / "store")
    assert main(["ingest", str(ROOT / "data"), "--store", store_dir]) == 0
    turtle = tmp_path / "report.ttl"
    assert main(["validate", "--store", store_dir, "--turtle", str(turtle)]) == 0
    out = capsys.readouterr().out
    assert "0 violations" in out
    assert "sh:conforms true" in turtle.read_text(encoding="utf-8")


def test_query_and_export_formats(tmp_path: Path, capsysbinary) -> None:
    store_dir = str(tmp_path / "store")
    assert main(["ingest", str(RECORDS), "--store", store_dir]) == 0
    capsysbinary.readouterr()
    query = PREFIXES + "SELECT ?t WHERE { ?i a cl:Issue ; dct:title ?t } ORDER BY ?t"
    assert main(["query", query, "--store", store_dir, "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out.decode().splitlines() == [
        "t", "Corporate plan refresh", "Safer Stockport Partnership Plan 2022/25",
        "Safer Stockport Partnership Priorities", "Scrutiny Review Topic Selection - 2021/22"]
    assert main(["query", query, "--store", store_dir, "--format", "json"]) == 0
    assert b'"value":"Safer Stockport Partnership Priorities"' in capsysbinary.readouterr().out
    out_file = tmp_path / "all.nt"
    assert main(["export", "--store", store_dir, "--format", "nt", "-o", str(out_file)]) == 0
    from rdflib import Graph
    assert len(Graph().parse(out_file, format="nt")) > 200


def test_unknown_council_is_one_clear_line(tmp_path: Path, capsys) -> None:
    assert main(["ingest", str(FOUNDING), "--council", "atlantis", "--store", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "unknown council 'atlantis'" in err and "Traceback" not in err


def test_council_by_gss_code(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"  # without its sidecar: no source URL names the council
    copy.write_bytes(FOUNDING.read_bytes())
    store = open_store(tmp_path / "store")
    Pipeline(store, load_settings(), council="E07000012").run([copy])
    assert ask(store, f"ASK {{ <{BASE}/id/south-cambridgeshire/issue/safer-stockport-partnership-priorities> "
                      f"a cl:Issue }}")
    store.close()


def test_query_syntax_error_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["query", "SELEC nonsense", "--store", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("publisher query: SPARQL syntax error") and err.count("\n") == 1


@pytest.mark.parametrize("command", ["ingest", "validate", "query", "export", "dump", "serve", "fetch"])
def test_help_on_every_command(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "--store" in capsys.readouterr().out


def test_a_post_nominal_in_a_roster_name_costs_nothing(tmp_path: Path, capsys) -> None:
    """The issue's case: a roster where one name carries post-nominal letters ("…, JP") was refused whole. The
    person grammar reads them as post-nominals (schema:honorificSuffix), so every councillor is published; a
    violation the grammar cannot mend costs only its resource (tests/test_salvage.py, the test above)."""
    roster = tmp_path / "roster.xml"
    fixture = ROOT / "tests" / "fixtures" / "getcouncillorsbyward_reconstructed.xml"
    text = fixture.read_text(encoding="utf-8")
    roster.write_text(text.replace("Councillor Jane Stokes", "Councillor Jane Stokes, JP"), encoding="utf-8")
    shutil.copy(fixture.with_name("getcouncillorsbyward_reconstructed.source.txt"), tmp_path / "roster.source.txt")
    assert main(["ingest", str(roster), "--store", str(tmp_path / "store"), "-v"]) == 0
    out = capsys.readouterr()
    assert "1 record landed" in out.out and "0 warnings" in out.out and out.err == ""
    store = open_store(tmp_path / "store")
    rows = store.query("SELECT ?n ?suffix WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; "
                       "<http://xmlns.com/foaf/0.1/name> ?n "
                       "OPTIONAL { ?p <http://schema.org/honorificSuffix> ?suffix } }")
    found = {(str(r[0].value), r[1].value if r[1] is not None else None) for r in rows}
    store.close()
    assert found == {("Sajid Ali Chaudhry", None), ("Basil Curley", None), ("Peter Stokes", None),
                     ("Jane Stokes", "JP")}


def test_a_sidecar_naming_no_council_refuses_its_record_not_the_run(tmp_path: Path, capsys) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(FOUNDING.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "copy.source.txt").write_text("Council: Gotham City Council\n", encoding="utf-8")
    woking = RECORDS / "woking_decision_26804_wards_affected.txt"
    assert main(["ingest", str(copy), str(woking), "--store", str(tmp_path / "store")]) == 1
    out = capsys.readouterr()
    assert f"refused: {copy} [Council]: its sidecar's Council: line: unknown council 'Gotham City Council'" in out.err
    assert "1 record landed" in out.out and "1 refused" in out.out
