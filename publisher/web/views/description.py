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
from html import escape
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from publisher.councils import REGISTER_ATTRIBUTION
from publisher.dump_files import DumpSet
from publisher.memory import release_free_memory
from publisher.namespaces import (
    CL,
    CL_CONCEPTS,
    DCTERMS,
    OGL_V3,
    ONTOLOGY_IRI,
    OWL,
    PREFIXES,
    RDF,
    RDFS,
    SKOS,
    prefixed_name,
)
from publisher.ontology_files import ONTOLOGY_DIR, SHAPES_DIR
from publisher.web import openapi
from publisher.web.dataset import CC_BY_4, Statistics, compute_statistics, privacy_statement, void_graph
from publisher.web.formats import HTML, JSONLD, NTRIPLES, RDFXML, TURTLE, Format
from publisher.web.http import error, negotiated, not_modified, site_of, validators
from publisher.web.site import Hooks, Site
from publisher.web.views import releases
from publisher.web.views.dumps import (
    DumpShelf,
    serialize,
)
from publisher.web.views.pages import html_page

VOID_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML, HTML)
SHAPES_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)
CONTEXT = ONTOLOGY_DIR / "context.jsonld"
ALIGNED = {  # vocabularies the ontology aligns with, for readable names on its page
    "eli": "http://data.europa.eu/eli/ontology#", "eli-dl": "http://data.europa.eu/eli/eli-draft-legislation-ontology#",
    "popolo": "http://www.popoloproject.com/specs/", "vann": "http://purl.org/vocab/vann/",
    "spdx": "http://spdx.org/rdf/terms#",
}



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
                stats = self.statistics = compute_statistics(site)
                release_free_memory()
            return stats

    def latest(self, site: Site) -> Statistics:
        """The newest statistics without waiting for a computation under way (for /health)."""
        return self.statistics or self.current(site)


# -- VoID -------------------------------------------------------------------------------------------------


def _void_html(site: Site, stats: Statistics, dump_set: DumpSet | None) -> str:
    rows = "".join(f"<tr><th>{escape(label)}</th><td class=n>{value:,}</td></tr>" for label, value in (
        ("Triples", stats.triples), ("Entities (things under /id/)", stats.entities),
        ("Distinct subjects", stats.distinct_subjects), ("Distinct objects", stats.distinct_objects),
        ("Properties", stats.properties), ("Classes", len(stats.classes))))
    councils = "".join(
        f"<li><a href=\"{escape(c.iri)}\">{escape(c.name)}</a>: {c.triples:,} triples"
        + (f", <a href=\"{site.root}/dumps/{escape(c.slug)}.nt.gz\">dump</a>" if dump_set and
           dump_set.file(f"{c.slug}.nt.gz") else "") + "</li>" for c in stats.councils)
    classes = "".join(f"<tr><td><code>{escape(_curie(c))}</code></td><td class=n>{n:,}</td></tr>"
                      for c, n in sorted(stats.classes, key=lambda x: -x[1]))
    props = "".join(f"<tr><td><code>{escape(_curie(p))}</code></td><td class=n>{n:,}</td></tr>"
                    for p, n in sorted(stats.property_triples, key=lambda x: -x[1]))
    example = (f"<p>Example: <a href=\"{escape(stats.example)}\">{escape(stats.example)}</a></p>"
               if stats.example else "")
    body = f"""<p>A VoID and DCAT description of this dataset; as <a href="?format=ttl">Turtle</a>,
<a href="?format=jsonld">JSON-LD</a>, <a href="?format=nt">N-Triples</a>, <a href="?format=rdf">RDF/XML</a>.
Data last modified {escape(site.last_modified)}; version <code>{escape(site.version)}</code>.</p>
<p>Licence: <a href="{OGL_V3}">Open Government Licence v3.0</a>; the council register is
{escape(REGISTER_ATTRIBUTION)}, and the vocabulary is CC BY 4.0.</p>
<p>Query it at <a href="{site.root}/sparql">{site.root}/sparql</a>; download it from
<a href="{site.root}/dumps/">{site.root}/dumps/</a>.
Things are named under <code>{escape(site.base)}/id/</code>.</p>
{example}
<h2>Personal data</h2><p>{escape(privacy_statement(site.settings.contact_details))}</p>
<h2>Statistics</h2><table>{rows}</table>
<h2>Councils</h2><ul>{councils}</ul>
<h2>Vocabularies</h2><ul>{"".join(f"<li><code>{escape(v)}</code></li>" for v in stats.vocabularies)}</ul>
<h2>Classes</h2><table><tr><th>Class</th><th>Entities</th></tr>{classes}</table>
<h2>Properties</h2><table><tr><th>Property</th><th>Triples</th></tr>{props}</table>"""
    return html_page(site.root, "About this dataset (VoID)", body)


def _curie(iri: str) -> str:
    """``schema:Event`` for ``http://schema.org/Event``; the IRI itself when no prefix we know fits."""
    return prefixed_name(iri, {**PREFIXES, **ALIGNED}) or iri


def void_response(request: Request, description: KeptStatistics, shelf: DumpShelf) -> Response:
    site = site_of(request)
    dump_set = shelf.current

    def headers(fmt: Format) -> dict[str, str]:
        return {**validators(site, "void", fmt.name, dump_set.version if dump_set else "-",
                             site.settings.contact_details, releases.names(site)), "Cache-Control": "no-cache"}

    def render(fmt: Format) -> bytes:
        stats = description.current(site)
        return (_void_html(site, stats, dump_set).encode() if fmt is HTML
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


def _term_link(graph: Graph, node: Node, root: str) -> str:
    """A term as people read it: a literal as text, our terms as links within the page, others as CURIEs
    linking out, and an anonymous ``owl:unionOf`` class as "any of" its members."""
    if isinstance(node, Literal):
        return escape(str(node))
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        if members is None:
            return "(an anonymous class)"
        return "any of " + ", ".join(_term_link(graph, m, root) for m in Collection(graph, members))
    iri = str(node)
    if iri.startswith(str(CL)):
        local = iri[len(str(CL)):]
        return f"<a href=\"#{escape(local)}\"><code>cl:{escape(local)}</code></a>"
    if iri.startswith(CL_CONCEPTS):
        return f"<a href=\"{root}/def/{escape(iri[len(CL_CONCEPTS):])}\"><code>{escape(iri)}</code></a>"
    return f"<a href=\"{escape(iri)}\"><code>{escape(_curie(iri))}</code></a>"


TERM_FACETS = (("Subclass of", RDFS.subClassOf), ("Subproperty of", RDFS.subPropertyOf),
               ("Domain", RDFS.domain), ("Range", RDFS.range), ("Inverse of", OWL.inverseOf),
               ("Exact match", SKOS.exactMatch), ("Close match", SKOS.closeMatch),
               ("Equivalent class", OWL.equivalentClass), ("Equivalent property", OWL.equivalentProperty),
               ("See also", RDFS.seeAlso))


def _term_html(graph: Graph, term: URIRef, root: str) -> str:
    local = str(term)[len(str(CL)):]
    facts = "".join(
        f"<dt>{label}</dt><dd>{', '.join(_term_link(graph, o, root) for o in sorted(graph.objects(term, prop)))}</dd>"
        for label, prop in TERM_FACETS if (term, prop, None) in graph)
    comment = graph.value(term, RDFS.comment)
    return (f"<section id=\"{escape(local)}\"><h3>{escape(str(graph.value(term, RDFS.label) or local))} "
            f"<code>cl:{escape(local)}</code></h3><p>{escape(str(comment or ''))}</p><dl>{facts}</dl></section>")


def _ontology_html(graph: Graph, root: str) -> str:
    ontology = URIRef(ONTOLOGY_IRI)

    def terms(*kinds: URIRef) -> list[URIRef]:
        found = {s for kind in kinds for s in graph.subjects(RDF.type, kind)
                 if isinstance(s, URIRef) and str(s).startswith(str(CL))}
        return sorted(found)

    classes = terms(OWL.Class, RDFS.Class)
    properties = [p for p in terms(OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property) if p not in classes]
    schemes = sorted(s for s in graph.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef))
    scheme_html = "".join(
        f"<section><h3><a href=\"{root}/def/{escape(str(s)[len(CL_CONCEPTS):])}\">"
        f"{escape(str(graph.value(s, SKOS.prefLabel) or s))}</a></h3>"
        f"<p>{escape(str(graph.value(s, SKOS.definition) or ''))}</p><ul>"
        + "".join(f"<li><a href=\"{root}/def/{escape(str(c)[len(CL_CONCEPTS):])}\">"
                  f"{escape(str(graph.value(c, SKOS.prefLabel) or c))}</a>: "
                  f"{escape(str(graph.value(c, SKOS.definition) or ''))}</li>"
                  for c in sorted(graph.subjects(SKOS.inScheme, s)))
        + "</ul></section>" for s in schemes)
    version = escape(str(graph.value(ontology, OWL.versionInfo) or ""))
    about = escape(str(graph.value(ontology, DCTERMS.description) or ""))
    body = f"""<p><code>{escape(str(CL))}</code> (prefix <code>cl:</code>), version {version}. {about}</p>
<p>As <a href="?format=ttl">Turtle</a>, <a href="?format=jsonld">JSON-LD</a>, <a href="?format=rdf">RDF/XML</a>,
<a href="?format=nt">N-Triples</a>. Also: the <a href="{root}/shapes">SHACL shapes</a> and the
<a href="{root}/context.jsonld">JSON-LD context</a>. Licence: <a href="{CC_BY_4}">CC BY 4.0</a>.</p>
<p>{len(classes)} classes, {len(properties)} properties, {len(schemes)} concept schemes.</p>
<h2>Classes</h2>{"".join(_term_html(graph, c, root) for c in classes)}
<h2>Properties</h2>{"".join(_term_html(graph, p, root) for p in properties)}
<h2>Concept schemes</h2>{scheme_html}"""
    return html_page(root, str(graph.value(ontology, DCTERMS.title) or "Vocabulary"), body)


def _resource_html(graph: Graph, iri: str, root: str) -> str:
    subject = URIRef(iri)
    rows = "".join(f"<tr><th>{_term_link(graph, p, root)}</th><td>{_term_link(graph, o, root)}</td></tr>"
                   for p, o in sorted(graph.predicate_objects(subject)))
    members = sorted(s for s in graph.subjects(SKOS.inScheme, subject))
    listing = "".join(f"<li><a href=\"{root}/def/{escape(str(c)[len(CL_CONCEPTS):])}\">"
                      f"{escape(str(graph.value(c, SKOS.prefLabel) or c))}</a></li>" for c in members)
    label = graph.value(subject, SKOS.prefLabel) or iri
    body = (f"<p><code>{escape(iri)}</code> · as <a href=\"?format=ttl\">Turtle</a>, "
            f"<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"{root}/def\">the whole vocabulary</a></p>"
            f"<table>{rows}</table>" + (f"<h2>Concepts</h2><ul>{listing}</ul>" if listing else ""))
    return html_page(root, str(label), body)


# -- routes -----------------------------------------------------------------------------------------------


def setup(app: FastAPI, site: Site, shelf: DumpShelf) -> Hooks:
    """Register VoID, the vocabulary documents and /health (which name the current dumps, on ``shelf``);
    statistics are recomputed per data version."""
    description = KeptStatistics()
    files = VocabularyFiles()
    methods = ["GET", "HEAD"]
    # Plain functions, run in the thread pool: statistics may take seconds after a change, and the first
    # request parses the vocabulary; neither may hold up the event loop.

    def void(request: Request) -> Response:
        return void_response(request, description, shelf)

    def ontology(request: Request) -> Response:
        return rdf_or_html(request, files, "def", files.ontology, VOID_FORMATS, "the vocabulary",
                           lambda: _ontology_html(files.ontology, site.root))

    def concept(request: Request, scheme: str, name: str | None = None) -> Response:
        iri = f"{CL_CONCEPTS}{scheme}" + (f"/{name}" if name else "")
        graph = files.concept_graph(iri, with_members=name is None)
        if len(graph) == 0:
            return error(404, f"No concept scheme or concept {iri} in the vocabulary; see /def.")
        for prefix, ns in files.ontology.namespaces():
            graph.bind(prefix, ns)
        return rdf_or_html(request, files, iri, graph, VOID_FORMATS, iri, lambda: _resource_html(graph, iri, site.root))

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

    # What each route answers, for /openapi.json (publisher.web.openapi)
    rdf_docs = {"response_class": Response, "responses": openapi.responses(VOID_FORMATS, 304, 406)}
    concepts = {"response_class": Response, "responses": openapi.responses(VOID_FORMATS, 304, 404, 406)}
    for path in ("/.well-known/void", "/void"):
        app.add_api_route(path, void, methods=methods, summary="VoID + DCAT description of the dataset", **rdf_docs)
    for path in ("/def", "/ontology"):
        app.add_api_route(path, ontology, methods=methods, summary="The Council LOD vocabulary", **rdf_docs)
    app.add_api_route("/def/{scheme}", concept, methods=methods, summary="A concept scheme of the vocabulary",
                      **concepts)
    app.add_api_route("/def/{scheme}/{name}", concept, methods=methods, summary="A concept of the vocabulary",
                      **concepts)
    app.add_api_route("/shapes", shapes, methods=methods, summary="The SHACL shapes records must satisfy",
                      response_class=Response, responses=openapi.responses(SHAPES_FORMATS, 304, 406))
    app.add_api_route("/context.jsonld", context, methods=methods, summary="The JSON-LD context of the data",
                      response_class=Response, responses=openapi.responses([JSONLD], 304))
    app.add_api_route("/health", health, methods=methods, summary="Status, data version and triple count",
                      response_class=Response, responses=openapi.responses(["application/json"], schema={
                          "type": "object", "required": ["status", "version"],
                          "properties": {"status": {"type": "string"}, "version": {"type": "string"}}}))
    return Hooks(on_change=(description.data_changed,), on_stop=(description.stop,))
