"""Concurrency (issue 7, item 7): 20 different queries sent at once are all answered, each exactly as when sent
alone; 50 clients for 30 s on a mix of dereferences (/id/ 303, /doc/ in Turtle, JSON-LD, HTML) and cheap
queries get no error, and the 99th percentile of their response times is within 3 s (the figure measured
here is in the README, "Limits and load").

Each client binds its own loopback address, as distinct clients would have: the per-client query limit
(4 at once) never meets a client that waits for each answer.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import LiveServer

pytestmark = pytest.mark.slow  # ~35 s: 50 clients for 30 s

CL = "https://w3id.org/council-lod/def#"
SOAK_SECONDS = 30.0
CLIENTS = 50
P99_BOUND = 3.0
ACCEPT = "text/csv, text/turtle, application/sparql-results+json;q=0.5"

QUERIES = [
    "ASK { ?s ?p ?o }",
    f"SELECT ?m WHERE {{ ?m a <{CL}Meeting> }} ORDER BY ?m",
    f"SELECT (COUNT(*) AS ?n) WHERE {{ ?i a <{CL}AgendaItem> }}",
    "SELECT ?d ?text WHERE { ?d <http://www.w3.org/ns/prov#value> ?text } ORDER BY ?d",
    "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 20",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT DISTINCT ?type WHERE { ?s a ?type } ORDER BY ?type",
    "SELECT ?name WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> ?name } "
    "ORDER BY ?name",
    "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label "
    'FILTER(CONTAINS(LCASE(?label), "stockport")) } ORDER BY ?s ?label LIMIT 50',
    f"CONSTRUCT {{ ?m a <{CL}Meeting> }} WHERE {{ ?m a <{CL}Meeting> }}",
    f"ASK {{ ?x a <{CL}Decision> }}",
    f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a <{CL}Committee> }}",
    "SELECT ?s WHERE { ?s a <http://www.w3.org/2004/02/skos/core#Concept> } ORDER BY ?s LIMIT 30",
    "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?m <http://schema.org/startDate> ?d }",
    "SELECT ?o WHERE { ?s <http://www.w3.org/ns/org#subOrganizationOf> ?o } ORDER BY ?o",
    "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?o } ORDER BY ?s ?o LIMIT 40",
    f"SELECT ?item ?n WHERE {{ ?item a <{CL}AgendaItem> ; <http://schema.org/position> ?n }} ORDER BY ?item",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(isLiteral(?o) && lang(?o) = 'en') }",
    "SELECT ?council ?name WHERE { ?council a <http://schema.org/GovernmentOrganization> ; "
    "<http://schema.org/name> ?name } ORDER BY ?council LIMIT 25",
    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a ?t } } ORDER BY ?g",
]


@pytest.fixture(scope="module")
def things(live_server: LiveServer) -> list[str]:
    """The /id/ IRIs of the bundled data, to dereference."""
    with httpx.Client(base_url=live_server.base, timeout=30) as client:
        query = f'SELECT DISTINCT ?s {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{live_server.base}/id/")) }}'
        rows = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    found = sorted(row["s"]["value"] for row in rows)
    assert len(found) > 50
    return found


def clients(server: LiveServer, count: int, first: int) -> Iterator[httpx.AsyncClient]:
    """``count`` clients, each on its own loopback address 127.0.{first / 250}.{…}."""
    for n in range(first, first + count):
        address = f"127.0.{2 + n // 250}.{1 + n % 250}"
        yield httpx.AsyncClient(base_url=server.base, timeout=30, follow_redirects=False,
                                transport=httpx.AsyncHTTPTransport(local_address=address))


def test_20_different_queries_at_once_are_all_answered_as_when_alone(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base, timeout=30) as alone:
        expected = [alone.get("/sparql", params={"query": q}, headers={"Accept": ACCEPT})
                    for q in QUERIES]
    assert [(r.status_code, r.text[:80]) for r in expected if r.status_code != 200] == []

    async def together() -> list[httpx.Response]:
        pool = list(clients(live_server, len(QUERIES), first=0))
        try:
            return await asyncio.gather(*(c.get("/sparql", params={"query": q},
                                                headers={"Accept": ACCEPT})
                                          for c, q in zip(pool, QUERIES, strict=True)))
        finally:
            await asyncio.gather(*(c.aclose() for c in pool))

    answers = asyncio.run(together())
    assert [r.status_code for r in answers] == [200] * len(QUERIES)
    assert [r.content for r in answers] == [r.content for r in expected]


def test_50_clients_for_30_seconds_no_errors_and_a_bounded_p99(live_server: LiveServer, things: list[str]) -> None:
    rng = random.Random(50)
    cheap = ["ASK { ?s ?p ?o }", f"SELECT ?m WHERE {{ ?m a <{CL}Meeting> }} LIMIT 5",
             f"SELECT (COUNT(*) AS ?n) WHERE {{ ?i a <{CL}AgendaItem> }}"]

    def request() -> tuple[str, dict[str, object], int]:
        """One request of the mix: (path, options, the status it must get)."""
        kind = rng.random()
        iri = rng.choice(things)
        doc = iri.replace("/id/", "/doc/", 1)
        if kind < 0.2:
            return iri, {"headers": {"Accept": "text/turtle"}}, 303
        if kind < 0.4:
            return doc + ".ttl", {}, 200
        if kind < 0.55:
            return doc + ".jsonld", {}, 200
        if kind < 0.7:
            return doc + ".html", {}, 200
        return "/sparql", {"params": {"query": rng.choice(cheap)}}, 200

    latencies: list[float] = []
    errors: list[str] = []

    async def client_loop(client: httpx.AsyncClient, stop: float) -> None:
        while time.monotonic() < stop:
            path, options, status = request()
            started = time.monotonic()
            try:
                response = await client.get(path, **options)  # type: ignore[arg-type]
            except httpx.HTTPError as err:
                errors.append(f"{path}: {type(err).__name__}")
                continue
            latencies.append(time.monotonic() - started)
            if response.status_code != status:
                errors.append(f"{path}: {response.status_code} {response.text[:100]}")

    async def soak() -> None:
        pool = list(clients(live_server, CLIENTS, first=100))
        stop = time.monotonic() + SOAK_SECONDS
        try:
            await asyncio.gather(*(client_loop(c, stop) for c in pool))
        finally:
            await asyncio.gather(*(c.aclose() for c in pool))

    asyncio.run(soak())
    assert errors == []
    p50 = statistics.median(latencies)
    p99 = statistics.quantiles(latencies, n=100)[98]
    print(f"\n{len(latencies)} requests from {CLIENTS} clients in {SOAK_SECONDS:g} s "
          f"({len(latencies) / SOAK_SECONDS:.0f}/s): p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    assert len(latencies) > 500
    assert p99 < P99_BOUND
