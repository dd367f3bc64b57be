"""The embedded store: Oxigraph (pyoxigraph) on disk. One process owns it (docs/architecture.md §1)."""

from __future__ import annotations

import io
import os
import shutil
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from publisher import ntriples
from publisher.errors import PublisherError
from publisher.namespaces import CL, PREFIXES
from publisher.store.interface import SETTINGS_GRAPH, Triple

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
# The project's namespace prefixes, written at the top of Turtle and TriG exports (oxigraph abbreviates as it
# streams, so a big store is still written without being held in memory).
EXPORT_PREFIXES = {name: str(namespace) for name, namespace in PREFIXES.items()}


# What a DESCRIBE returns, here and at /sparql: the resource's own triples and the triples pointing at it.
DESCRIBE_QUERY = ("CONSTRUCT {{ ?r ?p ?o . ?x ?q ?r }} WHERE {{ VALUES ?r {{ {values} }} "
                  "{{ ?r ?p ?o }} UNION {{ ?x ?q ?r }} }}")


def forget_graph(graph: str) -> str:
    """SPARQL update removing a named graph and, from the default graph, its triples no other graph has."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }} }} ;\n"
            f"DROP SILENT GRAPH <{graph}>")


def _term(term: Node, blanks: dict[BNode, ox.BlankNode]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as Oxigraph's; each blank node gets a fresh one, as in a SPARQL ``INSERT DATA``."""
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        if term not in blanks:
            blanks[term] = ox.BlankNode()
        return blanks[term]
    assert isinstance(term, Literal)
    if term.language:
        return ox.Literal(term, language=term.language)
    return ox.Literal(term, datatype=ox.NamedNode(term.datatype)) if term.datatype else ox.Literal(term)


def quads_of(graph: str, triples: Iterable[Triple]) -> list[ox.Quad]:
    """``triples`` as quads of the named ``graph`` and of the default graph (the union of the named graphs)."""
    name, default, blanks = ox.NamedNode(graph), ox.DefaultGraph(), {}
    quads = []
    for s, p, o in triples:
        subject, predicate, value = _term(s, blanks), _term(p, blanks), _term(o, blanks)
        quads.append(ox.Quad(subject, predicate, value, name))
        quads.append(ox.Quad(subject, predicate, value, default))
    return quads


def _snapshots_of(store_folder: Path) -> Path:
    """Where the checkpoints of the store in ``store_folder`` go (``EmbeddedStore.snapshot``)."""
    return store_folder.parent / f"{store_folder.name}.snapshots"


def _staging_of(store_folder: Path) -> Path:
    """Where a bulk run builds the store that replaces the one in ``store_folder`` (``EmbeddedStore.staging``)."""
    return store_folder.parent / f"{store_folder.name}.staging"


def _landed_of(store_folder: Path) -> Path:
    """A finished staging store, renamed here: from then on the run has landed, whatever happens next."""
    return store_folder.parent / f"{store_folder.name}.landed"


def _retired_of(store_folder: Path) -> Path:
    """Where the store a landed bulk run replaces waits to be removed."""
    return store_folder.parent / f"{store_folder.name}.retired"


def _sync_folder(folder: Path) -> None:
    """Make the renames done in ``folder`` durable (a rename is only on disk once its folder is synced)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def finish_bulk_run(store_folder: Path) -> None:
    """Bring the store folder to one of the two states a bulk run may leave: as it was before the run, or with
    the whole run landed. Called before the store is opened, so a run killed at any moment is settled here.

    The run's commit point is one rename (``.staging`` → ``.landed``); what follows it (the live store moved to
    ``.retired``, ``.landed`` moved into its place, ``.retired`` removed) is redone here until it is complete.
    A ``.staging`` folder is a run that never reached its commit point: it is dropped."""
    landed, retired = _landed_of(store_folder), _retired_of(store_folder)
    if landed.exists():
        if store_folder.exists():  # the store before the run: retired, removed below
            shutil.rmtree(retired, ignore_errors=True)
            os.replace(store_folder, retired)
        os.replace(landed, store_folder)
        _sync_folder(store_folder.parent)
    shutil.rmtree(retired, ignore_errors=True)
    shutil.rmtree(_staging_of(store_folder), ignore_errors=True)


def _dump_named_graphs(source: ox.Store, out: BinaryIO) -> None:
    """Every named graph as N-Quads: each graph dumped natively as N-Triples, its name put on each line.

    2.4x faster than iterating the store's quads in Python (a million triples on disk: 9 s against 23 s).
    A raw line break only ends a line in N-Triples (a literal writes it ``\\n``), so `` .\\n`` ends a triple.
    Blank nodes keep the store's labels, as in the default graph's dump.
    """
    for graph in source.named_graphs():
        if graph.value == SETTINGS_GRAPH:  # the store's own settings are not data (publisher.store.settings)
            continue
        name = f"<{graph.value}>" if isinstance(graph, ox.NamedNode) else f"_:{graph.value}"
        triples = source.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        out.write(triples.replace(b" .\n", f" {name} .\n".encode()))


class EmbeddedStore:
    """The default graph is kept equal to the union (an RDF merge, so no duplicate triples) of the named
    graphs, inside the same transaction that changes a named graph: queries see a set, as SPARQL says."""

    def __init__(self, path: Path | None) -> None:
        """Open (or create) the store at ``path``; ``None`` gives an in-memory store, for tests."""
        self.path = path
        try:
            if path is not None:
                finish_bulk_run(path)  # a bulk run killed before: its store as before, or the run landed
                path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(path)) if path is not None else ox.Store()
            self._reader: ox.Store | None = None  # an in-memory replica to read from, see ``read_from``
            self._write_lock = threading.Lock()  # a graph's check for being new and its write go together
            self._apart = _ReadsApart()  # the handle queries read inside ``reading_apart``
            if path is not None:  # snapshots left by a process that died: only the store's owner gets here
                shutil.rmtree(_snapshots_of(path), ignore_errors=True)
        except OSError as err:
            raise PublisherError(f"cannot open the store at {path}: {err}. Is another publisher process "
                                 f"(a running 'publisher serve') using it?") from err

    @classmethod
    def read_only(cls, checkpoint: Path) -> EmbeddedStore:
        """A checkpoint (``snapshot``) opened for reading: the consistent copy a command reads while a live
        server owns the store itself (docs/architecture.md §1: one process owns the on-disk store). It is never
        written, flushed nor snapshotted, and never cleans snapshots up: it is not the store's owner."""
        store = cls(None)
        try:
            store._store = ox.Store.read_only(str(checkpoint))
        except OSError as err:
            raise PublisherError(f"cannot open the snapshot at {checkpoint}: {err}") from err
        return store

    def record_hash(self, graph: str) -> str | None:
        found = self._store.quads_for_pattern(ox.NamedNode(graph), ox.NamedNode(str(CL.contentHash)), None,
                                              ox.NamedNode(graph))
        return next((q.object.value for q in found), None)

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """One transaction either way: the record's graph and the default graph change together or not at all.

        A new graph is loaded as N-Quads text (``Store.load`` is one transaction), about twice as fast as the
        SPARQL update an existing graph needs to forget the triples only it had."""
        if not isinstance(triples, Graph | ntriples.Triples):
            triples = list(triples)  # read twice below
        with self._write_lock:
            if not self._holds(graph):
                self._reader = None
                try:
                    if ntriples.has_blank_nodes(triples):  # each gets a fresh node, as in a SPARQL INSERT DATA
                        self._store.extend(quads_of(graph, triples))
                    else:  # text: the store parses it faster than Python builds Oxigraph terms (8 ms a record)
                        lines = ntriples.lines_of(triples)
                        self._store.load("\n".join(ntriples.in_graph(lines, graph) + lines),
                                         format=ox.RdfFormat.N_QUADS)
                finally:
                    self._apart.written()
                return
            body = "\n".join(ntriples.lines_of(triples))
            self._write(f"{forget_graph(graph)} ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }} ;\n"
                        f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

    def _holds(self, graph: str) -> bool:
        return any(True for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def _write(self, update: str) -> None:
        """Every change goes through here: the in-memory replica, if one was attached, is out of date now."""
        self._reader = None
        try:
            self._store.update(update)
        finally:
            self._apart.written()

    def update(self, sparql: str) -> None:
        with self._write_lock:
            self._write(sparql)

    def read_from(self, replica: ox.Store | None) -> None:
        """Answer ``describe``, ``mentions`` and ``export`` from ``replica``, the default graph of this store's
        current data as the server's query pool reads it (``QueryPool.union``): an in-memory copy, whose index
        lookups are 4-5x faster than the on-disk store's and a whole export 7x (bench/README.md), or a
        read-only snapshot (disk mode). The next write detaches it (it is then out of date) until the caller
        attaches the next one; ``None`` detaches it now."""
        self._reader = replica

    def describe(self, iris: list[str]) -> list[ox.Triple]:
        """The triples about each resource and the triples pointing at it, from the default graph: what
        ``DESCRIBE_QUERY`` gives, read as two index lookups per resource (2.3x faster than the query,
        which is parsed and planned on every call; bench/README.md)."""
        found: dict[ox.Triple, None] = {}
        store, default = self._reader or self._store, ox.DefaultGraph()
        for iri in iris:
            node = ox.NamedNode(iri)
            for quad in store.quads_for_pattern(node, None, None, default):
                found[quad.triple] = None
            for quad in store.quads_for_pattern(None, None, node, default):
                found[quad.triple] = None
        return list(found)

    def mentions(self, iri: str) -> bool:
        """Whether any triple has ``iri`` as its subject or object: two index lookups, stopped at the first."""
        store, node, default = self._reader or self._store, ox.NamedNode(iri), ox.DefaultGraph()
        return any(True for _ in store.quads_for_pattern(node, None, None, default)) or \
            any(True for _ in store.quads_for_pattern(None, None, node, default))

    def graph(self, graph: str) -> Graph:
        """One named graph as an rdflib Graph (empty if absent)."""
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        return Graph().parse(data=data, format="nt")

    def remove_graph(self, graph: str) -> None:
        self._write(forget_graph(graph))

    def replace_and_note(self, graph: str, triples: Iterable[Triple], log: str, entries: Iterable[Triple]) -> None:
        """Replace ``graph``, then append ``entries`` to ``log``: two local transactions, as a crash between
        them is caught up (``History.catch_up``); a remote store sends them as one request."""
        self.replace_graph(graph, triples)
        self.add_to_graph(log, entries)

    def add_to_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        body = "\n".join(ntriples.lines_of(triples))
        self._write(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} \n{body}\n}}")

    def query(self, sparql: str, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> object:
        options: dict[str, object] = {}
        if default_graphs is not None:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        return self._apart.handle(self).query(sparql, **options)

    def drop_read_handle(self) -> None:
        """Drop the handle ``reading_apart`` reads now (the next query opens another on the same checkpoint),
        before a fork: the query workers forked next would otherwise keep a copy of what it loaded."""
        self._apart.drop()

    def reading_apart(self) -> AbstractContextManager[None]:
        """While open (in any thread), queries read a read-only handle on a checkpoint of the data as it is
        now, and that handle is dropped when the last one closes: the start-up and per-change work that
        queries the whole store (the data version, the landing figures, the terms in use, VoID) leaves the
        long-lived store handle without the native memory RocksDB loads per handle for lookups across its
        files (~24 MiB per million triples, bench/README.md). The answers are the same: the checkpoint is a
        copy of the whole store, taken again after any write."""
        return self._apart.scope(self) if self.path is not None else nullcontext()

    def export(self, fmt: str, out: BinaryIO) -> None:
        if fmt not in RDF_FORMATS:
            raise PublisherError(f"unknown export format {fmt!r}: use one of {', '.join(RDF_FORMATS)}")
        whole = self._apart.handle(self)  # the store, or inside ``reading_apart`` a copy of it
        source = self._reader or whole  # a replica holds the default graph only (query/pool.py)
        if fmt == "nq":  # the named graphs only: the default graph is their union
            _dump_named_graphs(whole, out)
        elif fmt == "trig":
            quads = io.BytesIO()
            _dump_named_graphs(whole, quads)
            ox.serialize(ox.parse(quads.getvalue(), format=ox.RdfFormat.N_QUADS), out, format=ox.RdfFormat.TRIG,
                         prefixes=EXPORT_PREFIXES)
        elif fmt == "ttl":
            source.dump(out, format=RDF_FORMATS[fmt], from_graph=ox.DefaultGraph(), prefixes=EXPORT_PREFIXES)
        else:
            source.dump(out, format=RDF_FORMATS[fmt], from_graph=ox.DefaultGraph())

    def snapshot(self) -> Path | None:
        """A read-only checkpoint of the store as it is now (RocksDB hard links: ~0.1 s at 1M triples, no
        extra disk until the store compacts), in ``{store}.snapshots/``; None for an in-memory store. The
        caller removes it when done (``shutil.rmtree``). It is what /sparql reads the named graphs from, so the
        store settings graph is dropped from it (opening it to write: 0.1-0.2 s here; the store is untouched)."""
        if self.path is None:
            return None
        folder = _snapshots_of(self.path) / uuid.uuid4().hex
        folder.parent.mkdir(exist_ok=True)
        self.checkpoint(folder)
        if any(True for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(SETTINGS_GRAPH))):
            public = ox.Store(str(folder))  # what /sparql reads: the store's settings are not data
            public.update(f"DROP SILENT GRAPH <{SETTINGS_GRAPH}>")
            public.flush()
            del public
        return folder

    def checkpoint(self, folder: Path) -> None:
        """A consistent copy of the store as it is now in ``folder`` (which must not exist): a RocksDB
        checkpoint, hard links where it can, that opens as a store of its own (``publisher backup``)."""
        if self.path is None:
            raise PublisherError("an in-memory store has no files to copy")
        self._store.flush()
        self._store.backup(str(folder))

    def staging(self) -> EmbeddedStore:
        """A writable copy of the store (a checkpoint: hard links, ~0.1 s at 1 M triples) for a bulk run to
        write into, beside it; ``land`` makes it the store, ``finish_bulk_run`` drops it if the run dies."""
        if self.path is None:
            raise PublisherError("a bulk run needs a store on disk: an in-memory store has no folder to swap")
        folder = _staging_of(self.path)
        shutil.rmtree(folder, ignore_errors=True)
        self.checkpoint(folder)
        return EmbeddedStore(folder)

    def load_in_bulk(self, nquads: str) -> None:
        """Write N-Quads with Oxigraph's bulk loader: several times faster than transactions, and not one
        itself (a kill leaves part of it), so only a staging store is written this way."""
        assert self.path is not None and self.path.name.endswith(".staging"), "bulk loads go to a staging store"
        self._reader = None
        try:
            self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        finally:
            self._apart.written()

    def land(self, staging: EmbeddedStore) -> None:
        """Make ``staging`` (from ``staging()``, fully written) this store: it is closed and renamed to its
        landed name (the commit point), then swapped in; this object reads and writes the new store after."""
        assert self.path is not None and staging.path is not None
        staging.close()
        os.replace(staging.path, _landed_of(self.path))
        _sync_folder(self.path.parent)
        self._reader = None
        del self._store  # RocksDB lets go of the folder when its last handle goes
        finish_bulk_run(self.path)
        self._store = ox.Store(str(self.path))
        self._apart.written()

    def discard(self, staging: EmbeddedStore) -> None:
        """Drop ``staging`` (from ``staging()``): the run it was written for does not land."""
        assert staging.path is not None
        staging.close()
        shutil.rmtree(staging.path, ignore_errors=True)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if g.value != SETTINGS_GRAPH)

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    def close(self) -> None:
        self._apart.close()
        self.flush()
        del self._store


class _ReadsApart:
    """The read-only handle ``EmbeddedStore.reading_apart`` gives queries: opened on first use inside a scope,
    on a checkpoint of the store (hard links, in ``{store}.snapshots/``) kept until the next write, dropped with
    its native memory when the last scope closes. A write drops it too (it is out of date), after the write, so
    a handle attached while the write ran is never kept; the next query takes a new checkpoint."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scopes = 0
        self._handle: ox.Store | None = None
        self._folder: Path | None = None  # a checkpoint of the data as it is now; None after a write
        self._retired: list[Path] = []  # checkpoints of older data, removed a change later (a query may read one)

    @contextmanager
    def scope(self, store: EmbeddedStore) -> Iterator[None]:
        with self._lock:
            self._scopes += 1
        try:
            yield
        finally:
            with self._lock:
                self._scopes -= 1
                if not self._scopes:
                    self._handle = None

    def handle(self, store: EmbeddedStore) -> ox.Store:
        """What a query of ``store`` reads: the handle on the checkpoint inside a scope, else the store."""
        handle = self._handle
        if handle is not None or not self._scopes:
            return handle or store._store
        with self._lock:
            if self._handle is None and self._scopes:
                self._handle = ox.Store.read_only(str(self._checkpoint(store)))
            return self._handle or store._store

    def _checkpoint(self, store: EmbeddedStore) -> Path:
        if self._folder is None:
            assert store.path is not None
            for old in self._retired[:-1]:
                shutil.rmtree(old, ignore_errors=True)
            self._retired = self._retired[-1:]
            self._folder = _snapshots_of(store.path) / f"apart-{uuid.uuid4().hex}"
            self._folder.parent.mkdir(exist_ok=True)
            store.checkpoint(self._folder)
        return self._folder

    def drop(self) -> None:
        with self._lock:
            self._handle = None

    def written(self) -> None:
        """The store changed: the handle and its checkpoint are out of date."""
        with self._lock:
            self._handle = None
            if self._folder is not None:
                self._retired.append(self._folder)
                self._folder = None

    def close(self) -> None:
        self.written()
        for old in self._retired:
            shutil.rmtree(old, ignore_errors=True)
        self._retired = []


def reading_apart(store: object) -> AbstractContextManager[None]:
    """``EmbeddedStore.reading_apart`` for any store: other stores have no handle to spare."""
    return store.reading_apart() if isinstance(store, EmbeddedStore) else nullcontext()
