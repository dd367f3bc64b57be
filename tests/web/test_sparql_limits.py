"""The endpoint's limits hold against a live server (docs/architecture.md §7): the time limit stops the work, SERVICE
reaches nobody, results are cut with a signal, bodies are capped, updates change nothing."""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from publisher.query.pool import PoolBusy, QueryPool, QueryTimeout
from publisher.store.embedded import EmbeddedStore
from tests.conftest import LiveServer, start_server, store_holding

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
GRAPH = "http://example.org/graph/limits"
TRIPLES = 200


def numbers() -> Graph:
    """One graph of 200 triples: enough for a runaway query, and serve ingests nothing more."""
    graph = Graph()
    for n in range(TRIPLES):
        graph.add((URIRef(f"http://example.org/thing/{n % 20}"), URIRef(f"http://example.org/p{n % 10}"),
                   Literal(n)))
    return graph


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = store_holding(tmp_path_factory.mktemp("limits") / "store", GRAPH, numbers())
    started = start_server(folder, "--query-timeout", "2", "--max-rows", "5", "--max-body", "1000")
    yield started
    started.stop()


@pytest.fixture()
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base, timeout=30) as c:
        yield c


def children(pid: int) -> dict[int, int]:
    """The CPU ticks (user + system) used so far by each child process of ``pid``, from /proc."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()
        if int(fields[1]) == pid:
            found[int(entry)] = int(fields[11]) + int(fields[12])
    return found


# -- (a) the time limit stops the work --------------------------------------------------------------------

def test_runaway_query_is_stopped_at_the_limit_while_others_are_served(server: LiveServer,
                                                                       client: httpx.Client) -> None:
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        with httpx.Client(timeout=30) as own:
            outcome["response"] = own.get(server.url("/sparql"), params={"query": RUNAWAY})
        outcome["elapsed"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)
    started = time.monotonic()
    simple = client.get("/sparql", params={"query": f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p 7 }} }}"})
    simple_elapsed = time.monotonic() - started
    thread.join()
    assert simple.status_code == 200 and simple.json()["boolean"] is True
    assert simple_elapsed < 1.0
    response = outcome["response"]
    assert isinstance(response, httpx.Response) and response.status_code == 503
    assert response.text == ("The query was stopped after 2 s, the time limit of this endpoint. Make it more "
                             f"selective, or use the dumps at {server.base}/dumps/.\n")
    assert 2.0 <= outcome["elapsed"] < 4.0  # type: ignore[operator]
    assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200  # still serving

    time.sleep(2)
    before = children(server.process.pid)
    time.sleep(1)
    after = children(server.process.pid)
    assert len(after) == 4  # the killed worker was replaced
    assert sum(after.get(pid, 0) - ticks for pid, ticks in before.items()) <= 2  # nobody is burning CPU


def test_workers_die_with_the_server(tmp_path: Path) -> None:
    own = start_server(store_holding(tmp_path / "store", GRAPH, numbers()))
    workers = children(own.process.pid)
    assert len(workers) == 4
    own.process.send_signal(signal.SIGKILL)  # no shutdown hook runs: the kernel must take the workers
    own.process.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.05)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]


def test_pool_times_out_and_refuses_when_busy() -> None:
    """The pool on its own: a job over the limit is killed and replaced; a full pool answers PoolBusy."""
    pool = QueryPool(lambda replica, seconds: time.sleep(seconds) or len(replica.union), size=1, timeout=1.0,
                     queue_wait=0.2)
    pool.load(EmbeddedStore(None))

    async def scenario() -> list[object]:
        slow = asyncio.create_task(pool.run(5))
        await asyncio.sleep(0.1)
        busy = await asyncio.gather(pool.run(0), return_exceptions=True)
        return [*busy, *(await asyncio.gather(slow, return_exceptions=True)), await pool.run(0)]

    try:
        first = pool.pids()
        busy, timed_out, answered = asyncio.run(scenario())
        assert isinstance(busy, PoolBusy) and isinstance(timed_out, QueryTimeout)
        assert answered == 0 and pool.pids() != first  # a fresh worker answered
    finally:
        pool.close()
    assert pool.pids() == [] and not Path(f"/proc/{first[0]}").exists()


# -- (b) SERVICE reaches nobody ---------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", [
    "SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }}",
    "SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }}",
    "OPTIONAL {{ {{ SELECT * {{ sErViCe <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }} }}",
])
def test_service_is_refused_and_no_connection_is_made(client: httpx.Client, pattern: str) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        response = client.get("/sparql", params={"query": "SELECT * { ?a ?b ?c " + pattern.format(port=port) + " }"})
        assert response.status_code == 400
        assert f"<http://127.0.0.1:{port}/" in response.text and "is refused" in response.text
        readable, _, _ = select.select([listener], [], [], 0.5)
        assert readable == []  # nobody knocked


@pytest.mark.parametrize("query", [
    "SELECT * {{ ?s ?p ?o SERVICESILENT<http://127.0.0.1:{port}/>{{ ?a ?b ?c }} }}",
    "PREFIX : <http://127.0.0.1:{port}/> SELECT * {{ ?s ?p ?o SERVICE:e{{ ?a ?b ?c }} }}",
    "SELECT * {{ ?s ?p ?o FILTER(?o <'x>' || true) SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} #'\n}}",
    "SELECT * {{ ?s ?p ( ?o <x#>) . SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
])
def test_oxigraph_unchecked_would_call_what_the_check_refuses(client: httpx.Client, query: str) -> None:
    """Proof that the refused forms are real: pyoxigraph in this process, with no check, does connect."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o")))
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        text = query.format(port=listener.getsockname()[1])
        assert client.get("/sparql", params={"query": text}).status_code == 400
        caller = threading.Thread(target=_query_ignoring_errors, args=(store, text))
        caller.start()
        readable, _, _ = select.select([listener], [], [], 5.0)
        if readable:
            listener.accept()[0].close()
        caller.join()
        assert readable == [listener]


def _query_ignoring_errors(store: ox.Store, text: str) -> None:
    with contextlib.suppress(OSError, RuntimeError):  # the listener hangs up: the call fails, as it should
        list(store.query(text, base_iri=GRAPH))


# -- (c) the row cap, said so -----------------------------------------------------------------------------

def test_rows_are_cut_at_the_cap_with_the_signal(client: httpx.Client, server: LiveServer) -> None:
    response = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert response.status_code == 200
    assert len(response.json()["results"]["bindings"]) == 5
    assert response.headers["x-sparql-truncated"] == "true; limit=5"
    assert response.headers["link"] == f'<{server.base}/dumps/>; rel="alternate"'
    assert response.json()["head"]["link"] == [f"{server.base}/dumps/"]
    xml = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }"},
                     headers={"Accept": "application/sparql-results+xml"})
    assert xml.text.count("<result>") == 5 and f'<link href="{server.base}/dumps/"/>' in xml.text
    construct = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "nt"})
    assert len(construct.text.splitlines()) == 5 and construct.headers["x-sparql-truncated"] == "true; limit=5"
    whole = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 5"})
    assert len(whole.json()["results"]["bindings"]) == 5
    assert "x-sparql-truncated" not in whole.headers and "link" not in whole.json()["head"]


# -- (d) the body cap -------------------------------------------------------------------------------------

def test_a_body_one_byte_over_the_cap_is_413(client: httpx.Client) -> None:
    query = "ASK { ?s ?p ?o }"
    at_limit = (query + " " * (1000 - len(query))).encode()
    assert client.post("/sparql", content=at_limit, headers={"Content-Type": "application/sparql-query"}
                       ).status_code == 200
    over = client.post("/sparql", content=at_limit + b" ", headers={"Content-Type": "application/sparql-query"})
    assert over.status_code == 413
    assert over.text == "Request body too large: the limit is 1000 bytes.\n"


# -- (e) updates change nothing ---------------------------------------------------------------------------

@pytest.mark.parametrize(("method", "params", "headers", "body"), [
    ("GET", {"update": "CLEAR ALL"}, {}, None),
    ("POST", {}, {"Content-Type": "application/x-www-form-urlencoded"}, b"update=DROP%20ALL"),
    ("POST", {}, {"Content-Type": "application/sparql-update"}, b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"),
    ("POST", {}, {"Content-Type": "application/sparql-update"}, b"LOAD <http://127.0.0.1:9/data.ttl>"),
    ("POST", {"using-graph-uri": GRAPH}, {"Content-Type": "application/sparql-update"}, b"DELETE WHERE { ?s ?p ?o }"),
    ("POST", {"using-named-graph-uri": GRAPH}, {"Content-Type": "application/sparql-query"}, b"ASK {}"),
])
def test_updates_are_refused_and_change_nothing(client: httpx.Client, method: str, params: dict, headers: dict,
                                                body: bytes | None) -> None:
    count = {"query": "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"}
    before = client.get("/sparql", params=count).json()["results"]["bindings"]
    response = client.request(method, "/sparql", params=params, headers=headers, content=body)
    assert response.status_code == 403
    assert response.text.startswith("This endpoint is read-only: SPARQL Update")
    assert client.get("/sparql", params=count).json()["results"]["bindings"] == before
    assert before == [{"n": {"type": "literal", "value": str(2 * TRIPLES),
                             "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]


def test_workers_are_off_the_network(server: LiveServer) -> None:
    """Defence in depth: a worker lives in its own empty network namespace, where no SERVICE can connect."""
    log = (server.store.parent / f"server-{server.base.rpartition(':')[2]}.log").read_text()
    if "could not leave the network" in log:
        pytest.skip("this kernel gives no unprivileged user namespaces; the query check alone refuses SERVICE")
    own = os.readlink(f"/proc/{server.process.pid}/ns/net")
    workers = children(server.process.pid)
    assert workers and all(os.readlink(f"/proc/{pid}/ns/net") != own for pid in workers)
