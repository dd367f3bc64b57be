"""Bulk downloads, built as files (docs/architecture.md §1): the whole dataset and one file per council, gzipped.

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
import heapq
import io
import json
import os
import queue
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from publisher.namespaces import PREFIXES
from publisher.rdf import graph_space
from publisher.settings import Settings
from publisher.store import RecordStore, record_graphs

DATASET = "council-lod"  # file name stem of the whole-dataset dumps
LAYOUT = 1  # bumped when what a set holds changes, so sets built by an older publisher are rebuilt
MANIFEST = "manifest.json"
# zlib level 3: for a million triples, gzip takes 2.1 s of CPU against 4.7 s at level 6 (9 is slower still),
# for files about a third larger (nt.gz 7.7 MB against 5.8 MB); levels 1 and 2 are no faster.
GZIP_LEVEL = 3
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
#
# Where the time goes, for a million quads: reading the store's N-Quads export is most of it (about 9 s of
# CPU from the on-disk store; it lets go of the GIL, so this thread splits the lines meanwhile), then sorting
# the quad lines, one pass over them that writes every file (the default graph and each council's triples
# come off the sorted quads already sorted), and gzip, which lets go of the GIL too and runs on two threads
# while the pass goes on.
#
# Memory is bounded by RUN_LINES, not by the data: beyond that many lines the export is sorted in runs written
# to disk and merged (at 10 M triples the whole set in memory took 4.8 GB; 50 M would not fit this machine).

CHUNK = 1 << 15  # lines per gzip write: large, so a writer thread seldom waits for the GIL between writes
RUN_LINES = 1 << 20  # quad lines sorted in memory at once (~200 MB); a larger export is merged from runs on disk
RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LOCAL_NAME = re.compile(rb"[A-Za-z_][A-Za-z0-9_-]*")  # a prefixed name's local part that needs no escapes


def _write_files(store: RecordStore, base: str, folder: Path) -> list[DumpFile]:
    """Every file of the set, written in one pass over the sorted quads."""
    record_graph_prefix = f"<{graph_space(base)}".encode()
    with tempfile.TemporaryDirectory(dir=folder, prefix=".runs-") as scratch, \
            ThreadPoolExecutor(max_workers=2, thread_name_prefix="dump-gzip") as gzip_threads:
        def gz(name: str, fmt: str, scope: str, end: bytes) -> _GzipWriter:
            return _GzipWriter(folder / name, fmt, scope, end, gzip_threads)

        whole_nq = gz(f"{DATASET}.nq.gz", "nq", DATASET, b"")
        whole_nt = gz(f"{DATASET}.nt.gz", "nt", DATASET, b" .\n")
        whole_ttl = gz(f"{DATASET}.ttl.gz", "ttl", DATASET, b"")
        turtle = _Turtle(whole_ttl)
        councils: dict[str, _GzipWriter] = {}
        by_graph: dict[bytes, _GzipWriter | None] = {}  # " <graph> .\n" → its council's file, None if none
        last_triple = b""
        for quad in _sorted_quads(store, Path(scratch)):
            whole_nq.add(quad)
            # A quad line is its triple, a space, the graph name (an IRI or blank node, without spaces) and
            # " .": since no term is followed by a space inside another term, quads sort as their triples do,
            # and the quads of one triple are next to each other, so a repeat is always the line before.
            cut = quad.rindex(b" ", 0, -3)
            triple, graph = quad[:cut], quad[cut:]
            if triple != last_triple:
                whole_nt.add(triple)
                turtle.add(triple)
                last_triple = triple
            if graph not in by_graph:
                council = _council_of(graph[1:-3], record_graph_prefix)
                by_graph[graph] = None if council is None else councils.setdefault(
                    council, gz(f"{council}.nt.gz", "nt", council, b" .\n"))
            council_file = by_graph[graph]
            if council_file is not None and council_file.last != triple:
                council_file.add(triple)
        turtle.finish()
        writers = [whole_nq, whole_nt, whole_ttl, *(councils[c] for c in sorted(councils))]
        return [writer.close() for writer in writers]


def _sorted_quads(store: RecordStore, scratch: Path) -> Iterator[bytes]:
    """Every quad of the named graphs as one N-Quads line, blank nodes labelled canonically, in sorted order:
    the same data gives the same lines whichever store holds it. Past RUN_LINES lines, sorted runs are written
    to ``scratch`` and merged."""
    chunks: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    runs: list[Path] = []
    lines: list[bytes] = []
    with_blank: list[bytes] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dump-export") as reader:
        exported = reader.submit(_export_quads, store, chunks)
        for plain, blank in _quad_lines(iter(chunks.get, None)):
            lines += plain
            with_blank += blank
            if len(lines) >= RUN_LINES:
                runs.append(_write_run(scratch, len(runs), lines))
                lines = []
        exported.result()  # the export's error, if it failed
    lines += _canonical_blank_nodes(with_blank)
    lines.sort()
    if not runs:
        yield from lines
        return
    runs.append(_write_run(scratch, len(runs), lines))
    del lines
    with ExitStack() as files:
        yield from heapq.merge(*(files.enter_context(run.open("rb")) for run in runs))


def _write_run(scratch: Path, number: int, lines: list[bytes]) -> Path:
    """``lines`` sorted into a file of their own: one run of the merge."""
    lines.sort()
    run = scratch / f"run-{number:05d}.nq"
    with run.open("wb") as out:
        for start in range(0, len(lines), CHUNK):
            out.write(b"".join(lines[start:start + CHUNK]))
    return run


def _export_quads(store: RecordStore, chunks: queue.SimpleQueue[bytes | None]) -> None:
    """The store's N-Quads export, handed over as it is written; None at the end, even after an error."""
    try:
        store.export("nq", _ChunkWriter(chunks))
    finally:
        chunks.put(None)


class _ChunkWriter(io.RawIOBase):
    """A writable file that passes each write on to another thread."""

    def __init__(self, chunks: queue.SimpleQueue[bytes | None]) -> None:
        super().__init__()
        self._chunks = chunks

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._chunks.put(bytes(data))
        return len(data)


def _quad_lines(chunks: Iterator[bytes]) -> Iterator[tuple[list[bytes], list[bytes]]]:
    """The N-Quads lines of ``chunks`` (which may cut a line anywhere), a chunk at a time: those without a
    blank node, and those with one (a literal holding "_:" is harmlessly among them)."""
    rest = b""
    for chunk in chunks:
        text = rest + chunk
        part = text.splitlines(keepends=True)
        rest = part.pop() if part and not text.endswith(b"\n") else b""
        if b"_:" in text:
            yield [line for line in part if b"_:" not in line], [line for line in part if b"_:" in line]
        else:
            yield part, []
    if rest.strip():  # no line break after the last line
        line = rest + b"\n"
        yield ([], [line]) if b"_:" in line else ([line], [])


def _canonical_blank_nodes(lines: list[bytes]) -> list[bytes]:
    """Relabel the blank nodes of ``lines`` (the store's labels are arbitrary) with RDFC-1.0. Only quads that
    mention a blank node take part in the labelling; our records have none, the vocabulary a few (owl:unionOf
    lists)."""
    if not lines:
        return []
    dataset = ox.Dataset(ox.parse(b"".join(lines), format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return ox.serialize(dataset, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)


def _council_of(graph: bytes, record_graph_prefix: bytes) -> str | None:
    """The council slug of a record graph ``<{base}/graph/{council}/…>``; None for the register and the
    vocabulary, which belong to the whole dataset only."""
    iri = graph.decode()[1:-1]
    if not graph.startswith(record_graph_prefix) or not record_graphs([iri]):
        return None
    return iri[len(record_graph_prefix) - 1:].split("/", 1)[0] or None


class _GzipWriter:
    """One dump file, written as its lines arrive: CHUNK lines at a time are joined (each followed by ``end``)
    and compressed on a thread of ``threads`` while the next are gathered, in order. No time stamp or file
    name goes in the gzip header, so the bytes depend on the data only."""

    def __init__(self, path: Path, fmt: str, scope: str, end: bytes, threads: ThreadPoolExecutor) -> None:
        self.path, self.format, self.scope, self._end, self._threads = path, fmt, scope, end, threads
        self._file = path.open("wb")
        self._sha256 = hashlib.sha256()
        self._gzip = gzip.GzipFile(filename="", mode="wb", fileobj=_Hashing(self._file, self._sha256), mtime=0,
                                   compresslevel=GZIP_LEVEL)
        self._lines: list[bytes] = []
        self._pending: Future | None = None
        self.last = b""  # the line added last
        self.count = 0  # statements in the file

    def add(self, line: bytes) -> None:
        self._lines.append(line)
        self.last = line
        self.count += 1
        if len(self._lines) >= CHUNK:
            self.flush()

    def write(self, text: bytes) -> None:
        """Text already joined (the Turtle), written after what was added so far."""
        self.flush()
        self._compress(text)

    def flush(self) -> None:
        if self._lines:
            self._compress(self._end.join(self._lines) + self._end)
            self._lines = []

    def _compress(self, data: bytes) -> None:
        if self._pending is not None:
            self._pending.result()  # one write at a time, in order
        self._pending = self._threads.submit(self._gzip.write, data)

    def close(self) -> DumpFile:
        self.flush()
        if self._pending is not None:
            self._pending.result()
        self._gzip.close()
        self._file.close()
        return DumpFile(self.path.name, self.format, self.scope, self.count, self.path.stat().st_size,
                        self._sha256.hexdigest())


class _Hashing(io.RawIOBase):
    """A file that hashes what is written to it on the way."""

    def __init__(self, file: io.BufferedWriter, sha256: hashlib._Hash) -> None:
        super().__init__()
        self._file, self._sha256 = file, sha256

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._sha256.update(data)
        return self._file.write(data)


class _TurtleTerms:
    """N-Triples terms written the short Turtle way: an IRI in one of our namespaces as ``prefix:name``,
    rdf:type as ``a``, anything else as it is (N-Triples is valid Turtle)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self._prefix_of = {namespace.encode(): prefix.encode() for prefix, namespace in prefixes.items()}
        self._known: dict[bytes, bytes] = {RDF_TYPE: b"a"}  # predicates and datatypes, which repeat

    def iri(self, term: bytes) -> bytes:
        cut = max(term.rfind(b"#"), term.rfind(b"/")) + 1
        prefix = self._prefix_of.get(term[1:cut])
        if prefix is None or not LOCAL_NAME.fullmatch(term, cut, len(term) - 1):
            return term
        return prefix + b":" + term[cut:-1]

    def predicate(self, term: bytes) -> bytes:
        short = self._known.get(term)
        if short is None:
            short = self._known[term] = self.iri(term)
        return short

    def node(self, term: bytes) -> bytes:
        """A subject or object: an IRI, a blank node or a literal (``"…"^^<datatype>`` gets a short type)."""
        if term.startswith(b"<"):
            return self.iri(term)
        if term.startswith(b'"') and term.endswith(b">"):
            lexical, _, datatype = term.rpartition(b"^^")  # an IRI holds no "^"
            return lexical + b"^^" + self.predicate(datatype)
        return term


class _Turtle:
    """Turtle of sorted triples (N-Triples lines without " ."), written to ``out`` a chunk at a time: each
    subject once, its predicates after ";" and a predicate's further objects after ","."""

    def __init__(self, out: _GzipWriter) -> None:
        prefixes = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
        self._out = out
        self._terms = _TurtleTerms(prefixes)
        self._text = [f"@prefix {prefix}: <{namespace}> .\n".encode() for prefix, namespace in prefixes.items()]
        self._subject = self._predicate = b""

    def add(self, triple: bytes) -> None:
        s, p, o = triple.split(b" ", 2)
        terms, text = self._terms, self._text
        if s != self._subject:
            text += (b" .\n" if self._subject else b"", terms.node(s), b" ", terms.predicate(p), b" ", terms.node(o))
            self._subject, self._predicate = s, p
        elif p != self._predicate:
            text += (b" ;\n\t", terms.predicate(p), b" ", terms.node(o))
            self._predicate = p
        else:
            text += (b" , ", terms.node(o))
        self._out.count += 1
        if len(text) >= CHUNK:
            self._out.write(b"".join(text))
            text.clear()

    def finish(self) -> None:
        self._out.write(b"".join(self._text) + (b" .\n" if self._subject else b""))


def _move_into_place(partial: Path, out_dir: Path) -> None:
    """Rename the finished folder to its version's name; a set already there (same data) is replaced."""
    if out_dir.exists():
        stale = out_dir.parent / f".{out_dir.name}.replaced-{os.getpid()}"
        out_dir.rename(stale)
        partial.rename(out_dir)
        shutil.rmtree(stale, ignore_errors=True)
    else:
        partial.rename(out_dir)
