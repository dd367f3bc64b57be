"""Two record graphs that state different facts of one meeting, agenda item or decision.

A record read with no source id (no sidecar, no id on the page) is keyed by names and dates, so a changed copy
of a record that was first ingested with its source URL lands in a second record graph beside the first, and
both then describe the same meeting, item and decision, keyed by date, committee and item number alike. The
store would then state two resolution texts for one decision without a word. Before such a record lands, the
single-valued facts it states of those things are compared with what the other record graphs state, and each
difference is a Warning naming both record graphs, so the officer can withdraw the stale one.

One query per record, over the IRIs it describes (bound subjects, named graphs): cheap on the embedded store
and standard SPARQL 1.1 for a remote one.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Node

from publisher import ntriples
from publisher.namespaces import CL, DCTERMS, PROV, RDF, SCHEMA
from publisher.store import RecordStore
from publisher.validate import Finding, curie

# The things whose facts are compared, and the facts a thing has at most one of: another value in another
# record graph is a contradiction, not a second fact.
COMPARED_TYPES = frozenset({CL.Meeting, CL.AgendaItem, CL.Decision})
SINGLE_VALUED = (DCTERMS.title, DCTERMS.identifier, SCHEMA.startDate, SCHEMA.endDate, SCHEMA.location,
                 CL.statusAsPrinted, CL.displayNumber, CL.minutes, PROV.value, CL.dateOfDecision,
                 CL.effectiveFrom)


@dataclass(frozen=True)
class Conflict:
    """One fact of one thing, stated differently by this record and by another record graph."""

    thing: str
    fact: str  # the property's IRI
    ours: Node
    theirs: Node
    other_graph: str

    def finding(self, graph: str) -> Finding:
        """As a Warning of the record's ingest (``Outcome.warnings``), naming both record graphs."""
        return Finding("Warning", self.thing, self.fact,
                       f"record {graph} states a different {curie(self.fact)} of this thing than record "
                       f"{self.other_graph} ({_shown(self.theirs)}); one of them is out of date: withdraw it, "
                       f"or give the record its source URL (NAME.source.txt) so that it replaces the other",
                       _shown(self.ours), None)


def _shown(value: Node, length: int = 80) -> str:
    """A value as Turtle, a long text cut to its first words (minutes run to pages)."""
    if isinstance(value, Literal) and len(value) > length:
        value = Literal(" ".join(value[:length].split()) + "…", lang=value.language, datatype=value.datatype)
    return value.n3()


def compared_facts(triples: ntriples.Triples) -> dict[tuple[str, str], set[Node]]:
    """The record's single-valued facts of its meetings, items and decisions: (thing, property) → values."""
    things = {s for s, p, o in triples if p == RDF.type and o in COMPARED_TYPES and isinstance(s, URIRef)}
    facts: dict[tuple[str, str], set[Node]] = {}
    for s, p, o in triples:
        if s in things and p in SINGLE_VALUED:
            facts.setdefault((str(s), str(p)), set()).add(o)
    return facts


def _query(things: list[str], graph: str) -> str:
    """One block per thing, its subject written in (an index lookup each, which every engine plans alike;
    a VALUES join over every graph is planned as a scan by some)."""
    properties = ", ".join(f"<{p}>" for p in SINGLE_VALUED)
    blocks = " UNION ".join(f"{{ GRAPH ?g {{ <{thing}> ?p ?o . ?g a <{CL.RecordGraph}> }} BIND(<{thing}> AS ?s) "
                            f"FILTER(?p IN ({properties}) && ?g != <{graph}>) }}" for thing in things)
    return f"SELECT ?g ?s ?p ?o WHERE {{ {blocks} }}"


def conflicts_with_store(store: RecordStore, graph: str, triples: ntriples.Triples) -> list[Conflict]:
    """What the other record graphs of ``store`` state differently of the things ``triples`` describe."""
    facts = compared_facts(triples)
    if not facts:
        return []
    found: list[Conflict] = []
    rows = store.query(_query(sorted({thing for thing, _ in facts}), graph))
    for row in rows:  # type: ignore[attr-defined]
        thing, fact = row["s"].value, row["p"].value
        ours = facts.get((thing, fact))
        theirs = _node(row["o"])
        if ours and not any(_same(value, theirs) for value in ours):
            found.append(Conflict(thing, fact, min(ours, key=str), theirs, row["g"].value))
    return sorted(found, key=lambda c: (c.thing, c.fact, c.other_graph))


def _same(ours: Node, theirs: Node) -> bool:
    """Equal terms, or literals of equal value: the store may write a value in another lexical form than the
    mapping (``+00:00`` as ``Z``), which is the same fact."""
    if ours == theirs:
        return True
    return isinstance(ours, Literal) and isinstance(theirs, Literal) and ours.language == theirs.language \
        and bool(ours.eq(theirs))


def _node(term: object) -> Node:
    """A pyoxigraph result term as the rdflib term the mapping builds, so equal values compare equal."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype.endswith("#string") else URIRef(datatype))
