"""Several serving processes (``publisher serve --processes N``, web/siblings.py): what a sibling answers is the
owner's answer, byte for byte; it answers from the new data once an ingest has returned; a query it passes on is
still killed at the time limit; siblings go with the owner.

The server runs with ``--siblings-port``: the siblings listen there alone and the owner on its own port, so each
request below is known to be answered (or passed on) by a sibling, and compared with the owner's answer.
"""

from __future__ import annotations

import os
import signal
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from publisher.cli import main
from tests.conftest import LiveServer, free_port, start_server
from tests.paths import FOUNDING, SECOND

pytestmark = pytest.mark.slow  # ~40 s: serving processes started, stopped and killed

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COMPARED = ("etag", "last-modified", "vary", "content-type", "content-length", "location", "link",
            "content-location", "x-sparql-truncated", "cache-control", "retry-after")


@dataclass
class Served:
    owner: LiveServer
    siblings: str  # where the siblings alone listen


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url: str, **headers: str) -> Answer:
    request = urllib.request.Request(url, headers={name.replace("_", "-"): v for name, v in headers.items()})
    try:
        with OPENER.open(request, timeout=30) as answer:
            return Answer(answer.status, _compared(answer.headers), answer.read())
    except urllib.error.HTTPError as err:
        return Answer(err.code, _compared(err.headers), err.read())


def _compared(headers) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name.lower(): value for name, value in headers.items() if name.lower() in COMPARED}


def wait_until_up(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing answers at {url}")


def serve(folder: Path, *extra: str) -> Served:
    port, theirs = free_port(), free_port()
    store = folder / "store"
    assert main(["ingest", str(FOUNDING), "--store", str(store), "--base-uri", f"http://127.0.0.1:{port}"]) == 0
    owner = start_server(store, "--processes", "2", "--siblings-port", str(theirs), *extra, port=port)
    siblings = f"http://127.0.0.1:{theirs}"
    wait_until_up(siblings + "/health")
    return Served(owner, siblings)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    running = serve(tmp_path_factory.mktemp("siblings"), "--query-timeout", "1")
    yield running
    running.owner.stop()


def lookup(base: str, iri: str, fmt: str = "json") -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}",
                                                "format": fmt})


def both(served: Served, path: str, **headers: str) -> tuple[Answer, Answer]:
    return get(served.owner.base + path, **headers), get(served.siblings + path, **headers)


COUNCIL = "/id/stockport"


@pytest.mark.parametrize(("path", "headers"), [
    ("/doc/stockport.ttl", {}), ("/doc/stockport.nt", {}), ("/doc/stockport.jsonld", {}),
    ("/doc/stockport.rdf", {}), ("/doc/stockport", {"Accept": "text/turtle"}),
    ("/doc/stockport.html", {}),  # passed on: pages are the owner's
    (COUNCIL, {"Accept": "text/turtle"}), (COUNCIL, {"Accept": "text/html"}),
    ("/id/nobody-at-all", {}), ("/doc/nobody-at-all.ttl", {}),  # 404s: the owner's
    ("/def", {"Accept": "text/turtle"}), ("/sparql", {"Accept": "text/turtle"}),  # passed on
    ("/sparql?query=" + urllib.parse.quote("SELECT ?s WHERE { ?s a ?o } ORDER BY ?s LIMIT 3"), {}),  # a worker's
    ("/doc/stockport.ttl", {"Accept-Encoding": "gzip"}),  # the full stack's
])
def test_a_sibling_answers_what_the_owner_answers(served: Served, path: str, headers: dict[str, str]) -> None:
    ours, theirs = both(served, path, **headers)
    assert ours == theirs and ours.status in (200, 303, 404)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_a_lookup_is_the_same_bytes_from_a_sibling(served: Served, fmt: str) -> None:
    ours, theirs = both(served, lookup(served.owner.base, served.owner.base + COUNCIL, fmt),
                        Cache_Control="no-cache")
    assert ours == theirs and ours.status == 200 and len(ours.body) > 200


@pytest.mark.parametrize("path", ["/doc/stockport.ttl", "/sparql-lookup"])
def test_a_sibling_answers_304_to_the_owners_etag(served: Served, path: str) -> None:
    if path == "/sparql-lookup":
        path = lookup(served.owner.base, served.owner.base + COUNCIL)
    etag = get(served.owner.base + path).headers["etag"]
    ours, theirs = both(served, path, If_None_Match=etag)
    assert ours == theirs and ours.status == 304


def test_a_query_a_sibling_passes_on_is_still_stopped_at_the_time_limit(served: Served) -> None:
    started = time.monotonic()
    stopped = get(served.siblings + "/sparql?" + urllib.parse.urlencode({"query": SLOW}))
    assert stopped.status == 503 and b"stopped after 1 s" in stopped.body
    assert time.monotonic() - started < 30
    assert get(served.siblings + COUNCIL, Accept="text/turtle").status == 303  # and the siblings still answer


def test_after_an_ingest_returns_no_process_answers_from_the_old_version(served: Served) -> None:
    document = "/doc/stockport/issue/94630.ttl"
    before = get(served.siblings + "/doc/stockport.ttl").headers["etag"]
    assert get(served.siblings + document).status == 404
    assert main(["ingest", str(SECOND), "--store", str(served.owner.store)]) == 0  # through the live server
    ours, theirs = both(served, document, Cache_Control="no-cache")
    assert ours == theirs and ours.status == 200
    after = get(served.siblings + "/doc/stockport.ttl")  # a kept answer of the old version is not replayed
    assert after.headers["etag"] != before and after == get(served.owner.base + "/doc/stockport.ttl")
    # the query pool's snapshots (the start-up work's own checkpoints are named "apart-…": EmbeddedStore)
    old = [p for p in (served.owner.store.parent / "store.snapshots").iterdir() if not p.name.startswith("apart-")]
    assert len(old) == 1  # one version read, by the owner and the sibling alike: the previous one removed


def siblings_of(owner: int) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            status = Path(f"/proc/{name}/status").read_text()
            command = Path(f"/proc/{name}/cmdline").read_bytes()
        except OSError:
            continue
        parent = next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:"))
        if int(parent) == owner and b"publisher.web.siblings" in command:
            found.append(int(name))
    return found


def gone(pids: list[int], within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def _state(pid: int) -> str:
    try:
        return next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                    if line.startswith("State:"))
    except (OSError, StopIteration):
        return "Z"


@pytest.mark.parametrize("how", ["stopped", "killed"])
def test_siblings_go_with_the_owner(tmp_path: Path, how: str) -> None:
    running = serve(tmp_path)
    pids = siblings_of(running.owner.process.pid)
    assert len(pids) == 1
    if how == "stopped":
        running.owner.stop()
    else:
        os.kill(running.owner.process.pid, signal.SIGKILL)
        running.owner.process.wait()
    assert gone(pids)


def test_in_disk_mode_a_sibling_reads_the_snapshot_and_answers_the_same_bytes(tmp_path: Path) -> None:
    running = serve(tmp_path, "--replica", "disk")
    try:
        for path in ("/doc/stockport.ttl", "/doc/stockport.jsonld",
                     lookup(running.owner.base, running.owner.base + COUNCIL, "csv")):
            ours, theirs = both(running, path, Cache_Control="no-cache")
            assert ours == theirs and ours.status == 200
    finally:
        running.owner.stop()
