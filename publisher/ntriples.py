"""A record's triples, and their N-Triples lines written exactly as Oxigraph writes them.

One text serves the whole pipeline for a record: its content hash, its SHACL check, its write into the store
and its archived version. rdflib's own N-Triples writer took 5 ms a record and escapes differently from the
store (tabs and control characters are written raw, ``xsd:string`` is spelled out), so a version archived from
it would not be what the store holds. tests/test_ntriples.py checks every rule against ``pyoxigraph``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from publisher.namespaces import XSD

XSD_STRING = XSD.string

# What Oxigraph escapes in a literal: the two quoting characters, five named controls, other controls and the
# two noncharacters U+FFFE and U+FFFF as \uXXXX (every code point checked against pyoxigraph 0.4).
_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
                 ord('"'): '\\"', ord("\\"): "\\\\"})


_join = "".join  # joins str subclasses as plain text: rdflib's URIRef would make ``"<" + iri`` a URIRef again


def literal(term: Literal) -> str:
    text = _join(('"', str.translate(term, _ESCAPES), '"'))
    if term.language:
        return _join((text, "@", term.language))
    if term.datatype is not None and term.datatype != XSD_STRING:
        return _join((text, "^^<", term.datatype, ">"))
    return text


def term(node: Node) -> str:
    if isinstance(node, URIRef):
        return _join(("<", node, ">"))
    if isinstance(node, Literal):
        return literal(node)
    if isinstance(node, BNode):
        return _join(("_:", node))
    raise TypeError(f"not an RDF term: {node!r}")


def lines(triples: Iterable[tuple[Node, Node, Node]], suffix: str = " .") -> list[str]:
    """One line per triple, without its line break; ``suffix`` ends each (`` <graph> .`` makes N-Quads).

    Written inline rather than through ``term``: at 0.5 µs a line this is most of the cost of a record's text.
    """
    out = []
    for s, p, o in triples:
        if type(o) is URIRef:
            value = _join(("<", o, ">"))
        elif type(o) is Literal:
            value = literal(o)  # type: ignore[arg-type]
        else:
            value = term(o)
        subject = _join(("<", s, ">")) if type(s) is URIRef else term(s)
        out.append(_join((subject, " <", p, "> ", value, suffix)))
    return out


def lines_of(triples: Iterable[tuple[Node, Node, Node]]) -> list[str]:
    """``lines`` of a graph or a list of triples; ``Triples`` have them written already."""
    return triples.lines() if isinstance(triples, Triples) else lines(triples)


def in_graph(lines: list[str], graph: str) -> list[str]:
    """N-Triples lines (from ``lines``) as N-Quads lines of ``graph``."""
    name = f" <{graph}> ."
    return [line[:-2] + name for line in lines]


def as_stored(lines: list[str]) -> bytes:
    """Lines (from ``lines``) as sorted N-Triples the way the store gives them back: Oxigraph keeps a valid
    typed literal in its canonical form (``"…+00:00"^^xsd:dateTime`` comes back ``"…Z"``), so they go through an
    in-memory store (1.6 ms for a meeting record; reading the record back from disk took 8). Only the lines the
    store could write otherwise go through it (typed literals, language tags not in lower case, blank nodes): the
    rest are already its text, and loading them cost ~85 % of the time."""
    kept: set[str] = set()
    canonical = []
    for line in lines:
        (kept.add if _as_the_store_writes(line) else canonical.append)(line)
    text = ("\n".join(kept) + "\n").encode() if kept else b""
    out = set(text.splitlines(keepends=True))  # bytes: split at \n and \r only, which ``lines`` escapes
    if canonical:
        store = ox.Store()
        store.load("\n".join(canonical), format=ox.RdfFormat.N_TRIPLES)
        out.update(store.dump(format=ox.RdfFormat.N_TRIPLES,  # type: ignore[union-attr]
                              from_graph=ox.DefaultGraph()).splitlines(keepends=True))
    return b"".join(sorted(out))


def _as_the_store_writes(line: str) -> bool:
    """Whether the store gives ``line`` (from ``lines``) back unchanged. It may not if the line holds a typed
    literal (kept in canonical form), a blank node (relabelled) or a language tag (lower-cased). The test errs
    one way only: text inside a literal can look like one of these, never hide one."""
    if "_:" in line or '"^^<' in line:
        return False
    tag = line.rfind('"@')
    return tag < 0 or line[tag:] == line[tag:].lower()


def has_blank_nodes(triples: Iterable[tuple[Node, Node, Node]]) -> bool:
    """Asked of the few kinds of term in the triples, not of each term: ``BNode`` is an ABC, and 1,000 checks
    of a record's terms took 0.5 ms (60 µs this way)."""
    kinds: set[type] = set()
    add = kinds.add
    for s, _p, o in triples:
        add(type(s))
        add(type(o))
    return any(issubclass(kind, BNode) for kind in kinds)


class Triples:
    """A record graph's triples as the pipeline builds them: an insertion-ordered set with the few methods of
    an rdflib ``Graph`` that mapping, provenance and history use. A ``Graph`` cost 10 µs a triple to build,
    most of the time a record took to map; ``graph()`` gives one where a caller needs it."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]] = ()) -> None:
        self._triples = dict.fromkeys(triples)
        self._lines: list[str] | None = None  # written on first use, then kept up to date by ``add``

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        if triple not in self._triples:
            self._triples[triple] = None
            if self._lines is not None:
                self._lines.extend(lines([triple]))

    def remove(self, triple: tuple[Node, Node, Node]) -> None:
        """Remove this one triple (not a pattern, unlike ``Graph.remove``)."""
        if self._triples.pop(triple, 0) is None:
            self._lines = None

    def lines(self) -> list[str]:
        """The N-Triples lines (``lines``), written once for the hash, the check and the store write."""
        if self._lines is None:
            self._lines = lines(self._triples)
        return self._lines

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """An object of ``subject predicate``, or None: ``Graph.value`` for a subject and a predicate. Read from
        the end, where provenance and history look: a record graph's own statements are added last."""
        return next((o for s, p, o in reversed(self._triples) if p == predicate and s == subject), None)

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def graph(self, prefixes: dict[str, str] | None = None) -> Graph:
        graph = Graph()
        for prefix, namespace in (prefixes or {}).items():
            graph.bind(prefix, namespace, replace=True)
        for triple in self._triples:
            graph.add(triple)
        return graph
