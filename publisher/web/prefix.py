"""Serving under the base's path: with the base ``https://data.example.org/lod`` the site answers at
``/lod/id/…``, ``/lod/sparql``, ``/lod/`` and so on, exactly where its IRIs and links point.

The prefix is not cut off the request path: it becomes the ASGI ``root_path`` (the path stays whole, as the
ASGI spec wants), which Starlette's routing leaves out when matching and FastAPI puts in front of the OpenAPI
and Swagger addresses. A proxy in front passes the path through unchanged; an ASGI server given
``--root-path /lod`` behind a proxy that strips it (the app run under uvicorn directly) arrives at the same
scope, so that works too.

Outside the prefix the site answers 404, naming where it lives: a path there is no IRI this site minted, and
redirecting a guess would loop behind a proxy that strips the prefix. The one exception is
``/.well-known/void``, which RFC 8615 roots at the origin (a client asks ``http://host/.well-known/void``
whatever path the data sits under); it is served under the prefix as well, for clients that resolve it
against the base.
"""

from __future__ import annotations

from urllib.parse import unquote

from starlette.types import ASGIApp, Receive, Scope, Send

# RFC 8615: well-known URIs live at the origin's root, whatever the site's path
WELL_KNOWN = ("/.well-known/void",)


def route_path(scope: Scope) -> str:
    """The request path within the site (without its prefix), as the routes see it."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


class ServeUnderBase:
    """Answers under ``root`` (the site's path, ``Site.root``) and 404 outside it; a no-op when it is ""."""

    def __init__(self, app: ASGIApp, root: str) -> None:
        self.app = app
        self.address = root  # as written in links (percent-encoded)
        self.root = unquote(root)  # as ASGI gives request paths (decoded)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.root or scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith(self.root + "/"):
            await self.app({**scope, "root_path": self.root}, receive, send)
        elif path == self.root:  # the landing page is the folder, /lod/
            query = scope.get("query_string", b"").decode("latin-1")
            await _answer(send, 308, f"Moved to {self.address}/",
                          [(b"location", _location(self.address + "/", query))])
        elif path in WELL_KNOWN:
            await self.app({**scope, "root_path": ""}, receive, send)
        else:
            await _answer(send, 404, f"Not found: this server publishes its data under {self.address}/, "
                                     f"its home page.")


def _location(path: str, query: str) -> bytes:
    return (path + (f"?{query}" if query else "")).encode("latin-1")


async def _answer(send: Send, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = (message + "\n").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})
