"""The one HTML system of the site: Jinja2 templates (``publisher/web/templates``), autoescaped, every page in
one frame (``base.html``): resource pages, the landing page, search, the query editor, ``/void``, ``/def``,
``/dumps/``, releases, and the error pages. Links are relative to this server (``root``), so pages work on
127.0.0.1 and in production alike; nothing loads from a CDN.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader

from publisher.namespaces import OGL_V3
from publisher.package_data import TEMPLATES_DIR
from publisher.web.formats import HTML, negotiate
from publisher.web.http import error
from publisher.web.labels import Labels, href, spoken_date
from publisher.web.lists import cut, short_date
from publisher.web.site import Site

TEMPLATES = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True, trim_blocks=True,
                        lstrip_blocks=True)
TEMPLATES.tests["iri"] = lambda term: isinstance(term, ox.NamedNode)
TEMPLATES.filters.update(cut=cut, short_date=short_date)  # how the lists' cells read (web/lists.py)
OGL_NAME = "Open Government Licence v3.0"
# The titles of the error pages a person may meet
TITLES = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
          406: "Not acceptable", 410: "Gone", 413: "Request too large", 500: "Something went wrong",
          503: "Busy or not ready"}


def render(site: Site, request: Request | None, template: str, labels: Labels | None = None, **context: Any) -> str:
    """``template`` in the site's frame, with what every page needs: where the site is, labels for IRIs, the
    licence."""
    return TEMPLATES.get_template(template).render(
        root=site.root, base=site.base, href=partial(href, site), label=labels or Labels(site),
        spoken_date=spoken_date, ogl=OGL_V3, ogl_name=OGL_NAME,
        request_path=request.url.path if request is not None else "", **context)


def wants_html(request: Request) -> bool:
    """A browser: its Accept names text/html (other clients, ``*/*`` included, get one line of text)."""
    accept = request.headers.get("accept", "")
    return "text/html" in accept and negotiate(accept, (HTML,), HTML) is not None


def error_page(site: Site, request: Request, status: int, message: str,
               headers: dict[str, str] | None = None) -> Response:
    """An error a person can act on: the site's error page for a browser, one line of text for other clients
    (``http.error``), the same message in both."""
    if not wants_html(request):
        return error(status, message, headers)
    body = render(site, request, "error.html", status=status, title=TITLES.get(status, "Error"), message=message)
    return HTMLResponse(body, status_code=status, headers=headers)


def not_found(site: Site, request: Request, message: str) -> Response:
    """404 with a way on: the page unless the client asked for something other than HTML (a missing resource is
    most often a link a person followed)."""
    if negotiate(request.headers.get("accept"), (HTML,), HTML) is None:
        return error(404, f"Not found. {message}")
    return HTMLResponse(render(site, request, "error.html", status=404, title=TITLES[404], message=message),
                        status_code=404)
