"""One record, one graph: a record is keyed by its source identity, so a changed copy replaces it; a record
with none that contradicts another record graph is ingested with a Warning naming both; a ``--council`` its
source URL contradicts is refused (issue 13, parts 5 and 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.cli import main
from publisher.ingest import Pipeline
from publisher.settings import Settings
from publisher.sources import read_record
from publisher.sources.page_text import page_address
from publisher.store import open_store, record_graphs
from publisher.store.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "data" / "records"
FOUNDING = RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt"
FOUNDING_URL = "https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&Opt=3"
BASE = "http://lod.test"
GRAPH_68785 = f"{BASE}/graph/stockport/issue-meetings/68785"
GRAPH_BY_TITLE = f"{BASE}/graph/stockport/issue-meetings/safer-stockport-partnership-priorities"
DECISION = f"{BASE}/id/stockport/decision/2017-12-04-communities-transport-scrutiny-committee-item-4-1"
ITEM = f"{BASE}/id/stockport/agenda-item/2017-12-04-communities-transport-scrutiny-committee-item-4"
NOTED = "RESOLVED – That the report be noted."
APPROVED = "RESOLVED – That the report be approved."


@pytest.fixture
def pipeline() -> Pipeline:
    """An in-memory store holding the founding record, ingested with its sidecar (source URL)."""
    pipeline = Pipeline(EmbeddedStore(None), Settings(base_uri=BASE))
    assert pipeline.run([FOUNDING], progress=False).count("landed") == 1
    return pipeline


def resolutions(store: EmbeddedStore) -> dict[str, str]:
    """Record graph → the decision text it states of the item's decision."""
    rows = store.query(f"SELECT ?g ?text WHERE {{ GRAPH ?g {{ <{DECISION}> <http://www.w3.org/ns/prov#value> "
                       f"?text }} }}")
    return {row["g"].value: row["text"].value for row in rows}  # type: ignore[attr-defined]


def changed_copy(folder: Path, name: str = "copy.txt") -> Path:
    """The founding record with its resolution edited, without its sidecar."""
    copy = folder / name
    copy.write_text(FOUNDING.read_text(encoding="utf-8").replace(NOTED, APPROVED), encoding="utf-8")
    return copy


def as_saved_html(text: str, head: str) -> str:
    """Page text as a saved HTML page (one paragraph a line), with ``head`` in its head."""
    paragraphs = "\n".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html>\n{head}\n<html><head><title>Issue</title></head><body>{paragraphs}</body></html>"


# -- the key rule ------------------------------------------------------------------------------------------


def test_a_changed_saved_page_without_sidecar_replaces_its_record(pipeline: Pipeline, tmp_path: Path) -> None:
    """The page states its own address (the browser's "saved from" comment): its IId keys the record."""
    page = tmp_path / "saved.html"
    text = FOUNDING.read_text(encoding="utf-8").replace(NOTED, APPROVED)
    page.write_text(as_saved_html(text, f"<!-- saved from url=(0068){FOUNDING_URL} -->"), encoding="utf-8")
    report = pipeline.run([page], progress=False)
    assert [(o.status, o.graph) for o in report.outcomes] == [("landed", GRAPH_68785)]
    assert not any("states a different" in str(w) for w in report.outcomes[0].warnings)
    assert record_graphs(pipeline.store.graphs()) == [GRAPH_68785]
    assert resolutions(pipeline.store) == {GRAPH_68785: "That the report be approved."}  # type: ignore[arg-type]


def test_the_canonical_link_states_the_page_address_too(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    head = '<link href="https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=68785&amp;Opt=3" rel=canonical>'
    page.write_text(as_saved_html(FOUNDING.read_text(encoding="utf-8"), head), encoding="utf-8")
    record = read_record(page)
    assert (record.source_id, record.source_url, record.named_key) == ("68785", FOUNDING_URL, False)


@pytest.mark.parametrize("head", [
    "",  # states nothing
    '<link rel="canonical" href="https://democracy.stockport.gov.uk/">',  # not a ModernGov page with ids
    '<meta property="og:url" content="ieIssueDetails.aspx?IId=68785">',  # not an absolute address
])
def test_a_page_without_its_own_address_is_keyed_by_name(head: str) -> None:
    assert page_address(as_saved_html("Issue - meetings", head).encode()) is None


def test_page_text_without_sidecar_is_keyed_by_name(tmp_path: Path) -> None:
    """Page text as copied prints no ModernGov id (data/records/): the last resort, names."""
    record = read_record(changed_copy(tmp_path))
    assert (record.source_id, record.source_url, record.named_key) == (
        "safer-stockport-partnership-priorities", None, True)
    assert read_record(FOUNDING).named_key is False


# -- no source identity: the conflict is a Warning naming both graphs ----------------------------------------


def test_a_conflicting_record_without_identity_is_a_warning_naming_both_graphs(pipeline: Pipeline,
                                                                                 tmp_path: Path) -> None:
    outcome = pipeline.ingest_file(changed_copy(tmp_path))
    assert (outcome.status, outcome.graph) == ("landed", GRAPH_BY_TITLE)
    conflicts = [w for w in outcome.warnings if "states a different" in w.message]
    assert [(w.severity, w.focus, w.path) for w in conflicts] == [
        ("Warning", ITEM, "https://w3id.org/council-lod/def#minutes"),
        ("Warning", DECISION, "http://www.w3.org/ns/prov#value"),
    ]
    decision = conflicts[1]
    assert f"record {GRAPH_BY_TITLE} states a different prov:value" in decision.message
    assert f"than record {GRAPH_68785} (\"That the report be noted.\"@en)" in decision.message
    assert decision.value == '"That the report be approved."@en'
    assert resolutions(pipeline.store) == {GRAPH_68785: "That the report be noted.",  # type: ignore[arg-type]
                                           GRAPH_BY_TITLE: "That the report be approved."}


def test_an_agreeing_record_without_identity_gives_no_warning(pipeline: Pipeline, tmp_path: Path) -> None:
    copy = tmp_path / "same.txt"
    copy.write_bytes(FOUNDING.read_bytes())
    outcome = pipeline.ingest_file(copy)
    assert (outcome.status, outcome.graph) == ("landed", GRAPH_BY_TITLE)
    assert not [w for w in outcome.warnings if "states a different" in w.message]


def test_the_conflict_is_listed_with_verbose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "store")
    assert main(["ingest", str(FOUNDING), "--store", store, "--base-uri", BASE]) == 0
    capsys.readouterr()
    assert main(["ingest", str(changed_copy(tmp_path)), "--store", store, "--base-uri", BASE, "-v"]) == 0
    captured = capsys.readouterr()
    assert "2 warnings" in captured.out
    assert f"<{DECISION}> (path prov:value): record {GRAPH_BY_TITLE} states a different prov:value of this " \
           f"thing than record {GRAPH_68785}" in captured.err


# -- --council against the source URL --------------------------------------------------------------------------


def test_a_council_the_source_url_contradicts_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "store")
    assert main(["ingest", str(FOUNDING), "--store", store, "--base-uri", BASE, "--council", "woking"]) == 1
    err = capsys.readouterr().err
    assert "--council woking (Woking) contradicts the record's source URL " + FOUNDING_URL in err
    assert "which is Stockport's (council stockport)" in err
    opened = open_store(store)
    try:
        assert record_graphs(opened.graphs()) == []
    finally:
        opened.close()


@pytest.mark.parametrize(("record", "council", "graph"), [
    (FOUNDING, "stockport", GRAPH_68785),  # agrees with the URL
    (FOUNDING, "E08000007", GRAPH_68785),  # the same council, by GSS code
    (None, "woking", f"{BASE}/graph/woking/issue-meetings/safer-stockport-partnership-priorities"),  # no URL
    (RECORDS / "lewes_eastbourne_issuedecisions_5323_two_decisions.txt", "eastbourne",
     f"{BASE}/graph/eastbourne/issue-decisions/5323"),  # a site the two councils share
])
def test_a_council_the_source_url_allows_is_accepted(record: Path | None, council: str, graph: str,
                                                      tmp_path: Path) -> None:
    path = record or changed_copy(tmp_path)
    pipeline = Pipeline(EmbeddedStore(None), Settings(base_uri=BASE), council=council)
    outcome = pipeline.ingest_file(path)
    assert (outcome.status, outcome.graph) == ("landed", graph), outcome.message


def test_the_conflict_check_works_on_a_remote_store(tmp_path: Path) -> None:
    """The same one query, over SPARQL 1.1 Protocol, on a real ``oxigraph serve``."""
    from tests.store.test_store_contract import OxigraphServer

    server = OxigraphServer()
    try:
        pipeline = Pipeline(open_store(server.location), Settings(base_uri=BASE))
        assert pipeline.run([FOUNDING], progress=False).count("landed") == 1
        outcome = pipeline.ingest_file(changed_copy(tmp_path))
        assert [(w.focus, w.path) for w in outcome.warnings if "states a different" in w.message] == [
            (ITEM, "https://w3id.org/council-lod/def#minutes"), (DECISION, "http://www.w3.org/ns/prov#value")]
    finally:
        server.stop()
