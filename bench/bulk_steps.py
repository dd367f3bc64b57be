"""Where a record's time goes on the bulk path: ``python bench/bulk_steps.py DATA``.

Each step of ``publisher.bulk`` is wrapped in ``time.process_time`` (CPU time: less sensitive than wall time to
a shared machine's load) and the run is made with one process (``--workers 1``), so every step is counted here.
Prints the CPU milliseconds per record of each step; nested steps are inside the totals above them.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import publisher.bulk as bulk
import publisher.history as history
import publisher.ingest as ingest
from publisher import ntriples, rdf
from publisher.settings import load_settings
from publisher.store.embedded import EmbeddedStore

SPENT: dict[str, float] = defaultdict(float)


def timed(name: str, function: Callable) -> Callable:
    def wrapper(*args: object, **kwargs: object) -> object:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - started
    return wrapper


def instrument() -> None:
    bulk.read_record = timed("read the page", bulk.read_record)
    bulk.resolve_organisations = timed("organisations", bulk.resolve_organisations)
    bulk.roster_from_record = timed("people named in full", bulk.roster_from_record)
    bulk.Resolver.resolve = timed("resolve people", bulk.Resolver.resolve)
    bulk.Resolver.__init__ = timed("roster merge (Resolver)", bulk.Resolver.__init__)
    rdf.RecordMapper.map_record = timed("map", rdf.RecordMapper.map_record)
    rdf.content_hash = timed("content hash", rdf.content_hash)
    ingest.check_and_salvage = timed("SHACL check", ingest.check_and_salvage)  # in checked_record
    ntriples.as_stored = timed("archive text (as_stored)", ntriples.as_stored)
    bulk.RecordMaker.read = timed("worker: read, in all", bulk.RecordMaker.read)
    bulk.RecordMaker.make = timed("worker: make, in all", bulk.RecordMaker.make)
    bulk._Writer.write = timed("parent: write (text appended, event)", bulk._Writer.write)
    history.History.staged_version = timed("parent: history event + archive", history.History.staged_version)
    bulk.EmbeddedStore.load_in_bulk = timed("loader thread: bulk_load", bulk.EmbeddedStore.load_in_bulk)


def main(data: Path) -> None:
    instrument()
    folder = Path(tempfile.mkdtemp()) / "store"
    try:
        store = EmbeddedStore(folder)
        wall, cpu = time.perf_counter(), time.process_time()
        report = bulk.BulkRun(store, load_settings(), workers=1).run([data], progress=False)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        store.close()
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)
    records = len(report.outcomes)
    print(f"{report.summary()}: wall {wall:.1f} s, CPU {cpu:.1f} s = {cpu / records * 1000:.1f} ms a record")
    for name, seconds in sorted(SPENT.items(), key=lambda item: -item[1]):
        print(f"{name:40s} {seconds / records * 1000:6.1f} ms a record")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
