"""Federation: which SERVICE endpoints ``/sparql`` may call, and how long a query that calls them may run.

``publisher serve --allow-service URL`` (repeatable) names the SPARQL endpoints a query may call with
``SERVICE`` (other councils' publishers, Wikidata). Everything else stays refused before the query runs
(``publisher.web.sparql.check``). An endpoint is allowed only as written: same scheme, host, port and path
(and query string), so allowing ``https://query.wikidata.org/sparql`` does not allow
``https://query.wikidata.org.example/…`` nor another path on the host. An allow-list entry must be an
absolute http(s) URL without user name or password.

Time: pyoxigraph (0.5) evaluates SERVICE with its own HTTP client and offers no timeout for it, and a query
cannot be interrupted from outside (docs/architecture.md §1). What bounds a call is the query worker, which is killed at
its time limit: a query that writes SERVICE calls gets ``--service-timeout`` seconds per call it writes, never
more than ``--query-timeout``. So a slow or hanging peer holds a worker for that long and no longer.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from publisher.errors import PublisherError

DEFAULT_PORTS = {"http": 80, "https": 443}


def endpoint_key(url: str) -> tuple[str, str, int, str, str] | None:
    """What makes two endpoint URLs the same endpoint: scheme, host, port, path and query, normalised (case
    of scheme and host, default port, empty path as "/"). None for anything that is not a plain http(s) URL."""
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname or port is None or parts.username is not None \
            or parts.password is not None or parts.fragment:
        return None
    return scheme, parts.hostname.lower(), port, parts.path or "/", parts.query


def is_allowed(iri: str, allowlist: tuple[str, ...]) -> bool:
    """Whether a SERVICE target is one of the allow-listed endpoints."""
    key = endpoint_key(iri)
    return key is not None and any(key == endpoint_key(allowed) for allowed in allowlist)


def read_allowlist(urls: list[str]) -> tuple[str, ...]:
    """``--allow-service`` values, checked: a clear error for one that could never match a call."""
    for url in urls:
        if endpoint_key(url) is None:
            raise PublisherError(f"--allow-service {url!r}: give the endpoint as an absolute http(s) URL without "
                                 "user name, password or fragment, e.g. https://query.wikidata.org/sparql")
    return tuple(dict.fromkeys(urls))


def time_budget(service_calls: int, service_timeout: float, query_timeout: float) -> float | None:
    """Seconds a query that writes ``service_calls`` SERVICE calls may run; None for a query with none."""
    if service_calls <= 0:
        return None
    return min(query_timeout, service_timeout * service_calls)
