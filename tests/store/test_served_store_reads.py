"""While `publisher serve` owns the store, `query`, `export`, `validate` and `dump` read a consistent snapshot the
server makes through its admin endpoint, instead of failing on the store's lock (issue 13, part 7)."""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from publisher.cli import main
from tests.conftest import ROOT, LiveServer, free_port, start_server

FOUNDING = ROOT / "data" / "records" / "stockport_issue_68785_ssp_priorities_cts.txt"
SECOND = ROOT / "data" / "records" / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
TITLE = "<http://purl.org/dc/terms/title>"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """A live server on a store that holds the founding record, then a second record ingested through it."""
    port = free_port()
    store = tmp_path_factory.mktemp("served") / "store"
    assert main(["ingest", str(FOUNDING), "--store", str(store), "--base-uri", f"http://127.0.0.1:{port}"]) == 0
    live = start_server(store, port=port)
    assert main(["ingest", str(SECOND), "--store", str(store)]) == 0  # through the server: its data changed
    yield live
    live.stop()


def snapshots(live: LiveServer) -> set[Path]:
    """The checkpoints beside the store: the server's query workers keep one of their own."""
    folder = live.store.parent / f"{live.store.name}.snapshots"
    return set(folder.iterdir()) if folder.is_dir() else set()


@pytest.fixture
def kept(server: LiveServer):
    """The command's own snapshot is removed when it is done."""
    before = snapshots(server)
    yield
    assert snapshots(server) <= before


def test_query_reads_the_served_store(kept: None, server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    query = f"SELECT ?title WHERE {{ <{server.base}/id/stockport/issue/94630> {TITLE} ?title }}"
    assert main(["query", query, "--store", str(server.store)]) == 0
    assert capsys.readouterr().out.splitlines() == ["?title", '"Scrutiny Review Topic Selection - 2021/22"']


def test_export_reads_the_served_store(kept: None, server: LiveServer, tmp_path: Path) -> None:
    out = tmp_path / "all.nq"
    assert main(["export", "--format", "nq", "-o", str(out), "--store", str(server.store)]) == 0
    graphs = {line.rsplit(" ", 2)[-2] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {f"<{server.base}/graph/stockport/issue-meetings/68785>",
            f"<{server.base}/graph/stockport/issue-meetings/94630>"} <= graphs


def test_validate_reads_the_served_store(kept: None, server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--store", str(server.store)]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    checked = re.fullmatch(r"(\d+) graphs checked: 0 violations, \d+ warnings", summary)
    assert checked and int(checked[1]) >= 4, summary  # both records, the register and the vocabulary


def test_dump_reads_the_served_store(kept: None, server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dump", "--store", str(server.store)]) == 0
    listed = [line.split("  ")[0] for line in capsys.readouterr().out.splitlines()]
    nquads = next(Path(p) for p in listed if p.endswith(".nq.gz"))
    text = gzip.decompress(nquads.read_bytes()).decode("utf-8")
    assert f"<{server.base}/graph/stockport/issue-meetings/94630>" in text


def test_a_snapshot_needs_the_token(server: LiveServer) -> None:
    request = urllib.request.Request(server.url("/admin/snapshot"), data=b"{}", method="POST",
                                     headers={"Authorization": "Bearer wrong", "Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403


def test_a_read_while_serving_leaves_the_server_serving(server: LiveServer) -> None:
    assert server.process.poll() is None
    with urllib.request.urlopen(server.url("/id/stockport/issue/94630"), timeout=10) as answer:
        assert answer.status == 200


def test_a_contradicting_council_is_refused_through_the_server(server: LiveServer,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(FOUNDING), "--store", str(server.store), "--council", "woking"]) == 1
    err = capsys.readouterr().err
    assert "--council woking (Woking) contradicts the record's source URL" in err
    assert "which is Stockport's (council stockport)" in err
