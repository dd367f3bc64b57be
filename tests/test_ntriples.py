"""The pipeline's N-Triples writer writes what Oxigraph writes, so hashes, checks and archives agree with the store."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef

from publisher import ntriples
from publisher.history import history_of
from publisher.store import record_graphs

XSD = "http://www.w3.org/2001/XMLSchema#"
S, P = URIRef("https://example.org/id/s"), URIRef("https://example.org/def#p")


def _oxigraph_line(literal: Literal) -> str:
    value = ox.Literal(str(literal), language=literal.language,
                       datatype=ox.NamedNode(literal.datatype) if literal.datatype else None)
    triple = ox.Triple(ox.NamedNode(S), ox.NamedNode(P), value)
    return ox.serialize([triple], format=ox.RdfFormat.N_TRIPLES).decode().rstrip("\n")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8")),
       kind=st.sampled_from(["plain", "en", "en-gb", "string", "integer", "date"]))
def test_a_literal_is_written_as_oxigraph_writes_it(text: str, kind: str) -> None:
    if kind in ("en", "en-gb"):
        literal = Literal(text, lang=kind)
    elif kind == "plain":
        literal = Literal(text)
    else:
        literal = Literal(text, datatype=URIRef(XSD + kind))
    assert ntriples.lines([(S, P, literal)]) == [_oxigraph_line(literal)]


def test_escapes_are_oxigraphs() -> None:
    line = ntriples.lines([(S, P, Literal('tab\there "quoted" back\\slash\nline\x01\x7f é'))])[0]
    assert line == (f'<{S}> <{P}> "tab\\there \\"quoted\\" back\\\\slash\\nline\\u0001\\u007F é" .')


def test_every_code_point_is_written_as_oxigraph_writes_it() -> None:
    """Hypothesis found U+FFFE only by chance; one literal holding every code point settles it each run."""
    text = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    literal = Literal(text)
    assert ntriples.lines([(S, P, literal)]) == [_oxigraph_line(literal)]


def test_iris_blank_nodes_and_quads() -> None:
    lines = ntriples.lines([(BNode("b1"), P, S), (S, P, Literal("x", datatype=URIRef(XSD + "string")))])
    assert lines == [f"_:b1 <{P}> <{S}> .", f'<{S}> <{P}> "x" .']
    assert ntriples.in_graph(lines, "https://example.org/graph/g") == [
        f"_:b1 <{P}> <{S}> <https://example.org/graph/g> .", f'<{S}> <{P}> "x" <https://example.org/graph/g> .']


def test_as_stored_gives_typed_literals_in_the_stores_canonical_form() -> None:
    stamp = Literal("2026-11-27T00:25:06+00:00", datatype=URIRef(XSD + "dateTime"))
    lines = ntriples.lines([(S, P, stamp), (S, P, Literal("b")), (S, P, Literal("a"))])
    assert ntriples.as_stored(lines) == (f'<{S}> <{P}> "2026-11-27T00:25:06Z"^^<{XSD}dateTime> .\n'
                                         f'<{S}> <{P}> "a" .\n<{S}> <{P}> "b" .\n').encode()


def test_as_stored_is_what_the_store_gives_back_whichever_lines_go_through_it() -> None:
    """Lines the store would write otherwise (a language tag not in lower case, a typed literal) go through it;
    the others (kept as written) mix with them in one sorted text, each line once."""
    triples = [(S, P, Literal("x", lang="EN-gb")), (S, P, Literal("007", datatype=URIRef(XSD + "integer"))),
               (S, P, Literal('said "^^<x> and "@EN')), (S, P, Literal("y", lang="en")), (S, P, Literal("y")),
               (S, P, Literal("y", datatype=URIRef(XSD + "string")))]
    lines = ntriples.lines(triples)
    store = ox.Store()
    store.load("\n".join(lines), format=ox.RdfFormat.N_TRIPLES)
    dumped = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    assert ntriples.as_stored(lines) == b"".join(sorted(dumped.splitlines(keepends=True)))
    assert ntriples.as_stored(lines) == (f'<{S}> <{P}> "7"^^<{XSD}integer> .\n'
                                         f'<{S}> <{P}> "said \\"^^<x> and \\"@EN" .\n'
                                         f'<{S}> <{P}> "x"@en-gb .\n<{S}> <{P}> "y" .\n<{S}> <{P}> "y"@en .\n').encode()


def test_triples_keep_a_set_in_insertion_order_and_give_a_graph() -> None:
    triples = ntriples.Triples()
    triples.add((S, P, Literal("b")))
    triples.add((S, P, Literal("a")))
    triples.add((S, P, Literal("b")))
    assert list(triples) == [(S, P, Literal("b")), (S, P, Literal("a"))]
    assert triples.value(S, P) == Literal("a") and triples.value(P, S) is None  # read from the latest
    assert triples.lines() == [f'<{S}> <{P}> "b" .', f'<{S}> <{P}> "a" .']
    triples.add((S, P, Literal("c")))  # kept in step with the triples once written
    assert triples.lines() == ntriples.lines(list(triples))
    triples.remove((S, P, Literal("b")))
    triples.remove((S, P, Literal("c")))
    assert len(triples) == 1 and (S, P, Literal("a")) in triples
    assert triples.lines() == [f'<{S}> <{P}> "a" .']
    graph = triples.graph({"ex": "https://example.org/def#"})
    assert isinstance(graph, Graph) and set(graph) == {(S, P, Literal("a"))}
    assert graph.namespace_manager.store.namespace("ex") == URIRef("https://example.org/def#")


def test_each_archived_version_is_the_graph_the_store_holds(bundled_store) -> None:
    """Ingest archives a record from the lines it wrote; the store's own dump of the graph is the same text."""
    history = history_of(bundled_store, "http://127.0.0.1:8000")
    records = record_graphs(bundled_store.graphs())
    assert len(records) >= 10
    for record in records:
        member = f"{record}#v{history._latest_of(record).count}"
        assert history.archive.get(member) == history.stored_ntriples(record), record


def test_blank_nodes_are_found_in_triples_read_once() -> None:
    assert ntriples.has_blank_nodes(iter([(S, P, Literal("a")), (S, P, BNode("b1"))]))
    assert ntriples.has_blank_nodes(iter([(BNode("b1"), P, S)]))
    assert not ntriples.has_blank_nodes(iter([(S, P, Literal("a")), (S, P, S)]))
