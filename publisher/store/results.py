"""Writing query results in the formats users ask for, with pyoxigraph's own serialisers."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from publisher.errors import PublisherError

SOLUTION_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}


def write_results(results: object, fmt: str | None, out: BinaryIO) -> None:
    """Serialise SELECT/ASK results (json, xml, csv, tsv) or CONSTRUCT/DESCRIBE triples (ttl, nt …)."""
    if isinstance(results, ox.QueryTriples):
        fmt = fmt or "ttl"
        if fmt not in GRAPH_FORMATS:
            raise PublisherError(f"a CONSTRUCT or DESCRIBE result cannot be written as {fmt}: "
                                 f"use one of {', '.join(GRAPH_FORMATS)}")
        results.serialize(out, format=GRAPH_FORMATS[fmt])
        return
    fmt = fmt or "tsv"
    if fmt not in SOLUTION_FORMATS:
        raise PublisherError(f"a SELECT or ASK result cannot be written as {fmt}: "
                             f"use one of {', '.join(SOLUTION_FORMATS)}")
    results.serialize(out, format=SOLUTION_FORMATS[fmt])  # type: ignore[attr-defined]
