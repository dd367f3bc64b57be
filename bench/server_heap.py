"""What the server process keeps per data version, hook by hook (issue 17, point 2: what grows with the data).

``python bench/server_heap.py /tmp/i17disk/1000000/store`` builds the app as ``publisher serve --replica disk``
does (no HTTP server), runs the start-up rebuild one ``Site.on_change`` hook at a time and writes, after each,
what the process holds more: Python objects still alive (tracemalloc, net of what the hook freed) and RSS after
``malloc_trim`` (which also counts what Rust and SQLite allocate, which tracemalloc cannot see). The hooks read
a handle of their own (``EmbeddedStore.reading_apart``), as in ``Site.changed``: the RSS given back when it is
dropped after them is written last. Then the largest live Python allocations by source line. The query workers
are forked and stopped as in the server. Run it at two sizes and compare: what grows with the data is what
differs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import time
import tracemalloc
from pathlib import Path


def rss_mib() -> float:
    text = Path("/proc/self/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", text, re.M).group(1)) / 1024  # type: ignore[union-attr]


def hook_name(hook: object) -> str:
    return getattr(hook, "__qualname__", None) or type(hook).__name__


def measure(store_folder: Path, top: int) -> dict:
    """The start-up rebuild of the store at ``store_folder``, measured hook by hook."""
    from publisher.cli import _open, _settings, build_parser
    from publisher.memory import limit_malloc_arenas, release_free_memory
    from publisher.store.embedded import reading_apart
    from publisher.web.app import create_app
    from publisher.web.site import Limits, Site

    limit_malloc_arenas()
    args = build_parser().parse_args(["serve", "--store", str(store_folder), "--port", "18199"])
    tracemalloc.start(1)
    found: dict = {"store": str(store_folder), "rss_start_mib": round(rss_mib(), 1), "hooks": []}
    store, settings = _open(args, _settings(args))
    site = Site(settings, store, Limits(replica="disk"), work_dir=settings.store.resolve().parent)
    create_app(site)
    release_free_memory()
    found["after_app"] = {"traced_mib": round(tracemalloc.get_traced_memory()[0] / 2**20, 1),
                          "rss_mib": round(rss_mib(), 1)}
    print({"store opened, app built": found["after_app"]}, flush=True)
    try:
        with reading_apart(site.store):  # as ``Site.changed`` runs them: on a handle of their own
            site.refresh()
            for hook in site.on_change:
                traced, rss, begun = tracemalloc.get_traced_memory()[0], rss_mib(), time.perf_counter()
                hook(site)
                release_free_memory()
                found["hooks"].append({"hook": hook_name(hook), "seconds": round(time.perf_counter() - begun, 1),
                                       "traced_mib": round((tracemalloc.get_traced_memory()[0] - traced) / 2**20,
                                                           1),
                                       "rss_mib": round(rss_mib() - rss, 1)})
                print(found["hooks"][-1], flush=True)
            rss = rss_mib()
        release_free_memory()
        found["rss_dropped_with_the_rebuilds_handle_mib"] = round(rss_mib() - rss, 1)
        print({"the rebuild's handle dropped": found["rss_dropped_with_the_rebuilds_handle_mib"]}, flush=True)
        snapshot = tracemalloc.take_snapshot()
        found["traced_total_mib"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        found["rss_end_mib"] = round(rss_mib(), 1)
        found["top_lines"] = [{"where": str(stat.traceback[0]), "mib": round(stat.size / 2**20, 2),
                               "blocks": stat.count} for stat in snapshot.statistics("lineno")[:top]]
    finally:
        # stopped on the side, with a limit: at 2.85 M triples a run once waited for good (on a futex, no worker
        # left) after the last hook, before writing anything; where exactly was not found
        stopping = threading.Thread(target=site.stop, daemon=True)
        stopping.start()
        stopping.join(60)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="a store folder (bench/replica.py's WORK/N/store)")
    parser.add_argument("--top", type=int, default=25, help="source lines listed")
    parser.add_argument("-o", "--out", type=Path, help="write the figures as JSON here too")
    args = parser.parse_args(argv)
    found = measure(args.store, args.top)
    text = json.dumps(found, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    sys.stdout.flush()
    os._exit(0)  # the query workers' threads, if the stop did not end them, must not keep the process


if __name__ == "__main__":
    sys.exit(main())
