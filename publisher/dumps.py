"""Bulk downloads, built as files (DESIGN.md §1): the whole dataset and one file per council, gzipped.

A dump set is one folder per data version holding

- ``council-lod.nq.gz``: every named graph (records with their provenance, the council register, our
  vocabulary) as N-Quads;
- ``council-lod.nt.gz`` and ``council-lod.ttl.gz``: the default graph, i.e. the union of those graphs;
- ``{council}.nt.gz``: the union of one council's record graphs (``{base}/graph/{council}/…``);
- ``manifest.json``: each file's format, triple count, byte size and SHA-256.

The store is read once (its N-Quads export, one snapshot), so every file of a set describes the same data.
Blank nodes are labelled canonically (RDFC-1.0), lines are sorted and gzip headers carry no time or name, so
the same data gives the same bytes and the same SHA-256, in any store, on any machine. A set is written to a
hidden folder and renamed into place when complete: a folder named after a version is always a whole set.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from publisher.settings import Settings
from publisher.store import RecordStore, record_graphs
from publisher.vocab import PREFIXES

DATASET = "council-lod"  # file name stem of the whole-dataset dumps
LAYOUT = 1  # bumped when what a set holds changes, so sets built by an older publisher are rebuilt
MANIFEST = "manifest.json"
GZIP_LEVEL = 6  # level 9 is several times slower for a few per cent smaller files
MEDIA_TYPES = {"nt": "application/n-triples", "nq": "application/n-quads", "ttl": "text/turtle"}


@dataclass(frozen=True)
class DumpFile:
    name: str  # e.g. "council-lod.nt.gz", "stockport.nt.gz"
    format: str  # "nt", "nq" or "ttl": the RDF syntax inside the gzip
    scope: str  # DATASET for the whole dataset, else the council's slug
    triples: int  # statements in the file (quads for N-Quads)
    size: int  # bytes of the gzip file
    sha256: str  # hex digest of the gzip file

    @property
    def media_type(self) -> str:
        """The media type of the RDF inside; the file itself is ``application/gzip``."""
        return MEDIA_TYPES[self.format]


@dataclass(frozen=True)
class DumpSet:
    version: str  # the data version the set was built from (its folder name)
    folder: Path
    files: tuple[DumpFile, ...]
    seconds: float = 0.0  # how long building took

    def file(self, name: str) -> DumpFile | None:
        return next((f for f in self.files if f.name == name), None)

    def path(self, dump: DumpFile) -> Path:
        return self.folder / dump.name


def build_dumps(store: RecordStore, settings: Settings, out_dir: Path) -> DumpSet:
    """Write the dump set of the store's current data to ``out_dir`` (named after the data version), whole
    or not at all: it is built beside it and renamed into place when complete."""
    started = time.perf_counter()
    partial = out_dir.parent / f".{out_dir.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        files = _write_files(store, settings.base_uri, partial)
        seconds = round(time.perf_counter() - started, 3)
        manifest = {"layout": LAYOUT, "version": out_dir.name, "seconds": seconds,
                    "files": [asdict(f) for f in files]}
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _move_into_place(partial, out_dir)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return DumpSet(out_dir.name, out_dir, tuple(files), seconds)


def load_dumps(folder: Path) -> DumpSet | None:
    """The complete set in ``folder``, or None if there is none (or an older publisher built it)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("layout") != LAYOUT:
            return None
        files = tuple(DumpFile(**entry) for entry in manifest["files"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not all((folder / f.name).is_file() for f in files):
        return None
    return DumpSet(folder.name, folder, files, manifest.get("seconds", 0.0))


def kept_sets(root: Path) -> list[DumpSet]:
    """The complete sets under ``root``, newest first (partial builds, hidden folders, are skipped)."""
    folders = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")] if root.is_dir() else []
    sets = [s for s in map(load_dumps, folders) if s is not None]
    return sorted(sets, key=lambda s: (s.folder / MANIFEST).stat().st_mtime, reverse=True)


def remove_other_sets(root: Path, keep: str) -> list[str]:
    """Delete every set but ``keep``, and leftovers of interrupted builds; the versions removed."""
    removed = []
    for folder in (p for p in root.iterdir() if p.is_dir() and p.name != keep):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.name.startswith("."):
            removed.append(folder.name)
    return removed


# -- writing ----------------------------------------------------------------------------------------------


def _write_files(store: RecordStore, base: str, folder: Path) -> list[DumpFile]:
    quads = _sorted_quads(store)
    union: set[bytes] = set()
    by_council: dict[str, set[bytes]] = {}
    record_graph_prefix = f"<{base}/graph/".encode()
    councils: dict[bytes, str | None] = {}  # graph → council slug, worked out once per graph
    for quad in quads:
        triple, graph = _split_quad(quad)
        union.add(triple)
        if graph not in councils:
            councils[graph] = _council_of(graph, record_graph_prefix)
        council = councils[graph]
        if council:
            by_council.setdefault(council, set()).add(triple)
    triples = sorted(union)
    # Compressing is most of the work and zlib lets go of the GIL: the files are written two at a time.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dump-gzip") as writers:
        jobs = [writers.submit(_write_gz, folder, f"{DATASET}.nq.gz", "nq", DATASET, quads),
                writers.submit(_write_gz, folder, f"{DATASET}.nt.gz", "nt", DATASET, triples)]
        jobs.append(writers.submit(_write_gz, folder, f"{DATASET}.ttl.gz", "ttl", DATASET, triples, _turtle(triples)))
        jobs += [writers.submit(_write_gz, folder, f"{council}.nt.gz", "nt", council, sorted(lines))
                 for council, lines in sorted(by_council.items())]
        return [job.result() for job in jobs]


def _sorted_quads(store: RecordStore) -> list[bytes]:
    """Every quad of the named graphs as one N-Quads line, blank nodes labelled canonically, sorted: the same
    data gives the same lines whichever store holds it."""
    out = io.BytesIO()
    store.export("nq", out)
    lines = [line + b"\n" for line in out.getvalue().split(b"\n") if line.strip()]
    return sorted(_canonical_blank_nodes(lines))


def _canonical_blank_nodes(lines: list[bytes]) -> list[bytes]:
    """Relabel blank nodes (the store's labels are arbitrary) with RDFC-1.0. Only quads that mention a
    blank node take part in the labelling, so only those are canonicalised (a literal holding "_:" is
    harmlessly included); our records have none, the vocabulary a few (owl:unionOf lists)."""
    with_blank = [line for line in lines if b"_:" in line]
    if not with_blank:
        return lines
    dataset = ox.Dataset(ox.parse(b"".join(with_blank), format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    relabelled = ox.serialize(dataset, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
    return [line for line in lines if b"_:" not in line] + relabelled


def _split_quad(line: bytes) -> tuple[bytes, bytes]:
    """``<s> <p> <o> <g> .`` → (``<s> <p> <o> .``, ``<g>``). The graph name is the last term, an IRI without
    spaces, so the last space before it ends the triple whatever the object literal holds."""
    body = line.rstrip()[:-1].rstrip()  # without the final " ."
    triple, _, graph = body.rpartition(b" ")
    return triple + b" .\n", graph


def _council_of(graph: bytes, record_graph_prefix: bytes) -> str | None:
    """The council slug of a record graph ``<{base}/graph/{council}/…>``; None for the register and the
    vocabulary, which belong to the whole dataset only."""
    iri = graph.decode()[1:-1]
    if not graph.startswith(record_graph_prefix) or not record_graphs([iri]):
        return None
    return iri[len(record_graph_prefix) - 1:].split("/", 1)[0] or None


def _turtle(sorted_triples: list[bytes]) -> bytes:
    """Turtle of the sorted triples, grouped by subject, with the usual prefixes."""
    parsed = ox.parse(b"".join(sorted_triples), format=ox.RdfFormat.N_TRIPLES)
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    return ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes)  # quads of the default graph


def _write_gz(folder: Path, name: str, fmt: str, scope: str, lines: list[bytes], data: bytes | None = None) -> DumpFile:
    """Gzip ``data`` (default: the ``lines`` joined) into ``folder/name``, with no time stamp or file name in
    the gzip header, so the bytes depend on the data only."""
    path = folder / name
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                               compresslevel=GZIP_LEVEL) as gz:
        gz.write(b"".join(lines) if data is None else data)
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return DumpFile(name, fmt, scope, len(lines), path.stat().st_size, digest.hexdigest())


def _move_into_place(partial: Path, out_dir: Path) -> None:
    """Rename the finished folder to its version's name; a set already there (same data) is replaced."""
    if out_dir.exists():
        stale = out_dir.parent / f".{out_dir.name}.replaced-{os.getpid()}"
        out_dir.rename(stale)
        partial.rename(out_dir)
        shutil.rmtree(stale, ignore_errors=True)
    else:
        partial.rename(out_dir)
