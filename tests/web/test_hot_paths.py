"""The lean route (``web/hot.py``) answers ``/sparql``, ``/doc/`` and ``/id/`` exactly as the full framework stack
does: the same status, headers (in order) and body, for answers, errors, 303s and 304s alike; requests it must
not take (gzip asked for, an Origin) go to the stack. In process (TestClient), two apps on one store: one with
the lean route, one without."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib.namespace import XSD

from publisher.ingest import Pipeline
from publisher.query.results import HERE_ROWS, Job, answer_lookup, answer_on, lookup
from publisher.settings import load_settings
from publisher.store.embedded import EmbeddedStore
from publisher.web.app import assemble
from publisher.web.hot import HotPaths
from publisher.web.site import Limits, Site
from publisher.web.views import resources, sparql
from tests.built_records import everything_record

PLAIN = {"Accept-Encoding": "identity"}


@pytest.fixture(scope="module")
def store() -> EmbeddedStore:
    store = EmbeddedStore(None)
    pipeline = Pipeline(store, load_settings())
    pipeline.ensure_reference_data()
    assert pipeline.ingest_record(everything_record()).status == "landed"
    return store


def client(store: EmbeddedStore, work: Path, lean: bool) -> Iterator[TestClient]:
    site = Site(load_settings(), store, Limits(answer_cache=0), work_dir=work)
    pool = sparql.query_service(site)
    app = assemble(site, {"sparql": sparql.setup(site, pool), "resources": resources.setup(site, pool, None)}, lean)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def lean(store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from client(store, tmp_path_factory.mktemp("lean"), lean=True)


@pytest.fixture(scope="module")
def full(store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from client(store, tmp_path_factory.mktemp("full"), lean=False)


def hot_paths(test_client: TestClient) -> HotPaths:
    layer = test_client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(layer, HotPaths):
        layer = layer.app
    return layer


def things(store: EmbeddedStore) -> list[str]:
    """A meeting and a person of the record, as /id/ paths (their IRIs end up under the site's base)."""
    base = load_settings().base_uri
    found = []
    for kind in ("Meeting", "Person"):
        rows = store.query(f"SELECT ?s WHERE {{ ?s a <https://w3id.org/council-lod/def#{kind}> "
                           f"FILTER(STRSTARTS(STR(?s), '{base}/id/')) }} ORDER BY ?s LIMIT 1")
        found += [row["s"].value.removeprefix(base) for row in rows]  # type: ignore[union-attr]
    assert len(found) == 2
    return found


def requests(store: EmbeddedStore, full: TestClient) -> list[tuple[str, str, dict[str, str]]]:
    meeting, person = things(store)
    doc = meeting.replace("/id/", "/doc/", 1)
    etag = full.get(f"{doc}.ttl", headers=PLAIN).headers["etag"]
    # ordered: each app has its own replica, whose unordered rows need not come in the same order
    select = f"SELECT ?p ?o WHERE {{ <{load_settings().base_uri}{meeting}> ?p ?o }} ORDER BY ?p ?o"
    big = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50"
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 5"
    return [
        ("GET", f"{doc}.ttl", {}), ("GET", f"{doc}.nt", {}), ("GET", f"{doc}.jsonld", {}),
        ("GET", f"{doc}.rdf", {}), ("HEAD", f"{doc}.ttl", {}), ("GET", f"{doc}.html", {}),
        ("GET", doc, {"Accept": "text/turtle"}), ("GET", doc, {"Accept": "image/png"}),
        ("GET", f"{doc}.ttl", {"If-None-Match": etag}), ("GET", "/doc/nobody/person/nobody.ttl", {}),
        ("GET", "/doc/a%20b.ttl", {}), ("GET", "/doc/", {}),
        ("GET", meeting, {"Accept": "text/turtle"}), ("GET", person.replace("/id/", "/doc/", 1) + ".ttl", {}),
        ("GET", "/id/nobody/person/nobody", {}), ("GET", meeting, {"Accept": "text/html"}),
        ("GET", f"/sparql?{httpx.QueryParams(query=select)}", {"Accept": "application/sparql-results+json"}),
        ("GET", f"/sparql?{httpx.QueryParams(query=select, format='xml')}", {}),
        ("GET", f"/sparql?{httpx.QueryParams(query=select)}", {"Accept": "text/csv"}),
        ("GET", f"/sparql?{httpx.QueryParams(query=big)}", {"Accept": "text/tab-separated-values"}),
        ("HEAD", f"/sparql?{httpx.QueryParams(query=select)}", {}),
        ("GET", f"/sparql?{httpx.QueryParams(query='ASK { ?s ?p ?o }')}", {}),
        ("GET", f"/sparql?{httpx.QueryParams(query=construct)}", {}),
        ("GET", f"/sparql?{httpx.QueryParams(query='SELECT * WHERE { ?s ?p }')}", {}),
        ("GET", f"/sparql?{httpx.QueryParams(update='CLEAR ALL')}", {}),
        ("GET", f"/sparql?{httpx.QueryParams(query=select)}", {"Accept": "image/png"}),
        ("GET", "/sparql", {"Accept": "text/turtle"}), ("GET", "/sparql", {"Accept": "text/html"}),
    ]


def test_the_lean_route_answers_as_the_full_stack(store: EmbeddedStore, lean: TestClient, full: TestClient) -> None:
    sent = requests(store, full)
    before = hot_paths(lean).answered
    for method, path, headers in sent:
        answers = [c.request(method, path, headers={**PLAIN, **headers}, follow_redirects=False) for c in (lean, full)]
        assert answers[0].status_code == answers[1].status_code, path
        assert answers[0].headers.multi_items() == answers[1].headers.multi_items(), path
        assert answers[0].content == answers[1].content, path
    assert hot_paths(lean).answered - before == len(sent)  # every one of them took the lean route


@pytest.mark.parametrize("headers", [{"Accept-Encoding": "gzip"}, {"Origin": "https://example.org"}])
def test_what_the_middleware_changes_goes_to_the_full_stack(store: EmbeddedStore, lean: TestClient,
                                                            full: TestClient, headers: dict[str, str]) -> None:
    doc = things(store)[0].replace("/id/", "/doc/", 1) + ".ttl"
    before = hot_paths(lean).answered
    answers = [c.get(doc, headers=headers) for c in (lean, full)]
    assert hot_paths(lean).answered == before
    assert answers[0].headers.multi_items() == answers[1].headers.multi_items()
    assert answers[0].content == answers[1].content
    if "Origin" in headers:
        assert answers[0].headers["access-control-allow-origin"] == "*"
    else:
        assert answers[0].headers["content-encoding"] == "gzip"


@pytest.mark.parametrize(("query", "bounded"), [
    ("SELECT ?p ?o WHERE { <http://x/id/a#b> ?p ?o }", True),
    ("select * { ?s ?p <http://x/id/a> . } LIMIT 5", True),
    ("SELECT ?p ?o WHERE { ?s ?p ?o }", False),  # nothing given: a scan
    ("SELECT ?s ?o WHERE { ?s <http://x/p> ?o }", False),  # only the predicate: a scan of it
    ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o } # note", False),
    ("SELECT ?o WHERE { <http://x/s> <http://x/p>* ?o }", False),  # a path
    ("SELECT DISTINCT ?o WHERE { <http://x/s> ?p ?o }", False),
    ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o } ORDER BY ?o", False),
    ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o . ?o ?q ?r }", False),
    ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o FILTER(true) }", False),
    ("SELECT ?p ?o WHERE { GRAPH ?g { <http://x/s> ?p ?o } }", False),
    ("ASK { <http://x/s> ?p ?o }", False),
])
def test_only_a_bounded_lookup_is_answered_without_a_worker(query: str, bounded: bool) -> None:
    assert lookup(Job(query, query.split()[0].lower(), "json", "http://x/sparql", 10, "http://x/dumps/")) is bounded


def test_a_lookup_is_answered_by_the_server_as_a_worker_answers_it(store: EmbeddedStore, tmp_path: Path) -> None:
    """The same bytes and the same cut at the row cap, with the workers out of reach (a lookup never asks them)."""
    meeting = load_settings().base_uri + things(store)[0]
    site = Site(load_settings(), store, Limits(answer_cache=0, max_rows=2), work_dir=tmp_path)
    pool = sparql.query_service(site)
    with TestClient(assemble(site, {"sparql": sparql.setup(site, pool)})) as test_client:
        def ask(where: str) -> httpx.Response:
            return test_client.get("/sparql", params={"query": f"SELECT ?p ?o WHERE {{ {where} }}"}, headers=PLAIN)

        by_worker = ask(f"<{meeting}> ?p ?o FILTER(true)")
        run = pool.run
        pool.run = None  # type: ignore[assignment,method-assign]
        try:
            here = ask(f"<{meeting}> ?p ?o")
        finally:
            pool.run = run  # type: ignore[method-assign]
    assert here.status_code == by_worker.status_code == 200
    assert here.headers["x-sparql-truncated"] == by_worker.headers["x-sparql-truncated"] == "true; limit=2"
    assert len(here.json()["results"]["bindings"]) == 2
    assert here.content == by_worker.content


TRICKY = ["a\u0001b", 'q"q', "b\\s", "l\nn\tt\r", "é", "😀", "\u2028\u2029", "/<>&", "\x7f", "\x08\x0c\x1f", "plain"]


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
def test_a_lookup_written_by_the_engine_is_what_our_writer_writes(fmt: str) -> None:
    store, subject = ox.Store(), ox.NamedNode("http://x/s")
    objects: list[ox.NamedNode | ox.Literal | ox.BlankNode] = [ox.Literal(text) for text in TRICKY]
    objects += [ox.Literal("hi", language="en-GB"), ox.Literal("1", datatype=ox.NamedNode(str(XSD.integer))),
                ox.Literal("2.5", datatype=ox.NamedNode(str(XSD.decimal))), ox.BlankNode("b1"),
                ox.NamedNode("http://x/é?a=b&c#d")]
    for number, term in enumerate(objects):
        store.add(ox.Quad(subject, ox.NamedNode(f"http://x/p{number}"), term))
        store.add(ox.Quad(ox.NamedNode(f"http://x/o{number}"), ox.NamedNode("http://x/p"), subject))
    for query in ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o }", "SELECT * { ?s ?p <http://x/s> } LIMIT 3"):
        job = Job(query, "select", fmt, "http://x/", 10_000, "http://x/dumps/")
        assert answer_lookup(store, job) == answer_on(store, job)


def test_a_large_or_relative_lookup_is_left_to_a_worker() -> None:
    store, subject = ox.Store(), ox.NamedNode("http://x/s")
    store.extend([ox.Quad(subject, ox.NamedNode("http://x/p"), ox.Literal(str(n))) for n in range(HERE_ROWS + 1)])
    for query in ("SELECT ?p ?o WHERE { <http://x/s> ?p ?o }", "SELECT ?p ?o WHERE { <s> ?p ?o }"):
        assert answer_lookup(store, Job(query, "select", "json", "http://x/", 10_000, "http://x/dumps/")) is None
