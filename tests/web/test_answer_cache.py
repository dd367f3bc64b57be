"""Answers replayed until the data changes (``publisher/web/cache.py``): the same bytes, never a stale one."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from publisher.ingest import Pipeline
from publisher.settings import load_settings
from publisher.store import open_store
from publisher.web.app import create_app
from publisher.web.cache import Answer, AnswerCache
from publisher.web.site import Limits, Site
from tests.paths import FOUNDING, SECOND

BASE = "http://testserver"
ASK_SECOND = f"ASK {{ <{BASE}/id/stockport/issue/94630> ?p ?o }}"
JSON = {"Accept": "application/sparql-results+json"}


class Served:
    def __init__(self, folder: Path, cache_bytes: int = 1 << 20) -> None:
        self.settings = load_settings().with_overrides(base_uri=BASE, store=folder / "store")
        self.store = open_store(self.settings.store)
        Pipeline(self.store, self.settings).run([FOUNDING])
        self.site = Site(self.settings, self.store, Limits(answer_cache=cache_bytes), work_dir=folder)
        self.app = create_app(self.site)

    @property
    def cache(self) -> AnswerCache:
        return self.app.state.answer_cache


@pytest.fixture
def served(tmp_path: Path):
    served = Served(tmp_path)
    with TestClient(served.app) as client:
        served.client = client  # type: ignore[attr-defined]
        yield served
        client.get("/void")  # the statistics thread is done before the store closes
    served.store.close()


def test_a_repeated_dereference_is_replayed_byte_for_byte(served) -> None:
    path = "/doc/stockport/issue/68785.ttl"
    first = served.client.get(path)
    assert (first.status_code, served.cache.hits, len(served.cache)) == (200, 0, 1)
    second = served.client.get(path)
    assert served.cache.hits == 1
    assert second.status_code == 200 and second.content == first.content
    assert {k: v for k, v in second.headers.items() if k != "date"} == \
           {k: v for k, v in first.headers.items() if k != "date"}
    assert "Scrutiny" not in second.text and "<http://testserver/id/stockport/issue/68785>" in second.text


def test_the_answer_depends_on_the_headers_it_varies_on(served) -> None:
    path = "/id/stockport/issue/68785"
    for _ in range(2):
        turtle = served.client.get(path, headers={"Accept": "text/turtle"}, follow_redirects=False)
        html = served.client.get(path, headers={"Accept": "text/html"}, follow_redirects=False)
        assert (turtle.status_code, html.status_code) == (303, 303)
        assert turtle.headers["location"] == "/doc/stockport/issue/68785.ttl"
        assert html.headers["location"] == "/doc/stockport/issue/68785.html"
    assert (served.cache.hits, len(served.cache)) == (2, 2)


def test_a_data_change_is_seen_by_the_next_request(served) -> None:
    def asked() -> bool:
        return served.client.get("/sparql", params={"query": ASK_SECOND}, headers=JSON).json()["boolean"]

    assert (asked(), asked()) == (False, False)
    assert served.cache.hits == 1
    assert Pipeline(served.store, served.settings).ingest_file(SECOND).status == "landed"
    served.site.changed()  # as the admin endpoint does after an ingest
    assert len(served.cache) == 0
    assert asked() is True


def test_one_failing_rebuild_is_logged_and_the_others_still_run(served, caplog) -> None:
    def broken(site: Site) -> None:
        raise RuntimeError("disk full")

    def found() -> str:
        return served.client.get("/search", params={"q": "scrutiny topic selection"},
                                 headers={"Accept": "application/json"}).text

    served.site.on_change.insert(1, broken)  # after the first answer-cache clear, before every rebuild
    assert "94630" not in found()
    assert served.client.get("/sparql", params={"query": ASK_SECOND}, headers=JSON).json()["boolean"] is False
    assert Pipeline(served.store, served.settings).ingest_file(SECOND).status == "landed"
    served.site.changed()
    assert "rebuilding after a data change failed in test_one_failing_rebuild_is_logged_and_the_others_still_run" \
        ".<locals>.broken; the other artefacts were rebuilt" in caplog.text
    assert served.client.get("/sparql", params={"query": ASK_SECOND}, headers=JSON).json()["boolean"] is True
    assert "/stockport/issue/94630" in found()  # the search index, rebuilt by a later hook


def test_conditional_requests_posts_and_errors_are_answered_by_the_app(served) -> None:
    path = "/doc/stockport/issue/68785.ttl"
    etag = served.client.get(path).headers["etag"]
    assert served.client.get(path, headers={"If-None-Match": etag}).status_code == 304
    posted = [served.client.post("/sparql", data={"query": ASK_SECOND}, headers=JSON) for _ in range(2)]
    assert [p.status_code for p in posted] == [200, 200]
    bad = [served.client.get("/sparql", params={"query": "SELEKT *"}, headers=JSON) for _ in range(2)]
    assert [b.status_code for b in bad] == [400, 400]
    fresh = [served.client.get(path, headers={"Cache-Control": "no-cache"}) for _ in range(2)]
    assert [f.status_code for f in fresh] == [200, 200]
    missing = [served.client.get("/doc/stockport/issue/1.ttl") for _ in range(2)]
    assert [m.status_code for m in missing] == [404, 404]
    assert (served.cache.hits, len(served.cache)) == (0, 1)  # only the first dereference was kept


def test_a_cache_of_zero_bytes_keeps_nothing(tmp_path: Path) -> None:
    served = Served(tmp_path, cache_bytes=0)
    with TestClient(served.app) as client:
        for _ in range(2):
            assert client.get("/doc/stockport/issue/68785.ttl").status_code == 200
        client.get("/void")  # the statistics thread is done before the store closes
    served.store.close()
    assert (served.cache.hits, len(served.cache)) == (0, 0)


def answer(body_bytes: int) -> Answer:
    return Answer(200, ((b"etag", b'"x"'),), b"x" * body_bytes)


def test_the_least_recently_used_answers_go_first_and_the_size_stays_under_capacity() -> None:
    size = answer(1000).size
    cache = AnswerCache(capacity=3 * size)
    for name in (b"a", b"b", b"c"):
        cache.keep((name,), answer(1000), cache.find((name,))[1])
    assert cache.find((b"a",))[0] is not None  # a is now the most recently used
    cache.keep((b"d",), answer(1000), cache.find((b"d",))[1])
    assert [cache.find((n,))[0] is not None for n in (b"a", b"b", b"c", b"d")] == [True, False, True, True]
    assert cache.size == 3 * size <= cache.capacity
    cache.keep((b"huge",), answer(4 * size), cache.find((b"huge",))[1])
    assert cache.find((b"huge",))[0] is None and len(cache) == 3


def test_an_answer_computed_across_a_data_change_is_not_kept() -> None:
    cache = AnswerCache(capacity=1 << 20)
    _, generation = cache.find((b"k",))
    cache.clear()  # the data changed while the app was answering
    cache.keep((b"k",), answer(10), generation)
    assert cache.find((b"k",))[0] is None
