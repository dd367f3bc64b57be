"""Dump files against the data they were built from: every file holds exactly the store's data (the default
graph, each council's record graphs, every named graph), with the awkward cases a fast line-based build could
get wrong, and the bytes do not depend on how the store's export happens to be cut into writes, nor on whether
the quads were sorted in memory or merged from sorted runs on disk."""

from __future__ import annotations

import gzip
import io
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from publisher import dump_files
from publisher.dump_files import DumpSet, build_dumps
from publisher.namespaces import CL, SCHEMA
from publisher.settings import load_settings
from publisher.store import RecordStore
from publisher.store.embedded import EmbeddedStore

BASE = "http://example.org"
ALPHA_1, ALPHA_2 = f"{BASE}/graph/alpha/meeting/1", f"{BASE}/graph/alpha/meeting/2"
BETA_1, REGISTER = f"{BASE}/graph/beta/meeting/1", f"{BASE}/graph/reference/councils"
MEETING, OTHER = URIRef(f"{BASE}/id/alpha/meeting/1"), URIRef(f"{BASE}/id/alpha/meeting/2")
ODD_NAME = URIRef(str(CL) + "odd.name")  # in our namespace, but "odd.name" is no plain prefixed name
SHARED = (MEETING, RDF.type, CL.Meeting)  # in all three record graphs, written once per file


def record_graphs() -> dict[str, Graph]:
    first, second, third, register = Graph(), Graph(), Graph(), Graph()
    for graph in (first, second, third):
        graph.add(SHARED)
    first.add((MEETING, RDF.type, SCHEMA.Event))  # a second object of one predicate
    first.add((MEETING, CL.title, Literal('ends in " <http://x/g> .\nand holds _: too')))
    first.add((MEETING, CL.title, Literal("Réunion", lang="fr")))
    first.add((MEETING, CL.date, Literal(date(2024, 1, 31))))
    first.add((MEETING, CL.position, Literal(3)))
    first.add((MEETING, ODD_NAME, URIRef("http://schema.org/x/y")))
    first.add((MEETING, CL.attendee, BNode()))
    second.add((OTHER, CL.follows, MEETING))
    third.add((URIRef(f"{BASE}/id/beta"), CL.name, Literal("Beta")))
    register.add((URIRef(f"{BASE}/id/alpha"), CL.name, Literal("Alpha")))
    return {ALPHA_1: first, ALPHA_2: second, BETA_1: third, REGISTER: register}


class ExportInPieces:
    """A store whose export reaches the dump builder a few bytes at a time, cutting lines anywhere."""

    def __init__(self, store: RecordStore, size: int) -> None:
        self._store, self._size = store, size

    def export(self, fmt: str, out: BinaryIO) -> None:
        whole = io.BytesIO()
        self._store.export(fmt, whole)
        data = whole.getvalue()
        for start in range(0, len(data), self._size):
            out.write(data[start:start + self._size])

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)


def content(dumps: DumpSet, name: str) -> bytes:
    dump = dumps.file(name)
    assert dump is not None, name
    return gzip.decompress(dumps.path(dump).read_bytes())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[DumpSet, DumpSet, dict[str, Graph], DumpSet]:
    """The set built from the store as it exports, from the same export cut into 7-byte writes, and with
    sorted runs of three lines merged from disk (as a store of more than ``RUN_LINES`` quads is)."""
    graphs = record_graphs()
    store = EmbeddedStore(None)
    for iri, graph in graphs.items():
        store.replace_graph(iri, graph)
    settings = load_settings().with_overrides(base_uri=BASE)
    folder: Path = tmp_path_factory.mktemp("dumps")
    whole = build_dumps(store, settings, folder / "whole")
    pieces = build_dumps(ExportInPieces(store, 7), settings, folder / "pieces")  # type: ignore[arg-type]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dump_files, "RUN_LINES", 3)
        merged = build_dumps(store, settings, folder / "merged")
    return whole, pieces, graphs, merged


def test_the_bytes_do_not_depend_on_how_the_export_is_cut(built):
    whole, pieces, _, _ = built
    assert [(f.name, f.sha256) for f in whole.files] == [(f.name, f.sha256) for f in pieces.files]
    assert [f.name for f in whole.files] == [
        "council-lod.nq.gz", "council-lod.nt.gz", "council-lod.ttl.gz", "alpha.nt.gz", "beta.nt.gz"]


def test_the_default_graph_files_hold_the_union_once_sorted(built):
    dumps, _, graphs, _ = built
    union = Graph()
    for graph in graphs.values():
        union += graph
    text = content(dumps, "council-lod.nt.gz")
    lines = text.splitlines()
    assert lines == sorted(set(lines)) and text.count(b" <http://www.w3.org/1999/02/22-rdf") == 2
    assert len(lines) == len(union) == dumps.file("council-lod.nt.gz").triples  # type: ignore[union-attr]
    assert isomorphic(Graph().parse(data=text, format="nt"), union)
    turtle = content(dumps, "council-lod.ttl.gz")
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), union)
    assert b" a schema:Event , cl:Meeting ;" in turtle and b'"2024-01-31"^^xsd:date' in turtle
    assert f"<{ODD_NAME}> <http://schema.org/x/y>".encode() in turtle  # no prefixed name for these


def test_each_council_file_holds_its_record_graphs_and_nothing_else(built):
    dumps, _, graphs, _ = built
    for council, iris in (("alpha", (ALPHA_1, ALPHA_2)), ("beta", (BETA_1,))):
        expected = Graph()
        for iri in iris:
            expected += graphs[iri]
        lines = content(dumps, f"{council}.nt.gz").splitlines()
        assert lines == sorted(set(lines)) and len(lines) == len(expected)
        assert isomorphic(Graph().parse(data=b"\n".join(lines), format="nt"), expected), council


def test_the_quads_file_holds_every_named_graph(built):
    dumps, _, graphs, _ = built
    quads = Dataset().parse(data=content(dumps, "council-lod.nq.gz"), format="nquads")
    for iri, graph in graphs.items():
        assert isomorphic(quads.graph(URIRef(iri)), graph), iri
    assert dumps.file("council-lod.nq.gz").triples == sum(map(len, graphs.values()))  # type: ignore[union-attr]


def test_sorted_runs_merged_from_disk_give_the_same_bytes_and_leave_nothing_behind(built):
    whole, _, _, merged = built
    assert dump_files.RUN_LINES > 3
    assert [(f.name, f.triples, f.sha256) for f in whole.files] == [(f.name, f.triples, f.sha256) for f in merged.files]
    assert sorted(p.name for p in merged.folder.iterdir()) == sorted([f.name for f in merged.files] + ["manifest.json"])
