"""Ingest while serving: `publisher ingest` into a store a live server owns goes through the server."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from publisher.cli import main
from tests.conftest import ROOT, free_port, start_server

SAMPLE = ROOT / "data" / "records" / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
ASK_94630 = ("ASK { <{base}/id/stockport/issue/94630> "
             "<http://purl.org/dc/terms/title> \"Scrutiny Review Topic Selection - 2021/22\" }")


def ask(base: str, query: str) -> bool:
    url = base + "/sparql?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())["boolean"]


@pytest.fixture
def server(tmp_path: Path):
    """A live server whose store holds the founding record only."""
    port = free_port()
    store = tmp_path / "store"
    founding = ROOT / "data" / "records" / "stockport_issue_68785_ssp_priorities_cts.txt"
    assert main(["ingest", str(founding), "--store", str(store), "--base-uri", f"http://127.0.0.1:{port}"]) == 0
    live = start_server(store, port=port)
    yield live
    live.stop()


def test_ingest_into_a_served_store_goes_through_the_server(server, capsys) -> None:
    live = server
    query = ASK_94630.replace("{base}", live.base)
    assert main(["ingest", str(SAMPLE), "--store", str(live.store)]) == 0
    out = capsys.readouterr().out
    assert f"A server at {live.base} holds" in out and "0 refused" in out
    assert ask(live.base, query)  # visible to queries once the call returns
    info = json.loads((live.store.parent / "server.json").read_text())
    assert (live.store.parent / "server.json").stat().st_mode & 0o077 == 0  # owner only
    assert info["store"] == str(live.store.resolve())


def test_admin_endpoint_needs_the_token(server) -> None:
    live = server
    request = urllib.request.Request(live.url("/admin/ingest"), data=b'{"paths": ["/etc"]}', method="POST",
                                     headers={"Authorization": "Bearer wrong", "Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
