"""Alignment exports: the ontology's mappings as an SSSOM crosswalk, and our data in LBLOD ``besluit:`` terms.

**SSSOM.** ``ontology/mappings.sssom.tsv`` lists every statement of ``ontology/council.ttl`` and
``ontology/concepts.ttl`` that relates one of our terms to another vocabulary (OParl, LBLOD, Popolo,
schema.org, W3C ORG, FOAF, PROV, DCMI, ELI), one mapping per row, as the SSSOM specification lays out a
mapping set: a YAML header of ``#`` lines (mapping set id, licence, CURIE map), then a TSV table. It is
generated from the ontology (``publisher mappings``) and a test keeps the committed file equal to it.

**LBLOD.** :func:`lblod_export` runs CONSTRUCT queries that restate our meetings, agenda items, decisions
and votes as the Flemish "besluit-publicatie" profile has them, so the result conforms to the profile's own
SHACL shapes (``shapes/lblod/``, unchanged). Where the profile requires a value that a record does not
state, the export says so instead of inventing it:

- ``besluit:geplandeStart``, ``prov:startedAtTime``, ``prov:endedAtTime`` must be ``xsd:dateTime``. A meeting
  whose record states a start time gets it as the planned start and the start (the time ModernGov prints is
  the time the meeting was called for; no record states when it really began); an end time only when stated.
  Where the record states only the day, the start is the beginning of that day (00:00:00) and the end its
  last second (23:59:59), as local times without a zone. Each such meeting carries an ``rdfs:comment``
  saying which values are the day's bounds rather than stated times.
- ``besluit:geplandOpenbaar`` / ``besluit:openbaar`` (public or not): UK council meetings are open to the
  public unless the council resolves to exclude it for an exempt item (Local Government Act 1972, s.100A),
  and a record marks such items ("exempt", "confidential", "Schedule 12A"). An item whose title, purpose or
  minutes say so is exported as not public; every other as public.
- ``besluit:Agendapunt.type``: our concept ``agenda-item-kind/published`` (an item of the published agenda).
- A ``besluit:Besluit`` needs ``eli:title``, ``eli:language`` and at least one ``besluit:Artikel``: the title
  is the decision's own title, else the title of the agenda item it was made at; the language is English;
  the decision text is its description and its one article (numbered "1"), as records do not number
  resolutions as articles.
- A treatment (``besluit:BehandelingVanAgendapunt``, ``{item}#behandeling``) is exported for an item at which
  a decision was recorded: the profile requires the decision it generated.
- A ``besluit:Stemming`` needs counts, secrecy, outcome, subject, voters and those present: a vote is exported
  when the record states all three counts, its outcome, its motion and at least one named voter (named
  voters mean the vote was not secret); voters are ``mandaat:Mandataris`` resources ``{person}#mandataris``,
  and "present" lists those who voted (a record does not say who else was in the room). Other votes are
  left out of the export.
- A ``besluit:Zitting`` needs an agenda item: meetings whose record lists none are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from publisher.namespaces import (
    BESLUIT,
    CL,
    CL_CONCEPTS,
    DCAT,
    DCTERMS,
    ELI,
    ELI_DL,
    FOAF,
    MANDAAT,
    ONTOLOGY_IRI,
    OPARL,
    ORG,
    OWL,
    PERSON,
    POPOLO,
    PROV,
    RDFS,
    SCHEMA,
    SD,
    SEMAPV,
    SKOS,
    prefixed_name,
)
from publisher.ontology_files import ONTOLOGY_DIR, SHAPES_DIR

SSSOM_FILE = ONTOLOGY_DIR / "mappings.sssom.tsv"
LBLOD_SHAPES = SHAPES_DIR / "lblod" / "besluit-publicatie-shapes.ttl"
MAPPING_SET_ID = "https://w3id.org/council-lod/def/mappings.sssom.tsv"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
JUSTIFICATION = "semapv:ManualMappingCuration"
# Statements that relate our terms to other vocabularies, in the order the crosswalk lists them.
MAPPING_PREDICATES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch,
                      OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf,
                      OWL.inverseOf, RDFS.seeAlso)
# CURIE prefixes of the crosswalk; every IRI in it must fall under one of them.
CURIE_MAP = {
    "cl": str(CL), "besluit": str(BESLUIT), "mandaat": str(MANDAAT), "oparl": str(OPARL), "popolo": str(POPOLO),
    "schema": str(SCHEMA), "org": str(ORG), "foaf": str(FOAF), "person": str(PERSON), "prov": str(PROV),
    "dcterms": str(DCTERMS), "dcat": str(DCAT), "eli": str(ELI), "eli-dl": str(ELI_DL), "skos": str(SKOS),
    "owl": str(OWL), "rdfs": str(RDFS), "sd": str(SD),
    "semapv": str(SEMAPV), "cld": CL_CONCEPTS,  # cld: our concept schemes themselves
    **{scheme: f"{CL_CONCEPTS}{scheme}/" for scheme in (
        "committee-kind", "participation-kind", "attendance-kind", "interest-kind", "vote-outcome", "vote-option",
        "decision-status", "meeting-status", "authority-type", "organisation-kind", "role-kind", "agenda-item-kind")},
}
COLUMNS = ("subject_id", "subject_label", "predicate_id", "object_id", "mapping_justification")


# -- SSSOM -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Mapping:
    subject_id: str
    predicate_id: str
    object_id: str
    subject_label: str


def curie(iri: str) -> str:
    """The CURIE of an IRI under the crosswalk's CURIE map (longest namespace first)."""
    if name := prefixed_name(iri, CURIE_MAP):
        return name
    raise ValueError(f"no prefix in the SSSOM CURIE map for {iri}: add its vocabulary to CURIE_MAP")


def ours(term: object) -> bool:
    return isinstance(term, URIRef) and (term.startswith(str(CL)) or term.startswith(CL_CONCEPTS))


def mappings(vocabulary: Graph) -> list[Mapping]:
    """Every alignment of one of our terms to a term of another vocabulary, sorted."""
    found = set()
    for predicate in MAPPING_PREDICATES:
        for s, o in vocabulary.subject_objects(predicate):
            if ours(s) and isinstance(o, URIRef) and not ours(o):
                label = vocabulary.value(s, RDFS.label) or vocabulary.value(s, SKOS.prefLabel) or ""
                found.add(Mapping(curie(str(s)), curie(str(predicate)), curie(str(o)), str(label)))
    return sorted(found)


def sssom_text(vocabulary: Graph | None = None) -> str:
    """The SSSOM/TSV crosswalk of the ontology's mappings, exactly as ``ontology/mappings.sssom.tsv`` holds it."""
    if vocabulary is None:
        vocabulary = Graph()
        for name in ("council.ttl", "concepts.ttl"):
            vocabulary.parse(ONTOLOGY_DIR / name, format="turtle")
    version = vocabulary.value(URIRef(ONTOLOGY_IRI), OWL.versionInfo)
    rows = mappings(vocabulary)
    used = {value.partition(":")[0] for row in rows for value in (row.subject_id, row.predicate_id, row.object_id)}
    used.add("semapv")
    header = [
        f"mapping_set_id: {MAPPING_SET_ID}",
        f"mapping_set_version: \"{version}\"",
        "mapping_set_title: Council LOD vocabulary crosswalk to OParl, LBLOD, Popolo, schema.org and W3C vocabularies",
        f"license: {LICENSE}",
        f"subject_source: {ONTOLOGY_IRI}",
        "mapping_provider: Council LOD Publisher (generated from ontology/council.ttl and ontology/concepts.ttl "
        "by 'publisher mappings')",
        "curie_map:",
        *(f"  {prefix}: {CURIE_MAP[prefix]}" for prefix in sorted(used)),
    ]
    lines = ["# " + line for line in header] + ["\t".join(COLUMNS)]
    lines += ["\t".join((r.subject_id, _cell(r.subject_label), r.predicate_id, r.object_id, JUSTIFICATION))
              for r in rows]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """A TSV cell: no tabs or line breaks inside."""
    return " ".join(text.split())


def write_sssom(path: Path = SSSOM_FILE) -> int:
    """Write the crosswalk; the number of mappings."""
    text = sssom_text()
    path.write_text(text, encoding="utf-8")
    return sum(1 for line in text.splitlines() if line and not line.startswith("#")) - 1


# -- LBLOD --------------------------------------------------------------------------------------------------

LBLOD_PREFIXES = """
PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX besluit: <http://data.vlaanderen.be/ns/besluit#>
PREFIX mandaat: <http://data.vlaanderen.be/ns/mandaat#>
PREFIX person: <http://www.w3.org/ns/person#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
PUBLISHED_ITEM = f"{CL_CONCEPTS}agenda-item-kind/published"
ENGLISH = "http://publications.europa.eu/resource/authority/language/ENG"
# An item is public unless its own text marks it exempt (see the module docstring).
PUBLIC_FLAG = r"""BIND(NOT EXISTS { ?item dct:title|cl:purpose|cl:minutes ?said
    FILTER(REGEX(STR(?said), "\\bexempt\\b|\\bconfidential\\b|schedule 12a", "i")) } AS ?public)"""
# A vote the profile can take: all counts, outcome and motion stated, and at least one named voter.
EXPORTABLE_VOTE = """?vote a cl:Vote ; besluit:aantalVoorstanders ?for ; besluit:aantalTegenstanders ?against ;
          besluit:aantalOnthouders ?abstained ; cl:voteOutcome ?outcome ; besluit:onderwerp ?motion .
    FILTER EXISTS { ?vote besluit:heeftVoorstander|besluit:heeftTegenstander|besluit:heeftOnthouder ?someone }"""

MEETINGS = LBLOD_PREFIXES + """
CONSTRUCT {
  ?meeting a besluit:Zitting ; besluit:geplandeStart ?start ; prov:startedAtTime ?start ;
           prov:endedAtTime ?end ; besluit:isGehoudenDoor ?body ; besluit:behandelt ?item ; rdfs:comment ?note .
  ?body a besluit:Bestuursorgaan ; skos:prefLabel ?bodyName .
} WHERE {
  ?meeting a cl:Meeting ; besluit:isGehoudenDoor ?body ; schema:startDate ?stated ; besluit:behandelt ?item .
  OPTIONAL { ?body rdfs:label ?bodyName }
  OPTIONAL { ?meeting schema:endDate ?statedEnd }
  BIND(DATATYPE(?stated) = xsd:dateTime AS ?timed)
  BIND(SUBSTR(STR(?stated), 1, 10) AS ?day)
  BIND(IF(?timed, ?stated, STRDT(CONCAT(?day, "T00:00:00"), xsd:dateTime)) AS ?start)
  BIND(COALESCE(?statedEnd, STRDT(CONCAT(?day, "T23:59:59"), xsd:dateTime)) AS ?end)
  # ?none is never bound: a meeting whose record states both times gets no note.
  BIND(IF(?timed && BOUND(?statedEnd), ?none,
          CONCAT("The record states ", IF(?timed, "the start time but no end time", "the day but no time"),
                 " of this meeting: ", IF(?timed, "", "besluit:geplandeStart and prov:startedAtTime are the start of "),
                 IF(?timed, "", CONCAT(?day, ", and ")), "prov:endedAtTime is the end of ", ?day,
                 " (local times), the bounds of the stated day, not stated times.")) AS ?noteText)
  BIND(STRLANG(?noteText, "en") AS ?note)
}
"""

ITEMS = LBLOD_PREFIXES + f"""
CONSTRUCT {{
  ?item a besluit:Agendapunt ; dct:title ?title ; besluit:geplandOpenbaar ?public ;
        besluit:Agendapunt.type <{PUBLISHED_ITEM}> ; schema:position ?position .
  <{PUBLISHED_ITEM}> a skos:Concept ; skos:prefLabel "On the published agenda"@en .
}} WHERE {{
  ?meeting a cl:Meeting ; besluit:behandelt ?item .
  ?item dct:title ?printed .
  OPTIONAL {{ ?item schema:position ?position }}
  BIND(STR(?printed) AS ?title)
  {PUBLIC_FLAG}
}}
"""

TREATMENTS = LBLOD_PREFIXES + f"""
CONSTRUCT {{
  ?treatment a besluit:BehandelingVanAgendapunt ; dct:subject ?item ; besluit:openbaar ?public ;
             prov:generated ?decision ; besluit:heeftStemming ?vote .
}} WHERE {{
  ?meeting a cl:Meeting ; besluit:behandelt ?item .
  ?decision a cl:Decision ; cl:madeAt ?item .
  BIND(IRI(CONCAT(STR(?item), "#behandeling")) AS ?treatment)
  {PUBLIC_FLAG}
  OPTIONAL {{ ?vote cl:voteOn ?item . {EXPORTABLE_VOTE} }}
}}
"""

DECISIONS = LBLOD_PREFIXES + """
CONSTRUCT {
  ?decision a besluit:Besluit ; eli:title ?title ; eli:language <""" + ENGLISH + """> ;
            eli:description ?text ; eli:has_part ?article .
  ?article a besluit:Artikel ; eli:number "1" ; prov:value ?text .
} WHERE {
  ?decision a cl:Decision ; prov:value ?stated .
  OPTIONAL { ?decision dct:title ?own }
  OPTIONAL { ?decision cl:madeAt ?item . ?item a cl:AgendaItem ; dct:title ?itemTitle }
  OPTIONAL { ?decision rdfs:label ?label }
  BIND(STR(COALESCE(?own, ?itemTitle, ?label)) AS ?title)
  FILTER(BOUND(?title))
  BIND(STR(?stated) AS ?text)
  BIND(IRI(CONCAT(STR(?decision), "#artikel-1")) AS ?article)
}
"""

VOTES = LBLOD_PREFIXES + f"""
CONSTRUCT {{
  ?vote a besluit:Stemming ; besluit:aantalVoorstanders ?for ; besluit:aantalTegenstanders ?against ;
        besluit:aantalOnthouders ?abstained ; besluit:geheim false ; besluit:gevolg ?result ;
        besluit:onderwerp ?motion ; besluit:heeftStemmer ?mandate ; besluit:heeftAanwezige ?mandate ;
        ?option ?mandate .
  ?mandate a mandaat:Mandataris ; mandaat:isBestuurlijkeAliasVan ?voter .
  ?voter a person:Person ; foaf:name ?name .
}} WHERE {{
  {EXPORTABLE_VOTE}
  VALUES ?option {{ besluit:heeftVoorstander besluit:heeftTegenstander besluit:heeftOnthouder }}
  ?vote ?option ?voter .
  OPTIONAL {{ ?voter foaf:name ?name }}
  BIND(IRI(CONCAT(STR(?voter), "#mandataris")) AS ?mandate)
  BIND(STRLANG(STRAFTER(STR(?outcome), "/vote-outcome/"), "en") AS ?result)
}}
"""

LBLOD_QUERIES = (MEETINGS, ITEMS, TREATMENTS, DECISIONS, VOTES)


def lblod_export(store: object, graphs: list[str] | None = None) -> Graph:
    """Our data (the whole store, or only ``graphs``) restated in LBLOD terms, as one graph.

    ``store`` is a :class:`publisher.store.RecordStore` (or anything with its ``query``).
    """
    out = Graph()
    for prefix, namespace in (("besluit", BESLUIT), ("mandaat", MANDAAT), ("eli", ELI), ("prov", PROV)):
        out.bind(prefix, namespace)
    for query in LBLOD_QUERIES:
        result = store.query(query, default_graphs=graphs)  # type: ignore[attr-defined]
        data = ox.serialize(list(result), format=ox.RdfFormat.N_TRIPLES)
        if data:
            out.parse(data=data.decode(), format="nt")
    return out


def lblod_shapes() -> Graph:
    return Graph().parse(LBLOD_SHAPES, format="turtle")


__all__ = ["LBLOD_SHAPES", "SSSOM_FILE", "lblod_export", "lblod_shapes", "mappings",
           "sssom_text", "write_sssom"]
