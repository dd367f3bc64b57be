"""When a violation costs a resource and when it refuses the record (publisher/salvage.py)."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef

from publisher.ntriples import Triples
from publisher.salvage import check_and_salvage
from publisher.validate import Finding

G = URIRef("http://x/graph/c/meeting/1")
MEETING, ALICE, MEMBERSHIP = (URIRef(f"http://x/id/c/{n}") for n in ("meeting/1", "person/alice", "membership/1"))
NAME, MEMBER, TITLE, NOTE = (URIRef(f"http://x/def#{n}") for n in ("name", "member", "title", "note"))


def record() -> Triples:
    return Triples([(G, TITLE, Literal("record")), (MEETING, TITLE, Literal("Cabinet")),
                    (ALICE, NAME, Literal("Cllr Alice")),
                    (MEMBERSHIP, MEMBER, ALICE), (MEMBERSHIP, TITLE, Literal("Chair")),
                    (MEETING, NOTE, (blank := BNode())), (blank, TITLE, Literal("note"))])


def violation(focus: str, message: str = "bad") -> Finding:
    return Finding("Violation", focus, None, message, None, None)


def shapes(content: Triples) -> list[Finding]:
    """A person's name may not hold an honorific; a membership needs a member."""
    found = [violation(str(s), "honorific in a name") for s, p, o in content if p == NAME and "Cllr" in str(o)]
    members = {s for s, p, _o in content if p == MEMBER}
    found += [violation(str(s), "no member") for s, _p, _o in content if s == MEMBERSHIP and s not in members]
    return found


def test_the_failing_resource_and_what_only_it_supported_go_the_rest_stays() -> None:
    content = record()
    outcome = check_and_salvage(content, G, shapes)
    assert outcome.violations == []
    assert [(w.severity, w.focus) for w in outcome.dropped] == [("Warning", str(ALICE)), ("Warning", str(MEMBERSHIP))]
    assert outcome.dropped[0].message == "not published (the rest of the record is): honorific in a name"
    assert {s for s, _p, _o in content} == {G, MEETING, next(o for _s, p, o in content if p == NOTE)}


def test_a_violation_of_the_record_graph_itself_refuses_and_leaves_the_record_whole() -> None:
    content, before = record(), set(record())
    outcome = check_and_salvage(content, G, lambda c: [violation(str(G), "no source")])
    assert [v.message for v in outcome.violations] == ["no source"] and outcome.dropped == []
    assert len(content) == len(before)


def test_a_violation_on_a_blank_node_refuses() -> None:
    content = record()
    outcome = check_and_salvage(content, G, lambda c: [violation("_:b0")])
    assert outcome.violations and len(content) == 7


def test_nothing_left_but_provenance_refuses() -> None:
    content = Triples([(G, TITLE, Literal("record")), (ALICE, NAME, Literal("Cllr Alice"))])
    outcome = check_and_salvage(content, G, shapes)
    assert [v.focus for v in outcome.violations] == [str(ALICE)]
    assert (ALICE, NAME, Literal("Cllr Alice")) in content


def test_a_clean_record_is_untouched() -> None:
    content = Triples([(G, TITLE, Literal("record")), (MEETING, TITLE, Literal("Cabinet"))])
    outcome = check_and_salvage(content, G, shapes)
    assert outcome.findings == [] and outcome.dropped == [] and len(content) == 2
