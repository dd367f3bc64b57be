"""Keeping consumers in sync: ``/changes`` (a Linked Data Event Stream), OParl-style lists, tombstones.

``/changes`` publishes the record history (``publisher.history``) as an LDES, paged with TREE:

- ``/changes`` describes the stream (``ldes:EventStream``: its timestamp, version-of and sequence paths and
  which ActivityStreams types mean create, update and delete) and names page 1 as its view; with
  ``?since=2026-01-01T00:00:00Z`` it redirects (303) to the page holding the first event at or after then.
- ``/changes/{n}`` is a ``tree:Node`` with events ``(n-1)·size+1 … n·size`` (``changes_page_size``) as
  members, in order. A member is the version object ``{record}#v{k}``: its kind, ``dct:isVersionOf`` the
  record graph, ``prov:generatedAtTime``, ``schema:position`` and content hash (``dcat:version``); its
  content, the record graph's triples at that version, is the named graph of the same IRI (the TREE member
  extraction takes a member's named graph), so a page is TriG, N-Quads or JSON-LD. A withdrawal has no
  content; it names the reason and the things that went with it.
- A full page never changes: it links to the next one with a ``tree:GreaterThanOrEqualToRelation`` on
  ``prov:generatedAtTime`` (its last member's time: times never go backwards along the stream), says
  ``ldes:immutable true`` and is served ``Cache-Control: immutable`` for a year. Only the newest page grows;
  it is cached for seconds and has no relation until it is full. Pages are rendered from the history alone,
  byte for byte the same on every request, whatever else the data does.

A browser asking for ``/changes`` gets the history as a page instead: the newest events first, 50 a page.

The lists ``/meetings``, ``/decisions``, ``/committees``, ``/people`` and ``/councils`` are for clients without
SPARQL, in JSON (OParl's shape: ``data``, ``links.next``) or Turtle (Hydra): ordered by IRI, ``limit`` per page,
``after`` the last IRI of the previous page (a cursor: pages stay consistent while data changes), ``since`` for
what was modified (or withdrawn: ``"deleted": true``, ``as:Tombstone``) at or after a time. For people the same
lists are pages and CSV (``publisher.web.lists``); its filters (council, committee, year, status) narrow every
form.

A thing of a withdrawn record answers 410 Gone with the reason and time (``gone``, used by
``publisher.web.views.resources``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from publisher.history import AS, Event, History, Tombstone, history_of, parse_time, stamp
from publisher.messages import plural
from publisher.namespaces import (
    BESLUIT,
    CL,
    DCAT,
    DCTERMS,
    FOAF,
    HYDRA,
    LDES,
    ORG,
    PERSON,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TREE,
    XSD,
)
from publisher.rdf import id_space
from publisher.web import html, lists, openapi
from publisher.web.formats import (
    HTML,
    JSONLD,
    NQUADS,
    NTRIPLES,
    PLAIN_JSON,
    RESULTS_CSV,
    TRIG,
    TURTLE,
    Format,
    choose,
    negotiate,
)
from publisher.web.http import error, negotiated, validators
from publisher.web.labels import PAGE_SIZE, SPARQL_PREFIXES, Labels, Paged, iris_in, select
from publisher.web.site import Hooks, Site
from publisher.web.views import Interface

PAGE_FORMATS = (TRIG, NQUADS, JSONLD)  # a member's content is a named graph: quads only
STREAM_FORMATS = (TRIG, TURTLE, NQUADS, NTRIPLES, JSONLD)
CACHE_IMMUTABLE = "public, max-age=31536000, immutable"
CACHE_NEWEST = "public, max-age=10"  # the newest page grows; consumers poll it
POLLING_INTERVAL = 10  # seconds, stated in the stream description
KEPT_PAGES = 64  # rendered full pages kept in memory
# Listed here, not taken from the publisher's prefix list (namespaces.PREFIXES): a full page's bytes must not
# change when that list does.
OUR_PREFIXES = {
    "ldes": str(LDES), "tree": str(TREE), "as": str(AS), "hydra": str(HYDRA), "dct": str(DCTERMS),
    "prov": str(PROV), "schema": str(SCHEMA), "dcat": str(DCAT), "xsd": str(XSD), "rdfs": str(RDFS),
    "skos": str(SKOS), "org": str(ORG), "foaf": str(FOAF), "cl": str(CL), "besluit": str(BESLUIT),
    "person": str(PERSON),
}


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _term(ns: object, local: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ns}{local}")


def _time(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_term(XSD, "dateTime"))


A = _term(RDF, "type")


# -- the feed ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    number: int
    events: list[Event]
    full: bool  # immutable: all its members are there and the next page is named


class ChangeFeed:
    """The stream's pages over one store's history, with the tombstones of withdrawn things."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.size = site.settings.changes_page_size
        self._rendered: OrderedDict[tuple[int, str], bytes] = OrderedDict()
        self._lock = threading.Lock()
        self.gone: dict[str, Tombstone] = {}

    @property
    def history(self) -> History:
        return history_of(self.site.store, self.site.base, self.site.settings.store)

    def data_changed(self, site: Site) -> None:
        """Note what changed without an event (an older store, an interrupted run), then the tombstones."""
        self.history.catch_up()
        self.gone = self.history.tombstones()

    @property
    def stream(self) -> str:
        return f"{self.site.base}/changes"

    def page_iri(self, number: int) -> str:
        return f"{self.site.base}/changes/{number}"

    def pages(self) -> int:
        """How many pages there are: the full ones and the newest, which is empty until its first member (so
        the page a full page links to always exists)."""
        return self.history.count() // self.size + 1

    def page(self, number: int) -> Page | None:
        total = self.history.count()
        if number < 1 or number > self.pages():
            return None
        first, last = (number - 1) * self.size + 1, min(number * self.size, total)
        return Page(number, self.history.events(first, last), full=total >= number * self.size)

    def page_since(self, moment: datetime) -> int:
        first = self.history.first_since(moment)
        return self.pages() if first is None else (first - 1) // self.size + 1

    # -- rendering ----------------------------------------------------------------------------------------

    def stream_quads(self, view: str) -> list[ox.Quad]:
        """What the stream is: the same on every page, with the node being read as its view."""
        s = _iri(self.stream)
        quads = [(A, _term(LDES, "EventStream")),
                 (_term(DCTERMS, "title"), ox.Literal("Changes to the council meeting records", language="en")),
                 (_term(LDES, "timestampPath"), _term(PROV, "generatedAtTime")),
                 (_term(LDES, "versionOfPath"), _term(DCTERMS, "isVersionOf")),
                 (_term(LDES, "sequencePath"), _term(SCHEMA, "position")),
                 (_term(LDES, "versionCreateObject"), _term(AS, "Create")),
                 (_term(LDES, "versionUpdateObject"), _term(AS, "Update")),
                 (_term(LDES, "versionDeleteObject"), _term(AS, "Delete")),
                 (_term(LDES, "pollingInterval"), ox.Literal(str(POLLING_INTERVAL), datatype=_term(XSD, "integer"))),
                 (_term(TREE, "view"), _iri(view))]
        return [ox.Quad(s, p, o) for p, o in quads]

    def page_head(self, page: Page) -> list[ox.Quad]:
        """A page's default graph: the stream, the node and its relation, and each member's description."""
        node = _iri(self.page_iri(page.number))
        quads = self.stream_quads(self.page_iri(page.number))
        quads += [ox.Quad(_iri(self.stream), _term(TREE, "member"), _iri(e.member)) for e in page.events]
        quads.append(ox.Quad(node, A, _term(TREE, "Node")))
        if page.full:
            relation = _iri(f"{self.page_iri(page.number)}#next")
            quads += [ox.Quad(node, _term(LDES, "immutable"), ox.Literal("true", datatype=_term(XSD, "boolean"))),
                      ox.Quad(node, _term(TREE, "relation"), relation),
                      ox.Quad(relation, A, _term(TREE, "GreaterThanOrEqualToRelation")),
                      ox.Quad(relation, _term(TREE, "path"), _term(PROV, "generatedAtTime")),
                      ox.Quad(relation, _term(TREE, "value"), _time(page.events[-1].time)),
                      ox.Quad(relation, _term(TREE, "node"), _iri(self.page_iri(page.number + 1)))]
        for event in page.events:
            quads += _description(event)
        return quads

    def page_body(self, page: Page, fmt: Format) -> bytes:
        """A page's bytes; full pages are rendered once (they never change)."""
        key = (page.number, fmt.name)
        if page.full:
            with self._lock:
                if key in self._rendered:
                    self._rendered.move_to_end(key)
                    return self._rendered[key]
        body = self._render(page, fmt)
        if page.full:
            with self._lock:
                self._rendered[key] = body
                while len(self._rendered) > KEPT_PAGES:
                    self._rendered.popitem(last=False)
        return body

    def _render(self, page: Page, fmt: Format) -> bytes:
        """The members' contents are archived as sorted N-Triples lines; they go into the page as they are
        (in TriG, a graph block of N-Triples lines; in N-Quads, each line with the member as its graph), so
        a page of a hundred versions is written in milliseconds and always to the same bytes."""
        head = self.page_head(page)
        contents = [(e.member, content) for e in page.events if (content := self.history.content(e))]
        if fmt == TRIG:
            return _serialize(head, TRIG) + b"".join(
                f"<{member}> {{\n".encode() + content + b"}\n" for member, content in contents)
        named = b"".join(line[:-2].rstrip() + f" <{member}> .\n".encode()  # "<s> <p> <o> ." + graph
                         for member, content in contents for line in content.splitlines() if line.strip())
        if fmt == NQUADS:
            return _serialize(head, NQUADS) + named
        return _serialize(head + list(ox.parse(named, format=ox.RdfFormat.N_QUADS)), fmt)


def _description(event: Event) -> list[ox.Quad]:
    """The version object, in a fixed order (so a page's bytes depend on its events only)."""
    m = _iri(event.member)
    facts = [(A, _term(AS, {"created": "Create", "updated": "Update", "withdrawn": "Delete"}[event.kind])),
             (_term(DCTERMS, "isVersionOf"), _iri(event.record)),
             (_term(PROV, "generatedAtTime"), _time(event.time)),
             (_term(SCHEMA, "position"), ox.Literal(str(event.position), datatype=_term(XSD, "integer")))]
    if event.version:
        facts.append((_term(DCAT, "version"), ox.Literal(event.version)))
    if event.reason:
        facts.append((_term(DCTERMS, "description"), ox.Literal(event.reason, language="en")))
    if event.source:
        facts.append((_term(PROV, "wasDerivedFrom"), _iri(event.source)))
    facts += [(_term(PROV, "invalidated"), _iri(thing)) for thing in event.things]
    return [ox.Quad(m, p, o) for p, o in facts]


def _serialize(quads: list[ox.Quad], fmt: Format) -> bytes:
    if fmt in (TRIG, TURTLE):
        return ox.serialize(quads if fmt == TRIG else [q.triple for q in quads],  # type: ignore[arg-type]
                            format=fmt.oxigraph, prefixes=OUR_PREFIXES)  # type: ignore[arg-type]
    if fmt == NTRIPLES:
        return ox.serialize([q.triple for q in quads], format=fmt.oxigraph)  # type: ignore[arg-type]
    return ox.serialize(quads, format=fmt.oxigraph)  # type: ignore[arg-type]


def _since(request: Request) -> datetime | None:
    """``since=`` as an aware datetime; a bad value raises ValueError with the reason."""
    raw = request.query_params.get("since")
    if raw is None:
        return None
    try:
        return parse_time(raw)
    except ValueError as err:
        raise ValueError(f"since must be an xsd:dateTime with a time zone, e.g. 2026-01-01T00:00:00Z, "
                         f"not {raw!r}") from err


def stream_response(request: Request, feed: ChangeFeed) -> Response:
    try:
        since = _since(request)
    except ValueError as err:
        return html.error_page(feed.site, request, 400, str(err))
    asked = choose(request.query_params.getlist("format"), request.headers.get("accept"), (*STREAM_FORMATS, HTML),
                   TRIG)
    if asked == HTML:  # a browser (RDF clients, */* included, get the stream as before)
        return history_page(request, feed, since)
    if since is not None:
        page = feed.page_since(since)
        return Response(status_code=303, headers={"Location": feed.page_iri(page), "Cache-Control": "no-cache"})

    def body(fmt: Format) -> bytes:
        quads = feed.stream_quads(feed.page_iri(1))
        quads.append(ox.Quad(_iri(feed.stream), _term(DCTERMS, "license"),
                             _iri("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
        return _serialize(quads, fmt)

    return _by_content(request, STREAM_FORMATS, body, "public, max-age=300", feed.site.last_modified)


@dataclass(frozen=True)
class Told:
    """An event as the history page tells it: the event, the stream page holding it, and what the record is (its
    council, the council page it was read from, the meetings, issues and decisions it describes)."""

    event: Event
    page: int
    council: ox.NamedNode
    source: str | None
    things: tuple[tuple[str, ox.NamedNode], ...]  # (kind, thing)


THING_KINDS = (("meeting", CL.Meeting), ("issue", CL.Issue), ("decision", CL.Decision))
SHOWN_THINGS = 4
HISTORY_PAGE = PAGE_SIZE  # events on a page of the history for people


def history_page(request: Request, feed: ChangeFeed, since: datetime | None) -> Response:
    """The history for people: the newest events first (those at or after ``since`` when given), 50 a page,
    each with what happened to which record and when, linked to the record, its source and its stream page."""
    site = feed.site
    total = feed.history.count()
    lowest = (feed.history.first_since(since) or total + 1) if since is not None else 1
    shown = max(0, total - lowest + 1)
    number = min(lists.page_asked(request.query_params.get("page")), max(1, -(-shown // HISTORY_PAGE)))
    high = total - (number - 1) * HISTORY_PAGE
    events = list(reversed(feed.history.events(max(lowest, high - HISTORY_PAGE + 1), high))) if shown else []
    headers = {**validators(site, "changes", str(request.url.query)), "Cache-Control": "no-cache"}

    def render(fmt: Format) -> bytes:
        told = _told(feed, events)
        labels = Labels(site)
        labels.prefetch(iris_in([(t.council, *(thing for _, thing in t.things)) for t in told]))
        query = {"since": stamp(since)} if since is not None else {}
        return html.render(site, request, "changes.html", labels, title="Changes", told=told, since=since,
                           paged=Paged(told, number, shown, HISTORY_PAGE), stream_pages=feed.pages(),
                           page_href=lambda n: f"{site.root}/changes?{urlencode({**query, 'page': n})}").encode()

    return negotiated(request, (HTML,), HTML, lambda fmt: headers, render)


def _told(feed: ChangeFeed, events: list[Event]) -> list[Told]:
    """The events with their records' councils and sources and the main things each record describes (a
    withdrawn record's are the things it took with it)."""
    site = feed.site
    records = " ".join(sorted({f"<{e.record}>" for e in events if e.kind != "withdrawn"}))
    sources: dict[str, str] = {}
    things: dict[str, list[tuple[str, ox.NamedNode]]] = {}
    if records:
        for row in select(site, f"""SELECT ?g ?src WHERE {{ VALUES ?g {{ {records} }}
                GRAPH ?g {{ ?g prov:wasDerivedFrom ?src }} }}"""):
            sources[row["g"].value] = row["src"].value
        kinds = " ".join(f'(<{cls}> "{n}" {rank})' for rank, (n, cls) in enumerate(THING_KINDS))
        for row in select(site, f"""SELECT DISTINCT ?g ?t ?kind ?rank WHERE {{ VALUES ?g {{ {records} }}
                VALUES (?type ?kind ?rank) {{ {kinds} }} GRAPH ?g {{ ?t a ?type }} }} ORDER BY ?g ?rank ?t"""):
            things.setdefault(row["g"].value, []).append((row["kind"].value, row["t"]))
    told = []
    for e in events:
        council = ox.NamedNode(id_space(site.base) + e.record[len(site.base) + len("/graph/"):].split("/")[0])
        found = things.get(e.record) or [("", ox.NamedNode(t)) for t in e.things]
        told.append(Told(e, (e.position - 1) // feed.size + 1, council, sources.get(e.record),
                         tuple(found[:SHOWN_THINGS])))
    return told


def page_response(request: Request, feed: ChangeFeed, number: int) -> Response:
    page = feed.page(number)
    if page is None:
        return error(404, f"There is no page {number} of /changes: it has {plural(feed.pages(), 'page')} so far.")
    modified = format_datetime(parse_time(page.events[-1].time), usegmt=True) if page.events else \
        feed.site.last_modified
    return _by_content(request, PAGE_FORMATS, lambda fmt: feed.page_body(page, fmt),
                       CACHE_IMMUTABLE if page.full else CACHE_NEWEST, modified,
                       "A page's members' content is in named graphs: it needs a quad format.")


def _by_content(request: Request, offered: tuple[Format, ...], body: Callable[[Format], bytes], cache: str,
                modified: str, note: str = "") -> Response:
    """A negotiated representation (TriG by default) whose ETag is a hash of its bytes: the same page reads the
    same however often the history was caught up."""
    body = functools.cache(body)

    def headers(fmt: Format) -> dict[str, str]:
        return {"ETag": '"' + hashlib.sha256(body(fmt)).hexdigest()[:32] + '"', "Last-Modified": modified,
                "Cache-Control": cache}

    return negotiated(request, offered, TRIG, headers, body, note)


# -- tombstones: 410 Gone ---------------------------------------------------------------------------------


def gone(request: Request, feed: ChangeFeed | None, iri: str) -> Response | None:
    """410 Gone for a thing (or record graph) of a withdrawn record, with the reason and time; else None (and
    always None where no feed is kept)."""
    tombstone = feed.gone.get(iri) if feed is not None else None
    if tombstone is None:
        return None
    message = (f"Gone: {iri} was withdrawn on {tombstone.time} with the record {tombstone.record}. "
               f"Reason: {tombstone.reason}")
    headers = {"Cache-Control": "no-cache", "Link": f'<{feed.stream}?since={tombstone.time}>; rel="related"'}
    if negotiate(request.headers.get("accept"), (HTML,), HTML) is None:
        return Response(message + "\n", status_code=410, media_type="text/plain", headers=headers)
    body = html.render(feed.site, request, "gone.html", iri=iri, tombstone=tombstone,
                  changes=f"/changes?{urlencode({'since': tombstone.time})}")
    return HTMLResponse(body, status_code=410, headers=headers)


# -- OParl-style lists ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    """One list: the class listed, where its IRIs live, and the facts shown for each member."""

    name: str  # path and JSON type
    kind: str  # the type name in JSON
    cls: str  # class IRI
    segment: str | None  # "/id/{council}/{segment}/…": how a withdrawn thing is known to be one of these
    facts: tuple[tuple[str, str], ...]  # (JSON key, property IRI)


LISTINGS = {
    "councils": Listing("councils", "Council", str(CL.Council), None,
                        (("gss", str(CL.gssCode)), ("area", str(SCHEMA.areaServed)))),
    "committees": Listing("committees", "Committee", str(CL.Committee), "committee",
                          (("council", str(ORG.subOrganizationOf)), ("classification", str(ORG.classification)))),
    "meetings": Listing("meetings", "Meeting", str(CL.Meeting), "meeting",
                        (("committee", str(BESLUIT.isGehoudenDoor)), ("startDate", str(SCHEMA.startDate)),
                         ("endDate", str(SCHEMA.endDate)))),
    "decisions": Listing("decisions", "Decision", str(CL.Decision), "decision",
                         (("madeAt", str(CL.madeAt)), ("date", str(CL.dateOfDecision)),
                          ("status", str(CL.decisionStatus)))),
    "people": Listing("people", "Person", str(CL.Person), "person",
                      (("party", str(CL.party)), ("memberOf", str(ORG.memberOf)))),
}
LIST_FORMATS = (PLAIN_JSON, TURTLE, JSONLD, RESULTS_CSV, HTML)  # JSON unless asked: a browser asks for HTML
DEFAULT_LIMIT = 100
AFTER = re.compile(r"[!#-;=?-\[\]_a-z~]{1,2000}")  # printable ASCII but space " < > \\ ^ ` { | }
MAX_LIMIT = 1000


@dataclass(frozen=True)
class Entry:
    iri: str
    name: str | None = None
    modified: str | None = None
    facts: tuple[tuple[str, str, bool], ...] = ()  # (key, value, is IRI)
    deleted: Tombstone | None = None


def list_entries(site: Site, listing: Listing, since: datetime | None, after: str, limit: int,
                 gone: dict[str, Tombstone], filters: lists.Filters | None = None) -> list[Entry]:
    """Up to ``limit + 1`` entries after ``after`` in IRI order: live things (modified since, when asked)
    and, when ``since`` is given, the withdrawn ones (as tombstones). With ``filters``, the things they keep;
    of the withdrawn, whose facts are gone, only a council's can be told apart (by their address), so a filter
    on anything else leaves the tombstones out."""
    where = filters.where(site) if filters is not None else ""
    having = f'HAVING (MAX(?m) >= "{stamp(since)}"^^<{XSD.dateTime}>)' if since else ""
    rows = list(site.store.query(SPARQL_PREFIXES + f"""SELECT ?s (MAX(?m) AS ?modified) WHERE {{
        GRAPH ?g {{ ?s a <{listing.cls}> }} OPTIONAL {{ GRAPH ?g {{ ?g <{DCTERMS.modified}> ?m }} }}
        FILTER(isIRI(?s) && STR(?s) > {json.dumps(after)}) {where} }}
        GROUP BY ?s {having} ORDER BY STR(?s) LIMIT {limit + 1}"""))  # type: ignore[call-overload]
    entries = [Entry(r["s"].value, modified=_stamp_of(r["modified"])) for r in rows]
    chosen = filters.chosen if filters is not None else {}
    if since is not None and listing.segment and set(chosen) <= {"council"}:
        marker = f"/{listing.segment}/"
        within = filters.council_prefix(site) if filters is not None else None
        entries += [Entry(t.thing, modified=t.time, deleted=t) for t in gone.values()
                    if t.thing > after and t.thing.startswith(within or id_space(site.base))
                    and marker in t.thing[len(site.base) + 4:] and parse_time(t.time) >= since]
    entries = sorted(entries, key=lambda e: e.iri)[:limit + 1]
    return _with_facts(site, listing, entries)


def _stamp_of(term: object) -> str | None:
    value = getattr(term, "value", None)
    return stamp(parse_time(value)) if value else None


def _with_facts(site: Site, listing: Listing, entries: list[Entry]) -> list[Entry]:
    live = [e.iri for e in entries if e.deleted is None]
    if not live:
        return entries
    values = " ".join(f"<{iri}>" for iri in live)
    props = " ".join(f"<{p}>" for _, p in listing.facts)
    rows = list(site.store.query(f"""SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }}
        {{ VALUES ?p {{ {props} <{SKOS.prefLabel}> <{RDFS.label}> }} ?s ?p ?o }} }}"""))  # type: ignore
    found: dict[str, dict[str, list[ox.NamedNode | ox.Literal]]] = {}
    for r in rows:
        found.setdefault(r["s"].value, {}).setdefault(r["p"].value, []).append(r["o"])
    keys = {p: key for key, p in listing.facts}
    out = []
    for entry in entries:
        if entry.deleted is not None:
            out.append(entry)
            continue
        facts = found.get(entry.iri, {})
        names = sorted(o.value for o in facts.get(str(SKOS.prefLabel), []) + facts.get(str(RDFS.label), []))
        shown = tuple(sorted((keys[p], o.value, isinstance(o, ox.NamedNode))
                             for p, objects in facts.items() if p in keys for o in objects))
        out.append(Entry(entry.iri, names[0] if names else None, entry.modified, shown))
    return out


def list_response(request: Request, feed: ChangeFeed, listing: Listing) -> Response:
    """A list in the form asked for: the OParl-style JSON (the default), Turtle or JSON-LD for clients; for people
    an HTML page (``web/lists.py``: newest first, filters, pages of 50) or every row as CSV. The filters
    (``council=``, ``committee=``, ``year=``, ``status=``) narrow every form alike."""
    site = feed.site
    kind = lists.KINDS[listing.name]
    try:
        since = _since(request)
        limit = _limit(request.query_params.get("limit"))
        after = _after(request.query_params.get("after"))
        filters = lists.Filters.read(kind, request.query_params)
    except ValueError as err:
        return html.error_page(site, request, 400, str(err))
    params = {k: v for k, v in (("since", stamp(since) if since else None), ("limit", str(limit))) if v}
    params.update(filters.chosen)
    this = _list_url(site, listing, {**params, **({"after": after} if after else {})})

    @functools.cache
    def oparl() -> tuple[list[Entry], str | None]:
        entries = list_entries(site, listing, since, after, limit, feed.gone, filters)
        more, entries = len(entries) > limit, entries[:limit]
        return entries, _list_url(site, listing, {**params, "after": entries[-1].iri}) if more else None

    def headers(fmt: Format) -> dict[str, str]:
        if fmt in (HTML, RESULTS_CSV):  # pages for people: one per query string
            return {"ETag": site.etag("list", listing.name, str(request.url.query), fmt.name),
                    "Last-Modified": site.last_modified, "Cache-Control": "no-cache"}
        following = oparl()[1]
        return {"ETag": site.etag("list", listing.name, this, fmt.name), "Last-Modified": site.last_modified,
                "Cache-Control": "no-cache", **({"Link": f'<{following}>; rel="next"'} if following else {})}

    def render(fmt: Format) -> bytes:
        if fmt == HTML:
            return list_page(request, site, filters)
        if fmt == RESULTS_CSV:
            return lists.csv_body(site, filters)
        entries, following = oparl()
        if fmt == PLAIN_JSON:
            return json.dumps({"data": [_entry_json(listing, e) for e in entries],
                               "links": {"self": this, "first": _list_url(site, listing, params), "next": following},
                               "pagination": {"limit": limit, "elementsOnPage": len(entries)}}, indent=2).encode()
        return _serialize(_list_quads(site, listing, entries, this, following), fmt)

    return negotiated(request, LIST_FORMATS, PLAIN_JSON, headers, render)


def list_page(request: Request, site: Site, filters: lists.Filters) -> bytes:
    """The HTML page of a list: the filter form, one page of rows, the way to the others and to the data."""
    listed = lists.page_of(site, filters, lists.page_asked(request.query_params.get("page")))
    labels = Labels(site)
    labels.prefetch(iris_in(listed.paged.rows))
    path = f"{site.root}/{filters.kind.name}"

    def link(**extra: str | int) -> str:
        return f"{path}?{urlencode({**filters.chosen, **extra})}" if filters.chosen or extra else path

    return html.render(site, request, "list.html", labels, title=filters.kind.title, listed=listed,
                       link=link).encode()


def _limit(raw: str | None) -> int:
    if raw is None:
        return DEFAULT_LIMIT
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise ValueError(f"limit must be a whole number from 1 to {MAX_LIMIT}, not {raw!r}")
    return int(raw)


def _after(raw: str | None) -> str:
    """The cursor: the last IRI of the previous page (it goes into the query as a string, so it is held to
    the characters an IRI may have)."""
    if raw is None:
        return ""
    if not AFTER.fullmatch(raw):
        raise ValueError(f"after must be an IRI from the previous page's next link, not {raw[:100]!r}")
    return raw


def _list_url(site: Site, listing: Listing, params: dict[str, str]) -> str:
    return f"{site.base}/{listing.name}" + (f"?{urlencode(params)}" if params else "")


def _entry_json(listing: Listing, entry: Entry) -> dict[str, object]:
    if entry.deleted is not None:
        return {"id": entry.iri, "type": listing.kind, "deleted": True, "modified": entry.modified,
                "reason": entry.deleted.reason, "record": entry.deleted.record}
    data: dict[str, object] = {"id": entry.iri, "type": listing.kind, "name": entry.name, "modified": entry.modified}
    for key, value, _ in entry.facts:  # sorted: the first of several values, the same every time
        data.setdefault(key, value)
    return data


def _list_quads(site: Site, listing: Listing, entries: list[Entry], this: str, following: str | None) -> list[ox.Quad]:
    """The page as a Hydra partial collection view; withdrawn things as ActivityStreams tombstones."""
    collection, view = _iri(f"{site.base}/{listing.name}"), _iri(this)
    triples = [(collection, A, _term(HYDRA, "Collection")), (collection, _term(HYDRA, "view"), view),
               (view, A, _term(HYDRA, "PartialCollectionView"))]
    if following:
        triples.append((view, _term(HYDRA, "next"), _iri(following)))
    for e in entries:
        s = _iri(e.iri)
        triples.append((collection, _term(HYDRA, "member"), s))
        if e.modified:
            triples.append((s, _term(DCTERMS, "modified"), _time(e.modified)))
        if e.deleted is not None:
            triples += [(s, A, _term(AS, "Tombstone")), (s, _term(AS, "formerType"), _iri(listing.cls)),
                        (s, _term(AS, "deleted"), _time(e.deleted.time)),
                        (s, _term(DCTERMS, "description"), ox.Literal(e.deleted.reason, language="en"))]
            continue
        triples.append((s, A, _iri(listing.cls)))
        if e.name:
            triples.append((s, _term(RDFS, "label"), ox.Literal(e.name)))
        props = dict((key, p) for key, p in listing.facts)
        for key, value, is_iri in e.facts:
            triples.append((s, _iri(props[key]), _iri(value) if is_iri else ox.Literal(value)))
    return [ox.Quad(s, p, o) for s, p, o in triples]


# -- routes -----------------------------------------------------------------------------------------------


# What each route answers, for /openapi.json (publisher.web.openapi)
STREAM_DOCS = {"responses": openapi.responses((*STREAM_FORMATS, HTML), 304, 400, 406)}
PAGE_DOCS = {"responses": openapi.responses(PAGE_FORMATS, 304, 404, 406)}
LIST_DOCS = {"responses": openapi.responses(LIST_FORMATS, 304, 400, 406)}


def setup(site: Site, feed: ChangeFeed) -> Interface:
    """``/changes``, ``/changes/{n}`` and one list per kind of thing (``lists`` below); the history is caught up
    and the tombstones read on every change of the data (first, so the query workers' replica built after it
    has the new events)."""

    def stream(request: Request) -> Response:
        return stream_response(request, feed)

    def page(request: Request, number: str) -> Response:
        if not number.isdigit() or len(number) > 9:
            return error(404, f"There is no page {number!r} of /changes: pages are numbered 1, 2, 3 …")
        return page_response(request, feed, int(number))

    lists = {name: _lister(feed, listing) for name, listing in LISTINGS.items()}
    return Interface({"stream": stream, "page": page, **lists}, Hooks(on_change=(feed.data_changed,)))


def _lister(feed: ChangeFeed, listing: Listing):  # noqa: ANN202 - a route function
    def listed(request: Request) -> Response:
        return list_response(request, feed, listing)
    return listed
