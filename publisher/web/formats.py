"""The one registry of output formats, and content negotiation over it.

Every interface (SPARQL results, resource documents, dumps) picks its format here: from a ``format=`` /
``output=`` parameter when given, else from ``Accept`` with q-values and wildcards. ``text/plain`` is
N-Triples, as the SPARQL and Linked Data tools that send it expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str  # short name used in format= and as the file extension
    media_type: str
    aliases: tuple[str, ...] = ()  # other media types and names that mean this format

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml", "trig"))
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type

    @property
    def oxigraph(self) -> ox.RdfFormat | ox.QueryResultsFormat:
        return OXIGRAPH[self.name]


TURTLE = Format("ttl", "text/turtle", ("turtle", "application/x-turtle"))
JSONLD = Format("jsonld", "application/ld+json", ("json-ld",))
RDFXML = Format("rdf", "application/rdf+xml", ("rdfxml", "rdf+xml", "xml-rdf"))
NTRIPLES = Format("nt", "application/n-triples", ("ntriples", "n-triples", "text/plain"))
NQUADS = Format("nq", "application/n-quads", ("nquads", "n-quads"))
TRIG = Format("trig", "application/trig")
HTML = Format("html", "text/html", ("application/xhtml+xml",))
RESULTS_JSON = Format("json", "application/sparql-results+json", ("application/json", "srj"))
RESULTS_XML = Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml", "srx"))
RESULTS_CSV = Format("csv", "text/csv")
RESULTS_TSV = Format("tsv", "text/tab-separated-values")
PLAIN_JSON = Format("json", "application/json")  # indexes and lists (/dumps/, /changes, releases) as plain JSON

GRAPH_FORMATS = (TURTLE, JSONLD, RDFXML, NTRIPLES, NQUADS, TRIG)
DOCUMENT_FORMATS = (HTML, TURTLE, JSONLD, RDFXML, NTRIPLES)  # what /doc/ pages offer
RESULT_FORMATS = (RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV)

OXIGRAPH: dict[str, ox.RdfFormat | ox.QueryResultsFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "rdf": ox.RdfFormat.RDF_XML,
    "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}


def by_name(name: str, offered: tuple[Format, ...]) -> Format | None:
    """A format named by short name, alias or media type (``json``, ``text/turtle``, ``turtle``)."""
    wanted = name.strip().lower().split(";")[0].strip()
    for fmt in offered:
        if wanted in (fmt.name, fmt.media_type, *fmt.aliases):
            return fmt
    return None


def parse_accept(header: str | None) -> tuple[tuple[str, float], ...]:
    """Media ranges of an Accept header, best first (q-value, then specificity, then order). A usual header is
    parsed once and remembered, since clients send a handful of distinct ones (parsing was 4 % of a computed
    /sparql lookup, bench/README.md); a long one is not kept."""
    return _parse_remembered(header) if header is None or len(header) <= 256 else _parse_accept(header)


@lru_cache(maxsize=512)
def _parse_remembered(header: str | None) -> tuple[tuple[str, float], ...]:
    return _parse_accept(header)


def _parse_accept(header: str | None) -> tuple[tuple[str, float], ...]:
    if not header or not header.strip():
        return (("*/*", 1.0),)
    ranges: list[tuple[float, int, int, str]] = []
    for order, part in enumerate(header.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        ranges.append((q, specificity, -order, media.lower()))
    ranges.sort(reverse=True)
    return tuple((media, q) for q, _, _, media in ranges)


def _matches(media_range: str, fmt: Format) -> bool:
    if media_range == "*/*":
        return True
    if media_range.endswith("/*"):
        return fmt.media_type.startswith(media_range[:-1])
    return media_range == fmt.media_type or media_range in fmt.aliases


def negotiate(accept: str | None, offered: tuple[Format, ...], default: Format) -> Format | None:
    """The offered format the client prefers most; ``default`` for wildcards; None when nothing fits. Remembered
    for usual headers, as ``parse_accept`` is."""
    if accept is None or len(accept) <= 256:
        return _negotiated(accept, offered, default)
    return _negotiate(accept, offered, default)


@lru_cache(maxsize=1024)
def _negotiated(accept: str | None, offered: tuple[Format, ...], default: Format) -> Format | None:
    return _negotiate(accept, offered, default)


def _negotiate(accept: str | None, offered: tuple[Format, ...], default: Format) -> Format | None:
    ranges = parse_accept(accept)
    refused = {fmt for fmt in offered for media, q in ranges
               if q == 0 and media != "*/*" and _matches(media, fmt)}
    wildcard_order = (default, *(fmt for fmt in offered if fmt != default))
    for media, q in ranges:
        if q == 0:
            continue
        candidates = wildcard_order if "*" in media else offered
        for fmt in candidates:
            if fmt not in refused and _matches(media, fmt):
                return fmt
    return None


def choose(params: list[str], accept: str | None, offered: tuple[Format, ...],
           default: Format) -> Format | None:
    """``format=``/``output=`` values first (repeats tolerated: the first one we offer wins), else Accept."""
    for value in params:
        fmt = by_name(value, offered)
        if fmt:
            return fmt
    if params:
        return None
    return negotiate(accept, offered, default)
