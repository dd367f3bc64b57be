"""Hostile and broken ingest input (issue 7, item 5): each file is refused within 1 s with a clear message naming
it; an ingest of all of them grows memory by less than 50 MB over an ingest of one empty file, connects to
nothing (a listener on 127.0.0.1 named by every external reference sees no connection), reads no local file it
is pointed at, and leaves the store exactly as it was: byte for byte, after two ``publisher ingest`` runs (an
ingest of a record-less file first, the baseline). That comparison found the vocabulary graph rewritten by
every run, its blank nodes hashed as parsed (fixed in ``Pipeline.ensure_reference_data``).

We read ModernGov pages (text, HTML) and web-service XML only: JSON-LD and Turtle are not record types here, so
a remote ``@context`` or a 10,000-deep Turtle nesting is refused as an unknown type before any RDF parser sees
it (the message says what we read instead).
"""

from __future__ import annotations

import io
import select
import socket
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from publisher.errors import RecordError
from publisher.ingest import Pipeline
from publisher.settings import load_settings
from publisher.sources import MAX_RECORD_BYTES, read_record
from publisher.store.embedded import EmbeddedStore
from tests import paths

ROOT = paths.ROOT
FOUNDING = ROOT / "data" / "records" / "stockport_issue_68785_ssp_priorities_cts.txt"
SECRET = "s3cret-local-file-content-7f3a"
DOCTYPE = "hostile file: XML with a DOCTYPE is refused, entity expansion is not allowed"
UNKNOWN = "not a council record: not a record type this publisher reads ({}): it reads ModernGov pages (text or " \
          "HTML) and ModernGov web-service XML, not RDF nor JSON-LD"


def hostile_files(folder: Path, port: int, secret: Path) -> dict[str, tuple[bytes, str]]:
    """name → (content, the message it must be refused with, after "PATH: ")."""
    url = f"http://127.0.0.1:{port}"
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    literal = b'<http://example.org/s> <http://example.org/p> "' + b"a" * 10_000_000 + b'" .\n'
    nested = "@prefix : <http://example.org/> .\n:s :p " + "[ :p " * 10_000 + "1" + " ]" * 10_000 + " .\n"
    return {
        "billion-laughs.xml": (f'<?xml version="1.0"?>\n<!DOCTYPE meeting [<!ENTITY l0 "lol">{laughs}]>\n'
                               "<meeting><meetingid>1</meetingid><meetingtitle>&l9;</meetingtitle></meeting>"
                               .encode(), DOCTYPE),
        "entity-file.xml": (f'<!DOCTYPE meeting [<!ENTITY x SYSTEM "file://{secret}">]><meeting>&x;</meeting>'
                            .encode(), DOCTYPE),
        "entity-http.xml": (f'<?xml version="1.0"?><!DOCTYPE meeting SYSTEM "{url}/meeting.dtd">'
                            f'<meeting>&x;</meeting>'.encode(), DOCTYPE),
        "parameter-entity.xml": (f'<!DOCTYPE meeting [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]><meeting/>'.encode(),
                                 DOCTYPE),
        "xinclude.xml": (f'<meeting xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file://{secret}" '
                         'parse="text"/></meeting>'.encode(), "[meetingid]: a meeting without a meeting id"),
        "laughs-page.html": (f'<!DOCTYPE html [<!ENTITY l0 "lol">{laughs}]><html><body><p>&l9;</p>'
                             f'<img src="{url}/x.png"><iframe src="file://{secret}"></iframe></body></html>'.encode(),
                             UNKNOWN.format("]>")),  # the HTML parser shows the internal subset as text
        "remote-context.jsonld": (f'{{"@context": "{url}/context.jsonld", "@id": "{url}/x", "name": "y"}}'.encode(),
                                  UNKNOWN.format(f'{{"@context": "{url}/context.jsonld", "@id": "{url}/x", '
                                                 f'"name": "y"}}'[:80])),
        "file-context.jsonld": (f'{{"@context": "file://{secret}", "@id": "urn:x"}}'.encode(),
                                UNKNOWN.format(f'{{"@context": "file://{secret}", "@id": "urn:x"}}'[:80])),
        "nested.ttl": (nested.encode(), UNKNOWN.format("@prefix : <http://example.org/> .")),
        "literal-10mb.ttl": (literal, f"hostile or broken file: {len(literal)} bytes; a record file may be at "
                                      f"most {MAX_RECORD_BYTES} bytes (ModernGov pages and responses are far smaller)"),
        "line-1mb.txt": (FOUNDING.read_bytes().replace(b"rise in burglary", b"rise in " + b"burglary " * 111_112),
                         None),  # the message names the line: checked below
        "invalid-utf8.txt": (b"Issue - meetings\n\nSafer Stockport \xff\xfe Priorities\n",
                             "not valid UTF-8 (byte 34 cannot be decoded); save the record as UTF-8"),
        "empty.txt": (b"", "empty file: there is no record in it"),
        "binary.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 64,
                       "hostile or broken file: binary (contains NUL bytes), not a text record"),
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, listener: socket.socket) -> dict[Path, str | None]:
    folder = tmp_path_factory.mktemp("hostile")
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    found = {}
    for name, (content, message) in hostile_files(folder, listener.getsockname()[1], secret).items():
        (folder / name).write_bytes(content)
        found[folder / name] = message
    return found


def refusal(path: Path) -> tuple[str, float, int]:
    """The refusal's message, how long it took, and the most memory Python allocated meanwhile (bytes)."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(RecordError) as refused:
            read_record(path)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return str(refused.value), elapsed, peak


def test_each_hostile_file_is_refused_within_a_second_naming_it(hostile: dict[Path, str | None]) -> None:
    for path, expected in hostile.items():
        message, elapsed, allocated = refusal(path)
        assert elapsed < 1.0, f"{path.name} took {elapsed:.2f} s"
        assert allocated < 50 << 20, f"{path.name} allocated {allocated >> 20} MB"
        if expected is None:  # the 1 MB line: which line, and how long
            lines = path.read_text(encoding="utf-8").split("\n")
            number, line = next((n, x) for n, x in enumerate(lines, start=1) if len(x) > 100_000)
            expected = f"hostile or broken file: a line of {len(line.rstrip())} characters; no line of a council " \
                       "record is over 100000 (a broken or hostile file?)"
            assert message == f"{path}:{number}: {expected}"
        elif expected.startswith("[") or path.suffix == ".txt" and "UTF-8" in expected:
            assert message.startswith(f"{path}:") and message.endswith(expected), message
        else:
            assert message == f"{path}: {expected}", message
        assert SECRET not in message


def test_an_ingest_of_all_of_them_is_bounded_connects_nowhere_and_changes_nothing(
        tmp_path: Path, hostile: dict[Path, str | None], listener: socket.socket) -> None:
    store_dir = tmp_path / "store"
    store = EmbeddedStore(store_dir)
    Pipeline(store, load_settings()).run([FOUNDING])
    before = _quads(store)
    store.close()
    empty = tmp_path / "baseline.txt"
    empty.write_bytes(b"")

    baseline, _ = _ingest(store_dir, [empty])
    started = time.monotonic()
    peak, run = _ingest(store_dir, list(hostile))
    elapsed = time.monotonic() - started
    refused = [line for line in run.stderr.splitlines() if line.startswith("refused: ")]
    assert run.returncode == 1
    assert len(refused) == len(hostile) and all(f"refused: {path}" in run.stderr for path in hostile)
    assert run.stdout.strip().endswith(f"0 records landed (0 triples), 0 unchanged, {len(hostile)} refused, "
                                       "0 warnings")
    assert SECRET not in run.stdout + run.stderr
    assert peak - baseline < 50 * 1024, f"memory grew {(peak - baseline) / 1024:.0f} MB"
    assert elapsed < 15  # all of them, process start included (about 3 s here)
    readable, _, _ = select.select([listener], [], [], 0.2)
    assert readable == []  # nothing connected
    store = EmbeddedStore(store_dir)
    try:
        assert _quads(store) == before
        assert not store.query(f'ASK {{ ?s ?p ?o FILTER(CONTAINS(STR(?o), "{SECRET}")) }}')
    finally:
        store.close()


MEASURED = ("import resource, sys\nfrom publisher.cli import main\ncode = main(sys.argv[1:])\n"
            "print('maxrss', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\nsys.exit(code)\n")


def _ingest(store: Path, files: list[Path]) -> tuple[int, subprocess.CompletedProcess]:
    """``publisher ingest FILES`` in its own process: its peak resident memory (KiB) and what it said."""
    run = subprocess.run([sys.executable, "-c", MEASURED, "ingest", *map(str, files), "--store", str(store)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    peak = next(int(line.split()[1]) for line in run.stderr.splitlines() if line.startswith("maxrss "))
    return peak, run


def _quads(store: EmbeddedStore) -> bytes:
    out = io.BytesIO()
    store.export("nq", out)
    return out.getvalue()
