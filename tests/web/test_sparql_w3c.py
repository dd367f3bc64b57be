"""The W3C SPARQL 1.1 Protocol tests (``tests/conformance/sparql11-protocol``), run against a live server.

The manifest is read as data: every mf:ProtocolTest becomes one pytest case that sends the manifest's HTTP
request(s) (method, path, headers, body in its character encoding) and checks the expected status class, and
where given the boolean and the result format. The three graphs the tests use (data1-3.nt) are put into a
fresh store under the IRIs the manifest names, through the store API; since the store then holds graphs,
``publisher serve`` does not ingest the bundled records into it, so the dataset is exactly the W3C one. The
update tests cannot pass on a read-only endpoint and are skipped, saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from publisher.store import open_store
from tests import paths
from tests.conftest import LiveServer, start_server

SUITE = paths.TESTS / "conformance" / "sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
READ_ONLY = ("read-only endpoint: SPARQL Update is refused by design (docs/architecture.md §7), "
             "so update tests do not apply")
RESULT_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV}
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml"}


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[int]  # acceptable status classes: 2, 3, 4
    boolean: bool | None
    result_format: str | None


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    title: str
    graphs: dict[str, Path]  # graph IRI -> data file
    exchanges: tuple[Exchange, ...]


def read_manifest() -> list[ProtocolTest]:
    manifest = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    root = next(manifest.subjects(RDF.type, MF.Manifest))
    entries = Collection(manifest, manifest.value(root, MF.entries))
    return [_read_test(manifest, entry) for entry in entries]


def _read_test(manifest: Graph, entry: URIRef) -> ProtocolTest:
    graphs = {str(manifest.value(data, RDFS.label)): SUITE / Path(str(manifest.value(data, UT.graph))).name
              for data in manifest.objects(entry, UT.graphData)}
    action = manifest.value(entry, MF.action)
    requests = Collection(manifest, manifest.value(action, HT.requests))
    return ProtocolTest(str(entry).rpartition("#")[2], str(manifest.value(entry, MF.name)), graphs,
                        tuple(_read_exchange(manifest, request) for request in requests))


def _read_exchange(manifest: Graph, request: URIRef) -> Exchange:
    headers: dict[str, str] = {}
    header_list = manifest.value(request, HT.headers)
    if header_list is not None:
        for header in Collection(manifest, header_list):
            headers[str(manifest.value(header, HT.fieldName))] = str(manifest.value(header, HT.fieldValue))
    body_node = manifest.value(request, HT.body)
    body = None
    if body_node is not None:
        encoding = str(manifest.value(body_node, CNT.characterEncoding) or "UTF-8")
        body = str(manifest.value(body_node, CNT.chars)).encode(encoding)
    response = manifest.value(request, HT.resp)
    statuses = frozenset(int(str(s).removeprefix(HTS)[0]) for s in manifest.objects(response, MF.expectedStatus))
    boolean = manifest.value(response, MF.expectedBoolean)
    expected_format = manifest.value(response, MF.expectedFormat)
    path = str(manifest.value(request, HT.absolutePath))
    return Exchange(str(manifest.value(request, HT.methodName)), "/sparql" + path.removeprefix("/sparql/"),
                    headers, body, statuses, None if boolean is None else bool(boolean.toPython()),
                    None if expected_format is None else str(expected_format))


TESTS = read_manifest()


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server over exactly the W3C test graphs (data1-3 as named graphs)."""
    folder = tmp_path_factory.mktemp("w3c") / "store"
    store = open_store(folder)
    for test in TESTS:
        for iri, data in test.graphs.items():
            store.replace_graph(iri, Graph().parse(data, format="nt"))
    store.close()
    server = start_server(folder)
    yield server
    server.stop()


def test_manifest_is_read_whole() -> None:
    names = [t.name for t in TESTS]
    assert len(names) == 34
    assert len([n for n in names if n.startswith("query_")]) == 13
    assert len([n for n in names if n.startswith("bad_query")]) + names.count("bad_multiple_queries") == 7
    assert len([n for n in names if n.startswith(("bad_update", "bad_multiple_updates"))]) == 7
    assert len([n for n in names if n.startswith("update_")]) == 7


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_protocol(test: ProtocolTest, w3c_server: LiveServer) -> None:
    if test.name.startswith("update_"):
        pytest.skip(READ_ONLY)
    with httpx.Client(base_url=w3c_server.base, timeout=20) as client:
        for exchange in test.exchanges:
            response = client.request(exchange.method, exchange.path, headers=exchange.headers,
                                      content=exchange.body)
            assert response.status_code // 100 in exchange.statuses, (test.title, response.text)
            if exchange.result_format:
                _check_result(exchange, response)


def _check_result(exchange: Exchange, response: httpx.Response) -> None:
    media_type = response.headers["content-type"].split(";")[0]
    if exchange.result_format == "RDF":
        assert media_type in RDF_TYPES, media_type
        Graph().parse(data=response.content, format=RDF_TYPES[media_type])  # well-formed
        return
    assert media_type in RESULT_TYPES, media_type
    parsed = ox.parse_query_results(response.content, format=RESULT_TYPES[media_type])
    if exchange.result_format == "boolean":
        assert isinstance(parsed, ox.QueryBoolean)
        if exchange.boolean is not None:
            assert bool(parsed) is exchange.boolean
    else:
        assert isinstance(parsed, ox.QuerySolutions)
        assert [v.value for v in parsed.variables] and list(parsed)
