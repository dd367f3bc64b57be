"""The web application: one module per interface, sharing one ``Site`` (settings, store, limits)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from publisher import __version__
from publisher.web.cache import AnswerCache, ReplayAnswers
from publisher.web.prefix import ServeUnderBase
from publisher.web.site import Site
from publisher.web.views import admin, changes, description, dumps, pages, releases, resources, sparql
from publisher.web.views.changes import ChangeFeed
from publisher.web.views.dumps import DumpShelf

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


def create_app(site: Site) -> FastAPI:
    """The app serving ``site``: each interface registers its routes and returns its hooks, which run in
    :data:`REBUILD_ORDER`."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        site.changed()  # build the derived artefacts for the current data
        yield
        site.stop()

    app = FastAPI(title="Council LOD Publisher", version=__version__, lifespan=lifespan,
                  docs_url="/api", redoc_url=None, openapi_url="/openapi.json")
    app.state.site = site
    # What several interfaces share, made once and passed to each that needs it
    pool = sparql.query_service(site)  # the query workers, which the dereferences read too
    shelf = DumpShelf(site)  # the dump files: /dumps/, releases' fallback, VoID and /health name them
    feed = ChangeFeed(site)  # the record history: /changes, the lists, and 410 for what was withdrawn
    app.state.query_pool, app.state.dumps, app.state.changes = pool, shelf, feed  # for tests to look at
    by_interface = {
        "sparql": sparql.setup(app, site, pool), "resources": resources.setup(app, site, pool, feed),
        "pages": pages.setup(app, site), "dumps": dumps.setup(app, site, shelf),
        "description": description.setup(app, site, shelf), "admin": admin.setup(app, site),
        "changes": changes.setup(app, site, feed), "releases": releases.setup(app, site, shelf),
    }
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
                       allow_headers=["Accept", "Content-Type", "If-None-Match", "If-Modified-Since", "Range"],
                       expose_headers=["ETag", "Last-Modified", "Content-Location", "Link", "Vary",
                                       "X-SPARQL-Truncated", "Retry-After"])
    app.add_middleware(BodyLimit, limit=site.limits.max_body)
    answers = AnswerCache(site.limits.answer_cache)
    app.state.answer_cache = answers
    in_order = [by_interface[name] for name in REBUILD_ORDER]
    site.on_change.extend([answers.clear, *(hook for hooks in in_order for hook in hooks.on_change), answers.clear])
    site.on_stop.extend(hook for hooks in by_interface.values() for hook in hooks.on_stop)
    app.add_middleware(ReplayAnswers, cache=answers)  # a hit skips everything above
    app.add_middleware(ServeUnderBase, root=site.root)  # outermost: every layer sees the site's own path
    return app
