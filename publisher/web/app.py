"""The web application: every URL in one route table (:func:`route_table`), one module per interface behind it
(``web/views/``), sharing one ``Site`` (settings, store, limits); the hooks that rebuild what derives from the
data run in one order (:data:`REBUILD_ORDER`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from publisher import __version__
from publisher.query.pool import QueryPool
from publisher.web.cache import AnswerCache, ReplayAnswers
from publisher.web.hot import HOT_ROUTES, HotPaths
from publisher.web.html import TITLES, error_page, wants_html
from publisher.web.openapi import tidy_operations
from publisher.web.prefix import ServeUnderBase
from publisher.web.siblings import FromSiblings, Siblings
from publisher.web.site import Site
from publisher.web.views import Interface
from publisher.web.views import admin as admin_view
from publisher.web.views import changes as changes_view
from publisher.web.views import description as description_view
from publisher.web.views import dumps as dumps_view
from publisher.web.views import pages as pages_view
from publisher.web.views import releases as releases_view
from publisher.web.views import resources as resources_view
from publisher.web.views import sparql as sparql_view
from publisher.web.views.changes import ChangeFeed
from publisher.web.views.dumps import DumpShelf

READ = ("GET", "HEAD")
VOID = "VoID + DCAT description of the dataset"
VOCABULARY = "The Council LOD vocabulary"
LIST = ("The {}: OParl-style JSON, Turtle (?since=, ?limit=, ?after=); an HTML page (?page=) or CSV for people; "
        "filters ?council=, ?committee=, ?year=, ?status= (where they apply)")

# The sections of /api: the interfaces a program calls, each with what it is for (the OpenAPI's tags, in order)
API_SECTIONS = {
    "sparql": "Ask anything of the data in SPARQL 1.1",
    "description": "The dataset described: VoID and DCAT, the vocabulary, the shapes, the JSON-LD context, health",
    "dumps": "The whole dataset and each council's records as files",
    "releases": "Dated, immutable releases and their files",
    "changes": "What changed, and when: the record history (LDES) and the lists of councils, committees, meetings",
}

# The order in which the derived artefacts are rebuilt after the data changed (``Site.changed`` runs each hook
# on its own: one that fails is logged, the rest still run). The answer cache is cleared before them, so nothing
# old is replayed while they are rebuilt, and after them, so nothing answered from the old ones stays.
REBUILD_ORDER = (
    "changes",  # the history caught up and the tombstones read first: the replica built next holds its events
    "admin",  # the server claims its store (server.json) once
    "sparql",  # the query workers' replica of this version, and the service description
    "resources",  # dereferences read from that replica: after it is built
    "pages", "dumps", "description", "releases",  # the landing figures and search index, dumps, VoID
)


class BodyLimit:
    """Refuses a request body over ``limit`` bytes with 413, before reading it whole."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = f"Request body too large: the limit is {self.limit} bytes.\n".encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


@dataclass(frozen=True)
class Route:
    """One URL of the site: the interface and endpoint that answer it, the methods, and what ``/api`` (the
    OpenAPI) says of it."""

    path: str
    interface: str  # a module of web/views/
    endpoint: str  # a name in that interface's endpoints
    methods: tuple[str, ...] = READ
    summary: str | None = None  # None: not listed in the OpenAPI
    docs: Mapping[str, Any] = field(default_factory=dict)  # the OpenAPI's responses and parameters
    plain: bool = False  # a Starlette route: no FastAPI parameter solving (the busiest paths, bench/README.md)
    mount: bool = False  # an ASGI app answering everything under the path (the static files)


# Every URL the site answers, in the order they are matched (as Datasette's ``_routes``).
ROUTES = (
    # pages for people (views/pages.py)
    Route("/", "pages", "landing"),
    Route("/query", "pages", "query_editor"),
    Route("/search", "pages", "search"),
    Route("/api", "pages", "api"),  # the OpenAPI document (/openapi.json, FastAPI's) in Swagger UI, our own copy
    Route("/static", "pages", "static", mount=True),
    # the SPARQL 1.1 Protocol (views/sparql.py)
    Route("/sparql", "sparql", "query", READ, "SPARQL 1.1 Protocol (queries)", sparql_view.QUERY_DOCS),
    Route("/sparql", "sparql", "query", ("POST",), "SPARQL 1.1 Protocol (queries)", sparql_view.POST_DOCS),
    Route("/sparql", "sparql", "other_methods", ("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")),
    # Linked Data: things (303), their documents, record graphs (views/resources.py)
    Route("/id/{path:path}", "resources", "thing", plain=True),
    Route("/doc/{path:path}", "resources", "document", plain=True),
    Route("/graph/{path:path}", "resources", "record_graph"),
    # the dataset described: VoID, the vocabulary, shapes, context, health (views/description.py)
    Route("/.well-known/void", "description", "void", READ, VOID, description_view.RDF_DOCS),
    Route("/void", "description", "void", READ, VOID, description_view.RDF_DOCS),
    Route("/def", "description", "ontology", READ, VOCABULARY, description_view.RDF_DOCS),
    Route("/ontology", "description", "ontology", READ, VOCABULARY, description_view.RDF_DOCS),
    Route("/def/{scheme}", "description", "concept", READ, "A concept scheme of the vocabulary",
          description_view.CONCEPT_DOCS),
    Route("/def/{scheme}/{name}", "description", "concept", READ, "A concept of the vocabulary",
          description_view.CONCEPT_DOCS),
    Route("/shapes", "description", "shapes", READ, "The SHACL shapes records must satisfy",
          description_view.SHAPES_DOCS),
    Route("/context.jsonld", "description", "context", READ, "The JSON-LD context of the data",
          description_view.CONTEXT_DOCS),
    Route("/health", "description", "health", READ, "Status, data version and triple count",
          description_view.HEALTH_DOCS),
    # bulk downloads (views/dumps.py) and dated releases (views/releases.py)
    Route("/dumps/", "dumps", "index", READ, "The dump files: HTML, JSON, or DCAT (Turtle, JSON-LD …)",
          dumps_view.INDEX_DOCS),
    Route("/dumps", "dumps", "index"),
    Route("/dumps/{name}", "dumps", "latest", READ, "A dump file of the current data (Range, ETag)",
          dumps_view.FILE_DOCS),
    Route("/dumps/{name}/", "releases", "index", READ, "A dated release: its files, checksums, notes and SHACL "
          "report", releases_view.INDEX_DOCS),
    Route("/dumps/{version}/{name}", "releases", "versioned", READ, "A file of a dated release, or of a data "
          "version while it is kept", dumps_view.FILE_DOCS),
    # the record history and the lists (views/changes.py)
    Route("/changes", "changes", "stream", READ, "The record history as a Linked Data Event Stream (?since= "
          "jumps to a time)", changes_view.STREAM_DOCS),
    Route("/changes/{number}", "changes", "page", READ, "One page of the event stream (TriG, N-Quads, "
          "JSON-LD); full pages are immutable", changes_view.PAGE_DOCS),
    Route("/councils", "changes", "councils", READ, LIST.format("councils"), changes_view.LIST_DOCS),
    Route("/committees", "changes", "committees", READ, LIST.format("committees"), changes_view.LIST_DOCS),
    Route("/meetings", "changes", "meetings", READ, LIST.format("meetings"), changes_view.LIST_DOCS),
    Route("/decisions", "changes", "decisions", READ, LIST.format("decisions"), changes_view.LIST_DOCS),
    Route("/people", "changes", "people", READ, LIST.format("people"), changes_view.LIST_DOCS),
    # the server's owner: on loopback, with its token (views/admin.py)
    Route("/admin/ingest", "admin", "ingest", ("POST",)),
    Route("/admin/withdraw", "admin", "withdraw", ("POST",)),
    Route("/admin/release", "admin", "release", ("POST",)),
    Route("/admin/backup", "admin", "backup", ("POST",)),
    Route("/admin/snapshot", "admin", "snapshot", ("POST",)),
)


def add_routes(app: FastAPI, interfaces: Mapping[str, Interface]) -> None:
    """Put the endpoints of ``interfaces`` at their URLs (the routes of interfaces not given are left out)."""
    for route in ROUTES:
        if route.interface not in interfaces:
            continue
        endpoint = interfaces[route.interface][route.endpoint]
        if route.mount:
            app.mount(route.path, endpoint, name=route.endpoint)
        elif route.plain:
            app.add_route(route.path, endpoint, methods=list(route.methods), include_in_schema=False)
        else:
            app.add_api_route(route.path, endpoint, methods=list(route.methods), response_class=Response,
                              include_in_schema=route.summary is not None, summary=route.summary,
                              tags=[route.interface], **route.docs)


def create_app(site: Site, lean: bool = True, siblings: Siblings | None = None,
               public: tuple[str, int] = ("127.0.0.1", 8000)) -> FastAPI:
    """The app serving ``site`` with every interface; with ``siblings``, the owner of several serving processes
    (``web/siblings.py``), listening at ``public``."""
    # What several interfaces share, made once and passed to each that needs it
    pool = sparql_view.query_service(site)  # the query workers, which the dereferences read too
    shelf = DumpShelf(site)  # the dump files: /dumps/, releases' fallback, VoID and /health name them
    feed = ChangeFeed(site)  # the record history: /changes, the lists, and 410 for what was withdrawn
    app = assemble(site, {
        "sparql": sparql_view.setup(site, pool), "resources": resources_view.setup(site, pool, feed),
        "pages": pages_view.setup(site), "dumps": dumps_view.setup(site, shelf),
        "description": description_view.setup(site, shelf), "admin": admin_view.setup(site),
        "changes": changes_view.setup(site, feed), "releases": releases_view.setup(site, shelf),
    }, lean)
    app.state.query_pool, app.state.dumps, app.state.changes = pool, shelf, feed  # for tests to look at
    if siblings is not None and isinstance(pool, QueryPool):
        # last: the siblings take a version once every artefact of it is built; stopped before the pool closes
        site.on_change.append(lambda changed: siblings.publish(changed, pool, feed.gone.keys()))
        site.on_stop.insert(0, siblings.stop)
        app.add_middleware(FromSiblings, owner_socket=siblings.owner_socket, public=public)
    return app


def assemble(site: Site, interfaces: Mapping[str, Interface], lean: bool = True) -> FastAPI:
    """An app of ``interfaces`` (all of them, or the few a test needs): their routes from :data:`ROUTES`, their
    hooks in :data:`REBUILD_ORDER`, the site's error pages, and the middleware every answer passes; ``lean``:
    the busiest routes answered past the framework (:data:`HOT_ROUTES`; off only to compare, in tests)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        site.changed()  # build the derived artefacts for the current data
        yield
        site.stop()

    # No OpenTelemetry here: with it on (FastAPI's default), every request looked for a configured provider in
    # os.environ, 10 % of a computed /doc/ (bench/README.md)
    app = FastAPI(title="Council LOD Publisher", version=__version__, lifespan=lifespan,
                  telemetry={"tracing": False, "metrics": False, "logs": False},
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  openapi_tags=[{"name": name, "description": text} for name, text in API_SECTIONS.items()])
    add_routes(app, interfaces)
    app.openapi = partial(_described, app, app.openapi)  # type: ignore[method-assign]
    app.add_exception_handler(StarletteHTTPException, partial(_http_error, site))
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
                       allow_headers=["Accept", "Content-Type", "If-None-Match", "If-Modified-Since", "Range"],
                       expose_headers=["ETag", "Last-Modified", "Content-Location", "Link", "Vary",
                                       "X-SPARQL-Truncated", "Retry-After"])
    app.add_middleware(BodyLimit, limit=site.limits.max_body)
    if lean:
        add_hot_paths(app, interfaces)
    answers = AnswerCache(site.limits.answer_cache)
    in_order = [interfaces[name].hooks for name in REBUILD_ORDER if name in interfaces]
    site.on_change.extend([answers.clear, *(hook for hooks in in_order for hook in hooks.on_change), answers.clear])
    site.on_stop.extend(hook for hooks in in_order for hook in hooks.on_stop)
    app.add_middleware(ReplayAnswers, cache=answers)  # a hit skips everything above
    app.add_middleware(ServeUnderBase, root=site.root)  # outermost: every layer sees the site's own path
    app.state.site, app.state.answer_cache = site, answers  # for tests to look at; nothing in the site reads them
    return app


def add_hot_paths(app: FastAPI, interfaces: Mapping[str, Interface]) -> None:
    """The lean route (``web/hot.py``) in front of the framework, inside the answer cache, for the
    :data:`HOT_ROUTES` of the interfaces given."""
    def handlers(prefix: bool) -> dict[str, Any]:
        return {path: interfaces[name][endpoint] for path, (name, endpoint) in HOT_ROUTES.items()
                if path.endswith("/") == prefix and name in interfaces}

    app.add_middleware(HotPaths, exact=handlers(False), prefixes=handlers(True))


def _described(app: FastAPI, described: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The OpenAPI document FastAPI writes (and keeps), its operations tidied (``openapi.tidy_operations``)."""
    document = app.openapi_schema
    if document is None:
        document = app.openapi_schema = tidy_operations(described())
    return document


async def _http_error(site: Site, request: Request, exc: Exception) -> Response:
    """What the framework itself answers (a path no route matches: 404; a method a route does not take: 405), in
    the site's words: the error page for a browser, JSON as FastAPI writes it (``{"detail": …}``) for machines."""
    status = getattr(exc, "status_code", 500)
    headers = getattr(exc, "headers", None)
    if status == 404:
        message = f"There is nothing at {request.url.path} on this site."
    elif status == 405:
        message = f"{request.method} is not allowed on {request.url.path}."
    else:
        message = str(getattr(exc, "detail", "")) or TITLES.get(status, "Error")
    if wants_html(request):
        return error_page(site, request, status, message, headers)
    return JSONResponse({"detail": message}, status_code=status, headers=headers)
