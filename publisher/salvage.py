"""A violation costs the resource, not the record (issue 14; LBLOD's harvester does the same).

A record that fails a SHACL shape on one person, membership, vote or item keeps the rest: the failing
resource leaves the record graph with every triple naming it, blank nodes only it held go with it, and the
record is checked again, so that a resource that only the dropped one supported (a membership whose member
left) fails in its turn and goes too. Each resource dropped is a Warning naming it and the violation that cost
it. The record is refused only when a violation is about the record graph itself, names a blank node (no IRI
to drop it by), or when nothing but the record graph's own provenance would remain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rdflib import BNode, URIRef

from publisher.ntriples import Triples
from publisher.validate import Finding

MAX_ROUNDS = 5  # a resource that fails drags down at most a short chain of resources it alone supported


@dataclass
class Salvaged:
    """The outcome of checking a record: the findings of its last check and the resources it lost."""

    findings: list[Finding]
    dropped: list[Finding] = field(default_factory=list)  # one Warning per resource dropped

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.is_violation]


def check_and_salvage(content: Triples, graph_iri: URIRef, check: Callable[[Triples], list[Finding]]) -> Salvaged:
    """Check ``content`` and drop what fails, round by round, until it passes; when it cannot be salvaged the
    findings hold the violations that refuse the record, and ``content`` is whole again for the refusal.

    A resource that named a dropped one and now fails any shape, even as a Warning (an attendance left with
    nobody attending), existed for the dropped one and goes with it."""
    findings, dropped, removed, referrers = check(content), [], [], set()
    for round_ in range(MAX_ROUNDS + 1):
        costs = [f for f in findings if f.is_violation or f.focus in referrers]
        failing = sorted({f.focus for f in costs})
        if not any(f.is_violation for f in findings) and not failing:
            return Salvaged(findings, dropped)
        if round_ == MAX_ROUNDS or not all(_droppable(focus, graph_iri, content) for focus in failing):
            break
        gone = [t for focus in failing for t in _drop(content, URIRef(focus))]
        removed += gone
        referrers = {str(s) for s, _p, o in gone if str(o) in failing and str(s) not in failing}
        if not any(s != graph_iri for s, _p, _o in content):  # nothing left but the provenance: not a record
            break
        dropped += [_warning([f for f in costs if f.focus == focus]) for focus in failing]
        findings = check(content)
    if not any(f.is_violation for f in findings):  # only dependants were left failing, and could not go
        return Salvaged(findings, dropped)
    for triple in removed:
        content.add(triple)
    return Salvaged(findings)


def _droppable(focus: str, graph_iri: URIRef, content: Triples) -> bool:
    """A named resource of the record other than the record graph, present as a subject."""
    if focus.startswith("_:") or focus == str(graph_iri):
        return False
    return any(str(s) == focus for s, _p, _o in content)


def _drop(content: Triples, resource: URIRef) -> list[tuple]:
    """Remove ``resource``: its triples, the triples naming it, and blank nodes no longer named by anything."""
    gone = [t for t in content if resource in (t[0], t[2])]
    for triple in gone:
        content.remove(triple)
    while orphans := _unnamed_blank_nodes(content):
        held = [t for t in content if t[0] in orphans]
        for triple in held:
            content.remove(triple)
        gone += held
    return gone


def _unnamed_blank_nodes(content: Triples) -> set[BNode]:
    subjects = {s for s, _p, _o in content if isinstance(s, BNode)}
    return subjects - {o for _s, _p, o in content if isinstance(o, BNode)}


def _warning(violations: list[Finding]) -> Finding:
    """One Warning for a resource dropped, naming every violation that cost it."""
    first = violations[0]
    reasons = "; ".join(dict.fromkeys(v.message for v in violations))
    return Finding("Warning", first.focus, first.path if len(violations) == 1 else None,
                   f"not published (the rest of the record is): {reasons}",
                   first.value, first.shape, first.component)
