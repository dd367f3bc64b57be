"""Alignment exports: the SSSOM crosswalk is the ontology's mappings, and our data restated in LBLOD terms
conforms to LBLOD's own "besluit-publicatie" SHACL shapes, used unchanged."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, Namespace

from publisher.alignment import CURIE_MAP, LBLOD_SHAPES, SSSOM_FILE, lblod_export, lblod_shapes, sssom_text
from publisher.ingest import Pipeline
from publisher.rdf import Minter, add_provenance, content_hash, map_record
from publisher.settings import Settings
from publisher.store.embedded import EmbeddedStore
from tests.built_records import everything_record

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "data" / "records" / "stockport_issue_68785_ssp_priorities_cts.txt"
BASE = "http://127.0.0.1:8000"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's closed XSD namespace warns under pytest
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
ID = f"{BASE}/id/stockport"
MEETING = URIRef(f"{ID}/meeting/2017-12-04-communities-transport-scrutiny-committee")
ITEM = URIRef(f"{ID}/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4")
DECISION = URIRef(f"{ID}/decision/2017-12-04-communities-transport-scrutiny-committee-item-4-1")


def conforms(data: Graph) -> tuple[bool, str]:
    ok, _, text = validate(data, shacl_graph=lblod_shapes(), inference="none", advanced=False)
    return ok, text


# -- SSSOM --------------------------------------------------------------------------------------------------


def test_the_committed_crosswalk_is_what_the_ontology_says() -> None:
    assert SSSOM_FILE.read_text(encoding="utf-8") == sssom_text(), \
        "ontology/mappings.sssom.tsv is out of date: run 'publisher mappings'"


def test_crosswalk_is_sssom_tsv_with_its_yaml_header() -> None:
    import yaml

    lines = SSSOM_FILE.read_text(encoding="utf-8").splitlines()
    header = [line[2:] for line in lines if line.startswith("# ")]
    meta = yaml.safe_load("\n".join(header))
    assert meta["mapping_set_id"] == "https://w3id.org/council-lod/def/mappings.sssom.tsv"
    assert meta["license"] == "https://creativecommons.org/licenses/by/4.0/"
    table = [line.split("\t") for line in lines if not line.startswith("#")]
    assert table[0] == ["subject_id", "subject_label", "predicate_id", "object_id", "mapping_justification"]
    assert all(len(row) == 5 for row in table)
    for row in table[1:]:
        for value in (row[0], row[2], row[3], row[4]):
            assert value.partition(":")[0] in meta["curie_map"], value
        assert row[4] == "semapv:ManualMappingCuration"
    assert meta["curie_map"] == {prefix: CURIE_MAP[prefix] for prefix in meta["curie_map"]}


def test_every_crosswalk_row_is_a_statement_of_the_ontology_and_none_is_missing() -> None:
    vocabulary = Graph().parse(ROOT / "ontology" / "council.ttl").parse(ROOT / "ontology" / "concepts.ttl")
    lines = SSSOM_FILE.read_text(encoding="utf-8").splitlines()
    meta_map = {line.split(": ", 1)[0].strip("# ").strip(): line.split(": ", 1)[1]
                for line in lines if line.startswith("#   ")}

    def expand(value: str) -> URIRef:
        prefix, _, local = value.partition(":")
        return URIRef(meta_map[prefix] + local)

    rows = [line.split("\t") for line in lines if not line.startswith("#")][1:]
    triples = {(expand(s), expand(p), expand(o)) for s, _, p, o, _ in rows}
    assert all(t in vocabulary for t in triples)
    asked = {  # the crosswalk the issue asks for: ours <-> OParl, LBLOD, Popolo, schema.org
        ("cl:Meeting", "skos:exactMatch", "oparl:Meeting"), ("cl:Meeting", "rdfs:subClassOf", "besluit:Zitting"),
        ("cl:Person", "skos:exactMatch", "popolo:person.html"), ("cl:Meeting", "rdfs:subClassOf", "schema:Event"),
        ("cl:Membership", "skos:closeMatch", "mandaat:Mandataris"), ("cl:Council", "skos:closeMatch", "oparl:Body"),
        ("cl:succeededBy", "rdfs:subPropertyOf", "dcterms:isReplacedBy"),
    }
    assert asked <= {(s, p, o) for s, _, p, o, _ in rows}
    alignments = {(s, p, o) for p in (SKOS.exactMatch, SKOS.closeMatch, RDFS.subClassOf, OWL.inverseOf)
                  for s, o in vocabulary.subject_objects(p)
                  if str(s).startswith("https://w3id.org/council-lod/") and
                  not str(o).startswith("https://w3id.org/council-lod/")}
    assert alignments <= triples, sorted(alignments - triples)


# -- LBLOD ------------------------------------------------------------------------------------------------


def git_blob_id(data: bytes) -> str:
    """The id git gives a file's content: the same for the upstream file and a byte-for-byte copy of it."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def test_lblod_shapes_are_the_published_ones_unchanged() -> None:
    """The shapes are used as LBLOD publishes them (what a Flemish harvester checks), so they carry the blob id
    shapes/lblod/SOURCE.md records for the upstream file: an edit to them, however small, fails here."""
    [recorded] = re.findall(r"^Git blob id: ([0-9a-f]{40})", (LBLOD_SHAPES.parent / "SOURCE.md").read_text(), re.M)
    assert git_blob_id(LBLOD_SHAPES.read_bytes()) == recorded


@pytest.fixture(scope="module")
def founding() -> Graph:
    store = EmbeddedStore(None)
    report = Pipeline(store, Settings(base_uri=BASE)).run([FOUNDING], progress=False)
    assert report.count("landed") == 1
    return lblod_export(store, [report.outcomes[0].graph])


def test_the_founding_record_in_lblod_terms_conforms_to_the_lblod_shapes(founding: Graph) -> None:
    ok, text = conforms(founding)
    assert ok, text
    assert set(founding.subjects(RDF.type, BESLUIT.Zitting)) == {MEETING}


def test_the_founding_meeting_states_the_day_bounds_honestly(founding: Graph) -> None:
    """The record states 04/12/2017 and no time: the day's bounds, and a comment that says so."""
    assert founding.value(MEETING, BESLUIT.geplandeStart) == Literal("2017-12-04T00:00:00", datatype=XSD.dateTime)
    assert founding.value(MEETING, PROV.startedAtTime) == Literal("2017-12-04T00:00:00", datatype=XSD.dateTime)
    assert founding.value(MEETING, PROV.endedAtTime) == Literal("2017-12-04T23:59:59", datatype=XSD.dateTime)
    assert str(founding.value(MEETING, RDFS.comment)) == (
        "The record states the day but no time of this meeting: besluit:geplandeStart and prov:startedAtTime "
        "are the start of 2017-12-04, and prov:endedAtTime is the end of 2017-12-04 (local times), the bounds "
        "of the stated day, not stated times.")
    committee = URIRef(f"{ID}/committee/communities-transport-scrutiny-committee")
    assert founding.value(MEETING, BESLUIT.isGehoudenDoor) == committee
    assert (committee, RDF.type, BESLUIT.Bestuursorgaan) in founding


def test_the_founding_treatment_and_decision(founding: Graph) -> None:
    treatment = URIRef(f"{ITEM}#behandeling")
    assert (MEETING, BESLUIT.behandelt, ITEM) in founding
    assert founding.value(ITEM, DCT.title) == Literal("Safer Stockport Partnership Priorities")
    assert founding.value(ITEM, BESLUIT.geplandOpenbaar) == Literal(True)
    assert founding.value(treatment, DCT.subject) == ITEM
    assert founding.value(treatment, BESLUIT.openbaar) == Literal(True)
    assert founding.value(treatment, PROV.generated) == DECISION
    assert founding.value(DECISION, ELI.title) == Literal("Safer Stockport Partnership Priorities")
    assert founding.value(DECISION, ELI.language) == \
        URIRef("http://publications.europa.eu/resource/authority/language/ENG")
    assert founding.value(DECISION, ELI.description) == Literal("That the report be noted.")
    article = founding.value(DECISION, ELI.has_part)
    assert founding.value(article, ELI.number) == Literal("1")
    assert not list(founding.subjects(RDF.type, BESLUIT.Stemming))  # the record states no vote


def test_a_full_record_with_times_and_votes_conforms_too() -> None:
    """Stated start and end times are used as stated; a vote with counts, outcome, motion and named voters is a
    Stemming whose voters are mandaat:Mandataris."""
    record = everything_record()
    minter = Minter(BASE, "stockport")
    graph = map_record(record, minter, "publish")
    iri = minter.graph(record.kind, record.source_id)
    add_provenance(graph, iri, record, minter.council_iri(), content_hash(graph))
    store = EmbeddedStore(None)
    store.replace_graph(str(iri), graph)
    exported = lblod_export(store)
    ok, text = conforms(exported)
    assert ok, text
    meeting = URIRef(f"{ID}/meeting/2017-12-04-communities-transport-scrutiny-committee")
    assert exported.value(meeting, BESLUIT.geplandeStart) == Literal("2017-12-04T18:00:00+00:00",
                                                                     datatype=XSD.dateTime)
    assert exported.value(meeting, PROV.endedAtTime) == Literal("2017-12-04T20:30:00+00:00", datatype=XSD.dateTime)
    assert exported.value(meeting, RDFS.comment) is None  # both times stated: nothing to explain
    vote = URIRef(f"{ID}/vote/2017-12-04-communities-transport-scrutiny-committee-item-4-i-1")
    assert (vote, RDF.type, BESLUIT.Stemming) in exported
    assert exported.value(vote, BESLUIT.geheim) == Literal(False)
    assert exported.value(vote, BESLUIT.gevolg) == Literal("carried", lang="en")
    voters = set(exported.objects(vote, BESLUIT.heeftStemmer))
    assert voters == {URIRef(f"{ID}/person/{name}#mandataris")
                      for name in ("sheila-bailey", "jane-stokes", "ann-long", "ben-dale")}
    assert all((v, RDF.type, MANDAAT.Mandataris) in exported for v in voters)
    treatment = URIRef(f"{ID}/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4-i#behandeling")
    assert exported.value(treatment, BESLUIT.heeftStemming) == vote


def test_an_item_its_record_marks_exempt_is_not_public() -> None:
    record = everything_record()
    item = record.meetings[0].items[0]
    item.minutes = "RESOLVED – That the public be excluded: the item is exempt under Schedule 12A."
    minter = Minter(BASE, "stockport")
    graph = map_record(record, minter, "publish")
    store = EmbeddedStore(None)
    store.replace_graph(str(minter.graph(record.kind, record.source_id)), graph)
    exported = lblod_export(store)
    iri = URIRef(f"{ID}/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4-i")
    assert exported.value(iri, BESLUIT.geplandOpenbaar) == Literal(False)
    assert exported.value(URIRef(f"{iri}#behandeling"), BESLUIT.openbaar) == Literal(False)
    assert conforms(exported)[0]
