"""HTTP behaviour across the app, on a real server: gzip, CORS, HEAD, ETag / Last-Modified / 304."""

from __future__ import annotations

import gzip
import hashlib

import httpx
import pytest

from tests.web.test_dumps import dump_index

web = httpx.Client(timeout=30)  # one client: creating one per request costs ~0.4 s

MEETING = "stockport/meeting/2017-12-04-communities-transport-scrutiny-committee"
IDENTITY = {"Accept-Encoding": "identity"}


@pytest.fixture(autouse=True, scope="module")
def dumps_built(live_server) -> None:
    """The dump files exist once the first set is built (a few seconds after start at most)."""
    dump_index(live_server.base)


def raw_get(url: str, **headers: str) -> tuple[httpx.Response, bytes]:
    """The response and its bytes exactly as sent (httpx would otherwise undo a Content-Encoding)."""
    with web.stream("GET", url, headers=headers) as answer:
        return answer, b"".join(answer.iter_raw())


def test_large_bodies_are_gzipped_when_the_client_accepts_it(live_server):
    plain, plain_body = raw_get(live_server.url("/def"), **IDENTITY)
    zipped, zipped_body = raw_get(live_server.url("/def"), **{"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["vary"]
    assert gzip.decompress(zipped_body) == plain_body
    assert int(zipped.headers["content-length"]) == len(zipped_body) < len(plain_body)


def test_gzip_dumps_are_sent_as_stored_not_compressed_again(live_server):
    index = dump_index(live_server.base)
    entry = next(f for f in index["files"] if f["name"] == "council-lod.nt.gz")
    whole, body = raw_get(live_server.url("/dumps/council-lod.nt.gz"), **{"Accept-Encoding": "gzip"})
    assert "content-encoding" not in whole.headers
    assert hashlib.sha256(body).hexdigest() == entry["sha256"]
    part, part_body = raw_get(live_server.url("/dumps/council-lod.nt.gz"),
                              **{"Accept-Encoding": "gzip", "Range": "bytes=10-19"})
    assert part.status_code == 206 and "content-encoding" not in part.headers
    assert part_body == body[10:20]


@pytest.mark.parametrize("path", ["/sparql?query=ASK%7B%7D", "/dumps/", "/dumps/council-lod.nt.gz", "/void",
                                  f"/doc/{MEETING}", "/def", "/context.jsonld"])
def test_cors_allows_any_origin_to_read(live_server, path):
    answer = web.get(live_server.url(path), headers={"Origin": "https://example.org"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["access-control-allow-origin"] == "*"
    assert "ETag" in answer.headers.get("access-control-expose-headers", "")


def test_cors_preflight_for_a_sparql_post(live_server):
    answer = web.options(live_server.url("/sparql"), headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    assert "POST" in answer.headers["access-control-allow-methods"]
    assert "content-type" in answer.headers["access-control-allow-headers"].lower()
    posted = web.post(live_server.url("/sparql"), data={"query": "ASK {}"},
                        headers={"Origin": "https://example.org", "Accept": "application/sparql-results+json"})
    assert posted.status_code == 200 and posted.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize("path", ["/", "/sparql", "/sparql?query=ASK%7B%7D", f"/id/{MEETING}", f"/doc/{MEETING}",
                                  "/dumps/", "/dumps/council-lod.ttl.gz", "/void", "/.well-known/void", "/def",
                                  "/ontology", "/def/committee-kind/scrutiny", "/shapes", "/context.jsonld",
                                  "/health"])
def test_head_answers_wherever_get_does(live_server, path):
    got, body = raw_get(live_server.url(path), **IDENTITY)
    head = web.head(live_server.url(path), headers=IDENTITY)
    assert head.status_code == got.status_code, path
    assert head.content == b""
    assert head.headers.get("content-type") == got.headers.get("content-type")
    if got.status_code == 200 and "content-length" in got.headers and path != "/health":
        assert head.headers["content-length"] == got.headers["content-length"] == str(len(body))


@pytest.mark.parametrize("path", ["/dumps/", "/dumps/council-lod.nq.gz", "/void", "/.well-known/void", "/def",
                                  "/def/committee-kind/scrutiny", "/shapes", "/context.jsonld"])
def test_validators_and_not_modified(live_server, path):
    first = web.get(live_server.url(path))
    assert first.status_code == 200
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
    assert modified.endswith(" GMT")
    again = web.get(live_server.url(path), headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert web.get(live_server.url(path), headers={"If-None-Match": f'"x", {etag}'}).status_code == 304
    assert web.get(live_server.url(path), headers={"If-Modified-Since": modified}).status_code == 304
    assert web.head(live_server.url(path), headers={"If-None-Match": etag}).status_code == 304
    assert web.get(live_server.url(path), headers={"If-None-Match": '"other"'}).status_code == 200
