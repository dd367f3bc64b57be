"""Cool URIs (docs/architecture.md §3): ``/id/…`` names a thing and answers 303 See Other to the document about it that
the client accepts; ``/doc/…`` is that document, in HTML for people or in RDF.

The RDF document is exactly the thing's DESCRIBE (its own triples and the triples pointing at it, from
``store.describe``, which the SPARQL endpoint's DESCRIBE uses too) plus four triples about the document
itself (primary topic, licence, modification time), so a Linked Data client that dereferences an ``/id/``
IRI gets what a SPARQL DESCRIBE of it gives. Record graphs (``/graph/…``) dereference to their content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from typing import TypeVar

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from publisher import __version__
from publisher.namespaces import DCTERMS, FOAF, OGL_V3, PREFIXES, RDF, XSD
from publisher.query.pool import QueryPool
from publisher.query.remote import RemoteQueries
from publisher.rdf import graph_at, thing_at
from publisher.store.embedded import EmbeddedStore
from publisher.web.formats import (
    DOCUMENT_FORMATS,
    GRAPH_FORMATS,
    HTML,
    NQUADS,
    TRIG,
    TURTLE,
    Format,
    choose,
)
from publisher.web.html import not_found
from publisher.web.http import negotiated, not_acceptable, not_modified, validators
from publisher.web.site import Hooks, Site
from publisher.web.views import Interface, OwnersAnswer, changes, pages
from publisher.web.views.changes import ChangeFeed

T = TypeVar("T")
# Our keys are slugs ([a-z0-9-], council slugs may hold a dot); anything else cannot name one of our things,
# and refusing it keeps request text out of the SPARQL we write.
SAFE_PATH = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*")
BY_EXTENSION = {fmt.name: fmt for fmt in DOCUMENT_FORMATS}
PREFIX_MAP = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def thing_iri(site: Site, path: str) -> str | None:
    """The IRI ``/id/{path}`` names, or None when the path cannot be one of ours."""
    return thing_at(site.base, path) if SAFE_PATH.fullmatch(path) else None


def without_trailing_slash(site: Site, request: Request, route: str, path: str) -> Response | None:
    """A 301 to the same address without the slash people type after it ("/id/stockport/"): no IRI of ours ends
    in one, so the address can only mean the one before it."""
    if not path.endswith("/") or not path.strip("/"):
        return None
    query = f"?{request.url.query}" if request.url.query else ""
    return Response(status_code=301, headers={"Location": f"{site.root}/{route}/{path.rstrip('/')}{query}"})


def exists(site: Site, iri: str) -> bool:
    """Whether the store has any triple about the resource or pointing at it (index lookups in the embedded
    store, not a SPARQL ASK: 12x faster, bench/README.md)."""
    return site.store.mentions(iri)


def split_extension(path: str) -> tuple[str, Format | None]:
    """``stockport/meeting/x.ttl`` → (``stockport/meeting/x``, Turtle); no known extension → (path, None)."""
    stem, dot, ext = path.rpartition(".")
    if dot and ext in BY_EXTENSION and "/" not in ext:
        return stem, BY_EXTENSION[ext]
    return path, None


# The terms every document uses, made once (rdflib's namespace lookups cost more than the rest of the triples)
A, DOCUMENT, PRIMARY_TOPIC = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(FOAF.Document)), ox.NamedNode(
    str(FOAF.primaryTopic))
LICENSE, LICENCE, MODIFIED = ox.NamedNode(str(DCTERMS.license)), ox.NamedNode(OGL_V3), ox.NamedNode(
    str(DCTERMS.modified))
DATE_TIME = ox.NamedNode(str(XSD.dateTime))


@lru_cache(maxsize=4)
def _modified_literal(modified: datetime) -> ox.Literal:
    return ox.Literal(modified.astimezone(UTC).isoformat().replace("+00:00", "Z"), datatype=DATE_TIME)


def document_triples(site: Site, stem: str) -> list[ox.Triple]:
    """What the document says about itself: its primary topic, its licence, when its data last changed."""
    doc = ox.NamedNode(f"{site.base}/doc/{stem}")
    return [
        ox.Triple(doc, A, DOCUMENT),
        ox.Triple(doc, PRIMARY_TOPIC, ox.NamedNode(thing_at(site.base, stem))),
        ox.Triple(doc, LICENSE, LICENCE),
        ox.Triple(doc, MODIFIED, _modified_literal(site.modified)),
    ]


def serialize(triples: list[ox.Triple], fmt: Format) -> bytes:
    prefixes = PREFIX_MAP if fmt.name in ("ttl", "rdf", "trig") else None
    return ox.serialize(triples, format=fmt.oxigraph, prefixes=prefixes)  # type: ignore[arg-type]


def alternates(site: Site, stem: str, current: Format) -> str:
    """The Link header naming every other format of the document."""
    root = site.root
    return ", ".join(f'<{root}/doc/{stem}.{fmt.name}>; rel="alternate"; type="{fmt.media_type}"'
                     for fmt in DOCUMENT_FORMATS if fmt != current)


def page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 1_000_000 else 1


async def on_store(site: Site, lookup: Callable[..., T], *args: object) -> T:
    """Run ``lookup`` on the embedded store right here on the event loop: its index lookups take microseconds,
    less than handing them to a thread and back (which doubled the requests/s of /doc/, bench/README.md). A
    remote store waits on the network, so its lookups go to a thread.

    Why a dereference needs neither a query worker nor the time limit that /sparql has: the limit is there
    for work the client chooses (a query's joins, its scans, its sorts can cost anything for a few bytes of
    text), and it needs a process to kill because pyoxigraph cannot stop a query. A dereference chooses
    nothing: the path names one IRI (``SAFE_PATH``, never query text), and ``describe`` reads it by two index
    lookups (subject, object) whose work is proportional to the document written, so the most it can cost is
    the largest document the data holds (at 1 M triples, a council's 1,154 triples: 2.8 ms with its Turtle,
    against a /sparql limit of 10 s), and the answer cache keeps it after its first request. Sending it to a
    worker instead would add a pool round trip (~0.2 ms of the server's CPU and a worker's, more than the
    lookups and the Turtle writing, bench/README.md) to every request and queue documents behind slow queries."""
    if isinstance(site.store, EmbeddedStore):
        return lookup(*args)
    return await run_in_threadpool(lookup, *args)


def html_document(request: Request, site: Site, iri: str, stem: str, page: int, headers: dict[str, str]) -> Response:
    described = site.store.describe([iri])
    if not described:
        return not_found(site, request, f"There is nothing at /id/{stem} in this dataset.")
    return Response(pages.resource_page(site, request, iri, described, stem, page), media_type=HTML.content_type,
                    headers=headers)


def setup(site: Site, queries: QueryPool | RemoteQueries | None, feed: ChangeFeed | None,
          pages_here: bool = True) -> Interface:
    """``/id/…`` (303), ``/doc/…`` (the documents), ``/graph/…`` (record graphs); they read the query workers'
    replica when there is one (``queries``), else the store, and answer 410 for what the change ``feed`` says
    was withdrawn. ``pages_here`` False (an extra serving process, ``web/siblings.py``): an HTML document,
    which reads the owner's labels and templates, is the owner's to answer (``OwnersAnswer``)."""

    def read_replica(changed: Site) -> None:
        """Dereference from the query pool's replica of this data version (rebuilt after the SPARQL
        interface's hook, which builds it): in memory mode its in-memory copy, 4-5x faster lookups than the
        store on disk; in disk mode its snapshot, which answers as the workers do for this version."""
        if isinstance(changed.store, EmbeddedStore) and isinstance(queries, QueryPool):
            changed.store.read_from(queries.union)

    def read_disk(stopped: Site) -> None:
        if isinstance(stopped.store, EmbeddedStore):
            stopped.store.read_from(None)  # the pool, and its replica, are gone


    # /id/ and /doc/ are the busiest routes: plain Starlette routes (no FastAPI parameter solving, which cost
    # about a third of a dereference's time in the framework, bench/README.md); they are not in the OpenAPI.
    async def thing(request: Request) -> Response:
        path = request.path_params["path"]
        if (moved := without_trailing_slash(site, request, "id", path)) is not None:
            return moved
        iri = thing_iri(site, path)
        if iri is not None and (withdrawn := changes.gone(request, feed, iri)) is not None:
            return withdrawn  # 410: the record describing it was withdrawn
        if iri is None or not await on_store(site, exists, site, iri):
            return not_found(site, request, f"There is nothing at /id/{path} in this dataset.")
        fmt = choose(request.query_params.getlist("format"), request.headers.get("accept"), DOCUMENT_FORMATS, HTML)
        if fmt is None:
            return not_acceptable(DOCUMENT_FORMATS)
        location = f"{site.root}/doc/{path}.{fmt.name}"
        return Response(status_code=303, headers={"Location": location, "Vary": "Accept"})

    async def document(request: Request) -> Response:
        path = request.path_params["path"]
        if (moved := without_trailing_slash(site, request, "doc", path)) is not None:
            return moved
        stem, fixed = split_extension(path)
        iri = thing_iri(site, stem)
        if iri is None:
            return not_found(site, request, f"There is no document at /doc/{path} in this dataset.")
        if (withdrawn := changes.gone(request, feed, iri)) is not None:
            return withdrawn
        fmt = fixed or choose(request.query_params.getlist("format"), request.headers.get("accept"),
                              DOCUMENT_FORMATS, HTML)
        if fmt is None:
            return not_acceptable(DOCUMENT_FORMATS)
        page = page_number(request) if fmt == HTML else 1
        # the page's markup comes from this version of the publisher too
        version = __version__ if fmt == HTML else ""
        headers = {**validators(site, "doc", stem, fmt.name, str(page), version), "Link": alternates(site, stem, fmt)}
        if fixed is None:
            headers["Vary"] = "Accept"
            headers["Content-Location"] = f"{site.root}/doc/{stem}.{fmt.name}"
        if (unchanged := not_modified(request, headers)) is not None:
            return unchanged
        if fmt == HTML and not pages_here:
            raise OwnersAnswer
        if fmt == HTML:  # a page runs a handful of queries: on a thread
            return await run_in_threadpool(html_document, request, site, iri, stem, page, headers)
        described = await on_store(site, site.store.describe, [iri])
        if not described:
            return not_found(site, request, f"There is nothing at /id/{stem} in this dataset.")
        body = serialize(described + document_triples(site, stem), fmt)
        return Response(body, media_type=fmt.content_type, headers=headers)

    def record_graph(path: str, request: Request) -> Response:
        iri = graph_at(site.base, path)
        if not SAFE_PATH.fullmatch(path) or iri not in site.store.graphs():
            missing = f"There is no graph at /graph/{path} in this dataset."
            return changes.gone(request, feed, iri) or not_found(site, request, missing)

        def render(fmt: Format) -> bytes:
            triples = list(site.store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"))
            if fmt in (TRIG, NQUADS):
                quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples]
                return ox.serialize(quads, format=fmt.oxigraph,  # type: ignore[arg-type,return-value]
                                    prefixes=PREFIX_MAP if fmt == TRIG else None)
            return serialize(triples, fmt)

        return negotiated(request, GRAPH_FORMATS, TURTLE, lambda fmt: validators(site, "graph", path, fmt.name), render)

    return Interface({"thing": thing, "document": document, "record_graph": record_graph},
                     Hooks(on_change=(read_replica,), on_stop=(read_disk,)))
