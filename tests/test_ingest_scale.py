"""Ingest at scale: the shortcuts that make it fast give the same store, rosters and findings as the slow way."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef

from publisher import ingest, ntriples
from publisher.cli import main
from publisher.ingest import Pipeline, _check_with
from publisher.people import roster_for
from publisher.settings import load_settings
from publisher.store import open_store
from publisher.store.embedded import EmbeddedStore
from publisher.validate import Validator, check_store, findings_from_report

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "data" / "records"
FOUNDING = RECORDS / "stockport_issue_68785_ssp_priorities_cts.txt"
EX = "http://example.org/"


def _people(roster: list) -> set[tuple]:
    return {(p.name, p.honorific, p.source_id, frozenset(p.terms)) for p in roster}


def test_rosters_kept_during_a_run_equal_the_store_read_afresh(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    pipeline = Pipeline(store, load_settings())
    assert pipeline.run([RECORDS]).count("landed") == 10
    base = pipeline.settings.base_uri
    councils = list(pipeline.rosters._people)
    assert councils  # the run read (and then kept) some council's roster
    for council in councils:
        assert _people(pipeline.rosters.of(council)) == _people(roster_for(store, base, council))
    assert any(pipeline.rosters.of(council) for council in councils)
    store.close()


def test_a_long_run_writes_the_store_out_as_it_goes(tmp_path: Path, monkeypatch) -> None:
    """Unflushed, Oxigraph kept gigabytes of written triples in memory on a long ingest (bench/README.md)."""
    monkeypatch.setattr(ingest, "FLUSH_EVERY", 300)
    store = open_store(tmp_path / "store")
    flushed_at: list[int] = []
    flush = store.flush
    monkeypatch.setattr(store, "flush", lambda: (flushed_at.append(len(store)), flush()))
    report = Pipeline(store, load_settings()).run([RECORDS])
    assert report.count("landed") == 10 and report.triples > 3 * 300
    assert len(flushed_at) >= 4 and flushed_at[-1] == len(store)  # along the way, then once at the end
    assert flushed_at == sorted(flushed_at) and flushed_at[0] < len(store)
    store.close()


def test_a_new_graph_lands_in_its_graph_and_the_default_graph_with_blank_nodes_of_its_own() -> None:
    store = EmbeddedStore(None)
    triples = Graph()
    node = BNode()
    triples.add((URIRef(EX + "s"), URIRef(EX + "p"), node))
    triples.add((node, URIRef(EX + "label"), Literal("x", lang="en")))
    store.replace_graph(EX + "g1", triples)
    store.replace_graph(EX + "g2", triples)  # as INSERT DATA would: a blank node per write, not shared
    default = list(store._store.quads_for_pattern(None, ox.NamedNode(EX + "label"),
                                                  None, ox.DefaultGraph()))
    assert len(default) == 2 and len({q.subject for q in default}) == 2
    assert len(store.graph(EX + "g1")) == 2
    replacement = Graph()
    replacement.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal(1)))
    store.replace_graph(EX + "g1", replacement)  # an existing graph: its old triples leave the default graph
    assert len(list(store._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 3
    assert len(store.graph(EX + "g1")) == 1


def test_the_council_triples_join_a_record_for_its_check_only() -> None:
    validator = Validator()
    record, register = Graph(), Graph()
    council = URIRef(EX + "council")
    record.add((council, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                URIRef("https://w3id.org/council-lod/def#Council")))
    register.add((council, URIRef("https://w3id.org/council-lod/def#gssCode"), Literal("X1")))
    findings = _check_with(validator, ntriples.lines(record), ntriples.lines(register))
    assert any("GSS code" in f.message and f.value == '"X1"' for f in findings)  # the check saw the code
    assert not any(f.value == '"X1"' for f in validator.check(record))  # the record alone has no code


def test_a_record_checked_as_text_has_the_findings_it_has_as_a_graph(bundled_store) -> None:
    """The pipeline hands the engine N-Triples text; ``publisher validate`` hands it graphs."""
    validator = Validator()
    checked = 0
    for iri in bundled_store.graphs():
        graph = bundled_store.graph(iri)
        if ntriples.has_blank_nodes(graph):
            continue
        as_text = validator.check("\n".join(ntriples.lines(graph)))
        assert [str(f) for f in as_text] == [str(f) for f in validator.check(graph)], iri
        checked += 1
    assert checked > 10


class _Pyshacl(Validator):
    """The reference engine, pyshacl itself, behind the same interface."""

    def report_graph(self, data: Graph) -> Graph:
        return pyshacl.validate(data, shacl_graph=self.shapes, inference="none", allow_warnings=True)[1]


def test_the_engine_finds_what_pyshacl_finds(bundled_store) -> None:
    validator = Validator()
    reference = _Pyshacl(validator.shapes)
    ours, theirs = check_store(bundled_store, validator), check_store(bundled_store, reference)
    assert ours.checked == theirs.checked > 10
    for graph, found in theirs.findings.items():
        assert [str(f) for f in ours.findings[graph]] == [str(f) for f in found], graph


def test_the_engine_finds_what_pyshacl_finds_in_a_broken_record() -> None:
    validator = Validator()
    data = Graph().parse(data=f"""
        @prefix cl: <https://w3id.org/council-lod/def#> . @prefix schema: <http://schema.org/> .
        <{EX}council> a cl:Council ; cl:gssCode "X1", "E08000007" ; schema:foundingDate "31/02/2017" .
        <{EX}meeting> a cl:Meeting ; schema:startDate "soon" .""", format="turtle")
    reference = pyshacl.validate(data, shacl_graph=validator.shapes, inference="none", allow_warnings=True)[1]
    expected = [str(f) for f in findings_from_report(reference, validator._messages)]
    assert len(expected) > 3 and [str(f) for f in validator.check(data)] == expected


def test_progress_bar_shows_rate_and_time_left(tmp_path: Path, capsys) -> None:
    assert main(["ingest", str(FOUNDING), "--store", str(tmp_path / "store"), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "ingest:" in err and "record/s" in err and "<" in err  # elapsed<left, rate


def test_an_interrupted_run_resumes_where_it_stopped(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    first = sorted(RECORDS.glob("stockport_*.txt"))
    Pipeline(store, load_settings()).run([path for path in first if not path.name.endswith(".source.txt")][:1])
    report = Pipeline(store, load_settings()).run([RECORDS])
    assert (report.count("unchanged"), report.count("landed")) == (1, 9)
    store.close()
