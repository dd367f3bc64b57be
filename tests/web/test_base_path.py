"""One base URI (issue 13): however a base is typed it mints the same IRIs, and a base with a path
(``http://host/lod``) is served under that path, every link the site writes included.

The crawl runs a real ``publisher serve`` with such a base, starts from the landing page, one page of each
kind of thing in the data, the dataset descriptions, the dumps, a release and the change feed, and follows
every link, ``Location``, ``Content-Location`` and ``Link`` on this host once: none may leave the path or
answer an error (404, 406, 5xx).
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import pyoxigraph as ox
import pytest

from publisher.cli import main
from publisher.ingest import Pipeline
from publisher.mirror import stream_url
from publisher.settings import DATA_DIR, Settings
from publisher.store.embedded import EmbeddedStore
from publisher.web.prefix import ServeUnderBase
from tests.conftest import LiveServer, free_port, start_server

RECORD = DATA_DIR / "records" / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
ROOT = "/lod"
# every kind of page people and clients are pointed at: each must be found in the data and crawled
KINDS = ("Council", "Committee", "Meeting", "AgendaItem", "Decision", "Person", "Issue", "Vote")
BROWSER = "text/html,*/*;q=0.8"  # what a browser following a link asks for
# the site's other pages and documents, each in a format it offers
START_PAGES = (("/void", BROWSER), ("/void", "text/turtle"), ("/.well-known/void", "text/turtle"),
               ("/dumps/", BROWSER), ("/dumps/?format=ttl", BROWSER), ("/changes", "application/trig"),
               ("/changes/1", "application/trig"), ("/def", BROWSER), ("/ontology", "text/turtle"),
               ("/shapes", "text/turtle"), ("/search?q=scrutiny", BROWSER), ("/query", BROWSER),
               ("/api", BROWSER), ("/dumps/2026-01-15/", BROWSER), ("/dumps/2026-01-15/", "text/turtle"))
MAX_FETCHES = 600  # the crawl is bounded: one hop from the start pages


def minted(base: str) -> set[str]:
    """Every IRI in a store holding the one record, ingested with ``base``."""
    store = EmbeddedStore(None)
    report = Pipeline(store, Settings(base_uri=base)).run([RECORD], progress=False)
    assert not report.refused
    rows = store.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", default_graphs=None)
    return {term.value for row in rows for term in (row["s"], row["p"], row["o"], row["g"])
            if isinstance(term, ox.NamedNode)}


def test_a_trailing_slash_mints_the_same_iris_and_no_double_slash() -> None:
    with_slash, without = minted("http://example.org/"), minted("http://example.org")
    assert with_slash == without
    ours = {iri for iri in with_slash if iri.startswith("http://example.org")}
    assert len(ours) > 20 and not [iri for iri in ours if "//" in iri.removeprefix("http://")]


def test_a_base_with_a_path_mints_under_it_once() -> None:
    ours = {iri for iri in minted("https://data.example.org/lod/") if iri.startswith("https://data.example.org")}
    assert len(ours) > 20 and all(iri.startswith("https://data.example.org/lod/") for iri in ours)
    assert not [iri for iri in ours if "//" in iri.removeprefix("https://")]


def test_withdraw_takes_the_base_from_a_record_iri_however_it_is_typed(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(RECORD), "--store", str(store), "--base-uri", "https://data.example.org/lod/"]) == 0
    typed = "HTTPS://Data.Example.org:443/lod/graph/stockport/issue-meetings/94630"
    assert main(["withdraw", typed, "--reason", "Published in error", "--store", str(store)]) == 0
    assert main(["withdraw", typed, "--reason", "Published in error", "--store", str(store)]) == 2  # already


def test_a_mirror_source_is_normalised_like_a_base() -> None:
    assert stream_url("HTTP://Data.Example.org:80/lod/") == "http://data.example.org/lod/changes"
    assert stream_url("https://data.example.org/lod/changes/") == "https://data.example.org/lod/changes"


# -- served under a path ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server whose base is ``http://127.0.0.1:PORT/lod/`` (typed with the slash), holding the bundled
    data and one release."""
    port = free_port()
    store = tmp_path_factory.mktemp("base-path") / "store"
    served = start_server(store, "--base-uri", f"http://127.0.0.1:{port}{ROOT}/", port=port)
    try:
        assert main(["release", "--store", str(store), "--date", "2026-01-15"]) == 0  # through the live server
        yield served
    finally:
        served.stop()


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    url: str


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str, accept: str = BROWSER) -> Answer:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with OPENER.open(request, timeout=30) as answer:
            return Answer(answer.status, {k.lower(): v for k, v in answer.headers.items()}, answer.read(), url)
    except urllib.error.HTTPError as err:
        return Answer(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read(), url)


class Links(HTMLParser):
    """The ``href`` and ``src`` of a page, and the endpoint its query editor posts to."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in ("href", "src", "action", "data-endpoint"):
                self.found.append(value)


def links_of(answer: Answer) -> list[str]:
    """Every address an answer points at: its markup's links, its RDF's IRIs, its headers."""
    found = [answer.headers[h] for h in ("location", "content-location") if h in answer.headers]
    found += re.findall(r"<([^>]*)>", answer.headers.get("link", ""))
    kind = answer.headers.get("content-type", "")
    if kind.startswith("text/html"):
        parser = Links()
        parser.feed(answer.body.decode())
        found += parser.found
    elif kind.startswith(("text/turtle", "application/trig")):
        syntax = ox.RdfFormat.TRIG if "trig" in kind else ox.RdfFormat.TURTLE
        found += [str(term.value) for quad in ox.parse(answer.body, format=syntax, base_iri=answer.url)
                  for term in (quad.subject, quad.object) if isinstance(term, ox.NamedNode)]
    return [urljoin(answer.url, link).split("#")[0] for link in found]


@dataclass
class Crawl:
    """Follows links on one host once each, remembering what answered what."""

    host: str
    fetched: dict[tuple[str, str], Answer] = field(default_factory=dict)  # by address and Accept
    outside: set[str] = field(default_factory=set)

    def ours(self, url: str) -> bool:
        return urlsplit(url).netloc == self.host

    def visit(self, url: str, accept: str = BROWSER) -> Answer:
        if (url, accept) not in self.fetched:
            assert len(self.fetched) < MAX_FETCHES, "the crawl ran away"
            self.fetched[url, accept] = fetch(url, accept)
        return self.fetched[url, accept]

    def follow(self, start: str, accept: str = BROWSER) -> list[str]:
        """Visit ``start`` and every address on this host it points at; the addresses."""
        answer = self.visit(start, accept)
        targets = [link for link in links_of(answer) if self.ours(link)]
        for link in targets:
            if not urlsplit(link).path.startswith(ROOT + "/"):
                self.outside.add(f"{link} (from {start})")
            self.visit(link)
        return targets

    def broken(self) -> list[str]:
        return [f"{a.status} {url} ({accept})" for (url, accept), a in self.fetched.items()
                if a.status >= 400]


def one_of_each_kind(server: LiveServer, site: str) -> dict[str, str]:
    """An IRI of each class in the data, asked of the served SPARQL endpoint."""
    query = (f"SELECT ?kind (MIN(STR(?s)) AS ?one) WHERE {{ ?s a ?kind "
             f"FILTER(STRSTARTS(STR(?s), \"{site}/id/\")) }} GROUP BY ?kind")
    answer = fetch(f"{site}/sparql?{urlencode({'query': query})}", "text/csv")
    assert answer.status == 200, answer.body
    rows = [line.split(",", 1) for line in answer.body.decode().splitlines()[1:] if line]
    return {kind.rsplit("#", 1)[-1].rsplit("/", 1)[-1]: one.strip() for kind, one in rows}


def test_every_link_of_the_site_answers_under_its_path(server: LiveServer) -> None:
    site = server.base + ROOT
    crawl = Crawl(urlsplit(site).netloc)
    moved = crawl.visit(site)
    assert moved.status == 308 and moved.headers["location"] == ROOT + "/"
    crawl.follow(site + "/")
    assert crawl.visit(site + "/").status == 200
    kinds = one_of_each_kind(server, site)
    assert set(KINDS) <= set(kinds), kinds
    for iri in kinds.values():
        (seen,) = [link for link in crawl.follow(iri) if "/doc/" in link]  # the 303 to the document
        crawl.follow(seen)
        crawl.follow(iri, "text/turtle")
    for path, accept in START_PAGES:
        crawl.follow(site + path, accept)
        assert crawl.visit(site + path, accept).status == 200, (path, accept)
    assert not crawl.broken(), crawl.broken()
    assert not crawl.outside, sorted(crawl.outside)
    assert len(crawl.fetched) > 100  # the crawl did reach the pages


def test_void_names_the_endpoint_dumps_and_feed_under_the_path(server: LiveServer) -> None:
    site = server.base + ROOT
    answer = fetch(f"{site}/void", "text/turtle")
    graph = list(ox.parse(answer.body, format=ox.RdfFormat.TURTLE))
    void = "http://rdfs.org/ns/void#"
    endpoint = {q.object.value for q in graph if q.predicate.value == void + "sparqlEndpoint"}
    dumps = {q.object.value for q in graph if q.predicate.value == void + "dataDump"}
    assert endpoint == {f"{site}/sparql"}
    assert dumps and all(d.startswith(f"{site}/dumps/") for d in dumps)
    for url in (*endpoint, *dumps):
        assert fetch(url, "*/*").status == 200, url


def test_the_api_description_and_its_page_carry_the_path(server: LiveServer) -> None:
    site = server.base + ROOT
    assert f"{ROOT}/openapi.json" in fetch(f"{site}/api").body.decode()
    described = json.loads(fetch(f"{site}/openapi.json", "application/json").body)
    assert described["servers"] == [{"url": ROOT}] and "/sparql" in described["paths"]


def test_well_known_void_answers_at_the_host_root_too(server: LiveServer) -> None:
    """RFC 8615 roots well-known URIs at the origin, whatever path the data is under."""
    at_root, under = fetch(f"{server.base}/.well-known/void", "text/turtle"), fetch(
        f"{server.base}{ROOT}/.well-known/void", "text/turtle")
    assert at_root.status == under.status == 200
    assert named_triples(at_root) == named_triples(under)


def named_triples(answer: Answer) -> set[ox.Triple]:
    """The triples of a Turtle answer that hold no blank node (which are named anew on every answer)."""
    return {q.triple for q in ox.parse(answer.body, format=ox.RdfFormat.TURTLE)
            if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}


def test_outside_the_path_is_404_naming_where_the_site_is(server: LiveServer) -> None:
    for path in ("/", "/sparql", "/id/stockport", "/lodx/sparql", "/static/style.css"):
        answer = fetch(server.base + path)
        assert answer.status == 404, path
        assert f"{ROOT}/" in answer.body.decode()


def test_a_thing_redirects_to_its_document_under_the_path(server: LiveServer) -> None:
    site = server.base + ROOT
    answer = fetch(f"{site}/id/stockport", "text/turtle")
    assert answer.status == 303 and answer.headers["location"] == f"{ROOT}/doc/stockport.ttl"
    document = fetch(f"{site}/doc/stockport", "text/turtle")
    assert document.headers["content-location"] == f"{ROOT}/doc/stockport.ttl"
    topics = {q.object.value for q in ox.parse(document.body, format=ox.RdfFormat.TURTLE)
              if q.predicate.value == "http://xmlns.com/foaf/0.1/primaryTopic"}
    assert topics == {f"{site}/id/stockport"}


def test_a_percent_encoded_path_is_matched_as_requests_arrive_decoded() -> None:
    """ASGI gives the request path decoded; the base, and the links, keep it encoded."""
    routed: list[tuple[str, str]] = []
    started: list[dict] = []

    async def app(scope: dict, receive: object, send: object) -> None:
        routed.append((scope["path"], scope["root_path"]))

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            started.append(message)

    async def ask(path: str) -> None:
        await ServeUnderBase(app, "/open%20data")({"type": "http", "path": path, "query_string": b"",
                                                   "headers": []}, None, send)  # type: ignore[arg-type]

    for path in ("/open data/sparql", "/open data", "/sparql"):
        asyncio.run(ask(path))
    assert routed == [("/open data/sparql", "/open data")]
    assert [(m["status"], dict(m["headers"]).get(b"location")) for m in started] == [
        (308, b"/open%20data/"), (404, None)]
