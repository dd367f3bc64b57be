"""The remote store: records kept in an external SPARQL 1.1 server (Oxigraph server, Fuseki, Virtuoso, GraphDB).

Named with ``--store sparql+http://HOST:PORT/PATH`` (or ``sparql+https://``). The server's three endpoints
default to Oxigraph's layout under PATH — ``query``, ``update``, ``store`` (the Graph Store Protocol) — and each
can be named in the location's query string, relative to PATH or absolute::

    sparql+http://127.0.0.1:7878/                                   Oxigraph server
    sparql+http://127.0.0.1:3030/ds?query=sparql&update=update&gsp=data      Fuseki
    sparql+http://127.0.0.1:8890/?query=sparql&update=sparql&gsp=sparql-graph-crud&default-graph=union  Virtuoso

User and password in the location (``sparql+http://user:secret@host/…``) are sent as HTTP Basic auth.

It behaves as the embedded store does, through the SPARQL 1.1 Protocol only:

- **The default graph is the union of the named graphs, without duplicates.** Many servers keep a separate
  default graph (Oxigraph server, Fuseki), so by default (``default-graph=maintained``) this store maintains
  it exactly as the embedded store does: replacing a record is *one* SPARQL update request — drop the record's
  triples that no other graph holds from the default graph, drop the record's graph, insert the new graph and
  copy it into the default graph — which a SPARQL 1.1 server runs as one transaction (the update text is the
  embedded store's own). A server whose default graph already is the union of its named graphs (Virtuoso;
  ``oxigraph serve --union-default-graph``) takes ``default-graph=union``: then a record is replaced by one
  Graph Store Protocol PUT, atomic per the protocol, and the default graph is left to the server. (In that mode
  a triple held by two records is counted once or twice as the server's union does; ``maintained`` keeps our
  set semantics everywhere, at the cost of storing each triple twice.)
- Queries, exports (and so the dumps and the VoID statistics, which are built from them) go to the query
  endpoint; results come back as pyoxigraph's own result objects, so every caller reads them as it reads the
  embedded store's.
- The public ``/sparql`` answers through the server too (``publisher.query.remote``).
- **Every write names a new revision** (``default-graph=maintained``: a random token in the settings graph,
  in the same request as the write): the data version is recomputed from every record's hash only when the
  revision changed, so a web worker's check every 5 s is one bound lookup whatever the size (reading every
  hash took 10 s at 107 k records on ``oxigraph serve``). A write that bypasses this class (another tool's
  update) is seen at the next write through it. A union-mode server would show the token in its default
  graph, so there every check reads the hashes.
"""

from __future__ import annotations

import base64
import http.client
import logging
import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, BinaryIO
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit

import pyoxigraph as ox
from rdflib import Graph

from publisher import ntriples
from publisher.errors import PublisherError
from publisher.messages import plural
from publisher.namespaces import CL
from publisher.store.embedded import EXPORT_PREFIXES, RDF_FORMATS, forget_graph
from publisher.store.interface import SETTINGS_GRAPH, Triple
from publisher.store.version import computed_version

log = logging.getLogger(__name__)

SCHEMES = ("sparql+http", "sparql+https")
DEFAULT_GRAPH_MODES = ("maintained", "union")
EMPTY_GRAPH = "urn:x-council-lod:empty"  # names an empty default graph where the protocol cannot say "none"
RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
# The form decides what to ask for: some servers (Virtuoso) answer a CONSTRUCT in SPARQL results JSON when
# that is what the Accept header lists first. The form is the first word after the prologue.
PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)*", re.IGNORECASE)
GRAPH_FORMS = ("construct", "describe")
NAMED_QUADS = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{SETTINGS_GRAPH}>) }}"
# Virtuoso writes a blank node in SPARQL results JSON as "nodeID://b10003", which is not a blank node label,
# and an xsd:boolean as the number it stores ("1"), where the data said "true"
VIRTUOSO_BNODE = re.compile(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://')
VIRTUOSO_BOOLEAN = re.compile(rb'("datatype"\s*:\s*"http://www.w3.org/2001/XMLSchema#boolean"\s*,\s*"value"\s*:\s*")'
                              rb'([01])"')
BOOLEANS = {b"0": b"false", b"1": b"true"}
INSERT_PART = 500  # triples per INSERT DATA operation in a union-mode update (Virtuoso fails at ~1,600)
GRAPH_NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
GRAPHS_HOLDING = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
# A server whose default graph is the union of its named graphs shows the store settings in it: left out here
UNION_TRIPLES = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER(?s != <{SETTINGS_GRAPH}>) }}"


# The store's revision: one triple in the settings graph (not data: left out of graphs, exports and counts),
# replaced by every write, read by the data version check (one bound lookup)
REVISION = "urn:x-council-lod:revision"
REVISION_QUERY = f"SELECT ?r WHERE {{ GRAPH <{SETTINGS_GRAPH}> {{ <{SETTINGS_GRAPH}> <{REVISION}> ?r }} }}"
REVISION_QUADS = (f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ <{SETTINGS_GRAPH}> <{REVISION}> ?r }} UNION "
                  f"{{ GRAPH ?g {{ <{SETTINGS_GRAPH}> <{REVISION}> ?r }} }} }}")


def revised(update: str) -> str:
    """``update`` and a new revision, in one request: the revision changes with the data, never apart."""
    held = f"GRAPH <{SETTINGS_GRAPH}> {{ <{SETTINGS_GRAPH}> <{REVISION}> ?r }}"
    return (f"{update} ;\nDELETE {{ {held} }} WHERE {{ {held} }} ;\n"
            f"INSERT DATA {{ GRAPH <{SETTINGS_GRAPH}> {{ <{SETTINGS_GRAPH}> <{REVISION}> \"{uuid.uuid4().hex}\" }} }}")


# Virtuoso echoes each default-graph-uri of a query as a response header (X-SPARQL-default-graph): the VoID
# count of a council's triples over its 200 record graphs came back with 200 headers, over http.client's
# limit of 100 ("got more than 100 headers"). The limit is the module's, so it is raised there.
http.client._MAXHEADERS = max(http.client._MAXHEADERS, 1_000_000)  # type: ignore[attr-defined]


def is_remote(location: object) -> bool:
    return isinstance(location, str) and location.split(":", 1)[0].lower() in SCHEMES


class Endpoints:
    """Where the server's query, update and Graph Store Protocol endpoints are, read from a store location."""

    def __init__(self, location: str) -> None:
        parts = urlsplit(location)
        scheme = parts.scheme.lower()
        if scheme not in SCHEMES or not parts.hostname:
            raise PublisherError(f"{location!r} is not a remote store location: write sparql+http://HOST:PORT/PATH")
        options = dict(parse_qsl(parts.query))
        unknown = set(options) - {"query", "update", "gsp", "default-graph"}
        if unknown:
            raise PublisherError(f"{plural(len(unknown), 'unknown option')} in the store location: "
                                 f"{', '.join(sorted(unknown))} "
                                 f"(known: query, update, gsp, default-graph)")
        self.mode = options.get("default-graph", "maintained")
        if self.mode not in DEFAULT_GRAPH_MODES:
            raise PublisherError(f"default-graph={self.mode} in the store location: use one of "
                                 f"{', '.join(DEFAULT_GRAPH_MODES)}")
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        root = f"{scheme.removeprefix('sparql+')}://{host}{parts.path.rstrip('/')}/"
        self.query = urljoin(root, options.get("query", "query"))
        self.update = urljoin(root, options.get("update", "update"))
        self.gsp = urljoin(root, options.get("gsp", "store"))
        self.auth = None
        if parts.username is not None:
            pair = f"{parts.username}:{parts.password or ''}".encode()
            self.auth = "Basic " + base64.b64encode(pair).decode()


class _Connections:
    """One persistent HTTP connection per thread and server: loopback round trips without a TCP handshake."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._local = threading.local()
        self._opened: list[http.client.HTTPConnection] = []  # every thread's, to close them all at the end
        self._lock = threading.Lock()

    def request(self, method: str, url: str, body: bytes | None, headers: dict[str, str],
                timeout: float | None = None) -> http.client.HTTPResponse:
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        for attempt in (1, 2):  # a kept-alive connection the server closed meanwhile is opened again, once
            connection = self._connection(parts.scheme, parts.netloc, timeout)
            try:
                connection.request(method, target or "/", body=body, headers=headers)
                response = connection.getresponse()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self._drop(parts.scheme, parts.netloc)
                if attempt == 2:
                    raise
            except BaseException:  # a time-out or a garbled answer: the connection is in an unknown state
                self._drop(parts.scheme, parts.netloc)
                raise
            else:
                self._local.__dict__.setdefault("last", {})[(parts.scheme, parts.netloc)] = response
                return response
        raise AssertionError("unreachable")

    def _connection(self, scheme: str, netloc: str, timeout: float | None) -> http.client.HTTPConnection:
        pool: dict[tuple[str, str], http.client.HTTPConnection] = self._local.__dict__.setdefault("pool", {})
        connection = pool.get((scheme, netloc))
        last = self._local.__dict__.get("last", {}).get((scheme, netloc))
        if connection is not None and last is not None and not last.isclosed():
            # the previous answer was not read to its end (its reader failed): its rest would be read as the
            # next answer, so the connection is opened afresh (Virtuoso under load: "more than 100 headers")
            self._drop(scheme, netloc)
            connection = None
        if connection is None:
            kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
            connection = pool[(scheme, netloc)] = kind(netloc, timeout=self.timeout)
            with self._lock:
                self._opened.append(connection)
        connection.timeout = timeout or self.timeout
        if connection.sock is not None:
            connection.sock.settimeout(connection.timeout)
        return connection

    def _drop(self, scheme: str, netloc: str) -> None:
        self._local.__dict__.get("last", {}).pop((scheme, netloc), None)
        connection = self._local.__dict__.get("pool", {}).pop((scheme, netloc), None)
        if connection is not None:
            connection.close()

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for connection in opened:
            connection.close()
        self._local = threading.local()


class RemoteStore:
    """A :class:`publisher.store.RecordStore` kept in an external SPARQL 1.1 server."""

    def __init__(self, location: str, timeout: float = 300.0) -> None:
        self.location = location
        self.endpoints = Endpoints(location)
        self._http = _Connections(timeout)
        self._version: tuple[str, tuple[str, datetime | None]] | None = None  # (revision, data version) last read
        self.query("ASK {}")  # fails now, with a clear message, if the server is not there

    # -- the protocol ----------------------------------------------------------------------------------

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str],
              timeout: float | None = None) -> http.client.HTTPResponse:
        """One request; the response is returned unread when its status is 2xx, else a clear error."""
        if self.endpoints.auth:
            headers = {**headers, "Authorization": self.endpoints.auth}
        try:
            response = self._http.request(method, url, body, headers, timeout)
        except TimeoutError as err:
            raise TimeoutError(f"the SPARQL store at {url} did not answer in time") from err
        except OSError as err:
            raise PublisherError(f"cannot reach the SPARQL store at {url}: {err.strerror or err}") from err
        if 200 <= response.status < 300:
            return response
        message = response.read().decode("utf-8", "replace").strip()[:2000]
        if response.status == 400 and url == self.endpoints.query:
            raise SyntaxError(message or "the SPARQL store refused the query")
        raise PublisherError(f"the SPARQL store at {url} answered {response.status} {response.reason}: {message}")

    def _post_query(self, sparql: str, accept: str, default_graphs: list[str] | None = None,
                    named_graphs: list[str] | None = None, timeout: float | None = None) -> http.client.HTTPResponse:
        form = [("query", sparql)]
        if default_graphs is not None or named_graphs is not None:
            form += [("default-graph-uri", g) for g in (default_graphs or [EMPTY_GRAPH])]
            form += [("named-graph-uri", g) for g in (named_graphs or [EMPTY_GRAPH])]
        return self._send("POST", self.endpoints.query, urlencode(form).encode(),
                          {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, timeout)

    def _update(self, sparql: str) -> None:
        """One update request, with a new revision in it (``revised``) where the default graph is ours."""
        text = revised(sparql) if self.maintains_default_graph else sparql
        self._send("POST", self.endpoints.update, text.encode(),
                   {"Content-Type": "application/sparql-update"}).read()

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, base_iri: str | None = None,
              timeout: float | None = None) -> object:
        """Run a query on the server; the answer as pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples."""
        text = f"BASE <{base_iri}>\n{sparql}" if base_iri else sparql
        form = sparql[PROLOGUE.match(sparql).end():][:9].lower()  # type: ignore[union-attr]
        accept = NTRIPLES if form.startswith(GRAPH_FORMS) else RESULTS_JSON
        response = self._post_query(text, accept, default_graphs, named_graphs, timeout)
        media = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
        data = response.read()
        if media in (RESULTS_JSON, "application/json"):
            return ox.parse_query_results(_as_written(data), format=ox.QueryResultsFormat.JSON)
        if media in (NTRIPLES, "text/plain", "text/turtle"):
            fmt = ox.RdfFormat.TURTLE if media == "text/turtle" else ox.RdfFormat.N_TRIPLES
            return _as_query_triples(q.triple for q in ox.parse(data, format=fmt))
        raise PublisherError(f"the SPARQL store at {self.endpoints.query} answered in {media or 'no format'}, "
                             f"not SPARQL JSON results or N-Triples")

    def _construct(self, sparql: str) -> list[ox.Triple]:
        data = self._post_query(sparql, NTRIPLES).read()
        return [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]

    # -- the RecordStore interface ---------------------------------------------------------------------

    def record_hash(self, graph: str) -> str | None:
        rows = self.query(f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{graph}> <{CL.contentHash}> ?h }} }} LIMIT 1")
        return next((row["h"].value for row in rows), None)  # type: ignore[attr-defined]

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        body = "\n".join(ntriples.lines_of(triples))
        if self.endpoints.mode == "union":  # the server's default graph is the union: one GSP PUT is the change
            self._send("PUT", f"{self.endpoints.gsp}?graph={quote(graph, safe='')}", body.encode(),
                       {"Content-Type": NTRIPLES}).read()
            return
        # One update request, one transaction: the record's graph and the default graph change together.
        self._update(f"{forget_graph(graph)} ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }} ;\n"
                     f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

    def replace_and_note(self, graph: str, triples: Iterable[Triple], log: str, entries: Iterable[Triple]) -> None:
        """Replace ``graph`` and append ``entries`` to ``log`` (a record and its history event) in ONE update
        request, which the server runs as one transaction: no round trip between them, and no state where the
        record changed without its event."""
        if not isinstance(triples, Graph | ntriples.Triples):
            triples = list(triples)  # read twice below
        body, noted = "\n".join(ntriples.lines_of(triples)), "\n".join(ntriples.lines_of(entries))
        if self.endpoints.mode == "maintained":
            self._update(f"{forget_graph(graph)} ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }} ;\n"
                         f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} ;\n"
                         f"INSERT DATA {{ GRAPH <{log}> {{\n{noted}\n}}\n{noted}\n}}")
            return
        if ntriples.has_blank_nodes(triples):  # Virtuoso takes none in INSERT DATA ("not allowed in a constant
            # clause"); INSERT … WHERE {} gives each a fresh node as INSERT DATA would, in one operation
            inserts = [f"INSERT {{ GRAPH <{graph}> {{\n{body}\n}} GRAPH <{log}> {{\n{noted}\n}} }} WHERE {{}}"]
        else:  # Virtuoso compiles an operation of more than ~1,000 triples into too much SQL: one per part
            lines = ntriples.lines_of(triples)
            inserts = [f"INSERT DATA {{ GRAPH <{graph}> {{\n{chr(10).join(lines[at:at + INSERT_PART])}\n}} }}"
                       for at in range(0, len(lines), INSERT_PART)]
            inserts.append(f"INSERT DATA {{ GRAPH <{log}> {{\n{noted}\n}} }}")
        self._update(" ;\n".join([f"DROP SILENT GRAPH <{graph}>", *inserts]))

    def add_records(self, records: list[tuple[str, list[str], list[str]]], log: str) -> None:
        """New record graphs and their history events, given as N-Triples lines (graph, its lines, its event's
        lines), in ONE update request: a bulk run's batch (``publisher.bulk``). None of the graphs may be
        stored yet (nothing is dropped). ``default-graph=maintained``: one ``INSERT DATA`` of the graphs, the
        events and their triples in the default graph (duplicates once), with a new revision; a SPARQL 1.1
        server that runs a request as one transaction (Oxigraph: checked, an operation failing at the end of a
        request leaves nothing of the ones before) applies the batch whole or not at all.
        ``default-graph=union``: a record's parts (``INSERT_PART``), its last part together with its event in
        one operation, since Virtuoso runs a request's operations one by one (checked: a later operation
        failing leaves the earlier ones applied)."""
        if self.endpoints.mode == "maintained":
            named = "".join(f"GRAPH <{graph}> {{\n{chr(10).join(lines)}\n}}\n" for graph, lines, _ in records)
            events = "\n".join(line for _, _, event in records for line in event)
            default = "\n".join(dict.fromkeys(line for _, lines, event in records for line in (*lines, *event)))
            self._update(f"INSERT DATA {{\n{named}GRAPH <{log}> {{\n{events}\n}}\n{default}\n}}")
            return
        inserts = []
        for graph, lines, event in records:
            parts = [lines[at:at + INSERT_PART] for at in range(0, len(lines), INSERT_PART)] or [[]]
            inserts += [f"INSERT DATA {{ GRAPH <{graph}> {{\n{chr(10).join(part)}\n}} }}" for part in parts[:-1]]
            inserts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{chr(10).join(parts[-1])}\n}} "
                           f"GRAPH <{log}> {{\n{chr(10).join(event)}\n}} }}")
        self._update(" ;\n".join(inserts))

    def remove_graph(self, graph: str) -> None:
        if self.endpoints.mode == "union":
            self._update(f"DROP SILENT GRAPH <{graph}>")
        else:
            self._update(forget_graph(graph))

    @property
    def maintains_default_graph(self) -> bool:
        """Whether this store keeps the default graph itself (else the server's default graph is the union)."""
        return self.endpoints.mode == "maintained"

    def update(self, sparql: str) -> None:
        self._update(sparql)

    def add_to_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Append to a graph (the record history only appends): one INSERT DATA, into the default graph too
        unless the server unions its graphs itself."""
        body = "\n".join(ntriples.lines_of(triples))
        also_default = f"\n{body}\n" if self.endpoints.mode == "maintained" else ""
        self._update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} {also_default}}}")

    def mentions(self, iri: str) -> bool:
        """Whether any triple has ``iri`` as its subject or object (what /id/ answers 404 without)."""
        return bool(self.query(f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}"))

    def describe(self, iris: list[str]) -> list[ox.Triple]:
        """What the embedded store's ``DESCRIBE_QUERY`` gives, asked as one block per resource with its IRI
        written in (index lookups, where a VALUES join is planned as a scan by some engines)."""
        blocks = " UNION ".join(f"{{ <{iri}> ?p ?o BIND(<{iri}> AS ?r) }} UNION {{ ?x ?q <{iri}> BIND(<{iri}> AS ?r) }}"
                                for iri in iris)
        return self._construct(f"CONSTRUCT {{ ?r ?p ?o . ?x ?q ?r }} WHERE {{ {blocks} }}")

    def graph(self, graph: str) -> Graph:
        data = self._post_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                                NTRIPLES).read()
        return Graph().parse(data=data, format="nt")

    def graphs(self) -> list[str]:
        """``GRAPH ?g { }`` lists the graphs from the graph index (Oxigraph); Virtuoso answers it with one
        unbound row, and its graph list names graphs the user may not read: it is asked for graphs holding
        triples, grouped, which it answers from the quads the user sees."""
        rows = list(self.query(GRAPH_NAMES))  # type: ignore[call-overload]
        if any(row["g"] is None for row in rows):
            rows = list(self.query(GRAPHS_HOLDING))  # type: ignore[call-overload]
        return sorted(row["g"].value for row in rows
                      if isinstance(row["g"], ox.NamedNode) and row["g"].value != SETTINGS_GRAPH)

    def export(self, fmt: str, out: BinaryIO) -> None:
        """The whole dataset, streamed from the server: ``nt``/``ttl`` the default graph, ``nq``/``trig`` the
        named graphs (read as a SELECT of quads, since a CONSTRUCT loses the graph names; in SPARQL results
        JSON, which servers write alike). A server that caps result rows must not cap these (Virtuoso:
        ``ResultSetMaxRows``), or the dumps would be cut."""
        if fmt not in RDF_FORMATS:
            raise PublisherError(f"unknown export format {fmt!r}: use one of {', '.join(RDF_FORMATS)}")
        all_triples = ALL_TRIPLES if self.maintains_default_graph else UNION_TRIPLES
        with tempfile.TemporaryFile() as spool:
            if fmt in ("nq", "trig"):
                response = self._post_query(NAMED_QUADS, RESULTS_JSON)
                spool.writelines(map(_as_written, response))  # line by line: Virtuoso writes a row a line
                response.read()  # the end, so that the connection takes the next request
                spool.seek(0)
                ox.serialize(_quads(spool), out, format=RDF_FORMATS[fmt], prefixes=EXPORT_PREFIXES)
            else:  # written again, never copied: servers write N-Triples differently (Virtuoso: tabs)
                shutil.copyfileobj(self._post_query(all_triples, NTRIPLES), spool)
                spool.seek(0)
                ox.serialize((q.triple for q in ox.parse(spool, format=ox.RdfFormat.N_TRIPLES)), out,
                             format=RDF_FORMATS[fmt], prefixes=EXPORT_PREFIXES)

    def __len__(self) -> int:
        """Every quad, as the embedded store counts them: the named graphs' and the default graph's."""
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))  # type: ignore[call-overload]
        revision = list(self.query(REVISION_QUADS))  # type: ignore[call-overload]
        return int(rows[0]["n"].value) - int(revision[0]["n"].value)  # the revision is not data

    def data_version(self) -> tuple[str, datetime | None]:
        """The data version (``publisher.store.version``), read from every record's hash only when the revision
        changed since the last read. The revision is read first: a write landing in between leaves a newer
        revision, so the next call reads the hashes again."""
        if not self.maintains_default_graph:
            return computed_version(self)
        rows = list(self.query(REVISION_QUERY))  # type: ignore[call-overload]
        revision = rows[0]["r"].value if rows else None
        if revision is None or self._version is None or self._version[0] != revision:
            version = computed_version(self)
            self._version = (revision, version) if revision is not None else None
            return version
        return self._version[1]

    def flush(self) -> None:
        """Nothing to do: the server made each change durable when it answered."""

    def close(self) -> None:
        self._http.close()


def _as_written(results: bytes) -> bytes:
    """SPARQL results JSON with Virtuoso's terms as the data wrote them: a blank node named by a label
    pyoxigraph reads, a boolean in its canonical form."""
    if b"nodeID://" in results:
        results = VIRTUOSO_BNODE.sub(rb"\1", results)
    if b"#boolean" in results:
        results = VIRTUOSO_BOOLEAN.sub(lambda m: m[1] + BOOLEANS[m[2]] + b'"', results)
    return results


def _quads(spool: BinaryIO) -> Iterator[ox.Quad]:
    for row in ox.parse_query_results(spool, format=ox.QueryResultsFormat.JSON):
        yield ox.Quad(row["s"], row["p"], row["o"], row["g"])  # type: ignore[index]


def _as_query_triples(triples: Any) -> ox.QueryTriples:
    """pyoxigraph's CONSTRUCT result type for triples read from elsewhere: what its callers expect to get."""
    holder = ox.Store()
    holder.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return holder.query("CONSTRUCT WHERE { ?s ?p ?o }")  # type: ignore[return-value]


__all__ = ["Endpoints", "RemoteStore", "is_remote"]
