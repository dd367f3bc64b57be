"""What the OpenAPI document (``/openapi.json``, browsable at ``/api``) says a route answers.

FastAPI documents every route as answering 200 with JSON, which is true of almost none of ours: they negotiate
RDF, SPARQL result and HTML formats, and answer errors as one line of plain text (``http.error``). A route
states its media types and statuses with :func:`responses`, built from the same ``Format`` constants that
drive its negotiation, so the document cannot drift from what the route does without a test noticing
(``tests/hardening/test_hardening_schemathesis.py`` holds the live server to it with schemathesis).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from publisher.web.formats import Format

STATUSES = {
    200: "The representation asked for (chosen by Accept or format=)",
    206: "The byte range asked for (Range)",
    303: "See Other: a browser is sent to the HTML page",
    304: "Not Modified: the ETag sent in If-None-Match still holds",
    400: "Bad request: the message says what was wrong",
    403: "Forbidden: the endpoint is read-only",
    404: "Nothing here: the message says where to look",
    406: "Not acceptable: none of the formats asked for is offered; the message lists those that are",
    413: "The request body is over the limit",
    415: "The request body's media type is not accepted",
    416: "The byte range cannot be satisfied",
    429: "Too many requests from this client at once: see Retry-After",
    500: "The server failed: a valid query it could not evaluate, or a bug (the message says which)",
    501: "Not implemented: a valid query uses a SPARQL feature this endpoint does not support",
    503: "Over the time limit, or not ready yet: see Retry-After where given",
    504: "A service the query calls (SERVICE) did not answer in time",
}
PLAIN_TEXT = {"text/plain": {"schema": {"type": "string"}}}
NO_BODY = (303, 304)
METHODS = ("get", "head", "post", "put", "delete", "patch", "options", "trace")


def responses(formats: Iterable[Format | str], *statuses: int, ok: str | None = None,
              schema: dict[str, Any] | None = None) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route answering 200 in ``formats`` (Formats or media types), and ``statuses``:
    errors as plain text, 303 and 304 with no body, 206 with a part of what 200 gives."""
    media = [f.media_type if isinstance(f, Format) else f for f in formats]
    body = {"schema": schema} if schema else {}
    documented: dict[int | str, dict[str, Any]] = {
        200: {"description": ok or STATUSES[200], "content": {m: dict(body) for m in dict.fromkeys(media)}}}
    for status in statuses:
        documented[status] = {"description": STATUSES[status]}
        if status == 206:
            documented[status]["content"] = documented[200]["content"]
        elif status not in NO_BODY:
            documented[status]["content"] = PLAIN_TEXT
    return documented


def tidy_operations(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with one operationId per operation, as OpenAPI requires, and each path's operations in one
    order (GET before HEAD). FastAPI names a route's operations after its first method, taken from a set: GET
    and HEAD of one route shared an id (Swagger UI, ``/api``, then opened both at one click) and came in either
    order from one start to the next. A shared id gets its operation's method in place of that suffix."""
    paths = document.get("paths", {})
    for path, item in paths.items():
        paths[path] = dict(sorted(item.items(), key=lambda pair: _method_rank(pair[0])))
    operations = [(method, operation) for item in paths.values()
                  for method, operation in item.items() if isinstance(operation, dict) and "operationId" in operation]
    seen: dict[str, int] = {}
    for _, operation in operations:
        seen[operation["operationId"]] = seen.get(operation["operationId"], 0) + 1
    for method, operation in operations:
        given = operation["operationId"]
        if seen[given] > 1:
            stem = given.rsplit("_", 1)[0] if given.rsplit("_", 1)[-1] in METHODS else given
            operation["operationId"] = f"{stem}_{method}"
    return document


def _method_rank(key: str) -> int:
    return METHODS.index(key) if key in METHODS else len(METHODS)
