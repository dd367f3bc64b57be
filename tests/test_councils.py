"""Council reference data: every principal council of the register, its kind, combined authority, dates,
successors, ModernGov site and statistical area, and links elsewhere only where a cited source states them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, Namespace

from publisher.councils import REGISTER_CSV, SITES_CSV, load_links, load_register
from publisher.errors import PublisherError
from publisher.namespaces import CL, SCHEMA
from publisher.rdf import map_register
from publisher.validate import Validator

BASE = "http://127.0.0.1:8000"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's closed XSD namespace warns under pytest
STOCKPORT = URIRef(f"{BASE}/id/stockport")
GMCA = URIRef(f"{BASE}/id/org/greater-manchester-combined-authority")
CONCEPTS = "https://w3id.org/council-lod/def/"


@pytest.fixture(scope="module")
def register():
    return load_register()


@pytest.fixture(scope="module")
def graph(register):
    return map_register(register.councils, BASE)


def test_every_principal_council_with_a_gss_code_is_in_the_register(register) -> None:
    with REGISTER_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with_gss = [r for r in rows if r["gss-code"]]
    councils = {r["gss-code"] for r in with_gss if r["local-authority-type"] not in ("COMB", "SRA")}
    assert {c.gss for c in register.councils} == councils
    assert len(register.councils) == 430 and len(register.combined_authorities) == 15
    assert len({c.slug for c in register.councils + register.combined_authorities}) == 445  # slugs are unique
    # The only rows left out: 25 Northern Ireland districts abolished in 2015, which have no GSS code.
    left_out = [r for r in rows if not r["gss-code"]]
    assert len(left_out) == 25 and {r["end-date"] for r in left_out} == {"2015-03-31"}


def test_councils_without_a_govuk_slug_get_one_from_their_name(register) -> None:
    assert register.get("cumberland").official_name == "Cumberland Council"
    # "buckinghamshire" is the abolished county council's GOV.UK slug: the new council takes its official name.
    assert register.get("buckinghamshire").official_name == "Buckinghamshire County Council"
    assert register.get("buckinghamshire-council").official_name == "Buckinghamshire Council"
    assert not register.get("buckinghamshire-council").slug_from_register


def test_stockport_in_the_reference_graph(graph) -> None:
    assert set(graph.objects(STOCKPORT, RDF.type)) == {
        CL.Council, URIRef("http://www.w3.org/ns/org#FormalOrganization"), SCHEMA.GovernmentOrganization}
    assert graph.value(STOCKPORT, CL.gssCode) == Literal("E08000007")
    assert graph.value(STOCKPORT, DCTERMS.identifier) == Literal("SKP")
    assert graph.value(STOCKPORT, SCHEMA.areaServed) == \
        URIRef("http://statistics.data.gov.uk/id/statistical-geography/E08000007")
    assert graph.value(STOCKPORT, CL.authorityType) == Literal("Metropolitan district")
    assert graph.value(STOCKPORT, CL.authorityKind) == URIRef(CONCEPTS + "authority-type/metropolitan-district")
    assert graph.value(STOCKPORT, CL.combinedAuthority) == GMCA
    assert graph.value(STOCKPORT, CL.moderngovSite) == \
        Literal("https://democracy.stockport.gov.uk/", datatype=XSD.anyURI)
    assert graph.value(STOCKPORT, SCHEMA.foundingDate) == Literal("2005-05-27", datatype=XSD.date)
    assert graph.value(STOCKPORT, SCHEMA.sameAs) is None  # no cited Wikidata/ODC id: nothing guessed


def test_a_combined_authority_is_its_own_resource(graph, register) -> None:
    assert (GMCA, RDF.type, CL.CombinedAuthority) in graph
    assert graph.value(GMCA, CL.gssCode) == Literal("E47000001")
    assert graph.value(GMCA, SKOS.prefLabel) == Literal("Greater Manchester Combined Authority")
    assert graph.value(GMCA, CL.organisationKind) == URIRef(CONCEPTS + "organisation-kind/combined-authority")
    members = {c.slug for c in register.councils if c.combined_authority and c.combined_authority.code == "GMCA"}
    assert members == {"bolton", "bury", "manchester", "oldham", "rochdale", "stockport", "salford", "tameside",
                       "trafford", "wigan"}
    assert set(graph.subjects(CL.combinedAuthority, GMCA)) == {URIRef(f"{BASE}/id/{m}") for m in members}
    # London boroughs belong to the Greater London Authority, which the register lists in the same column.
    assert graph.value(URIRef(f"{BASE}/id/camden"), CL.combinedAuthority) == \
        URIRef(f"{BASE}/id/org/greater-london-authority")


def test_abolished_councils_have_end_dates_and_successors(graph) -> None:
    allerdale, cumbria = URIRef(f"{BASE}/id/allerdale"), URIRef(f"{BASE}/id/cumbria")
    assert graph.value(allerdale, SCHEMA.dissolutionDate) == Literal("2023-04-01", datatype=XSD.date)
    assert set(graph.objects(allerdale, CL.succeededBy)) == {URIRef(f"{BASE}/id/cumberland")}
    assert set(graph.objects(cumbria, CL.succeededBy)) == set(graph.objects(cumbria, DCTERMS.isReplacedBy)) == {
        URIRef(f"{BASE}/id/cumberland"), URIRef(f"{BASE}/id/westmorland-and-furness")}


def test_the_reference_graph_has_no_shacl_violation(graph) -> None:
    assert not [f for f in Validator().check(graph) if f.severity == "Violation"]


def test_links_elsewhere_need_a_cited_source(tmp_path: Path) -> None:
    links = tmp_path / "links.csv"
    links.write_text("local-authority-code,wikidata,opendatacommunities,source\n"
                     "SKP,Q21525,,Wikidata item of the council, checked by hand\n", encoding="utf-8")
    register = load_register(REGISTER_CSV, SITES_CSV, links)
    stockport = register.get("stockport")
    assert stockport.wikidata == "Q21525"
    graph = map_register([stockport], BASE)
    assert graph.value(STOCKPORT, SCHEMA.sameAs) == URIRef("http://www.wikidata.org/entity/Q21525")
    for row, message in (
        ("SKP,Q21525,,", f"{links}:2: source is empty"),
        ("SKP,21525,,a source", f"{links}:2: wikidata '21525' is not a Wikidata item id"),
        ("XXX,Q1,,a source", f"{links}:2: local-authority-code 'XXX' is not in the register"),
        ("SKP,,https://example.org/x,a source", f"{links}:2: opendatacommunities 'https://example.org/x' is not"),
    ):
        links.write_text("local-authority-code,wikidata,opendatacommunities,source\n" + row + "\n", encoding="utf-8")
        with pytest.raises(PublisherError, match=message.replace("(", r"\(")):
            load_links(links, frozenset({"SKP"}))


def test_the_bundled_links_file_states_only_sourced_ids() -> None:
    with (REGISTER_CSV.parent / "council_links.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            assert row["source"].strip(), row


@pytest.mark.parametrize(("given", "slug"), [
    ("stockport", "stockport"), ("E08000007", "stockport"), ("e08000007", "stockport"),
    ("Stockport", "stockport"), ("Stockport Metropolitan Borough Council", "stockport"),
    ("london borough of barking and dagenham", "barking-and-dagenham"), ("Barking & Dagenham", "barking-and-dagenham"),
    ("  Plymouth City Council ", "plymouth"),
])
def test_a_council_is_found_by_slug_code_or_register_name(register, given: str, slug: str) -> None:
    """As a sidecar's "Council:" line or --council gives it: a GOV.UK slug, a GSS code, or a register name."""
    assert register.get(given).slug == slug


def test_an_unknown_council_says_what_to_give(register) -> None:
    with pytest.raises(PublisherError, match=r"unknown council 'Gotham City Council': give a GOV.UK slug .*, a GSS "
                                             r"code .* or the council's name"):
        register.get("Gotham City Council")
