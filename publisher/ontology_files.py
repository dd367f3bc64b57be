"""Our own vocabulary files (``ontology/``) and shapes (``shapes/``), read once for whoever needs them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph

from publisher.package_data import ONTOLOGY_DIR, SHAPES_DIR


def _parse(files: list[Path]) -> Graph:
    graph = Graph()
    for path in files:
        graph.parse(path, format="turtle")
    return graph


@cache
def _vocabulary() -> Graph:
    return _parse(sorted(ONTOLOGY_DIR.glob("*.ttl")))


def vocabulary_graph() -> Graph:
    """The ontology and SKOS concept schemes as one graph (a fresh copy the caller may change)."""
    copy = Graph()
    for triple in _vocabulary():
        copy.add(triple)
    return copy


@cache
def shapes_graph() -> Graph:
    return _parse(sorted(SHAPES_DIR.glob("*.ttl")))
