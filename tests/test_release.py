"""``publisher release``: immutable dated dump sets with checksums, the SHACL report beside them, and DCAT
versions whose notes count what changed since the release before."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH

from publisher.cli import main
from publisher.history import history_of
from publisher.ingest import Pipeline
from publisher.namespaces import DCAT, DCTERMS
from publisher.settings import DATA_DIR, load_settings
from publisher.store import open_store
from publisher.web.app import create_app
from publisher.web.site import Site

BASE = "http://testserver"
RECORDS = DATA_DIR / "records"
FOUNDING = "stockport_issue_68785_ssp_priorities_cts"
SECOND = RECORDS / "stockport_issue_94630_scrutiny_topics_two_meetings.txt"
WOKING = RECORDS / "woking_decision_26804_wards_affected.txt"
SPDX = Namespace("http://spdx.org/rdf/terms#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
DQV = Namespace("http://www.w3.org/ns/dqv#")
DATASET = URIRef(f"{BASE}/void#dataset")
FIRST, NEXT = URIRef(f"{BASE}/dumps/2026-11-26/#dataset"), URIRef(f"{BASE}/dumps/2026-11-27/#dataset")
DUMP_FILES = {"council-lod.nq.gz", "council-lod.nt.gz", "council-lod.ttl.gz", "stockport.nt.gz", "woking.nt.gz"}


def cli(*args: str) -> int:
    return main([*args, "--base-uri", BASE])


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Release 2026-11-26 of the founding record and Woking's decision; then a second record lands, the
    founding record changes and Woking's is withdrawn, and release 2026-11-27 is cut."""
    folder = tmp_path_factory.mktemp("release")
    settings = load_settings().with_overrides(base_uri=BASE, store=folder / "store")
    records = folder / "records"
    records.mkdir()
    for suffix in (".txt", ".source.txt"):
        shutil.copy(RECORDS / f"{FOUNDING}{suffix}", records / f"{FOUNDING}{suffix}")
    founding = records / f"{FOUNDING}.txt"
    store = open_store(settings.store)
    pipeline = Pipeline(store, settings)
    assert pipeline.run([founding, WOKING]).count("landed") == 2
    store.close()
    assert cli("release", "--store", str(settings.store), "--date", "2026-11-26") == 0
    assert cli("release", "--store", str(settings.store), "--date", "2026-11-26") == 0  # no change: no release
    founding.write_text(founding.read_text(encoding="utf-8").replace("Priorities", "Priorities 2018-21", 1),
                        encoding="utf-8")
    store = open_store(settings.store)
    pipeline = Pipeline(store, settings)
    assert [pipeline.ingest_file(path).status for path in (founding, SECOND)] == ["landed", "landed"]
    history_of(store, BASE).withdraw(f"{BASE}/graph/woking/decision/26804", "Superseded")
    store.close()
    assert cli("release", "--store", str(settings.store), "--date", "2026-11-27") == 0
    return folder


def test_a_release_is_a_dated_folder_of_dumps_report_and_notes(released: Path) -> None:
    assert sorted(p.name for p in (released / "releases").iterdir()) == ["2026-11-26", "2026-11-27"]
    first = released / "releases" / "2026-11-26"
    assert {p.name for p in first.iterdir()} == DUMP_FILES | {"manifest.json", "release.json",
                                                             "validation-report.ttl"}
    meta = json.loads((first / "release.json").read_text())
    assert meta["counts"] == {"added": 2, "changed": 0, "withdrawn": 0, "records": 2}
    assert meta["previous"] is None and meta["position"] == 2
    later = json.loads((released / "releases" / "2026-11-27" / "release.json").read_text())
    assert later["counts"] == {"added": 1, "changed": 1, "withdrawn": 1, "records": 2}
    assert later["previous"] == "2026-11-26" and later["position"] == 5
    for name, meta_ in (("2026-11-26", meta), ("2026-11-27", later)):
        folder = released / "releases" / name
        for entry in meta_["files"]:  # the checksums and sizes stated are the files'
            data = (folder / entry["name"]).read_bytes()
            assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"])
        report = Graph().parse(folder / "validation-report.ttl", format="turtle")
        [node] = report.subjects(RDF.type, SH.ValidationReport)
        assert report.value(node, SH.conforms) == Literal(True)
        assert meta_["validation"]["conforms"] is True and meta_["validation"]["violations"] == 0
        report_bytes = (folder / "validation-report.ttl").read_bytes()
        assert meta_["validation"]["sha256"] == hashlib.sha256(report_bytes).hexdigest()


def test_the_same_data_is_not_released_twice(released: Path, capsys) -> None:
    capsys.readouterr()
    assert cli("release", "--store", str(released / "store"), "--date", "2026-11-28") == 0
    assert capsys.readouterr().out == ("nothing changed since release 2026-11-27: it already holds this data "
                                       "(/dumps/2026-11-27/)\n")
    assert sorted(p.name for p in (released / "releases").iterdir()) == ["2026-11-26", "2026-11-27"]


@pytest.fixture(scope="module")
def client(released: Path):
    settings = load_settings().with_overrides(base_uri=BASE, store=released / "store")
    store = open_store(settings.store)
    try:
        with TestClient(create_app(Site(settings, store, work_dir=released))) as served:
            yield served
            served.get("/void")  # the statistics thread is done before the store closes
    finally:
        store.close()


def test_dcat_lists_each_distribution_with_the_size_and_checksum_of_its_file(client: TestClient) -> None:
    answer = client.get("/dumps/2026-11-27/", headers={"Accept": "text/turtle"})
    assert answer.status_code == 200
    dcat = Graph().parse(data=answer.text, format="turtle")
    assert dcat.value(NEXT, DCAT.version) == Literal("2026-11-27")
    assert dcat.value(NEXT, ADMS.versionNotes) == Literal(
        "1 record added, 1 changed, 1 withdrawn since release 2026-11-26. 2 records in all. SHACL validation: "
        "0 violations, 0 warnings in 5 graphs.", lang="en")
    assert dcat.value(NEXT, DCAT.previousVersion) == FIRST
    distributions = list(dcat.objects(NEXT, DCAT.distribution))
    names = {str(dcat.value(d, DCAT.downloadURL)).rsplit("/", 1)[1] for d in distributions}
    assert names == {"council-lod.nq.gz", "council-lod.nt.gz", "council-lod.ttl.gz", "stockport.nt.gz"}
    for described in [*distributions, dcat.value(NEXT, DQV.hasQualityMetadata)]:
        url = str(dcat.value(described, DCAT.downloadURL) or described)
        served = client.get(url.removeprefix(BASE))
        assert served.status_code == 200, url
        assert served.headers["cache-control"] == "public, max-age=31536000, immutable"
        checksum = dcat.value(described, SPDX.checksum)
        assert dcat.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        assert str(dcat.value(checksum, SPDX.checksumValue)) == hashlib.sha256(served.content).hexdigest()
        assert int(dcat.value(described, DCAT.byteSize)) == len(served.content)


def test_the_dataset_names_its_releases_as_versions(client: TestClient) -> None:
    void = Graph().parse(data=client.get("/void", headers={"Accept": "text/turtle"}).text, format="turtle")
    assert set(void.objects(DATASET, DCAT.hasVersion)) == {FIRST, NEXT}
    assert void.value(FIRST, DCAT.version) == Literal("2026-11-26")
    assert str(void.value(FIRST, ADMS.versionNotes)).startswith("First release: 2 records added, 0 changed, "
                                                                 "0 withdrawn. 2 records in all.")
    assert (FIRST, DCTERMS.isVersionOf, DATASET) in void and void.value(FIRST, DCAT.previousVersion) is None
    feed = URIRef(f"{BASE}/void#changes")
    assert (DATASET, DCAT.distribution, feed) in void and void.value(feed, DCAT.accessURL) == URIRef(f"{BASE}/changes")
    index = client.get("/dumps/2026-11-26/", headers={"Accept": "application/json"}).json()
    assert index["release"] == "2026-11-26" and index["counts"]["added"] == 2
    assert {f["name"] for f in index["files"]} == DUMP_FILES
    assert client.get("/dumps/2026-11-26/", headers={"Accept": "text/html"}).text.count("<tr>") == len(DUMP_FILES) + 1
    assert client.get("/dumps/2026-12-01/").status_code == 404
    assert client.get("/dumps/2026-11-26/nothing.nt.gz").status_code == 404
