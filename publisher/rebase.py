"""``publisher rebase NEW-BASE``: move every IRI of a store from its base to another, in one transaction.

A store keeps the base it was built with (``publisher.store.settings``); a deployment that moves (from
``http://127.0.0.1:8000`` to ``https://data.example.org/lod``) rebases its store instead of ingesting again:

- **Only IRIs change.** Every IRI equal to the old base or starting with it followed by ``/`` or ``#`` (so
  ``http://x:8000`` does not catch ``http://x:80001/…``) is rewritten, wherever it stands: subject, predicate,
  object or graph name, in every named graph and in the default graph. Literals are left as they are: the
  publisher writes no IRI of its own base as a literal (source URLs are the council's), and a literal is text
  someone wrote. Content hashes (``cl:contentHash``, ``dcat:version``) stay too: they name the content as it
  was ingested, so re-ingesting a record after a rebase lands it once more, as an update.
- **One transaction.** The rewrite, the new events and the new settings are one SPARQL update (one request
  to a remote store): a reader sees the old base or the new one, never a mix.
- **A new data version, and /changes says so.** The record history is rewritten with the rest (its stream
  lives under the base: the old pages' URLs are gone), and every record gets an event — an update, the
  same content under new IRIs — so that a consumer following ``/changes`` fetches each record again. The
  archived content of every version (``history/``) is rewritten under its new member IRI first, as a version
  is always archived before its event.
- A running server owns the store and serves its base: ``publisher rebase`` refuses while one runs (stop it,
  rebase, serve again under the new base).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pyoxigraph as ox

from publisher import ntriples
from publisher.errors import PublisherError
from publisher.history import Event, History, history_of, parse_time, stamp
from publisher.rdf import history_graph_iri
from publisher.settings import Settings, normalise_base
from publisher.store import RecordStore, record_graphs
from publisher.store.settings import recorded_settings, settings_update


@dataclass(frozen=True)
class Move:
    """From one base to another: what IRIs it rewrites and how."""

    old: str
    new: str

    def iri(self, value: str) -> str:
        if value == self.old or value.startswith((f"{self.old}/", f"{self.old}#")):
            return self.new + value[len(self.old):]
        return value

    def term(self, term: object) -> object:
        return ox.NamedNode(self.iri(term.value)) if isinstance(term, ox.NamedNode) else term

    def ntriples(self, text: bytes) -> bytes:
        """N-Triples with their IRIs moved, sorted as versions are archived."""
        triples = [ox.Triple(self.term(t.subject), self.term(t.predicate), self.term(t.object))  # type: ignore[arg-type]
                   for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]
        lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)  # type: ignore[union-attr]
        return b"".join(sorted(lines))

    def _bind(self, var: str) -> str:
        text = f"STR(?{var})"
        moved = (f'isIRI(?{var}) && ({text} = "{self.old}" || STRSTARTS({text}, "{self.old}/") || '
                 f'STRSTARTS({text}, "{self.old}#"))')
        return f'BIND(IF({moved}, IRI(CONCAT("{self.new}", STRAFTER({text}, "{self.old}"))), ?{var}) AS ?{var}2)'

    def update(self, default_graph: bool) -> str:
        """The SPARQL update moving every IRI of the named graphs (and of the default graph, when the store
        keeps it: a server whose default graph is the union moves with its named graphs)."""
        binds = " ".join(self._bind(v) for v in ("s", "p", "o"))
        changed = "FILTER(!sameTerm(?s, ?s2) || !sameTerm(?p, ?p2) || !sameTerm(?o, ?o2){more})"
        graph_changed = changed.format(more=" || !sameTerm(?g, ?g2)")
        named = (f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} INSERT {{ GRAPH ?g2 {{ ?s2 ?p2 ?o2 }} }} WHERE {{ "
                 f"GRAPH ?g {{ ?s ?p ?o }} {binds} {self._bind('g')} {graph_changed} }}")
        if not default_graph:
            return named
        default = (f"DELETE {{ ?s ?p ?o }} INSERT {{ ?s2 ?p2 ?o2 }} WHERE {{ ?s ?p ?o {binds} "
                   f"{changed.format(more='')} }}")
        return f"{named} ;\n{default}"


@dataclass
class Rebased:
    old: str
    new: str
    records: int
    events: list[Event]

    def summary(self) -> str:
        return (f"Rebased the store from {self.old} to {self.new}: {self.records} records, "
                f"{len(self.events)} events appended to /changes.")


def rebase(store: RecordStore, settings: Settings, new_base: str) -> Rebased:
    """Move every IRI of ``store`` from ``settings.base_uri`` to ``new_base`` (see the module docstring)."""
    move = Move(settings.base_uri, normalise_base(new_base))
    if move.new == move.old:
        raise PublisherError(f"the store's base already is {move.old}")
    history = history_of(store, move.old, settings.store)
    with history.lock:
        archived = _move_archive(history, move)
        events = _new_events(history, move, record_graphs(store.graphs()))
        values = {**recorded_settings(store), "base_uri": move.new,
                  "contact_details": settings.contact_details}
        default_graph = getattr(store, "maintains_default_graph", True)
        lines = "\n".join(line for event in events for line in ntriples.lines_of(event.graph()))
        also_default = f"\n{lines}\n" if default_graph else ""
        store.update(f"{move.update(default_graph)} ;\n"
                     f"INSERT DATA {{ GRAPH <{history_graph_iri(move.new)}> {{\n{lines}\n}} {also_default}}} ;\n"
                     f"{settings_update(values)}")
        store.flush()
    for member in archived:  # superseded by their copies under the new IRIs
        history.archive.remove(member)
    return Rebased(move.old, move.new, len(events), events)


def _move_archive(history: History, move: Move) -> list[str]:
    """Archive each version's content again under its member's new IRI, IRIs moved; the old members."""
    moved = []
    for event in history.events(1, history.count()):
        content = history.content(event)
        if content is not None:
            history.archive.put(move.iri(event.member), move.ntriples(content))
            moved.append(event.member)
    return moved


def _new_events(history: History, move: Move, records: list[str]) -> list[Event]:
    """An update event for each record, after the last event, its content archived under the new base."""
    position, newest = history.newest()
    now = datetime.now(UTC)
    time = stamp(max(now, parse_time(newest)) if newest else now)
    latest = history.latest_by_record()
    events = []
    for offset, record in enumerate(sorted(records), start=1):
        known = latest.get(record)
        kind = "updated" if known is not None and known.kind != "withdrawn" else "created"
        moved = move.iri(record)
        event = Event(position + offset, f"{moved}#v{(known.count if known else 0) + 1}", kind, moved, time,
                      history.store.record_hash(record))
        history.archive.put(event.member, move.ntriples(history.stored_ntriples(record)))
        events.append(event)
    return events

