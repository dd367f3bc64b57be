"""The computed hot paths against ``oxigraph serve-read-only``, in one run: ``python bench/hot.py --triples 1000000``.

Issue 17 point 3 asks for two figures with every answer computed (``Cache-Control: no-cache``): ``/sparql``
SELECT-by-subject at c16 against oxigraph serve-read-only on the same triples, and ``/doc/….ttl`` at c16. This
measures only those (plus c1), alternating our server and oxigraph ``--rounds`` times, so that the ratio is
taken between figures of the same minute on a shared machine. It reuses what ``bench/run.py`` left in its work
folder (data, store, ``all.nt``, ``oxigraph-db``), building what is missing the same way; ``--profile`` records
our server under load with py-spy (``bench/.venv``) and prints where its time goes, by stage.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import urllib.request
from dataclasses import asdict
from pathlib import Path

from run import (
    BENCH_BIN,
    PORTS,
    PROJECT_PY,
    by_subject,
    ingest,
    log,
    run,
    sample_subjects,
    sparql_url,
    start,
    start_oxigraph,
    stop,
    wait_for_ok,
    wrk,
)

# Where a sampled stack's time is counted: the first of these found in it, innermost first
STAGES = (
    ("query worker round trip (pipe, pickle, wait)", ("pool.py",)),
    ("SPARQL text read and checked (query/check.py)", ("check.py",)),
    ("describe: index lookups (store/embedded.py)", ("embedded.py",)),
    ("Turtle writing (ox.serialize)", ("serialize (publisher/web/views/resources.py",)),
    ("lookup: the query run and its results written (query/results.py)", ("query/results.py",)),
    ("answer handler (views/resources.py, views/sparql.py)", ("views/resources.py", "views/sparql.py")),
    ("negotiation, validators (web/formats.py, web/http.py)", ("formats.py", "web/http.py", "web/site.py")),
    ("a sibling's own steps (web/siblings.py)", ("web/siblings.py",)),
    ("our middleware (lean route, cache, prefix, body limit)", ("web/hot.py", "web/cache.py", "web/prefix.py",
                                                               "web/app.py")),
    ("framework: routing, middleware, request, response (starlette, fastapi)", ("starlette/", "fastapi/")),
    ("HTTP server: parsing, transport (uvicorn, httptools)", ("uvicorn/", "httptools")),
    ("event loop (uvloop, asyncio)", ("uvloop", "asyncio/")),
)


def prepare(triples: int, work: Path) -> tuple[Path, Path, Path]:
    """The store, its N-Triples export and oxigraph's store of it: built once, reused by every later run."""
    folder = work / f"{triples}"
    data, store, nt, location = folder / "data", folder / "store", folder / "all.nt", folder / "oxigraph-db"
    if not data.exists():
        run([str(PROJECT_PY), str(Path(__file__).parent / "generate.py"), "--triples", str(triples), "--out",
             str(data)])
    if not store.exists():
        ingest(data, store, f"http://127.0.0.1:{PORTS['ours']}")
    if not nt.exists():
        run([str(PROJECT_PY), "-m", "publisher.cli", "export", "--format", "nt", "--store", str(store), "-o",
             str(nt)], cwd=folder)
    if not location.exists():
        run([str(BENCH_BIN / "oxigraph"), "load", "--location", str(location), "--file", str(nt)])
    return store, nt, location


BEFORE_PORT = 18083  # the server of ``--before``: the same base IRI, another port
FLOOR_PORT = 18084  # bench/floor.py


def serve_ours(store: Path, extra: list[str], port: int = PORTS["ours"],
               source: Path | None = None) -> subprocess.Popen:
    """Our server on ``store`` (its base IRI always on the ``ours`` port), from ``source`` if given."""
    base, here = f"http://127.0.0.1:{PORTS['ours']}", f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(source)} if source else None
    server = start([str(PROJECT_PY), "-m", "publisher.cli", "serve", "--store", str(store), "--port",
                    str(port), "--base-uri", base, "--client-queries", "0", "--query-timeout", "120",
                    "--log-level", "warning", *extra], f"{here}/health", store.parent / f"serve-{port}.log",
                   cwd=store.parent, env=env)
    wait_for_ok(f"{here}/dumps/")  # start-up work over: nothing competes with the load
    wait_for_ok(f"{here}/void")
    return server


PROCESSES_PORT = 18090  # + N: the server of ``--processes N``, on its own copy of the store


def loads(subjects: list[str], processes: tuple[int, ...] = ()) -> dict[str, tuple[str, list[str], str]]:
    """Each figure: the server, its paths, the Accept header."""
    base = f"http://127.0.0.1:{PORTS['ours']}"
    select = [sparql_url("/sparql", by_subject(s)) for s in subjects]
    docs = [s.removeprefix(base).replace("/id/", "/doc/", 1) + ".ttl" for s in subjects]
    several = {f"p{n}_{kind}": (f"p{n}", paths, accept) for n in processes
               for kind, paths, accept in (("sparql", select, "application/sparql-results+json"),
                                           ("doc", docs, "text/turtle"))}
    return {"ours_sparql": ("ours", select, "application/sparql-results+json"),
            "ours_doc": ("ours", docs, "text/turtle"), **several,
            "before_sparql": ("before", select, "application/sparql-results+json"),
            "before_doc": ("before", docs, "text/turtle"),
            "oxigraph_sparql": ("oxigraph", [sparql_url("/query", by_subject(s)) for s in subjects],
                                "application/sparql-results+json"),
            "floor": ("floor", docs, "text/turtle")}


def serve_floor(base: str, path: str, work: Path) -> subprocess.Popen:
    """``bench/floor.py`` answering every request with the body of one of our documents."""
    body = work / "floor-body.ttl"
    body.write_bytes(urllib.request.urlopen(base + path, timeout=60).read())
    url = f"http://127.0.0.1:{FLOOR_PORT}"
    return start([str(PROJECT_PY), str(Path(__file__).parent / "floor.py"), str(FLOOR_PORT), str(body)], url,
                 work / "floor.log")


def serve_several(store: Path, processes: tuple[int, ...], extra: list[str]) -> dict[int, subprocess.Popen]:
    """A server of ``--processes N`` for each N, each on its own copy of ``store`` (one owner per store; a
    copy is made once, beside it) and port ``PROCESSES_PORT + N``."""
    servers = {}
    for n in processes:
        copy = store.parent / f"store-p{n}" / "store"
        if not copy.exists():
            copy.parent.mkdir()
            for part in ("store", "history", "dumps", "search"):
                run(["cp", "-a", str(store.parent / part), str(copy.parent / part)])
        servers[n] = serve_ours(copy, [*extra, "--processes", str(n)], PROCESSES_PORT + n)
    return servers


def measure(store: Path, location: Path, rounds: int, seconds: int, extra: list[str],
            before: tuple[Path, Path] | None = None, floor: bool = False, processes: tuple[int, ...] = ()) -> dict:
    """``rounds`` × (ours: /sparql and /doc/ computed, the servers of ``--processes N`` likewise, the
    ``before`` server (a source tree, and a copy of the store for it to own) likewise, then oxigraph), at c1
    and c16."""
    ours, oxigraph = serve_ours(store, extra), start_oxigraph(location, location.parent / "oxigraph.log")
    older = serve_ours(before[1], extra, BEFORE_PORT, before[0]) if before else None
    several = serve_several(store, processes, extra)
    ports = {**PORTS, "before": BEFORE_PORT, "floor": FLOOR_PORT, **{f"p{n}": PROCESSES_PORT + n for n in several}}
    bare = None
    try:
        subjects = sample_subjects(f"http://127.0.0.1:{PORTS['ours']}")
        if floor:
            bare = serve_floor(f"http://127.0.0.1:{PORTS['ours']}", loads(subjects)["ours_doc"][1][0], store.parent)
        found: dict[str, list[dict]] = collections.defaultdict(list)
        for number in range(rounds):
            for name, (server, paths, accept) in loads(subjects, processes).items():
                if server == "before" and older is None or server == "floor" and bare is None:
                    continue
                for connections in (1, 16):
                    url = f"http://127.0.0.1:{ports[server]}"
                    cache = "no-cache" if server != "oxigraph" else ""
                    figure = asdict(wrk(url, paths, accept, connections, seconds, store.parent, cache))
                    figure["load_average"] = round(os.getloadavg()[0], 1)  # a shared machine: how shared
                    found[f"{name}_c{connections}"].append(figure)
                    log(f"round {number + 1} {name} c{connections}: {figure}")
        return summarise(found)
    finally:
        for server in (ours, oxigraph, older, bare, *several.values()):
            if server is not None:
                stop(server)


def summarise(found: dict[str, list[dict]]) -> dict:
    """Per figure: each round's requests/s and the median; the ratios taken round by round, then their median."""
    summary: dict = {name: {"requests_per_s": [f["requests_per_s"] for f in runs],
                            "median": statistics.median(f["requests_per_s"] for f in runs),
                            "p99_ms": [f["p99_ms"] for f in runs], "errors": sum(f["errors"] for f in runs)}
                     for name, runs in found.items()}
    for ours in ("ours", "before", *sorted({name.split("_")[0] for name in found if name.startswith("p")})):
        for c in (1, 16):
            if f"{ours}_sparql_c{c}" not in found:
                continue
            pairs = zip(found[f"{ours}_sparql_c{c}"], found[f"oxigraph_sparql_c{c}"], strict=True)
            ratios = [round(a["requests_per_s"] / b["requests_per_s"], 3) for a, b in pairs]
            summary[f"{ours}_sparql_vs_oxigraph_c{c}"] = {"per_round": ratios, "median": statistics.median(ratios)}
    return summary


def profile(store: Path, seconds: int, extra: list[str]) -> None:
    """py-spy on our server (and its query workers) while wrk loads one computed path at c16; time by stage."""
    ours = serve_ours(store, extra)
    try:
        subjects = sample_subjects(f"http://127.0.0.1:{PORTS['ours']}")
        for name, (_, paths, accept) in loads(subjects).items():
            if not name.startswith("ours"):
                continue
            raw = store.parent / f"profile-{name}.txt"
            spy = subprocess.Popen([str(py_spy()), "record", "--pid", str(ours.pid), "--subprocesses",
                                    "--format", "raw", "--rate", "500", "--nonblocking", "--duration",
                                    str(seconds), "--output", str(raw)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
            before, machine = cpu_seconds(ours.pid), machine_seconds()
            figure = wrk(f"http://127.0.0.1:{PORTS['ours']}", paths, accept, 16, seconds, store.parent, "no-cache")
            used = [after - then for after, then in zip(cpu_seconds(ours.pid), before, strict=True)]
            busy, idle = (after - then for after, then in zip(machine_seconds(), machine, strict=True))
            spy.wait()
            print(f"\n{name} c16 computed (under py-spy): {figure.requests_per_s} requests/s; CPU per request: "
                  f"server {1e6 * used[0] / figure.requests:.0f} µs, its children (query workers, other "
                  f"serving processes) {1e6 * used[1] / figure.requests:.0f} µs; cores used: ours "
                  f"{sum(used) / seconds:.2f}, the machine {busy / seconds:.2f} of {os.cpu_count()} "
                  f"(idle {idle / seconds:.2f}); load average {os.getloadavg()[0]:.1f}")
            print_stages(raw)
    finally:
        stop(ours)


def machine_seconds() -> tuple[float, float]:
    """CPU time of the whole machine so far, busy and idle (``/proc/stat``)."""
    fields = [int(f) for f in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK"), idle / os.sysconf("SC_CLK_TCK")


def py_spy() -> Path:
    """py-spy from the peers' venv (bench/.venv), else from the project's."""
    found = BENCH_BIN / "py-spy"
    return found if found.exists() else PROJECT_PY.parent / "py-spy"


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU time (user + system) of the server process and of its children (the query workers) so far."""
    def used(p: int) -> float:
        fields = Path(f"/proc/{p}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                for c in (task / "children").read_text().split()]
    return used(pid), sum(used(c) for c in children if Path(f"/proc/{c}").exists())


def print_stages(raw: Path) -> None:
    """Samples of the server process by stage, innermost stage first; the workers' samples on their own."""
    by_stage: collections.Counter[str] = collections.Counter()
    workers: collections.Counter[str] = collections.Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        frames = stack.split(";")
        in_worker = any(frame.startswith("_serve (publisher/query/pool.py") for frame in frames)
        stage = next((label for frame in reversed(frames) for label, marks in STAGES
                      if any(mark in frame for mark in marks)), "other")
        if in_worker:
            workers[_worker_stage(frames)] += int(count)
        else:
            by_stage[stage] += int(count)
    total = sum(by_stage.values()) or 1
    print(f"  server process: {total} samples")
    for stage, count in by_stage.most_common():
        print(f"    {100 * count / total:5.1f} %  {stage}")
    if workers:
        print(f"  query workers: {sum(workers.values())} samples")
        for stage, count in workers.most_common(6):
            print(f"    {count:6d}  {stage}")


def _worker_stage(frames: list[str]) -> str:
    for frame in reversed(frames):
        for mark in ("_select", "write_solutions", "run (publisher", "_read_frame", "_write_frame", "pickle"):
            if mark in frame:
                return frame
    return frames[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/council-lod-bench"))
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="py-spy our server instead of measuring")
    parser.add_argument("--serve", nargs=argparse.REMAINDER, default=[], help="more options for publisher serve")
    parser.add_argument("--out", type=Path, help="write the figures here (JSON)")
    parser.add_argument("--floor", action="store_true", help="also measure bench/floor.py: a bare uvicorn app "
                        "answering one fixed document, the most one Python process serves here")
    parser.add_argument("--before", type=Path, nargs=2, metavar=("SOURCE", "STORE"),
                        help="also measure the publisher of another source tree (e.g. `git archive` of the commit "
                             "before) on its own copy of the store, in the same rounds")
    parser.add_argument("--processes", type=int, nargs="+", default=[], metavar="N",
                        help="also measure `publisher serve --processes N` for each N (each on its own copy of the "
                             "store), in the same rounds")
    args = parser.parse_args(argv)
    store, _, location = prepare(args.triples, args.work)
    if args.profile:
        profile(store, args.seconds, args.serve)
        return 0
    summary = measure(store, location, args.rounds, args.seconds, args.serve, args.before, args.floor,
                      tuple(args.processes))
    print(json.dumps(summary, indent=2))
    if args.out:
        args.out.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
