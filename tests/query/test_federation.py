"""Federation: a second publisher on another loopback port is a SERVICE peer; only allow-listed endpoints are
called, each within its time, and any other address is refused before the query runs."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from publisher.errors import PublisherError
from publisher.ingest import Pipeline
from publisher.query.check import endpoint_key, is_allowed, read_allowlist, time_budget
from publisher.settings import Settings
from publisher.store import open_store
from tests import paths
from tests.conftest import LiveServer, free_port, start_server

RECORDS = paths.ROOT / "data" / "records"
PREFIXES = """PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def filled_store(folder: Path, record: str, port: int) -> Path:
    store = open_store(folder)
    Pipeline(store, Settings(base_uri=f"http://127.0.0.1:{port}")).run([RECORDS / record], progress=False)
    store.close()
    return folder


class SilentPeer:
    """A loopback socket that accepts connections and never answers: a service that hangs."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.socket.close()
        for conn in self.held:
            conn.close()


@pytest.fixture(scope="module")
def peers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, LiveServer, SilentPeer]]:
    """Stockport's publisher (no SERVICE allowed), and South Cambridgeshire's, which may call it and a silent
    peer, 2 s per SERVICE call."""
    silent = SilentPeer()
    port_a, port_b = free_port(), free_port()
    root = tmp_path_factory.mktemp("federation")
    store_a = filled_store(root / "a" / "store", "stockport_issue_68785_ssp_priorities_cts.txt", port_a)
    store_b = filled_store(root / "b" / "store", "scambs_meeting_6690_council_apologies_declarations.txt", port_b)
    a = start_server(store_a, port=port_a)
    try:
        b = start_server(store_b, "--allow-service", f"http://127.0.0.1:{port_a}/sparql",
                         "--allow-service", f"http://127.0.0.1:{silent.port}/sparql", "--service-timeout", "2",
                         port=port_b)
    except Exception:
        a.stop()
        raise
    yield a, b, silent
    b.stop()
    a.stop()
    silent.close()


def ask(server: LiveServer, query: str) -> httpx.Response:
    return httpx.post(server.url("/sparql"), data={"query": PREFIXES + query},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)


def values(response: httpx.Response) -> list[tuple[str, ...]]:
    assert response.status_code == 200, response.text
    body = response.json()
    names = body["head"]["vars"]
    return [tuple(row[n]["value"] for n in names) for row in body["results"]["bindings"]]


def test_an_allow_listed_service_joins_across_both_publishers(peers) -> None:
    a, b, _ = peers
    rows = values(ask(b, f"""
        SELECT ?meeting ?gss WHERE {{
          {{ ?meeting a cl:Meeting ; besluit:isGehoudenDoor/org:subOrganizationOf/cl:gssCode ?gss }}
          UNION
          {{ SERVICE <{a.url('/sparql')}> {{
               ?meeting a cl:Meeting ; besluit:isGehoudenDoor/org:subOrganizationOf/cl:gssCode ?gss }} }}
        }} ORDER BY ?gss"""))
    assert rows == [
        (f"{b.base}/id/south-cambridgeshire/meeting/2017-01-26-council", "E07000012"),
        (f"{a.base}/id/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee", "E08000007"),
    ]
    # A join: the peer's meetings, named by this publisher's own council register, on the GSS code.
    joined = values(ask(b, f"""
        SELECT ?meeting ?council WHERE {{
          SERVICE <{a.url('/sparql')}> {{ ?meeting a cl:Meeting ;
              besluit:isGehoudenDoor/org:subOrganizationOf/cl:gssCode ?gss }}
          ?local cl:gssCode ?gss ; a cl:Council ; skos:prefLabel ?council .
        }}"""))
    assert joined == [(f"{a.base}/id/stockport/meeting/2017-12-04-communities-transport-scrutiny-committee",
                       "Stockport Metropolitan Borough Council")]


def test_a_service_to_any_other_address_is_refused(peers) -> None:
    a, b, _ = peers
    other = free_port()
    for target in (f"http://127.0.0.1:{other}/sparql", f"{a.url('/sparql')}-other", f"{a.url('/sparql/x')}",
                   f"http://user@127.0.0.1:{a.url('/sparql').rsplit(':', 1)[1]}"):
        response = ask(b, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
        assert response.status_code == 400, (target, response.text)
        assert f"SERVICE <{target}> is refused" in response.text
    # The peer allows no SERVICE at all, not even back to b.
    response = ask(a, f"SELECT * WHERE {{ SERVICE <{b.url('/sparql')}> {{ ?s ?p ?o }} }}")
    assert response.status_code == 400
    assert "allowed: none" in response.text


def test_a_service_that_does_not_answer_is_stopped_at_its_time_limit(peers) -> None:
    _, b, silent = peers
    started = time.monotonic()
    response = ask(b, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{silent.port}/sparql> {{ ?s ?p ?o }} }}")
    took = time.monotonic() - started
    assert response.status_code == 504, response.text
    assert "stopped after 2 s" in response.text
    assert 1.9 < took < 6, took  # the service's 2 s, not the query's 10 s
    # The worker was replaced: the endpoint still answers.
    assert values(ask(b, "SELECT (COUNT(*) AS ?n) WHERE { ?m a cl:Meeting }")) == [("1",)]


def test_the_service_description_lists_the_allowed_endpoints(peers) -> None:
    a, b, silent = peers
    text = httpx.get(b.url("/sparql"), headers={"Accept": "text/turtle"}, timeout=10).text
    assert f"<{a.url('/sparql')}>" in text and f"<http://127.0.0.1:{silent.port}/sparql>" in text
    assert "BasicFederatedQuery" in text


def test_endpoints_match_exactly() -> None:
    allowed = ("https://query.wikidata.org/sparql",)
    assert is_allowed("https://query.wikidata.org/sparql", allowed)
    assert is_allowed("HTTPS://Query.Wikidata.org:443/sparql", allowed)
    for refused in ("https://query.wikidata.org.example/sparql", "https://query.wikidata.org/sparql2",
                    "http://query.wikidata.org/sparql", "https://query.wikidata.org:8443/sparql",
                    "https://evil@query.wikidata.org/sparql", "ftp://query.wikidata.org/sparql", "sparql"):
        assert not is_allowed(refused, allowed), refused
    assert endpoint_key("http://127.0.0.1:8000") == ("http", "127.0.0.1", 8000, "/", "")
    assert read_allowlist(["https://query.wikidata.org/sparql"]) == ("https://query.wikidata.org/sparql",)
    with pytest.raises(PublisherError, match="--allow-service 'query.wikidata.org/sparql'"):
        read_allowlist(["query.wikidata.org/sparql"])
    assert time_budget(0, 5, 10) is None
    assert time_budget(1, 5, 10) == 5 and time_budget(3, 5, 10) == 10
