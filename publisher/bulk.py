"""Bulk ingest: a run of many records read, mapped and checked on every core, and written with Oxigraph's bulk
loader into a staging store that replaces the live store when the run is done (docs/architecture.md §1); or,
into a remote store, sent to its server in batches (see the end of this docstring).

Why: one RocksDB transaction per record (~24 ms at 1 M triples) and ~36 ms of Python per record kept
``Pipeline.run`` near 15 records/s on one core. Here the Python runs in a pool of worker processes and the
store is written in large bulk loads.

What still holds:

- **Whole run or nothing.** The workers never touch a store. The parent writes into a checkpoint of the live
  store (``EmbeddedStore.staging``), which nothing else reads; the run's commit point is one rename of that
  folder, and ``publisher.store.embedded.finish_bulk_run`` settles a run killed at any moment when the store
  is next opened: as it was before the run, or with the whole run landed (tests/test_bulk_ingest.py).
- **Each record whole or refused**, with the same mapping, SHACL check and salvage as ``Pipeline``
  (``RecordMaker.make`` is ``Pipeline.ingest_record`` up to the store write).
- **History**: one event per landed record, in input order, archived before its event, written in the same
  bulk load as the record (``History.staged_version``).
- **Re-ingest of an unchanged record changes nothing**: its hash is compared with the stored one; a run in
  which nothing lands leaves the store as it was (the staging store is dropped).
- **Deterministic people.** Person resolution is a pure function of the record and a roster fixed before
  the record's window is made: the council's roster in the store before the run, plus the people named in
  full by every record of the run up to the end of the record's window (``WINDOW`` records in input order).
  It does not depend on the worker count or the scheduling. It differs from ``Pipeline.run`` only in that a
  record also sees the people named in full later in its own window (``Pipeline`` sees earlier records only).

Anything unusual goes through ``Pipeline.ingest_record`` on the staging store, one transaction, in its turn:
a record whose graph is already in the store or was written earlier in the run (the old triples must leave
the default graph), a record with blank nodes, one keyed on names (its conflicts are read from the store).
Every earlier record of the run is in the staging store by then (the buffer is loaded first), so its people,
already resolved against the window's roster, are resolved again against the store as ``Pipeline`` would:
still a function of the input files in order.

A worker that dies (killed, out of memory) fails the run: the store stays as it was.

**Into a remote store** (``--store sparql+http://…``) the reading, making and rosters are the same (the same
IRIs, people and events as into the embedded store), but there is no staging copy: the run writes into the
server as it goes (``_RemoteWriter``), and the guarantee is per record, not per run. Plain new records and
their history events are sent in batches of ``SEND_EVERY`` triples, each batch ONE update request
(``RemoteStore.add_records``), which a server that runs a request as one transaction applies whole
(``default-graph=maintained``; Oxigraph does, checked). Anything special goes through
``Pipeline.ingest_record`` in its turn, after the batch before it has landed. So a run killed at any moment
(kill -9) leaves the records of the batches the server applied, each whole with its history event, and none
of the records after: not the store as before the run, nor the whole run. Running it again lands the rest
(what landed is unchanged, so skipped). A server whose default graph is the union (``default-graph=union``,
Virtuoso) runs a request's operations one by one, so there each batch holds one record: its one request, as
on the per-record path.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from publisher import ntriples, rdf
from publisher.councils import CouncilRegister
from publisher.errors import PublisherError, RecordError
from publisher.history import forget_history, packed
from publisher.ingest import IngestReport, Outcome, Pipeline, checked_record
from publisher.model import Record
from publisher.namespaces import CL, DCTERMS, PROV
from publisher.organisations import resolve_organisations
from publisher.people import Resolver, RosterPerson, Rosters, roster_from_record
from publisher.settings import Settings
from publisher.sources import iter_record_files, read_record
from publisher.store.embedded import EmbeddedStore
from publisher.store.remote import RemoteStore
from publisher.store.settings import check_agrees
from publisher.takedown import Takedown
from publisher.validate import Finding, Validator

BULK_FROM = 500  # ``publisher ingest`` of at least this many files into an embedded store runs in bulk
WINDOW = 256  # records read before their people are resolved: the roster grows window by window
# Quads buffered between two bulk loads (~500 meeting records, ~75 MB of text): the loader sorts and writes
# files per call, so fewer, larger calls cost less per quad (architecture.md §1: 4.8 ms a record at 400).
LOAD_EVERY = 500_000
# Record triples per update request into a remote store (~50 records, ~9 MB of SPARQL): large enough that the
# request's fixed cost (parse, transaction, revision) is shared, small enough that a batch lost to a kill is
# little work to redo
SEND_EVERY = 25_000


@dataclass
class Read:
    """A record file as read by a worker: the record, its council and the people it names in full."""

    path: Path
    record: Record | bytes | None = None  # pickled on its way out of the worker (see ``__getstate__``)
    council: str | None = None
    people: list[RosterPerson] = field(default_factory=list)
    message: str | None = None  # why it was refused

    def __getstate__(self) -> dict:
        """The record travels pickled once, as bytes: the parent only passes it on to the worker that makes
        it, and unpickling and pickling its ~90 parts again there cost the parent ~1 ms a record, on the one
        core that serves every worker."""
        record = self.record
        return {**self.__dict__, "record": pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
                if isinstance(record, Record) else record}

    def the_record(self) -> Record:
        """The record, unpickled where it travelled as bytes."""
        assert self.record is not None
        return pickle.loads(self.record) if isinstance(self.record, bytes) else self.record


@dataclass
class Made:
    """A record mapped and checked by a worker, ready to be written: or why it cannot be (``status``)."""

    path: Path
    status: str  # "landed" (to write), "unchanged", "refused" or "special" (``Pipeline.ingest_record``)
    graph: str | None = None
    nquads: str = ""  # the record graph's triples in it and in the default graph: what the store loads
    triples: int = 0
    stored: bytes = b""  # the same as the store gives them back, gzipped for the history archive (``packed``)
    modified: str | None = None
    digest: str | None = None
    warnings: list[Finding] = field(default_factory=list)
    record: Record | None = None  # for "special": resolved, to be written by the per-record path
    message: str | None = None


class RecordMaker:
    """What a worker needs to turn a record into checked N-Triples without a store: the pipeline's settings,
    filing (register, councils) and takedown list, and the content hash and first creation time of every record
    graph stored before the run (``Pipeline.ingest_record`` reads those from the store)."""

    def __init__(self, pipeline: Pipeline, stored: dict[str, tuple[str, str | None]]) -> None:
        self.settings = pipeline.settings
        self.filing = pipeline.filing
        self.takedown = pipeline.takedown
        self.stored = stored  # record graph: (content hash, dct:created or prov:generatedAtTime)
        self.validator: Validator | None = None  # made in each worker: pyshacl state is not shared

    def __getstate__(self) -> dict:
        return {**self.__dict__, "validator": None}

    def read(self, path: Path) -> Read:
        try:
            record = read_record(path)
            council = self.filing.council_for(record)
        except RecordError as err:
            return Read(path, message=str(err))
        # organisations first: outside bodies' people are not the council's
        record = resolve_organisations(record, self.filing.register, council)
        return Read(path, record, council.slug, roster_from_record(record))

    def make(self, read: Read, roster: list[RosterPerson]) -> Made:
        """``Pipeline.ingest_record`` up to the store write, with the roster given."""
        assert read.record is not None and read.council is not None
        if self.validator is None:
            self.validator = Validator()
        council = self.filing.register.get(read.council)
        record = Resolver([*roster, *read.people]).resolve(read.the_record())  # resolve_people, its people read once
        record = self.takedown.apply(record, council.slug)
        minter = rdf.Minter(self.settings.base_uri, council.slug)
        graph_iri = minter.graph(record.kind, record.source_id)
        content = rdf.RecordMapper(minter, self.settings.contact_details).map_record(record)  # type: ignore[arg-type]
        digest = rdf.content_hash(content)
        previous, created = self.stored.get(str(graph_iri), (None, None))
        if previous == digest:
            return Made(read.path, "unchanged", str(graph_iri), digest=digest, warnings=[])
        if previous is not None or record.named_key or ntriples.has_blank_nodes(content):
            return Made(read.path, "special", str(graph_iri), record=record)
        council_iri, register = self.filing.council_triples(council, minter)
        warnings, refusal = checked_record(record, content, graph_iri, digest, council_iri, register, self.validator,
                                           created, read.path)
        if refusal is not None:
            return Made(read.path, "refused", str(graph_iri), message=refusal)
        lines = content.lines()  # written here, on the worker's core: the parent only appends it
        nquads = "\n".join(ntriples.in_graph(lines, str(graph_iri)) + lines)
        return Made(read.path, "landed", str(graph_iri), nquads, len(lines), packed(ntriples.as_stored(lines)),
                    str(content.value(graph_iri, DCTERMS.modified)),
                    digest,
                    [Finding(w.severity, w.focus, w.path, w.message, w.value, w.shape, w.component)
                     for w in warnings])  # without rdflib terms: cheaper to send back


_MAKER: RecordMaker | None = None  # the worker's own, set by ``_start_worker``


def _start_worker(maker: RecordMaker) -> None:
    global _MAKER
    _MAKER = maker


def _read(path: Path) -> Read:
    assert _MAKER is not None
    return _MAKER.read(path)


def _make(task: tuple[Read, bytes]) -> Made:
    assert _MAKER is not None
    return _MAKER.make(task[0], _roster(task[1]))


_ROSTERS: dict[bytes, list[RosterPerson]] = {}  # the rosters a worker last unpickled, by their bytes


def _roster(pickled: bytes) -> list[RosterPerson]:
    """A window's roster, pickled once by the parent for all its records (it went out with every four, a few
    hundred people each time) and unpickled once by each worker."""
    roster = _ROSTERS.get(pickled)
    if roster is None:
        if len(_ROSTERS) >= 8:
            _ROSTERS.clear()
        roster = _ROSTERS[pickled] = pickle.loads(pickled)
    return roster


def stored_records(store: EmbeddedStore | RemoteStore) -> dict[str, tuple[str, str | None]]:
    """Every record graph's content hash and first creation time (``history.created_of``), in one query."""
    rows = store.query(f"SELECT ?g ?hash ?created WHERE {{ GRAPH ?g {{ ?g <{CL.contentHash}> ?hash "
                       f"OPTIONAL {{ ?g <{DCTERMS.created}> ?c }} OPTIONAL {{ ?g <{PROV.generatedAtTime}> ?t }} "
                       "BIND(COALESCE(?c, ?t) AS ?created) } }")
    return {r["g"].value: (r["hash"].value, r["created"].value if r["created"] is not None else None)
            for r in rows}  # type: ignore[attr-defined]


def _windows(files: list[Path], size: int) -> Iterator[list[Path]]:
    for start in range(0, len(files), size):
        yield files[start:start + size]


class BulkRun:
    """One bulk ingest of many records into an embedded store (whole run or nothing) or a remote store (batch
    by batch, each record whole), on ``workers`` processes."""

    def __init__(self, store: EmbeddedStore | RemoteStore, settings: Settings, council: str | None = None,
                 register: CouncilRegister | None = None, workers: int | None = None,
                 takedown: Takedown | None = None) -> None:
        self.store = store
        self.settings = settings
        self.council = council
        self.register = register
        self.takedown = takedown
        self.workers = workers or len(os.sched_getaffinity(0))

    def run(self, paths: Iterable[Path], progress: bool | None = None) -> IngestReport:
        files = iter_record_files(list(paths))
        if not files:
            raise PublisherError("no record files found in " + ", ".join(str(p) for p in paths))
        check_agrees(self.store, self.settings)
        if isinstance(self.store, RemoteStore):  # no staging copy: written as it goes, batch by batch
            return self._into(self.store, files, progress)[0]
        staging = self.store.staging()
        try:
            report, landed = self._into(staging, files, progress)
        except BaseException:
            self.store.discard(staging)
            raise
        if landed:
            self.store.land(staging)
            forget_history(self.store)  # its newest event was read from the store before the run
        else:  # nothing landed: the store stays exactly as it was
            self.store.discard(staging)
        return report

    def _into(self, target: EmbeddedStore | RemoteStore, files: list[Path],
              progress: bool | None) -> tuple[IngestReport, bool]:
        """The run written into ``target``: the staging store, or the remote store itself."""
        pipeline = Pipeline(target, self.settings, council=self.council, register=self.register,
                            takedown=self.takedown)
        maker = RecordMaker(pipeline, stored_records(target))
        writer: _Writer | _RemoteWriter
        if isinstance(target, RemoteStore):
            writer = _RemoteWriter(target, pipeline)
        else:
            pipeline.prepare()  # on the staging store: dropped with it if nothing lands
            writer = _Writer(target, pipeline)
        # the store before the run: the live embedded store is unchanged during it; a remote store is asked
        # for a council's roster before any record of that council is written (``_grown``: its first window)
        before = Rosters(self.store, self.settings.base_uri)
        rosters: dict[str, list[RosterPerson]] = {}  # each council's, as the window being made sees it
        report = IngestReport()
        show = progress if progress is not None else sys.stderr.isatty()
        with _pool(maker, self.workers) as pool, tqdm(total=len(files), desc="bulk ingest", unit="record",
                                                      disable=not show, file=sys.stderr) as bar:
            windows = list(_windows(files, WINDOW))
            reading = _submit(pool, _read, windows[0], maker.read)
            try:
                for number in range(len(windows)):
                    reads = list(reading)
                    rosters = _grown(rosters, reads, before)
                    pickled = {slug: pickle.dumps(rosters[slug], pickle.HIGHEST_PROTOCOL)
                               for slug in {read.council for read in reads if read.record is not None}}
                    made = _submit(pool, _make, [(read, pickled[read.council]) for read in reads
                                                 if read.record is not None],
                                   lambda task: maker.make(task[0], _roster(task[1])))
                    if number + 1 < len(windows):  # queued behind this window's work: the workers never wait
                        reading = _submit(pool, _read, windows[number + 1], maker.read)
                    for read in reads:
                        outcome = writer.write(next(made)) if read.record is not None else \
                            Outcome(read.path, "refused", message=read.message)
                        report.outcomes.append(outcome)
                        bar.update()
            finally:
                writer.finish()
        return report, writer.landed


def _grown(rosters: dict[str, list[RosterPerson]], reads: list[Read], before: Rosters) -> dict[str, list[RosterPerson]]:
    """Each council's roster with the people a window's records name in full added, in input order (so the
    same whatever the scheduling), and merged as the ``Resolver`` merges them (one entry a name): merging window
    by window keeps a long run's roster the size of its council's people, not of its records."""
    people: dict[str, list[RosterPerson]] = {}
    for read in reads:
        if read.council is not None:
            people.setdefault(read.council, []).extend(read.people)
    return {**rosters, **{slug: Resolver([*(rosters[slug] if slug in rosters else before.of(slug)), *named]).roster
                          for slug, named in people.items()}}


def _submit(pool: ProcessPoolExecutor | None, task: Callable, items: list, here: Callable) -> Iterator:
    """``task`` of each item, in order: queued to the pool now, or (no pool) done here as they are asked for."""
    return iter(pool.map(task, items, chunksize=4)) if pool else map(here, items)


@contextmanager
def _pool(maker: RecordMaker, workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes started afresh (forkserver), not forked: this process has RocksDB threads running,
    and a fork of it can deadlock. A worker that dies breaks the pool, and the run fails (its staging store
    dropped) instead of waiting for an answer that never comes. One worker means no pool: everything in this
    process, for comparison."""
    if workers <= 1:
        yield None
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["publisher.bulk"])  # imported once, in the server the workers fork from
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(maker,))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _InOrder:
    """One thread that runs the writes handed to it one at a time, in the order given, while the caller goes on
    collecting records; a write's error is raised at the next ``submit`` or ``wait``."""

    def __init__(self, name: str) -> None:
        self.thread = ThreadPoolExecutor(1, thread_name_prefix=name)
        self.running: Future | None = None

    def submit(self, write: Callable, *args: object) -> None:
        """Start ``write`` once the one before it is done."""
        self.wait()
        self.running = self.thread.submit(write, *args)

    def wait(self) -> None:
        if self.running is not None:
            self.running.result()
            self.running = None

    def close(self) -> None:
        self.thread.shutdown()


class _Writer:
    """Writes made records into the staging store in input order: plain new records buffered for one bulk
    load, with their history events; anything else through the per-record pipeline, after the buffer."""

    def __init__(self, staging: EmbeddedStore, pipeline: Pipeline) -> None:
        self.staging = staging
        self.pipeline = pipeline
        self.history = pipeline.history
        self.history.stage()
        self.graph = str(self.history.graph)
        self.buffer: list[str] = []  # N-Quads text, a record or a line at a time
        self.buffered = 0  # quads in the buffer
        self.loads = _InOrder("bulk-load")
        self.written: set[str] = set()  # record graphs written by this run
        self.landed = False

    def write(self, made: Made) -> Outcome:
        if made.status == "special" or (made.graph in self.written and made.status != "refused"):
            return self._one_by_one(made)
        if made.status != "landed":
            return Outcome(made.path, made.status, made.graph, message=made.message, warnings=made.warnings)
        assert made.graph is not None
        event = self.history.staged_version(made.graph, made.digest, made.modified, "created", made.stored)
        event_lines = ntriples.lines(event.graph())
        self.buffer += [made.nquads, *ntriples.in_graph(event_lines, self.graph), *event_lines]
        self.buffered += 2 * (made.triples + len(event_lines))
        self.written.add(made.graph)
        self.landed = True
        if self.buffered >= LOAD_EVERY:
            self.load()
        return Outcome(made.path, "landed", made.graph, made.triples, warnings=made.warnings)

    def _one_by_one(self, made: Made) -> Outcome:
        """The per-record path, after what is buffered: its reads of the store must see it."""
        self.load()
        self.wait()
        return _in_its_turn(self, made)

    def load(self) -> None:
        """Hand the buffer to the loader thread (``bulk_load`` lets go of the GIL, so this process goes on
        collecting records meanwhile), after the load before it: loads happen one at a time, in order."""
        if self.buffer:
            self.loads.submit(self.staging.load_in_bulk, "\n".join(self.buffer))
            self.buffer, self.buffered = [], 0

    def wait(self) -> None:
        """Until the load handed over last is done (its error, if any, raised here)."""
        self.loads.wait()

    def finish(self) -> None:
        try:
            self.load()
            self.wait()
        finally:
            self.loads.close()
        self.staging.flush()


class _RemoteWriter:
    """Writes made records into a remote store in input order: plain new records batched, each batch with
    their history events one update request (``RemoteStore.add_records``), sent by a thread while this process
    goes on collecting records; anything else through the per-record pipeline, after the batches before it.
    The store's settings, reference data and owed events are written before the first record (``ready``): a
    run in which nothing lands writes nothing."""

    def __init__(self, store: RemoteStore, pipeline: Pipeline) -> None:
        self.store = store
        self.pipeline = pipeline
        self.history = pipeline.history
        self.log = str(self.history.graph)
        # a server that runs a request's operations one by one gets one record a request (module docstring)
        self.every = SEND_EVERY if store.maintains_default_graph else 1
        self.batch: list[tuple[str, list[str], list[str]]] = []  # (record graph, its lines, its event's lines)
        self.batched = 0  # record triples in the batch
        self.sends = _InOrder("bulk-send")
        self.written: set[str] = set()  # record graphs written by this run
        self.landed = False
        self.staged = False  # whether every record's latest event was read (``ready``)

    def ready(self) -> None:
        """Before the run's first batched record: settings, reference data and owed events (unless a record
        of the per-record path wrote them), then every record's latest event read once for numbering
        (``History.stage``)."""
        if not self.staged:
            self.pipeline.prepare_once()
            self.history.stage()
            self.staged = self.landed = True

    def write(self, made: Made) -> Outcome:
        if made.status == "special" or (made.graph in self.written and made.status != "refused"):
            return self._one_by_one(made)
        if made.status != "landed":
            return Outcome(made.path, made.status, made.graph, message=made.message, warnings=made.warnings)
        assert made.graph is not None
        self.ready()
        event = self.history.staged_version(made.graph, made.digest, made.modified, "created", made.stored)
        lines = made.nquads.split("\n")[made.triples:]  # after the record's quads, its triples (``RecordMaker``)
        self.batch.append((made.graph, lines, ntriples.lines(event.graph())))
        self.batched += made.triples
        self.written.add(made.graph)
        if self.batched >= self.every:
            self.send()
        return Outcome(made.path, "landed", made.graph, made.triples, warnings=made.warnings)

    def _one_by_one(self, made: Made) -> Outcome:
        """The per-record path, after the batches before it: its reads of the store must see them."""
        self.send()
        self.wait()
        return _in_its_turn(self, made)

    def send(self) -> None:
        """Hand the batch to the sender thread, after the batch before it: batches land one at a time, in order."""
        if self.batch:
            self.sends.submit(self.store.add_records, self.batch, self.log)
            self.batch, self.batched = [], 0

    def wait(self) -> None:
        """Until the batch handed over last has landed (its error, if any, raised here)."""
        self.sends.wait()

    def finish(self) -> None:
        try:
            self.send()
            self.wait()
        finally:
            self.sends.close()


def _in_its_turn(writer: _Writer | _RemoteWriter, made: Made) -> Outcome:
    """A record the bulk writers leave to ``Pipeline.ingest_record`` (one already stored, one with blank nodes,
    one keyed on names), written in its turn once what came before it is in the store."""
    record = made.record if made.record is not None else read_record(made.path)
    outcome = writer.pipeline.ingest_record(record)
    if outcome.status == "landed":
        writer.written.add(str(outcome.graph))
        writer.landed = True
    return outcome


__all__ = ["BULK_FROM", "BulkRun", "RecordMaker"]
