"""``publisher backup DIR`` and ``publisher restore DIR``: a consistent copy of what the published data
depends on, taken while the server runs, and brought back into a new place.

What the published data depends on, beside the store folder (``var/`` by default):

- ``store/``: the store itself, settings included (``publisher.store.settings``), as a RocksDB checkpoint
  (``EmbeddedStore.checkpoint``: consistent, hard links, ~2 ms for 190 k quads);
- ``history/``: the archived content of every version that ``/changes`` serves (``publisher.history``);
- ``releases/``: the immutable, dated releases (complete ones only);
- ``mirror.json``: where a mirror stopped following its source, if the store is a mirror.

Left out, as they are rebuilt from the data: ``dumps/``, ``search/``, ``store.snapshots/``; the harvest cache
(``cache/``: source pages, fetched again by ``publisher fetch``); and ``server.json``, which holds the running
server's token.

Consistency while a server runs: the server owns the store, so ``publisher backup`` asks it (the loopback
admin endpoint, ``publisher.web.views.admin``) and the server takes the checkpoint while ingest goes on. The
checkpoint is taken first, holding the history's lock (no event half written), then the history and releases
are copied: a version is archived before its event, so every event in the checkpoint has its content; a
version archived after it is one no event of the copy names, which the next event of that record replaces.
A record stored just before the checkpoint whose event came just after is noted by the first ingest or
serve of the restored store (``History.catch_up``), as after an interrupted run. Each record is thus in its
old or its new version, and ``/changes`` goes on from the copy's last event.

``manifest.json`` says what was copied and when: the data version, the number of quads and of history events,
the settings the store records, the publisher's version, and the SHA-256 of every file. ``publisher restore``
checks every checksum, refuses to write over a folder that holds anything, copies the parts back beside the
new store folder and checks the data version of what it brought back.

A remote store (``sparql+http://…``) lives in its SPARQL server: back it up with the server's own tools;
``publisher backup`` refuses it rather than take half of what the data depends on.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from publisher import __version__
from publisher.errors import PublisherError
from publisher.history import history_of, stamp
from publisher.messages import plural
from publisher.mirror import STATE_FILE
from publisher.rdf import history_graph_iri
from publisher.release_archive import list_releases, releases_dir
from publisher.settings import Settings
from publisher.store import RecordStore
from publisher.store.embedded import EmbeddedStore
from publisher.store.settings import recorded_settings

MANIFEST = "manifest.json"
FORMAT = 1
STORE, HISTORY, RELEASES = "store", "history", "releases"


@dataclass
class Manifest:
    """What a backup holds; written last, so a folder with a manifest is a complete backup."""

    created: str
    publisher_version: str
    data_version: str
    quads: int
    events: int
    settings: dict[str, str]
    files: dict[str, str] = field(default_factory=dict)  # path in the backup: SHA-256
    format: int = FORMAT

    def summary(self, folder: Path) -> str:
        return (f"{folder}: data version {self.data_version}, {plural(self.quads, 'quad')}, "
                f"{plural(self.events, 'history event')}, {plural(len(self.files), 'file')}, "
                f"base {self.settings.get('base_uri', 'unknown')}")


def make_backup(store: RecordStore, settings: Settings, target: Path) -> Manifest:
    """Copy what the data of ``store`` depends on into ``target`` (new or empty); see the module docstring."""
    if not isinstance(store, EmbeddedStore) or store.path is None:
        raise PublisherError("a remote store is kept by its SPARQL server: back it up with the server's own tools")
    target = target.resolve()
    if target.exists() and any(target.iterdir()):
        raise PublisherError(f"{target} is not empty: back up into a new folder")
    staging = target.parent / f".{target.name}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        with history_of(store, settings.base_uri, settings.store).lock:  # no event half written in the checkpoint
            store.checkpoint(staging / STORE)
        _copy_beside(store.path.resolve().parent, staging)
        manifest = _describe(staging, settings.base_uri)
        _write_manifest(staging, manifest)
        if target.exists():
            target.rmdir()
        os.replace(staging, target)  # the backup appears whole
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return manifest


def _copy_beside(work_dir: Path, into: Path) -> None:
    """The history archive, the complete releases and a mirror's state, after the checkpoint."""
    history = work_dir / HISTORY
    if history.is_dir():  # partial files (".name.pid") are versions being written: not part of the copy
        shutil.copytree(history, into / HISTORY, ignore=shutil.ignore_patterns(".*"))
    for release in list_releases(work_dir):
        shutil.copytree(release.folder, into / RELEASES / release.name)
    if (work_dir / STATE_FILE).is_file():
        shutil.copy2(work_dir / STATE_FILE, into / STATE_FILE)


def _describe(folder: Path, base: str) -> Manifest:
    """The manifest of the copy in ``folder``, read from the checkpoint itself (not the live store, which
    ingest may have changed meanwhile)."""
    from publisher.store.version import data_version

    copy = ox.Store.read_only(str(folder / STORE))
    try:
        values = recorded_settings(copy)  # type: ignore[arg-type]
        base = values.get("base_uri", base)
        rows = list(copy.query(f"SELECT (MAX(?n) AS ?last) WHERE {{ GRAPH <{history_graph_iri(base)}> {{ "
                               f"?m <http://schema.org/position> ?n }} }}"))
        last = rows[0]["last"] if rows else None  # type: ignore[index]
        manifest = Manifest(stamp(datetime.now(UTC)), __version__, data_version(copy)[0], len(copy),
                            int(last.value) if last is not None else 0, values)
    finally:
        del copy
    manifest.files = _checksums(folder)
    return manifest


def _checksums(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): _sha256(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != MANIFEST}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write_manifest(folder: Path, manifest: Manifest) -> None:
    (folder / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_manifest(folder: Path) -> Manifest:
    """The manifest of the backup in ``folder``, its files checked against their checksums."""
    try:
        manifest = Manifest(**json.loads((folder / MANIFEST).read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise PublisherError(f"{folder} is not a backup (no {MANIFEST}): an interrupted backup has none") from None
    except (ValueError, TypeError) as err:
        raise PublisherError(f"{folder / MANIFEST} cannot be read: {err}") from err
    if manifest.format != FORMAT:
        raise PublisherError(f"{folder} is a backup of format {manifest.format}; this publisher reads {FORMAT}")
    found = _checksums(folder)
    missing = sorted(set(manifest.files) - set(found))
    changed = sorted(name for name, digest in manifest.files.items() if found.get(name, digest) != digest)
    if missing or changed:
        raise PublisherError(f"the backup in {folder} is damaged: " + "; ".join(
            part for part in (f"missing {', '.join(missing[:5])}" if missing else "",
                              f"changed {', '.join(changed[:5])}" if changed else "") if part))
    return manifest


def restore(source: Path, store_folder: Path) -> Manifest:
    """Bring the backup in ``source`` back as the store at ``store_folder``, with its history, releases and
    mirror state beside it. Nothing is overwritten: the store folder must be new or empty, and so must the
    history and releases beside it."""
    manifest = read_manifest(source)
    work_dir = store_folder.resolve().parent
    for place in (store_folder, work_dir / HISTORY, releases_dir(work_dir)):
        if place.exists() and any(place.iterdir()):
            raise PublisherError(f"{place} is not empty: restore into a new folder (--store NEW/store)")
    if (source / STATE_FILE).exists() and (work_dir / STATE_FILE).exists():
        raise PublisherError(f"{work_dir / STATE_FILE} exists: restore into a new folder")
    work_dir.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source / STORE, store_folder, dirs_exist_ok=True)
    for part in (HISTORY, RELEASES):
        if (source / part).is_dir():
            shutil.copytree(source / part, work_dir / part, dirs_exist_ok=True)
    if (source / STATE_FILE).is_file():
        shutil.copy2(source / STATE_FILE, work_dir / STATE_FILE)
    _check_restored(store_folder, manifest)
    return manifest


def _check_restored(store_folder: Path, manifest: Manifest) -> None:
    from publisher.store.version import data_version

    store = EmbeddedStore(store_folder)
    try:
        version = data_version(store)[0]
        if (version, len(store)) != (manifest.data_version, manifest.quads):
            raise PublisherError(f"the restored store at {store_folder} holds data version {version} "
                                 f"({plural(len(store), 'quad')}), not {manifest.data_version} "
                                 f"({plural(manifest.quads, 'quad')})")
    finally:
        store.close()


__all__ = ["MANIFEST", "Manifest", "make_backup", "read_manifest", "restore"]
