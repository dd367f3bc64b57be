"""Every query syntax test of the W3C SPARQL 1.1 and 1.0 suites, sent to /sparql: a query the suite calls
valid is answered 200, one it calls invalid is refused with 400.

A 400 tells the client its query is malformed (SPARQL 1.1 Protocol), so /sparql must agree with the grammar
both ways: a valid query that cannot be evaluated is the server's failure (5xx), and a valid query calling a
function Oxigraph does not provide answers 200, the call being an expression error. The suites are the copies
in ``tests/conformance/sparql11-query`` (``syntax-query``, ``syntax-fed``, SPARQL 1.0's ``syntax-sparql1``-``5``);
their manifests are read as data, one pytest case per entry.

Aside: the tests in ``REFUSED_BY_POLICY`` are valid, but call another service; this endpoint refuses SERVICE to
any endpoint not allow-listed (docs/architecture.md §7), so they must be refused by that check before anything
runs (400, its message naming the rule), not answered.
Left out: update syntax tests (``mf:PositiveUpdateSyntaxTest11`` …). /sparql is read-only and refuses every
update whatever its syntax (test_sparql_protocol.py), and the copied suite holds none (its SOURCE.md).

The protocol is not under test here (test_sparql_w3c.py runs the W3C protocol tests on a live server), so the
queries go to the app in-process, built once, over a small store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, Graph, Namespace
from rdflib.collection import Collection

from publisher.settings import load_settings
from publisher.store.embedded import EmbeddedStore
from publisher.web.site import Limits, Site
from tests import paths
from tests.conftest import sparql_client

SUITE = paths.TESTS / "conformance" / "sparql11-query"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
VALID = {MF.PositiveSyntaxTest11, MF.PositiveSyntaxTest}
INVALID = {MF.NegativeSyntaxTest11, MF.NegativeSyntaxTest}
SERVICE_REFUSED = "this endpoint calls no other service unless it is allow-listed"
REFUSED_BY_POLICY = {  # valid queries this endpoint refuses on purpose, and why
    "syntax-fed/syntax-service-01.rq": SERVICE_REFUSED,
    "syntax-fed/syntax-service-02.rq": SERVICE_REFUSED,
    "syntax-fed/syntax-service-03.rq": SERVICE_REFUSED,
}
UNREACHABLE = "http://127.0.0.1:9/sparql"  # allow-listed, but pyoxigraph will not call port 9 (discard)
DATA = """
@prefix : <http://example.org/ns#> .
:a :p 1 ; :q "one"@en ; :r :b .
:b :p 2 ; :q "two" .
"""


@dataclass(frozen=True)
class SyntaxTest:
    name: str  # folder/file, e.g. syntax-query/syntax-select-expr-04.rq
    valid: bool
    query: bytes


def read_suite() -> list[SyntaxTest]:
    return [test for folder in sorted(SUITE.glob("syntax-*")) for test in read_manifest(folder)]


def read_manifest(folder: Path) -> list[SyntaxTest]:
    """The manifest's entries, in order, that are query syntax tests; the query file is its mf:action."""
    base = folder.as_uri() + "/"
    manifest = Graph().parse(folder / "manifest.ttl", format="turtle", publicID=base)
    root = next(manifest.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(manifest, manifest.value(root, MF.entries)):
        kind = manifest.value(entry, RDF.type)
        if kind in VALID | INVALID:
            file = str(manifest.value(entry, MF.action)).removeprefix(base)
            tests.append(SyntaxTest(f"{folder.name}/{file}", kind in VALID, (folder / file).read_bytes()))
    return tests


TESTS = read_suite()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """/sparql alone, with its query workers, over a small graph (in the default graph, as the store's union):
    one app for every test of the module."""
    store = EmbeddedStore(None)
    store.replace_graph("http://testserver/graph/w3c/syntax", Graph().parse(data=DATA, format="turtle"))
    limits = Limits(query_timeout=5, service_allowlist=(UNREACHABLE,))
    site = Site(load_settings().with_overrides(base_uri="http://testserver"), store, limits,
                work_dir=tmp_path_factory.mktemp("syntax"))
    yield from sparql_client(site)


def test_the_suites_are_read_whole() -> None:
    """Counts from the manifests (grep -c of each test type): a reader that lost entries would pass vacuously."""
    assert len([t for t in TESTS if t.valid]) == 149 + 66
    assert len([t for t in TESTS if not t.valid]) == 50 + 31
    assert set(REFUSED_BY_POLICY) <= {t.name for t in TESTS if t.valid}


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_syntax(test: SyntaxTest, client: TestClient) -> None:
    response = client.post("/sparql", content=test.query, headers={"Content-Type": "application/sparql-query"})
    if not test.valid:
        assert response.status_code == 400, response.text
    elif test.name in REFUSED_BY_POLICY:
        assert response.status_code == 400 and REFUSED_BY_POLICY[test.name] in response.text, response.text
    else:
        assert response.status_code == 200, response.text


# -- whose fault: what the suite cannot show ----------------------------------------------------------------

def select(client: TestClient, query: str) -> list[dict[str, str]]:
    response = client.get("/sparql", params={"query": "PREFIX : <http://example.org/ns#> " + query})
    assert response.status_code == 200, response.text
    return [{name: cell["value"] for name, cell in row.items()} for row in response.json()["results"]["bindings"]]


def test_an_unknown_function_is_an_expression_error(client: TestClient) -> None:
    """FILTER on it is false, BIND and SELECT leave their variable unbound; built-in casts are untouched."""
    assert select(client, "SELECT ?n { ?s :p ?n FILTER(:unknown(?n)) }") == []
    assert select(client, "SELECT ?n { ?s :p ?n FILTER(!:unknown(?n) || ?n = 2) }") == [{"n": "2"}]
    assert select(client, "SELECT ?n ?x { ?s :p ?n BIND(:unknown(?n, :other(?n)) AS ?x) } ORDER BY ?n") == [
        {"n": "1"}, {"n": "2"}]
    assert select(client, "SELECT (:unknown(1) AS ?x) (<http://www.w3.org/2001/XMLSchema#integer>(\"7\") AS ?y) {}"
                  ) == [{"y": "7"}]


def test_a_valid_query_that_cannot_be_evaluated_is_a_server_failure(client: TestClient) -> None:
    """The allow-listed service cannot be called: that fails the evaluation, not the query's syntax."""
    response = client.get("/sparql", params={"query": f"SELECT * {{ SERVICE <{UNREACHABLE}> {{ ?s ?p ?o }} }}"})
    assert response.status_code == 500
    assert response.text.startswith("The query is valid SPARQL, but this endpoint could not evaluate it: ")


def test_a_malformed_query_is_400_naming_the_parser_error(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?s { ?s ?p }"})
    assert response.status_code == 400  # in one line that says where (publisher/query/check.py)
    assert response.text == ("SPARQL syntax error in line 1 near `?s ?p }`: the query is unfinished or malformed "
                             "before its end.\n")
    response = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o FILTER(?o<1&&?o>0) }"})
    assert response.status_code == 400 and "longest-token rule" in response.text  # <1&&?o> is one IRI token
    assert select(client, "SELECT ?o { ?s :p ?o FILTER(?o < 2 && ?o > 0) }") == [{"o": "1"}]
