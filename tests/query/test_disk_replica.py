"""The query workers serving from the on-disk snapshot alone (``serve --replica disk``, issue 17 point 2).

Disk mode must be invisible to clients: the same SPARQL results and the same /doc/ documents as the in-memory
copy, blank node labels included (both read the store's own labels), a query over its time still killed, and a
data change still seen by the next generation of workers.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import BNode, Graph, Literal, URIRef

from publisher.ingest import Pipeline
from publisher.query.pool import QueryPool, QueryTimeout, wanted_in_memory
from publisher.query.results import Job, answer
from publisher.settings import DATA_DIR, Settings, load_settings
from publisher.store import open_store
from publisher.store.embedded import EmbeddedStore
from publisher.web.app import create_app
from publisher.web.site import Limits, Site

BASE = "http://testserver"
RECORDS = DATA_DIR / "records"
FOUNDING = RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt"
SECOND = RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
THING = f"{BASE}/id/stockport/test/with-blank-nodes"
JSON = {"Accept": "application/sparql-results+json"}
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o",  # every triple, blank nodes with their labels
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ <{THING}> ?q ?s . ?s ?p ?o }}",
    f"DESCRIBE <{THING}>",
    f"ASK {{ <{THING}> ?p ?o }}",
]
# A lookup, which the server answers itself from the replica's default graph (views/sparql.answered_here): its
# rows come in the index order of the store it reads, so they are compared as a set
LOOKUP = f"SELECT ?p ?o WHERE {{ <{THING}> ?p ?o }}"


def with_blank_nodes() -> Graph:
    """A thing whose values are blank nodes (as a recorded vote's counts are): what a copy could relabel."""
    graph, thing = Graph(), URIRef(THING)
    for n in range(3):
        count = BNode()
        graph.add((thing, URIRef(f"{BASE}/def/count"), count))
        graph.add((count, URIRef(f"{BASE}/def/value"), Literal(n)))
    return graph


def build(folder: Path) -> tuple[EmbeddedStore, Settings]:
    settings = load_settings().with_overrides(base_uri=BASE, store=folder / "store")
    store = open_store(settings.store)
    assert isinstance(store, EmbeddedStore)
    Pipeline(store, settings).run([FOUNDING])
    store.replace_graph(f"{BASE}/graph/test/blank-nodes", with_blank_nodes())
    return store, settings


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[EmbeddedStore, Settings]]:
    store, settings = build(tmp_path)
    yield store, settings
    store.close()


def triples(body: bytes, fmt: ox.RdfFormat) -> set[str]:
    """A graph answer as its set of triples, blank node labels as written: the order of the triples is the
    store's index order, which differs between the copy in memory and RocksDB, and means nothing."""
    return {str(triple) for triple in ox.parse(body, format=fmt)}


def served(store: EmbeddedStore, settings: Settings, folder: Path, mode: str) -> dict[str, object]:
    """Every answer of ``QUERIES`` and of the /doc/ documents, from a site whose workers read as ``mode`` says."""
    site = Site(settings, store, Limits(answer_cache=0, replica=mode), work_dir=folder)
    app = create_app(site)
    found: dict[str, object] = {}
    with TestClient(app) as client:
        assert app.state.query_pool.replica == mode
        for query in QUERIES:
            reply = client.get("/sparql", params={"query": query},
                               headers={"Accept": "application/n-triples, application/sparql-results+json"})
            assert reply.status_code == 200, reply.text
            graph = reply.headers["content-type"].startswith("application/n-triples")
            found[query] = triples(reply.content, ox.RdfFormat.N_TRIPLES) if graph else reply.content
        rows = client.get("/sparql", params={"query": LOOKUP}, headers=JSON).json()["results"]["bindings"]
        found[LOOKUP] = sorted(json.dumps(row, sort_keys=True) for row in rows)
        for doc in ("/doc/stockport/test/with-blank-nodes", "/doc/stockport/issue/68785"):
            for name, fmt in GRAPH_FORMATS.items():
                reply = client.get(f"{doc}.{name}")
                assert reply.status_code == 200, reply.text
                found[f"{doc}.{name}"] = triples(reply.content, fmt)
        client.get("/void")  # the statistics thread is done before the site goes
    return found


def test_disk_mode_answers_exactly_what_memory_mode_answers(store, tmp_path: Path) -> None:
    store, settings = store
    memory = served(store, settings, tmp_path / "memory", "memory")
    disk = served(store, settings, tmp_path / "disk", "disk")
    assert disk == memory
    assert len(memory[LOOKUP]) == 3 and all('"bnode"' in row for row in memory[LOOKUP])  # type: ignore[union-attr]
    blank = json.loads(memory[QUERIES[0]])["results"]["bindings"]  # type: ignore[arg-type]
    assert sum(1 for row in blank if row["o"]["type"] == "bnode") > 3  # the record has blank nodes too
    document = memory["/doc/stockport/test/with-blank-nodes.nt"]
    assert sum(1 for triple in document if "_:" in triple) == 3  # type: ignore[union-attr]


def job(sparql: str, named_graphs_read: bool = False) -> Job:
    return Job(sparql, "select", "json", f"{BASE}/sparql", 10_000, f"{BASE}/dumps/",
               named_graphs_read=named_graphs_read)


def test_a_query_over_its_time_is_killed_in_disk_mode(store) -> None:
    store, _ = store
    pool = QueryPool(answer, size=1, timeout=1.0, replica="disk")
    pool.load(store)
    try:
        assert pool.replica == "disk"
        first = pool.pids()
        with pytest.raises(QueryTimeout):
            asyncio.run(pool.run(job(RUNAWAY)))
        reply = asyncio.run(pool.run(job(f"SELECT ?o WHERE {{ <{THING}> ?p ?o }}")))
        assert reply.status == 200 and len(json.loads(reply.body)["results"]["bindings"]) == 3
        assert pool.pids() != first  # a fresh worker answered, on the same snapshot
    finally:
        pool.close()
    assert not Path(f"/proc/{first[0]}").exists()  # the killed one is gone


def test_a_data_change_is_seen_in_disk_mode(store, tmp_path: Path) -> None:
    store, settings = store
    site = Site(settings, store, Limits(answer_cache=0, replica="disk"), work_dir=tmp_path / "site")
    app = create_app(site)
    asked = f"ASK {{ <{BASE}/id/stockport/issue/94630> ?p ?o }}"
    with TestClient(app) as client:
        def known() -> tuple[bool, int]:
            reply = client.get("/sparql", params={"query": asked}, headers=JSON)
            return reply.json()["boolean"], client.get("/doc/stockport/issue/94630.ttl").status_code

        assert known() == (False, 404)
        assert Pipeline(store, settings).ingest_file(SECOND).status == "landed"
        site.changed()  # as the admin endpoint does after an ingest
        assert known() == (True, 200)
        client.get("/void")


@pytest.mark.parametrize(("mode", "triples", "limit", "in_memory"), [
    ("memory", 10**9, 10, True), ("disk", 0, 10, False), ("auto", 9, 10, True), ("auto", 10, 10, False)])
def test_auto_copies_the_default_graph_into_memory_below_the_limit_only(mode: str, triples: int, limit: int,
                                                                        in_memory: bool) -> None:
    assert wanted_in_memory(mode, triples, limit) is in_memory


def test_auto_reads_the_store_as_its_size_says(store) -> None:
    store, _ = store
    for limit, mode in ((10**9, "memory"), (10, "disk")):
        pool = QueryPool(answer, size=1, replica="auto", memory_limit=limit)
        pool.load(store)
        try:
            assert pool.replica == mode
        finally:
            pool.close()


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="one of auto, memory, disk"):
        QueryPool(answer, replica="swap")


def test_the_server_forks_as_many_workers_as_its_limits_say(store, tmp_path: Path) -> None:
    store, settings = store
    site = Site(settings, store, Limits(answer_cache=0, replica="disk", query_workers=2), work_dir=tmp_path)
    app = create_app(site)
    with TestClient(app) as client:
        assert app.state.query_pool.size == 2
        reply = client.get("/sparql", params={"query": QUERIES[1]}, headers=JSON)
        assert reply.status_code == 200, reply.text
        client.get("/void")  # the statistics thread is done before the site goes


@pytest.mark.parametrize(("mode", "workers"), [("disk", 2), ("memory", 4)])
def test_by_default_two_workers_read_the_snapshot_and_four_a_copy(store, mode: str, workers: int) -> None:
    store, _ = store
    pool = QueryPool(answer, size=4, disk_size=2, replica=mode)
    try:
        pool.load(store)
        assert pool.size == workers and len(pool._live) == workers
    finally:
        pool.close()
