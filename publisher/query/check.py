"""The SPARQL check: what ``/sparql`` and ``publisher query`` refuse before a query runs (docs/architecture.md §7).

The most security-sensitive code of the publisher, kept alone so it can be reviewed by itself. It reads the
query the way Oxigraph's parser does, not with a regular expression over the text: comments, strings and IRIs
are skipped, keywords match in any case, and ``<`` is told apart as an IRI or the less-than operator by where it
stands, so a word in a string cannot be refused and a SERVICE cannot hide. Then the policy:

- **SERVICE** only to allow-listed endpoints. ``publisher serve --allow-service URL`` (repeatable) names the
  SPARQL endpoints a query may call. An endpoint is allowed only as written: same scheme, host, port and path
  (and query string), so allowing ``https://query.wikidata.org/sparql`` does not allow
  ``https://query.wikidata.org.example/…`` nor another path on the host. An allow-list entry must be an
  absolute http(s) URL without user name or password.
- **FROM / FROM NAMED** and the protocol's graph parameters name graphs here (http, https, urn IRIs); a dataset
  is never fetched. **LOAD** and every update are refused: the endpoint is read-only (the protocol layer refuses
  ``update=``; :func:`check` an update sent as a query, naming its operation).
- **Messages a person understands**: an update, an undeclared prefix and a syntax error each get one line
  (:func:`syntax_message`), the same from ``/sparql``, the query editor and ``publisher query``.
- **Time**: pyoxigraph (0.5) evaluates SERVICE with its own HTTP client and offers no timeout for it, and a
  query cannot be interrupted from outside (docs/architecture.md §1). What bounds a call is the query worker,
  which is killed at its time limit: a query that writes SERVICE calls gets ``--service-timeout`` seconds per
  call it writes, never more than ``--query-timeout`` (:func:`time_budget`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import pyoxigraph as ox

from publisher.errors import PublisherError
from publisher.namespaces import PREFIXES

DATASET_SCHEMES = ("http", "https", "urn")  # graph IRIs name graphs here, they are never fetched
DEFAULT_PORTS = {"http": 80, "https": 443}
FORMS = ("select", "ask", "construct", "describe")
UPDATES = ("insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with")


# -- the SERVICE allow-list and time budget ----------------------------------------------------------------


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


class Refused(Exception):
    """The request cannot be answered: an HTTP status and a message saying why and what to do instead."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


# -- reading the query as Oxigraph's parser does ------------------------------------------------------------

_LONG_STRINGS = r'"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""' + "|" + r"'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
_STRINGS = _LONG_STRINGS + "|" + r'"(?:[^"\\\r\n]|\\.)*"' + "|" + r"'(?:[^'\\\r\n]|\\.)*'"
_NAME_CHARS = r"\w\u00B7\u0300-\u036F\u203F\u2040"
_IRIREF = r"<(?:[^<>\"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>"
TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<comment>#[^\r\n]*)"
    rf"|(?P<string>(?:{_STRINGS})(?:@[A-Za-z][\w\-]*)?)"
    rf"|(?P<iri>{_IRIREF})"
    rf"|(?P<var>[?$][{_NAME_CHARS}]+)"
    rf"|(?P<word>(?:[{_NAME_CHARS}.:%\-]|\\.)+)"
    r"|(?P<punct>.)", re.DOTALL)
IRIREF = re.compile(_IRIREF)
UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
NOT_OPERANDS = {"a", "true", "false", "undef"}  # bare words that are terms, not keywords or functions


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, var, word, punct
    text: str
    start: int
    end: int
    depth: int  # brackets open around it


@dataclass
class _Frame:
    kind: str  # "pattern" ({ or [), "expr" (an expression's parentheses), "data" (collection, path, row, << >>)
    clause: bool = False  # inside a SELECT / GROUP BY / ORDER BY / HAVING clause: "(" opens an expression


def tokenize(text: str) -> list[Token]:
    """The query's tokens, without whitespace and comments.

    ``<`` begins an IRI except right after an operand inside an expression's parentheses, where it is the
    less-than operator: the one place where SPARQL's grammar, and so Oxigraph's parser, reads it that way.
    There, text that is an IRI by SPARQL's longest-token rule (``?x<?a&&?b>?y``) is refused as malformed, which
    Oxigraph's parser would read as two comparisons.
    """
    frames: list[_Frame] = []
    found: list[Token] = []
    pos = 0
    while pos < len(text):
        if text[pos] == "<" and _operator_expected(frames, found):
            _not_an_iri(text, pos)
            match_kind, end = "punct", pos + 1
        else:
            match = TOKEN.match(text, pos)
            assert match is not None and match.lastgroup is not None  # the last alternative matches any char
            match_kind, end = match.lastgroup, match.end()
        if match_kind not in ("space", "comment"):
            token = Token(match_kind, text[pos:end], pos, end, len(frames))
            _track(frames, found, token)
            found.append(token)
        pos = end
    return found


def _not_an_iri(text: str, pos: int) -> None:
    """Refuse a less-than that SPARQL's lexer would read as the start of an IRI: the longest token wins."""
    iri = IRIREF.match(text, pos)
    if iri is not None:
        raise Refused(400, f"SPARQL syntax error: {iri[0]} (at character {pos}) is an IRI by SPARQL's longest-token "
                           "rule, so it cannot follow an operand; to compare, put spaces around < and >.")


def _operator_expected(frames: list[_Frame], found: list[Token]) -> bool:
    return bool(frames) and frames[-1].kind == "expr" and bool(found) and _is_operand(found[-1])


def _is_operand(token: Token) -> bool:
    if token.kind in ("var", "string", "iri"):
        return True
    if token.kind == "punct":
        return token.text in ")]"
    text = token.text.lower()
    return ":" in text or text in ("true", "false") or bool(re.match(r"[+\-]?\.?[0-9]", text))


def _track(frames: list[_Frame], found: list[Token], token: Token) -> None:
    """Keep the stack of open brackets, and what kind of thing each one holds, up to date."""
    prev = found[-1] if found else None
    adjacent = prev is not None and prev.end == token.start
    if token.kind == "word":
        bare = token.text.lower()
        if frames and ":" not in bare:
            if bare.startswith(("select", "group", "order", "having")):
                frames[-1].clause = True
            elif bare in ("where", "limit", "offset", "values"):
                frames[-1].clause = False
        return
    if token.kind != "punct":
        return
    if token.text in "{[":
        frames.append(_Frame("pattern"))
    elif token.text == "(":
        frames.append(_Frame(_paren_kind(frames, found)))
    elif token.text == "<" and adjacent and prev.text == "<" and prev.kind == "punct":
        frames.append(_Frame("data"))  # << a quoted or reified triple >>
    elif token.text in ")}]" and frames:
        frames.pop()
    elif token.text == ">" and adjacent and prev.text == ">" and frames and frames[-1].kind == "data":
        frames.pop()  # the end of a << … >>


def _paren_kind(frames: list[_Frame], found: list[Token]) -> str:
    if not frames or frames[-1].kind == "expr" or frames[-1].clause:
        return "expr"  # top level (SELECT, GROUP BY, ORDER BY, HAVING), nested, or a subquery's clause
    prev = found[-1] if found else None
    if prev is None or (prev.kind == "punct" and prev.text == "<"):
        return "data"  # <<( a triple term )>>
    if prev.kind == "word" and ":" not in prev.text and not prev.text[0].isdigit() \
            and prev.text.lower() not in NOT_OPERANDS:
        return "expr"  # FILTER ( BIND ( regex ( …
    if prev.kind in ("iri", "word") and len(found) > 1 and found[-2].text.lower() == "filter":
        return "expr"  # FILTER <function> ( …
    return "data"  # a collection, a path group, a VALUES row


@dataclass
class Query:
    """What the web layer must know about a query before it runs it."""

    text: str
    form: str = "unknown"
    base: str = ""
    prefixes: dict[str, str] = field(default_factory=dict)
    services: list[tuple[str, str | None]] = field(default_factory=list)  # (as written, absolute IRI or None)
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    describe_select: str | None = None
    uses_graph_keyword: bool = False  # GRAPH appears: the query reads named graphs, not only the default graph
    update: str | None = None  # the operation (INSERT, DELETE, LOAD …) of an update sent as a query


def read_query(text: str, base: str) -> Query:
    """Read the prologue, the form, the dataset clauses and every SERVICE the query could call."""
    tokens = tokenize(text)
    query = Query(text, base=base)
    first = _read_prologue(tokens, query)
    if first is not None and tokens[first].kind == "word":
        word = tokens[first].text.lower()
        query.form = next((f for f in FORMS if word.startswith(f)), "unknown")
        if query.form == "unknown" and word in UPDATES:
            query.update = word.upper()
        if query.form == "describe":
            query.describe_select = _describe_as_select(text, tokens, first)
    _read_dataset(tokens, query)
    query.services = _services(tokens, query.prefixes)
    query.uses_graph_keyword = _mentions_graph(tokens)
    unescaped = UCHAR.sub(_uchar, text)
    if unescaped != text:  # a parser that decodes \u escapes first (as SPARQL 1.1 says) must find nothing more
        escaped_tokens = tokenize(unescaped)
        query.services += _services(escaped_tokens, _read_query_prefixes(unescaped, base))
        query.uses_graph_keyword = query.uses_graph_keyword or _mentions_graph(escaped_tokens)
    return query


def _mentions_graph(tokens: list[Token]) -> bool:
    """Whether a bare word holds GRAPH (Oxigraph reads ``.GRAPH`` glued to a dot too): wrongly saying yes only
    sends the query to the slower store with every graph; wrongly saying no would hide the named graphs."""
    return any(t.kind == "word" and ":" not in t.text and "graph" in t.text.lower() for t in tokens)


def _read_query_prefixes(text: str, base: str) -> dict[str, str]:
    query = Query(text, base=base)
    _read_prologue(tokenize(text), query)
    return query.prefixes


def _read_prologue(tokens: list[Token], query: Query) -> int | None:
    """Record BASE and PREFIX declarations; the index of the first token after them."""
    i = 0
    while i < len(tokens):
        word = tokens[i].text.lower() if tokens[i].kind == "word" else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if word == "base" and after is not None and after.kind == "iri":
            query.base = urljoin(query.base, _iri_text(after))
            i += 2
        elif word == "prefix" and after is not None and i + 2 < len(tokens) and tokens[i + 2].kind == "iri":
            query.prefixes[after.text.removesuffix(":")] = urljoin(query.base, _iri_text(tokens[i + 2]))
            i += 3
        elif word.startswith("prefix") and word.endswith(":") and after is not None and after.kind == "iri":
            query.prefixes[tokens[i].text[6:-1]] = urljoin(query.base, _iri_text(after))  # PREFIXex:<…>
            i += 2
        elif word == "version" and after is not None and after.kind == "string":
            i += 2
        else:
            return i
    return None


def _read_dataset(tokens: list[Token], query: Query) -> None:
    """FROM and FROM NAMED clauses (only at the top level: a subquery has none)."""
    for i, token in enumerate(tokens):
        word = token.text.lower() if token.kind == "word" and token.depth == 0 else ""
        if word not in ("from", "fromnamed"):
            continue
        named = word == "fromnamed"
        j = i + 1
        if not named and j < len(tokens) and tokens[j].text.lower() == "named":
            named, j = True, j + 1
        if j < len(tokens):
            iri = _term_iri(tokens[j], query.prefixes, query.base) or tokens[j].text
            (query.from_named if named else query.from_graphs).append(iri)


def _services(tokens: list[Token], prefixes: dict[str, str]) -> list[tuple[str, str | None]]:
    """Every target a SERVICE in the query could call, as written and as an absolute IRI (None if not one).

    Oxigraph needs no space after SERVICE or SILENT (``SERVICESILENT<x>{}`` runs), so a word is read for
    SERVICE at its start and after each dot, and what is glued to it is a possible target too.
    """
    found: list[tuple[str, str | None]] = []
    for i, token in enumerate(tokens):
        if token.kind != "word":
            continue
        for start in (0, *(m.end() for m in re.finditer(r"\.", token.text))):
            if token.text[start:start + 7].lower() != "service":
                continue
            rest = token.text[start + 7:]
            candidates = [rest] + ([rest[6:]] if rest.lower().startswith("silent") else [])
            for glued in candidates:
                target = _service_target(glued, tokens, i, prefixes)
                if target is not None:
                    found.append(target)
    return found


def _service_target(glued: str, tokens: list[Token], i: int, prefixes: dict[str, str]
                    ) -> tuple[str, str | None] | None:
    if glued:  # SERVICEex:x — a target only if its prefix is declared (else ex:… is not a SERVICE at all)
        prefix = glued.partition(":")[0]
        if ":" not in glued or prefix not in prefixes:
            return None
        return glued, _absolute(_expand(glued, prefixes))
    j = i + 1
    if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.lower() == "silent":
        j += 1
    if j >= len(tokens):
        return None
    token = tokens[j]
    if token.kind == "var":
        return token.text, None
    if token.kind == "iri":
        return token.text, _absolute(_iri_text(token))
    if token.kind == "word" and ":" in token.text:
        expanded = _expand(token.text, prefixes) if token.text.partition(":")[0] in prefixes else None
        return token.text, _absolute(expanded)
    return None  # SERVICE followed by no IRI nor variable: not a call


def _iri_text(token: Token) -> str:
    return UCHAR.sub(_uchar, token.text[1:-1])


def _uchar(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return match.group(0)  # not a character: left as written, which no parser accepts
    return chr(code)


def _expand(pname: str, prefixes: dict[str, str]) -> str:
    prefix, _, local = pname.partition(":")
    return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)


def _absolute(iri: str | None) -> str | None:
    return iri if iri is not None and SCHEME.match(iri) else None


def _term_iri(token: Token, prefixes: dict[str, str], base: str) -> str | None:
    if token.kind == "iri":
        return urljoin(base, _iri_text(token))
    if token.kind == "word" and ":" in token.text and token.text.partition(":")[0] in prefixes:
        return urljoin(base, _expand(token.text, prefixes))
    return None


def _describe_as_select(text: str, tokens: list[Token], k: int) -> str:
    """``DESCRIBE ?x <iri> … WHERE {…}`` as ``SELECT DISTINCT ?x (<iri> AS ?__describe_1) … WHERE {…}``.

    Its solutions are the resources to describe; the description itself is the one /id/ serves.
    """
    keyword = tokens[k]
    targets = [keyword.text[len("describe"):]] if len(keyword.text) > len("describe") else []
    i, end = k + 1, keyword.end
    while i < len(tokens) and _is_describe_target(tokens[i]):
        targets.append(tokens[i].text)
        end = tokens[i].end
        i += 1
    while i < len(tokens) and tokens[i].kind == "word" and tokens[i].text.lower() in ("from", "fromnamed"):
        i += 1
        if i < len(tokens) and tokens[i].kind == "word" and tokens[i].text.lower() == "named":
            i += 1
        i += 1  # the graph's IRI
    has_where = i < len(tokens) and (tokens[i].text == "{" or tokens[i].text.lower() == "where")
    cut = tokens[i].start if i < len(tokens) else len(text)
    projection = " ".join(t if t[0] in "?$*" else f"({t} AS ?__describe_{n})" for n, t in enumerate(targets))
    return (text[: keyword.start] + "SELECT DISTINCT " + projection + " " + text[end:cut]
            + ("" if has_where else "{} ") + text[cut:])


def _is_describe_target(token: Token) -> bool:
    return token.kind in ("var", "iri") or (token.kind == "punct" and token.text == "*") \
        or (token.kind == "word" and ":" in token.text)


def check(query: Query, allowlist: tuple[str, ...]) -> None:
    """Refuse, before anything runs, an update, a SERVICE not allow-listed and a dataset IRI we would not name
    a graph."""
    refuse_update(query)
    for written, iri in query.services:
        if iri is None or not is_allowed(iri, allowlist):
            allowed = ", ".join(allowlist) or "none"
            raise Refused(400, f"SERVICE {written} is refused: this endpoint calls no other service unless it "
                               f"is allow-listed (allowed: {allowed}).")
    for iri in query.from_graphs + query.from_named:
        check_graph_iri(iri, "FROM")


def check_graph_iri(iri: str, where: str) -> None:
    scheme = iri.partition(":")[0].lower() if SCHEME.match(iri) else ""
    if scheme not in DATASET_SCHEMES:
        raise Refused(400, f"{where} <{iri}> is refused: a graph is named by an http, https or urn IRI; a "
                           "dataset is never fetched, so an IRI we do not host is an empty graph.")
    try:
        ox.NamedNode(iri)
    except ValueError as err:
        raise Refused(400, f"{where} <{iri}> is not a valid IRI: {err}") from None


# -- one-line messages for what the parser refuses -----------------------------------------------------------


def refuse_update(query: Query) -> None:
    """An update sent as a query is malformed (400, as the protocol says), and said so in its own words."""
    if query.update is not None:
        raise Refused(400, read_only(query.update))


def read_only(operation: str) -> str:
    return (f"This endpoint is read-only: SPARQL Update ({operation}) is not accepted; send a SELECT, ASK, "
            "CONSTRUCT or DESCRIBE query.")


def syntax_message(text: str, err: Exception) -> str:
    """One line for a query the parser refused, instead of its grammar dump: an update, the first undeclared
    prefix, a query that does not begin with a form, unbalanced brackets, a misspelt keyword, or the line and
    the tokens near where the parser gave up. Explaining must never fail the request: if it does, the
    parser's own message, on one line."""
    try:
        return _explain(text, err)
    except Exception:  # noqa: BLE001 - any slip here would turn a 400 into a 500
        return "SPARQL syntax error: " + " ".join(str(err).split())


def _explain(text: str, err: Exception) -> str:
    try:
        query = read_query(text, "")
    except Refused as refused:
        return refused.message
    if query.update is not None:
        return read_only(query.update)
    undeclared = _undeclared_prefix(text, query.prefixes)
    if undeclared is not None:
        return undeclared
    tokens = tokenize(text)
    first = _read_prologue(tokens, Query(text))
    if first is not None and tokens[first].kind == "word" and query.form == "unknown":
        word = tokens[first]
        return (f"SPARQL syntax error in line {_line(text, word.start)} near `{word.text}`: a query begins with "
                "SELECT, ASK, CONSTRUCT or DESCRIBE (after its PREFIX lines).")
    return _unbalanced(text, tokens) or _unknown_word(text, tokens) or _parser_error(text, tokens, str(err))


def _undeclared_prefix(text: str, declared: dict[str, str]) -> str | None:
    tokens = tokenize(text)
    start = _read_prologue(tokens, Query(text)) or 0
    for token in tokens[start:]:
        prefix, colon, _ = token.text.partition(":")
        if token.kind != "word" or not colon or prefix in declared or prefix == "_" or prefix[:1].isdigit():
            continue
        ours = ", ".join(f"{p}:" for p in PREFIXES)
        hint = (f"declare it with PREFIX {prefix}: <{PREFIXES[prefix]}>" if prefix in PREFIXES else
                f"declare it with PREFIX {prefix}: <…>, or use one of the prefixes this dataset's data uses "
                f"(each declared the same way): {ours}")
        return f"Unknown prefix `{prefix}:` in line {_line(text, token.start)}: {hint}."
    return None


# Every bare word SPARQL 1.1 (and Oxigraph's SPARQL 1.2 additions) allows: keywords and built-in functions
SPARQL_WORDS = frozenset((
    "base", "prefix", "version", "select", "distinct", "reduced", "as", "where", "from", "named", "construct",
    "describe", "ask", "order", "by", "asc", "desc", "limit", "offset", "group", "having", "values", "optional",
    "graph", "service", "silent", "minus", "union", "filter", "bind", "undef", "a", "true", "false", "exists", "not",
    "in", "lateral", "str", "lang", "langmatches", "langdir", "datatype", "bound", "iri", "uri", "bnode", "rand",
    "abs", "ceil", "floor", "round", "concat", "strlen", "ucase", "lcase", "encode_for_uri", "contains", "strstarts",
    "strends", "strbefore", "strafter", "year", "month", "day", "hours", "minutes", "seconds", "timezone", "tz",
    "now", "uuid", "struuid", "md5", "sha1", "sha256", "sha384", "sha512", "coalesce", "if", "strlang", "strlangdir",
    "strdt", "sameterm", "isiri", "isuri", "isblank", "isliteral", "isnumeric", "istriple", "triple", "subject",
    "predicate", "object", "haslang", "haslangdir", "regex", "substr", "replace", "count", "sum", "min", "max",
    "avg", "sample", "group_concat", "separator",
))


def _unknown_word(text: str, tokens: list[Token]) -> str | None:
    """A misspelt keyword (``LIMT``, ``OPTINAL``): a bare word that is no SPARQL word, named where it stands."""
    for token in tokens:
        word = token.text
        if token.kind == "word" and ":" not in word and not re.match(r"[+\-]?[.\d]", word) \
                and word.rstrip(".").lower() not in SPARQL_WORDS and not word.lower().startswith("prefix"):
            return (f"SPARQL syntax error in line {_line(text, token.start)} near `{word[:40]}`: this is not a "
                    "SPARQL keyword or function (misspelt?).")
    return None


ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
QUOTED = re.compile(r'"((?:[^"\\]|\\.)+)"')
MOST_EXPECTED = 8  # a longer list of what the parser expected is no help
CLOSING = {"{": "}", "(": ")", "[": "]"}


def _parser_error(text: str, tokens: list[Token], message: str) -> str:
    """Oxigraph's position is where its parser gave up, often past the mistake (it looks ahead for keywords),
    and its list of what it expected is partial; so unbalanced brackets and unknown words are named first
    (:func:`syntax_message`), and only a short list of punctuation is repeated."""
    found = ERROR_AT.match(message)
    if found is None:
        return "SPARQL syntax error: " + " ".join(message.split())
    line, column, rest = int(found[1]), int(found[2]), found[3]
    offset = sum(len(x) + 1 for x in text.split("\n")[: line - 1]) + column - 1
    before = [t for t in tokens if t.start <= offset] or tokens[:1]
    if not before:
        return "SPARQL syntax error: the query is empty."
    near, context = before[-1], before[-3:]  # the token and the two before it: enough to find the place
    snippet = " ".join(text[context[0].start:near.end].split())
    snippet = snippet if len(snippet) <= 40 else "…" + snippet[-39:]
    expected = _expected(rest)
    at = f"SPARQL syntax error in line {_line(text, near.start)} near `{snippet}`"
    if offset >= len(text.rstrip()):
        return f"{at}: the query is unfinished or malformed before its end{expected}."
    return f"{at}: this is not what SPARQL allows here{expected}."


def _unbalanced(text: str, tokens: list[Token]) -> str | None:
    opened: list[Token] = []
    for token in tokens:
        if token.kind != "punct":
            continue
        if token.text in "\"'":
            return (f"SPARQL syntax error in line {_line(text, token.start)} near `{token.text}`: the string that "
                    f"begins there is never closed (a `{token.text}` is missing on its line).")
        if token.text in CLOSING:
            opened.append(token)
        elif token.text in CLOSING.values():
            if not opened or CLOSING[opened[-1].text] != token.text:
                return (f"SPARQL syntax error in line {_line(text, token.start)} near `{token.text}`: it closes "
                        + (f"the `{opened[-1].text}` of line {_line(text, opened[-1].start)}, which needs "
                           f"`{CLOSING[opened[-1].text]}`." if opened else "nothing that was opened."))
            opened.pop()
    if opened:
        last = opened[-1]
        return (f"SPARQL syntax error in line {_line(text, last.start)} near `{last.text}`: it is never closed "
                f"(a `{CLOSING[last.text]}` is missing).")
    return None


def _expected(rest: str) -> str:
    """", where SPARQL expects one of …" when the parser lists a few punctuation marks, and only then."""
    listing = rest.partition("expected")[2]
    items = QUOTED.findall(listing)
    if not items or len(items) > MOST_EXPECTED or re.sub(r"\[[^\]]*\]", "", listing).count(",") + 1 > len(items) + 1:
        return ""
    return "; SPARQL expects " + ("one of " if len(items) > 1 else "") + " ".join(f"`{i}`" for i in items) + " there"


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
