"""Bulk ingest into a remote store (``publisher.bulk``, ``_RemoteWriter``), against a real ``oxigraph serve``
and Virtuoso (skipped where it is not installed): the same store contents as the per-record pipeline for the
same files, re-ingest of unchanged records writes nothing, a refused record does not stop the run, a record
already stored is replaced, and a run killed with SIGKILL at a random moment leaves only whole records, each
with its content hash and its history event.

The records are the bench generator's (one council: its committees, its councillors, 20 meetings). Ingest
stamps times (``prov:generatedAtTime``, ``dct:modified``, ``dct:created``), which are left out of comparisons.
"""

from __future__ import annotations

import dataclasses
import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from publisher.bulk import BulkRun
from publisher.history import history_of
from publisher.ingest import IngestReport, Pipeline
from publisher.settings import Settings, load_settings
from publisher.store import record_graphs
from publisher.store.remote import REVISION_QUERY, RemoteStore
from tests.store.test_store_contract import OxigraphServer, VirtuosoServer

ROOT = Path(__file__).resolve().parents[2]
TIMES = ("<http://www.w3.org/ns/prov#generatedAtTime>", "<http://purl.org/dc/terms/modified>",
         "<http://purl.org/dc/terms/created>")
# Runs killed per server, each a run of its own (the suite keeps under its 10-minute budget); Virtuoso, whose
# batches are a record each (the per-record path's request), once.
KILLS = 3
BLANK = re.compile(r"_:\w+")  # the vocabulary graph's blank nodes (owl:unionOf lists), named afresh by each store

RUN = """
import dataclasses, sys
from pathlib import Path
import publisher.bulk
from publisher.bulk import BulkRun
from publisher.settings import load_settings
from publisher.store.remote import RemoteStore

if __name__ == "__main__":
    publisher.bulk.SEND_EVERY = 1_500  # batches of ~3 records: a kill falls between batches or during one
    store = RemoteStore(sys.argv[1])
    settings = dataclasses.replace(load_settings(), store=Path(sys.argv[3]))
    BulkRun(store, settings, workers=2).run([Path(sys.argv[2])], progress=False)
    store.close()
"""


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[OxigraphServer | VirtuosoServer]:
    if request.param == "oxigraph":
        started: OxigraphServer | VirtuosoServer = OxigraphServer()
    else:
        started = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield started
    started.stop()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bench generator's records for one council (22 files)."""
    folder = tmp_path_factory.mktemp("data")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", "15000", "--out", str(folder)],
                   check=True, capture_output=True)
    return folder


# What is the same on every server (the per-record hand-off, the command line) runs on one; Virtuoso keeps the
# comparison with the per-record path and a kill (the suite keeps under its 10-minute budget).
ON_OXIGRAPH = pytest.mark.parametrize("server", ["oxigraph"], indirect=True)


def settings_in(folder: Path) -> Settings:
    """The default settings, the history archive in ``folder`` (a remote store keeps it beside ``store``)."""
    return dataclasses.replace(load_settings(), store=folder / "var" / "store")


def ingest(server: OxigraphServer | VirtuosoServer, paths: list[Path], folder: Path, bulk: bool) -> IngestReport:
    """One run through a store object of its own (a ``History`` keeps its newest event per store object)."""
    store = RemoteStore(server.location)
    try:
        if bulk:
            return BulkRun(store, settings_in(folder), workers=2).run(paths, progress=False)
        return Pipeline(store, settings_in(folder)).run(paths, progress=False)
    finally:
        store.close()


def contents(server: OxigraphServer | VirtuosoServer) -> list[str]:
    """Every quad of the named graphs and every triple of the default graph, sorted, times left out and blank
    nodes unnamed."""
    store, out = RemoteStore(server.location), io.BytesIO()
    try:
        store.export("nq", out)
        store.export("nt", out)
    finally:
        store.close()
    return sorted(BLANK.sub("_:b", line) for line in out.getvalue().decode().splitlines() if line and
                  not any(f" {p} " in line for p in TIMES))


def revision(server: OxigraphServer | VirtuosoServer) -> str | None:
    store = RemoteStore(server.location)
    try:
        rows = list(store.query(REVISION_QUERY))  # type: ignore[call-overload]
        return rows[0]["r"].value if rows else None
    finally:
        store.close()


def test_a_bulk_run_writes_what_the_pipeline_writes(server: OxigraphServer | VirtuosoServer, data: Path,
                                                    tmp_path: Path) -> None:
    """Same record graphs, same default graph, same history events in the same order; then the same files
    again change nothing and write nothing (the revision stays)."""
    server.clear()
    assert not ingest(server, [data], tmp_path / "p", bulk=False).refused
    by_record = contents(server)
    server.clear()
    report = ingest(server, [data], tmp_path / "b", bulk=True)
    assert report.count("landed") == 22 and not report.refused
    assert contents(server) == by_record and len(by_record) > 10_000
    written = revision(server)
    again = ingest(server, [data], tmp_path / "b", bulk=True)
    assert again.count("unchanged") == 22 and again.count("landed") == 0
    assert contents(server) == by_record and revision(server) == written


def scenario(data: Path, folder: Path) -> tuple[list[Path], Path]:
    """The council's lists and five meetings, to ingest before the run, and the run's folder: every file, with
    a copy of a meeting with an impossible date (refused)."""
    files = shutil.copytree(data, folder / "data")
    meetings = sorted(p for p in (files / "adur" / "meetings").rglob("*.txt") if not p.name.endswith(".source.txt"))
    text = meetings[0].read_text(encoding="utf-8")
    date = text.split(" - ", 1)[1].split("\n", 1)[0]  # "Monday, 4 January 2016 10.00 a.m."
    broken = meetings[0].with_name("99999.txt")
    broken.write_text(text.replace(date, "Monday, 31 February 2016 10.00 a.m."), encoding="utf-8")
    sidecar = meetings[0].with_name(meetings[0].stem + ".source.txt").read_text(encoding="utf-8")
    broken.with_name("99999.source.txt").write_text(sidecar.replace(meetings[0].stem, "99999"), encoding="utf-8")
    return [files / "adur" / "committees.xml", files / "adur" / "councillors.xml", *meetings[:5]], files


@ON_OXIGRAPH
def test_a_refused_record_does_not_stop_the_run_and_a_stored_record_is_replaced(
        server: OxigraphServer | VirtuosoServer, data: Path, tmp_path: Path) -> None:
    """Into a store holding seven of the records, one of which is then changed (its venue): the changed one
    replaced, with an update event, the others unchanged, the broken one refused, the rest landed; all as the
    per-record pipeline leaves it."""
    found = {}
    for way in ("pipeline", "bulk"):
        server.clear()
        before, run = scenario(data, tmp_path / way)
        first = ingest(server, before, tmp_path / way, bulk=False)
        assert first.count("landed") == 7 and not first.refused
        changed = before[4]
        changed.write_text(changed.read_text(encoding="utf-8").replace("Venue: ", "Venue: Room 9, "),
                           encoding="utf-8")
        report = ingest(server, [run], tmp_path / way, bulk=way == "bulk")
        assert report.count("refused") == 1 and "99999.txt" in str(report.refused[0].message)
        assert report.count("landed") == 16 and report.count("unchanged") == 6
        found[way] = contents(server)
    assert found["bulk"] == found["pipeline"]
    assert any("Room 9" in line for line in found["bulk"])
    updates = [line for line in found["bulk"] if "https://www.w3.org/ns/activitystreams#Update" in line]
    assert len(updates) == 2, updates  # the changed meeting's second version: in the history graph and the default


LANDED = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g <https://w3id.org/council-lod/def#contentHash> ?h } "
          "FILTER(CONTAINS(STR(?g), '/graph/adur/')) }")


def landed(store: RemoteStore) -> int:
    """Record graphs with a content hash in the store: what the killed run has written so far."""
    return int(next(iter(store.query(LANDED)))["n"].value)  # type: ignore[call-overload]


def run_killed(server: OxigraphServer | VirtuosoServer, data: Path, folder: Path, kill_at: int | None) -> float:
    """Bulk-ingest ``data`` in a process of its own, killed with its workers (its process group) once the
    server holds ``kill_at`` records or more (None: not killed); the time it ran. The kill falls while the run
    writes, at a point the random ``kill_at`` picks, between two batches or while one is sent."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-c", RUN, server.location, str(data), str(folder / "var" / "store")],
                               cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = RemoteStore(server.location)
    try:
        while process.poll() is None and (kill_at is None or landed(store) < kill_at):
            time.sleep(0.02)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        store.close()
    assert kill_at is not None or process.returncode == 0
    return time.monotonic() - started


def settled(server: OxigraphServer | VirtuosoServer) -> None:
    """Until the server has done the request the killed run sent last (it goes on without the client): the
    number of quads the same twice, half a second apart."""
    store = RemoteStore(server.location)
    try:
        counts = [-1, len(store)]
        while counts[-1] != counts[-2]:
            time.sleep(0.5)
            counts.append(len(store))
    finally:
        store.close()


def records(server: OxigraphServer | VirtuosoServer, folder: Path) -> dict[str, tuple[str | None, list[str]]]:
    """Each record graph in the store: its content hash, and its triples (times left out)."""
    store = RemoteStore(server.location)
    try:
        found = {}
        for graph in record_graphs(store.graphs()):
            triples = store.graph(graph).serialize(format="nt")
            found[graph] = (store.record_hash(graph), sorted(
                line for line in triples.splitlines() if line and not any(f" {p} " in line for p in TIMES)))
        history = history_of(store, load_settings().base_uri, folder / "var" / "store")
        events = history.events(1, history.count())
        assert [e.position for e in events] == list(range(1, len(events) + 1)), "a gap in the history"
        versions = {(e.record, e.version) for e in events}
        for graph, (digest, _) in found.items():
            assert digest is not None, f"{graph} has no content hash"
            assert (graph, digest) in versions, f"{graph} landed without its history event"
        orphans = {e.record for e in events} - set(found)
        assert not orphans, f"events of records not in the store: {orphans}"
        return found
    finally:
        store.close()


@pytest.mark.slow  # ~18 s (oxigraph), ~20 s (Virtuoso): a clean run, then three (Virtuoso: one) killed while writing
def test_kill_9_during_a_bulk_run_leaves_only_whole_records(server: OxigraphServer | VirtuosoServer, data: Path,
                                                           tmp_path: Path) -> None:
    server.clear()
    run_killed(server, data, tmp_path / "clean", None)
    whole = records(server, tmp_path / "clean")
    assert len(whole) == 22
    rng = random.Random(17)
    seen = []
    for kill in range(1 if isinstance(server, VirtuosoServer) else KILLS):
        server.clear()
        folder = tmp_path / f"kill{kill}"
        run_killed(server, data, folder, rng.randint(1, 21))
        settled(server)
        found = records(server, folder)
        for graph, (_, triples) in found.items():
            assert triples == whole[graph][1], f"kill {kill}: {graph} is not whole"
        seen.append(len(found))
    print(f"records landed when killed: {seen}")
    assert any(0 < n < 22 for n in seen), seen  # some kills fell between the first batch and the last


@ON_OXIGRAPH
def test_publisher_ingest_bulk_writes_to_a_remote_store(server: OxigraphServer | VirtuosoServer, data: Path,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """``publisher ingest --bulk --store sparql+http://…`` runs the bulk run (it said "--bulk needs the embedded
    store" and went record by record); ``--no-bulk`` does not."""
    server.clear()
    monkeypatch.chdir(tmp_path)  # the remote store's local files (the history archive) go in ./var
    runs: list[str] = []
    into = BulkRun._into
    monkeypatch.setattr(BulkRun, "_into", lambda self, *args: runs.append("bulk") or into(self, *args))
    from publisher.cli import main

    assert main(["ingest", str(data), "--store", server.location, "--bulk", "--workers", "1"]) == 0
    assert runs == ["bulk"] and "22 records landed" in capsys.readouterr().out
    assert main(["ingest", str(data), "--store", server.location, "--no-bulk"]) == 0
    assert runs == ["bulk"] and "0 records landed (0 triples), 22 unchanged" in capsys.readouterr().out
