"""Dated releases (``publisher release``) on the web: ``/dumps/{release}/`` and the files in it.

``/dumps/2026-11-26/`` describes one release (HTML, JSON, or DCAT in Turtle, JSON-LD, N-Triples): its notes,
files with byte sizes and SHA-256, and its SHACL validation report. ``/dumps/2026-11-26/{file}`` serves the
files, through the dumps interface's own file handling (Range, ETag); the report is served as Turtle.
Everything under a release is immutable and cached as such. Every release is also a ``dcat:hasVersion`` of
the dataset in ``/void`` (``publisher.web.views.description`` calls ``describe``).
"""

from __future__ import annotations

import json
from email.utils import format_datetime

from fastapi import Request
from fastapi.responses import Response
from rdflib import Graph

from publisher.history import parse_time
from publisher.messages import plural
from publisher.release_archive import REPORT_FILE, Release, find_release, list_releases
from publisher.web import html, openapi
from publisher.web.dataset import dataset_iri, describe_releases, release_iri
from publisher.web.formats import HTML, JSONLD, NTRIPLES, PLAIN_JSON, TURTLE, Format
from publisher.web.html import error_page
from publisher.web.http import negotiated, not_modified
from publisher.web.site import Site
from publisher.web.views import Interface
from publisher.web.views.dumps import (
    CACHE_VERSIONED,
    DumpShelf,
    dump_file,
    human_size,
    serialize,
)

INDEX_FORMATS = (HTML, PLAIN_JSON, TURTLE, JSONLD, NTRIPLES)


def names(site: Site) -> str:
    """The releases there are, for the ETag of documents that list them."""
    return " ".join(r.name for r in list_releases(site.work_dir))


def release_file(request: Request, shelf: DumpShelf, name: str, file: str) -> Response | None:
    """A file of release ``name``; None when there is no such release (the caller answers)."""
    site = shelf.site
    release = find_release(site.work_dir, name)
    if release is None:
        return None
    if file == REPORT_FILE:
        body = (release.folder / REPORT_FILE).read_bytes()
        headers = {"ETag": f'"{release.report.sha256}"', "Cache-Control": CACHE_VERSIONED,
                   "Last-Modified": format_datetime(parse_time(release.issued), usegmt=True)}
        return not_modified(request, headers) or Response(body, headers=headers, media_type=TURTLE.content_type)
    return dump_file(request, shelf, release.dumps, file, versioned=True)


def release_index(site: Site, request: Request, name: str) -> Response:
    release = find_release(site.work_dir, name)
    if release is None:
        return error_page(site, request, 404,
                          f"There is no release {name!r}; releases are listed in /void (dcat:hasVersion).")
    later = [r for r in list_releases(site.work_dir) if r.issued > release.issued]

    def headers(fmt: Format) -> dict[str, str]:
        # the description names the next release once there is one: immutable only then
        return {"ETag": site.etag("release", name, fmt.name, later[0].name if later else "-"),
                "Last-Modified": site.last_modified, "Cache-Control": "public, max-age=300"}

    def render(fmt: Format) -> bytes:
        if fmt is HTML:
            verdict = "conforms" if release.report.conforms else plural(release.report.violations, "violation")
            return html.render(site, request, "release.html", release=release, later=later[0] if later else None,
                               verdict=verdict, warnings=plural(release.report.warnings, "warning"),
                               report_file=REPORT_FILE, human_size=human_size).encode()
        if fmt is PLAIN_JSON:
            return json.dumps(_json(site, release), indent=2).encode()
        graph = Graph()
        releases = [r for r in list_releases(site.work_dir) if r.issued <= release.issued]
        describe_releases(graph, dataset_iri(site.base), site.base, releases)
        return serialize(_only(graph, release_iri(site.base, release)), fmt)

    return negotiated(request, INDEX_FORMATS, HTML, headers, render)


def _only(graph: Graph, release: object) -> Graph:
    """The part of a DCAT graph about one release: the release, its files, checksums and report."""
    kept = Graph()
    for prefix, ns in graph.namespaces():
        kept.bind(prefix, ns)
    todo, seen = [release], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in graph.predicate_objects(node):  # type: ignore[arg-type]
            kept.add((node, p, o))  # type: ignore[arg-type]
            if str(p).endswith(("distribution", "checksum", "hasQualityMetadata")):
                todo.append(o)
    for s, p, o in graph.triples((None, None, release)):  # type: ignore[arg-type]
        kept.add((s, p, o))
    return kept


def _json(site: Site, release: Release) -> dict[str, object]:
    folder = f"{site.base}/dumps/{release.name}/"
    return {
        "release": release.name, "issued": release.issued, "data_version": release.data_version,
        "history_position": release.position, "previous": release.previous, "notes": release.notes,
        "counts": {"added": release.counts.added, "changed": release.counts.changed,
                   "withdrawn": release.counts.withdrawn, "records": release.counts.records},
        "validation": {"conforms": release.report.conforms, "violations": release.report.violations,
                       "warnings": release.report.warnings, "url": folder + REPORT_FILE,
                       "bytes": release.report.size, "sha256": release.report.sha256},
        "files": [{"name": f.name, "url": folder + f.name, "format": f.format, "scope": f.scope,
                   "triples": f.triples, "bytes": f.size, "sha256": f.sha256} for f in release.dumps.files],
    }


INDEX_DOCS = {"responses": openapi.responses(INDEX_FORMATS, 304, 404, 406)}


def setup(site: Site, shelf: DumpShelf) -> Interface:
    """A dated release's page, and a file under ``/dumps/{version}/``: the release's, else the file of a data
    version the dumps interface still keeps (on ``shelf``). A release never changes: no hooks."""

    def index(request: Request, name: str) -> Response:
        return release_index(site, request, name)

    async def versioned(request: Request, version: str, name: str) -> Response:
        released = release_file(request, shelf, version, name)
        if released is not None:
            return released
        return dump_file(request, shelf, shelf.kept(version), name, versioned=True)

    return Interface({"index": index, "versioned": versioned})
