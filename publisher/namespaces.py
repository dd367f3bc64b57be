"""Namespaces the publisher writes: our own vocabulary (``CL``) and the standards it reuses."""

from collections.abc import Mapping

from rdflib import Namespace as _Namespace
from rdflib import URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD


class Namespace(_Namespace):
    """rdflib's ``Namespace``, each term made once: ``CL.recordKind`` built a new ``URIRef`` (concatenated and
    checked) on every use, ~3 % of a bulk ingest worker's time mapping records. The term is kept on the
    namespace, so later uses find it without calling ``__getattr__``."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


CL = Namespace("https://w3id.org/council-lod/def#")
CL_CONCEPTS = "https://w3id.org/council-lod/def/"  # + scheme + "/" + concept, e.g. committee-kind/scrutiny
SHAPES = Namespace("https://w3id.org/council-lod/shapes#")
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
PERSON = Namespace("http://www.w3.org/ns/person#")
SCHEMA = Namespace("http://schema.org/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
VOID = Namespace("http://rdfs.org/ns/void#")
OPARL = Namespace("https://schema.oparl.org/1.1/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
# The dataset's self-description and change feed (VoID/DCAT, DCAT-AP checksums, LDES, Activity Streams)
ADMS = Namespace("http://www.w3.org/ns/adms#")
DQV = Namespace("http://www.w3.org/ns/dqv#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
AS = Namespace("https://www.w3.org/ns/activitystreams#")
LDES = Namespace("https://w3id.org/ldes#")
TREE = Namespace("https://w3id.org/tree#")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")  # W3C's IRIs of RDF and results formats
SH = Namespace("http://www.w3.org/ns/shacl#")
# Vocabularies the ontology aligns with (ontology/, the SSSOM crosswalk, LBLOD's export)
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ELI_DL = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")
POPOLO = Namespace("http://www.popoloproject.com/specs/")
VANN = Namespace("http://purl.org/vocab/vann/")
SEMAPV = Namespace("https://w3id.org/semapv/vocab/")

ONTOLOGY_IRI = "https://w3id.org/council-lod/def"  # our ontology itself (owl:Ontology), without the "#"
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"  # + "text/turtle"
ODC_ID = "http://opendatacommunities.org/id/"  # OpenDataCommunities' IRIs of councils

ONS_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
OGL_V3 = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

PREFIXES = {
    "cl": CL, "besluit": BESLUIT, "mandaat": MANDAAT, "person": PERSON, "schema": SCHEMA, "org": ORG,
    "foaf": FOAF, "dct": DCTERMS, "prov": PROV, "skos": SKOS, "rdfs": RDFS, "rdf": RDF, "owl": OWL,
    "xsd": XSD, "dcat": DCAT, "void": VOID, "oparl": OPARL, "sh": SH,
}

# Prefixes for the names of the aligned vocabularies' terms, where pages show them (/def)
ALIGNED = {"eli": ELI, "eli-dl": ELI_DL, "popolo": POPOLO, "vann": VANN, "spdx": SPDX}


def prefixed_name(iri: str, prefixes: Mapping[str, str] | None = None) -> str | None:
    """``schema:startDate`` for an IRI under one of ``prefixes`` (ours by default), the longest namespace first;
    None when none fits or the rest is no plain local name ("/" or "#" in it). The one place the publisher writes
    prefixed names: pages, VoID, validation messages and the SSSOM mappings all ask here."""
    for prefix, namespace in sorted((prefixes or PREFIXES).items(), key=lambda item: -len(str(item[1]))):
        local = iri[len(str(namespace)):]
        if iri.startswith(str(namespace)) and local and all(c.isalnum() or c in "_-." for c in local):
            return f"{prefix}:{local}"
    return None


__all__ = [
    "ADMS", "AS", "BESLUIT", "CL", "CL_CONCEPTS", "DCAT", "DCTERMS", "DQV", "FOAF", "FORMATS", "HYDRA",
    "IANA_MEDIA_TYPES", "LDES", "MANDAAT", "ODC_ID", "OGL_V3", "ONS_GEOGRAPHY", "ONTOLOGY_IRI", "OPARL", "ORG",
    "OWL", "PERSON", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA", "SD", "SHAPES", "SKOS", "SPDX", "TREE", "VOID",
    "WIKIDATA_ENTITY", "XSD", "prefixed_name",
]
