"""``publisher release``: an immutable, dated dump set that consumers can cite and come back to.

A release is a folder ``releases/2026-11-26/`` beside the store (a second one the same day is
``2026-11-26.2``), served at ``/dumps/2026-11-26/…`` and never changed or removed by the publisher:

- the dump files of the data as it is (``publisher.dump_files``: N-Quads, N-Triples, Turtle, one file per council,
  gzipped, byte-for-byte reproducible) and their ``manifest.json`` with sizes and SHA-256;
- ``validation-report.ttl``: the SHACL validation report of that very data (every graph checked);
- ``release.json``: when, the data version and the place in the record history it was cut at, the release
  before it, and how many records were added, changed and withdrawn since then (``adms:versionNotes``).

It is built in a hidden folder and renamed into place whole. The DCAT description (``web/dataset.py``)
makes each release a version of the dataset: ``dcat:hasVersion``, ``dcat:version``, ``adms:versionNotes``,
``dcat:previousVersion``, and its files as distributions with byte sizes and checksums.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from publisher.dump_files import DumpSet, build_dumps, load_dumps
from publisher.errors import PublisherError
from publisher.history import Counts, history_of, records, stamp
from publisher.messages import plural
from publisher.settings import Settings
from publisher.store import RecordStore
from publisher.validate import Validator, check_store

RELEASE_FILE = "release.json"
REPORT_FILE = "validation-report.ttl"
NAME = re.compile(r"^\d{4}-\d{2}-\d{2}(?:\.\d{1,3})?$")


class NothingToRelease(PublisherError):
    """The data has not changed since the last release: a new one would repeat it."""


@dataclass(frozen=True)
class Report:
    """The SHACL validation report beside a release's files."""

    conforms: bool
    violations: int
    warnings: int
    checked: int
    size: int
    sha256: str


@dataclass(frozen=True)
class Release:
    name: str  # "2026-11-26", or "2026-11-26.2" for a second one that day
    folder: Path
    issued: str  # xsd:dateTime, UTC
    data_version: str  # the data version its dumps were built from
    position: int  # the record history's length when it was cut
    previous: str | None  # the release before it
    counts: Counts  # records added / changed / withdrawn since the previous release
    report: Report
    dumps: DumpSet

    @property
    def notes(self) -> str:
        """What ``adms:versionNotes`` says."""
        checked = (f" SHACL validation: {plural(self.report.violations, 'violation')}, "
                   f"{plural(self.report.warnings, 'warning')} in {plural(self.report.checked, 'graph')}.")
        return self.counts.notes(self.previous) + f" {records(self.counts.records)} in all." + checked


def releases_dir(work_dir: Path) -> Path:
    return work_dir / "releases"


def load_release(folder: Path) -> Release | None:
    """The complete release in ``folder``, or None (not a release, or not complete)."""
    if not NAME.match(folder.name):
        return None
    try:
        meta = json.loads((folder / RELEASE_FILE).read_text(encoding="utf-8"))
        counts = Counts(**meta["counts"])
        report = Report(**meta["validation"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    dumps = load_dumps(folder)
    if dumps is None or not (folder / REPORT_FILE).is_file():
        return None
    return Release(folder.name, folder, meta["issued"], meta["data_version"], meta["position"], meta["previous"],
                   counts, report, dumps)


def list_releases(work_dir: Path) -> list[Release]:
    """Every complete release, oldest first."""
    root = releases_dir(work_dir)
    found = [r for r in map(load_release, root.iterdir() if root.is_dir() else []) if r is not None]
    return sorted(found, key=lambda r: (r.issued, _order(r.name)))


def find_release(work_dir: Path, name: str) -> Release | None:
    return load_release(releases_dir(work_dir) / name) if NAME.match(name) else None


def _order(name: str) -> tuple[str, int]:
    day, _, n = name.partition(".")
    return day, int(n or 1)


def make_release(store: RecordStore, settings: Settings, work_dir: Path, data_version: str,
                 today: date | None = None) -> Release:
    """Cut a release of the store's data as it is now (``data_version`` names it, see ``Site.version``)."""
    history = history_of(store, settings.base_uri, settings.store)
    history.catch_up()
    kept = list_releases(work_dir)
    previous = kept[-1] if kept else None
    position = history.count()
    if previous is not None and previous.data_version == data_version and previous.position == position:
        raise NothingToRelease(f"nothing changed since release {previous.name}: it already holds this data "
                               f"(/dumps/{previous.name}/)")
    root = releases_dir(work_dir)
    name = _free_name(root, (today or datetime.now(UTC).date()).isoformat())
    staging = root / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        built = build_dumps(store, settings, staging / name)
        report = _write_report(store, built.folder / REPORT_FILE)
        counts = history.counts_between(previous.position if previous else 0, position)
        meta = {"name": name, "issued": stamp(datetime.now(UTC)), "data_version": data_version,
                "position": position, "previous": previous.name if previous else None,
                "counts": asdict(counts), "validation": asdict(report),
                "files": [asdict(f) for f in built.files]}
        (built.folder / RELEASE_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        os.rename(built.folder, root / name)  # whole or not at all; never over an existing release
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    release = load_release(root / name)
    if release is None:  # pragma: no cover - we just wrote it
        raise PublisherError(f"release {name} could not be read back from {root / name}")
    return release


def _free_name(root: Path, day: str) -> str:
    name, n = day, 1
    while (root / name).exists():
        n += 1
        name = f"{day}.{n}"
    return name


def _write_report(store: RecordStore, path: Path) -> Report:
    checked = check_store(store, Validator())
    path.write_text(checked.turtle(), encoding="utf-8")
    data = path.read_bytes()
    return Report(conforms=not checked.violations, violations=len(checked.violations),
                  warnings=len(checked.warnings), checked=checked.checked, size=len(data),
                  sha256=hashlib.sha256(data).hexdigest())


__all__ = ["NothingToRelease", "Release", "find_release", "list_releases", "make_release", "releases_dir"]
