"""Queries read apart (``EmbeddedStore.reading_apart``, issue 17 point 2): the server's start-up and per-change
work queries a read-only handle on a checkpoint of the store, dropped after it, so the long-lived handle keeps
none of the native memory those lookups load. What it builds must be exactly what it built on the store itself.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from publisher.ingest import Pipeline
from publisher.query.pool import QueryPool
from publisher.query.results import answer
from publisher.settings import DATA_DIR, Settings, load_settings
from publisher.store import open_store
from publisher.store.embedded import EmbeddedStore
from publisher.store.version import data_version
from publisher.web.app import create_app
from publisher.web.dataset import compute_statistics
from publisher.web.search import _entries
from publisher.web.site import Limits, Site
from publisher.web.views.pages import overview, terms_in_use
from publisher.web.views.sparql import ServiceDescription

BASE = "http://testserver"
RECORD = DATA_DIR / "records" / "stockport_issue_68785_ssp_priorities_cts.txt"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    settings: Settings = load_settings().with_overrides(base_uri=BASE, store=tmp_path / "store")
    store = open_store(settings.store)
    assert isinstance(store, EmbeddedStore)
    Pipeline(store, settings).run([RECORD])
    yield Site(settings, store, Limits(replica="disk"), work_dir=tmp_path)
    store.close()


def store_of(site: Site) -> EmbeddedStore:
    assert isinstance(site.store, EmbeddedStore)
    return site.store


def built(site: Site) -> dict[str, object]:
    """What the rebuild hooks compute from the store's queries, and the exports the dumps are made of."""
    description = ServiceDescription()
    description.refresh(site)
    exports = {}
    for fmt in ("nt", "nq"):
        out = io.BytesIO()
        site.store.export(fmt, out)
        exports[fmt] = out.getvalue()
    return {"version": data_version(site.store), "overview": overview(site), "terms": terms_in_use(site),
            "statistics": compute_statistics(site), "service description": sorted(map(str, description.triples)),
            "search entries": list(_entries(site)), **exports}


def test_the_hooks_build_exactly_the_same_from_the_checkpoint(site: Site) -> None:
    on_the_store = built(site)
    store = store_of(site)
    with store.reading_apart():
        apart = built(site)
        assert store._apart._handle is not None  # they did read the checkpoint
    assert apart == on_the_store
    assert store._apart._handle is None  # and its handle went with the scope


def test_a_write_inside_is_read_at_once_from_a_new_checkpoint(site: Site) -> None:
    store = store_of(site)
    before = int(next(iter(store.query(COUNT)))["n"].value)  # type: ignore[call-overload]
    with store.reading_apart():
        assert int(next(iter(store.query(COUNT)))["n"].value) == before  # type: ignore[call-overload]
        graph = Graph()
        graph.add((URIRef(f"{BASE}/id/test/thing"), URIRef(f"{BASE}/def/name"), Literal("new")))
        store.replace_graph(f"{BASE}/graph/test/thing", graph)
        assert int(next(iter(store.query(COUNT)))["n"].value) == before + 1  # type: ignore[call-overload]
        store.update(f"DROP GRAPH <{BASE}/graph/test/thing>")
        assert int(next(iter(store.query(COUNT)))["n"].value) == before  # type: ignore[call-overload]


def test_the_checkpoints_are_removed_when_the_store_closes(site: Site) -> None:
    store = store_of(site)
    for _ in range(3):  # each a new checkpoint: a write made the previous one out of date
        with store.reading_apart():
            list(store.query(COUNT))  # type: ignore[call-overload]
        store.update(f"INSERT DATA {{ GRAPH <{BASE}/graph/test/x> {{ <{BASE}/id/x> <{BASE}/def/n> 1 }} }}")
    assert store.path is not None
    snapshots = store.path.parent / f"{store.path.name}.snapshots"
    assert len(list(snapshots.glob("apart-*"))) == 2  # the newest retired one is kept a change longer
    store.close()
    assert not list(snapshots.glob("apart-*"))
    store._store = open_store(store.path)._store  # type: ignore[attr-defined]  # the fixture closes it again


def test_the_server_keeps_no_handle_after_its_rebuild(site: Site) -> None:
    create_app(site)
    site.changed()
    site.stop()  # the VoID statistics and the dumps, built in the background, are finished
    assert store_of(site)._apart._handle is None


def test_the_query_workers_are_forked_without_the_rebuilds_handle(site: Site) -> None:
    store = store_of(site)
    pool = QueryPool(answer, size=1, replica="disk")
    try:
        with store.reading_apart():
            counted = list(store.query(COUNT))  # type: ignore[call-overload]
            assert store._apart._handle is not None
            pool.load(store)
            assert store._apart._handle is None  # dropped before the fork
            assert list(store.query(COUNT)) == counted  # type: ignore[call-overload]  # a new one, same data
    finally:
        pool.close()
