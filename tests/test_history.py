"""Record history: created / updated / withdrawn events with their versions, tombstones answering 410 Gone,
``dct:created`` kept from the first version, and catching up on changes that have no event."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from publisher.cli import main
from publisher.errors import PublisherError
from publisher.history import VersionArchive, history_of, packed, parse_time
from publisher.ingest import Pipeline
from publisher.namespaces import CL
from publisher.rdf import history_graph_iri
from publisher.settings import DATA_DIR, load_settings
from publisher.store import open_store
from publisher.web.app import create_app
from publisher.web.site import Site

BASE = "http://testserver"
RECORDS = DATA_DIR / "records"
FOUNDING = "stockport_issue_68785_ssp_priorities_cts"
RECORD = f"{BASE}/graph/stockport/issue-meetings/68785"
ISSUE = f"{BASE}/id/stockport/issue/68785"
OLD_TITLE = "Safer Stockport Partnership Priorities"
NEW_TITLE = "Safer Stockport Partnership Priorities 2018-21"
LDES = "https://w3id.org/ldes#"
TREE = "https://w3id.org/tree#"
AS = "https://www.w3.org/ns/activitystreams#"


def founding_copy(folder: Path) -> Path:
    """The founding record and its sidecar (which names the council), copied so a test can change a fact."""
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in (".txt", ".source.txt"):
        shutil.copy(RECORDS / f"{FOUNDING}{suffix}", folder / f"{FOUNDING}{suffix}")
    return folder / f"{FOUNDING}.txt"


def change_title(record: Path) -> None:
    text = record.read_text(encoding="utf-8")
    assert text.count(OLD_TITLE) >= 1
    record.write_text(text.replace(OLD_TITLE, NEW_TITLE, 1), encoding="utf-8")


def page_quads(client: TestClient, number: int) -> list[ox.Quad]:
    answer = client.get(f"/changes/{number}", headers={"Accept": "application/trig"})
    assert answer.status_code == 200, answer.text
    return list(ox.parse(answer.content, format=ox.RdfFormat.TRIG))


def content_of(quads: list[ox.Quad], member: str) -> Graph:
    """A member's content: the named graph of its IRI."""
    triples = [q.triple for q in quads if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == member]
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def objects(quads: list[ox.Quad], subject: str, predicate: str) -> list[str]:
    return [q.object.value for q in quads if q.subject.value == subject and q.predicate.value == predicate
            and isinstance(q.graph_name, ox.DefaultGraph)]


@pytest.fixture(scope="module")
def history_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The founding record ingested, ingested again unchanged, its title changed and ingested again, then
    withdrawn with ``publisher withdraw``."""
    folder = tmp_path_factory.mktemp("history")
    settings = load_settings().with_overrides(base_uri=BASE, store=folder / "store")
    record = founding_copy(folder / "records")
    store = open_store(settings.store)
    try:
        pipeline = Pipeline(store, settings)
        assert pipeline.run([record]).count("landed") == 1
        assert pipeline.ingest_file(record).status == "unchanged"  # no event
        change_title(record)
        assert pipeline.ingest_file(record).status == "landed"
    finally:
        store.close()
    assert main(["withdraw", RECORD, "--reason", "Published in error: the wrong committee", "--store",
                 str(settings.store)]) == 0
    return settings.store


def test_withdraw_explains_what_it_cannot_do(history_store: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["withdraw", RECORD, "--reason", "again", "--store", str(history_store)]) == 2
    assert f"{RECORD} was already withdrawn on " in capsys.readouterr().err
    missing = f"{BASE}/graph/stockport/issue-meetings/1"
    assert main(["withdraw", missing, "--reason", "x", "--store", str(history_store)]) == 2
    assert f"there is no record graph {missing} in the store" in capsys.readouterr().err
    assert main(["withdraw", missing, "--reason", "  ", "--store", str(history_store)]) == 2
    assert "a withdrawal needs a reason" in capsys.readouterr().err


def test_catch_up_records_what_happened_without_events(tmp_path: Path) -> None:
    """A store filled before it had a history, and a record removed behind the history's back."""
    settings = load_settings().with_overrides(base_uri=BASE, store=tmp_path / "store")
    store = open_store(settings.store)
    try:
        woking_record = RECORDS / "woking_decision_26804_wards_affected.txt"
        Pipeline(store, settings).run([founding_copy(tmp_path / "records"), woking_record])
        history = history_of(store, BASE)
        store.remove_graph(history_graph_iri(BASE))  # as if the records had landed before histories existed
        history._newest = None
        assert history.count() == 0
        caught = history.catch_up()
        assert sorted((e.kind, e.member.split("#")[1]) for e in caught) == [("created", "v1"), ("created", "v1")]
        assert history.catch_up() == []  # nothing twice
        woking = next(e.record for e in caught if "woking" in e.record)
        store.remove_graph(woking)
        [gone] = history.catch_up()
        assert (gone.kind, gone.record, gone.reason) == ("withdrawn", woking,
                                                         "removed from the store without a recorded withdrawal")
        assert f"{BASE}/id/woking/decision/26804" in gone.things or any("/id/woking/" in t for t in gone.things)
        assert history.counts_between(0, history.count()).records == 1
    finally:
        store.close()


# -- served: these run last, as the app announces itself as the store's server (server.json) -----------


@pytest.fixture(scope="module")
def client(history_store: Path):
    """The app over that store, in-process."""
    settings = load_settings().with_overrides(base_uri=BASE, store=history_store)
    store = open_store(history_store)
    try:
        with TestClient(create_app(Site(settings, store, work_dir=history_store.parent))) as served:
            yield served
            served.get("/void")  # waits for the statistics computed in the background before the store closes
    finally:
        store.close()


def test_created_updated_withdrawn_in_order_with_their_versions(client: TestClient) -> None:
    quads = page_quads(client, 1)
    members = objects(quads, f"{BASE}/changes", TREE + "member")
    events = sorted(members, key=lambda m: int(objects(quads, m, "http://schema.org/position")[0]))
    assert events == [f"{RECORD}#v1", f"{RECORD}#v2", f"{RECORD}#v3"]
    assert [objects(quads, m, str(RDF.type)) for m in events] == [[AS + "Create"], [AS + "Update"], [AS + "Delete"]]
    assert all(objects(quads, m, str(DCTERMS.isVersionOf)) == [RECORD] for m in events)
    assert [objects(quads, m, "http://schema.org/position") for m in events] == [["1"], ["2"], ["3"]]
    times = [objects(quads, m, "http://www.w3.org/ns/prov#generatedAtTime")[0] for m in events]
    assert times == sorted(times)
    # the versions are the content hashes of the two versions; the second has the new title
    first, second = (objects(quads, m, "http://www.w3.org/ns/dcat#version")[0] for m in events[:2])
    assert first != second and len(first) == len(second) == 64
    assert objects(quads, events[2], "http://www.w3.org/ns/dcat#version") == []
    contents = {m: content_of(quads, m) for m in events}
    assert contents[events[0]].value(URIRef(RECORD), CL.contentHash) == Literal(first)
    assert contents[events[1]].value(URIRef(RECORD), CL.contentHash) == Literal(second)
    assert (URIRef(ISSUE), DCTERMS.title, Literal(OLD_TITLE)) in contents[events[0]]
    assert (URIRef(ISSUE), DCTERMS.title, Literal(NEW_TITLE)) in contents[events[1]]
    assert (URIRef(ISSUE), DCTERMS.title, Literal(OLD_TITLE)) not in contents[events[1]]
    assert len(contents[events[2]]) == 0  # a tombstone has no content…
    assert objects(quads, events[2], str(DCTERMS.description)) == ["Published in error: the wrong committee"]
    assert ISSUE in objects(quads, events[2], "http://www.w3.org/ns/prov#invalidated")  # …but names its things
    # dct:created stays the first version's; dct:modified is each version's own, the time of its event
    created = [contents[m].value(URIRef(RECORD), DCTERMS.created) for m in events[:2]]
    assert created[0] is not None and created[0] == created[1]
    for member, time in zip(events[:2], times, strict=False):
        assert parse_time(str(contents[member].value(URIRef(RECORD), DCTERMS.modified))) == parse_time(time)


def test_things_of_a_withdrawn_record_answer_410_gone_with_reason_and_time(client: TestClient) -> None:
    when = history_of(client.app.state.site.store, BASE).events(3, 3)[0].time
    answer = client.get("/id/stockport/issue/68785", headers={"Accept": "text/turtle"}, follow_redirects=False)
    assert answer.status_code == 410
    assert answer.headers["content-type"].startswith("text/plain")
    assert answer.text == (f"Gone: {ISSUE} was withdrawn on {when} with the record {RECORD}. "
                           f"Reason: Published in error: the wrong committee\n")
    page = client.get("/doc/stockport/issue/68785.html", headers={"Accept": "text/html"})
    assert page.status_code == 410 and "<h1>Withdrawn</h1>" in page.text
    assert "Published in error: the wrong committee" in page.text and f'datetime="{when}"' in page.text
    graph = client.get("/graph/stockport/issue-meetings/68785", headers={"Accept": "text/turtle"})
    assert graph.status_code == 410 and RECORD in graph.text
    # a thing the record never described is still plainly not found
    assert client.get("/id/stockport/issue/1", headers={"Accept": "text/turtle"}).status_code == 404


class _ServerHeldStore:
    """A store with no folder of its own, as a remote store is (only its absence of ``path`` matters here)."""


def test_a_remote_stores_history_is_archived_beside_the_folder_the_caller_names(tmp_path: Path) -> None:
    with pytest.raises(PublisherError, match="archived beside the configured store folder: pass it"):
        history_of(_ServerHeldStore(), BASE)  # type: ignore[arg-type]
    history = history_of(_ServerHeldStore(), BASE, tmp_path / "var" / "store")  # type: ignore[arg-type]
    assert history.archive.folder == (tmp_path / "var" / "history").resolve()


def test_a_version_packed_elsewhere_is_archived_as_put_would_archive_it(tmp_path: Path) -> None:
    """A bulk run's workers gzip versions (``packed``) and the writer archives the bytes: the same file as
    ``put`` writes, read back the same, on disk or in memory."""
    version = b'<https://example.org/id/s> <https://example.org/def#p> "a" .\n'
    on_disk, packed_on_disk, in_memory = (VersionArchive(tmp_path / "a"), VersionArchive(tmp_path / "b"),
                                          VersionArchive(None))
    on_disk.put("https://example.org/graph/g#v1", version)
    packed_on_disk.put_packed("https://example.org/graph/g#v1", packed(version))
    in_memory.put_packed("https://example.org/graph/g#v1", packed(version))
    assert [a.get("https://example.org/graph/g#v1") for a in (on_disk, packed_on_disk, in_memory)] == [version] * 3
    assert [p.read_bytes() for p in sorted((tmp_path / "a").rglob("*.gz"))] == \
        [p.read_bytes() for p in sorted((tmp_path / "b").rglob("*.gz"))]
