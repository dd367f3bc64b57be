"""VoID linksets: how the dataset links to others (ONS statistical geographies, Wikidata,
OpenDataCommunities) and to the organisations shared across councils (``/id/org/``).

One ``void:Linkset`` per target and link predicate, with its triple count, added to the VoID description by
``publisher.web.description``; a target the data does not link to gets none.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from publisher.rdf import thing_at
from publisher.vocab import DCTERMS, ODC_ID, ONS_GEOGRAPHY, RDF, VOID, WIKIDATA_ENTITY, XSD


@dataclass(frozen=True)
class Target:
    key: str  # fragment of the linkset IRIs
    title: str
    uri_space: str  # links are the triples whose object is under it
    dataset: str  # the target dataset's IRI


@dataclass(frozen=True)
class LinkCount:
    target: Target
    predicate: str
    triples: int


def targets(base: str) -> tuple[Target, ...]:
    return (
        Target("ons", "ONS statistical geographies", ONS_GEOGRAPHY, "http://statistics.data.gov.uk/"),
        Target("wikidata", "Wikidata", WIKIDATA_ENTITY, "http://www.wikidata.org/"),
        Target("opendatacommunities", "OpenDataCommunities", ODC_ID, "http://opendatacommunities.org/"),
        Target("shared-organisations", "Organisations shared across councils", thing_at(base, "org/"),
               f"{base}/void#shared-organisations"),
    )


def count_links(store: object, base: str) -> list[LinkCount]:
    """Links per target and predicate in the default graph (one scan per target)."""
    found = []
    for target in targets(base):
        rows = store.query(  # type: ignore[attr-defined]
            f'SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER(isIRI(?o) && STRSTARTS(STR(?o), "{target.uri_space}")'
            f' && !STRSTARTS(STR(?s), "{target.uri_space}")) }} GROUP BY ?p ORDER BY ?p')
        found += [LinkCount(target, row["p"].value, int(row["n"].value)) for row in rows]
    return found


def add_linksets(graph: Graph, dataset: URIRef, base: str, counts: list[LinkCount] | tuple[LinkCount, ...]) -> None:
    """The linksets, as subsets of ``dataset``, and the datasets they point to."""
    described: set[str] = set()
    for count in counts:
        target = count.target
        linkset = URIRef(f"{base}/void#links-{target.key}-{count.predicate.rsplit('/', 1)[-1].rsplit('#', 1)[-1]}")
        graph.add((dataset, VOID.subset, linkset))
        graph.add((linkset, RDF.type, VOID.Linkset))
        graph.add((linkset, DCTERMS.title, Literal(f"Links to {target.title}", lang="en")))
        graph.add((linkset, VOID.subjectsTarget, dataset))
        graph.add((linkset, VOID.objectsTarget, URIRef(target.dataset)))
        graph.add((linkset, VOID.linkPredicate, URIRef(count.predicate)))
        graph.add((linkset, VOID.triples, Literal(count.triples, datatype=XSD.integer)))
        if target.dataset not in described:
            described.add(target.dataset)
            graph.add((URIRef(target.dataset), RDF.type, VOID.Dataset))
            graph.add((URIRef(target.dataset), DCTERMS.title, Literal(target.title, lang="en")))
            graph.add((URIRef(target.dataset), VOID.uriSpace, Literal(target.uri_space)))
