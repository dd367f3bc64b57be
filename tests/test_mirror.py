"""``publisher mirror``: a second publisher follows the first's ``/changes`` and ends with the same record
graphs, also when it is killed part-way and started again."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from publisher.cli import main
from publisher.history import history_of
from publisher.ingest import Pipeline
from publisher.mirror import MirrorState
from publisher.settings import DATA_DIR, load_settings
from publisher.store import open_store, record_graphs
from tests.conftest import ROOT, free_port, start_server

RECORDS = DATA_DIR / "records"
FOUNDING = "stockport_issue_68785_ssp_priorities_cts"
OTHERS = [RECORDS / f"{name}.txt" for name in ("stockport_issue_94630_scrutiny_topics_two_meetings",
                                               "woking_decision_26804_wards_affected",
                                               "slough_agendaitem_18978_minutes_vote")]
web = httpx.Client(timeout=30)


def record_quads(nquads: bytes) -> set[str]:
    """The quads of the record graphs (not the register, vocabulary or history, which each publisher has of
    its own), as canonical N-Quads lines."""
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    return {str(q) for q in quads if isinstance(q.graph_name, ox.NamedNode) and record_graphs([q.graph_name.value])}


def served_dump(base: str, timeout: float = 60) -> bytes:
    """The publisher's N-Quads dump, once built (503 until then)."""
    deadline = time.monotonic() + timeout
    while True:
        answer = web.get(base + "/dumps/council-lod.nq.gz")
        if answer.status_code != 503 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert answer.status_code == 200, answer.text
    return gzip.decompress(answer.content)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory):
    """A publisher whose history has six events on three pages: four records created, one updated, one
    withdrawn."""
    folder = tmp_path_factory.mktemp("source")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    records = folder / "records"
    records.mkdir()
    for suffix in (".txt", ".source.txt"):
        shutil.copy(RECORDS / f"{FOUNDING}{suffix}", records / f"{FOUNDING}{suffix}")
    settings = load_settings().with_overrides(base_uri=base, store=folder / "store")
    store = open_store(settings.store)
    try:
        founding = records / f"{FOUNDING}.txt"
        pipeline = Pipeline(store, settings)
        assert pipeline.run([founding, *OTHERS]).count("landed") == 4
        founding.write_text(founding.read_text(encoding="utf-8").replace("Priorities", "Priorities 2018-21", 1),
                            encoding="utf-8")
        assert pipeline.ingest_file(founding).status == "landed"
        history_of(store, base).withdraw(f"{base}/graph/woking/decision/26804", "Duplicate")
    finally:
        store.close()
    server = start_server(settings.store, "--changes-page-size", "2", port=port)
    yield server
    server.stop()


def wait_for(condition, timeout: float = 30.0) -> None:  # noqa: ANN001 - a callable
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_mirror_killed_part_way_resumes_and_ends_with_the_same_records(source, tmp_path: Path, capsys) -> None:
    mirror_store = tmp_path / "mirror" / "store"
    state_file = tmp_path / "mirror" / "mirror.json"
    # a slow mirror (a pause between pages), killed with SIGKILL once it has applied the first page
    process = subprocess.Popen([sys.executable, "-m", "publisher.cli", "mirror", source.base, "--store",
                                str(mirror_store), "--pause", "5"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        def first_page_applied() -> bool:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            try:
                return len(json.loads(state_file.read_text())["done"]) == 2
            except (OSError, ValueError):
                return False
        wait_for(first_page_applied)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    state = MirrorState.load(state_file, f"{source.base}/changes")
    assert state.page == f"{source.base}/changes/1" and len(state.done) == 2

    capsys.readouterr()
    assert main(["mirror", source.base, "--store", str(mirror_store)]) == 0  # started again: it resumes
    out = capsys.readouterr().out
    assert out == (f"Mirrored {source.base}/changes: 2 created, 1 updated, 1 withdrawn, 0 already applied; "
                   f"4 pages read, now at {source.base}/changes/4\n")

    # a second publisher on another loopback port serves the mirror: its record graphs are the source's
    mirror = start_server(mirror_store, "--base-uri", source.base)
    try:
        source_records = record_quads(served_dump(source.base))
        mirrored = served_dump(mirror.base)
        assert record_quads(mirrored) == source_records and len(source_records) > 500
        assert f"<{source.base}/graph/woking/decision/26804>" not in str(source_records)
        tombstone = web.get(f"{mirror.base}/id/woking/decision/26804", headers={"Accept": "text/turtle"})
        assert tombstone.status_code == 410 and "Reason: Duplicate" in tombstone.text
    finally:
        mirror.stop()


def test_running_again_applies_nothing_and_a_replayed_member_changes_nothing(source, tmp_path: Path, capsys) -> None:
    mirror_store = tmp_path / "store"
    assert main(["mirror", f"{source.base}/changes", "--store", str(mirror_store)]) == 0
    assert main(["mirror", source.base, "--store", str(mirror_store)]) == 0
    assert "0 created, 0 updated, 0 withdrawn, 0 already applied; 1 page read" in capsys.readouterr().out
    # as after a crash between storing a member and noting it: the last page is read again from its start
    state_file = tmp_path / "mirror.json"
    state = json.loads(state_file.read_text())
    assert state["page"] == f"{source.base}/changes/4" and state["done"] == []  # the newest page, empty
    state_file.write_text(json.dumps({**state, "page": f"{source.base}/changes/3"}))
    assert main(["mirror", source.base, "--store", str(mirror_store)]) == 0
    assert "0 created, 0 updated, 0 withdrawn, 2 already applied; 2 pages read" in capsys.readouterr().out
    store = open_store(mirror_store)
    try:
        history = history_of(store, source.base)
        assert history.count() == 6  # the mirror's own history: one event per source event, none repeated
        assert [e.kind for e in history.events(1, 6)] == ["created"] * 4 + ["updated", "withdrawn"]
        assert all(e.source and e.source.startswith(source.base) for e in history.events(1, 6))
    finally:
        store.close()
    assert main(["mirror", "http://127.0.0.1:1/", "--store", str(mirror_store)]) == 2  # another source: refused
    assert f"mirrors {source.base}/changes, not http://127.0.0.1:1/changes" in capsys.readouterr().err

    # the source's owner withdraws a record and cuts a release while it serves: through its admin endpoint
    slough = f"{source.base}/graph/slough/agenda-item/18978"
    assert main(["withdraw", slough, "--reason", "Wrong council", "--store", str(source.store)]) == 0
    assert capsys.readouterr().out.startswith(f"Withdrawn through the server at {source.base}: {slough} at ")
    gone = web.get(slough, headers={"Accept": "text/turtle"})
    assert gone.status_code == 410 and gone.text.endswith("Reason: Wrong council\n")
    assert main(["mirror", source.base, "--store", str(mirror_store)]) == 0  # and the mirror follows
    assert "0 created, 0 updated, 1 withdrawn, 0 already applied" in capsys.readouterr().out
    assert main(["release", "--store", str(source.store)]) == 0
    name = capsys.readouterr().out.split()[1]
    index = web.get(f"{source.base}/dumps/{name}/", headers={"Accept": "application/json"}).json()
    assert index["counts"] == {"added": 2, "changed": 0, "withdrawn": 0, "records": 2}  # the first release
