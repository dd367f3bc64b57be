"""The store knows its settings (issue 13, part 4): later commands use them, a different base is refused,
a run in which every record is refused leaves the store as it was, and ``publisher rebase`` moves the base."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from publisher.cli import main
from publisher.settings import Settings
from publisher.store import SETTINGS_GRAPH, open_store
from publisher.store.embedded import EmbeddedStore
from publisher.store.settings import recorded_settings, settings_of_store
from publisher.store.version import data_version
from tests.conftest import ROOT

RECORDS = ROOT / "data" / "records"
FOUNDING = RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt"
OTHER = RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
BASE = "http://127.0.0.1:8799"


def quads(store_folder: Path) -> list[bytes]:
    """Every quad of the store's named graphs, sorted: the data, whatever RocksDB does with its files."""
    store = open_store(store_folder)
    try:
        out = io.BytesIO()
        store.export("nq", out)
        return sorted(out.getvalue().splitlines())
    finally:
        store.close()


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def recorded_settings_at(store_folder: Path) -> dict[str, str]:
    store = open_store(store_folder)
    try:
        return recorded_settings(store)
    finally:
        store.close()


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A store built with --base-uri http://127.0.0.1:8799 from one record."""
    store = tmp_path / "store"
    assert main(["ingest", str(FOUNDING), "--store", str(store), "--base-uri", BASE]) == 0
    return store


def test_the_store_records_its_base_and_a_later_ingest_uses_it(built: Path) -> None:
    store = open_store(built)
    try:
        assert recorded_settings(store) == {"base_uri": BASE, "contact_details": "role-only"}
        assert SETTINGS_GRAPH not in store.graphs()
    finally:
        store.close()
    assert main(["ingest", str(OTHER), "--store", str(built)]) == 0  # no --base-uri
    lines = quads(built)
    assert any(f"<{BASE}/graph/stockport/".encode() in line for line in lines)
    assert not any(b"127.0.0.1:8000" in line for line in lines)
    assert not any(SETTINGS_GRAPH.encode() in line for line in lines)  # not exported


def test_a_different_base_is_refused_naming_both(built: Path, capsys) -> None:
    before = quads(built)
    assert main(["ingest", str(OTHER), "--store", str(built), "--base-uri", "http://example.org/lod"]) == 2
    err = capsys.readouterr().err
    assert BASE in err and "http://example.org/lod" in err and "publisher rebase" in err
    assert quads(built) == before
    # the same base written another way is the same base
    assert main(["ingest", str(OTHER), "--store", str(built), "--base-uri", BASE + "/"]) == 0


def test_settings_toml_yields_to_the_store_and_options_must_agree() -> None:
    store = EmbeddedStore(None)
    from publisher.store.settings import record_settings
    record_settings(store, Settings(base_uri=BASE, contact_details="drop"))
    resolved = settings_of_store(store, Settings(contact_details="publish"), base_uri=None)
    assert (resolved.base_uri, resolved.contact_details) == (BASE, "drop")
    with pytest.raises(Exception, match="8799"):
        settings_of_store(store, Settings(), base_uri="http://127.0.0.1:8000")


def test_a_store_from_before_recorded_settings_has_its_base_read_from_its_graphs(built: Path, capsys) -> None:
    store = open_store(built)
    store.update(f"DROP GRAPH <{SETTINGS_GRAPH}>")  # as a store built before this change
    store.close()
    assert main(["ingest", str(OTHER), "--store", str(built), "--base-uri", "http://127.0.0.1:8000"]) == 2
    assert BASE in capsys.readouterr().err
    assert main(["ingest", str(OTHER), "--store", str(built)]) == 0  # the base its graphs show
    store = open_store(built)
    try:
        assert recorded_settings(store)["base_uri"] == BASE  # recorded by the run that wrote
        # a store mixing two bases (the mix the issue reported) is refused, naming them
        store.update(f"DROP GRAPH <{SETTINGS_GRAPH}> ; INSERT DATA {{ GRAPH <http://127.0.0.1:8000/graph/vocabulary> "
                     f"{{ <urn:x:a> <urn:x:b> <urn:x:c> }} }}")
        with pytest.raises(Exception, match="several bases"):
            settings_of_store(store, Settings())
    finally:
        store.close()


def test_a_run_in_which_every_record_is_refused_leaves_the_store_as_it_was(built: Path, tmp_path: Path,
                                                                           capsys) -> None:
    """The data and the history are as they were. RocksDB's table files are not compared: opening a store may
    let RocksDB compact what an earlier run left (its own upkeep, the same data; seen on a loaded machine), so
    that no write is made at all is checked on a store that counts its writes (the next test)."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    before = quads(built)
    history = tree(built.parent / "history")
    assert main(["ingest", str(empty), "--store", str(built)]) == 1  # refused, and no --base-uri
    assert "0 records landed" in capsys.readouterr().out
    assert quads(built) == before
    assert tree(built.parent / "history") == history


def test_an_all_refused_run_makes_no_write_at_all(tmp_path: Path) -> None:
    """On a new store too: no settings, register, vocabulary or history written when nothing lands."""
    from publisher.ingest import Pipeline

    writes: list[str] = []

    class Watched(EmbeddedStore):
        def _write(self, update: str) -> None:
            writes.append(update)
            super()._write(update)

        def replace_graph(self, graph: str, triples) -> None:  # noqa: ANN001
            writes.append(graph)
            super().replace_graph(graph, triples)

        def add_to_graph(self, graph: str, triples) -> None:  # noqa: ANN001
            writes.append(graph)
            super().add_to_graph(graph, triples)

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    store = Watched(None)
    report = Pipeline(store, Settings(base_uri=BASE)).run([empty])
    assert report.count("refused") == 1 and writes == [] and len(store) == 0
    assert Pipeline(store, Settings(base_uri=BASE)).run([FOUNDING]).count("landed") == 1
    assert writes  # the watch sees writes when a record lands


def test_rebase_moves_every_iri_in_one_step_and_announces_it(built: Path, capsys) -> None:
    from publisher.history import history_of

    assert main(["ingest", str(OTHER), "--store", str(built)]) == 0
    before = quads(built)
    new = "https://data.example.org/lod"
    store = open_store(built)
    try:
        count, events_before = len(store), history_of(store, BASE).count()
        version_before = data_version(store)[0]
    finally:
        store.close()
    capsys.readouterr()
    assert main(["rebase", new + "/", "--store", str(built)]) == 0
    assert f"from {BASE} to {new}: 2 records" in capsys.readouterr().out
    after = quads(built)
    assert not any(BASE.encode() in line for line in after)
    store = open_store(built)
    try:
        assert recorded_settings(store)["base_uri"] == new
        assert data_version(store)[0] != version_before  # a new data version
        history = history_of(store, new)
        assert history.count() == events_before + 2
        last = history.events(events_before + 1, history.count())
        assert {e.kind for e in last} == {"updated"} and all(e.member.startswith(new) for e in last)
        announced = sum(len(e.graph()) for e in last)
        assert len(store) == count + 2 * announced  # the same quads moved, named and default graph alike
        # every quad moved, and nothing else: the new events are all that was added
        assert len(after) == len(before) + announced
        moved = {line.replace(f"<{BASE}".encode(), f"<{new}".encode()) for line in before}
        assert moved <= set(after)
        for event in history.events(1, history.count()):  # every version's content, under the new base
            content = history.content(event)
            assert content and BASE.encode() not in content and f"<{new}/".encode() in content
    finally:
        store.close()
    # later commands use the new base, and the old one is refused
    assert main(["ingest", str(FOUNDING), "--store", str(built), "--base-uri", BASE]) == 2
    assert main(["rebase", new, "--store", str(built)]) == 2  # already there
    assert main(["rebase", 'https://data.example.org/x" } ; DROP ALL ; #', "--store", str(built)]) == 2
    assert recorded_settings_at(built)["base_uri"] == new


@pytest.mark.parametrize("union", [False, True], ids=["maintained", "union-default-graph"])
def test_a_remote_store_keeps_its_settings_too_and_rebases_in_one_request(union: bool, capsys, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.store.test_store_contract import OxigraphServer

    monkeypatch.chdir(tmp_path)  # a remote store's local files (history/) go to var/ under the working folder

    server = OxigraphServer(*(["--union-default-graph"] if union else []))
    location = server.location + ("?default-graph=union" if union else "")
    try:
        assert main(["ingest", str(FOUNDING), "--store", location, "--base-uri", BASE]) == 0
        assert main(["ingest", str(OTHER), "--store", location]) == 0  # the recorded base
        assert main(["ingest", str(OTHER), "--store", location, "--base-uri", "http://127.0.0.1:8000"]) == 2
        store = open_store(location)
        try:
            assert recorded_settings(store)["base_uri"] == BASE and SETTINGS_GRAPH not in store.graphs()
            for fmt in ("nq", "nt"):  # neither the named graphs nor the default graph carry the settings
                out = io.BytesIO()
                store.export(fmt, out)
                assert SETTINGS_GRAPH.encode() not in out.getvalue() and f"<{BASE}/".encode() in out.getvalue()
        finally:
            store.close()
        capsys.readouterr()
        assert main(["rebase", "https://data.example.org", "--store", location]) == 0
        store = open_store(location)
        try:
            out = io.BytesIO()
            store.export("nq", out)
            assert BASE.encode() not in out.getvalue()
            assert recorded_settings(store)["base_uri"] == "https://data.example.org"
        finally:
            store.close()
    finally:
        server.stop()
