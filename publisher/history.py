"""Record history: every change to a record graph is an event kept in the store, so consumers can follow it.

A record graph (one per source record) changes in three ways, each an event:

- **created**: the graph did not exist (or had been withdrawn) and now does;
- **updated**: its content hash changed (re-ingesting an unchanged record is no event);
- **withdrawn**: ``publisher withdraw RECORD-IRI --reason …`` removed it; its things then answer 410 Gone.

Events live in one named graph, ``{base}/graph/history``, appended to and never rewritten, so they survive
with the store and are queryable with SPARQL. Each event is the version object that ``/changes`` publishes
as an LDES member (``publisher.web.views.changes``)::

    <{record}#v2> a as:Update ;                      # as:Create, as:Update or as:Delete
        dct:isVersionOf <{record}> ;                 # the record graph
        prov:generatedAtTime "2026-11-26T10:00:00Z"^^xsd:dateTime ;
        schema:position 17 ;                         # its place in the stream: 1, 2, 3 … without gaps
        dcat:version "{content hash}" ;              # created and updated only
        dct:description "why"@en ;                   # withdrawn only: the reason given
        prov:invalidated <{thing}> .                 # withdrawn only: the things the record described

Numbers: ``v{n}`` counts one record's events (v1, v2, v3 …) so each version has its own IRI even when a
content hash comes back; ``schema:position`` orders the whole stream. Times never go backwards along the
stream (a clock set back would otherwise break the paging by time).

The content of each version (the record graph's triples as they were, provenance included) is what a mirror
needs; old versions are no longer in the store, so each is archived when its event is recorded: gzipped
N-Triples under ``history/`` beside the store folder, written before the event so that no event names a
missing version (an in-memory store keeps them in memory). Keeping them out of the store keeps superseded
facts out of the union graph that SPARQL and the dumps see.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from publisher import ntriples
from publisher.errors import PublisherError
from publisher.namespaces import AS, CL, DCAT, DCTERMS, PROV, RDF, SCHEMA, XSD
from publisher.rdf import graph_at, history_graph_iri, id_space
from publisher.store import RecordStore, record_graphs

KIND_CLASSES = {"created": AS.Create, "updated": AS.Update, "withdrawn": AS.Delete}
KINDS_BY_CLASS = {str(cls): kind for kind, cls in KIND_CLASSES.items()}
GZIP_LEVEL = 1  # versions are written on every change and read rarely: fast beats small

PREFIXES = f"""PREFIX as: <{AS}> PREFIX dct: <{DCTERMS}> PREFIX prov: <{PROV}> PREFIX schema: <{SCHEMA}>
PREFIX dcat: <{DCAT}> PREFIX cl: <{CL}> PREFIX xsd: <{XSD}>
"""


def stamp(moment: datetime) -> str:
    """``2026-11-26T10:00:00Z``: UTC, whole seconds, as every time in the record provenance is written."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def modified_now() -> Literal:
    """Now, as the ``dct:modified`` of a graph being written."""
    return Literal(stamp(datetime.now(UTC)), datatype=XSD.dateTime, normalize=False)


def parse_time(text: str) -> datetime:
    """An ``xsd:dateTime`` lexical form with a time zone (``Z`` or ``±hh:mm``) as an aware datetime."""
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Event:
    """One change of one record graph: a version of it (or its tombstone)."""

    position: int  # place in the whole stream, from 1
    member: str  # the version's IRI, {record}#v{n}
    kind: str  # "created", "updated" or "withdrawn"
    record: str  # the record graph's IRI
    time: str  # xsd:dateTime, UTC
    version: str | None = None  # content hash; None for a withdrawal
    reason: str | None = None  # withdrawals: why
    source: str | None = None  # a mirrored event: the member of the stream it was copied from
    things: tuple[str, ...] = ()  # withdrawals: the things the record described

    def graph(self) -> Graph:
        """The event's triples, as kept in the history graph and published on ``/changes``."""
        g = Graph()
        m = URIRef(self.member)
        g.add((m, RDF.type, KIND_CLASSES[self.kind]))
        g.add((m, DCTERMS.isVersionOf, URIRef(self.record)))
        g.add((m, PROV.generatedAtTime, Literal(self.time, datatype=XSD.dateTime, normalize=False)))
        g.add((m, SCHEMA.position, Literal(self.position, datatype=XSD.integer)))
        if self.version:
            g.add((m, DCAT.version, Literal(self.version)))
        if self.reason:
            g.add((m, DCTERMS.description, Literal(self.reason, lang="en")))
        if self.source:
            g.add((m, PROV.wasDerivedFrom, URIRef(self.source)))
        for thing in self.things:
            g.add((m, PROV.invalidated, URIRef(thing)))
        return g


@dataclass(frozen=True)
class Tombstone:
    """Why a thing is gone: the withdrawn record that described it, when, and the reason given."""

    thing: str
    record: str
    time: str
    reason: str


@dataclass
class Counts:
    """Records added, changed and withdrawn between two points of the stream (net: a record created and
    withdrawn in between counts for nothing)."""

    added: int = 0
    changed: int = 0
    withdrawn: int = 0
    records: int = 0  # records present at the later point

    def notes(self, since: str | None) -> str:
        what = f"{records(self.added)} added, {self.changed} changed, {self.withdrawn} withdrawn"
        return f"{what} since release {since}." if since else f"First release: {what}."


def records(n: int) -> str:
    return f"{n} record" if n == 1 else f"{n} records"


class VersionArchive:
    """The content of every version, by member IRI: gzipped, sorted N-Triples in ``folder`` (or in memory
    when the store has no folder). A version is written before its event and never changed once an event
    names it (a run interrupted between the two leaves a file the next event of that record replaces)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._memory: dict[str, bytes] = {}

    def _path(self, member: str) -> Path:
        assert self.folder is not None
        digest = hashlib.sha256(member.encode()).hexdigest()
        return self.folder / digest[:2] / f"{digest[2:40]}.nt.gz"

    def put(self, member: str, ntriples: bytes) -> None:
        if self.folder is None:
            self._memory[member] = ntriples
            return
        self.put_packed(member, packed(ntriples))

    def put_packed(self, member: str, gzipped: bytes) -> None:
        """``put`` of a version already gzipped by ``packed``: a bulk run's workers pack the versions, so
        its one writing process only writes them."""
        if self.folder is None:
            self._memory[member] = gzip.decompress(gzipped)
            return
        path = self._path(member)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_bytes(gzipped)
        os.replace(partial, path)  # a version is whole or absent

    def remove(self, member: str) -> None:
        """Forget a version no event names any more (a rebase archives each under its new IRI)."""
        if self.folder is None:
            self._memory.pop(member, None)
        else:
            self._path(member).unlink(missing_ok=True)

    def get(self, member: str) -> bytes | None:
        if self.folder is None:
            return self._memory.get(member)
        try:
            return gzip.decompress(self._path(member).read_bytes())
        except FileNotFoundError:
            return None


def packed(ntriples: bytes) -> bytes:
    """A version as the archive keeps it: gzipped without a name or a time, so the same version is the same
    bytes wherever it is packed."""
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=GZIP_LEVEL) as gz:
        gz.write(ntriples)
    return raw.getvalue()


def things_of(record: str, content: Graph) -> tuple[str, ...]:
    """The things a record graph describes: its subjects under ``{base}/id/``."""
    base = record.split("/graph/", 1)[0]
    return tuple(sorted({str(s) for s in content.subjects() if isinstance(s, URIRef)
                         and str(s).startswith(id_space(base))}))


@dataclass
class _Latest:
    """The newest event of one record, as far as the history knows."""

    position: int
    kind: str
    version: str | None
    count: int = 0  # events of this record so far


class History:
    """The event log of one store. One instance per store and base (``history_of``), as it keeps the
    newest position and time between writes: one process owns a store, and this lock orders its writers."""

    def __init__(self, store: RecordStore, base: str, archive: VersionArchive) -> None:
        self.store = store
        self.base = base
        self.graph = history_graph_iri(base)
        self.archive = archive
        self._lock = threading.RLock()
        self._newest: tuple[int, str] | None = None  # (position, time) of the last event
        self._staged: dict[str, _Latest] | None = None  # each record's latest event, during a bulk run

    @property
    def lock(self) -> threading.RLock:
        """Held by whoever writes events: a rebase holds it while it moves the whole history."""
        return self._lock

    # -- reading ----------------------------------------------------------------------------------------

    def _select(self, sparql: str) -> list:
        return list(self.store.query(PREFIXES + sparql))  # type: ignore[call-overload]

    def newest(self) -> tuple[int, str | None]:
        """The position and time of the last event: (0, None) for an empty history."""
        if self._newest is None:
            rows = self._select(f"SELECT ?n ?t WHERE {{ GRAPH <{self.graph}> {{ ?m schema:position ?n ; "
                                f"prov:generatedAtTime ?t }} }} ORDER BY DESC(?n) LIMIT 1")
            if not rows:
                return 0, None
            self._newest = (int(rows[0]["n"].value), rows[0]["t"].value)
        return self._newest

    def count(self) -> int:
        return self.newest()[0]

    def events(self, first: int, last: int) -> list[Event]:
        """The events at positions ``first``…``last`` (inclusive), in order."""
        if last < first:
            return []
        positions = " ".join(str(n) for n in range(max(first, 1), last + 1))
        rows = self._select(f"""SELECT ?m ?n ?kind ?record ?t ?version ?reason ?source
            (GROUP_CONCAT(STR(?thing); separator=" ") AS ?things) WHERE {{ GRAPH <{self.graph}> {{
              VALUES ?n {{ {positions} }}
              ?m schema:position ?n ; a ?kind ; dct:isVersionOf ?record ; prov:generatedAtTime ?t .
              OPTIONAL {{ ?m dcat:version ?version }} OPTIONAL {{ ?m dct:description ?reason }}
              OPTIONAL {{ ?m prov:wasDerivedFrom ?source }} OPTIONAL {{ ?m prov:invalidated ?thing }}
              FILTER(?kind IN (as:Create, as:Update, as:Delete)) }} }}
            GROUP BY ?m ?n ?kind ?record ?t ?version ?reason ?source ORDER BY ?n""")
        return [Event(int(r["n"].value), r["m"].value, KINDS_BY_CLASS[r["kind"].value], r["record"].value,
                      r["t"].value, _value(r["version"]), _value(r["reason"]), _value(r["source"]),
                      tuple(sorted(r["things"].value.split())) if r["things"] is not None else ())
                for r in rows]

    def first_since(self, moment: datetime) -> int | None:
        """The position of the first event at or after ``moment``; None if there is none."""
        rows = self._select(f"""SELECT (MIN(?n) AS ?first) WHERE {{ GRAPH <{self.graph}> {{
            ?m schema:position ?n ; prov:generatedAtTime ?t
            FILTER(?t >= "{stamp(moment)}"^^xsd:dateTime) }} }}""")
        return int(rows[0]["first"].value) if rows and rows[0]["first"] is not None else None

    def content(self, event: Event) -> bytes | None:
        """The N-Triples of the record graph as this event left it (None for a withdrawal)."""
        return self.archive.get(event.member) if event.kind != "withdrawn" else None

    def latest_by_record(self) -> dict[str, _Latest]:
        rows = self._select(f"""SELECT ?record ?n ?kind ?version WHERE {{ GRAPH <{self.graph}> {{
            ?m dct:isVersionOf ?record ; schema:position ?n ; a ?kind OPTIONAL {{ ?m dcat:version ?version }}
            FILTER(?kind IN (as:Create, as:Update, as:Delete)) }} }} ORDER BY ?n""")
        latest: dict[str, _Latest] = {}
        for r in rows:
            seen = latest.get(r["record"].value)
            latest[r["record"].value] = _Latest(int(r["n"].value), KINDS_BY_CLASS[r["kind"].value],
                                                _value(r["version"]), (seen.count if seen else 0) + 1)
        return latest

    def _latest_of(self, record: str) -> _Latest | None:
        rows = self._select(f"""SELECT ?n ?kind ?version WHERE {{ GRAPH <{self.graph}> {{
            ?m dct:isVersionOf <{record}> ; schema:position ?n ; a ?kind OPTIONAL {{ ?m dcat:version ?version }}
            FILTER(?kind IN (as:Create, as:Update, as:Delete)) }} }} ORDER BY DESC(?n)""")
        if not rows:
            return None
        return _Latest(int(rows[0]["n"].value), KINDS_BY_CLASS[rows[0]["kind"].value], _value(rows[0]["version"]),
                       len(rows))

    def withdrawal_of(self, record: str) -> Event | None:
        """The event that withdrew ``record``, if that is the last thing that happened to it."""
        latest = self._latest_of(record)
        if latest is None or latest.kind != "withdrawn":
            return None
        return self.events(latest.position, latest.position)[0]

    def tombstones(self) -> dict[str, Tombstone]:
        """Things gone with a withdrawn record (and described by no other record graph), by IRI."""
        rows = self._select(f"""SELECT ?thing ?record ?t ?reason ?n WHERE {{
            GRAPH <{self.graph}> {{ ?m a as:Delete ; dct:isVersionOf ?record ; schema:position ?n ;
                prov:generatedAtTime ?t ; prov:invalidated ?thing OPTIONAL {{ ?m dct:description ?reason }} }}
            FILTER NOT EXISTS {{ GRAPH <{self.graph}> {{ ?later dct:isVersionOf ?record ; schema:position ?k
                                 FILTER(?k > ?n) }} }}
            FILTER NOT EXISTS {{ GRAPH ?g {{ ?thing ?p ?o }} FILTER(?g != <{self.graph}>) }}
        }} ORDER BY ?n""")
        gone = {r["thing"].value: Tombstone(r["thing"].value, r["record"].value, r["t"].value,
                                            _value(r["reason"]) or "withdrawn") for r in rows}
        records = self._select(f"""SELECT ?record ?t ?reason WHERE {{
            GRAPH <{self.graph}> {{ ?m a as:Delete ; dct:isVersionOf ?record ; schema:position ?n ;
                prov:generatedAtTime ?t OPTIONAL {{ ?m dct:description ?reason }} }}
            FILTER NOT EXISTS {{ GRAPH <{self.graph}> {{ ?later dct:isVersionOf ?record ; schema:position ?k
                                 FILTER(?k > ?n) }} }} }}""")
        for r in records:  # the withdrawn record graphs themselves
            gone[r["record"].value] = Tombstone(r["record"].value, r["record"].value, r["t"].value,
                                                _value(r["reason"]) or "withdrawn")
        return gone

    def counts_between(self, after: int, upto: int) -> Counts:
        """What changed between position ``after`` (0: the beginning) and ``upto``, record by record."""
        rows = self._select(f"""SELECT ?record ?n ?kind ?version WHERE {{ GRAPH <{self.graph}> {{
            ?m dct:isVersionOf ?record ; schema:position ?n ; a ?kind OPTIONAL {{ ?m dcat:version ?version }}
            FILTER(?kind IN (as:Create, as:Update, as:Delete) && ?n <= {upto}) }} }} ORDER BY ?n""")
        before: dict[str, str | None] = {}  # record → version at `after` (None: absent)
        now: dict[str, str | None] = {}
        for r in rows:
            version = None if KINDS_BY_CLASS[r["kind"].value] == "withdrawn" else (_value(r["version"]) or "")
            if int(r["n"].value) <= after:
                before[r["record"].value] = version
            now[r["record"].value] = version
        counts = Counts(records=sum(1 for v in now.values() if v is not None))
        for record, version in now.items():
            old = before.get(record)
            if old is None and version is not None:
                counts.added += 1
            elif old is not None and version is None:
                counts.withdrawn += 1
            elif old is not None and old != version:
                counts.changed += 1
        return counts

    # -- writing ----------------------------------------------------------------------------------------

    def _next(self, record: str, time: str | None, latest: _Latest | None | bool = True) -> tuple[int, str, int]:
        """Position, time (never before the last event's) and per-record number of the next event; ``latest``,
        the record's latest event if the caller knows it (None: it has none), else read from the store."""
        latest = self._latest_of(record) if latest is True else latest
        position, newest = self.newest()
        moment = parse_time(time) if time else datetime.now(UTC)
        if newest is not None and moment < parse_time(newest):
            moment = parse_time(newest)
        return position + 1, stamp(moment), (latest.count if latest else 0) + 1

    def _append(self, event: Event) -> Event:
        self._staged = None  # an event not staged: the latest events read for staging may be stale now
        self.store.add_to_graph(self.graph, event.graph())
        self._newest = (event.position, event.time)
        return event

    def stored_ntriples(self, record: str) -> bytes:
        """The record graph as stored, sorted N-Triples: read back through the store's own serialiser, many
        times faster than writing out the rdflib graph, and exactly what the store holds."""
        triples = self.store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{record}> {{ ?s ?p ?o }} }}")
        lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)  # type: ignore
        return b"".join(sorted(lines))

    def record_version(self, record: str, content: Graph | ntriples.Triples, kind: str, time: str | None = None,
                       source: str | None = None) -> Event:
        """Note that ``record`` now holds ``content`` (created or updated: call it once the store holds it);
        the time defaults to the version's own ``dct:modified``. The stored content is archived first, from
        its N-Triples lines (``publisher.ntriples``: ingest's ``Triples`` have them written already), or, for
        a graph with blank nodes, as the store gives it back: the store names blank nodes afresh."""
        with self._lock:
            return self._append(self._version(record, content, kind, time, source))

    def store_version(self, record: str, content: Graph | ntriples.Triples, kind: str) -> Event:
        """Put ``content`` as the record graph and note its event: one store request (``replace_and_note``),
        the version archived first. A graph with blank nodes is stored first and archived as the store gives
        it back (``record_version``)."""
        if ntriples.has_blank_nodes(content):
            self.store.replace_graph(record, content)
            return self.record_version(record, content, kind)
        with self._lock:
            event = self._version(record, content, kind, None, None)
            self.store.replace_and_note(record, content, self.graph, event.graph())
            self._newest = (event.position, event.time)
            return event

    def _version(self, record: str, content: Graph | ntriples.Triples, kind: str, time: str | None,
                 source: str | None) -> Event:
        """The next version event of ``record``, its content archived (the caller holds the lock)."""
        if kind not in ("created", "updated"):
            raise ValueError(f"not a version event: {kind}")
        iri = URIRef(record)
        time = time or _value(content.value(iri, DCTERMS.modified))
        version = _value(content.value(iri, CL.contentHash))
        position, moment, number = self._next(record, time)
        event = Event(position, f"{record}#v{number}", kind, record, moment, version, source=source)
        if ntriples.has_blank_nodes(content):
            stored = self.stored_ntriples(record)
        else:
            stored = ntriples.as_stored(ntriples.lines_of(content))
        self.archive.put(event.member, stored)
        return event

    def stage(self) -> None:
        """Read every record's latest event once, before a bulk run's ``staged_version`` calls, which then
        number their events without a query each (~0.5 ms a record, in the run's one writing process). The
        staged events are counted as they are numbered; any other event written drops what was read."""
        with self._lock:
            self._staged = self.latest_by_record()

    def staged_version(self, record: str, version: str | None, time: str | None, kind: str, stored: bytes) -> Event:
        """The event of a version the caller writes itself, with the event, in one bulk load (``publisher.bulk``):
        ``stored`` (the version's sorted N-Triples as the store gives them back, gzipped by ``packed``) is
        archived first, and the event is numbered after the last one, which it becomes. The store is not
        written here."""
        with self._lock:
            staged = self._staged
            position, moment, number = self._next(record, time, True if staged is None else staged.get(record))
            event = Event(position, f"{record}#v{number}", kind, record, moment, version)
            self.archive.put_packed(event.member, stored)
            if staged is not None:
                staged[record] = _Latest(position, kind, version, number)
            self._newest = (event.position, event.time)
            return event

    def record_withdrawal(self, record: str, reason: str, things: Iterable[str] = (), time: str | None = None,
                          source: str | None = None) -> Event:
        with self._lock:
            position, moment, number = self._next(record, time)
            event = Event(position, f"{record}#v{number}", "withdrawn", record, moment, reason=reason,
                          source=source, things=tuple(sorted(set(things))))
            return self._append(event)

    def withdraw(self, record: str, reason: str, time: str | None = None, source: str | None = None) -> Event:
        """Remove a record graph from the store and leave its tombstone: its things then answer 410 Gone."""
        reason = " ".join(reason.split())
        if not reason:
            raise PublisherError("a withdrawal needs a reason (--reason \"…\"): it is published with the tombstone")
        with self._lock:
            if record not in record_graphs(self.store.graphs()):
                gone = self.withdrawal_of(record)
                if gone is not None:
                    raise PublisherError(f"{record} was already withdrawn on {gone.time}: {gone.reason}")
                raise PublisherError(f"there is no record graph {record} in the store (record IRIs look like "
                                     f"{graph_at(self.base, 'COUNCIL/KIND/ID')})")
            content = self.store.graph(record)
            self.store.remove_graph(record)
            event = self.record_withdrawal(record, reason, things_of(record, content), time, source)
            self.store.flush()
            return event

    def catch_up(self) -> list[Event]:
        """Record what changed without an event: records that were in the store before it had a history,
        and any change made by an interrupted run between storing a record and noting its event."""
        with self._lock:
            latest = self.latest_by_record()
            current = {r["g"].value: r["hash"].value for r in self._select(
                "SELECT ?g ?hash ?modified WHERE { GRAPH ?g { ?g cl:contentHash ?hash "
                "OPTIONAL { ?g dct:modified ?modified } } } ORDER BY ?modified ?g")
                if record_graphs([r["g"].value])}
            events = []
            for record, digest in current.items():
                known = latest.get(record)
                if known is None or known.kind == "withdrawn":
                    events.append(self.record_version(record, self.store.graph(record), "created"))
                elif known.version != digest:
                    events.append(self.record_version(record, self.store.graph(record), "updated"))
            for record, known in latest.items():
                if known.kind != "withdrawn" and record not in current:
                    last = self.events(known.position, known.position)[0]
                    content = Graph().parse(data=self.content(last) or b"", format="nt")
                    events.append(self.record_withdrawal(
                        record, "removed from the store without a recorded withdrawal", things_of(record, content)))
            return events


def created_of(store: RecordStore, graph_iri: URIRef | str) -> str | None:
    """When the stored version of a record graph says its record was first created; None: not stored."""
    rows = list(store.query(  # type: ignore[call-overload]
        f"SELECT ?created WHERE {{ GRAPH <{graph_iri}> {{ OPTIONAL {{ <{graph_iri}> <{DCTERMS.created}> ?c }} "
        f"OPTIONAL {{ <{graph_iri}> <{PROV.generatedAtTime}> ?g }} BIND(COALESCE(?c, ?g) AS ?created) }} }} "
        f"LIMIT 1"))
    created = rows[0]["created"] if rows else None
    return created.value if created is not None else None


def add_created(content: Graph | ntriples.Triples, graph_iri: URIRef, created: str | None) -> None:
    """Give a new version of a record graph the ``dct:created`` of its first version (``created``: the old
    graph's ``dct:created``, else its ``prov:generatedAtTime``); a new record is created when it is modified."""
    if created is not None:
        content.add((graph_iri, DCTERMS.created, Literal(created, datatype=XSD.dateTime, normalize=False)))
    elif (modified := content.value(graph_iri, DCTERMS.modified)) is not None:
        content.add((graph_iri, DCTERMS.created, modified))


def _value(term: object) -> str | None:
    return None if term is None else str(getattr(term, "value", term))


_HISTORIES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_HISTORIES_LOCK = threading.Lock()


def forget_history(store: RecordStore) -> None:
    """Drop what is kept of ``store``'s history: its files were replaced under it (a landed bulk run)."""
    with _HISTORIES_LOCK:
        _HISTORIES.pop(store, None)


def history_of(store: RecordStore, base: str, beside: Path | None = None) -> History:
    """The one ``History`` of a store (per base). Its versions are archived in ``history/`` beside the
    embedded store's folder (in memory for an in-memory store); a remote store keeps its local files beside
    the configured store folder (``beside``: ``Settings.store``, ``var/store``), as the dumps and the search
    index do, and the caller, who knows the settings in force (``--store``), must say where that is."""
    with _HISTORIES_LOCK:
        by_base = _HISTORIES.setdefault(store, {})
        if base not in by_base:
            if hasattr(store, "path"):
                folder = store.path  # type: ignore[attr-defined]
            elif beside is not None:
                folder = beside
            else:
                raise PublisherError("the record history of a remote store is archived beside the configured "
                                     "store folder: pass it (Settings.store)")
            archive = VersionArchive(Path(folder).resolve().parent / "history" if folder is not None else None)
            by_base[base] = History(store, base, archive)
        return by_base[base]


__all__ = ["AS", "Counts", "Event", "History", "Tombstone", "VersionArchive", "forget_history", "history_graph_iri",
           "add_created", "created_of", "history_of", "modified_now", "parse_time", "stamp"]
