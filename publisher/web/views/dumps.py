"""Bulk downloads: ``/dumps/`` (an index in HTML, JSON and DCAT) and the gzip files themselves.

A new dump set is built whenever the data changes (``publisher.dump_files``), in a background thread so that a
large store never holds up the server: the previous set is served until the new one is complete, then the
older sets are deleted. ``/dumps/{file}`` is always the current set's file; ``/dumps/{version}/{file}`` is one
version's, for as long as that version is kept.

Files are sent as they are stored: ``application/gzip`` with no ``Content-Encoding``, so clients save the
gzip file whose SHA-256 the index states. (Starlette's GZipMiddleware leaves ``application/gzip`` and 206
responses alone, so the app's gzip does not compress them again; ``tests/web/test_http.py`` checks it.) Range
requests are answered here rather than by Starlette's FileResponse, which refuses a Range it cannot parse
with 400 where RFC 9110 §14.2 says to ignore it. One range gets a 206; several ranges get the whole file
(200), which RFC 9110 allows and every download tool handles.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import threading
from collections.abc import Iterator
from email.utils import formatdate
from typing import BinaryIO

from fastapi import Request
from fastapi.responses import Response, StreamingResponse
from rdflib import Graph

from publisher.dump_files import DumpFile, DumpSet, build_dumps, kept_sets, load_dumps, remove_other_sets
from publisher.memory import release_free_memory
from publisher.messages import plural
from publisher.namespaces import PREFIXES, SPDX
from publisher.store.embedded import reading_apart
from publisher.web import html, openapi
from publisher.web.dataset import SYNTAX_NAMES, describe_distributions, download_url, licence_of
from publisher.web.formats import HTML, JSONLD, NTRIPLES, PLAIN_JSON, RDFXML, TURTLE, Format
from publisher.web.http import error, negotiated, not_modified, validators
from publisher.web.site import Hooks, Site
from publisher.web.views import Interface

log = logging.getLogger(__name__)

STARTUP_WAIT = 2.0  # seconds the change hook waits for a build; a longer one finishes in the background
STOP_WAIT = 10.0
CHUNK = 256 * 1024
VERSION_NAME = re.compile(r"^[0-9a-f]{8,64}$")
INDEX_FORMATS = (HTML, PLAIN_JSON, TURTLE, JSONLD, NTRIPLES, RDFXML)
RDFLIB_NAMES = {"ttl": "turtle", "jsonld": "json-ld", "rdf": "xml", "nt": "nt"}
CACHE_LATEST = "public, max-age=60"  # the file behind a stable name changes when the data does
CACHE_VERSIONED = "public, max-age=31536000, immutable"  # a version's bytes never change


class DumpShelf:
    """The dump sets on disk: the one served, and the build of the next one."""

    def __init__(self, site: Site, wait: float = STARTUP_WAIT) -> None:
        self.site = site
        self.root = site.work_dir / "dumps"
        self.wait = wait
        self._lock = threading.Lock()
        self._wanted = ""
        self._worker: threading.Thread | None = None
        kept = kept_sets(self.root)  # served until the current data's set is ready, if one is kept
        self.current: DumpSet | None = kept[0] if kept else None

    @property
    def building(self) -> bool:
        return self._worker is not None

    def data_changed(self, site: Site) -> None:
        """Start building the set for the new version; wait a little, so small data is ready at once."""
        with self._lock:
            self._wanted = site.version
            worker = self._worker
            if worker is None:
                worker = self._worker = threading.Thread(target=self._build_wanted, name="dump-builder",
                                                         daemon=True)
                worker.start()
        worker.join(self.wait)

    def stop(self, site: Site) -> None:
        worker = self._worker
        if worker is not None:
            worker.join(STOP_WAIT)

    def kept(self, version: str) -> DumpSet | None:
        """A kept set by version (the current one without touching the disk)."""
        current = self.current
        if current is not None and current.version == version:
            return current
        if not VERSION_NAME.match(version):
            return None
        return load_dumps(self.root / version)

    def _build_wanted(self) -> None:
        """Build until the set matches the data: a change during a build makes that set stale at once."""
        while True:
            with self._lock:
                version = self._wanted
                if self.current is not None and self.current.version == version:
                    self._worker = None
                    return
            try:
                with reading_apart(self.site.store):  # its scans leave the server's own handle as it was
                    built = load_dumps(self.root / version) or build_dumps(self.site.store, self.site.settings,
                                                                           self.root / version)
            except Exception:  # the previous set stays served; the next change tries again
                log.exception("building the dumps of version %s failed", version)
                with self._lock:
                    self._worker = None
                return
            with self._lock:
                if self._wanted != version:
                    continue
                self.current = built
            release_free_memory()  # the build's lists of lines are gone: give their pages back
            removed = remove_other_sets(self.root, keep=version)
            log.info("dumps of version %s ready in %.2f s; removed %s", version, built.seconds, removed or "none")


# A dump file, or a dated release's file (its validation report is Turtle)
FILE_RESPONSES = openapi.responses(["application/gzip", TURTLE], 206, 304, 404, 416, 503)


INDEX_DOCS = {"responses": openapi.responses(INDEX_FORMATS, 304, 406, 503)}
FILE_DOCS = {"responses": FILE_RESPONSES}


def setup(site: Site, shelf: DumpShelf) -> Interface:
    """The index of the dump files and the current files; the hooks build a set per data version."""

    async def index(request: Request) -> Response:
        return dump_index(request, shelf)

    async def latest(request: Request, name: str) -> Response:
        return dump_file(request, shelf, shelf.current, name, versioned=False)

    return Interface({"index": index, "latest": latest}, Hooks(on_change=(shelf.data_changed,), on_stop=(shelf.stop,)))


# -- the files --------------------------------------------------------------------------------------------


class Unsatisfiable(Exception):
    pass


BYTE_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The one range asked for, as (first, last) byte positions, inclusive. None means "send the whole
    file": several ranges (allowed by RFC 9110 §14.2), another unit, or a syntax we do not know. Raises
    Unsatisfiable when the range starts beyond the end, or asks for an empty suffix."""
    match = BYTE_RANGE.match(header)
    if not match or not any(match.groups()):
        return None
    first, last = match.groups()
    if not first:
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise Unsatisfiable
        return max(size - suffix, 0), size - 1
    start = int(first)
    if last and int(last) < start:
        return None  # invalid: ignored
    if start >= size:
        raise Unsatisfiable
    return start, min(int(last), size - 1) if last else size - 1


def dump_file(request: Request, shelf: DumpShelf, dump_set: DumpSet | None, name: str,
              versioned: bool) -> Response:
    """One file: conditional (ETag = SHA-256), one Range, HEAD; a set pruned meanwhile answers 404."""
    if dump_set is None:
        return _not_ready(shelf) if not versioned else error(404, "No such dump version is kept; see /dumps/.")
    dump = dump_set.file(name)
    if dump is None:
        return error(404, f"No dump file {name!r}; the files are listed at /dumps/.")
    try:
        handle = dump_set.path(dump).open("rb")
    except FileNotFoundError:  # the set was replaced between lookup and open
        if not versioned and shelf.current is not None and shelf.current is not dump_set:
            return dump_file(request, shelf, shelf.current, name, versioned)
        return error(404, f"Dump {name!r} of version {dump_set.version} is no longer kept; see /dumps/.")
    stat = os.fstat(handle.fileno())
    size = stat.st_size
    headers = _file_headers(shelf.site.root, dump_set, dump, stat.st_mtime, versioned)
    cached = not_modified(request, headers)
    if cached is not None:
        handle.close()
        return cached
    try:
        wanted = byte_range(request.headers["range"], size) if _range_applies(request, headers) else None
    except Unsatisfiable:
        handle.close()
        return error(416, f"Range not satisfiable: {name} has {plural(size, 'byte')}.",
                     {"Content-Range": f"bytes */{size}", "Accept-Ranges": "bytes", "ETag": headers["ETag"]})
    start, end, status = (0, size - 1, 200) if wanted is None else (*wanted, 206)
    headers["Content-Length"] = str(end - start + 1)
    if status == 206:
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    if request.method == "HEAD":
        handle.close()
        return Response(status_code=status, headers=headers, media_type="application/gzip")
    return StreamingResponse(_chunks(handle, start, end - start + 1), status_code=status, headers=headers,
                             media_type="application/gzip")


def _file_headers(root: str, dump_set: DumpSet, dump: DumpFile, mtime: float, versioned: bool) -> dict[str, str]:
    digest = base64.b64encode(bytes.fromhex(dump.sha256)).decode()
    headers = {
        "ETag": f'"{dump.sha256}"',
        "Last-Modified": formatdate(mtime, usegmt=True),
        "Accept-Ranges": "bytes",
        "Cache-Control": CACHE_VERSIONED if versioned else CACHE_LATEST,
        "Repr-Digest": f"sha-256=:{digest}:",
        "Content-Disposition": f'attachment; filename="{dump.name}"',
    }
    if not versioned:  # where these very bytes stay while this version is kept
        headers["Content-Location"] = f"{root}/dumps/{dump_set.version}/{dump.name}"
    return headers


def _range_applies(request: Request, headers: dict[str, str]) -> bool:
    """A Range is honoured unless If-Range names another version of the file (RFC 9110 §13.1.5)."""
    if "range" not in request.headers:
        return False
    condition = request.headers.get("if-range")
    return condition is None or condition.strip() in (headers["ETag"], headers["Last-Modified"])


def _chunks(handle: BinaryIO, start: int, length: int) -> Iterator[bytes]:
    with handle:
        handle.seek(start)
        while length > 0:
            block = handle.read(min(CHUNK, length))
            if not block:
                return
            length -= len(block)
            yield block


def _not_ready(shelf: DumpShelf) -> Response:
    message = ("The dumps of this data are being built; try again in a few seconds." if shelf.building else
               "The dumps could not be built (the server log says why); they are rebuilt when the data changes.")
    return error(503, message, {"Retry-After": "5", "Cache-Control": "no-store"})


# -- the index --------------------------------------------------------------------------------------------


def dump_index(request: Request, shelf: DumpShelf) -> Response:
    site = shelf.site
    dump_set = shelf.current
    if dump_set is None:
        return _not_ready(shelf)

    def headers(fmt: Format) -> dict[str, str]:
        return {**validators(site, "dumps", dump_set.version, str(shelf.building), fmt.name),
                "Cache-Control": "no-cache"}

    def render(fmt: Format) -> bytes:
        if fmt is HTML:
            return html.render(site, request, "dumps.html", dumps=dump_set, current=dump_set.version == site.version,
                          syntax_names=SYNTAX_NAMES, human_size=human_size, licence_of=licence_of).encode()
        if fmt is PLAIN_JSON:
            return json.dumps(_index_json(site, shelf, dump_set), indent=2).encode()
        graph = Graph()
        describe_distributions(graph, dump_set, site.base)
        return serialize(graph, fmt)

    return negotiated(request, INDEX_FORMATS, HTML, headers, render)


def serialize(graph: Graph, fmt: Format) -> bytes:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)
    graph.bind("spdx", SPDX)
    return graph.serialize(format=RDFLIB_NAMES[fmt.name], encoding="utf-8")


def _index_json(site: Site, shelf: DumpShelf, dump_set: DumpSet) -> dict[str, object]:
    return {
        "version": dump_set.version,
        "data_version": site.version,
        "current": dump_set.version == site.version,
        "building": shelf.building,
        "files": [{
            "name": dump.name,
            "url": download_url(site.base, dump),
            "versioned_url": download_url(site.base, dump, dump_set.version),
            "scope": dump.scope,
            "format": SYNTAX_NAMES[dump.format],
            "media_type": "application/gzip",
            "content_media_type": dump.media_type,
            "triples": dump.triples,
            "bytes": dump.size,
            "size": human_size(dump.size),
            "sha256": dump.sha256,
            "licences": [iri for _, iri in licence_of(dump)],
        } for dump in dump_set.files],
    }


def human_size(size: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return plural(size, "byte") if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000  # type: ignore[assignment]
    return plural(size, "byte")
