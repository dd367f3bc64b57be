"""/sparql as a client sees it: content negotiation, the service description, DESCRIBE, conditional GETs,
dataset rules, protocol errors; and the query check and result writers on their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, Namespace, URIRef

from publisher.query.check import Refused, check, read_query
from publisher.query.results import write_boolean, write_solutions
from publisher.settings import load_settings
from publisher.store.embedded import EmbeddedStore
from publisher.web.site import Limits, Site
from publisher.web.views import sparql
from tests.conftest import LiveServer, sparql_client

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
CL = "https://w3id.org/council-lod/def#"
MEETING = "/id/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee"
ITEM = "/id/stockport/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4"
SELECT = "SELECT ?s WHERE { ?s a <https://w3id.org/council-lod/def#Meeting> } LIMIT 1"
CONSTRUCT = f"CONSTRUCT {{ ?s a <{CL}Meeting> }} WHERE {{ ?s a <{CL}Meeting> }}"


@pytest.fixture(scope="module")
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.base, timeout=30) as c:
        yield c


def get(client: httpx.Client, query: str | None = None, accept: str | None = None,
        **params: str | list[str]) -> httpx.Response:
    query_params: dict[str, str | list[str]] = {**params}
    if query is not None:
        query_params["query"] = query
    headers = {"Accept": accept} if accept else {}
    return client.get("/sparql", params=query_params, headers=headers)


def media_type(response: httpx.Response) -> str:
    return response.headers["content-type"].split(";")[0]


# -- content negotiation ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "accept", "params", "expected"), [
    (SELECT, None, {}, "application/sparql-results+json"),
    (SELECT, "*/*", {}, "application/sparql-results+json"),
    (SELECT, "application/json", {}, "application/sparql-results+json"),
    (SELECT, "application/sparql-results+xml", {}, "application/sparql-results+xml"),
    (SELECT, "text/csv;q=0.5, text/tab-separated-values", {}, "text/tab-separated-values"),
    (SELECT, "text/turtle, text/csv;q=0.2", {}, "text/csv"),  # a combined Accept: the first that fits
    (SELECT, "text/html, */*;q=0.1", {}, "application/sparql-results+json"),
    (SELECT, "text/csv", {"format": "xml"}, "application/sparql-results+xml"),  # the parameter wins
    (SELECT, None, {"output": "tsv"}, "text/tab-separated-values"),
    (SELECT, None, {"format": ["nonsense", "csv"]}, "text/csv"),  # repeats: the first one offered
    ("ASK {}", "application/sparql-results+xml", {}, "application/sparql-results+xml"),
    (CONSTRUCT, None, {}, "text/turtle"),
    (CONSTRUCT, "*/*", {}, "text/turtle"),
    (CONSTRUCT, "text/plain", {}, "application/n-triples"),
    (CONSTRUCT, "application/ld+json", {}, "application/ld+json"),
    (CONSTRUCT, "text/turtle;q=0.8, application/rdf+xml;q=0.9", {}, "application/rdf+xml"),
    (CONSTRUCT, "application/trig", {}, "application/trig"),
    (CONSTRUCT, None, {"format": "nq"}, "application/n-quads"),
    (CONSTRUCT, None, {"format": "xml"}, "application/rdf+xml"),  # SPARQLWrapper's name for RDF/XML
    (CONSTRUCT, None, {"format": "json-ld", "output": "json-ld"}, "application/ld+json"),
])
def test_content_negotiation(client: httpx.Client, query: str, accept: str | None, params: dict,
                             expected: str) -> None:
    response = get(client, query, accept, **params)
    assert response.status_code == 200, response.text
    assert media_type(response) == expected
    assert "Accept" in response.headers["vary"]


@pytest.mark.parametrize(("query", "accept", "params", "offered"), [
    (SELECT, "text/turtle", {}, "application/sparql-results+json (format=json), application/sparql-results+xml "
                                "(format=xml), text/csv (format=csv), text/tab-separated-values (format=tsv)"),
    ("ASK {}", "text/csv", {}, "Offered: application/sparql-results+json (format=json), "
                               "application/sparql-results+xml (format=xml)."),
    (CONSTRUCT, "application/sparql-results+json", {}, "text/turtle (format=ttl)"),
    (SELECT, None, {"format": "ttl"}, "text/csv (format=csv)"),
])
def test_nothing_acceptable_is_406_listing_what_is_offered(client: httpx.Client, query: str, accept: str | None,
                                                           params: dict, offered: str) -> None:
    response = get(client, query, accept, **params)
    assert response.status_code == 406
    assert offered in response.text


def test_results_are_the_founding_records_values(client: httpx.Client, live_server: LiveServer) -> None:
    response = get(client, f"SELECT ?date {{ <{live_server.base}{MEETING}> <http://schema.org/startDate> ?date }}",
                   "text/tab-separated-values")
    assert response.text == '?date\n"2017-12-04"^^<http://www.w3.org/2001/XMLSchema#date>\n'


# -- the service description ------------------------------------------------------------------------------

def test_service_description(client: httpx.Client, live_server: LiveServer) -> None:
    response = get(client)
    assert response.status_code == 200 and media_type(response) == "text/turtle"
    graph = Graph().parse(data=response.text, format="turtle")
    service = graph.value(predicate=SD.endpoint, object=URIRef(live_server.base + "/sparql"))
    assert service is not None
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    formats = set(graph.objects(service, SD.resultFormat))
    assert {FORMATS.SPARQL_Results_JSON, FORMATS.SPARQL_Results_XML, FORMATS.SPARQL_Results_CSV,
            FORMATS.SPARQL_Results_TSV, FORMATS.Turtle, FORMATS["JSON-LD"], FORMATS.RDF_XML} <= formats
    assert (service, URIRef(CL + "resultRowLimit"), Literal(10_000)) in graph
    dataset = graph.value(service, SD.defaultDataset)
    counted = get(client, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").json()["results"]["bindings"][0]["n"]["value"]
    assert graph.value(graph.value(dataset, SD.defaultGraph), VOID.triples).toPython() == int(counted)
    names = {graph.value(named, SD.name) for named in graph.objects(dataset, SD.namedGraph)}
    assert URIRef(f"{live_server.base}/graph/stockport/issue-meetings/68785") in names


def test_service_description_negotiated_and_browsers_sent_to_the_editor(client: httpx.Client) -> None:
    assert media_type(get(client, accept="text/plain")) == "application/n-triples"
    assert media_type(get(client, accept="application/ld+json")) == "application/ld+json"
    browser = get(client, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    assert browser.status_code == 303 and browser.headers["location"] == "/query"
    assert get(client, accept="text/csv").status_code == 406


def test_head_has_the_headers_of_get_and_no_body(client: httpx.Client) -> None:
    full = get(client, SELECT)
    head = client.head("/sparql", params={"query": SELECT})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == full.headers["etag"]
    assert head.headers["content-type"] == full.headers["content-type"]


# -- DESCRIBE ---------------------------------------------------------------------------------------------

def describe(client: httpx.Client, query: str) -> set[tuple[str, str, str]]:
    response = get(client, query, "application/n-triples")
    assert response.status_code == 200, response.text
    return {tuple(str(t) for t in triple) for triple in Graph().parse(data=response.text, format="nt")}


def test_describe_gives_the_triples_both_ways(client: httpx.Client, live_server: LiveServer) -> None:
    meeting, item = live_server.base + MEETING, live_server.base + ITEM
    triples = describe(client, f"DESCRIBE <{meeting}>")
    assert (meeting, "http://schema.org/startDate", "2017-12-04") in triples  # its own
    assert (item, CL + "meeting", meeting) in triples  # pointing at it
    assert all(meeting in (s, o) for s, _, o in triples)


def test_describe_by_variable_prefixed_name_and_from(client: httpx.Client, live_server: LiveServer) -> None:
    meeting = live_server.base + MEETING
    by_iri = describe(client, f"DESCRIBE <{meeting}>")
    assert describe(client, f"""PREFIX schema: <http://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        DESCRIBE ?m WHERE {{ ?m a <{CL}Meeting> ; schema:startDate "2017-12-04"^^xsd:date }}""") == by_iri
    assert describe(client, f"PREFIX m: <{live_server.base}/id/stockport/meeting/> "
                            "DESCRIBE m:2017-12-04-communities-transport-scrutiny-committee") == by_iri
    record = f"{live_server.base}/graph/stockport/issue-meetings/68785"
    in_record = describe(client, f"DESCRIBE <{meeting}> FROM <{record}>")
    assert in_record and in_record <= by_iri
    assert describe(client, f"DESCRIBE <{meeting}> FROM <http://example.org/not-ours>") == set()


# -- conditional requests ---------------------------------------------------------------------------------

def test_if_none_match_gives_304(client: httpx.Client) -> None:
    first = get(client, SELECT)
    etag = first.headers["etag"]
    assert first.headers["last-modified"]
    again = client.get("/sparql", params={"query": SELECT}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert get(client, SELECT, "text/csv").headers["etag"] != etag  # another representation
    assert get(client, SELECT + " ").headers["etag"] != etag
    description = get(client)
    assert client.get("/sparql", headers={"If-None-Match": description.headers["etag"]}).status_code == 304


# -- errors -----------------------------------------------------------------------------------------------

# One line a person understands for each refusal (publisher/query/check.py); the CLI says the same words
# (tests/test_cli.py), and the query editor shows them (tests/web/test_browser.py).
ONE_LINE_REFUSALS = [
    ("SELECT ?x WHERE { ?x ?y }",
     "SPARQL syntax error in line 1 near `?x ?y }`: the query is unfinished or malformed before its end."),
    ("PREFIX cl: <https://w3id.org/council-lod/def#>\nSELEC ?x WHERE { ?x a cl:Meeting }",
     "SPARQL syntax error in line 2 near `SELEC`: a query begins with SELECT, ASK, CONSTRUCT or DESCRIBE (after "
     "its PREFIX lines)."),
    ("SELECT ?x WHERE {\n  ?x a cl:Meeting ;\n     foo:bar ?y }",
     "Unknown prefix `cl:` in line 2: declare it with PREFIX cl: <https://w3id.org/council-lod/def#>."),
    ("PREFIX cl: <https://w3id.org/council-lod/def#>\nSELECT ?x WHERE {\n  ?x a cl:Meeting ;\n     foo:bar ?y }",
     "Unknown prefix `foo:` in line 4: declare it with PREFIX foo: <…>, or use one of the prefixes this dataset's "
     "data uses (each declared the same way): cl:, besluit:, mandaat:, person:, schema:, org:, foaf:, dct:, prov:, "
     "skos:, rdfs:, rdf:, owl:, xsd:, dcat:, void:, oparl:, sh:."),
    ("SELECT ?x WHERE {\n  ?x ?y ?z\n  OPTINAL { ?x ?a ?b }\n}",
     "SPARQL syntax error in line 3 near `OPTINAL`: this is not a SPARQL keyword or function (misspelt?)."),
    ("SELECT ?x WHERE { ?x ?y ?z ) }", "SPARQL syntax error in line 1 near `)`: it closes the `{` of line 1, "
                                       "which needs `}`."),
    ("SELECT ?x WHERE {\n ?x ?y \"Stockport }",
     "SPARQL syntax error in line 2 near `\"`: the string that begins there is never closed (a `\"` is missing on "
     "its line)."),
    ("DELETE WHERE { ?s ?p ?o }", "This endpoint is read-only: SPARQL Update (DELETE) is not accepted; send a "
                                  "SELECT, ASK, CONSTRUCT or DESCRIBE query."),
    ("PREFIX cl: <https://w3id.org/council-lod/def#>\ninsert data { cl:a cl:b cl:c }",
     "This endpoint is read-only: SPARQL Update (INSERT) is not accepted; send a SELECT, ASK, CONSTRUCT or "
     "DESCRIBE query."),
]


@pytest.mark.parametrize(("query", "message"), ONE_LINE_REFUSALS)
def test_a_refused_query_is_400_in_one_line(client: httpx.Client, query: str, message: str) -> None:
    """Not the parser's grammar dump (15 lines of character classes for a missing PREFIX): one line that says
    where and what to do. An update sent as a query is malformed, so 400 (an update= request stays 403)."""
    response = get(client, query)
    assert response.status_code == 400
    assert response.text == message + "\n"


@pytest.mark.parametrize(("method", "headers", "body", "status", "message"), [
    ("POST", {}, b"query=ASK%20%7B%7D", 400, "A POST needs a Content-Type"),
    ("POST", {"Content-Type": "text/plain"}, b"ASK {}", 415, "Content-Type text/plain is not accepted"),
    ("POST", {"Content-Type": "application/sparql-query; charset=ISO-8859-1"}, b"ASK {}", 415, "must be UTF-8"),
    ("POST", {"Content-Type": "application/sparql-query"}, b"ASK { ?s ?p \"\xe9\" }", 400, "not valid UTF-8"),
    ("POST", {"Content-Type": "application/x-www-form-urlencoded"}, b"format=json", 400, "No query"),
    ("POST", {"Content-Type": "application/x-www-form-urlencoded"}, b"query=ASK{}&query=ASK{}", 400,
     "holds 2 queries"),
    ("GET", {}, None, 400, "The query is empty."),
])
def test_protocol_errors(client: httpx.Client, method: str, headers: dict, body: bytes | None, status: int,
                         message: str) -> None:
    params = {"query": ""} if method == "GET" else {}
    response = client.request(method, "/sparql", headers=headers, content=body, params=params)
    assert response.status_code == status
    assert message in response.text


def test_a_direct_post_may_also_carry_the_query_in_the_url_only_once(client: httpx.Client) -> None:
    response = client.post("/sparql", params={"query": "ASK {}"}, content=b"ASK {}",
                           headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400 and "holds 2 queries" in response.text


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(client: httpx.Client, method: str) -> None:
    response = client.request(method, "/sparql", params={"query": "ASK {}"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"


# -- the dataset: named, never fetched --------------------------------------------------------------------

def bindings(response: httpx.Response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def test_a_graph_we_do_not_host_is_an_empty_graph(client: httpx.Client) -> None:
    elsewhere = "http://example.org/not-ours"
    assert bindings(get(client, "SELECT * { ?s ?p ?o }", **{"default-graph-uri": elsewhere})) == []
    assert bindings(get(client, "SELECT * { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": elsewhere})) == []
    assert bindings(get(client, f"SELECT * FROM <{elsewhere}> {{ ?s ?p ?o }}")) == []
    assert bindings(get(client, "SELECT * { ?s ?p ?o } LIMIT 1", **{"default-graph-uri": "urn:x-local:none"})) == []


def test_the_protocol_dataset_replaces_the_querys(client: httpx.Client, live_server: LiveServer) -> None:
    record = f"{live_server.base}/graph/stockport/issue-meetings/68785"
    query = f"SELECT ?g (COUNT(*) AS ?n) FROM <{record}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    assert bindings(get(client, query)) == []  # the query's dataset has no named graphs
    found = bindings(get(client, query, **{"named-graph-uri": record}))
    assert [row["g"]["value"] for row in found] == [record]
    only = bindings(get(client, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", **{"default-graph-uri": record}))
    assert int(only[0]["n"]["value"]) < int(bindings(get(client, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                                                     )[0]["n"]["value"])


@pytest.mark.parametrize(("query", "params", "named"), [
    ("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }", {}, "FROM <file:///etc/passwd>"),
    ("SELECT * FROM NAMED <file:///etc/passwd> { ?s ?p ?o }", {}, "FROM <file:///etc/passwd>"),
    ("PREFIX f: <file:///etc/> SELECT * FROM f:passwd { ?s ?p ?o }", {}, "FROM <file:///etc/passwd>"),
    ("SELECT * { ?s ?p ?o }", {"default-graph-uri": "file:///etc/passwd"}, "default-graph-uri <file:///etc/passwd>"),
    ("SELECT * { ?s ?p ?o }", {"named-graph-uri": "ftp://example.org/g"}, "named-graph-uri <ftp://example.org/g>"),
])
def test_other_schemes_are_400(client: httpx.Client, query: str, params: dict, named: str) -> None:
    response = get(client, query, **params)
    assert response.status_code == 400
    assert response.text.startswith(named + " is refused")


# -- the query check on its own ---------------------------------------------------------------------------

BASE = "http://127.0.0.1:8000/sparql"
ALLOWED = [
    "SELECT * { ?s ?p ?o } # SERVICE <http://evil.example/> { }",
    'SELECT * { ?s ?p "SERVICE <http://evil.example/> { }" }',
    "SELECT * { ?s ?p '''two\nlines SERVICE <http://evil.example/> { }''' }",
    "SELECT * { ?s <http://example.org/service> ?o }",
    "PREFIX ex: <http://example.org/> SELECT * { ?s ex:service ?o . ?s a ex:Service }",
    "SELECT ?service { ?service ?p ?o }",
    "PREFIX service: <http://example.org/s#> SELECT * { service:x ?p ?o }",
    "SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o <= 4) }",
    "SELECT * { ?s ?p ?o } ORDER BY (?o < 'x>') # '\n",
]
REFUSED = [
    ("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE <http://127.0.0.1:9/>"),
    ("select * { sErViCe <http://x.example/> { ?s ?p ?o } }", "SERVICE <http://x.example/>"),
    ("SELECT * { SERVICE SILENT <http://x.example/> { ?s ?p ?o } }", "SERVICE <http://x.example/>"),
    ("SELECT * { ?s ?p ?o OPTIONAL { SERVICE <http://x.example/> { } } }", "SERVICE <http://x.example/>"),
    ("SELECT * { { ?s ?p ?o } UNION { SERVICE <http://x.example/> { } } }", "SERVICE <http://x.example/>"),
    ("SELECT * { { SELECT * { SERVICE <http://x.example/> { } } } }", "SERVICE <http://x.example/>"),
    ("SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://x.example/> { } } }", "SERVICE <http://x.example/>"),
    ("SELECT * { BIND(<http://x.example/> AS ?e) SERVICE ?e { } }", "SERVICE ?e"),
    ("PREFIX ex: <http://x.example/> SELECT * { SERVICE ex:sparql { } }", "SERVICE ex:sparql"),
    ("SELECT * { SERVICESILENT<http://x.example/>{} }", "SERVICE <http://x.example/>"),
    ("PREFIX : <http://x.example/> SELECT * { SERVICE:e{} }", "SERVICE :e"),
    ("SELECT * { ?s ?p ?o .SERVICE<http://x.example/>{} }", "SERVICE <http://x.example/>"),
    ("SELECT * { SERVICE # a comment\n <http://x.example/> { } }", "SERVICE <http://x.example/>"),
    # hidden behind a < that Oxigraph reads as less-than, and one it reads as an IRI
    ("SELECT * { ?s ?p ?o FILTER(?o < 'x>') SERVICE <http://x.example/> { } #'\n}", "SERVICE <http://x.example/>"),
    ("SELECT * { ?s ?p ( ?o <x#>) . SERVICE <http://x.example/> { } }", "SERVICE <http://x.example/>"),
    ("SELECT * { \\u0053ERVICE <http://x.example/> { } }", "SERVICE <http://x.example/>"),
]


@pytest.mark.parametrize("query", ALLOWED)
def test_check_lets_the_word_service_be(query: str) -> None:
    check(read_query(query, BASE), ())


@pytest.mark.parametrize(("query", "named"), REFUSED)
def test_check_refuses_every_service(query: str, named: str) -> None:
    with pytest.raises(Refused) as refused:
        check(read_query(query, BASE), ())
    assert refused.value.status == 400
    assert refused.value.message.startswith(named + " is refused")


@pytest.mark.parametrize("query", [
    "SELECT * { ?s ?p ?o } ORDER BY (?o <'x>') # '\n",
    "SELECT * { ?s ?p ?o FILTER(?o <'x>') SERVICE <http://x.example/> { } #'\n}",
])
def test_a_less_than_that_sparql_reads_as_an_iri_is_malformed(query: str) -> None:
    """Oxigraph reads ``<'x>'`` after an operand as less-than and a string; SPARQL's lexer, longest token first, as
    the IRI ``<'x>``. Where the two readings part, the query is refused as the grammar says: nothing hides."""
    with pytest.raises(Refused) as refused:
        read_query(query, BASE)
    assert refused.value.status == 400 and "<'x>" in refused.value.message


def test_check_allows_what_is_allow_listed() -> None:
    allowed = ("http://allowed.example/sparql",)
    check(read_query("SELECT * { SERVICE <http://allowed.example/sparql> { ?s ?p ?o } }", BASE), allowed)
    with pytest.raises(Refused, match=r"allowed: http://allowed.example/sparql"):
        check(read_query("SELECT * { SERVICE <http://other.example/sparql> { } }", BASE), allowed)


def test_service_refused_over_http_and_allowed_words_answered(client: httpx.Client) -> None:
    refused = get(client, "SELECT * { ?s ?p ?o SERVICE <http://127.0.0.1:9/sparql> { ?a ?b ?c } }")
    assert refused.status_code == 400 and "SERVICE <http://127.0.0.1:9/sparql> is refused" in refused.text
    assert get(client, 'SELECT * { ?s ?p "SERVICE <x> {}" } # SERVICE <http://127.0.0.1:9/>').status_code == 200


def test_read_query_finds_form_dataset_and_describe_rewrite() -> None:
    query = read_query("BASE <http://b.example/> PREFIX ex: <http://ex.example/> DESCRIBE ?x ex:y "
                       "FROM <g1> FROM NAMED ex:g2 WHERE { ?x ?p ?o } LIMIT 3", BASE)
    assert query.form == "describe"
    assert query.from_graphs == ["http://b.example/g1"] and query.from_named == ["http://ex.example/g2"]
    assert query.describe_select == ("BASE <http://b.example/> PREFIX ex: <http://ex.example/> SELECT DISTINCT ?x "
                                     "(ex:y AS ?__describe_1)  FROM <g1> FROM NAMED ex:g2 WHERE { ?x ?p ?o } LIMIT 3")
    assert read_query("DESCRIBE <http://a.example/>", BASE).describe_select == \
        "SELECT DISTINCT (<http://a.example/> AS ?__describe_0) {} "
    assert [read_query(q, BASE).form for q in ("ask{}", "CONSTRUCT WHERE {}", "SELEC * {}")] == \
        ["ask", "construct", "unknown"]


# -- the result writers, against the W3C formats as pyoxigraph reads and writes them ------------------------

TERMS_QUERY = """SELECT ?iri ?lang ?typed ?plain ?bnode ?quoted ?unbound WHERE {
    BIND(<http://example.org/a?b=c&d> AS ?iri) BIND("x, \\"y\\"\\n\\tz <&>"@en-GB AS ?lang)
    BIND(1 AS ?typed) BIND("plain" AS ?plain) BIND(BNODE() AS ?bnode) BIND(2.5e0 AS ?quoted) }"""


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_writers_round_trip_through_pyoxigraph(fmt: str) -> None:
    solutions = ox.Store().query(TERMS_QUERY)
    names = [v.value for v in solutions.variables]
    rows = [list(row) for row in solutions]
    written = write_solutions(names, rows, fmt)
    parsed = ox.parse_query_results(written, format=getattr(ox.QueryResultsFormat, fmt.upper()))
    assert [v.value for v in parsed.variables] == names
    assert [list(row) for row in parsed] == rows


def test_csv_writer_is_exactly_the_w3c_format() -> None:
    solutions = ox.Store().query(TERMS_QUERY)
    names = [v.value for v in solutions.variables]
    rows = [list(row) for row in solutions]
    assert write_solutions(names, rows, "csv").decode() == (
        "iri,lang,typed,plain,bnode,quoted,unbound\r\n"
        f'http://example.org/a?b=c&d,"x, ""y""\n\tz <&>",1,plain,_:{rows[0][4].value},2.5,\r\n')
    without_bnode = TERMS_QUERY.replace("BIND(BNODE() AS ?bnode)", "")
    solutions = ox.Store().query(without_bnode)
    names = [v.value for v in solutions.variables]
    assert write_solutions(names, [list(row) for row in solutions], "csv") == \
        ox.Store().query(without_bnode).serialize(format=ox.QueryResultsFormat.CSV)


def test_truncation_link_in_the_head() -> None:
    link = "http://127.0.0.1:8000/dumps/"
    assert b'"head":{"vars":["x"],"link":["http://127.0.0.1:8000/dumps/"]}' in write_solutions(["x"], [], "json", link)
    assert b'<link href="http://127.0.0.1:8000/dumps/"/>' in write_solutions(["x"], [], "xml", link)
    for fmt in ("json", "xml"):
        assert bool(ox.parse_query_results(write_boolean(True, fmt), format=getattr(ox.QueryResultsFormat,
                                                                                     fmt.upper())))


# -- in-process (TestClient): DESCRIBE is what /id/ serves; a data change reaches the workers ---------------

SMALL = """
@prefix cl: <https://w3id.org/council-lod/def#> .
@prefix schema: <http://schema.org/> .
<http://testserver/id/x/meeting/m1> a cl:Meeting ; schema:startDate "2017-12-04" ;
    cl:document [ schema:name "agenda" ] .
<http://testserver/id/x/agenda-item/i1> cl:meeting <http://testserver/id/x/meeting/m1> .
"""


@pytest.fixture()
def small_site(tmp_path: Path) -> Iterator[tuple[Site, TestClient]]:
    store = EmbeddedStore(None)
    store.replace_graph("http://testserver/graph/x/one", Graph().parse(data=SMALL, format="turtle"))
    site = Site(load_settings().with_overrides(base_uri="http://testserver"), store, Limits(query_timeout=5),
                work_dir=tmp_path)
    for test_client in sparql_client(site):
        yield site, test_client


def test_describe_is_the_stores_describe(small_site: tuple[Site, TestClient]) -> None:
    site, test_client = small_site
    meeting = "http://testserver/id/x/meeting/m1"
    response = test_client.get("/sparql", params={"query": f"DESCRIBE <{meeting}>"},
                               headers={"Accept": "application/n-triples"})
    served = sorted(response.text.splitlines())
    expected = sorted(str(t) + " ." for t in site.store.describe([meeting]))
    assert served == expected and len(served) == 4  # 3 about it (a blank node among them), 1 pointing at it


def test_a_data_change_reaches_new_workers(small_site: tuple[Site, TestClient]) -> None:
    site, test_client = small_site
    pool = test_client.app.state.query_pool
    before = pool.pids()
    query = {"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}
    assert test_client.get("/sparql", params=query).json()["results"]["bindings"][0]["n"]["value"] == "5"
    added = Graph().parse(data="<http://testserver/id/x/a> <http://testserver/p> 1 .", format="turtle")
    site.store.replace_graph("http://testserver/graph/x/two", added)
    site.changed()
    assert test_client.get("/sparql", params=query).json()["results"]["bindings"][0]["n"]["value"] == "6"
    after = pool.pids()
    assert len(after) == len(before) == sparql.WORKERS and not set(after) & set(before)
