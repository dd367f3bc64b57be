"""What the server says about itself: VoID + DCAT (built in ``web/dataset.py``), the vocabulary at its own IRIs,
and ``/health``.

- ``/.well-known/void`` and ``/void``: the dataset as a ``void:Dataset`` and ``dcat:Dataset``, its statistics
  (computed once per data version), one subset per council, the dumps and the SPARQL endpoint as
  distributions, the licences and the personal-data policy (docs/architecture.md §6).
- ``/def`` (and ``/ontology``): our vocabulary, ``https://w3id.org/council-lod/def#``, with its concept
  schemes; ``/def/{scheme}`` and ``/def/{scheme}/{concept}`` for one scheme or concept; ``/shapes``: the
  SHACL shapes; ``/context.jsonld``: the JSON-LD context. Their ETag is a hash of the files, not of the data.
- ``/health``: status, data version and triple count, without a scan per call.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from functools import cached_property
from pathlib import Path

from fastapi import Request
from fastapi.responses import Response
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from publisher.councils import REGISTER_ATTRIBUTION
from publisher.dump_files import DumpSet
from publisher.memory import release_free_memory
from publisher.namespaces import (
    ALIGNED,
    CL,
    CL_CONCEPTS,
    DCTERMS,
    ONTOLOGY_IRI,
    OWL,
    PREFIXES,
    RDF,
    RDFS,
    SKOS,
    prefixed_name,
)
from publisher.ontology_files import ONTOLOGY_DIR, SHAPES_DIR
from publisher.store.embedded import reading_apart
from publisher.web import html, openapi
from publisher.web.dataset import CC_BY_4, Statistics, compute_statistics, privacy_statement, void_graph
from publisher.web.formats import HTML, JSONLD, NTRIPLES, RDFXML, TURTLE, Format
from publisher.web.html import error_page
from publisher.web.http import negotiated, not_modified, validators
from publisher.web.site import Hooks, Site
from publisher.web.views import Interface, releases
from publisher.web.views.dumps import (
    DumpShelf,
    serialize,
)

VOID_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML, HTML)
SHAPES_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)
CONTEXT = ONTOLOGY_DIR / "context.jsonld"



class KeptStatistics:
    """The statistics of the current data version, kept between changes. They need full scans (1.9 s at
    100k triples), so a change computes them in the background; a VoID request waits for them."""

    def __init__(self) -> None:
        self.statistics: Statistics | None = None
        self._lock = threading.Lock()
        self._computing: threading.Thread | None = None

    def data_changed(self, site: Site) -> None:
        self._computing = threading.Thread(target=self.current, args=(site,), name="void-statistics", daemon=True)
        self._computing.start()

    def stop(self, site: Site) -> None:
        """Let a computation under way finish: the store may be closed right after the site stops."""
        if self._computing is not None:
            self._computing.join()

    def current(self, site: Site) -> Statistics:
        """The statistics of the data as it is now, computed at most once per version."""
        with self._lock:
            stats = self.statistics
            if stats is None or stats.version != site.version:
                with reading_apart(site.store):  # its scans leave the server's own handle as it was
                    stats = self.statistics = compute_statistics(site)
                release_free_memory()
            return stats

    def latest(self, site: Site) -> Statistics:
        """The newest statistics without waiting for a computation under way (for /health)."""
        return self.statistics or self.current(site)


# -- VoID -------------------------------------------------------------------------------------------------


def _void_html(site: Site, request: Request, stats: Statistics, dump_set: DumpSet | None) -> str:
    figures = (("Triples", stats.triples), ("Entities (things under /id/)", stats.entities),
               ("Distinct subjects", stats.distinct_subjects), ("Distinct objects", stats.distinct_objects),
               ("Properties", stats.properties), ("Classes", len(stats.classes)))
    dumped = {c.slug for c in stats.councils if dump_set and dump_set.file(f"{c.slug}.nt.gz")}
    return html.render(site, request, "void.html", stats=stats, figures=figures, dumped=dumped,
                       modified=site.last_modified, version=site.version, register=REGISTER_ATTRIBUTION,
                       privacy=privacy_statement(site.settings.contact_details),
                       classes=[(_curie(c), n) for c, n in sorted(stats.classes, key=lambda x: -x[1])],
                       properties=[(_curie(p), n) for p, n in sorted(stats.property_triples, key=lambda x: -x[1])])


def _curie(iri: str) -> str:
    """``schema:Event`` for ``http://schema.org/Event``; the IRI itself when no prefix we know fits."""
    return prefixed_name(iri, {**PREFIXES, **ALIGNED}) or iri


def void_response(request: Request, description: KeptStatistics, shelf: DumpShelf) -> Response:
    site = shelf.site
    dump_set = shelf.current

    def headers(fmt: Format) -> dict[str, str]:
        return {**validators(site, "void", fmt.name, dump_set.version if dump_set else "-",
                             site.settings.contact_details, releases.names(site)), "Cache-Control": "no-cache"}

    def render(fmt: Format) -> bytes:
        stats = description.current(site)
        return (_void_html(site, request, stats, dump_set).encode() if fmt is HTML
                else serialize(void_graph(site, stats, dump_set), fmt))

    return negotiated(request, VOID_FORMATS, TURTLE, headers, render)


# -- the vocabulary, shapes and context -------------------------------------------------------------------


@dataclass(frozen=True)
class VocabularyContent:
    version: str  # hash of the bytes parsed
    last_modified: str
    ontology: Graph  # ontology/*.ttl: the ontology and its concept schemes
    shapes: Graph
    context: bytes


def read_vocabulary() -> VocabularyContent:
    """Read the files once and parse those very bytes, so the version always names what is served."""
    ontology, shapes = sorted(ONTOLOGY_DIR.glob("*.ttl")), sorted(SHAPES_DIR.glob("*.ttl"))
    contents = {path: path.read_bytes() for path in (*ontology, *shapes, CONTEXT)}
    digest = hashlib.sha256()
    for path, data in contents.items():
        digest.update(path.name.encode() + b"\0" + data)

    def parse(paths: list[Path]) -> Graph:
        graph = Graph()
        for path in paths:
            graph.parse(data=contents[path], format="turtle")
        return graph

    return VocabularyContent(digest.hexdigest(), formatdate(max(p.stat().st_mtime for p in contents), usegmt=True),
                             parse(ontology), parse(shapes), contents[CONTEXT])


class VocabularyFiles:
    """``ontology/`` and ``shapes/`` as served: read at the first request, then kept with their renderings."""

    def __init__(self) -> None:
        self._rendered: dict[tuple[str, str], bytes] = {}

    @cached_property
    def content(self) -> VocabularyContent:
        return read_vocabulary()

    @property
    def ontology(self) -> Graph:
        return self.content.ontology

    @property
    def shapes(self) -> Graph:
        return self.content.shapes

    def headers(self, *parts: str) -> dict[str, str]:
        key = "|".join((self.content.version, *parts))
        return {"ETag": '"' + hashlib.sha256(key.encode()).hexdigest()[:24] + '"',
                "Last-Modified": self.content.last_modified, "Cache-Control": "public, max-age=3600"}

    def rendered(self, key: str, fmt: Format, make: Callable[[], bytes]) -> bytes:
        """Serialisations are cached: the files do not change while the server runs."""
        if (key, fmt.name) not in self._rendered:
            self._rendered[(key, fmt.name)] = make()
        return self._rendered[(key, fmt.name)]

    def concept_graph(self, iri: str, with_members: bool) -> Graph:
        """A concept's (or a scheme's) own triples; a scheme also brings its concepts."""
        graph = Graph()
        subjects = [URIRef(iri)]
        if with_members:
            subjects += sorted(self.ontology.subjects(SKOS.inScheme, URIRef(iri)))
        for subject in subjects:
            for p, o in self.ontology.predicate_objects(subject):
                graph.add((subject, p, o))
        return graph


def rdf_or_html(request: Request, files: VocabularyFiles, key: str, graph: Graph, offered: tuple[Format, ...],
                title: str, html: Callable[[], str] | None = None) -> Response:
    def render(fmt: Format) -> bytes:
        if fmt is HTML and html is not None:
            return files.rendered(key, fmt, lambda: html().encode())
        return files.rendered(key, fmt, lambda: serialize(graph, fmt))

    return negotiated(request, offered, TURTLE, lambda fmt: files.headers(key, fmt.name), render)


@dataclass(frozen=True)
class TermLink:
    """A term as people read it (``macros.html`` ``term_link``): a literal as text, our terms as links within the
    page, concepts to their pages, others as CURIEs linking out, an ``owl:unionOf`` class as "any of" its
    members."""

    text: str
    href: str | None = None
    any_of: tuple[TermLink, ...] = ()


def term_link(graph: Graph, node: Node, root: str) -> TermLink:
    if isinstance(node, Literal):
        return TermLink(str(node))
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        if members is None:
            return TermLink("(an anonymous class)")
        return TermLink("", any_of=tuple(term_link(graph, m, root) for m in Collection(graph, members)))
    iri = str(node)
    if iri.startswith(str(CL)):
        local = iri[len(str(CL)):]
        return TermLink(f"cl:{local}", f"#{local}")
    if iri.startswith(CL_CONCEPTS):
        return TermLink(iri, f"{root}/def/{iri[len(CL_CONCEPTS):]}")
    return TermLink(_curie(iri), iri)


TERM_FACETS = (("Subclass of", RDFS.subClassOf), ("Subproperty of", RDFS.subPropertyOf),
               ("Domain", RDFS.domain), ("Range", RDFS.range), ("Inverse of", OWL.inverseOf),
               ("Exact match", SKOS.exactMatch), ("Close match", SKOS.closeMatch),
               ("Equivalent class", OWL.equivalentClass), ("Equivalent property", OWL.equivalentProperty),
               ("See also", RDFS.seeAlso))


def _term(graph: Graph, term: URIRef, root: str) -> dict[str, object]:
    local = str(term)[len(str(CL)):]
    facets = [(label, [term_link(graph, o, root) for o in sorted(graph.objects(term, prop))])
              for label, prop in TERM_FACETS if (term, prop, None) in graph]
    return {"local": local, "label": str(graph.value(term, RDFS.label) or local),
            "comment": str(graph.value(term, RDFS.comment) or ""), "facets": facets}


def _concept(graph: Graph, concept: Node) -> dict[str, str]:
    return {"path": str(concept)[len(CL_CONCEPTS):], "label": str(graph.value(concept, SKOS.prefLabel) or concept),
            "definition": str(graph.value(concept, SKOS.definition) or "")}


def _ontology_html(site: Site, request: Request, graph: Graph) -> str:
    ontology = URIRef(ONTOLOGY_IRI)

    def terms(*kinds: URIRef) -> list[URIRef]:
        found = {s for kind in kinds for s in graph.subjects(RDF.type, kind)
                 if isinstance(s, URIRef) and str(s).startswith(str(CL))}
        return sorted(found)

    classes = terms(OWL.Class, RDFS.Class)
    properties = [p for p in terms(OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property) if p not in classes]
    schemes = sorted(s for s in graph.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef))
    return html.render(
        site, request, "vocabulary.html", title=str(graph.value(ontology, DCTERMS.title) or "Vocabulary"),
        namespace=str(CL), version=str(graph.value(ontology, OWL.versionInfo) or ""),
        about=str(graph.value(ontology, DCTERMS.description) or ""), licence=CC_BY_4,
        classes=[_term(graph, c, site.root) for c in classes],
        properties=[_term(graph, p, site.root) for p in properties],
        schemes=[{**_concept(graph, s), "concepts": [_concept(graph, c) for c in sorted(graph.subjects(
            SKOS.inScheme, s))]} for s in schemes])


def _concept_html(site: Site, request: Request, graph: Graph, iri: str) -> str:
    subject = URIRef(iri)
    rows = [(term_link(graph, p, site.root), term_link(graph, o, site.root))
            for p, o in sorted(graph.predicate_objects(subject))]
    concepts = [_concept(graph, c) for c in sorted(graph.subjects(SKOS.inScheme, subject))]
    return html.render(site, request, "concept.html", title=str(graph.value(subject, SKOS.prefLabel) or iri),
                       iri=iri, rows=rows, concepts=concepts)


# -- routes -----------------------------------------------------------------------------------------------


# What each route answers, for /openapi.json (publisher.web.openapi)
RDF_DOCS = {"responses": openapi.responses(VOID_FORMATS, 304, 406)}
CONCEPT_DOCS = {"responses": openapi.responses(VOID_FORMATS, 304, 404, 406)}
SHAPES_DOCS = {"responses": openapi.responses(SHAPES_FORMATS, 304, 406)}
CONTEXT_DOCS = {"responses": openapi.responses([JSONLD], 304)}
HEALTH_DOCS = {"responses": openapi.responses(["application/json"], schema={
    "type": "object", "required": ["status", "version"],
    "properties": {"status": {"type": "string"}, "version": {"type": "string"}}})}


def setup(site: Site, shelf: DumpShelf) -> Interface:
    """VoID, the vocabulary documents and /health (which name the current dumps, on ``shelf``); statistics are
    recomputed per data version."""
    description = KeptStatistics()
    files = VocabularyFiles()
    # Plain functions, run in the thread pool: statistics may take seconds after a change, and the first
    # request parses the vocabulary; neither may hold up the event loop.

    def void(request: Request) -> Response:
        return void_response(request, description, shelf)

    def ontology(request: Request) -> Response:
        return rdf_or_html(request, files, "def", files.ontology, VOID_FORMATS, "the vocabulary",
                           lambda: _ontology_html(site, request, files.ontology))

    def concept(request: Request, scheme: str, name: str | None = None) -> Response:
        iri = f"{CL_CONCEPTS}{scheme}" + (f"/{name}" if name else "")
        graph = files.concept_graph(iri, with_members=name is None)
        if len(graph) == 0:
            return error_page(site, request, 404, f"No concept scheme or concept {iri} in the vocabulary; see /def.")
        for prefix, ns in files.ontology.namespaces():
            graph.bind(prefix, ns)
        return rdf_or_html(request, files, iri, graph, VOID_FORMATS, iri,
                           lambda: _concept_html(site, request, graph, iri))

    def shapes(request: Request) -> Response:
        return rdf_or_html(request, files, "shapes", files.shapes, SHAPES_FORMATS, "the shapes")

    def context(request: Request) -> Response:
        headers = files.headers("context")
        cached = not_modified(request, headers)
        if cached is not None:
            return cached
        return Response(files.content.context, headers=headers, media_type=JSONLD.content_type)

    def health(request: Request) -> Response:
        stats = description.latest(site)  # right after a change, possibly the previous version's count
        dump_set = shelf.current
        body = {"status": "ok", "version": site.version, "triples": stats.triples,
                "triples_version": stats.version, "modified": site.last_modified,
                "dumps": dump_set.version if dump_set else None}
        return Response(json.dumps(body), media_type="application/json", headers={"Cache-Control": "no-store"})

    return Interface({"void": void, "ontology": ontology, "concept": concept, "shapes": shapes, "context": context,
                      "health": health}, Hooks(on_change=(description.data_changed,), on_stop=(description.stop,)))
