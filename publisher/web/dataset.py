"""The dataset's description, built in one place: VoID and DCAT (the dataset, one subset per council, the
SPARQL endpoint, the dumps and each dated release as distributions with sizes and SHA-256, the change feed),
the linksets to other datasets, and the SPARQL Service Description (docs/architecture.md §6).

The interfaces that serve it (``/void``, ``/dumps/``, ``/dumps/{release}/``, ``/sparql``) take what they show
from here, so the dataset is described one way wherever it is read.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from publisher.councils import REGISTER_ATTRIBUTION, REGISTER_SOURCE
from publisher.dump_files import DATASET, DumpFile, DumpSet
from publisher.namespaces import (
    ADMS,
    CL,
    DCAT,
    DCTERMS,
    DQV,
    FOAF,
    FORMATS,
    IANA_MEDIA_TYPES,
    ODC_ID,
    OGL_V3,
    ONS_GEOGRAPHY,
    ONTOLOGY_IRI,
    RDF,
    RDFS,
    SD,
    SKOS,
    SPDX,
    VOID,
    WIKIDATA_ENTITY,
    XSD,
)
from publisher.rdf import graph_space, id_space, reference_graph_iri, thing_at, vocabulary_graph_iri
from publisher.release_archive import REPORT_FILE, Release, list_releases
from publisher.store import record_graphs
from publisher.store.embedded import EmbeddedStore
from publisher.web.site import Site

CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/"
SYNTAX_NAMES = {"nt": "N-Triples", "nq": "N-Quads", "ttl": "Turtle"}
# The result formats /sparql offers, by the names of W3C's format IRIs (http://www.w3.org/ns/formats/)
FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "ttl": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD", "rdf": "RDF_XML",
    "nq": "N-Quads", "trig": "TriG",
}
RDF_TYPE = ox.NamedNode(str(RDF.type))
RDFS_COMMENT = ox.NamedNode(str(RDFS.comment))
CONTACT_POLICY_TEXT = {
    "publish": "officers' direct phone numbers and email addresses are published as the records print them",
    "role-only": "officers are published with their name and role only; their direct phone numbers and email "
                 "addresses are dropped",
    "drop": "officer contact details are dropped altogether",
}


# -- statistics, once per data version --------------------------------------------------------------------


@dataclass(frozen=True)
class CouncilSubset:
    slug: str
    iri: str
    name: str
    triples: int


@dataclass(frozen=True)
class Statistics:
    version: str
    triples: int
    entities: int  # distinct IRI subjects under {base}/id/
    distinct_subjects: int
    distinct_objects: int
    properties: int
    classes: tuple[tuple[str, int], ...]  # class IRI, distinct instances
    property_triples: tuple[tuple[str, int], ...]  # property IRI, triples
    councils: tuple[CouncilSubset, ...]
    register_triples: int
    vocabulary_triples: int
    example: str | None  # the earliest meeting
    vocabularies: tuple[str, ...]  # namespaces of the classes and properties used
    links: tuple[LinkCount, ...] = ()  # links to ONS, Wikidata, shared organisations … (void:Linkset)


def _rows(site: Site, sparql: str, graphs: list[str] | None = None) -> list:
    return list(site.store.query(sparql, default_graphs=graphs))  # type: ignore[call-overload]


def _count(site: Site, sparql: str, graphs: list[str] | None = None) -> int:
    rows = _rows(site, sparql, graphs)
    return int(rows[0]["n"].value) if rows and rows[0]["n"] is not None else 0


def compute_statistics(site: Site) -> Statistics:
    """The VoID figures of the default graph (the union of all graphs), a few aggregate queries."""
    base = site.base
    totals = _rows(site, "SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s_) (COUNT(DISTINCT ?o) AS ?o_) "
                         "(COUNT(DISTINCT ?p) AS ?p_) WHERE { ?s ?p ?o }")[0]
    entities = _count(site, f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o '
                            f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{id_space(base)}")) }}')
    classes = tuple(sorted((r["c"].value, int(r["n"].value)) for r in _rows(
        site, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c")))
    props = tuple(sorted((r["p"].value, int(r["n"].value)) for r in _rows(
        site, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")))
    graphs = site.store.graphs()
    return Statistics(
        version=site.version, triples=int(totals["t"].value), entities=entities,
        distinct_subjects=int(totals["s_"].value), distinct_objects=int(totals["o_"].value),
        properties=int(totals["p_"].value), classes=classes, property_triples=props,
        councils=tuple(_council_subsets(site, record_graphs(graphs))),
        register_triples=_graph_size(site, str(reference_graph_iri(base))),
        vocabulary_triples=_graph_size(site, str(vocabulary_graph_iri(base))),
        example=_earliest_meeting(site),
        vocabularies=tuple(sorted({_namespace(iri) for iri, _ in classes + props})),
        links=tuple(count_links(site.store, base)))


def _council_subsets(site: Site, graphs: list[str]) -> list[CouncilSubset]:
    prefix = graph_space(site.base)
    by_council: dict[str, list[str]] = {}
    for graph in graphs:
        by_council.setdefault(graph[len(prefix):].split("/", 1)[0], []).append(graph)
    subsets = []
    for slug, members in sorted(by_council.items()):
        iri = thing_at(site.base, slug)
        triples = _count(site, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                         members)
        names = _rows(site, f"SELECT ?name WHERE {{ <{iri}> <{SKOS.prefLabel}> ?name }} LIMIT 1")
        subsets.append(CouncilSubset(slug, iri, names[0]["name"].value if names else slug, triples))
    return subsets


def _graph_size(site: Site, graph: str) -> int:
    return _count(site, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


def _earliest_meeting(site: Site) -> str | None:
    rows = _rows(site, f"SELECT ?m WHERE {{ ?m a <{CL.Meeting}> OPTIONAL {{ ?m <http://schema.org/startDate> ?d }} }}"
                       " ORDER BY (!BOUND(?d)) STR(?d) STR(?m) LIMIT 1")
    return rows[0]["m"].value if rows else None


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[:cut + 1]


# -- VoID -------------------------------------------------------------------------------------------------


def privacy_statement(contact_details: str) -> str:
    return ("Councillors and senior officers act in a public role: their names, roles, party, ward and "
            "public-role email addresses are published. Home addresses, personal phone numbers and mobile "
            "numbers are never published. Officer contact details on meeting records follow this deployment's "
            f"contact_details setting, currently '{contact_details}': "
            f"{CONTACT_POLICY_TEXT.get(contact_details, 'see the publisher')}.")


def void_graph(site: Site, stats: Statistics, dump_set: DumpSet | None) -> Graph:
    base = site.base
    graph = Graph()
    dataset = dataset_iri(base)
    doc = URIRef(f"{base}/void")
    graph.add((doc, RDF.type, VOID.DatasetDescription))
    graph.add((doc, DCTERMS.title, Literal("VoID description of the council meeting records", lang="en")))
    graph.add((doc, FOAF.primaryTopic, dataset))
    for cls in (VOID.Dataset, DCAT.Dataset):
        graph.add((dataset, RDF.type, cls))
    graph.add((dataset, DCTERMS.title, Literal("UK council meeting records as Linked Open Data", lang="en")))
    graph.add((dataset, DCTERMS.description, Literal(
        "Meetings, agenda items, issues, decisions, votes, attendance and declarations of interest of UK local "
        "councils, read from their published ModernGov records, with the councils' register and the "
        "vocabulary used.", lang="en")))
    graph.add((dataset, DCTERMS.publisher, URIRef(thing_at(base, site.settings.council))))
    graph.add((dataset, DCTERMS.license, URIRef(OGL_V3)))
    graph.add((dataset, DCTERMS.modified, Literal(site.modified.isoformat().replace("+00:00", "Z"),
                                                   datatype=XSD.dateTime)))
    graph.add((dataset, FOAF.homepage, URIRef(f"{base}/")))
    graph.add((dataset, DCAT.landingPage, URIRef(f"{base}/")))
    graph.add((dataset, VOID.sparqlEndpoint, URIRef(f"{base}/sparql")))
    graph.add((dataset, VOID.uriSpace, Literal(id_space(base))))
    for fmt in ("N-Triples", "N-Quads", "Turtle", "JSON-LD", "RDF_XML"):
        graph.add((dataset, VOID.feature, URIRef(FORMATS + fmt)))
    _statistics(graph, dataset, stats)
    for ns in stats.vocabularies:
        graph.add((dataset, VOID.vocabulary, URIRef(ONTOLOGY_IRI if ns == str(CL) else ns)))
    if stats.example:
        graph.add((dataset, VOID.exampleResource, URIRef(stats.example)))
    _privacy(graph, dataset, site)
    _sparql_service(graph, dataset, base)
    _subsets(graph, dataset, site, stats, dump_set)
    add_linksets(graph, dataset, base, stats.links)
    if dump_set is not None:
        describe_distributions(graph, dump_set, base)
        for dump in dump_set.files:
            graph.add((dataset, VOID.dataDump, URIRef(download_url(base, dump))))
    describe_releases_and_feed(graph, site)  # dated releases as dcat:hasVersion, and the change feed
    return graph


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _statistics(graph: Graph, dataset: URIRef, stats: Statistics) -> None:
    for prop, value in ((VOID.triples, stats.triples), (VOID.entities, stats.entities),
                        (VOID.distinctSubjects, stats.distinct_subjects),
                        (VOID.distinctObjects, stats.distinct_objects), (VOID.properties, stats.properties),
                        (VOID.classes, len(stats.classes))):
        graph.add((dataset, prop, _int(value)))
    for cls, count in stats.classes:
        partition = BNode()
        graph.add((dataset, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], URIRef(cls)))
        graph.add((partition, VOID.entities, _int(count)))
    for prop, count in stats.property_triples:
        partition = BNode()
        graph.add((dataset, VOID.propertyPartition, partition))
        graph.add((partition, VOID.property, URIRef(prop)))
        graph.add((partition, VOID.triples, _int(count)))


def _privacy(graph: Graph, dataset: URIRef, site: Site) -> None:
    statement = URIRef(f"{site.base}/void#personal-data")
    graph.add((dataset, DCTERMS.rights, statement))
    graph.add((statement, RDF.type, DCTERMS.RightsStatement))
    graph.add((statement, RDFS.label, Literal("Personal data", lang="en")))
    graph.add((statement, RDFS.comment, Literal(privacy_statement(site.settings.contact_details), lang="en")))


def _sparql_service(graph: Graph, dataset: URIRef, base: str) -> None:
    service, dist = URIRef(f"{base}/void#sparql-service"), URIRef(f"{base}/void#sparql")
    graph.add((service, RDF.type, DCAT.DataService))
    graph.add((service, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en")))
    graph.add((service, DCAT.endpointURL, URIRef(f"{base}/sparql")))
    graph.add((service, DCAT.servesDataset, dataset))
    graph.add((dataset, DCAT.distribution, dist))
    graph.add((dist, RDF.type, DCAT.Distribution))
    graph.add((dist, DCTERMS.title, Literal("The dataset through its SPARQL endpoint", lang="en")))
    graph.add((dist, DCAT.accessURL, URIRef(f"{base}/sparql")))
    graph.add((dist, DCAT.accessService, service))


def _subset(graph: Graph, dataset: URIRef, iri: str, title: str, licence: str, triples: int) -> URIRef:
    """A part of the dataset: its title, licence and size; what each kind of part says besides is its caller's."""
    subset = URIRef(iri)
    graph.add((dataset, VOID.subset, subset))
    graph.add((subset, RDF.type, VOID.Dataset))
    graph.add((subset, DCTERMS.title, Literal(title, lang="en")))
    graph.add((subset, DCTERMS.license, URIRef(licence)))
    graph.add((subset, VOID.triples, _int(triples)))
    return subset


def _subsets(graph: Graph, dataset: URIRef, site: Site, stats: Statistics, dump_set: DumpSet | None) -> None:
    base = site.base
    for council in stats.councils:
        subset = _subset(graph, dataset, f"{base}/void#council-{council.slug}", f"Meeting records of {council.name}",
                         OGL_V3, council.triples)
        graph.add((subset, RDF.type, DCAT.Dataset))
        graph.add((subset, DCTERMS.publisher, URIRef(council.iri)))
        graph.add((subset, VOID.uriSpace, Literal(f"{council.iri}/")))
        graph.add((subset, VOID.rootResource, URIRef(council.iri)))
        graph.add((dataset, VOID.rootResource, URIRef(council.iri)))
        dump = dump_set.file(f"{council.slug}.nt.gz") if dump_set else None
        if dump is not None:
            graph.add((subset, VOID.dataDump, URIRef(download_url(base, dump))))
            graph.add((subset, DCAT.distribution, URIRef(f"{base}/dumps/#{dump.name}")))
    register = _subset(graph, dataset, f"{base}/void#council-register", "Register of UK principal councils", CC_BY_4,
                       stats.register_triples)
    graph.add((register, DCTERMS.source, Literal(REGISTER_ATTRIBUTION)))
    graph.add((register, RDFS.seeAlso, URIRef(REGISTER_SOURCE)))  # CC-BY-4.0: attribution and its source
    vocabulary = _subset(graph, dataset, f"{base}/void#vocabulary",
                         "The Council LOD vocabulary and its concept schemes", CC_BY_4, stats.vocabulary_triples)
    graph.add((vocabulary, DCTERMS.source, URIRef(ONTOLOGY_IRI)))
    graph.add((vocabulary, RDFS.seeAlso, URIRef(f"{base}/def")))


# -- distributions: the dumps, the releases, the change feed ----------------------------------------------


def dataset_iri(base: str) -> URIRef:
    """The dataset as VoID and DCAT name it (described at /void)."""
    return URIRef(f"{base}/void#dataset")


def download_url(base: str, dump: DumpFile, version: str | None = None) -> str:
    return f"{base}/dumps/{version}/{dump.name}" if version else f"{base}/dumps/{dump.name}"


def licence_of(dump: DumpFile) -> list[tuple[str, str]]:
    """(label, IRI) of the licences the file's content is under: council records OGL v3; the whole dataset
    also holds the council register (mySociety, CC BY 4.0) and our vocabulary (CC BY 4.0)."""
    licences = [("Open Government Licence v3.0", OGL_V3)]
    if dump.scope == DATASET:
        licences.append(("CC BY 4.0: the council register (mySociety, UK Local Authority Names and Codes) "
                         "and the vocabulary", CC_BY_4))
    return licences


def describe_distributions(graph: Graph, dump_set: DumpSet, base: str) -> None:
    """Each file of the current dumps as a dcat:Distribution of the dataset."""
    for dump in dump_set.files:
        add_distribution(graph, dataset_iri(base), f"{base}/dumps/", dump, Literal(_title(dump), lang="en"))


def add_distribution(graph: Graph, dataset: URIRef, folder: str, dump: DumpFile, title: Literal) -> None:
    """One gzipped dump file as a dcat:Distribution of ``dataset`` (the current dumps' or a release's), with
    its URL in ``folder``, size, media type, licence and SHA-256."""
    dist = URIRef(f"{folder}#{dump.name}")
    graph.add((dataset, DCAT.distribution, dist))
    graph.add((dist, RDF.type, DCAT.Distribution))
    graph.add((dist, DCTERMS.title, title))
    graph.add((dist, DCAT.downloadURL, URIRef(folder + dump.name)))
    graph.add((dist, DCAT.accessURL, URIRef(folder)))
    graph.add((dist, DCAT.byteSize, Literal(dump.size, datatype=XSD.nonNegativeInteger)))
    graph.add((dist, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + dump.media_type)))
    graph.add((dist, DCAT.compressFormat, URIRef(IANA_MEDIA_TYPES + "application/gzip")))
    graph.add((dist, DCTERMS.license, URIRef(OGL_V3)))
    add_checksum(graph, dist, dump.sha256)


def _title(dump: DumpFile) -> str:
    what = "the whole dataset" if dump.scope == DATASET else f"the records of {dump.scope}"
    return f"{SYNTAX_NAMES[dump.format]} of {what}, gzip"


def release_iri(base: str, release: Release) -> URIRef:
    return URIRef(f"{base}/dumps/{release.name}/#dataset")


def describe_releases(graph: Graph, dataset: URIRef, base: str, releases: list[Release]) -> None:
    """Each release as a version of ``dataset``, with its files (sizes, SHA-256) and its SHACL report."""
    graph.bind("adms", ADMS)
    graph.bind("dqv", DQV)
    graph.bind("spdx", SPDX)
    before: Release | None = None
    for release in releases:
        r = release_iri(base, release)
        folder = f"{base}/dumps/{release.name}/"
        graph.add((dataset, DCAT.hasVersion, r))
        graph.add((r, RDF.type, DCAT.Dataset))
        graph.add((r, DCTERMS.title, Literal(f"UK council meeting records, release {release.name}", lang="en")))
        graph.add((r, DCAT.version, Literal(release.name)))
        graph.add((r, DCTERMS.isVersionOf, dataset))
        graph.add((r, DCTERMS.issued, Literal(release.issued, datatype=XSD.dateTime, normalize=False)))
        graph.add((r, ADMS.versionNotes, Literal(release.notes, lang="en")))
        graph.add((r, DCTERMS.license, URIRef(OGL_V3)))
        graph.add((r, DCAT.landingPage, URIRef(folder)))
        if before is not None:
            graph.add((r, DCAT.previousVersion, release_iri(base, before)))
        for dump in release.dumps.files:
            add_distribution(graph, r, folder, dump, Literal(dump.name))
        report = URIRef(folder + REPORT_FILE)
        graph.add((r, DQV.hasQualityMetadata, report))
        graph.add((report, RDF.type, DQV.QualityMetadata))
        graph.add((report, DCTERMS.title, Literal(f"SHACL validation report of release {release.name}", lang="en")))
        graph.add((report, DCTERMS["format"], URIRef(IANA_MEDIA_TYPES + "text/turtle")))
        graph.add((report, DCAT.byteSize, Literal(release.report.size, datatype=XSD.nonNegativeInteger)))
        add_checksum(graph, report, release.report.sha256)
        before = release


def add_checksum(graph: Graph, subject: URIRef, sha256: str) -> None:
    """The SHA-256 of a file (SPDX, as DCAT-AP describes checksums)."""
    checksum = BNode()
    graph.add((subject, SPDX.checksum, checksum))
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    graph.add((checksum, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary)))


def describe_releases_and_feed(graph: Graph, site: Site) -> None:
    """Add every release to a DCAT graph as a version of the dataset, and the change feed as a way to
    follow it (LDES is discovered through DCAT)."""
    dataset = dataset_iri(site.base)
    describe_releases(graph, dataset, site.base, list_releases(site.work_dir))
    feed = URIRef(f"{site.base}/void#changes")
    graph.add((dataset, DCAT.distribution, feed))
    graph.add((feed, RDF.type, DCAT.Distribution))
    graph.add((feed, DCTERMS.title, Literal("Every change to the records, as a Linked Data Event Stream", lang="en")))
    graph.add((feed, DCAT.accessURL, URIRef(f"{site.base}/changes")))
    graph.add((feed, DCTERMS.conformsTo, URIRef("https://w3id.org/ldes/specification")))
    graph.add((feed, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/application/trig")))


# -- linksets ---------------------------------------------------------------------------------------------


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
    """Links per target and predicate in the default graph, by target, then predicate.

    The embedded store lists the default graph's objects once (DISTINCT works on Oxigraph's encoded terms:
    1.3 s at 1 M triples) and counts the triples of each object in a target's space, bound. Filtering every
    triple on its object's text costs ~2.5 µs a triple in Oxigraph: one scan per target took 145 s of a
    4.1 M-triple server's start-up. A remote server runs those scans itself (``links_by_scan``): listing its
    objects would send it millions of rows."""
    if not isinstance(store, EmbeddedStore):
        return links_by_scan(store, base)
    objects = [row["o"] for row in store.query("SELECT DISTINCT ?o WHERE { ?s ?p ?o }")]  # type: ignore[attr-defined]
    iris = [term.value for term in objects if isinstance(term, ox.NamedNode)]
    found = []
    for target in targets(base):
        per_predicate: dict[str, int] = {}
        for iri in (i for i in iris if i.startswith(target.uri_space)):
            for row in store.query(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p {ox.NamedNode(iri)} "
                                   f'FILTER(!STRSTARTS(STR(?s), "{target.uri_space}")) }} GROUP BY ?p'):
                predicate = row["p"].value  # type: ignore[index]
                per_predicate[predicate] = per_predicate.get(predicate, 0) + int(row["n"].value)  # type: ignore[index]
        found += [LinkCount(target, p, n) for p, n in sorted(per_predicate.items())]
    return found


def links_by_scan(store: object, base: str) -> list[LinkCount]:
    """``count_links`` as one scan of the default graph per target, filtered on the objects' text."""
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


# -- the SPARQL service description ------------------------------------------------------------------------


def service_triples(site: Site, total: ox.Literal, per_graph: dict[str, ox.Literal]) -> list[ox.Triple]:
    def iri(value: str) -> ox.NamedNode:
        return ox.NamedNode(value)

    def number(value: float | int, datatype: str) -> ox.Literal:
        return ox.Literal(f"{value:g}" if isinstance(value, float) else str(value), datatype=iri(XSD + datatype))

    endpoint = f"{site.base}/sparql"
    service, dataset, default = iri(endpoint + "#service"), iri(endpoint + "#dataset"), iri(endpoint + "#default")
    limits = site.limits
    sd, void = str(SD), str(VOID)
    features = ["UnionDefaultGraph"] + (["BasicFederatedQuery"] if limits.service_allowlist else [])
    graphs = sorted(per_graph)
    found = [
        (service, RDF_TYPE, iri(sd + "Service")),
        (service, iri(sd + "endpoint"), iri(endpoint)),
        (service, iri(sd + "supportedLanguage"), iri(sd + "SPARQL11Query")),
        *((service, iri(sd + "feature"), iri(sd + feature)) for feature in features),
        (service, iri(sd + "defaultEntailmentRegime"), iri("http://www.w3.org/ns/entailment/Simple")),
        *((service, iri(sd + "resultFormat"), iri(FORMATS + name)) for name in FORMAT_IRIS.values()),
        (service, iri(sd + "defaultDataset"), dataset),
        (service, RDFS_COMMENT, ox.Literal(
            f"Read-only SPARQL 1.1 endpoint. A query is stopped after {limits.query_timeout:g} s; results are cut "
            f"after {limits.max_rows} rows or triples (header X-SPARQL-Truncated); request bodies over "
            f"{limits.max_body} bytes are refused; one client may run {limits.client_queries or 'any number of'} "
            f"queries at once (more: 429 with Retry-After); SERVICE is refused unless allow-listed; FROM and "
            f"default-graph-uri name graphs here and are never fetched. The whole dataset: {site.base}/dumps/",
            language="en")),
        (service, iri(CL + "queryTimeLimit"), number(float(limits.query_timeout), "decimal")),
        (service, iri(CL + "resultRowLimit"), number(limits.max_rows, "integer")),
        (service, iri(CL + "requestBodyLimit"), number(limits.max_body, "integer")),
        *((service, iri(CL + "allowedService"), iri(allowed)) for allowed in limits.service_allowlist),
        (dataset, RDF_TYPE, iri(sd + "Dataset")),
        (dataset, iri(sd + "defaultGraph"), default),
        *((dataset, iri(sd + "namedGraph"), ox.BlankNode(f"named{n}")) for n in range(1, len(graphs) + 1)),
        (default, RDF_TYPE, iri(sd + "Graph")),
        (default, iri(void + "triples"), total),
    ]
    for n, graph in enumerate(graphs, start=1):
        named, described = ox.BlankNode(f"named{n}"), ox.BlankNode(f"graph{n}")
        found += [(named, RDF_TYPE, iri(sd + "NamedGraph")), (named, iri(sd + "name"), iri(graph)),
                  (named, iri(sd + "graph"), described),
                  (described, RDF_TYPE, iri(sd + "Graph")), (described, iri(void + "triples"), per_graph[graph])]
    return [ox.Triple(*triple) for triple in found]
