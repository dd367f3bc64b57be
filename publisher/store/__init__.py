"""Stores behind one small interface: replace a record graph atomically, query, export.

The embedded store (pyoxigraph on disk) is the default; the remote store (``sparql+http://…``) keeps the same
records in an external SPARQL 1.1 server with the same behaviour. The default graph seen by queries is the
union of all named graphs (records + reference).
"""

from __future__ import annotations

from pathlib import Path

from publisher.store.embedded import EmbeddedStore
from publisher.store.interface import EXPORT_FORMATS, SETTINGS_GRAPH, RecordStore, Triple, record_graphs
from publisher.store.remote import RemoteStore, is_remote

__all__ = ["EXPORT_FORMATS", "SETTINGS_GRAPH", "RecordStore", "Triple", "open_store", "record_graphs"]


def open_store(location: str | Path) -> RecordStore:
    """Open the store at ``location``: a folder for the embedded store, or ``sparql+http(s)://HOST:PORT/PATH``
    for a SPARQL 1.1 server (``publisher.store.remote``)."""
    if is_remote(str(location)):
        return RemoteStore(str(location))
    return EmbeddedStore(Path(location))
