"""The embedded store: Oxigraph (pyoxigraph) on disk. One process owns it (DESIGN.md §1)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from publisher.errors import PublisherError
from publisher.vocab import CL

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


# What a DESCRIBE returns, here and at /sparql: the resource's own triples and the triples pointing at it.
DESCRIBE_QUERY = ("CONSTRUCT {{ ?r ?p ?o . ?x ?q ?r }} WHERE {{ VALUES ?r {{ {values} }} "
                  "{{ ?r ?p ?o }} UNION {{ ?x ?q ?r }} }}")


def _forget(graph: str) -> str:
    """SPARQL update removing a named graph and, from the default graph, its triples no other graph has."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }} }} ;\n"
            f"DROP SILENT GRAPH <{graph}>")


class EmbeddedStore:
    """The default graph is kept equal to the union (an RDF merge, so no duplicate triples) of the named
    graphs, inside the same transaction that changes a named graph: queries see a set, as SPARQL says."""

    def __init__(self, path: Path | None) -> None:
        """Open (or create) the store at ``path``; ``None`` gives an in-memory store, for tests."""
        self.path = path
        try:
            if path is not None:
                path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as err:
            raise PublisherError(f"cannot open the store at {path}: {err}. Is another publisher process "
                                 f"(a running 'publisher serve') using it?") from err

    def record_hash(self, graph: str) -> str | None:
        found = self._store.quads_for_pattern(ox.NamedNode(graph), ox.NamedNode(str(CL.contentHash)), None,
                                              ox.NamedNode(graph))
        return next((q.object.value for q in found), None)

    def replace_graph(self, graph: str, triples: Graph) -> None:
        # One SPARQL update is one transaction in Oxigraph: the record's graph and the default graph
        # change together or not at all.
        body = triples.serialize(format="nt")
        self._store.update(f"{_forget(graph)} ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }} ;\n"
                           f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

    def describe(self, iris: list[str]) -> list[ox.Triple]:
        """The triples about each resource and the triples pointing at it, from the default graph."""
        values = " ".join(f"<{iri}>" for iri in iris)
        return list(self._store.query(DESCRIBE_QUERY.format(values=values)))

    def graph(self, graph: str) -> Graph:
        """One named graph as an rdflib Graph (empty if absent)."""
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        return Graph().parse(data=data, format="nt")

    def remove_graph(self, graph: str) -> None:
        self._store.update(_forget(graph))

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> object:
        options: dict[str, object] = {}
        if default_graphs is not None:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return self._store.query(sparql, **options)

    def export(self, fmt: str, out: BinaryIO) -> None:
        if fmt not in RDF_FORMATS:
            raise PublisherError(f"unknown export format {fmt!r}: use one of {', '.join(RDF_FORMATS)}")
        if fmt in ("nq", "trig"):  # the named graphs only: the default graph is their union
            named = (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))
            ox.serialize(named, out, format=RDF_FORMATS[fmt])
        else:
            self._store.dump(out, format=RDF_FORMATS[fmt], from_graph=ox.DefaultGraph())

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    def close(self) -> None:
        self.flush()
        del self._store
