"""The query workers' copy of the data: the default graph in memory, the named graphs from a snapshot on disk.

Holding every triple once in memory (not again per record graph) is what keeps the server under 500 MiB per
million triples (bench/README.md); these tests show that queries reading named graphs still see them all,
and that each data version's snapshot is removed once nothing reads it.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from publisher.ingest import Pipeline
from publisher.query.pool import QueryPool
from publisher.query.results import Job, answer, write_solutions
from publisher.settings import DATA_DIR, load_settings
from publisher.store import SETTINGS_GRAPH, open_store

BASE = "http://example.org"
RECORDS = DATA_DIR / "records"
FOUNDING = RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt"
SECOND = RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def job(sparql: str, named_graphs_read: bool) -> Job:
    return Job(sparql, "select", "json", f"{BASE}/sparql", 10_000, f"{BASE}/dumps/",
               named_graphs_read=named_graphs_read)


def rows(pool: QueryPool, sparql: str, named_graphs_read: bool = False) -> list[dict]:
    reply = asyncio.run(pool.run(job(sparql, named_graphs_read)))
    assert reply.status == 200, reply.error
    return json.loads(reply.body)["results"]["bindings"]


@pytest.fixture
def store(tmp_path: Path):
    settings = load_settings().with_overrides(base_uri=BASE, store=tmp_path / "store")
    store = open_store(settings.store)
    Pipeline(store, settings).run([FOUNDING])
    yield store, settings
    store.close()


def snapshots(folder: Path) -> list[Path]:
    root = folder.parent / f"{folder.name}.snapshots"
    return sorted(root.iterdir()) if root.exists() else []


def test_the_copy_in_memory_is_the_default_graph_and_named_graphs_come_from_the_snapshot(store) -> None:
    store, _ = store
    default_triples = int(next(iter(store.query(ALL)))["n"].value)
    per_graph = {r["g"].value: r["n"].value for r in store.query(PER_GRAPH)}
    assert per_graph.pop(SETTINGS_GRAPH)  # in the store, but not in what the workers read (not data)
    pool = QueryPool(answer, size=1)
    pool.load(store)
    try:
        assert pool.union is not None and len(pool.union) == default_triples  # each triple once
        assert [int(r["n"]["value"]) for r in rows(pool, ALL)] == [default_triples]
        found = {r["g"]["value"]: r["n"]["value"] for r in rows(pool, PER_GRAPH, named_graphs_read=True)}
        assert found == per_graph and len(found) >= 2  # the record's graph and the council register
        assert rows(pool, PER_GRAPH) == []  # the in-memory copy alone has no named graphs
    finally:
        pool.close()


def test_a_snapshot_goes_when_its_data_version_is_replaced_and_when_the_pool_closes(store) -> None:
    store, settings = store
    pool = QueryPool(answer, size=1)
    pool.load(store)
    try:
        first = snapshots(store.path)
        assert len(first) == 1
        assert Pipeline(store, settings).ingest_file(SECOND).status == "landed"
        pool.load(store)
        second = snapshots(store.path)
        assert len(second) == 1 and second != first
        issue = f"<{BASE}/id/stockport/issue/94630>"
        assert rows(pool, f"SELECT ?g WHERE {{ GRAPH ?g {{ {issue} ?p ?o }} }} LIMIT 1", named_graphs_read=True)
    finally:
        pool.close()
    assert snapshots(store.path) == []


def test_a_held_snapshot_stays_until_its_reader_lets_it_go(store) -> None:
    """The extra serving processes (web/siblings.py) read a version's snapshot themselves: it is not removed
    when the version is replaced, nor when the pool closes, while they still hold it."""
    store, settings = store
    pool = QueryPool(answer, size=1)
    pool.load(store)
    try:
        held = pool.hold()
        assert held is not None and snapshots(store.path) == [held[0]]
        assert Pipeline(store, settings).ingest_file(SECOND).status == "landed"
        pool.load(store)
        assert held[0] in snapshots(store.path) and len(snapshots(store.path)) == 2
        held[1]()
        assert len(snapshots(store.path)) == 1 and held[0] not in snapshots(store.path)
        last = pool.hold()
    finally:
        pool.close()
    assert last is not None and snapshots(store.path) == [last[0]]
    last[1]()
    assert snapshots(store.path) == []


def test_a_literal_with_a_base_direction_is_written_in_every_results_format() -> None:
    """RDF 1.2's directional language strings ("a"@ar--rtl): pyoxigraph gives the direction as a BaseDirection,
    which the JSON and XML writers once passed on as it was (json.dumps could not write it)."""
    solutions = ox.Store().query('SELECT ?x WHERE { BIND("a"@ar--rtl AS ?x) }')
    rows = [[solution["x"]] for solution in solutions]
    assert json.loads(write_solutions(["x"], rows, "json"))["results"]["bindings"] == [
        {"x": {"type": "literal", "value": "a", "xml:lang": "ar", "its:dir": "rtl"}}]
    assert b'xml:lang="ar" xmlns:its="http://www.w3.org/2005/11/its" its:dir="rtl">a</literal>' \
        in write_solutions(["x"], rows, "xml")
    assert write_solutions(["x"], rows, "tsv").splitlines()[1] == b'"a"@ar--rtl'
