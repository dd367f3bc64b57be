"""The data version of a store: a short hash of its record graphs' content hashes, and its newest change.

It belongs to the store, not to the web layer: the server's ETags and caches, ``publisher dump``, releases and
backups all name the data they were built from by it, and it changes exactly when the data does.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

VERSION_QUERY = """
PREFIX cl: <https://w3id.org/council-lod/def#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?g ?hash ?modified WHERE { GRAPH ?g { ?g cl:contentHash ?hash OPTIONAL { ?g dct:modified ?modified } } }
"""


def data_version(store: object) -> tuple[str, datetime | None]:
    """The data version of ``store`` (a RecordStore, or a bare ``pyoxigraph.Store`` such as a backup's
    checkpoint) and its newest modification time: the version is derived from the content hashes of the
    named graphs, so it changes exactly when the data does. A store that knows when it last changed (the
    remote store's revision) answers from what it computed then: reading every record's hash is O(records),
    10 s at 107 k records on `oxigraph serve`, and each web worker asks every 5 s."""
    own = getattr(store, "data_version", None)
    return own() if callable(own) else computed_version(store)


def computed_version(store: object) -> tuple[str, datetime | None]:
    """The data version read from every record graph's content hash: what :func:`data_version` gives."""
    digest = hashlib.sha256()
    latest: datetime | None = None
    for row in sorted(store.query(VERSION_QUERY), key=lambda r: r["g"].value):  # type: ignore[attr-defined]
        digest.update(f"{row['g'].value} {row['hash'].value}\n".encode())
        if row["modified"] is not None:
            stamp = datetime.fromisoformat(row["modified"].value.replace("Z", "+00:00"))
            latest = stamp if latest is None or stamp > latest else latest
    return digest.hexdigest()[:20], latest
