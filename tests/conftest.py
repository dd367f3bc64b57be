"""Shared fixtures: a real ``publisher serve`` on loopback, filled with the bundled data."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph

from publisher.store import open_store

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "data" / "records"  # the real council records the repository bundles, each with its sidecar


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    base: str
    store: Path
    process: subprocess.Popen

    def url(self, path: str) -> str:
        return self.base + path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(store: Path, *extra: str, port: int | None = None, ready_timeout: float = 60.0) -> LiveServer:
    """Run ``publisher serve`` in its own process and wait until it answers."""
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(store.parent / f"server-{port}.log", "wb")  # noqa: SIM115 - kept open for the process
    process = subprocess.Popen(
        [sys.executable, "-m", "publisher.cli", "serve", "--store", str(store), "--port", str(port),
         "--log-level", "warning", *extra],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + ready_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {(store.parent / f'server-{port}.log').read_text()}")
        try:
            with urllib.request.urlopen(base + "/", timeout=1):
                return LiveServer(base, store, process)
        except urllib.error.HTTPError:  # any HTTP answer means it is up
            return LiveServer(base, store, process)
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start in time")


def store_holding(folder: Path, graph_iri: str, graph: Graph) -> Path:
    """A store at ``folder`` holding ``graph`` as its one named graph, closed again for a server to open."""
    store = open_store(folder)
    store.replace_graph(graph_iri, graph)
    store.close()
    return folder


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server for the whole session, on an empty store, so it ingests the bundled data itself."""
    server = start_server(tmp_path_factory.mktemp("live") / "store")
    yield server
    server.stop()


def samples_except(*own: str) -> list[str]:
    """Every bundled real record but a reader's own: none of them may be claimed by that reader."""
    return sorted(p.name for p in RECORDS.iterdir() if p.suffix in (".txt", ".xml")
                  and not p.name.endswith(".source.txt") and p.name not in own)


@pytest.fixture(scope="module")
def bundled_store(tmp_path_factory: pytest.TempPathFactory):
    """A store filled by ``publisher ingest data/`` (every bundled record), for one test module."""
    from publisher.cli import main

    folder = tmp_path_factory.mktemp("store")
    assert main(["ingest", str(ROOT / "data"), "--store", str(folder)]) == 0
    opened = open_store(folder)
    yield opened
    opened.close()


def sparql_client(site: object) -> Iterator[object]:
    """A TestClient of an app serving ``/sparql`` alone over ``site``, its derived artefacts built on start: for
    tests of the query interface where the network protocol itself is not under test."""
    from fastapi.testclient import TestClient

    from publisher.web.app import assemble
    from publisher.web.views import sparql

    pool = sparql.query_service(site)  # type: ignore[arg-type]
    app = assemble(site, {"sparql": sparql.setup(site, pool)})  # type: ignore[arg-type]
    app.state.query_pool = pool
    with TestClient(app) as client:
        yield client


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The test files that hold a ``slow`` test run first: with one worker a core (pytest-xdist, a file to a
    worker), a long file started last would run alone at the end while the other cores wait."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)  # stable: each file's own order is kept
