"""``/sparql``: the SPARQL 1.1 Protocol for queries, read-only, with limits that hold (docs/architecture.md §4, §7).

A request is read (GET, POST form, POST direct), its query checked before anything runs (no SERVICE unless
allow-listed, no dataset that is not ours to name), its format negotiated, and only then handed to a query
worker (``publisher.query.pool``) that is killed at the time limit. A GET without a query describes the
service (SPARQL Service Description). Updates are refused: this endpoint is read-only.

The check itself (what is refused before a query runs) is ``publisher.query.check``; the workers that run
and kill queries, ``publisher.query.pool``; the results writer, ``publisher.query.results``.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from publisher.namespaces import CL, FORMATS, RDFS, SD, VOID, XSD
from publisher.query.check import Query, Refused, check, check_graph_iri, read_query, time_budget
from publisher.query.pool import PoolBusy, QueryPool, QueryTimeout, WorkerLost
from publisher.query.remote import RemoteQueries
from publisher.query.results import Answer, Job, answer, answer_lookup, is_lookup_text, lookup
from publisher.store import SETTINGS_GRAPH
from publisher.store.remote import RemoteStore
from publisher.web import openapi
from publisher.web.dataset import service_triples
from publisher.web.formats import GRAPH_FORMATS, HTML, RESULT_FORMATS, RESULTS_JSON, RESULTS_XML, TURTLE, Format, choose
from publisher.web.http import error, not_modified, validators
from publisher.web.site import Hooks, Site, VersionWatch
from publisher.web.views import Interface

WORKERS = 4  # query worker processes; a query uses one core, and we have two
DISK_WORKERS = 2  # on the snapshot alone: each worker's handle costs memory (bench/README.md), one a core
INLINE_QUERY = 1024  # characters of query text read on the event loop (≤ ~1 ms) rather than on a thread
ALLOWED_METHODS = "GET, HEAD, POST"
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
UPDATE_PARAMS = ("update", "using-graph-uri", "using-named-graph-uri")
READ_ONLY = ("This endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR …) is not accepted. "
             "Send queries as query=… or with Content-Type: application/sparql-query.")
# What ``format=xml`` / ``format=json`` mean for a graph result (SPARQLWrapper and Virtuoso send these).
GRAPH_ALIASES = {"xml": "rdf", "json": "jsonld", "application/json": "jsonld", "application/xml": "rdf"}


# -- the protocol ------------------------------------------------------------------------------------------


@dataclass
class Operation:
    """One protocol request: the query (None: describe the service), its dataset and format parameters."""

    query: str | None
    default_graphs: tuple[str, ...]  # default-graph-uri values; empty: none given
    named_graphs: tuple[str, ...]
    formats: list[str]  # format= and output= values, in order


async def read_operation(request: Request) -> Operation:
    # the query string as Starlette's ``request.url.query`` gives it, without building the whole URL (~6 % of a
    # computed lookup, bench/README.md)
    params = parse_qsl(request.scope["query_string"].decode(), keep_blank_values=True)
    direct: str | None = None
    if request.method == "POST":
        media, charset = _content_type(request.headers.get("content-type"))
        body = await request.body()
        if media == FORM:
            params += parse_qsl(_utf8(body, "form body"), keep_blank_values=True)
        elif media == DIRECT:
            if charset not in (None, "utf-8", "utf8"):
                raise Refused(415, f"A query sent as {DIRECT} must be UTF-8, not {charset}.")
            direct = _utf8(body, "query")
        elif media == UPDATE:
            raise Refused(403, READ_ONLY)
        elif media is None:
            raise Refused(400, f"A POST needs a Content-Type: {FORM} (query=…) or {DIRECT} (the query itself).")
        else:
            raise Refused(415, f"Content-Type {media} is not accepted here: send {FORM} (query=…) or {DIRECT}.")
    names = {name for name, _ in params}
    if names.intersection(UPDATE_PARAMS):
        raise Refused(403, READ_ONLY)
    queries = [value for name, value in params if name == "query"] + ([direct] if direct is not None else [])
    if len(queries) > 1:
        raise Refused(400, f"The request holds {len(queries)} queries; send exactly one.")
    if request.method == "POST" and not queries:
        raise Refused(400, "No query: send query=… (form) or the query itself as application/sparql-query.")
    if queries and not queries[0].strip():
        raise Refused(400, "The query is empty.")
    return Operation(queries[0] if queries else None,
                     _graphs(params, "default-graph-uri"), _graphs(params, "named-graph-uri"),
                     [value for name, value in params if name in ("format", "output")])


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, *params = (part.strip() for part in header.split(";"))
    charset = next((p.partition("=")[2].strip().strip('"').lower() for p in params
                    if p.lower().startswith("charset=")), None)
    return media.lower(), charset


def _utf8(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, f"The {what} is not valid UTF-8.") from None


def _graphs(params: list[tuple[str, str]], name: str) -> tuple[str, ...]:
    graphs = tuple(value for key, value in params if key == name)
    for iri in graphs:
        check_graph_iri(iri, name)
    return graphs


def _offered(form: str) -> tuple[tuple[Format, ...], Format]:
    if form in ("construct", "describe"):
        return GRAPH_FORMATS, TURTLE
    if form == "ask":
        return (RESULTS_JSON, RESULTS_XML), RESULTS_JSON
    return RESULT_FORMATS, RESULTS_JSON


def negotiate(form: str, request: Request, params: list[str]) -> Format:
    offered, default = _offered(form)
    chosen = choose(_graph_names(params) if offered is GRAPH_FORMATS else params, request.headers.get("accept"),
                    offered, default)
    if chosen is None:
        asked = f"format={', '.join(params)}" if params else f"Accept: {request.headers.get('accept')}"
        listing = ", ".join(f"{f.media_type} (format={f.name})" for f in offered)
        what = "an ASK result" if form == "ask" else f"a {form.upper()} result"
        raise Refused(406, f"None of the formats asked for ({asked}) can carry {what}. Offered: {listing}.")
    return chosen


def _graph_names(params: list[str]) -> list[str]:
    return [GRAPH_ALIASES.get(p.strip().lower(), p) for p in params]


# -- how many queries one client may run at once (issue 7) ------------------------------------------------


class ClientGate:
    """Counts the /sparql queries each client (by IP address) has running; one more than the limit is 429.

    Every query counts as expensive, from its reading to its answer: a cheap one is done in milliseconds, so
    the limit only meets a client that keeps many running at once (a crawler fanning out, runaway queries sent
    in parallel), and it leaves the pool's workers to everyone else. The count lives on the event loop's
    thread, so it needs no lock. Behind a reverse proxy every client has the proxy's address: set the limit
    there, or raise it here.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit  # 0: no limit
        self.running: dict[str, int] = {}

    @contextlib.contextmanager
    def admit(self, client: str) -> Iterator[None]:
        held = self.running.get(client, 0)
        if self.limit and held >= self.limit:
            raise Refused(429, f"Too many queries at once from {client}: {held} are still running, the most this "
                               f"endpoint runs for one client. Send this one again when one of them has "
                               f"finished.", {"Retry-After": "1"})
        self.running[client] = held + 1
        try:
            yield
        finally:
            left = self.running[client] - 1
            if left:
                self.running[client] = left
            else:
                del self.running[client]


def query_service(site: Site) -> QueryPool | RemoteQueries:
    """The embedded store's killable worker pool; for a remote store, the SPARQL server itself."""
    limits = site.limits
    if isinstance(site.store, RemoteStore):
        return RemoteQueries(site.store, answer, timeout=limits.query_timeout)
    return QueryPool(answer, size=limits.query_workers or WORKERS, timeout=limits.query_timeout,
                     isolate_network=not limits.service_allowlist, replica=limits.replica,
                     memory_limit=limits.memory_replica_limit,
                     disk_size=limits.query_workers or DISK_WORKERS)


# What /openapi.json says a query request holds: the handler reads the request itself, so FastAPI cannot know.
_GRAPHS = {"type": "array", "items": {"type": "string"}}
QUERY_PARAMETERS = [
    {"name": "query", "in": "query", "schema": {"type": "string"},
     "description": "A SPARQL query: SELECT, ASK, CONSTRUCT or DESCRIBE. Without one: the service description."},
    {"name": "default-graph-uri", "in": "query", "schema": _GRAPHS, "explode": True,
     "description": "Graphs (here, never fetched) whose merge is the default graph"},
    {"name": "named-graph-uri", "in": "query", "schema": _GRAPHS, "explode": True,
     "description": "Graphs (here, never fetched) the query may name"},
    {"name": "format", "in": "query", "schema": {"type": "string"},
     "description": "The result format, over Accept: json, xml, csv, tsv, ttl, nt, jsonld, rdf, nq, trig"},
]
QUERY_BODY = {"required": True, "content": {
    FORM: {"schema": {"type": "object", "properties": {
        "query": {"type": "string"}, "default-graph-uri": _GRAPHS, "named-graph-uri": _GRAPHS,
        "format": {"type": "string"}}}},
    DIRECT: {"schema": {"type": "string"}}}}
SPARQL_STATUSES = (303, 304, 400, 403, 406, 413, 415, 429, 500, 501, 503, 504)


# What /sparql answers, for /openapi.json (publisher.web.openapi)
QUERY_DOCS = {"responses": openapi.responses((*RESULT_FORMATS, *GRAPH_FORMATS), *SPARQL_STATUSES),
              "openapi_extra": {"parameters": QUERY_PARAMETERS}}
POST_DOCS = {"responses": QUERY_DOCS["responses"],
             "openapi_extra": {"parameters": QUERY_PARAMETERS, "requestBody": QUERY_BODY}}


def setup(site: Site, pool: QueryPool | RemoteQueries) -> Interface:
    """The query endpoint and its answer to other methods; the hooks keep the workers and the service
    description on the current data (a remote store is watched for changes other web workers make to it)."""
    gate = ClientGate(site.limits.client_queries)
    description = ServiceDescription()
    watch = VersionWatch(site) if isinstance(site.store, RemoteStore) else None

    def refresh(changed: Site) -> None:
        pool.load(changed.store)
        description.refresh(changed)

    def stop(_: Site) -> None:
        if watch is not None:
            watch.stop()
        pool.close()

    async def query(request: Request) -> Response:
        try:
            operation = await read_operation(request)
            if operation.query is None:
                return describe_service(request, site, description, operation.formats)
            with gate.admit(request.client.host if request.client else "unknown"):
                return await run_query(request, site, pool, operation)
        except Refused as refused:
            return error(refused.status, refused.message, refused.headers)

    async def other_methods(request: Request) -> Response:
        return error(405, f"{request.method} is not allowed on /sparql: use {ALLOWED_METHODS}.",
                     {"Allow": ALLOWED_METHODS})

    return Interface({"query": query, "other_methods": other_methods},
                     Hooks(on_change=(refresh,), on_stop=(stop,)))


async def run_query(request: Request, site: Site, pool: QueryPool, operation: Operation) -> Response:
    endpoint = f"{site.base}/sparql"
    text = operation.query or ""
    # ~1 s per MB of query text: a long query is read on a thread; a short one (~50 µs) here, which saves the
    # thread hand-off (bench/README.md)
    if len(text) <= INLINE_QUERY and is_lookup_text(text):
        query = Query(text, "select", endpoint)  # all a lookup's text can hold (query.results.LOOKUP)
    elif len(text) <= INLINE_QUERY:
        query = read_query(text, endpoint)
    else:
        query = await asyncio.to_thread(read_query, text, endpoint)
    check(query, site.limits.service_allowlist)
    fmt = negotiate(query.form, request, operation.formats) if query.form != "unknown" else RESULTS_JSON
    protocol_dataset = operation.default_graphs or operation.named_graphs
    default = operation.default_graphs if protocol_dataset else None
    named = operation.named_graphs if protocol_dataset else None
    headers = validators(site, "sparql", query.text, fmt.name, str(site.limits.max_rows),
                         " ".join(default or ()), " ".join(named or ()))
    headers["Vary"] = "Accept"
    cached = not_modified(request, headers)
    if cached is not None:
        return cached
    describe_graphs = _describe_graphs(query, default)
    named_graphs_read = bool(protocol_dataset or query.uses_graph_keyword or query.from_graphs or query.from_named)
    job = Job(query.text, query.form, fmt.name, endpoint, site.limits.max_rows, f"{site.base}/dumps/",
              default, named, query.describe_select, describe_graphs, named_graphs_read)
    reply = answered_here(pool, job)
    if reply is None:
        budget = time_budget(len(query.services), site.limits.service_timeout, site.limits.query_timeout)
        reply = await _ask_pool(pool, job, site, budget)
    if reply.status != 200:
        return error(reply.status, reply.error)
    if reply.truncated:
        headers["X-SPARQL-Truncated"] = f"true; limit={site.limits.max_rows}"
        headers["Link"] = f'<{site.base}/dumps/>; rel="alternate"'
    return Response(reply.body, media_type=fmt.content_type, headers=headers)


def answered_here(pool: QueryPool | RemoteQueries, job: Job) -> Answer | None:
    """A bounded index lookup (``query.results.lookup``: one triple pattern, its subject or object given, at
    most ``HERE_ROWS`` triples) answered on the pool's in-memory default graph in this process, as /doc/ is:
    the worker round trip (a pipe each way, two pickles, two process wake-ups) cost more than the lookup, and
    the time limit guards against nothing here. None: the query goes to a worker. (In an extra serving process
    ``pool`` is its reader of the current snapshot, ``web/siblings.SnapshotReader``, duck-typed.)"""
    if isinstance(pool, RemoteQueries) or not lookup(job):
        return None
    union = pool.union
    return answer_lookup(union, job) if union is not None else None


def _describe_graphs(query: Query, protocol_default: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The default graph a DESCRIBE reads its descriptions from: the protocol's, the query's FROM, or ours."""
    if protocol_default is not None:
        return protocol_default
    if query.from_graphs or query.from_named:
        return tuple(query.from_graphs)
    return None


async def _ask_pool(pool: QueryPool, job: Job, site: Site, budget: float | None = None) -> Answer:
    """``budget``: the shorter time limit of a query that calls other services (``query/check.py``)."""
    seconds = f"{site.limits.query_timeout:g}"
    retry = {"Retry-After": str(max(1, math.ceil(site.limits.query_timeout)))}
    try:
        return await pool.run(job, timeout=budget)
    except QueryTimeout as stopped:
        if budget is not None and budget < site.limits.query_timeout:
            raise Refused(504, f"The query was stopped after {stopped.seconds:g} s: it calls other services, and "
                               f"each SERVICE it writes may take {site.limits.service_timeout:g} s on this "
                               "endpoint. A service it called was too slow or did not answer.") from None
        raise Refused(503, f"The query was stopped after {seconds} s, the time limit of this endpoint. Make it "
                           f"more selective, or use the dumps at {site.base}/dumps/.") from None
    except PoolBusy as busy:
        raise Refused(503, f"The query service is busy ({busy}); try again in a few seconds.", retry) from None
    except WorkerLost as lost:
        raise Refused(500, f"The query could not be answered: {lost}.") from None


# -- the service description -----------------------------------------------------------------------------


class ServiceDescription:
    """The SPARQL Service Description of /sparql, rebuilt when the data changes (it counts the triples)."""

    def __init__(self) -> None:
        self.triples: list[ox.Triple] = []

    def refresh(self, site: Site) -> None:
        store = site.store
        total = next(iter(store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))["n"]  # type: ignore[call-overload]
        per_graph = {row["g"].value: row["n"] for row in store.query(  # type: ignore[attr-defined]
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
            if row["g"].value != SETTINGS_GRAPH}  # the store's own settings are not data
        self.triples = service_triples(site, total, per_graph)

    def serialize(self, fmt: Format) -> bytes:
        return ox.serialize(self.triples, format=fmt.oxigraph,  # type: ignore[arg-type]
                            prefixes={"sd": str(SD), "void": str(VOID), "formats": str(FORMATS), "cl": str(CL),
                                      "rdfs": str(RDFS), "xsd": str(XSD)})


def describe_service(request: Request, site: Site, description: ServiceDescription, params: list[str]) -> Response:
    """The service description in a graph format; a browser is sent to the query editor at /query."""
    chosen = choose(_graph_names(params), request.headers.get("accept"), (*GRAPH_FORMATS, HTML), TURTLE)
    if chosen is None:
        listing = ", ".join(f.media_type for f in GRAPH_FORMATS)
        raise Refused(406, f"The service description is offered as {listing} (and text/html sends you to "
                           "the query editor at /query).")
    if chosen is HTML:
        return RedirectResponse(f"{site.root}/query", status_code=303, headers={"Vary": "Accept"})
    headers = validators(site, "service-description", chosen.name)
    headers["Vary"] = "Accept"
    return not_modified(request, headers) or Response(description.serialize(chosen), media_type=chosen.content_type,
                                                      headers=headers)
