"""Answering one checked SPARQL query on the replica, in the negotiated format, cut at the row cap.

This runs inside a query worker (``publisher.query.pool``): ``answer(replica, job)`` gets a job the web layer
has already checked (no SERVICE, safe dataset) and returns the finished bytes. SELECT and ASK results are
written by our own serialisers for the four W3C formats, because pyoxigraph's cannot stop at a row cap nor
carry the link to the dumps; CONSTRUCT and DESCRIBE triples are cut first, then written by pyoxigraph.

Whose fault a failure is decides its status, here and only here (``failure``): a query that does not parse is
the client's, 400, as the SPARQL 1.1 Protocol keeps 400 for a malformed query; one that parses but cannot be
evaluated is ours, a 5xx (docs/architecture.md §7). A call to an extension function Oxigraph does not provide
is not a failure at all: it is an expression error, as for any function that cannot give a value (the FILTER
is false, the BIND or SELECT expression leaves its variable unbound), so the query answers 200.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from xml.sax.saxutils import escape

import pyoxigraph as ox

from publisher.namespaces import PREFIXES, XSD
from publisher.query.check import syntax_message
from publisher.query.pool import Replica
from publisher.store.embedded import DESCRIBE_QUERY
from publisher.web.formats import OXIGRAPH

XSD_STRING = str(XSD.string)
TURTLE_PREFIXES = {name: str(namespace) for name, namespace in PREFIXES.items()}
# How pyoxigraph (0.5) refuses, when it plans a query, a function it does not provide
UNKNOWN_FUNCTION = re.compile(r"The custom function <([^>]*)> is not supported")
MOST_UNKNOWN_FUNCTIONS = 32  # distinct unknown functions one query may call; each costs one more parse


@dataclass(frozen=True)
class Job:
    """One query to answer; ``form`` and ``fmt`` were decided by the web layer before the query ran."""

    sparql: str
    form: str  # "select", "ask", "construct", "describe", or "unknown" (then oxigraph names the syntax error)
    fmt: str  # a Format name from publisher.web.formats
    base_iri: str  # relative IRIs in the query resolve against the endpoint
    max_rows: int
    dumps: str  # where the whole data is, linked from a cut result
    default_graphs: tuple[str, ...] | None = None  # the protocol's dataset; None: the query's own or the store's
    named_graphs: tuple[str, ...] | None = None
    describe_select: str | None = None  # a DESCRIBE rewritten as SELECT DISTINCT of the resources it describes
    describe_graphs: tuple[str, ...] | None = None  # the default graph a description is read from
    named_graphs_read: bool = False  # GRAPH, FROM or a protocol dataset: the named graphs are needed


@dataclass(frozen=True)
class Answer:
    body: bytes = b""
    truncated: bool = False
    status: int = 200
    error: str = ""  # the message for the client when the query failed


def answer(data: Replica, job: Job) -> Answer:
    """Run ``job`` on the replica; every failure of the query becomes a clear message, never a traceback."""
    try:
        replica = data.with_named_graphs() if job.named_graphs_read else data.union
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:
        return failure(err, job.sparql)
    return answer_on(replica, job)


def answer_on(replica: ox.Store, job: Job) -> Answer:
    """Run ``job`` on ``replica``, a store holding what the query reads (``answer`` picks it in a worker; the
    web layer gives the default graph for a :func:`lookup`)."""
    try:
        if job.form == "describe":
            return _describe(replica, job)
        result = run(replica, job.sparql, base_iri=job.base_iri, **_dataset(job.default_graphs, job.named_graphs))
        if job.form == "ask" and isinstance(result, ox.QueryBoolean):
            return Answer(write_boolean(bool(result), job.fmt))
        if job.form == "select" and isinstance(result, ox.QuerySolutions):
            return _select(result, job)
        if job.form == "construct" and isinstance(result, ox.QueryTriples):
            return _graph(result, job)
        return Answer(status=500, error="The query parsed, but this endpoint could not tell its form (SELECT, "
                                        "ASK, CONSTRUCT or DESCRIBE) before running it.")
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:
        return failure(err, job.sparql)


# A SELECT of one triple pattern whose subject or object is an IRI, nothing else (no FILTER, path, OPTIONAL,
# ORDER, DISTINCT, GROUP, sub-query, comment or prefixed name: the text must match whole)
_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*>"
_VAR = r"[?$][A-Za-z_][A-Za-z0-9_]*"
_TERM = rf"(?:{_IRI}|{_VAR})"
_WS, _GAP = r"[ \t\r\n]*", r"[ \t\r\n]+"  # SPARQL's white space
LOOKUP = re.compile(rf"{_WS}SELECT{_GAP}(?:\*|(?:{_VAR}{_WS})+){_WS}(?:WHERE{_WS})?\{{{_WS}({_TERM}){_GAP}({_TERM})"
                    rf"{_GAP}({_TERM}){_WS}\.?{_WS}\}}{_WS}(?:LIMIT{_GAP}[0-9]{{1,9}}{_WS})?", re.IGNORECASE | re.ASCII)


# The SELECT formats pyoxigraph writes byte for byte as ``write_solutions`` does (its XML differs in layout)
ENGINE_WRITES = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                 "tsv": ox.QueryResultsFormat.TSV}


def is_lookup_text(sparql: str) -> bool:
    """Whether the query text is a bounded lookup (:data:`LOOKUP`, its subject or object an IRI). Such a text
    holds no SERVICE, FROM, GRAPH or escape, so the web layer needs no check of it beyond this."""
    found = LOOKUP.fullmatch(sparql)
    return found is not None and (found[1].startswith("<") or found[3].startswith("<"))


def lookup(job: Job) -> bool:
    """Whether ``job`` is a bounded index lookup, safe to answer without a query worker and its time limit.

    The time limit is there for work a query's text can make unbounded (joins, scans, sorts, paths) and which
    pyoxigraph cannot stop. One triple pattern with its subject or object given is read from one index, lazily,
    and ``_select`` stops after ``max_rows`` + 1 rows: its work is bounded by the cap and by the triples one
    resource has, as a /doc/ dereference's is (``web/views/resources.on_store``), never by the query. It is
    answered by the same ``answer_on`` as in a worker, so the bytes are the same."""
    if job.form != "select" or job.named_graphs_read or job.default_graphs is not None or job.named_graphs:
        return False
    return is_lookup_text(job.sparql)


HERE_ROWS = 1_000  # the most triples a lookup answered in the server may match: a few ms of the event loop


def answer_lookup(store: ox.Store, job: Job) -> Answer | None:
    """A :func:`lookup` answered on ``store`` (the default graph), or None when its pattern matches more than
    :data:`HERE_ROWS` triples (counted by an index walk, no query): a worker answers that one, since writing
    10,000 rows here would hold the event loop for ~130 ms at 1 M triples (bench/README.md). Written by the
    engine straight to bytes, the same bytes as ``write_solutions`` (tests/web/test_hot_paths.py) at about half
    the cost; by ours when the format is XML or the row cap is below ``HERE_ROWS``. A relative IRI, which only
    the query resolves, goes to a worker too."""
    found = LOOKUP.fullmatch(job.sparql)
    if found is None:
        return None
    try:
        pattern = [ox.NamedNode(term[1:-1]) if term.startswith("<") else None for term in found.groups()]
    except ValueError:  # not an absolute IRI
        return None
    rows = store.quads_for_pattern(*pattern, ox.DefaultGraph())  # type: ignore[arg-type]
    if next(islice(rows, HERE_ROWS, None), None) is not None:  # a triple past HERE_ROWS
        return None
    fmt = ENGINE_WRITES.get(job.fmt)
    if fmt is None or job.max_rows < HERE_ROWS:
        return answer_on(store, job)
    try:
        solutions = run(store, job.sparql, base_iri=job.base_iri)
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:
        return failure(err, job.sparql)
    if not isinstance(solutions, ox.QuerySolutions):
        return answer_on(store, job)
    return Answer(solutions.serialize(format=fmt))


def failure(err: Exception, text: str) -> Answer:
    """The one place a failed query gets its status: 400 if it does not parse (in one line a person
    understands, ``query/check.py``), 500 if it could not be evaluated."""
    if isinstance(err, SyntaxError):
        return Answer(status=400, error=syntax_message(text, err))
    return Answer(status=500, error=f"The query is valid SPARQL, but this endpoint could not evaluate it: {err}")


def run(replica: ox.Store, sparql: str, **options: object) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """``Store.query``, where a function Oxigraph does not provide gives no value instead of failing the query.

    pyoxigraph refuses such a query when it plans it, naming one function; the function is then given to it
    as a custom function without a value and the query planned again, until every unknown call is named. Only
    functions Oxigraph itself refuses are replaced: a custom function would override a built-in one. The option
    is passed only then, since a remote store (``store/remote.py``) evaluates the query itself and takes none."""
    unknown: dict[ox.NamedNode, Callable[..., None]] = {}
    while True:
        try:
            return replica.query(sparql, **options, **({"custom_functions": unknown} if unknown else {}))
        except RuntimeError as err:
            called = UNKNOWN_FUNCTION.fullmatch(str(err))
            if called is None or len(unknown) >= MOST_UNKNOWN_FUNCTIONS or ox.NamedNode(called[1]) in unknown:
                raise
            unknown[ox.NamedNode(called[1])] = _no_value


def _no_value(*_: object) -> None:
    """An extension function this endpoint does not provide: an expression error wherever it is called."""
    return None


def _dataset(default: tuple[str, ...] | None, named: tuple[str, ...] | None) -> dict[str, object]:
    """pyoxigraph options for a protocol dataset: given at all, it replaces the query's FROM / FROM NAMED whole."""
    if default is None and named is None:
        return {}
    return {"default_graph": [ox.NamedNode(g) for g in default or ()],
            "named_graphs": [ox.NamedNode(g) for g in named or ()]}


def _select(solutions: ox.QuerySolutions, job: Job) -> Answer:
    names = [v.value for v in solutions.variables]
    rows = [list(row) for row in islice(solutions, job.max_rows + 1)]
    truncated = len(rows) > job.max_rows
    link = job.dumps if truncated else None
    return Answer(write_solutions(names, rows[: job.max_rows], job.fmt, link), truncated)


def _graph(triples: Iterable[ox.Triple], job: Job) -> Answer:
    kept = list(islice(triples, job.max_rows + 1))
    body = ox.serialize(kept[: job.max_rows], format=OXIGRAPH[job.fmt], prefixes=TURTLE_PREFIXES)
    return Answer(body, len(kept) > job.max_rows)


def _describe(replica: ox.Store, job: Job) -> Answer:
    """DESCRIBE as /id/ answers it: find the resources (the rewritten SELECT), then their triples both ways."""
    dataset = _dataset(job.default_graphs, job.named_graphs)
    try:
        solutions = run(replica, job.describe_select or "", base_iri=job.base_iri, **dataset)
    except SyntaxError:
        run(replica, job.sparql, base_iri=job.base_iri, **dataset)  # raises the error in the user's own text
        return Answer(status=501, error="This form of DESCRIBE is valid SPARQL but not supported here; name the "
                                        "resources with IRIs or variables: DESCRIBE ?x <iri> WHERE { … }")
    resources = list(islice(_named_nodes(solutions), job.max_rows + 1))
    if not resources:
        return _graph([], job)
    values = " ".join(str(iri) for iri in resources[: job.max_rows])
    graphs = job.describe_graphs
    options = {} if graphs is None else {"default_graph": [ox.NamedNode(g) for g in graphs]}
    found = _graph(replica.query(DESCRIBE_QUERY.format(values=values), **options), job)  # type: ignore[arg-type]
    return Answer(found.body, found.truncated or len(resources) > job.max_rows)


def _named_nodes(solutions: ox.QuerySolutions) -> Iterator[ox.NamedNode]:
    seen: set[ox.NamedNode] = set()
    for row in solutions:
        for term in row:
            if isinstance(term, ox.NamedNode) and term not in seen:
                seen.add(term)
                yield term


# -- SELECT / ASK results, per the W3C formats ------------------------------------------------------------


def write_solutions(names: list[str], rows: list[list[object]], fmt: str, link: str | None = None) -> bytes:
    """SELECT results in ``fmt`` (json, xml, csv, tsv); ``link`` goes in the head where the format has one."""
    if fmt == "json":
        return _json(names, rows, link)
    if fmt == "xml":
        return _xml(names, rows, link)
    if fmt == "csv":
        lines = [",".join(names), *(",".join(_csv(t) for t in row) for row in rows)]
        return "".join(line + "\r\n" for line in lines).encode()
    if fmt == "tsv":
        lines = ["\t".join("?" + n for n in names), *("\t".join(_tsv(t) for t in row) for row in rows)]
        return "".join(line + "\n" for line in lines).encode()
    raise ValueError(f"no SELECT result format {fmt!r}")


def write_boolean(value: bool, fmt: str) -> bytes:
    """ASK results: JSON or XML (the CSV and TSV formats are defined for SELECT only)."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
                f"<head></head>\n<boolean>{str(value).lower()}</boolean>\n</sparql>\n").encode()
    raise ValueError(f"no ASK result format {fmt!r}")


def _json(names: list[str], rows: list[list[object]], link: str | None) -> bytes:
    head: dict[str, object] = {"vars": names}
    if link:
        head["link"] = [link]
    bindings = [{name: _json_term(term) for name, term in zip(names, row, strict=True) if term is not None}
                for row in rows]
    document = {"head": head, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def _json_term(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        found: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            found["xml:lang"] = term.language
            if term.direction:
                found["its:dir"] = str(term.direction)  # a pyoxigraph BaseDirection
        elif term.datatype.value != XSD_STRING:
            found["datatype"] = term.datatype.value
        return found
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _xml(names: list[str], rows: list[list[object]], link: str | None) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>\n']
    out += [f"<variable name={_attr(name)}/>\n" for name in names]
    if link:
        out.append(f"<link href={_attr(link)}/>\n")
    out.append("</head>\n<results>\n")
    for row in rows:
        out.append("<result>\n")
        out += [f"<binding name={_attr(name)}>{_xml_term(term)}</binding>\n"
                for name, term in zip(names, row, strict=True) if term is not None]
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode()


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            direction = (f' xmlns:its="http://www.w3.org/2005/11/its" its:dir={_attr(str(term.direction))}'
                         if term.direction else "")
            return f"<literal xml:lang={_attr(term.language)}{direction}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={_attr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _attr(value: str) -> str:
    return '"' + escape(value, {'"': "&quot;"}) + '"'


def _csv(term: object) -> str:
    """A CSV field: IRIs and literals as plain strings, blank nodes as _:label, quoted only when needed."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        text = "_:" + term.value
    elif isinstance(term, ox.Triple):
        text = f"{_csv(term.subject)} {_csv(term.predicate)} {_csv(term.object)}"
    else:
        text = term.value  # type: ignore[attr-defined]
    if any(c in text for c in '",\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


TSV_SHORT = {str(XSD.integer): re.compile(r"[+-]?[0-9]+"), str(XSD.decimal): re.compile(r"[+-]?[0-9]*\.[0-9]+"),
             str(XSD.boolean): re.compile(r"true|false")}
TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv(term: object) -> str:
    """A TSV field: the term in Turtle / N-Triples syntax (numbers and booleans in their short form)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        quoted = '"' + term.value.translate(TSV_ESCAPES) + '"'
        if term.language:
            return f"{quoted}@{term.language}" + (f"--{term.direction}" if term.direction else "")
        datatype = term.datatype.value
        short = TSV_SHORT.get(datatype)
        if short and short.fullmatch(term.value):
            return term.value
        return quoted if datatype == XSD_STRING else f"{quoted}^^<{datatype}>"
    if isinstance(term, ox.Triple):
        return f"<<( {_tsv(term.subject)} {_tsv(term.predicate)} {_tsv(term.object)} )>>"
    raise TypeError(f"not an RDF term: {term!r}")
