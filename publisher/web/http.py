"""HTTP done right, in one place: the negotiated representation (format, 406, validators, 304, body),
conditional requests (ETag, Last-Modified, 304) and error bodies."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request
from fastapi.responses import PlainTextResponse, Response

from publisher.web.formats import Format, choose
from publisher.web.site import Site


def negotiated(request: Request, offered: tuple[Format, ...], default: Format,
               headers_for: Callable[[Format], dict[str, str]], render: Callable[[Format], bytes],
               note: str = "") -> Response:
    """The one path of a negotiated representation: the format asked for (``format=`` over Accept, else
    ``default``), 406 when none is offered (with ``note``: why), the validators ``headers_for`` gives that format
    (with ``Vary: Accept``), 304 when the client's copy is current, else the body ``render`` writes."""
    fmt = choose(request.query_params.getlist("format"), request.headers.get("accept"), offered, default)
    if fmt is None:
        return not_acceptable(offered, note)
    headers = {**headers_for(fmt), "Vary": "Accept"}
    if (unchanged := not_modified(request, headers)) is not None:
        return unchanged
    return Response(render(fmt), headers=headers, media_type=fmt.content_type)  # uvicorn sends no body to HEAD


def validators(site: Site, *parts: str) -> dict[str, str]:
    """ETag and Last-Modified headers for a representation derived from the data version."""
    return {"ETag": site.etag(*parts), "Last-Modified": site.last_modified}


def not_modified(request: Request, headers: dict[str, str]) -> Response | None:
    """A 304 when the client's copy is current (If-None-Match first, as RFC 9110 says), else None."""
    if request.method not in ("GET", "HEAD"):
        return None
    inm = request.headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        if "*" in tags or headers["ETag"] in tags:
            return Response(status_code=304, headers=headers)
        return None
    ims = request.headers.get("if-modified-since")
    if ims is not None and ims.strip() == headers["Last-Modified"]:
        return Response(status_code=304, headers=headers)
    return None


def error(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    """A plain-text error: one clear message, never a stack trace."""
    return PlainTextResponse(message.rstrip() + "\n", status_code=status, headers=headers)


def not_acceptable(offered: tuple[Format, ...], note: str = "") -> Response:
    """406 for a request whose Accept header (or ``format=``) names nothing ``offered``: what is, and why."""
    types = ", ".join(fmt.media_type for fmt in offered)
    return error(406, f"Not acceptable: none of the formats in your Accept header is offered here. Available: "
                      f"{types}.{' ' + note if note else ''}", {"Vary": "Accept"})
