"""Dumps: files built per data version, listed with sizes and SHA-256, served with Range and ETag, and
rebuilt (the old version removed) when the data changes."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF

from publisher.dump_files import build_dumps
from publisher.ingest import Pipeline
from publisher.namespaces import CL, DCAT
from publisher.ontology_files import vocabulary_graph
from publisher.rdf import vocabulary_graph_iri
from publisher.settings import load_settings
from publisher.store import open_store
from publisher.web.app import create_app
from publisher.web.site import Site
from tests.paths import FOUNDING, SECOND

web = httpx.Client(timeout=30)  # one client: creating one per request costs ~0.4 s

FILES = {"council-lod.nq.gz", "council-lod.nt.gz", "council-lod.ttl.gz", *(f"{council}.nt.gz" for council in (
    "stockport", "south-cambridgeshire", "manchester", "slough", "woking", "lewes"))}
SPDX = "http://spdx.org/rdf/terms#"


def sparql_number(base: str, query: str) -> int:
    answer = web.get(base + "/sparql", params={"query": query},
                       headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def dump_index(base: str, timeout: float = 60) -> dict:
    """The JSON index once the server's first dump set is built: until then /dumps/ answers 503 with
    Retry-After (the server waits two seconds for a build at start, then serves while it builds)."""
    deadline = time.monotonic() + timeout
    while True:
        answer = web.get(base + "/dumps/", headers={"Accept": "application/json"})
        if answer.status_code != 503 or time.monotonic() > deadline:
            break
        assert answer.headers["retry-after"] == "5"
        time.sleep(0.2)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    return answer.json()


@pytest.fixture(scope="module")
def index(live_server) -> dict:
    return dump_index(live_server.base)


@pytest.fixture(scope="module")
def downloads(live_server, index) -> dict[str, httpx.Response]:
    return {f["name"]: web.get(live_server.url(f"/dumps/{f['name']}")) for f in index["files"]}


def test_index_lists_every_file_with_the_size_and_sha256_of_the_bytes_served(live_server, index, downloads):
    assert {f["name"] for f in index["files"]} == FILES
    assert index["current"] is True and index["version"] == index["data_version"]
    for entry in index["files"]:
        answer = downloads[entry["name"]]
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/gzip"
        assert "content-encoding" not in answer.headers  # saved as the gzip file it is
        assert int(answer.headers["content-length"]) == entry["bytes"] == len(answer.content)
        assert hashlib.sha256(answer.content).hexdigest() == entry["sha256"]
        assert answer.headers["etag"] == f'"{entry["sha256"]}"'
        assert answer.headers["accept-ranges"] == "bytes"
        assert answer.headers["last-modified"].endswith(" GMT")
        assert entry["url"] == live_server.url(f"/dumps/{entry['name']}")
    html = web.get(live_server.url("/dumps/"), headers={"Accept": "text/html"})
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    for entry in index["files"]:
        assert f'href="/dumps/{entry["name"]}"' in html.text
        assert entry["sha256"] in html.text and f"{entry['bytes']:,}" in html.text
    assert "Open Government Licence v3.0" in html.text


def test_each_dump_parses_to_the_data_in_the_store(live_server, index, downloads):
    def content(name: str) -> bytes:
        return gzip.decompress(downloads[name].content)

    triples = sparql_number(live_server.base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    union = Graph().parse(data=content("council-lod.nt.gz"), format="nt")
    assert len(union) == triples == {f["name"]: f for f in index["files"]}["council-lod.nt.gz"]["triples"]
    turtle = Graph().parse(data=content("council-lod.ttl.gz"), format="turtle")
    assert isomorphic(turtle, union)

    quads = Dataset().parse(data=content("council-lod.nq.gz"), format="nquads")
    named = {str(g.identifier) for g in quads.graphs() if len(g)}
    records = {f"{live_server.base}/graph/stockport/issue-meetings/68785",
               f"{live_server.base}/graph/stockport/issue-meetings/94630"}
    assert records <= named
    for record in records:  # each record graph comes with its provenance
        assert (URIRef(record), PROV.wasDerivedFrom, None) in quads.graph(URIRef(record))

    council = Graph().parse(data=content("stockport.nt.gz"), format="nt")
    in_records = sparql_number(live_server.base, f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o
        WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{live_server.base}/graph/stockport/")) }} }}""")
    assert len(council) == in_records
    meeting = URIRef(f"{live_server.base}/id/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee")
    assert (meeting, RDF.type, CL.Meeting) in council
    assert (URIRef(f"{live_server.base}/graph/reference/councils"), None, None) not in council  # dataset only


def test_range_requests(live_server, downloads):
    url = live_server.url("/dumps/council-lod.nt.gz")
    whole = downloads["council-lod.nt.gz"].content
    size = len(whole)

    first = web.get(url, headers={"Range": "bytes=0-99"})
    assert first.status_code == 206
    assert first.headers["content-range"] == f"bytes 0-99/{size}"
    assert first.headers["content-length"] == "100" and first.content == whole[:100]

    tail = web.get(url, headers={"Range": "bytes=-50"})
    assert tail.status_code == 206 and tail.content == whole[-50:]
    assert tail.headers["content-range"] == f"bytes {size - 50}-{size - 1}/{size}"

    rest = web.get(url, headers={"Range": f"bytes={size - 10}-"})
    assert rest.status_code == 206 and rest.content == whole[-10:]

    beyond = web.get(url, headers={"Range": f"bytes={size}-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == f"bytes */{size}"

    etag = downloads["council-lod.nt.gz"].headers["etag"]
    same = web.get(url, headers={"Range": "bytes=0-9", "If-Range": etag})
    assert same.status_code == 206 and same.content == whole[:10]
    changed = web.get(url, headers={"Range": "bytes=0-9", "If-Range": '"another-version"'})
    assert changed.status_code == 200 and changed.content == whole

    # Several ranges, and units or syntax we do not serve, are answered with the whole file (RFC 9110 §14.2).
    for ignored in ("bytes=0-9,20-29", "items=0-5", "bytes=9-2"):
        answer = web.get(url, headers={"Range": ignored})
        assert answer.status_code == 200 and answer.content == whole, ignored


def test_conditional_requests_and_head(live_server, downloads):
    url = live_server.url("/dumps/council-lod.ttl.gz")
    full = downloads["council-lod.ttl.gz"]
    cached = web.get(url, headers={"If-None-Match": full.headers["etag"]})
    assert cached.status_code == 304 and cached.content == b""
    assert cached.headers["etag"] == full.headers["etag"]
    assert web.get(url, headers={"If-Modified-Since": full.headers["last-modified"]}).status_code == 304
    assert web.get(url, headers={"If-None-Match": '"stale"'}).status_code == 200

    head = web.head(url)
    assert head.status_code == 200 and head.content == b""
    for header in ("content-length", "content-type", "etag", "last-modified", "repr-digest"):
        assert head.headers[header] == full.headers[header]
    digest = hashlib.sha256(full.content).digest()
    assert full.headers["repr-digest"] == f"sha-256=:{base64.b64encode(digest).decode()}:"
    ranged = web.head(url, headers={"Range": "bytes=0-9"})
    assert ranged.status_code == 206 and ranged.headers["content-length"] == "10"


def test_versioned_paths_serve_the_same_bytes_for_good(live_server, index, downloads):
    for entry in index["files"]:
        latest = downloads[entry["name"]]
        assert latest.headers["content-location"] == f"/dumps/{index['version']}/{entry['name']}"
        versioned = web.get(entry["versioned_url"])
        assert versioned.status_code == 200 and versioned.content == latest.content
        assert "immutable" in versioned.headers["cache-control"]
        assert "immutable" not in latest.headers["cache-control"]
    assert web.get(live_server.url("/dumps/council-lod.rdf.gz")).status_code == 404
    assert web.get(live_server.url("/dumps/0123456789abcdef0123/council-lod.nt.gz")).status_code == 404
    assert web.get(live_server.url("/dumps/..%2F..%2Fserver.json")).status_code == 404


def test_index_as_dcat(live_server, index):
    answer = web.get(live_server.url("/dumps/"), headers={"Accept": "text/turtle"})
    assert answer.status_code == 200 and answer.headers["content-type"] == "text/turtle; charset=utf-8"
    assert "Accept" in answer.headers["vary"]
    graph = Graph().parse(data=answer.text, format="turtle")
    for entry in index["files"]:
        dist = graph.value(predicate=DCAT.downloadURL, object=URIRef(entry["url"]))
        assert dist is not None, entry["name"]
        assert int(graph.value(dist, DCAT.byteSize)) == entry["bytes"]
        checksum = graph.value(dist, URIRef(SPDX + "checksum"))
        assert graph.value(checksum, URIRef(SPDX + "algorithm")) == URIRef(SPDX + "checksumAlgorithm_sha256")
        assert str(graph.value(checksum, URIRef(SPDX + "checksumValue"))) == entry["sha256"]
        assert str(graph.value(dist, DCAT.mediaType)).endswith(entry["content_media_type"])
    jsonld = web.get(live_server.url("/dumps/"), headers={"Accept": "application/ld+json"})
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) == len(graph)


def test_the_same_data_gives_the_same_bytes_in_any_store(tmp_path: Path):
    """Two stores holding the same graph (our vocabulary, which has blank nodes) give byte-identical dumps:
    sorted lines, canonical blank node labels, no time stamp in the gzip header."""
    settings = load_settings()
    sets = []
    for name in ("one", "two"):
        store = open_store(tmp_path / name)
        store.replace_graph(str(vocabulary_graph_iri(settings.base_uri)), vocabulary_graph())
        sets.append(build_dumps(store, settings, tmp_path / "dumps" / name))
        store.close()
    first, second = sets
    assert [(f.name, f.sha256) for f in first.files] == [(f.name, f.sha256) for f in second.files]
    raw = (first.folder / "council-lod.nt.gz").read_bytes()
    assert raw[4:8] == b"\0\0\0\0"  # no time stamp in the gzip header
    lines = gzip.decompress(raw).splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    assert any(b"_:" in line for line in lines)  # the case that needs canonical labels is covered
    manifest = json.loads((first.folder / "manifest.json").read_text())
    assert {f["name"]: f["sha256"] for f in manifest["files"]} == {f.name: f.sha256 for f in first.files}
    assert not [p for p in (tmp_path / "dumps").iterdir() if p.name.startswith(".")]  # no partial folder left


def test_dumps_are_rebuilt_when_the_data_changes_and_the_old_version_removed(tmp_path: Path):
    """In-process, as the server's ingest endpoint does it: records land in the server's store, then
    ``site.changed()`` runs every change hook, the dump builder among them."""
    settings = load_settings().with_overrides(base_uri="http://testserver", store=tmp_path / "store")
    store = open_store(settings.store)
    Pipeline(store, settings).run([FOUNDING])
    site = Site(settings, store, work_dir=tmp_path)
    try:
        with TestClient(create_app(site)) as client:
            before = client.get("/dumps/", headers={"Accept": "application/json"}).json()
            old = {f["name"]: f for f in before["files"]}
            old_url = f"/dumps/{before['version']}/stockport.nt.gz"
            assert client.get(old_url).status_code == 200

            assert Pipeline(store, settings).ingest_file(SECOND).status == "landed"
            site.changed()
            shelf = client.app.state.dumps
            deadline = time.monotonic() + 30
            while shelf.current.version != site.version and time.monotonic() < deadline:
                time.sleep(0.05)

            after = client.get("/dumps/", headers={"Accept": "application/json"}).json()
            new = {f["name"]: f for f in after["files"]}
            assert after["version"] == site.version != before["version"]
            assert new["stockport.nt.gz"]["triples"] > old["stockport.nt.gz"]["triples"]
            assert new["stockport.nt.gz"]["sha256"] != old["stockport.nt.gz"]["sha256"]
            served = client.get("/dumps/stockport.nt.gz")
            assert hashlib.sha256(served.content).hexdigest() == new["stockport.nt.gz"]["sha256"]
            assert client.get(old_url).status_code == 404
            kept = sorted(p.name for p in (tmp_path / "dumps").iterdir())
            assert kept == [site.version]  # the old version's folder is gone, nothing partial is left
    finally:
        store.close()
