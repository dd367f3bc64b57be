"""The query workers on an in-memory copy against the on-disk snapshot alone (issue 17, point 2), in one run.

``python bench/replica.py --work /tmp/council-lod-bench --triples 1000000`` takes an ingested size (``WORK/N/store``
and ``WORK/N/data``, as ``bench/run.py`` or ``publisher ingest`` leaves them) and, for each ``--modes`` in turn,
serves it with ``publisher serve --replica MODE`` and measures

- **memory**: the server and its four query workers, shared pages counted once (PSS), once up and again after
  the load (the workers' heaps and RocksDB's block caches grow under load);
- **computed load** (``Cache-Control: no-cache``, wrk, one thread, 500 different URLs): ``/sparql`` SELECT by
  subject and ``/doc/….ttl``, at c1 and c16;
- **analytic queries** through ``/sparql`` (best of three);

then, in the same run, ``oxigraph serve-read-only`` under the same SELECT load and pyoxigraph used directly on the
same triples, in memory (``Store()`` + ``bulk_load``) and on disk (``Store.read_only`` on the store
``oxigraph load`` wrote), best of three. Results go to ``bench/results/replica-{N}.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import (  # noqa: E402 - bench/ is not a package
    ANALYTIC,
    BENCH_BIN,
    PORTS,
    PROJECT_PY,
    RESULTS,
    SAMPLE,
    best_of,
    best_query_ms,
    fetch,
    log,
    memory,
    run,
    serve_oxigraph,
    sparql_url,
    start,
    stop,
    timed_fetch,
    versions,
    wait_for_ok,
    wrk,
)

BUILT_PORT = PORTS["ours"]  # the port in the base URI bench/run.py builds its stores with
UP_WITHIN = 3600  # seconds a server may take to start: ~9 minutes at 10 M triples, more beside the peer's load


def sample(url: str, base: str) -> list[str]:
    """500 different things of our data, seeded, as ``bench/run.py`` samples them (IRIs minted under ``base``)."""
    query = (f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), \"{base}/id/\")) }} "
             f"ORDER BY ?s LIMIT 200000")
    rows = json.loads(fetch(sparql_url(f"{url}/sparql", query)))["results"]["bindings"]
    found = sorted(r["s"]["value"] for r in rows)
    return random.Random(5).sample(found, min(SAMPLE, len(found)))


def sample_of_export(nt: Path, base: str) -> list[str]:
    """What ``sample`` draws, read from the N-Triples export instead of asked of a server: the subjects typed
    with ``rdf:type`` under ``base/id/``, sorted, the first 200,000, 500 of them seeded (at 10 M the query took
    minutes on the server being measured, whose worker then kept its heap)."""
    start, typed = f"<{base}/id/", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    found = set()
    with nt.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(start):
                subject, predicate, _ = line.split(" ", 2)
                if predicate == typed:
                    found.add(subject[1:-1])
    first = sorted(found)[:200000]
    return random.Random(5).sample(first, min(SAMPLE, len(first)))


def sampled(folder: Path, url: str, base: str) -> list[str]:
    """The sample of ``folder``'s data, drawn once and kept in ``folder/subjects.txt``: the sampling query (an
    ORDER BY over 200,000 rows, minutes on a busy machine at 4 M triples) then runs on no measured server,
    whose worker would keep its heap (bench/README.md, 4.14 M run 2)."""
    kept = folder / "subjects.txt"
    if not kept.exists():
        kept.write_text("".join(f"{s}\n" for s in sample(url, base)))
    return kept.read_text().split()


def serve(folder: Path, mode: str, subjects: list[str] | None, seconds: int, workers: int,
          settle: subprocess.Popen | None = None, code: str | None = None) -> tuple[dict, list[str]]:
    """Our server on ``folder/store`` with ``--replica mode`` and ``workers`` query workers: memory, computed
    load, analytic queries. It listens on its own port; the IRIs keep the base the store was built with
    (``bench/run.py``'s). Nothing is measured before ``settle`` (the peer's store being loaded) has ended.
    ``code``: the checkout the server runs from (PYTHONPATH), to measure a change against the code before it."""
    url, base = f"http://127.0.0.1:{PORTS['ours']}", f"http://127.0.0.1:{BUILT_PORT}"
    started = time.perf_counter()
    count = ["--query-workers", str(workers)] if workers else []  # 0: the server's own default
    env = {**os.environ, "PYTHONPATH": code} if code else None
    server = start([str(PROJECT_PY), "-m", "publisher.cli", "serve", "--store", str(folder / "store"), "--port",
                    str(PORTS["ours"]), "--client-queries", "0", "--query-timeout", "120", "--log-level", "warning",
                    "--replica", mode, *count], f"{url}/health", folder / f"serve-{mode}.log", UP_WITHIN,
                   cwd=folder, env=env)
    try:
        # the start-up work is over before anything is measured (the dumps of this data version are built by
        # the first server and kept: not what is measured here, and ~5 minutes of a loaded machine at 1 M)
        wait_for_ok(f"{url}/dumps/", UP_WITHIN)
        fetch(f"{url}/void", "text/turtle")
        found: dict = {"ready_seconds": round(time.perf_counter() - started, 1), "query_workers": workers,
                       "code": code or "this checkout"}
        if settle is not None and settle.wait() != 0:
            raise SystemExit("loading oxigraph serve's store failed")
        subjects = subjects or sampled(folder, url, base)
        found["memory_idle"] = memory(server.pid)
        log(f"{mode}: up in {found['ready_seconds']} s, {found['memory_idle']}")
        select = [sparql_url("/sparql", f"SELECT ?p ?o WHERE {{ <{s}> ?p ?o }}") for s in subjects]
        docs = [s.removeprefix(base).replace("/id/", "/doc/", 1) + ".ttl" for s in subjects]
        for name, paths, accept in (("sparql_select_computed", select, "application/sparql-results+json"),
                                    ("doc_turtle_computed", docs, "text/turtle")):
            for connections in (1, 16):
                figure = f"{name}_c{connections}"
                found[figure] = asdict(wrk(url, paths, accept, connections, seconds, folder, "no-cache"))
                log(f"{mode} {figure}: {found[figure]}")
        found["analytic_ms"] = {name: best_of([timed_fetch(sparql_url(f"{url}/sparql", q)) for _ in range(3)])
                                for name, q in ANALYTIC.items()}
        found["memory_loaded"] = memory(server.pid)
        log(f"{mode}: analytic {found['analytic_ms']}, after the load {found['memory_loaded']}")
        return found, subjects
    finally:
        stop(server)


def direct(nt: Path, location: Path) -> dict:
    """pyoxigraph in this process on the same triples: in memory, and on disk (the store ``oxigraph load`` wrote)."""
    import pyoxigraph as ox

    found: dict = {}
    for where in ("disk", "memory"):
        if where == "memory":
            store = ox.Store()
            store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        else:
            store = ox.Store.read_only(str(location))
        found[where] = {}
        for name, query in ANALYTIC.items():
            found[where][name] = best_query_ms(store, query)
        del store
    log(f"pyoxigraph direct: {found}")
    return found


def table(result: dict) -> str:
    """The figures of one size as the Markdown table bench/README.md shows (``--report``)."""
    per_million = 1e6 / result["triples"]
    rows = ["| server | PSS up, MiB (per M triples) | PSS after the load (per M) | `/sparql` computed c1 / c16 "
            "req/s | `/doc/` computed c1 / c16 req/s | GROUP BY ms | text filter ms |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for found in result["runs"]:
        idle, loaded = found["memory_idle"]["tree_pss_mib"], found["memory_loaded"]["tree_pss_mib"]
        analytic = list(found["analytic_ms"].values())
        workers = found.get("query_workers", 0)
        label = f"`--replica {found['mode']}`" + (f", {workers} workers" if workers else "")
        label += ", code before the change" if found.get("code", "this checkout") != "this checkout" else ""
        rows.append(f"| ours, {label} | {idle:,.0f} ({idle * per_million:,.0f}) | {loaded:,.0f} "
                    f"({loaded * per_million:,.0f}) | {found['sparql_select_computed_c1']['requests_per_s']:,.0f} / "
                    f"{found['sparql_select_computed_c16']['requests_per_s']:,.0f} | "
                    f"{found['doc_turtle_computed_c1']['requests_per_s']:,.0f} / "
                    f"{found['doc_turtle_computed_c16']['requests_per_s']:,.0f} | {analytic[0]:.1f} | "
                    f"{analytic[1]:.1f} |")
    peer = result.get("oxigraph")
    if peer is not None:
        rows.append(f"| oxigraph serve-read-only (same SELECTs) | {peer['memory']['tree_pss_mib']:,.0f} | – | "
                    f"{peer['sparql_select_c1']['requests_per_s']:,.0f} / "
                    f"{peer['sparql_select_c16']['requests_per_s']:,.0f} | – | – | – |")
    for where, found in result["pyoxigraph_direct_ms"].items():
        analytic = list(found.values())
        rows.append(f"| pyoxigraph direct, {'in memory' if where == 'memory' else 'on disk (read-only)'} | – | – | – "
                    f"| – | {analytic[0]:.1f} | {analytic[1]:.1f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, required=True, help="the size to measure (WORK/N)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/council-lod-bench"))
    parser.add_argument("--modes", nargs="+", default=["memory", "disk", "memory", "disk"], choices=("memory", "disk"),
                        help="servers measured, in this order (default: each mode twice, alternating)")
    parser.add_argument("--query-workers", type=int, nargs="+", default=[0],
                        help="query workers of each server in --modes' order (one value: every server; 0: the "
                             "server's default, which code from before the option has: 4)")
    parser.add_argument("--code", nargs="+", default=[""],
                        help="PYTHONPATH of each server in --modes' order, e.g. a checkout of the code before a "
                             "change ('' : this one; one value: every server)")
    parser.add_argument("--seconds", type=int, default=10, help="duration of each wrk run")
    parser.add_argument("--sample-from-export", action="store_true",
                        help="draw the 500 subjects from the N-Triples export, not with a query to our first server")
    parser.add_argument("--without-oxigraph-serve", action="store_true",
                        help="no oxigraph serve peer (its store takes ~15 min to load at 10 M); pyoxigraph on disk "
                             "then reads our store")
    parser.add_argument("--port", type=int, default=18180, help="ours; oxigraph serve on the next one")
    parser.add_argument("--report", action="store_true", help="print the table of the size's results and stop")
    args = parser.parse_args(argv)
    if args.report:
        print(table(json.loads((RESULTS / f"replica-{args.triples}.json").read_text())))
        return 0
    PORTS.update(ours=args.port, oxigraph=args.port + 1)  # beside a bench/run.py that may be running
    folder = args.work / str(args.triples)
    nt, location = folder / "all.nt", folder / "oxigraph-db"
    if not nt.exists():
        log("exporting the default graph")
        run([str(PROJECT_PY), "-m", "publisher.cli", "export", "--format", "nt", "--store", str(folder / "store"),
             "-o", str(nt)], cwd=folder)
    result: dict = {"target_triples": args.triples, "triples": sum(1 for _ in nt.open("rb"))}
    if args.sample_from_export and not (folder / "subjects.txt").exists():
        subjects = sample_of_export(nt, f"http://127.0.0.1:{BUILT_PORT}")
        (folder / "subjects.txt").write_text("".join(f"{s}\n" for s in subjects))
    loading = None
    if args.without_oxigraph_serve:  # pyoxigraph on disk reads our own store then (its record graphs too)
        location = folder / "store"
    elif not location.exists():  # loaded while our first server starts (minutes at 10 M); measured after both
        log("loading oxigraph serve's store, beside our first server's start")
        loading = subprocess.Popen([str(BENCH_BIN / "oxigraph"), "load", "--location", str(location), "--file",
                                    str(nt)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = args.query_workers * len(args.modes) if len(args.query_workers) == 1 else args.query_workers
    subjects, result["runs"] = None, []
    codes = args.code * len(args.modes) if len(args.code) == 1 else args.code
    for mode, count, code in zip(args.modes, workers, codes, strict=True):  # a mode twice: the drift shows
        found, subjects = serve(folder, mode, subjects, args.seconds, count, loading, code)
        result["runs"].append({"mode": mode, **found})
    assert subjects is not None
    if not args.without_oxigraph_serve:
        result["oxigraph"] = serve_oxigraph(location, subjects, args.seconds, folder)
    result["pyoxigraph_on_disk_reads"] = str(location)
    result["pyoxigraph_direct_ms"] = direct(nt, location)
    result["versions"] = versions()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"replica-{args.triples}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    log(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
