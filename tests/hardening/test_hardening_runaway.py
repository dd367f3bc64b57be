"""Runaway queries and greedy clients (issue 7, items 2 and 3).

A cartesian COUNT, a ``(p|!p)*`` path over a long cycle and a REGEX each run for many seconds on this store
(measured in pyoxigraph alone on a quiet machine: the path 9.4 s; the regex, which Oxigraph compiles anew for
every row, 5.7 s over the 8,000 pairs of a thing's triples, a join that takes 7 ms without it; the cartesian
product never ends). The classic backtracking pattern ``^(a+)+$`` is not among them: Oxigraph's regex engine
runs in linear time, so it answers at once. Sent together, each runaway is answered 503 at the time limit
(2 s here) ±1 s; a cheap lookup sent meanwhile answers in under 500 ms; two seconds later no process or thread
is burning CPU: the workers that ran them are gone (killed and reaped) and fresh ones wait.

One client may have 4 queries running at once (the default): a fifth is answered 429 with ``Retry-After`` at
once, and the client is served again when its queries are done. Clients are told apart by address, so each
simulated client here binds its own loopback address (127.0.0.2, 127.0.0.3 …).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from tests.conftest import LiveServer, start_server, store_holding

EX = "http://example.org/"
GRAPH = EX + "graph/runaway"
NEXT = f"<{EX}next>"
RUNAWAYS = {
    "cartesian": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    "path": f"SELECT (COUNT(*) AS ?n) {{ ?s ({NEXT}|!{NEXT})* ?o }}",
    "regex": 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o . ?s ?q ?r FILTER(REGEX(CONCAT(STR(?o), STR(?r)), '
             '"(a{1000}){1000}")) }',
}
CHEAP = f"ASK {{ <{EX}thing/1> {NEXT} <{EX}thing/2> }}"
LIMIT = 2.0


def things() -> Graph:
    """A cycle of 2,000 things linked by ex:next, and 500 literal-valued triples: 2,500 triples."""
    graph = Graph()
    for n in range(2000):
        graph.add((URIRef(f"{EX}thing/{n}"), URIRef(EX + "next"), URIRef(f"{EX}thing/{(n + 1) % 2000}")))
    for n in range(500):
        graph.add((URIRef(f"{EX}thing/{n % 50}"), URIRef(f"{EX}p{n % 10}"), Literal("a" * 40 + str(n))))
    return graph


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = store_holding(tmp_path_factory.mktemp("runaway") / "store", GRAPH, things())
    started = start_server(folder, "--query-timeout", str(LIMIT))
    yield started
    started.stop()


def client_at(server: LiveServer, address: str) -> httpx.Client:
    """A client whose connections come from ``address`` (any 127.x.y.z is this machine's loopback)."""
    return httpx.Client(base_url=server.base, timeout=30, transport=httpx.HTTPTransport(local_address=address))


def cpu_ticks(pid: int) -> int:
    """User + system CPU ticks of a process, all its threads included (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return int(fields[11]) + int(fields[12])


def children(pid: int) -> dict[int, str]:
    """The child processes of ``pid`` and their state (R running, S sleeping, Z zombie …)."""
    found = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found[int(entry)] = fields[0]
    return found


def run_in_thread(server: LiveServer, address: str, query: str, out: dict[str, object]) -> threading.Thread:
    def run() -> None:
        started = time.monotonic()
        with client_at(server, address) as own:
            out["response"] = own.get("/sparql", params={"query": query})
        out["elapsed"] = time.monotonic() - started

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_runaway_queries_stop_at_the_limit_and_their_work_stops(server: LiveServer) -> None:
    workers_before = children(server.process.pid)
    assert len(workers_before) == 4
    outcomes: dict[str, dict[str, object]] = {kind: {} for kind in RUNAWAYS}
    threads = [run_in_thread(server, f"127.0.0.{n}", RUNAWAYS[kind], outcomes[kind])
               for n, kind in enumerate(sorted(RUNAWAYS), start=2)]
    time.sleep(0.5)
    with client_at(server, "127.0.0.9") as other:
        started = time.monotonic()
        cheap = other.get("/sparql", params={"query": CHEAP})
        cheap_elapsed = time.monotonic() - started
    for thread in threads:
        thread.join()
    assert cheap.status_code == 200 and cheap.json()["boolean"] is True
    assert cheap_elapsed < 0.5
    for kind, outcome in outcomes.items():
        response = outcome["response"]
        assert isinstance(response, httpx.Response)
        assert response.status_code == 503, f"{kind}: {response.status_code} {response.text}"
        assert response.text == ("The query was stopped after 2 s, the time limit of this endpoint. Make it more "
                                 f"selective, or use the dumps at {server.base}/dumps/.\n")
        assert LIMIT - 1 <= outcome["elapsed"] <= LIMIT + 1, f"{kind} took {outcome['elapsed']:.2f} s"  # type: ignore[operator]

    time.sleep(2)
    workers = children(server.process.pid)
    assert len(workers) == 4 and set(workers.values()) == {"S"}  # fresh workers, waiting; no zombie
    assert len(set(workers_before) - set(workers)) == 3  # the three that ran the runaways are gone
    assert not [pid for pid in set(workers_before) - set(workers) if Path(f"/proc/{pid}").exists()]
    watched = [server.process.pid, *workers]
    before = {pid: cpu_ticks(pid) for pid in watched}
    time.sleep(1)
    burnt = {pid: cpu_ticks(pid) - ticks for pid, ticks in before.items()}
    assert sum(burnt.values()) <= 5, burnt  # at most 50 ms of CPU in a second, across server and workers


def test_a_backtracking_regex_is_no_runaway_here(server: LiveServer) -> None:
    query = 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o . ?s ?q ?r FILTER(REGEX(CONCAT(STR(?o), STR(?r)), "^(a+)+$")) }'
    with client_at(server, "127.0.0.10") as client:
        started = time.monotonic()
        response = client.get("/sparql", params={"query": query})
        assert time.monotonic() - started < 1.0
    assert response.status_code == 200 and response.json()["results"]["bindings"][0]["n"]["value"] == "0"


def test_a_client_over_its_concurrency_limit_gets_429_until_its_queries_finish(server: LiveServer) -> None:
    outcomes: list[dict[str, object]] = [{} for _ in range(4)]
    threads = [run_in_thread(server, "127.0.0.20", RUNAWAYS["cartesian"], out) for out in outcomes]
    time.sleep(0.5)
    with client_at(server, "127.0.0.20") as greedy:
        started = time.monotonic()
        # no-cache: an answer kept from an earlier request would be replayed without running anything
        fifth = greedy.get("/sparql", params={"query": CHEAP}, headers={"Cache-Control": "no-cache"})
        refused_in = time.monotonic() - started
        posted = greedy.post("/sparql", data={"query": CHEAP})
    for thread in threads:
        thread.join()
    # refused at once, not after the four runaways' 2 s (the bound leaves room for a loaded machine)
    assert fifth.status_code == 429 and refused_in < LIMIT / 2
    assert fifth.headers["retry-after"] == "1"
    assert fifth.text == ("Too many queries at once from 127.0.0.20: 4 are still running, the most this endpoint "
                          "runs for one client. Send this one again when one of them has finished.\n")
    assert posted.status_code == 429
    assert [out["response"].status_code for out in outcomes] == [503] * 4  # type: ignore[union-attr]
    with client_at(server, "127.0.0.20") as greedy:  # its queries are done: served again
        assert greedy.get("/sparql", params={"query": CHEAP}).status_code == 200


def test_the_row_cap_says_so_and_points_to_dumps_that_exist(server: LiveServer) -> None:
    """``SELECT * { ?s ?p ?o }`` gives all 2,500 rows, under the default cap of 10,000, and says nothing; a
    query with more rows is cut at 10,000 with the signal, pointing to the dumps, which are there."""
    with client_at(server, "127.0.0.30") as client:
        whole = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
        assert whole.status_code == 200 and len(whole.json()["results"]["bindings"]) == 2500
        assert "x-sparql-truncated" not in whole.headers
        cut = client.get("/sparql", params={"query": "SELECT * { { ?s ?p ?o } UNION { ?a ?b ?c . ?s ?p ?o } }"})
        assert cut.status_code == 200
        assert len(cut.json()["results"]["bindings"]) == 10_000
        assert cut.headers["x-sparql-truncated"] == "true; limit=10000"
        assert cut.headers["link"] == f'<{server.base}/dumps/>; rel="alternate"'
        assert cut.json()["head"]["link"] == [f"{server.base}/dumps/"]
        dumps = client.get("/dumps/", headers={"Accept": "application/json"})
        assert dumps.status_code == 200
        assert [client.head(f["url"]).status_code for f in dumps.json()["files"]] == [200] * len(dumps.json()["files"])
