"""Every real council record bundled in data/records, ingested as a user would, and its facts read back by SPARQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.cli import main
from publisher.ingest import Pipeline
from publisher.settings import load_settings
from publisher.store import open_store
from tests.conftest import RECORDS, samples_except

BASE = "http://127.0.0.1:8000"
PREFIXES = """
PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX schema: <http://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
SLOUGH_FOR = ["Anderson", "Bains", "Carter", "S Chaudhry", "Chohan", "Dar", "Davis", "A S Dhaliwal", "S K Dhaliwal",
              "Dodds", "Grewal", "M S Mann", "Matloob", "Minhas", "Munawar", "Pantelic", "Parmar", "Plenty",
              "Qureshi", "Rasib", "Sharif", "Small", "Sohal", "Walsh"]
SLOUGH_AGAINST = ["Basharat", "Buchanan", "Coad", "Dale-Gough", "Haines", "Plimmer", "Smith", "Stokes", "Strutton",
                  "A S Wright"]
SCAMBS_APOLOGIES = ["John Batchelor", "Anna Bradnam", "Nigel Cathcart", "Neil Davies", "Jose Hales", "Tumi Hawkins",
                    "Peter Johnson", "Sebastian Kindersley", "Douglas de Lacey", "Raymond Matthews", "Des O’Brien",
                    "Deborah Roberts", "David Whiteman-Downes", "Tim Wotherspoon"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("samples") / "store"
    opened = open_store(folder)
    report = Pipeline(opened, load_settings()).run([RECORDS])
    assert (report.count("landed"), report.count("refused")) == (10, 0), [o.message for o in report.refused]
    yield opened
    opened.close()


def rows(store, query: str) -> list[dict[str, str]]:
    solutions = store.query(PREFIXES + query)
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]


def sidecar_fields(record: Path) -> dict[str, str]:
    """The ``Name: value`` lines of a record's ``NAME.source.txt`` (comment lines skipped)."""
    lines = record.with_name(record.stem + ".source.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if ": " in line and not line.startswith("#"))


def test_every_bundled_record_says_where_it_came_from() -> None:
    """A record is published with its provenance, so each must name its source: a council page's URL, or for a
    copy taken from elsewhere (the Manchester web-service responses) that copy's origin and the council."""
    names = samples_except()
    assert len(names) == 10
    for name in names:
        fields = sidecar_fields(RECORDS / name)
        assert fields.get("Record") == name
        page = fields.get("Source URL", "").startswith(("https://", "http://"))
        assert page or {"Source", "Council"} <= set(fields), f"{name}: no source URL, nor a source and a council"


def test_every_sample_has_zero_violations(tmp_path: Path, capsys) -> None:
    store = str(tmp_path / "store")
    assert main(["ingest", str(RECORDS), "--store", store]) == 0
    assert main(["validate", "--store", store]) == 0
    assert "0 violations" in capsys.readouterr().out


def test_slough_named_vote(store) -> None:
    found = rows(store, """SELECT ?for ?against ?abstain ?recorded ?outcome { ?v a cl:Vote ;
        besluit:aantalVoorstanders ?for ; besluit:aantalTegenstanders ?against ; besluit:aantalOnthouders ?abstain ;
        cl:recordedVote ?recorded ; cl:voteOutcome/skos:prefLabel ?outcome ; cl:voteOn ?item .
        ?item dct:identifier "18978" }""")
    assert found == [{"for": "24", "against": "10", "abstain": "1", "recorded": "true", "outcome": "Carried"}]

    def voters(option: str) -> list[str]:
        return sorted(r["name"] for r in rows(store, f"""SELECT ?name {{ ?v a cl:Vote ; besluit:{option} ?p .
            ?p foaf:name ?name ; schema:honorificPrefix "Councillor" }}"""))

    assert voters("heeftVoorstander") == sorted(SLOUGH_FOR)
    assert voters("heeftTegenstander") == sorted(SLOUGH_AGAINST)
    assert voters("heeftOnthouder") == ["Long"]


def test_slough_moved_seconded_and_resolved(store) -> None:
    found = rows(store, """SELECT ?kind ?name { ?p cl:atItem ?i ; cl:participationKind/skos:prefLabel ?kind ;
        cl:participant/foaf:name ?name . ?i dct:identifier "18978" } ORDER BY ?kind""")
    assert found == [{"kind": "Moved", "name": "Stokes"}, {"kind": "Seconded", "name": "Haines"}]
    [decision] = rows(store, 'SELECT ?text { ?d cl:madeAt ?i ; prov:value ?text . ?i dct:identifier "18978" }')
    assert decision["text"] == ("That the Minutes of the proceedings of the Council at its meetings held on 19th May, "
                                "2011 and 23rd June, 2011 be  approved as a correct record and signed by the Mayor.")


def test_south_cambridgeshire_apologies_and_declaration(store) -> None:
    meeting = f"{BASE}/id/south-cambridgeshire/meeting/2017-01-26-council"
    apologies = rows(store, f"""SELECT ?name {{ ?a cl:atMeeting <{meeting}> ; cl:attendanceKind/skos:prefLabel
        "Apologies"@en ; cl:attendanceOf/foaf:name ?name }}""")
    assert sorted(r["name"] for r in apologies) == sorted(SCAMBS_APOLOGIES)
    [declaration] = rows(store, f"""SELECT ?name ?kind ?text {{ ?d cl:atMeeting <{meeting}> ;
        cl:declarant/foaf:name ?name ; cl:interestKind/skos:prefLabel ?kind ; prov:value ?text }}""")
    assert declaration["name"] == "Francis Burkitt" and declaration["kind"] == "Non-pecuniary interest"
    assert declaration["text"].startswith("Councillor Francis Burkitt declared a non-pecuniary interest on items of "
                                          "discussion regarding the City Deal")
    assert rows(store, f"SELECT ?start {{ <{meeting}> schema:startDate ?start }}") == [
        {"start": "2017-01-26T14:00:00Z"}]  # 2 p.m. in January: GMT, so offset zero


def test_manchester_meeting_4967(store) -> None:
    meeting = f"{BASE}/id/manchester/meeting/2026-02-10-audit-committee"
    found = rows(store, f"""SELECT ?committee ?id ?number ?title {{ <{meeting}> dct:identifier ?id ;
        besluit:isGehoudenDoor/skos:prefLabel ?committee . ?i cl:meeting <{meeting}> ; cl:displayNumber ?number ;
        dct:title ?title }} ORDER BY ?number""")
    assert found == [
        {"committee": "Audit Committee", "id": "4967", "number": "1", "title": "Minutes"},
        {"committee": "Audit Committee", "id": "4967", "number": "9", "title": "Work Programme"}]
    assert rows(store, f"""SELECT ?name ?role ?kind {{ ?a cl:atMeeting <{meeting}> ; cl:attendanceOf/foaf:name ?name ;
        cl:roleAsPrinted ?role ; cl:attendanceKind/skos:prefLabel ?kind }}""") == [
        {"name": "Basil Curley", "role": "Committee Member", "kind": "Expected"}]
    assert rows(store, f"SELECT ?start {{ <{meeting}> schema:startDate ?start }}") == [
        {"start": "2026-02-10T10:00:00Z"}]


def test_lewes_counted_vote_and_woking_decision(store) -> None:
    assert rows(store, """SELECT ?for ?against ?date { ?v cl:voteOnDecision ?d ; besluit:aantalVoorstanders ?for ;
        besluit:aantalTegenstanders ?against . ?d cl:dateOfDecision ?date }""") == [
        {"for": "14", "against": "0", "date": "2018-07-31"}]
    [woking] = rows(store, f"""SELECT ?maker ?date ?effective ?text {{ ?d dct:identifier "26804" ;
        cl:decisionMakerAsPrinted ?maker ; cl:dateOfDecision ?date ; cl:effectiveFrom ?effective ; prov:value ?text ;
        cl:wardAffected <{BASE}/id/woking/ward/all-wards> }}""")
    assert woking == {"maker": "Executive", "date": "2024-09-12", "effective": "2024-09-21",
                      "text": "That the contents of the draft Local List be considered and approved for public "
                              "consultation in the Autumn/Winter of 2024."}


def test_stockport_key_decision_and_forward_plan(store) -> None:
    issue = f"{BASE}/id/stockport/issue/96771"
    assert rows(store, f"""SELECT ?key ?ref ?lead {{ <{issue}> cl:keyDecision ?key ; cl:forwardPlanReference ?ref ;
        cl:leadMember/skos:prefLabel ?lead }}""") == [
        {"key": "true", "ref": "IN2", "lead": "Cabinet Member for Highways, Parks and Leisure Services"}]
    due = rows(store, f"""SELECT ?date ?by {{ <{issue}> cl:plannedDecision ?p . ?p cl:dueDate ?date ;
        cl:decisionMakerAsPrinted ?by }} ORDER BY ?date""")
    assert due == [{"date": "2022-03-15", "by": "Cabinet"}, {"date": "2022-03-31", "by": "Council Meeting"}]


def test_a_stated_count_that_disagrees_with_the_names_is_warned_and_published(tmp_path: Path) -> None:
    slough = RECORDS / "slough_agendaitem_18978_minutes_vote.txt"
    changed = tmp_path / slough.name
    changed.write_text(slough.read_text(encoding="utf-8").replace("by 24 votes", "by 25 votes"), encoding="utf-8")
    (tmp_path / slough.with_suffix(".source.txt").name).write_bytes(slough.with_suffix(".source.txt").read_bytes())
    store = open_store(tmp_path / "store")
    [outcome] = Pipeline(store, load_settings()).run([changed]).outcomes
    assert outcome.status == "landed"
    messages = [w.message for w in outcome.warnings if "voters" in w.message or "names" in w.message]
    assert len(messages) == 1 and "'for'" in messages[0] and "25" in messages[0] and "24" in messages[0]
    store.close()


def test_a_page_cut_before_the_vote_yields_no_vote_or_decision(tmp_path: Path) -> None:
    slough = RECORDS / "slough_agendaitem_18978_minutes_vote.txt"
    text = slough.read_text(encoding="utf-8")
    cut = tmp_path / "slough_cut.txt"
    cut.write_text(text[:text.index("The Mayor put the Minutes")], encoding="utf-8")
    store = open_store(tmp_path / "store")
    [outcome] = Pipeline(store, load_settings(), council="slough").run([cut]).outcomes
    assert outcome.status == "landed"
    assert not rows(store, "SELECT ?v { { ?v a cl:Vote } UNION { ?v a cl:Decision } }")
    store.close()


def test_a_page_of_an_unknown_kind_is_refused_naming_the_file(tmp_path: Path, capsys) -> None:
    page = tmp_path / "planning_application.txt"
    page.write_text("Planning application 17/01234/FUL\n\nProposal: two-storey rear extension\n", encoding="utf-8")
    assert main(["ingest", str(page), "--store", str(tmp_path / "store")]) == 1
    err = capsys.readouterr().err
    assert str(page) in err and "not a record type this publisher reads" in err
