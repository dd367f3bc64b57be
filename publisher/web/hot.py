"""The lean route for the busiest computed requests: ``GET /sparql?query=…``, ``/doc/…`` and ``/id/…``.

A computed ``/doc/….ttl`` spent about half of its time in the framework (bench/README.md, "Where a computed
request's time goes"): FastAPI's and Starlette's middleware (CORS, GZip, body limit, exception handling), the
router, FastAPI's request handler. For these three routes none of that does anything a plain call cannot: their
handlers take a ``Request`` and return a whole ``Response``. So :class:`HotPaths`, inside the answer cache and
the base-path middleware, calls the same handlers itself and sends what they return, and the answers are the
ones the full stack gives, byte for byte (tests/web/test_hot_paths.py compares them):

- the two headers the middleware adds to every answer are added here the same way (:func:`stack_vary`);
- a request the middleware would change is passed to the full stack: one asking for gzip (the GZip middleware
  compresses), one with an ``Origin`` (CORS headers), one with a body (the body limit), any other method.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from fastapi import Request
from fastapi.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from publisher.web.prefix import route_path

Handler = Callable[[Request], Awaitable[Response]]
# Request headers after which the full stack answers differently (compression, CORS, the body limit)
PASSED_ON = (b"origin", b"content-length", b"transfer-encoding")
GZIP_FROM = 1024  # the GZip middleware's minimum_size (web/app.py): from this size it varies on Accept-Encoding
# The busiest computed requests, answered by their handlers without the framework's middleware and router:
# a path (ending in "/": every path under it) and the route of ``ROUTES`` (web/app.py) whose endpoint answers it
HOT_ROUTES = {"/sparql": ("sparql", "query"), "/id/": ("resources", "thing"), "/doc/": ("resources", "document")}


class HotPaths:
    """ASGI middleware answering ``GET``/``HEAD`` of ``exact`` paths and of paths under ``prefixes`` (the rest
    of the path given as the ``path`` parameter, as the routes ``/doc/{path:path}`` do) with their handlers."""

    def __init__(self, app: ASGIApp, exact: Mapping[str, Handler], prefixes: Mapping[str, Handler]) -> None:
        self.app = app
        self.exact = dict(exact)
        self.prefixes = tuple(prefixes.items())
        self.answered = 0  # requests this route answered (tests check it is taken)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.answer(scope, receive)
        if response is None:
            await self.app(scope, receive, send)
            return
        await response(scope, receive, send)

    async def answer(self, scope: Scope, receive: Receive) -> Response | None:
        """The handler's answer, as the full stack would send it; None: the request is not one of ours."""
        found = self._route(scope) if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") else None
        if found is None or not _plain(scope):
            return None
        handler, params = found
        response = await handler(Request({**scope, "path_params": params}, receive))
        stack_vary(response)
        self.answered += 1
        return response

    def _route(self, scope: Scope) -> tuple[Handler, dict[str, str]] | None:
        path = route_path(scope)
        if (handler := self.exact.get(path)) is not None:
            return handler, {}
        for prefix, handler in self.prefixes:
            if path.startswith(prefix):
                return handler, {"path": path[len(prefix):]}
        return None


def _plain(scope: Scope) -> bool:
    """No header the framework's middleware acts on: no gzip asked for, no Origin, no body."""
    for name, value in scope["headers"]:
        if name in PASSED_ON or name == b"accept-encoding" and b"gzip" in value:
            return False
    return True


def stack_vary(response: Response) -> None:
    """The Vary header as the middleware leaves it for a request without gzip or Origin: GZip adds
    Accept-Encoding to a whole body of ``GZIP_FROM`` bytes or more, then CORS adds Origin to every answer."""
    added = [b"Accept-Encoding"] if len(response.body) >= GZIP_FROM else []
    raw = response.raw_headers  # edited in place: a MutableHeaders view costs more than the rest of this
    at = [number for number, (name, _) in enumerate(raw) if name == b"vary"]
    value = b", ".join([*(raw[number][1] for number in at), *added, b"Origin"])
    for number in reversed(at[1:]):
        del raw[number]
    if at:
        raw[at[0]] = (b"vary", value)
    else:
        raw.append((b"vary", value))
