"""``publisher backup`` / ``restore`` (issue 13, part 8): a backup taken while a live server ingests is a
consistent copy; restored elsewhere, each record is in its old or its new version, and /changes goes on."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from publisher.cli import main
from publisher.store import SETTINGS_GRAPH, open_store, record_graphs
from tests.conftest import ROOT, free_port, start_server

RECORDS = ROOT / "data" / "records"
FOUNDING = "stockport_issue_68785_ssp_priorities_cts"
LATE = RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
VARIANTS = 60  # records ingested while the backup is taken: enough that the ingest outlasts the backup
POSITION = re.compile(rb'<http://schema\.org/position> "(\d+)"')


def variants(folder: Path) -> Path:
    """The founding record changed (a new version of it), and copies of it under other issue ids (new
    records), each with its source sidecar."""
    folder.mkdir()
    text = (RECORDS / f"{FOUNDING}.txt").read_text(encoding="utf-8")
    sidecar = (RECORDS / f"{FOUNDING}.source.txt").read_text(encoding="utf-8")
    (folder / f"{FOUNDING}.txt").write_text(text.replace("Priorities", "Priorities 2018-21", 1), encoding="utf-8")
    (folder / f"{FOUNDING}.source.txt").write_text(sidecar, encoding="utf-8")
    for n in range(VARIANTS):
        name = f"stockport_issue_{70000 + n}_copy"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.source.txt").write_text(
            sidecar.replace(f"{FOUNDING}.txt", f"{name}.txt").replace("IId=68785", f"IId={70000 + n}"),
            encoding="utf-8")
    return folder


def hashes(store_folder: Path) -> dict[str, str | None]:
    """Each record graph's content hash: which version of it the store holds."""
    store = open_store(store_folder)
    try:
        return {g: store.record_hash(g) for g in record_graphs(store.graphs())}
    finally:
        store.close()


def positions(base: str) -> list[int]:
    """The positions of the members of /changes, every page."""
    found: list[int] = []
    page = 1
    while True:
        request = urllib.request.Request(f"{base}/changes/{page}", headers={"Accept": "application/n-quads"})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                body = answer.read()
        except urllib.error.HTTPError as err:
            if err.code == 404:
                return sorted(found)
            raise
        numbers = [int(n) for n in POSITION.findall(body)]
        if not numbers:
            return sorted(found)
        found += numbers
        page += 1


def sparql(base: str, query: str) -> dict:
    request = urllib.request.Request(f"{base}/sparql?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())


def served_hash(base: str, graph: str) -> str | None:
    """The content hash of ``graph`` as the live server has it, asked through /sparql."""
    query = f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{graph}> <https://w3id.org/council-lod/def#contentHash> ?h }} }}"
    rows = sparql(base, query)["results"]["bindings"]
    return rows[0]["h"]["value"] if rows else None


@pytest.fixture
def served(tmp_path: Path):
    port = free_port()
    store = tmp_path / "live" / "store"
    assert main(["ingest", str(RECORDS / f"{FOUNDING}.txt"), "--store", str(store),
                 "--base-uri", f"http://127.0.0.1:{port}"]) == 0
    live = start_server(store, port=port)
    yield live
    live.stop()


def test_a_backup_during_ingest_while_serving_restores_old_or_new_versions(served, tmp_path: Path, capsys) -> None:
    live = served
    founding = f"{live.base}/graph/stockport/issue-meetings/68785"
    old_founding = served_hash(live.base, founding)
    assert old_founding
    folder = variants(tmp_path / "incoming")
    before = positions(live.base)
    assert before == [1]
    done: list[int] = []
    ingest = threading.Thread(target=lambda: done.append(main(["ingest", str(folder), "--store", str(live.store)])))
    ingest.start()
    try:
        while len(positions(live.base)) < 3 and ingest.is_alive():  # the ingest is under way
            time.sleep(0.05)
        backup = tmp_path / "backup"
        assert main(["backup", str(backup), "--store", str(live.store)]) == 0
        during = ingest.is_alive()
    finally:
        ingest.join()
    assert done == [0]
    assert during, "the ingest was over before the backup: make VARIANTS larger"
    assert "Backed up through the server" in capsys.readouterr().out
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["settings"]["base_uri"] == live.base and "token" not in json.dumps(manifest)
    assert not (backup / "server.json").exists()
    live.stop()  # the live store's final state, read directly
    new = hashes(live.store)
    assert len(new) == VARIANTS + 1

    # restored into a new folder: every record is in its old version (or absent: not yet ingested) or its new
    restored = tmp_path / "restored" / "store"
    assert main(["restore", str(backup), "--store", str(restored)]) == 0
    copy = hashes(restored)
    assert founding in new and new[founding] != old_founding  # the ingest brought a new version of it
    assert 1 < len(copy) < len(new)  # taken part-way
    for graph, digest in copy.items():
        assert digest == new[graph] or (graph == founding and digest == old_founding), graph
    assert main(["restore", str(backup), "--store", str(restored)]) == 2  # never over a store

    # served again, /changes holds the copy's events, then goes on from there
    again = start_server(restored, port=free_port())
    try:
        graphs = sparql(again.base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")["results"]["bindings"]
        assert graphs and SETTINGS_GRAPH not in {row["g"]["value"] for row in graphs}  # not data, not public
        listed = positions(again.base)
        assert listed == list(range(1, len(listed) + 1)) and len(listed) >= manifest["events"]
        assert len(listed) >= len(copy)  # every restored record has its event (caught up if need be)
        assert main(["ingest", str(LATE), "--store", str(restored), "--base-uri", "http://127.0.0.1:1"]) == 2
        assert main(["ingest", str(LATE), "--store", str(restored)]) == 0  # through the restored server
        assert positions(again.base) == list(range(1, len(listed) + 2))
    finally:
        again.stop()
    # the page size the first serve recorded travelled with the backup: /changes pages stay as published
    assert manifest["settings"]["changes_page_size"] == "100"
    refused = subprocess.run([sys.executable, "-m", "publisher.cli", "serve", "--store", str(restored), "--port",
                              str(free_port()), "--changes-page-size", "2"], cwd=ROOT, capture_output=True,
                             text=True, timeout=60)
    assert refused.returncode == 2 and "changes_page_size = 100" in refused.stderr


def test_a_damaged_backup_is_refused(tmp_path: Path, capsys) -> None:
    store = tmp_path / "a" / "store"
    assert main(["ingest", str(RECORDS / f"{FOUNDING}.txt"), "--store", str(store)]) == 0
    assert main(["backup", str(tmp_path / "b"), "--store", str(store)]) == 0  # no server: the command copies
    assert main(["backup", str(tmp_path / "b"), "--store", str(store)]) == 2  # not into a full folder
    victim = next((tmp_path / "b" / "history").rglob("*.nt.gz"))
    victim.write_bytes(victim.read_bytes() + b"x")
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "b"), "--store", str(tmp_path / "c" / "store")]) == 2
    assert "damaged" in capsys.readouterr().err and not (tmp_path / "c" / "store").exists()
