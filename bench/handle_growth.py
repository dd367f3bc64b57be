"""What one read-only handle on a store holds after a scan and after lookups across every named graph.

``python bench/handle_growth.py STORE`` opens ``STORE`` with ``Store.read_only`` in this process and prints the
RSS it adds (after ``malloc_trim``): opened; after scanning the default graph and every named graph (a
count); after the data version's query (``store/version.py``: one row per named graph), three times. A scan
stays at the same ~42-45 MiB at any size; the lookups add a one-time amount that grows with the data
(bench/README.md, "What the server process keeps as the data grows"). Run it in a fresh process per store.
"""

from __future__ import annotations

import argparse
import ctypes
import re
import sys
from pathlib import Path

import pyoxigraph as ox

from publisher.store.version import VERSION_QUERY

COUNT = {"default graph": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
         "named graphs": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"}


def rss_mib() -> float:
    text = Path("/proc/self/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", text, re.M).group(1)) / 1024  # type: ignore[union-attr]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="a store folder, or a checkpoint of one")
    parser.add_argument("--no-scan", action="store_true", help="the lookups alone, on a fresh handle")
    args = parser.parse_args(argv)
    libc = ctypes.CDLL("libc.so.6")
    before = rss_mib()
    store = ox.Store.read_only(str(args.store))
    last = rss_mib()
    print(f"{args.store}: opened +{last - before:.1f} MiB")

    def step(name: str, query: str) -> None:
        nonlocal last
        rows = list(store.query(query))  # type: ignore[call-overload]
        libc.malloc_trim(0)
        now = rss_mib()
        print(f"{name}: {len(rows)} rows, +{now - last:.1f} MiB (total +{now - before:.1f})")
        last = now

    if not args.no_scan:
        for name, query in COUNT.items():
            step(f"scan of the {name}", query)
    for n in range(1, 4):
        step(f"data version query, run {n}", VERSION_QUERY)
    return 0


if __name__ == "__main__":
    sys.exit(main())
