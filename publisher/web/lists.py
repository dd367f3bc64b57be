"""The browsable lists of meetings, decisions, committees, people and councils: for each, the SPARQL that reads
its rows (newest or A–Z first), the filters a person may set (council, committee, year, a decision's status),
the choices the filter form offers, paging, and the CSV form. ``views/changes.py`` serves them at
``/meetings``, ``/decisions``, ``/committees``, ``/people`` and ``/councils`` next to the OParl-style JSON,
which takes the same filters (``Filters.where``: one meaning of a filter for every form of a list).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyoxigraph as ox

from publisher.namespaces import CL_CONCEPTS
from publisher.rdf import id_space
from publisher.web.labels import PAGE_SIZE, Labels, Paged, Row, iris_in, number, select
from publisher.web.site import Site

STATUS_SCHEME = f"{CL_CONCEPTS}decision-status/"
# The council a thing belongs to: things are minted under /id/{council}/… (publisher.rdf)
COUNCIL_OF = 'IRI(REPLACE(STR(?s), "^(.*/id/[^/]+)/.*$", "$1"))'
# A decision's date: the day it was taken, else its meeting's (a decision made at an item: the item's meeting)
# (``?dd``, ``?md``, ``?m``; a filter's own variables begin with ``f``: the patterns of ``FILTER EXISTS`` see
# the variables of the query they are in)
DECISION_DATE = ("OPTIONAL { ?s cl:dateOfDecision ?dd } "
                 "OPTIONAL { ?s cl:madeAt/cl:meeting? ?m . ?m a cl:Meeting OPTIONAL { ?m schema:startDate ?md } }")
FILTER_DATE = DECISION_DATE.replace("?dd", "?fdd").replace("?md", "?fmd").replace("?m ", "?fm ")


@dataclass(frozen=True)
class Filter:
    """A query parameter narrowing a list: what its values look like and what it means in each list (a SPARQL
    pattern over ``?s``, the thing listed, with ``{v}`` for the value as a SPARQL term)."""

    name: str
    label: str
    form: re.Pattern[str]
    hint: str
    patterns: dict[str, str]


FILTERS = (
    Filter("council", "Council", re.compile(r"[a-z0-9][a-z0-9-]{0,99}"), "a council's name in its address, "
           "e.g. stockport", {name: "FILTER(STRSTARTS(STR(?s), {v}))"
                             for name in ("meetings", "decisions", "committees", "people")}),
    Filter("committee", "Committee", re.compile(r"[a-z0-9][a-z0-9-]*/committee/[a-z0-9][a-z0-9._-]{0,199}"),
           "a committee's address after /id/, e.g. stockport/committee/cabinet", {
               "meetings": "FILTER EXISTS { ?s besluit:isGehoudenDoor {v} }",
               "decisions": "FILTER EXISTS { { ?s cl:madeAt/cl:meeting?/besluit:isGehoudenDoor {v} } "
                            "UNION { ?s cl:decisionMaker {v} } }",
               "people": "FILTER EXISTS { { ?fms org:member ?s ; org:organization {v} } "
                         "UNION { ?fa cl:attendanceOf ?s ; cl:atMeeting/besluit:isGehoudenDoor {v} } "
                         "UNION { ?fp cl:participant ?s ; cl:atItem/cl:meeting/besluit:isGehoudenDoor {v} } "
                         "UNION { ?fm besluit:isGehoudenDoor {v} ; schema:attendee ?s } }"}),
    Filter("year", "Year", re.compile(r"[12][0-9]{3}"), "four digits, e.g. 2021", {
        "meetings": "FILTER EXISTS { ?s schema:startDate ?fy FILTER(STRSTARTS(STR(?fy), {v})) }",
        "decisions": "FILTER EXISTS { " + FILTER_DATE + " FILTER(STRSTARTS(STR(COALESCE(?fdd, ?fmd)), {v})) }",
        "committees": "FILTER EXISTS { ?fm besluit:isGehoudenDoor ?s ; schema:startDate ?fy "
                      "FILTER(STRSTARTS(STR(?fy), {v})) }",  # met that year
        "people": "FILTER EXISTS { { ?fa cl:attendanceOf ?s ; cl:atMeeting ?fm } "  # at a meeting that year
                  "UNION { ?fp cl:participant ?s ; cl:atItem/cl:meeting ?fm } UNION { ?fm schema:attendee ?s } "
                  "?fm schema:startDate ?fy FILTER(STRSTARTS(STR(?fy), {v})) }"}),
    Filter("status", "Status", re.compile(r"[a-z0-9][a-z0-9-]{0,99}"), "a status of the vocabulary, e.g. approved",
           {"decisions": "FILTER EXISTS { ?s cl:decisionStatus {v} }"}),
)


@dataclass(frozen=True)
class Column:
    """A column of a list: the SPARQL variable it shows, its heading, and how it is shown (``date``, ``count``,
    ``text``, ``short``: text cut short, ``label``: an IRI's label without a link, ``link``: to its page)."""

    key: str
    heading: str
    shape: str = "text"


@dataclass(frozen=True)
class ListKind:
    """One list: what it lists, the query reading its rows (``{where}``: the filters), their order, the columns
    (the first links to the thing's page), and the filters it takes."""

    name: str
    title: str
    noun: str
    nouns: str
    cls: str
    rows: str
    order: str
    columns: tuple[Column, ...]
    intro: str
    main: str = ""  # the column linking to the thing's page: the first unless named

    @property
    def linked(self) -> str:
        return self.main or self.columns[0].key

    @property
    def filters(self) -> tuple[Filter, ...]:
        return tuple(f for f in FILTERS if self.name in f.patterns)


KINDS = {kind.name: kind for kind in (
    ListKind("meetings", "Meetings", "meeting", "meetings", "cl:Meeting", """SELECT ?s (SAMPLE(?d) AS ?date)
        (SAMPLE(?c) AS ?committee) (SAMPLE(?o) AS ?council) (COUNT(DISTINCT ?i) AS ?items) WHERE {
        ?s a cl:Meeting . {where} OPTIONAL { ?s schema:startDate ?d }
        OPTIONAL { ?s besluit:isGehoudenDoor ?c OPTIONAL { ?c org:subOrganizationOf ?o } }
        OPTIONAL { ?i cl:meeting ?s } } GROUP BY ?s""", "DESC(STR(?date)) ?s",
             (Column("date", "Date", "date"), Column("committee", "Committee", "link"),
              Column("council", "Council", "link"), Column("items", "Agenda items", "count")),
             "Every meeting in the records, newest first."),
    ListKind("decisions", "Decisions", "decision", "decisions", "cl:Decision", f"""SELECT ?s
        (SAMPLE(COALESCE(?dd, ?md)) AS ?date) (SAMPLE(COALESCE(?v, ?l)) AS ?text)
        (SAMPLE(COALESCE(?st, ?sp)) AS ?status) (SAMPLE(?m) AS ?meeting) WHERE {{
        ?s a cl:Decision . {{where}} {DECISION_DATE} OPTIONAL {{ ?s prov:value ?v }}
        OPTIONAL {{ ?s rdfs:label ?l }} OPTIONAL {{ ?s cl:decisionStatus ?st }}
        OPTIONAL {{ ?s cl:statusAsPrinted ?sp }} }} GROUP BY ?s""", "DESC(STR(?date)) ?s",
             (Column("date", "Date", "date"), Column("text", "Decision", "short"), Column("status", "Status", "label"),
              Column("meeting", "Meeting", "link")),
             "Every decision in the records, newest first: what was decided, its status and the meeting.", "text"),
    ListKind("committees", "Committees", "committee", "committees", "cl:Committee", """SELECT ?s
        (SAMPLE(?n) AS ?name) (SAMPLE(?o) AS ?council) (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
        ?s a cl:Committee . {where} OPTIONAL { ?s skos:prefLabel ?n } OPTIONAL { ?s org:subOrganizationOf ?o }
        OPTIONAL { ?m besluit:isGehoudenDoor ?s } } GROUP BY ?s""", "STR(?council) LCASE(STR(?name)) ?s",
             (Column("name", "Committee"), Column("council", "Council", "link"),
              Column("meetings", "Meetings", "count")),
             "The committees of each council, with the number of meetings in the records."),
    ListKind("people", "People", "person", "people", "cl:Person", f"""SELECT ?s (SAMPLE(?n) AS ?name)
        (SAMPLE(?pa) AS ?party) (SAMPLE(COALESCE(?co, ?mo)) AS ?council)
        (GROUP_CONCAT(DISTINCT ?role; separator="; ") AS ?roles) WHERE {{
        ?s a cl:Person . {{where}} OPTIONAL {{ ?s foaf:name ?n }} OPTIONAL {{ ?s cl:party ?pa }}
        BIND({COUNCIL_OF} AS ?c0) OPTIONAL {{ ?c0 a cl:Council BIND(?c0 AS ?co) }} OPTIONAL {{ ?s org:memberOf ?mo }}
        OPTIONAL {{ {{ ?post org:heldBy ?s ; skos:prefLabel ?role }}
                   UNION {{ ?ms org:member ?s ; org:role/skos:prefLabel ?r ; org:organization/skos:prefLabel ?on
                            BIND(CONCAT(?r, ", ", ?on) AS ?role) }} }} }} GROUP BY ?s""",
             "LCASE(STR(?name)) ?s",
             (Column("name", "Name"), Column("party", "Party", "link"), Column("council", "Council or body", "link"),
              Column("roles", "Roles")),
             "Councillors, officers and others named in the records, A to Z."),
    ListKind("councils", "Councils", "council", "councils", "cl:Council", """SELECT ?s (SAMPLE(?n) AS ?name)
        (SAMPLE(?g) AS ?gss) (COUNT(DISTINCT ?c) AS ?committees) (COUNT(DISTINCT ?m) AS ?meetings)
        (COALESCE(SAMPLE(?read), 0) AS ?records) WHERE {
        ?s a cl:Council . {where} OPTIONAL { ?s skos:prefLabel ?n } OPTIONAL { ?s cl:gssCode ?g }
        OPTIONAL { ?c org:subOrganizationOf ?s ; a cl:Committee OPTIONAL { ?m besluit:isGehoudenDoor ?c } }
        OPTIONAL { { SELECT ?s (COUNT(DISTINCT ?r) AS ?read) WHERE { GRAPH ?r { ?r a cl:RecordGraph }
                     BIND(IRI(REPLACE(STR(?r), "/graph/([^/]+)/.*$", "/id/$1")) AS ?s) } GROUP BY ?s } } }
        GROUP BY ?s""", "DESC(?records) DESC(?meetings) LCASE(STR(?name)) ?s",
             (Column("name", "Council"), Column("gss", "GSS code"), Column("committees", "Committees", "count"),
              Column("meetings", "Meetings", "count"), Column("records", "Records read", "count")),
             "Every UK council, those with records first (a record: a council web page read, such as a "
             "meeting's, an issue's or a decision's)."),
)}


# -- filters ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """The filters set on one request to one list (parameter → value), checked."""

    kind: ListKind
    chosen: dict[str, str]

    @classmethod
    def read(cls, kind: ListKind, params: Any) -> Filters:
        """The list's filters from the query parameters; a value of the wrong form raises ValueError with what
        it should look like (an empty value is no filter: what an untouched form field sends)."""
        chosen = {}
        for f in kind.filters:
            raw = (params.get(f.name) or "").strip()
            if not raw:
                continue
            if not f.form.fullmatch(raw):
                raise ValueError(f"{f.name} must be {f.hint}, not {raw[:100]!r}")
            chosen[f.name] = raw
        return cls(kind, chosen)

    def where(self, site: Site) -> str:
        """The SPARQL patterns of the filters, over ``?s``."""
        by_name = {f.name: f for f in self.kind.filters}
        return " ".join(by_name[name].patterns[self.kind.name].replace("{v}", self.term(site, name, value))
                        for name, value in self.chosen.items())

    @staticmethod
    def term(site: Site, name: str, value: str) -> str:
        if name == "council":
            return f'"{id_space(site.base)}{value}/"'
        if name == "committee":
            return f"<{id_space(site.base)}{value}>"
        if name == "status":
            return f"<{STATUS_SCHEME}{value}>"
        return f'"{value}"'

    def council_prefix(self, site: Site) -> str | None:
        """Where the things of the council filtered on live (for tombstones, whose facts are gone)."""
        council = self.chosen.get("council")
        return f"{id_space(site.base)}{council}/" if council else None


# -- one page of a list -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    value: str
    text: str


@dataclass
class Listed:
    """One page of a list as a person sees it: the rows, where they are in the whole, the filters in effect and
    the choices the form offers."""

    kind: ListKind
    filters: Filters
    paged: Paged
    choices: dict[str, list[Choice]] = field(default_factory=dict)

    @property
    def described(self) -> list[str]:
        """The filters in words, as the form names them ("Stockport Metropolitan Borough Council", "2021")."""
        words = {(name, c.value): c.text for name, offered in self.choices.items() for c in offered}
        return [words.get((name, value), value) for name, value in self.filters.chosen.items()]


def rows(site: Site, filters: Filters, limit: int | None = None, offset: int = 0) -> list[Row]:
    """The rows of a filtered list in its order (all of them without ``limit``)."""
    kind = filters.kind
    query = kind.rows.replace("{where}", filters.where(site)) + f" ORDER BY {kind.order}"
    if limit is not None:
        query += f" LIMIT {limit} OFFSET {offset}"
    return select(site, query)


def count(site: Site, filters: Filters) -> int:
    found = select(site, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a {filters.kind.cls} . "
                         f"{filters.where(site)} }}")
    return number(found[0]["n"]) if found else 0


def page_asked(raw: str | None) -> int:
    """The page a person asked for (``page=``); anything but a page number is the first."""
    return int(raw) if raw is not None and raw.isdigit() and 0 < int(raw) < 1_000_000 else 1


def page_of(site: Site, filters: Filters, page: int, size: int = PAGE_SIZE) -> Listed:
    """Page ``page`` (from 1; past the last: the last) of a filtered list, with the form's choices."""
    total = count(site, filters)
    page = min(max(1, page), max(1, -(-total // size)))
    found = rows(site, filters, size, (page - 1) * size)
    return Listed(filters.kind, filters, Paged(found, page, total, size), choices(site, filters.kind))


def choices(site: Site, kind: ListKind) -> dict[str, list[Choice]]:
    """What each filter of the form offers: the councils with things of this list, the committees (under their
    council's name), the years with meetings or decisions, the decision statuses in the data."""
    ours = id_space(site.base)
    labels = Labels(site)
    offered: dict[str, list[Choice]] = {}
    for f in kind.filters:
        if f.name == "council":
            found = select(site, f"SELECT DISTINCT ?c WHERE {{ ?s a {kind.cls} BIND({COUNCIL_OF} AS ?c) "
                                 f"?c a cl:Council }}")
            iris = [r["c"].value for r in found]
            labels.prefetch(iris)
            offered["council"] = sorted((Choice(i[len(ours):], labels(i)) for i in iris), key=lambda c: c.text)
        elif f.name == "committee":
            found = select(site, "SELECT DISTINCT ?c ?o WHERE { ?c a cl:Committee "
                                 "OPTIONAL { ?c org:subOrganizationOf ?o } }")
            labels.prefetch([*iris_in(found)])
            offered["committee"] = sorted(
                (Choice(r["c"].value[len(ours):], f"{labels(r['c'])} ({labels(r['o'])})" if r["o"] else labels(r["c"]))
                 for r in found if r["c"].value.startswith(ours)), key=lambda c: c.text.lower())
        elif f.name == "year":
            dated = f"?s a cl:Decision . {DECISION_DATE} BIND(COALESCE(?dd, ?md) AS ?date)" \
                if kind.name == "decisions" else "?s a cl:Meeting ; schema:startDate ?date"  # years with meetings
            found = select(site, f"SELECT DISTINCT (SUBSTR(STR(?date), 1, 4) AS ?y) WHERE {{ {dated} "
                                 f"FILTER(BOUND(?date)) }}")
            years = sorted({r["y"].value for r in found if r["y"] is not None}, reverse=True)
            offered["year"] = [Choice(y, y) for y in years]
        elif f.name == "status":
            found = select(site, f"SELECT DISTINCT ?st WHERE {{ ?s a {kind.cls} ; cl:decisionStatus ?st }}")
            iris = [r["st"].value for r in found if r["st"].value.startswith(STATUS_SCHEME)]
            labels.prefetch(iris)
            offered["status"] = sorted((Choice(i[len(STATUS_SCHEME):], labels(i)) for i in iris),
                                       key=lambda c: c.text)
    return offered


# -- how a cell reads -----------------------------------------------------------------------------------------


def cut(text: str, length: int = 160) -> str:
    """Text cut short at a word, with an ellipsis: a list shows what a decision is about, its page the whole."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0].rstrip(",;:.") + " …"


def short_date(term: Any) -> str:
    """"4 Dec 2017": a date a list can be scanned by (the page of the thing says it in full)."""
    text = term.value if isinstance(term, ox.Literal) else str(term or "")
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return text
    return f"{day.day} {day:%b %Y}"


def csv_body(site: Site, filters: Filters) -> bytes:
    """Every row of a filtered list as CSV: the thing's IRI, then each column; a linked column as its label
    and, in a column of its own, its IRI; dates as written in the data (ISO 8601)."""
    kind = filters.kind
    found = rows(site, filters)
    labels = Labels(site)
    labels.prefetch(iris_in(found))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = ["id"]
    for column in kind.columns:
        header += [column.key, f"{column.key}_id"] if column.shape in ("link", "label") else [column.key]
    writer.writerow(header)
    for row in found:
        line = [row["s"].value]
        for column in kind.columns:
            term = row.get(column.key)
            if column.shape in ("link", "label"):
                is_iri = isinstance(term, ox.NamedNode)
                line += [labels(term) if term is not None else "", term.value if is_iri else ""]
            else:
                line.append(term.value if term is not None else "")
        writer.writerow(line)
    return out.getvalue().encode()
