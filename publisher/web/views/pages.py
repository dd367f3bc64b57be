"""The HTML pages for people: the landing page ``/``, ``/search``, the query editor ``/query``, the API's page
``/api``, the page of each resource (rendered here for ``/doc/….html``), and our own static files (no CDN: pages
work offline).

The templates and their frame are the site's one HTML system, ``publisher.web.html``.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from publisher import __version__
from publisher.namespaces import CL, PREFIXES, RDF
from publisher.package_data import STATIC_DIR
from publisher.rdf import id_space
from publisher.web import html, lists
from publisher.web.chart import Series, bars, chart_unit, month_name
from publisher.web.formats import DOCUMENT_FORMATS, HTML
from publisher.web.http import not_modified, validators
from publisher.web.labels import (
    LABEL_PROPERTIES,
    VIEWS,
    Described,
    Labels,
    Row,
    iris_in,
    number,
    provenance,
    resource_kind,
    select,
    statements,
    trail,
    value,
)
from publisher.web.search import SearchIndex
from publisher.web.site import Hooks, Site
from publisher.web.views import Interface


def prefixed(query: str) -> str:
    """A query with the PREFIX lines of exactly the prefixes it uses."""
    used = [p for p in PREFIXES if re.search(rf"(?<![\w:]){re.escape(p)}:", query)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in used) + query.strip() + "\n"


@dataclass(frozen=True)
class Example:
    title: str
    query: str


EXAMPLES = tuple(Example(title, prefixed(query)) for title, query in (
    ("Decisions, newest first, with the meeting and committee that made them", """
SELECT ?date ?committee ?meeting ?text WHERE {
  ?decision a cl:Decision ; prov:value ?text ; cl:madeAt/cl:meeting ?meeting .
  ?meeting schema:startDate ?date ; besluit:isGehoudenDoor/skos:prefLabel ?committee .
}
ORDER BY DESC(STR(?date))
LIMIT 50"""),
    ("Who took part in agenda items, and in which role", """
SELECT ?item ?person ?name ?what ?role WHERE {
  ?p cl:atItem ?item ; cl:participant ?person ; cl:participationKind/skos:prefLabel ?what .
  ?person foaf:name ?name .
  OPTIONAL { ?p cl:inRole/skos:prefLabel ?role }
}
ORDER BY ?item ?name"""),
    ("Meetings per committee", """
SELECT ?committee ?name (COUNT(?meeting) AS ?meetings) (MIN(STR(?date)) AS ?first) (MAX(STR(?date)) AS ?last)
WHERE {
  ?meeting a cl:Meeting ; besluit:isGehoudenDoor ?committee ; schema:startDate ?date .
  ?committee skos:prefLabel ?name .
}
GROUP BY ?committee ?name
ORDER BY DESC(?meetings)"""),
    ("Issues and the meetings that considered them", """
SELECT ?issue ?title (COUNT(DISTINCT ?meeting) AS ?meetings)
       (GROUP_CONCAT(DISTINCT ?committee; separator=" · ") AS ?committees)
WHERE {
  ?item cl:considers ?issue ; cl:meeting ?meeting .
  ?issue dct:title ?title .
  ?meeting besluit:isGehoudenDoor/skos:prefLabel ?committee .
}
GROUP BY ?issue ?title
ORDER BY DESC(?meetings) ?title"""),
    ("Agenda items whose minutes mention the police", """
SELECT ?item ?title ?date WHERE {
  ?item a cl:AgendaItem ; dct:title ?title ; cl:minutes ?minutes ; cl:meeting/schema:startDate ?date .
  FILTER(CONTAINS(LCASE(?minutes), "police"))
}
ORDER BY DESC(STR(?date))"""),
    ("Documents of agenda items, with their size", """
SELECT ?item ?document ?title ?size ?url WHERE {
  ?item cl:document ?document .
  ?document dct:title ?title .
  OPTIONAL { ?document schema:contentSize ?size }
  OPTIONAL { ?document schema:url ?url }
}"""),
))


# -- rendering -------------------------------------------------------------------------------------------


def script_json(text: str) -> str:
    """JSON made safe inside ``<script>``: ``<`` only occurs inside JSON strings, where ``\\u003c`` means the
    same, so no ``</script>`` or ``<!--`` can end the element early."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def resource_page(site: Site, request: Request, iri: str, described: list[ox.Triple], stem: str, page: int) -> str:
    """The HTML page about one resource: a view for its kind, every statement, the data in JSON-LD."""
    d = Described(iri, described)
    kind = resource_kind(d)
    view = VIEWS[kind](site, d, page)
    crumbs = trail(site, d)
    shown, shown_left = statements(d)
    mentions, mentions_left = statements(d, inbound=True)
    labels = Labels(site)
    types = sorted(d.all(RDF.type), key=lambda t: (not t.value.startswith(str(CL)), t.value))
    labels.prefetch([iri, *crumbs_iris(crumbs), *(t.value for t in types), *iris_in(view), *iris_in(shown),
                     *iris_in(mentions)])
    root = site.root
    jsonld = ox.serialize(described, format=ox.RdfFormat.JSON_LD).decode()
    return html.render(site, request, f"{kind}.html", labels, iri=ox.NamedNode(iri), title=labels(iri), kind=kind,
                  kind_name=labels(types[0]) if types else "Resource", types=types, view=view, trail=crumbs,
                  statements=shown, statements_left=shown_left, mentions=mentions, mentions_left=mentions_left,
                  sources=provenance(site, iri), jsonld=script_json(jsonld),
                  page_href=lambda n: f"{root}/doc/{stem}.html?page={n}",
                  formats=[(fmt, f"{root}/doc/{stem}.{fmt.name}") for fmt in DOCUMENT_FORMATS if fmt != HTML])


def crumbs_iris(crumbs: list[Any]) -> list[str]:
    return [c.value for c in crumbs]


# -- the landing page ------------------------------------------------------------------------------------


@dataclass
class Overview:
    """What the landing page tells about the data of one version."""

    councils: list[Row] = field(default_factory=list)
    committees: list[Row] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None
    months: list[tuple[str, int, int]] = field(default_factory=list)  # (month, meetings, decisions)
    chart: str = ""
    chart_unit: str = "month"  # what one bar counts: "month" or "year" (a long span)
    recent: dict[str, list[Row]] = field(default_factory=dict)  # the newest meetings and decisions (web/lists.py)


RECENT = 5  # meetings and decisions on the landing page, newest first


def overview(site: Site) -> Overview:
    o = Overview()
    # councils with records: those publishing a record graph, as /void counts them (not only those with meetings)
    o.councils = select(site, """SELECT ?council ?name ?gss ?records (COALESCE(?held, 0) AS ?committees)
        (COALESCE(?met, 0) AS ?meetings) WHERE {
        { SELECT ?council (COUNT(DISTINCT ?g) AS ?records) WHERE { GRAPH ?g { ?g a cl:RecordGraph ;
            dct:publisher ?council } } GROUP BY ?council }
        OPTIONAL { SELECT ?council (COUNT(DISTINCT ?c) AS ?held) (COUNT(DISTINCT ?m) AS ?met) WHERE {
            ?c a cl:Committee ; org:subOrganizationOf ?council OPTIONAL { ?m besluit:isGehoudenDoor ?c } }
            GROUP BY ?council }
        OPTIONAL { ?council skos:prefLabel ?name } OPTIONAL { ?council cl:gssCode ?gss } } ORDER BY ?name""")
    o.committees = select(site, """SELECT ?c ?council (COUNT(DISTINCT ?m) AS ?meetings)
        WHERE { ?c a cl:Committee OPTIONAL { ?c org:subOrganizationOf ?council }
        OPTIONAL { ?m besluit:isGehoudenDoor ?c } } GROUP BY ?c ?council ORDER BY DESC(?meetings) ?c""")
    for name, cls in (("meetings", "cl:Meeting"), ("agenda items", "cl:AgendaItem"), ("decisions", "cl:Decision"),
                      ("issues", "cl:Issue"), ("people", "cl:Person")):
        o.counts[name] = number(select(site, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?x a {cls} }}")[0]["n"])
    o.counts["triples"] = number(select(site, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])
    span = select(site, "SELECT (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last) WHERE { ?m a cl:Meeting ; "
                        "schema:startDate ?d }")[0]
    o.first, o.last = value(span["first"]), value(span["last"])
    meetings = _per_month(site, "?x a cl:Meeting ; schema:startDate ?d")
    decisions = _per_month(site, "?x a cl:Decision OPTIONAL { ?x cl:dateOfDecision ?dd } OPTIONAL { ?x "
                                 "cl:madeAt/cl:meeting/schema:startDate ?md } BIND(COALESCE(?dd, ?md) AS ?d)")
    series = [Series("meetings", meetings), Series("decisions", decisions)]
    o.chart_unit = chart_unit(series)
    o.chart = bars(f"Meetings and decisions per {o.chart_unit}", series)
    o.months = [(m, meetings.get(m, 0), decisions.get(m, 0)) for m in sorted(set(meetings) | set(decisions))]
    o.recent = {name: lists.rows(site, lists.Filters(lists.KINDS[name], {}), RECENT)
                for name in ("meetings", "decisions")}
    return o


def _per_month(site: Site, pattern: str) -> dict[str, int]:
    rows = select(site, f"""SELECT ?month (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern}
        BIND(SUBSTR(STR(?d), 1, 7) AS ?month) FILTER(BOUND(?d)) }} GROUP BY ?month""")
    return {r["month"].value: number(r["n"]) for r in rows if r["month"] is not None}


@dataclass(frozen=True)
class Terms:
    """The classes and properties the data uses: what the query editor completes after ``a`` and in a
    predicate's place (instead of asking Linked Open Vocabularies on the internet)."""

    classes: tuple[str, ...] = ()
    properties: tuple[str, ...] = ()


def terms_in_use(site: Site) -> Terms:
    """The classes and properties of the default graph, sorted here: in SPARQL, ORDER BY comes before
    DISTINCT, so the store would sort every triple first (159 s at 4.1 M triples, against 5 s unsorted)."""
    classes = select(site, "SELECT DISTINCT ?c WHERE { ?s a ?c FILTER(isIRI(?c)) }")
    properties = select(site, "SELECT DISTINCT ?p WHERE { ?s ?p ?o }")
    return Terms(tuple(sorted(r["c"].value for r in classes)), tuple(sorted(r["p"].value for r in properties)))


class PerVersion:
    """A value computed from the data once per data version (the landing figures, the terms in use)."""

    def __init__(self, compute: Callable[[Site], Any], empty: Any) -> None:
        self.compute, self.lock = compute, threading.Lock()
        self.version, self.current = "", empty

    def refresh(self, site: Site) -> None:
        fresh = self.compute(site)
        with self.lock:
            self.version, self.current = site.version, fresh

    def get(self, site: Site) -> Any:
        if self.version != site.version:
            self.refresh(site)
        return self.current


# -- routes ----------------------------------------------------------------------------------------------


def page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 1_000_000 else 1


def wants_json(request: Request) -> bool:
    fmt = request.query_params.get("format", "").lower()
    if fmt:
        return fmt == "json"
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def setup(site: Site) -> Interface:
    """``/``, ``/search``, ``/query``, ``/api`` and ``/static/…``; the landing figures and the search index are rebuilt
    when the data changes."""
    overviews = PerVersion(overview, Overview())  # the landing figures
    terms = PerVersion(terms_in_use, Terms())
    index = SearchIndex(site.work_dir / "search")

    def landing(request: Request) -> Response:
        headers = validators(site, "landing", __version__)
        if (unchanged := not_modified(request, headers)) is not None:
            return unchanged
        o = overviews.get(site)
        labels = Labels(site)
        labels.prefetch(iris_in(o.recent))
        body = html.render(site, request, "landing.html", labels, o=o, examples=EXAMPLES, month_name=month_name,
                           editor_link=editor_link, kinds=lists.KINDS)
        return HTMLResponse(body, headers=headers)

    def query_editor(request: Request) -> Response:
        query = request.query_params.get("query") or EXAMPLES[0].query
        run = request.query_params.get("run") == "1" and "query" in request.query_params
        limits = site.limits  # shown on the page: another server's limits are another page
        headers = validators(site, "query", query, str(run), f"{limits.query_timeout:g}", str(limits.max_rows),
                             __version__)
        if (unchanged := not_modified(request, headers)) is not None:
            return unchanged
        settings = editor_settings(site, query, run, terms.get(site))
        body = html.render(site, request, "query.html", query=query, examples=EXAMPLES, editor_link=editor_link,
                           limits=site.limits, editor=script_json(json.dumps(settings)))
        return HTMLResponse(body, headers=headers)

    def search(request: Request) -> Response:
        text = request.query_params.get("q", "").strip()[:500]
        page = page_number(request)
        as_json = wants_json(request)
        headers = {**validators(site, "search", text, str(page), "json" if as_json else "html", __version__),
                   "Vary": "Accept"}
        if (unchanged := not_modified(request, headers)) is not None:
            return unchanged
        results = index.search(text, page)
        if as_json:
            return JSONResponse(results.as_json(), headers=headers)
        root = site.root
        body = html.render(site, request, "search.html", q=text, results=results,
                           page_href=lambda n: f"{root}/search?{urlencode({'q': text, 'page': n})}")
        return HTMLResponse(body, headers=headers)

    def api(request: Request) -> Response:
        """The OpenAPI document drawn by Swagger UI from our own copy (``static/swagger-ui/``), in the site's
        frame: FastAPI's own page loads it from a CDN, and is blank offline."""
        headers = validators(site, "api", __version__)
        if (unchanged := not_modified(request, headers)) is not None:
            return unchanged
        return HTMLResponse(html.render(site, request, "api.html"), headers=headers)

    return Interface({"landing": landing, "query_editor": query_editor, "search": search, "api": api,
                      "static": StaticFiles(directory=STATIC_DIR)},
                     Hooks(on_change=(overviews.refresh, terms.refresh, index.rebuild)))


def editor_link(root: str, query: str) -> str:
    return f"{root}/query?{urlencode({'query': query})}"


def editor_settings(site: Site, query: str, run: bool, terms: Terms) -> dict[str, Any]:
    """What the query editor (static/query.js, YASGUI) is told: our endpoint and nothing else, the dataset's
    prefixes (never prefix.cc) and the classes and properties it uses (never LOV), where our things' pages are
    and how they are labelled, the query to open."""
    return {"endpoint": f"{site.root}/sparql", "root": site.root, "ids": id_space(site.base),
            "prefixes": {p: str(ns) for p, ns in PREFIXES.items()},
            "classes": list(terms.classes), "properties": list(terms.properties),
            "labelProperties": [str(p) for p in LABEL_PROPERTIES], "query": query, "run": run,
            "maxRows": site.limits.max_rows}
