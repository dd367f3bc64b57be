"""The one small interface every store keeps (embedded, remote), and the names of its fixed graphs.

Kept apart from ``publisher.store`` (which opens a store by its location) so that the stores can import it
without importing the package that imports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, Protocol

from rdflib import Graph
from rdflib.term import Node

Triple = tuple[Node, Node, Node]  # a graph, a list of its triples: what a store writes takes either

EXPORT_FORMATS = ("ttl", "nt", "nq", "trig")
# The graph holding the settings the store's data depends on (``publisher.store.settings``): its IRI does not
# depend on the base, so it is found before the base is known. It is kept out of the default graph, of
# ``graphs()`` and of every export; a backup of the store carries it.
SETTINGS_GRAPH = "urn:x-council-lod:settings"


class RecordStore(Protocol):
    def record_hash(self, graph: str) -> str | None:
        """The content hash stored in a record graph, or None if the graph is absent."""

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Put ``triples`` as the whole content of ``graph``, atomically: old or new, never a mix."""

    def replace_and_note(self, graph: str, triples: Iterable[Triple], log: str, entries: Iterable[Triple]) -> None:
        """``replace_graph(graph, triples)`` and ``add_to_graph(log, entries)``: a record and its history event,
        in one request to a remote store."""

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> object:
        """Run a SPARQL query; the default graph is the union of all graphs unless one is given."""

    def export(self, fmt: str, out: BinaryIO) -> None:
        """Write the whole dataset: ``ttl``/``nt`` as the union graph, ``nq``/``trig`` as named graphs."""

    def graphs(self) -> list[str]:
        """The named graphs holding published data: every one but ``SETTINGS_GRAPH``."""

    def describe(self, iris: list[str]) -> list:
        """What DESCRIBE returns: each resource's own triples and the triples pointing at it."""

    def mentions(self, iri: str) -> bool:
        """Whether any triple of the default graph has ``iri`` as its subject or object."""

    def graph(self, graph: str) -> Graph:
        """One named graph's triples (empty if absent)."""

    def remove_graph(self, graph: str) -> None: ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction (one request to a remote store): the store settings and a
        rebase (``publisher.rebase``) change the store this way."""

    def add_to_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Add ``triples`` to ``graph`` (and to the default graph), keeping what it holds, in one transaction:
        the record history (``publisher.history``) only ever appends."""

    def flush(self) -> None:
        """Make every change durable on disk."""

    def __len__(self) -> int: ...

    def close(self) -> None: ...


def record_graphs(graphs: list[str]) -> list[str]:
    """The graphs holding source records: not the council register, our vocabulary nor the record history."""
    return [g for g in graphs if "/graph/reference/" not in g and g != SETTINGS_GRAPH
            and not g.endswith(("/graph/vocabulary", "/graph/history"))]
