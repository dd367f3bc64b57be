"""Hostile SPARQL (issue 7, item 1): SERVICE to a target that is not allow-listed, a dataset naming ``file:`` or
a graph we do not host, LOAD, INSERT DATA, DROP ALL — as ``query=`` or ``update=``, by GET, POST form or POST
direct — are answered 400, 403 or 405 within 1 s, a listener on 127.0.0.1 sees no connection, and the store is
unchanged. A graph we do not host is an empty graph (what the W3C protocol tests expect), never fetched.
"""

from __future__ import annotations

import select
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import LiveServer

COUNT_ALL = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


@pytest.fixture(scope="module")
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.base, timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def store_size(client: httpx.Client) -> Iterator[str]:
    """The number of quads before this module's requests; checked unchanged after them."""
    before = client.get("/sparql", params={"query": COUNT_ALL}).json()["results"]["bindings"][0]["n"]["value"]
    yield before
    after = client.get("/sparql", params={"query": COUNT_ALL}).json()["results"]["bindings"][0]["n"]["value"]
    assert after == before


def send(client: httpx.Client, how: str, param: str, text: str, extra: dict[str, str] | None = None
         ) -> httpx.Response:
    """``text`` as ``param`` (query or update) by GET, POST form, or POST direct (the text as the body)."""
    params = {**(extra or {})}
    if how == "GET":
        return client.get("/sparql", params={**params, param: text})
    if how == "form":
        return client.post("/sparql", params=params, data={param: text})
    media = "application/sparql-query" if param == "query" else "application/sparql-update"
    return client.post("/sparql", params=params, content=text.encode(), headers={"Content-Type": media})


def timed(call, *args, **kwargs) -> httpx.Response:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    response = call(*args, **kwargs)
    assert time.monotonic() - started < 1.0
    return response


def nobody_knocked(listener: socket.socket) -> bool:
    """A call made by the query would have connected before the answer came back, so no wait is needed."""
    readable, _, _ = select.select([listener], [], [], 0)
    return readable == []


SERVICES = {  # the query, and the target as the refusal names it
    "plain": ("SELECT * {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
              "<http://127.0.0.1:{port}/sparql>"),
    "silent": ("SELECT * {{ ?a ?b ?c SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }} LIMIT 1",
               "<http://127.0.0.1:{port}/sparql>"),
    "subquery": ("SELECT * {{ {{ SELECT ?s {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }} }}",
                 "<http://127.0.0.1:{port}/>"),
    "subquery-silent": ("ASK {{ {{ SELECT * {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }} }}",
                        "<http://127.0.0.1:{port}/>"),
    "prefixed": ("PREFIX x: <http://127.0.0.1:{port}/> SELECT * {{ SERVICE x:sparql {{ ?s ?p ?o }} }}", "x:sparql"),
    "construct": ("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
                  "<http://127.0.0.1:{port}/>"),
}


@pytest.mark.parametrize("how", ["GET", "form", "direct"])
@pytest.mark.parametrize("kind", sorted(SERVICES))
def test_service_not_allow_listed_is_400_and_calls_nobody(client: httpx.Client, listener: socket.socket,
                                                           store_size: str, kind: str, how: str) -> None:
    port = listener.getsockname()[1]
    query, written = (text.format(port=port) for text in SERVICES[kind])
    response = timed(send, client, how, "query", query)
    assert response.status_code == 400
    assert response.text == (f"SERVICE {written} is refused: this endpoint calls no other service unless it is "
                             "allow-listed (allowed: none).\n")
    assert nobody_knocked(listener)


@pytest.mark.parametrize("how", ["GET", "form", "direct"])
@pytest.mark.parametrize("clause", ["FROM", "FROM NAMED"])
def test_dataset_naming_a_file_is_400(client: httpx.Client, store_size: str, clause: str, how: str) -> None:
    response = timed(send, client, how, "query", f"SELECT * {clause} <file:///etc/passwd> {{ ?s ?p ?o }}")
    assert response.status_code == 400
    assert response.text == ("FROM <file:///etc/passwd> is refused: a graph is named by an http, https or urn "
                             "IRI; a dataset is never fetched, so an IRI we do not host is an empty graph.\n")


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_protocol_dataset_naming_a_file_is_400(client: httpx.Client, store_size: str, param: str) -> None:
    response = timed(client.get, "/sparql", params={"query": "ASK { ?s ?p ?o }", param: "file:///etc/passwd"})
    assert response.status_code == 400
    assert response.text.startswith(f"{param} <file:///etc/passwd> is refused")


@pytest.mark.parametrize("how", ["GET", "form", "direct"])
@pytest.mark.parametrize("query", [
    "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <http://127.0.0.1:{port}/data.ttl> {{ GRAPH ?g {{ ?s ?p ?o }} }}",
])
def test_a_graph_we_do_not_host_is_empty_and_never_fetched(client: httpx.Client, listener: socket.socket,
                                                           store_size: str, query: str, how: str) -> None:
    response = timed(send, client, how, "query", query.format(port=listener.getsockname()[1]))
    assert response.status_code == 200
    assert response.json()["results"]["bindings"] == []
    assert nobody_knocked(listener)


def test_protocol_dataset_we_do_not_host_is_empty_and_never_fetched(client: httpx.Client, listener: socket.socket,
                                                                    store_size: str) -> None:
    graph = f"http://127.0.0.1:{listener.getsockname()[1]}/data.ttl"
    for param in ("default-graph-uri", "named-graph-uri"):
        response = timed(client.get, "/sparql", params={"query": "SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o"
                                                                 " } } }", param: graph})
        assert response.status_code == 200 and response.json()["results"]["bindings"] == []
    assert nobody_knocked(listener)


UPDATES = {
    "load": "LOAD <http://127.0.0.1:{port}/data.ttl>",
    "load-silent-into": "LOAD SILENT <http://127.0.0.1:{port}/data.ttl> INTO GRAPH <urn:x:g>",
    "insert": "INSERT DATA {{ <urn:x:s> <urn:x:p> <urn:x:o> }}",
    "drop": "DROP ALL",
}


@pytest.mark.parametrize("how", ["GET", "form", "direct"])
@pytest.mark.parametrize("kind", sorted(UPDATES))
def test_updates_as_update_are_403(client: httpx.Client, listener: socket.socket, store_size: str, kind: str,
                                   how: str) -> None:
    response = timed(send, client, how, "update", UPDATES[kind].format(port=listener.getsockname()[1]))
    assert response.status_code == 403
    assert response.text.startswith("This endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) "
                                    "is not accepted.")
    assert nobody_knocked(listener)


@pytest.mark.parametrize("how", ["GET", "form", "direct"])
@pytest.mark.parametrize("kind", sorted(UPDATES))
def test_updates_as_query_are_400(client: httpx.Client, listener: socket.socket, store_size: str, kind: str,
                                  how: str) -> None:
    response = timed(send, client, how, "query", UPDATES[kind].format(port=listener.getsockname()[1]))
    assert response.status_code == 400  # malformed as a query; its own words say why (it was "SPARQL syntax
    # error: … expected CONSTRUCT", which a person could not act on)
    operation = UPDATES[kind].split()[0]
    assert response.text == (f"This endpoint is read-only: SPARQL Update ({operation}) is not accepted; send a "
                             "SELECT, ASK, CONSTRUCT or DESCRIBE query.\n")
    assert nobody_knocked(listener)


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_graph_store_methods_are_405(client: httpx.Client, store_size: str, method: str) -> None:
    response = timed(client.request, method, "/sparql", content=b"<urn:x:s> <urn:x:p> <urn:x:o> .")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert response.text == f"{method} is not allowed on /sparql: use GET, HEAD, POST.\n"
