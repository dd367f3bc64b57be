"""The one pipeline: read → map → check → replace the record's graph.

A record lands whole or not at all: it is mapped and checked in memory, and only a record with no SHACL
violation replaces its named graph, in one store transaction. A refused record leaves the store exactly as
it was, and the other records of the run still land. What a run writes besides records (the store settings,
the council register and vocabulary graphs, history events owed by an earlier run) is written just before
its first record lands: a run in which every record is refused writes nothing at all. Re-ingesting an
unchanged record is a no-op: its content hash matches the one stored in its graph.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.term import Node
from tqdm import tqdm

from publisher import ntriples, rdf
from publisher.conflicts import conflicts_with_store
from publisher.councils import Council, CouncilRegister, load_register
from publisher.errors import PublisherError, RecordError
from publisher.history import add_created, created_of, history_of, modified_now
from publisher.memory import release_free_memory
from publisher.messages import plural
from publisher.model import Record
from publisher.namespaces import CL, DCTERMS
from publisher.ontology_files import vocabulary_graph
from publisher.organisations import resolve_organisations
from publisher.people import Rosters, resolve_people
from publisher.salvage import check_and_salvage
from publisher.settings import Settings
from publisher.sources import iter_record_files, read_record
from publisher.store import RecordStore
from publisher.store.settings import check_agrees, record_settings
from publisher.takedown import Takedown
from publisher.validate import Finding, Validator

PROGRESS_FROM = 20  # show a progress bar on runs of at least this many files
# Written triples between two flushes of a run. Oxigraph lets each of RocksDB's column families buffer 128 MiB
# in memory before writing it out: unflushed, an ingest of 5 M triples held 2.7 GB and rising. Flushing every
# 200 k triples (and handing the pages back) kept it under 480 MiB, for ~4 % of the time (bench/README.md).
FLUSH_EVERY = 200_000


@dataclass
class Outcome:
    """What happened to one source file."""

    path: Path
    status: str  # "landed", "unchanged" or "refused"
    graph: str | None = None
    triples: int = 0
    message: str | None = None
    warnings: list[Finding] = field(default_factory=list)


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def refused(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "refused"]

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.outcomes if o.status == "landed")

    def summary(self) -> str:
        warnings = sum(len(o.warnings) for o in self.outcomes)
        return (f"{plural(self.count('landed'), 'record')} landed ({plural(self.triples, 'triple')}), "
                f"{self.count('unchanged')} unchanged, {self.count('refused')} refused, "
                f"{plural(warnings, 'warning')}")


def _canonical(graph: Graph) -> Graph:
    """The graph with its blank nodes named by their content, so that its hash is the same in every run (the
    ontology has some, in owl:unionOf lists: hashed as parsed, they made each run rewrite the vocabulary graph
    and change the dataset version). A graph without blank nodes is its own canonical form."""
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return graph
    return to_canonical_graph(graph)


def checked_record(record: Record, content: Graph, graph_iri: URIRef, digest: str, council_iri: URIRef,
                   register: list[str], validator: Validator, created: str | None,
                   path: Path) -> tuple[list[Finding], str | None]:
    """A mapped record made ready to land: its provenance, its first version's creation time (``created``), the
    SHACL check (a violation costs its resource) and its validation report. Its warnings, or why it is refused.
    The one path of ``Pipeline.ingest_record`` and of a bulk run's workers (``bulk.RecordMaker``)."""
    rdf.add_provenance(content, graph_iri, record, council_iri, digest)
    add_created(content, graph_iri, created)
    checked = check_and_salvage(content, graph_iri, lambda c: _check_with(validator, c.lines(), register))
    if violations := checked.violations:
        detail = "; ".join(str(v) for v in violations)
        return [], f"{path}: record {graph_iri} refused, {plural(len(violations), 'SHACL violation')}: {detail}"
    warnings = checked.dropped + checked.findings  # a violation cost its resource: the first warnings
    warnings += [Finding("Warning", str(graph_iri), None, note, None, None) for note in record.warnings]
    rdf.add_validation_report(content, graph_iri, map(str, warnings))
    return warnings, None


def _check_with(validator: Validator, lines: list[str], register: list[str]) -> list[Finding]:
    """The findings for a record (its N-Triples lines) checked together with its council's register triples,
    which join the record for the check only."""
    return validator.check("\n".join(dict.fromkeys([*lines, *register])))


def _iris(triples: Iterable[tuple[Node, Node, Node]]) -> set[str]:
    """Every IRI a record graph names as a subject or an object."""
    return {str(term) for s, _p, o in triples for term in (s, o) if isinstance(term, URIRef)}


@dataclass
class Filing:
    """Which council a record is filed under, and that council's register triples: what the per-record
    ``Pipeline`` and the bulk run's workers (``bulk.RecordMaker``) both need, and all they share of a run."""

    register: CouncilRegister
    forced: Council | None  # ``--council``
    default: Council  # the deployment's configured council
    _triples: dict[str, tuple[URIRef, list[str]]] = field(default_factory=dict)  # slug: IRI, register lines

    def council_for(self, record: Record) -> Council:
        """``--council`` first, then the record's source URL, then its sidecar's "Council:" line, then the
        configured default. A ``--council`` the source URL contradicts is refused: filed under another council,
        the record would mint that council's IRIs for another council's meetings."""
        if self.forced:
            stated = self.register.contradiction(record.source_url, self.forced)
            if stated is not None:
                raise RecordError(f"--council {self.forced.slug} ({self.forced.name}) contradicts "
                                  f"the record's source URL {record.source_url}, which is {stated.name}'s "
                                  f"(council {stated.slug}): leave --council out, or give the right one",
                                  record.path)
            return self.forced
        by_url = self.register.for_url(record.source_url)
        if by_url or not record.council:
            return by_url or self.default
        try:
            return self.register.get(record.council)
        except PublisherError as err:  # the record's own sidecar is wrong: that record is refused, not the run
            raise RecordError(f"its sidecar's Council: line: {err}", record.path, field="Council") from None

    def council_triples(self, council: Council, minter: rdf.Minter) -> tuple[URIRef, list[str]]:
        """The council's IRI and its register triples (N-Triples lines), which join its records' checks."""
        if council.slug not in self._triples:
            council_iri = rdf.map_council(council, minter, register := Graph())
            self._triples[council.slug] = council_iri, ntriples.lines(register)
        return self._triples[council.slug]


class Pipeline:
    """Ingests records of one deployment into one store."""

    def __init__(self, store: RecordStore, settings: Settings, council: str | None = None,
                 register: CouncilRegister | None = None, validator: Validator | None = None,
                 takedown: Takedown | None = None) -> None:
        self.store = store
        self.settings = settings
        self.register = register or load_register()
        self.filing = Filing(self.register, self.register.get(council) if council else None,
                             self.register.get(settings.council))
        self.validator = validator or Validator()
        self.takedown = takedown if takedown is not None else Takedown.load()  # ./takedown.csv, else data/takedown.csv
        self.history = history_of(store, settings.base_uri, settings.store)  # each change of a record is an event
        self.rosters = Rosters(store, settings.base_uri)  # the councils' people, kept up to date as records land
        self._prepared = False  # whether this run wrote its settings and reference data (``prepare``)

    def prepare(self) -> None:
        """What the store needs before a record lands in it: its settings recorded, the reference data, and
        the events an earlier run owes (``History.catch_up``). Called before a run's first record is written,
        not before: a run in which every record is refused leaves the store as it was."""
        self.ensure_reference_data()
        self.history.catch_up()  # changes that have no event yet (an older store, an interrupted run)
        self._prepared = True

    def prepare_once(self) -> None:
        """``prepare``, unless this run already did: a run's first landing record (here or in a bulk writer)
        does it, and no later one."""
        if not self._prepared:
            self.prepare()

    def ensure_reference_data(self) -> None:
        """Record the settings the data depends on (``publisher.store.settings``; refused if the store records
        others), and keep the council register and our vocabulary (ontology + SKOS concepts) in the store as
        named graphs of their own, rewritten only when their content changes."""
        record_settings(self.store, self.settings)
        base = self.settings.base_uri
        for iri, graph in ((rdf.reference_graph_iri(base), rdf.map_register(self.register.councils, base)),
                           (rdf.vocabulary_graph_iri(base), vocabulary_graph())):
            digest = rdf.content_hash(_canonical(graph))
            if self.store.record_hash(str(iri)) != digest:
                graph.add((iri, CL.contentHash, Literal(digest)))
                graph.add((iri, DCTERMS.modified, modified_now()))  # when it changed (/councils?since=)
                self.store.replace_graph(str(iri), graph)

    def ingest_record(self, record: Record) -> Outcome:
        path = record.path or Path("<input>")
        council = self.filing.council_for(record)
        # organisations first: someone who appeared for an outside body is not on the council's roster
        record = resolve_organisations(record, self.register, council)
        record = resolve_people(record, self.rosters.of(council.slug))
        record = self.takedown.apply(record, council.slug)  # before mapping: no rebuild can bring them back
        minter = rdf.Minter(self.settings.base_uri, council.slug)
        graph_iri = minter.graph(record.kind, record.source_id)
        content = rdf.RecordMapper(minter, self.settings.contact_details).map_record(record)  # type: ignore[arg-type]
        digest = rdf.content_hash(content)
        previous = self.store.record_hash(str(graph_iri))
        if previous == digest:
            return Outcome(path, "unchanged", str(graph_iri), len(content))
        council_iri, register = self.filing.council_triples(council, minter)
        warnings, refusal = checked_record(record, content, graph_iri, digest, council_iri, register, self.validator,
                                           created_of(self.store, graph_iri), path)
        if refusal is not None:
            return Outcome(path, "refused", str(graph_iri), message=refusal)
        self.prepare_once()
        if record.named_key:  # no source id: another record graph may already describe its things
            warnings += [c.finding(str(graph_iri)) for c in conflicts_with_store(self.store, str(graph_iri), content)]
        # the record graph and its history event: one request to a remote store
        self.history.store_version(str(graph_iri), content, "updated" if previous else "created")
        self.rosters.landed(council.slug, _iris(content), replaced=previous is not None)
        return Outcome(path, "landed", str(graph_iri), len(content), warnings=warnings)

    def ingest_file(self, path: Path) -> Outcome:
        try:
            return self.ingest_record(read_record(path))
        except RecordError as err:
            return Outcome(path, "refused", message=str(err))

    def run(self, paths: Iterable[Path], progress: bool | None = None) -> IngestReport:
        files = iter_record_files(list(paths))
        if not files:
            raise PublisherError("no record files found in " + ", ".join(str(p) for p in paths))
        check_agrees(self.store, self.settings)  # before any work: a run under another base is refused whole
        self._prepared = False  # the reference data is checked again before this run's first record lands
        self.rosters = Rosters(self.store, self.settings.base_uri)  # read afresh: the store may have changed
        report = IngestReport()
        show = progress if progress is not None else len(files) >= PROGRESS_FROM and sys.stderr.isatty()
        with tqdm(files, desc="ingest", unit="record", disable=not show, file=sys.stderr) as bar:
            unflushed = 0
            for path in bar:  # rate and time left on stderr; an interrupted run resumes where it stopped
                outcome = self.ingest_file(path)
                report.outcomes.append(outcome)
                if outcome.status == "refused":
                    bar.set_postfix(refused=report.count("refused"), refresh=False)
                unflushed += outcome.triples if outcome.status == "landed" else 0
                if unflushed >= FLUSH_EVERY:
                    self.flush()
                    unflushed = 0
        if self._prepared:  # nothing to flush (and no write) when nothing landed
            self.flush()
        return report

    def flush(self) -> None:
        """Write what the store buffers to disk and give the freed memory back to the system."""
        self.store.flush()
        release_free_memory()
