"""What one read-only open of a store costs a query worker in memory: ``python bench/replica_handle.py DB``.

Opens the store at ``DB`` with ``Store.read_only`` (as a disk-mode worker opens its snapshot), then runs 2,000
describes (subject and object lookups in the default graph) of sampled subjects and the bench's two analytic
queries (best of two), and prints the growth of the process's RSS at each step: the handle's own memory (block
cache, table readers), without our server around it.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ANALYTIC, best_query_ms  # noqa: E402 - bench/ is not a package


def rss() -> float:
    return int(re.search(r"VmRSS:\s+(\d+)", Path("/proc/self/status").read_text())[1]) / 1024  # type: ignore[index]


def main(location: str) -> None:
    before = rss()
    store = ox.Store.read_only(location)
    opened = rss()
    subjects = [row["s"] for row in store.query("SELECT ?s WHERE { ?s a ?t } LIMIT 200000")]  # type: ignore[index]
    random.Random(5).shuffle(subjects)
    sampled = rss()  # the sample's Python objects: not the handle's
    began = time.perf_counter()
    for subject in subjects[:2000]:
        list(store.quads_for_pattern(subject, None, None, ox.DefaultGraph()))
        list(store.quads_for_pattern(None, None, subject, ox.DefaultGraph()))
    describe_us = (time.perf_counter() - began) / 2000 * 1e6
    described = rss()
    best = {}
    for name, query in ANALYTIC.items():
        best[name] = best_query_ms(store, query, repeats=2)
    handle = rss() - before - (sampled - opened)
    print(f"{location}: {len(store):,} quads; RSS MiB: open +{opened - before:.1f}, 2,000 describes "
          f"+{described - sampled:.1f} ({describe_us:.0f} µs each), analytic queries +{rss() - described:.1f} "
          f"{best}; the handle in all: {handle:.1f} MiB")


if __name__ == "__main__":
    main(sys.argv[1])
