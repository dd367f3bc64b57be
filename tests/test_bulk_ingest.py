"""Bulk ingest (publisher/bulk.py): a run killed with SIGKILL at any moment leaves the store as it was before the
run or with the whole run landed, history included; and a bulk run lands what the per-record pipeline lands.

The records are the bench generator's (one council: its committees, its councillors, 20 meetings). The store
before the run already holds the council's lists and five meetings, so the run both adds records and leaves
some unchanged. Each killed run is a fresh process (``publisher.bulk`` with two workers, which are killed with
it: the whole process group), started on a copy of the store before the run and killed at a random moment
of its usual run time; the test then opens the store, as a restarted server would, and compares it with the
two states it may be in.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from publisher.bulk import BulkRun
from publisher.cli import main
from publisher.history import history_of
from publisher.ingest import Pipeline
from publisher.settings import load_settings
from publisher.store import record_graphs
from publisher.store.embedded import EmbeddedStore, finish_bulk_run

ROOT = Path(__file__).resolve().parents[1]
KILLS = 12

RUN = """
import sys
from pathlib import Path
from publisher.bulk import BulkRun
from publisher.cli import main
from publisher.settings import load_settings
from publisher.store.embedded import EmbeddedStore

if __name__ == "__main__":
    store = EmbeddedStore(Path(sys.argv[1]))
    BulkRun(store, load_settings(), workers=2).run([Path(sys.argv[2])], progress=False)
    store.close()
"""


def generated(folder: Path) -> Path:
    """The bench generator's records for one council (22 files)."""
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", "15000", "--out", str(folder)],
                   check=True, capture_output=True)
    return folder


def state(store_dir: Path) -> tuple[dict[str, str | None], list[tuple[int, str, str]]]:
    """The store as a restarted server finds it: each record graph's content hash, and the history's events
    (position, record, kind), each of whose versions must be archived."""
    store = EmbeddedStore(store_dir)
    try:
        hashes = {g: store.record_hash(g) for g in record_graphs(store.graphs())}
        history = history_of(store, load_settings().base_uri)
        events = history.events(1, history.count())
        assert all(history.content(e) is not None for e in events), "an event names a version not archived"
        return hashes, [(e.position, e.record, e.kind) for e in events]
    finally:
        store.close()


def dump(store_dir: Path) -> bytes:
    """Every quad of the store, as N-Quads (named graphs) and N-Triples (the default graph)."""
    store, out = EmbeddedStore(store_dir), io.BytesIO()
    store.export("nq", out)
    store.export("nt", out)
    store.close()
    return out.getvalue()


def before_run(tmp_path: Path, data: Path) -> Path:
    """A store (and its history archive beside it) holding the council's lists and five of its meetings."""
    folder = tmp_path / "before"
    store = EmbeddedStore(folder / "store")
    meetings = sorted((data / "adur" / "meetings").rglob("*.txt"))
    first = [data / "adur" / "committees.xml", data / "adur" / "councillors.xml",
             *[m for m in meetings if not m.name.endswith(".source.txt")][:5]]
    Pipeline(store, load_settings()).run(first)
    store.close()
    return folder


def test_a_bulk_run_lands_what_the_pipeline_lands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Same record graphs, same content, same events in the same order: people resolved alike, on two
    workers as on one process."""
    data = generated(tmp_path / "data")
    folders = {"pipeline": tmp_path / "p" / "store", "bulk": tmp_path / "b" / "store"}
    store = EmbeddedStore(folders["pipeline"])
    Pipeline(store, load_settings()).run([data])
    store.close()
    store = EmbeddedStore(folders["bulk"])
    report = BulkRun(store, load_settings(), workers=2).run([data], progress=False)
    store.close()
    assert report.count("landed") == 22 and not report.refused
    assert state(folders["bulk"]) == state(folders["pipeline"])
    landed = dump(folders["bulk"])
    # again, as ``publisher ingest --bulk`` in one process: nothing changes, and nothing is written
    assert main(["ingest", str(data), "--store", str(folders["bulk"]), "--bulk", "--workers", "1"]) == 0
    assert "0 records landed (0 triples), 22 unchanged" in capsys.readouterr().out
    assert dump(folders["bulk"]) == landed
    assert not list(tmp_path.glob("b/store.*")), "a staging folder was left behind"


def test_a_record_withdrawn_before_a_bulk_run_is_numbered_after_its_events(tmp_path: Path) -> None:
    """A bulk run numbers its events from every record's events read once (``History.stage``): a record
    withdrawn before the run, landed again, is version 3 as in the pipeline."""
    data = generated(tmp_path / "data")
    events: dict[str, list[tuple[str, str]]] = {}
    for way in ("pipeline", "bulk"):
        store = EmbeddedStore(tmp_path / way / "store")
        Pipeline(store, load_settings()).run([data])
        record = sorted(record_graphs(store.graphs()))[-1]
        history_of(store, load_settings().base_uri).withdraw(record, "withdrawn for the test")
        if way == "bulk":
            BulkRun(store, load_settings(), workers=1).run([data], progress=False)
        else:
            Pipeline(store, load_settings()).run([data])
        history = history_of(store, load_settings().base_uri)
        events[way] = [(e.member, e.kind) for e in history.events(1, history.count()) if e.record == record]
        store.close()
    assert events["bulk"] == events["pipeline"] == [(f"{record}#v1", "created"), (f"{record}#v2", "withdrawn"),
                                                    (f"{record}#v3", "created")]


def test_an_interrupted_swap_is_finished_when_the_store_is_opened(tmp_path: Path) -> None:
    """Killed after the commit point (the staging store renamed ``.landed``): the run lands, whichever of the
    two renames that follow it was done. Killed before it: the staging store is dropped."""
    for done in ("nothing", "retired"):
        live, landed = tmp_path / done / "store", tmp_path / done / "store.landed"
        live.mkdir(parents=True)
        (live / "old").write_text("before")
        landed.mkdir()
        (landed / "new").write_text("after")
        if done == "retired":
            live.rename(tmp_path / done / "store.retired")
        finish_bulk_run(live)
        assert sorted(p.name for p in live.iterdir()) == ["new"]
        assert sorted(p.name for p in live.parent.iterdir()) == ["store"]
    staging = tmp_path / "dropped" / "store.staging"
    staging.mkdir(parents=True)
    (tmp_path / "dropped" / "store").mkdir()
    finish_bulk_run(tmp_path / "dropped" / "store")
    assert not staging.exists()


def run_killed(folder: Path, data: Path, kill_after: float | None) -> float:
    """Bulk-ingest ``data`` into the store in ``folder`` in a process of its own, killed with its workers (its
    process group) after ``kill_after`` seconds; the time it ran."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-c", RUN, str(folder / "store"), str(data)], cwd=ROOT,
                               start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return time.monotonic() - started


@pytest.mark.slow  # ~2 min: a clean bulk run, then twelve killed at random moments, each store checked
def test_kill_9_during_a_bulk_run_leaves_the_store_before_or_after_the_whole_run(tmp_path: Path) -> None:
    data = generated(tmp_path / "data")
    before_folder = before_run(tmp_path, data)
    before = state(before_folder / "store")
    clean = tmp_path / "clean"
    shutil.copytree(before_folder, clean)
    usual = run_killed(clean, data, None)
    after = state(clean / "store")
    assert len(after[0]) == 22 and len(after[1]) == 22 and before != after
    rng = random.Random(17)
    seen = {"before": 0, "after": 0}
    for kill in range(KILLS):
        folder = tmp_path / f"kill{kill}"
        shutil.copytree(before_folder, folder)
        run_killed(folder, data, rng.uniform(usual * 0.3, usual * 1.05))
        found = state(folder / "store")
        assert found in (before, after), f"kill {kill}: the store is neither as before nor with the whole run"
        seen["before" if found == before else "after"] += 1
        left = [p.name for p in folder.iterdir() if p.suffix in (".staging", ".landed", ".retired")]
        assert not left, f"kill {kill}: {left} left after opening the store"
        shutil.rmtree(folder)
    print(f"kills: {seen}")
    assert seen["before"] > 0, seen
