"""The server describes itself: VoID + DCAT with true statistics, the vocabulary, shapes and JSON-LD context at
their own addresses, and /health."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import parsedate_to_datetime

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from publisher.councils import REGISTER_ATTRIBUTION
from publisher.namespaces import CL, DCAT, DCTERMS, OGL_V3, VOID
from publisher.ontology_files import ONTOLOGY_DIR, shapes_graph, vocabulary_graph
from tests.web.test_dumps import dump_index

web = httpx.Client(timeout=30)  # one client: creating one per request costs ~0.4 s

SH = "http://www.w3.org/ns/shacl#"
SPDX = "http://spdx.org/rdf/terms#"
CC_BY = URIRef("https://creativecommons.org/licenses/by/4.0/")


def sparql_rows(base: str, query: str) -> list[dict]:
    answer = web.get(base + "/sparql", params={"query": query},
                       headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]["bindings"]


@pytest.fixture(scope="module")
def dumps(live_server) -> dict:
    return dump_index(live_server.base)


@pytest.fixture(scope="module")
def void(live_server, dumps) -> tuple[Graph, httpx.Response]:
    answer = web.get(live_server.url("/.well-known/void"))
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/turtle; charset=utf-8"  # Turtle unless asked otherwise
    return Graph().parse(data=answer.text, format="turtle"), answer


def test_void_is_served_at_both_addresses(live_server, void):
    graph, _ = void
    other = web.get(live_server.url("/void"), headers={"Accept": "text/turtle"})
    assert other.status_code == 200
    assert isomorphic(Graph().parse(data=other.text, format="turtle"), graph)


def test_void_states_the_access_points_and_licences(live_server, void, dumps):
    graph, answer = void
    base = live_server.base
    dataset = URIRef(f"{base}/void#dataset")
    assert (dataset, RDF.type, VOID.Dataset) in graph and (dataset, RDF.type, DCAT.Dataset) in graph
    assert graph.value(dataset, VOID.sparqlEndpoint) == URIRef(f"{base}/sparql")
    assert graph.value(dataset, VOID.uriSpace) == Literal(f"{base}/id/")
    assert graph.value(dataset, DCTERMS.license) == URIRef(OGL_V3)
    modified = graph.value(dataset, DCTERMS.modified).toPython()
    assert isinstance(modified, datetime)
    assert modified == parsedate_to_datetime(answer.headers["last-modified"])
    assert set(graph.objects(dataset, VOID.dataDump)) == {URIRef(f["url"]) for f in dumps["files"]}

    service = graph.value(predicate=DCAT.endpointURL, object=URIRef(f"{base}/sparql"))
    assert (service, RDF.type, DCAT.DataService) in graph
    for entry in dumps["files"]:
        dist = graph.value(predicate=DCAT.downloadURL, object=URIRef(entry["url"]))
        assert (dataset, DCAT.distribution, dist) in graph
        assert int(graph.value(dist, DCAT.byteSize)) == entry["bytes"]
        checksum = graph.value(dist, URIRef(SPDX + "checksum"))
        assert str(graph.value(checksum, URIRef(SPDX + "checksumValue"))) == entry["sha256"]

    register = URIRef(f"{base}/void#council-register")
    assert (dataset, VOID.subset, register) in graph
    assert graph.value(register, DCTERMS.license) == CC_BY
    assert str(graph.value(register, DCTERMS.source)) == REGISTER_ATTRIBUTION

    statement = str(graph.value(graph.value(dataset, DCTERMS.rights), RDFS.comment))
    assert "Home addresses, personal phone numbers and mobile numbers are never published" in statement
    assert "currently 'role-only'" in statement


def test_void_statistics_are_the_real_counts(live_server, void, dumps):
    graph, _ = void
    base = live_server.base
    dataset = URIRef(f"{base}/void#dataset")
    triples = int(sparql_rows(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"])
    assert int(graph.value(dataset, VOID.triples)) == triples

    partitions = {graph.value(p, VOID["class"]): int(graph.value(p, VOID.entities))
                  for p in graph.objects(dataset, VOID.classPartition)}
    # Stockport 3, South Cambridgeshire 1, Manchester 2 (13 Jan, 10 Feb 2026), Woking 1 (named by its decision page)
    assert partitions[CL.Meeting] == 7
    counted = sparql_rows(base, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
    assert partitions == {URIRef(r["c"]["value"]): int(r["n"]["value"]) for r in counted}
    meetings = {r["m"]["value"] for r in sparql_rows(base, f"SELECT ?m WHERE {{ ?m a <{CL.Meeting}> }}")}
    assert meetings == {f"{base}/id/{key}" for key in (
        "stockport/meeting/2017-12-04-communities-transport-scrutiny-committee",
        "stockport/meeting/2021-09-27-scrutiny-co-ordination-committee", "stockport/meeting/2021-10-07-council-meeting",
        "south-cambridgeshire/meeting/2017-01-26-council", "manchester/meeting/2026-01-13-audit-committee",
        "manchester/meeting/2026-02-10-audit-committee", "woking/meeting/2024-09-12-executive")}
    assert graph.value(dataset, VOID.exampleResource) == URIRef(  # the earliest meeting
        f"{base}/id/south-cambridgeshire/meeting/2017-01-26-council")

    properties = {graph.value(p, VOID.property): int(graph.value(p, VOID.triples))
                  for p in graph.objects(dataset, VOID.propertyPartition)}
    assert sum(properties.values()) == triples
    assert int(graph.value(dataset, VOID.properties)) == len(properties)
    entities = sparql_rows(base, f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o '
                                 f'FILTER(STRSTARTS(STR(?s), "{base}/id/")) }}')
    assert int(graph.value(dataset, VOID.entities)) == int(entities[0]["n"]["value"])

    vocabularies = {str(v) for v in graph.objects(dataset, VOID.vocabulary)}
    assert {"https://w3id.org/council-lod/def", "http://data.vlaanderen.be/ns/besluit#", "http://www.w3.org/ns/org#",
            "http://schema.org/", "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/prov#",
            "http://purl.org/dc/terms/", "http://www.w3.org/2004/02/skos/core#",
            "http://www.w3.org/ns/person#"} <= vocabularies

    stockport = URIRef(f"{base}/void#council-stockport")
    assert (dataset, VOID.subset, stockport) in graph
    council_dump = next(f for f in dumps["files"] if f["name"] == "stockport.nt.gz")
    assert int(graph.value(stockport, VOID.triples)) == council_dump["triples"]
    assert graph.value(stockport, VOID.dataDump) == URIRef(council_dump["url"])
    assert (dataset, VOID.rootResource, URIRef(f"{base}/id/stockport")) in graph


def test_void_in_every_format(live_server, void):
    graph, _ = void
    for accept, fmt in (("application/ld+json", "json-ld"), ("application/n-triples", "nt"),
                        ("application/rdf+xml", "xml")):
        answer = web.get(live_server.url("/void"), headers={"Accept": accept})
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(accept)
        assert isomorphic(Graph().parse(data=answer.text, format=fmt), graph), accept
    page = web.get(live_server.url("/void"), headers={"Accept": "text/html"})
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert "never published" in page.text and 'href="/dumps/stockport.nt.gz"' in page.text
    refused = web.get(live_server.url("/void"), headers={"Accept": "image/png"})
    assert refused.status_code == 406


def test_void_is_cacheable(live_server, void):
    _, answer = void
    assert web.get(live_server.url("/.well-known/void"),
                     headers={"If-None-Match": answer.headers["etag"]}).status_code == 304
    assert web.get(live_server.url("/.well-known/void"),
                     headers={"If-Modified-Since": answer.headers["last-modified"]}).status_code == 304
    json_etag = web.get(live_server.url("/void"), headers={"Accept": "application/ld+json"}).headers["etag"]
    assert json_etag != answer.headers["etag"]  # one ETag per representation


def test_the_vocabulary_is_served_at_def(live_server):
    turtle = web.get(live_server.url("/def"))
    assert turtle.status_code == 200 and turtle.headers["content-type"] == "text/turtle; charset=utf-8"
    ontology = Graph().parse(data=turtle.text, format="turtle")
    assert isomorphic(ontology, vocabulary_graph())
    assert (CL.Meeting, RDF.type, OWL.Class) in ontology
    assert (URIRef("https://w3id.org/council-lod/def"), RDF.type, OWL.Ontology) in ontology

    jsonld = web.get(live_server.url("/ontology"), headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"] == "application/ld+json; charset=utf-8"
    assert isomorphic(Graph().parse(data=jsonld.text, format="json-ld"), ontology)

    page = web.get(live_server.url("/def"), headers={"Accept": "text/html,application/xhtml+xml;q=0.9"})
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert '<section id="Meeting"><h3>Meeting <code>cl:Meeting</code>' in page.text
    assert 'href="/def/committee-kind/scrutiny"' in page.text
    assert turtle.headers["vary"].startswith("Accept")
    assert web.get(live_server.url("/def"), headers={"If-None-Match": turtle.headers["etag"]}).status_code == 304


def test_a_concept_dereferences_to_its_description(live_server):
    answer = web.get(live_server.url("/def/committee-kind/scrutiny"))
    assert answer.status_code == 200
    concept = Graph().parse(data=answer.text, format="turtle")
    scrutiny = URIRef("https://w3id.org/council-lod/def/committee-kind/scrutiny")
    assert concept.value(scrutiny, SKOS.prefLabel) == Literal("Scrutiny committee", lang="en")
    assert (scrutiny, SKOS.inScheme, URIRef("https://w3id.org/council-lod/def/committee-kind")) in concept
    scheme = Graph().parse(data=web.get(live_server.url("/def/committee-kind")).text, format="turtle")
    assert scrutiny in set(scheme.subjects(SKOS.inScheme, None))
    missing = web.get(live_server.url("/def/committee-kind/no-such-kind"))
    assert missing.status_code == 404 and "no-such-kind" in missing.text


def test_shapes_and_context(live_server):
    answer = web.get(live_server.url("/shapes"))
    assert answer.status_code == 200 and answer.headers["content-type"] == "text/turtle; charset=utf-8"
    shapes = Graph().parse(data=answer.text, format="turtle")
    assert isomorphic(shapes, shapes_graph())
    assert len(set(shapes.subjects(RDF.type, URIRef(SH + "NodeShape")))) > 5
    assert web.get(live_server.url("/shapes"), headers={"If-None-Match": answer.headers["etag"]}).status_code == 304

    context = web.get(live_server.url("/context.jsonld"))
    assert context.status_code == 200 and context.headers["content-type"] == "application/ld+json; charset=utf-8"
    assert context.json() == json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))
    assert context.json()["@context"]["cl"] == str(CL)
    assert web.get(live_server.url("/context.jsonld"),
                     headers={"If-Modified-Since": context.headers["last-modified"]}).status_code == 304


def test_health(live_server, dumps):
    answer = web.get(live_server.url("/health"))
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    body = answer.json()
    triples = int(sparql_rows(live_server.base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"])
    assert body == {"status": "ok", "version": dumps["data_version"], "triples": triples,
                    "triples_version": dumps["data_version"], "modified": body["modified"],
                    "dumps": dumps["version"]}


def test_plain_pages_wear_the_sites_one_frame(live_server, dumps):
    """/void, /def, /dumps/ write their own body but share every other page's header, footer and stylesheet."""
    for path in ("/void", "/def", "/dumps/"):
        page = httpx.get(live_server.url(path), headers={"Accept": "text/html"})
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert '<link rel="stylesheet" href="/static/style.css">' in page.text
        assert '<a class="brand" href="/">Council Linked Data</a>' in page.text
        assert "<style>" not in page.text  # the old inline look is gone
