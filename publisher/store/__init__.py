"""Stores behind one small interface: replace a record graph atomically, query, export.

The embedded store (pyoxigraph on disk) is the default; a remote SPARQL 1.1 store can implement the same
protocol later. The default graph seen by queries is the union of all named graphs (records + reference).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Protocol

from rdflib import Graph

EXPORT_FORMATS = ("ttl", "nt", "nq", "trig")


class RecordStore(Protocol):
    def record_hash(self, graph: str) -> str | None:
        """The content hash stored in a record graph, or None if the graph is absent."""

    def replace_graph(self, graph: str, triples: Graph) -> None:
        """Put ``triples`` as the whole content of ``graph``, atomically: old or new, never a mix."""

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> object:
        """Run a SPARQL query; the default graph is the union of all graphs unless one is given."""

    def export(self, fmt: str, out: BinaryIO) -> None:
        """Write the whole dataset: ``ttl``/``nt`` as the union graph, ``nq``/``trig`` as named graphs."""

    def graphs(self) -> list[str]: ...

    def describe(self, iris: list[str]) -> list:
        """What DESCRIBE returns: each resource's own triples and the triples pointing at it."""

    def graph(self, graph: str) -> Graph:
        """One named graph's triples (empty if absent)."""

    def remove_graph(self, graph: str) -> None: ...

    def flush(self) -> None:
        """Make every change durable on disk."""

    def __len__(self) -> int: ...

    def close(self) -> None: ...


def record_graphs(graphs: list[str]) -> list[str]:
    """The graphs holding source records: not the council register nor our vocabulary."""
    return [g for g in graphs if "/graph/reference/" not in g and not g.endswith("/graph/vocabulary")]


def open_store(location: str | Path) -> RecordStore:
    """Open the store at ``location`` (a folder for the embedded store)."""
    from publisher.store.embedded import EmbeddedStore

    return EmbeddedStore(Path(location))
