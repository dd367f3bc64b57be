"""Benchmarks on loopback, same data, same run: ``python bench/run.py --triples 10000 100000 1000000``.

For each size it generates the records (``bench/generate.py``), then measures

- **ingest** (``publisher ingest``, SHACL included): records per second, on one core (ingest is one process);
- **dump build** (``publisher dump``: Turtle, N-Triples, N-Quads, per council, gzipped, SHA-256);
- **load** with ``wrk`` (one client thread, a fixed duration, each request a different URL from a list of 500),
  at concurrency 1 and 16: our ``/sparql`` (a SELECT by subject) and our dereferencing (``/doc/….ttl``, and the
  ``/id/…`` 303), against ``oxigraph serve-read-only`` (the reference limit: the same engine in Rust, no Python)
  and ``rdflib-endpoint`` (the Python peer) answering the same SELECTs on the same triples;
- **analytic queries** (decisions per committee with GROUP BY, a text filter over all minutes): our ``/sparql``,
  best of three, against pyoxigraph used directly on the same triples in memory (best of three);
- **memory**: resident memory of the serving process and, shared pages counted once (PSS), of it and its
  query workers, per million triples.

Results go to ``bench/results/{triples}.json``; ``bench/report.py`` turns them into the tables of
``bench/README.md`` and ``bench/scaling.png``. The peers run from ``bench/.venv`` (``python3 -m venv bench/.venv &&
bench/.venv/bin/pip install 'rdflib-endpoint[cli]' uvicorn matplotlib oxigraph``), never from the project's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROJECT_PY = ROOT / ".venv" / "bin" / "python"
BENCH_BIN = HERE / ".venv" / "bin"
RESULTS = HERE / "results"
CL = "https://w3id.org/council-lod/def#"
PORTS = {"ours": 18080, "oxigraph": 18081, "rdflib": 18082}
SAMPLE = 500
ANALYTIC = {
    "decisions per committee (GROUP BY)":
        f"PREFIX cl: <{CL}> SELECT ?committee (COUNT(?d) AS ?n) WHERE {{ ?d a cl:Decision ; cl:decisionMaker "
        f"?committee }} GROUP BY ?committee ORDER BY DESC(?n) ?committee",
    "text filter over all minutes":
        f'PREFIX cl: <{CL}> SELECT (COUNT(?item) AS ?n) WHERE {{ ?item cl:minutes ?text '
        f'FILTER(CONTAINS(LCASE(STR(?text)), "air quality")) }}',
}
WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local headers = {["Accept"] = os.getenv("BENCH_ACCEPT")}
if os.getenv("BENCH_CACHE_CONTROL") ~= "" then headers["Cache-Control"] = os.getenv("BENCH_CACHE_CONTROL") end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %d, "seconds": %f, "errors": %d, "p50_ms": %f, "p99_ms": %f}\\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


@dataclass
class Load:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(command: list[str], **options: object) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, text=True, **options)  # type: ignore[call-overload]


def timed(command: list[str], **options: object) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    done = run(command, **options)
    return time.perf_counter() - started, done


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 900) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not come up in {seconds} s")


def wait_for_ok(url: str, seconds: float = 900) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except OSError:  # HTTPError (503 while building) included
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer 200 in {seconds} s")


def start(command: list[str], ready: str, logfile: Path, within: float = 900, **options: object) -> subprocess.Popen:
    out = logfile.open("wb")
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                               **options)  # type: ignore[call-overload]
    wait_until_up(ready, process, within)
    return process


def stop(process: subprocess.Popen) -> None:
    """Stop a server we started, and its children (our query workers), by its process group."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wrk(base: str, paths: list[str], accept: str, connections: int, seconds: int, work: Path,
        cache_control: str = "") -> Load:
    """wrk, one thread, ``connections`` connections, cycling through ``paths``."""
    script, listing = work / "bench.lua", work / "paths.txt"
    script.write_text(WRK_SCRIPT)
    listing.write_text("\n".join(paths) + "\n")
    env = {**os.environ, "BENCH_PATHS": str(listing), "BENCH_ACCEPT": accept, "BENCH_CACHE_CONTROL": cache_control}
    done = run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script), base],
               env=env)
    found = json.loads(done.stdout.split("RESULT ", 1)[1].splitlines()[0])
    return Load(round(found["requests"] / found["seconds"], 1), round(found["p50_ms"], 2), round(found["p99_ms"], 2),
                found["requests"], found["errors"])


def memory(pid: int) -> dict[str, float]:
    """MiB resident: the process (RSS), and it with its children counted by PSS (shared pages split)."""
    def children(p: int) -> list[int]:
        found = []
        for task in Path(f"/proc/{p}/task").iterdir():
            text = (task / "children").read_text().split()
            found += [int(c) for c in text]
        return found + [g for c in found for g in children(c)]

    def field(p: int, name: str, source: str) -> float:
        text = Path(f"/proc/{p}/{source}").read_text()
        return int(re.search(rf"^{name}:\s+(\d+) kB", text, re.M).group(1)) / 1024  # type: ignore[union-attr]

    tree = [pid, *children(pid)]
    return {"rss_mib": round(field(pid, "VmRSS", "status"), 1),
            "tree_pss_mib": round(sum(field(p, "Pss", "smaps_rollup") for p in tree), 1), "processes": len(tree)}


def best_of(seconds: list[float]) -> float:
    return round(min(seconds) * 1000, 1)


def best_query_ms(store: Any, query: str, repeats: int = 3) -> float:
    """A query run ``repeats`` times on a pyoxigraph store in this process, every row read: the best time, ms."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        list(store.query(query))
        times.append(time.perf_counter() - started)
    return best_of(times)


def fetch(url: str, accept: str = "application/sparql-results+json") -> bytes:
    """The answer, computed: ``no-cache`` asks our server not to replay a kept answer (publisher/web/cache.py)."""
    headers = {"Accept": accept, "Cache-Control": "no-cache"}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=600) as answer:
        return answer.read()


def sparql_url(endpoint: str, query: str) -> str:
    return endpoint + "?" + urllib.parse.urlencode({"query": query})


def ingest(data: Path, store: Path, base: str) -> None:
    """``publisher ingest`` into a new store, timed; the figures go to ``ingest.json`` beside it."""
    folder = store.parent
    for old in (store, folder / "history", folder / "dumps"):  # the store and what was derived from it
        shutil.rmtree(old, ignore_errors=True)
    log("ingesting")
    took, done = timed([str(PROJECT_PY), "-m", "publisher.cli", "ingest", str(data), "--store", str(store),
                        "--base-uri", base], cwd=folder)
    landed = int(re.search(r"(\d+) records landed", done.stdout).group(1))  # type: ignore[union-attr]
    figures = {"seconds": round(took, 1), "records": landed, "records_per_s": round(landed / took, 1),
               "summary": done.stdout.strip()}
    (folder / "ingest.json").write_text(json.dumps(figures, indent=2))


def reingest(triples: int, work: Path) -> None:
    """``--ingest-only``: ingest a size afresh and put the new figures into its results, the others kept."""
    folder = work / f"{triples}"
    ingest(folder / "data", folder / "store", f"http://127.0.0.1:{PORTS['ours']}")
    path = RESULTS / f"{triples}.json"
    result = json.loads(path.read_text())
    result["ingest"] = json.loads((folder / "ingest.json").read_text())
    path.write_text(json.dumps(result, indent=2) + "\n")
    log(f"ingest: {result['ingest']}")


def prepare(folder: Path, result: dict) -> None:
    """Generate, ingest, build the dumps and export the N-Triples of a size, timing ingest and dump build."""
    data, store = folder / "data", folder / "store"
    base = f"http://127.0.0.1:{PORTS['ours']}"
    if not data.exists():
        triples = result["target_triples"]
        log(f"generating {triples} triples")
        result["generator"] = run([str(PROJECT_PY), str(HERE / "generate.py"), "--triples", str(triples),
                                   "--out", str(data)]).stdout.strip()
    if not store.exists():
        ingest(data, store, base)
    result["ingest"] = json.loads((folder / "ingest.json").read_text())
    log(f"ingest: {result['ingest']}")
    publisher = [str(PROJECT_PY), "-m", "publisher.cli"]
    log("building the dumps")
    shutil.rmtree(folder / "dumps", ignore_errors=True)  # else `publisher dump` keeps the set it built before
    took, done = timed([*publisher, "dump", "--store", str(store), "--base-uri", base], cwd=folder)
    manifest = json.loads(next((store.parent / "dumps").glob("*/manifest.json")).read_text())
    result["dump"] = {"seconds": round(took, 1), "build_seconds": manifest["seconds"],
                      "files": {f["name"]: f["size"] for f in manifest["files"] if f["scope"] == "council-lod"}}
    log(f"dump: {result['dump']['build_seconds']} s")
    nt = folder / "all.nt"
    if not nt.exists():
        run([*publisher, "export", "--format", "nt", "--store", str(store), "-o", str(nt)], cwd=folder)
    shutil.rmtree(folder / "dumps", ignore_errors=True)  # the server builds its own set, from its replica


def reuse(folder: Path, result: dict, ingest_log: Path | None) -> None:
    """``--reuse-store``: a size ingested, exported and dumped before (hours at 10 M) is measured as it stands.
    Ingest comes from ``ingest.json`` or from the ``/usr/bin/time -v`` log of the ingest that built the store;
    the dump build from the kept dumps' manifest (built by a server's start-up, which keeps them)."""
    if (folder / "ingest.json").exists():
        result["ingest"] = json.loads((folder / "ingest.json").read_text())
    else:
        text = (ingest_log or folder / "ingest.log").read_text()
        landed = int(re.search(r"(\d+) records landed", text).group(1))  # type: ignore[union-attr]
        clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)",
                          text).group(1)  # type: ignore[union-attr]
        took = sum(float(part) * 60 ** i for i, part in enumerate(reversed(clock.split(":"))))
        command = re.search(r'Command being timed: "(.*)"', text)
        result["ingest"] = {"seconds": round(took, 1), "records": landed, "records_per_s": round(landed / took, 1),
                            "summary": text.splitlines()[0].strip(), "command": command.group(1) if command else "",
                            "reused": True}
    manifest = json.loads(next((folder / "dumps").glob("*/manifest.json")).read_text())
    result["dump"] = {"seconds": None, "build_seconds": manifest["seconds"], "reused": True,
                      "files": {f["name"]: f["size"] for f in manifest["files"] if f["scope"] == "council-lod"}}
    log(f"reused: ingest {result['ingest']['seconds']} s, dump build {manifest['seconds']} s")


def load_average() -> float:
    """The 1-minute load average, noted with each figure: the machine is shared, only ratios within a run hold."""
    return round(os.getloadavg()[0], 2)


def await_pid(pid: int) -> None:
    """Wait for a process this one did not start (e.g. an ``oxigraph load`` begun by hand) to end."""
    while Path(f"/proc/{pid}").exists():
        time.sleep(2)


def bench_size(triples: int, work: Path, seconds: int, peers: bool, reused: bool = False,
               ingest_log: Path | None = None, loading_pid: int | None = None) -> dict:
    folder = work / f"{triples}"
    store, nt = folder / "store", folder / "all.nt"
    base = f"http://127.0.0.1:{PORTS['ours']}"
    publisher = [str(PROJECT_PY), "-m", "publisher.cli"]
    result: dict = {"target_triples": triples}
    if reused:
        reuse(folder, result, ingest_log)
    else:
        prepare(folder, result)
    result["triples"] = sum(1 for _ in nt.open("rb"))
    location, loading = folder / "oxigraph-db", None
    if peers and not location.exists() and loading_pid is None:  # loaded while our server starts (minutes at 10 M)
        loading = subprocess.Popen([str(BENCH_BIN / "oxigraph"), "load", "--location", str(location), "--file",
                                    str(nt)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    begun = time.perf_counter()
    ours = start([*publisher, "serve", "--store", str(store), "--port", str(PORTS["ours"]), "--base-uri", base,
                  "--client-queries", "0", "--query-timeout", "120", "--log-level", "warning"],
                 f"{base}/health", folder / "serve.log", within=3600, cwd=folder)
    try:
        wait_for_ok(f"{base}/dumps/", 3600)  # the start-up dump build is over (503 until then)
        fetch(f"{base}/void", "text/turtle")  # and the VoID statistics (a /void request waits for them): nothing
        # else competes with the load
        built = json.loads(next((folder / "dumps").glob("*/manifest.json")).read_text())
        result["dump"]["server_build_seconds"] = built["seconds"]
        result["server_ready_seconds"] = round(time.perf_counter() - begun, 1)
        if loading is not None and loading.wait() != 0:
            raise SystemExit("loading oxigraph serve's store failed")
        if loading_pid is not None:
            await_pid(loading_pid)
        subjects = kept_subjects(folder, base) if reused else sample_subjects(base)
        result["memory"] = {**memory(ours.pid), "load_1m": load_average()}
        result["ours"] = load_ours(base, subjects, seconds, folder)
        result["analytic"] = {name: {"ours_ms": best_of([timed_fetch(sparql_url(f"{base}/sparql", q))
                                                          for _ in range(3)]), "load_1m": load_average()}
                              for name, q in ANALYTIC.items()}
        result["memory_loaded"] = {**memory(ours.pid), "load_1m": load_average()}
    finally:
        stop(ours)
    if peers:  # before the direct queries: at 10 M, loading pyoxigraph in memory takes minutes
        result["oxigraph"] = load_oxigraph(nt, subjects, seconds, folder)
        if not reused:  # rdflib-endpoint cannot hold a 10 M graph in memory here in any reasonable time
            result["rdflib"] = load_rdflib(nt, subjects, seconds, folder)
    direct_analytics(nt, result)
    result["versions"] = versions()
    return result


def timed_fetch(url: str) -> float:
    started = time.perf_counter()
    fetch(url)
    return time.perf_counter() - started


def kept_subjects(folder: Path, base: str) -> list[str]:
    """The sample kept in ``folder/subjects.txt`` (bench/replica.py draws it once, from the export at 10 M)."""
    from replica import sampled  # bench/ is not a package; replica imports this module

    return sampled(folder, base, base)


def sample_subjects(base: str) -> list[str]:
    """500 different things of our data (meetings, items, decisions, votes, people …), seeded."""
    query = (f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), \"{base}/id/\")) }} "
             f"ORDER BY ?s LIMIT 200000")
    rows = json.loads(fetch(sparql_url(f"{base}/sparql", query)))["results"]["bindings"]
    found = sorted(r["s"]["value"] for r in rows)
    return random.Random(5).sample(found, min(SAMPLE, len(found)))


def by_subject(iri: str) -> str:
    return f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}"


def load_ours(base: str, subjects: list[str], seconds: int, work: Path) -> dict:
    select = [sparql_url("/sparql", by_subject(s)) for s in subjects]
    docs = [s.removeprefix(base).replace("/id/", "/doc/", 1) + ".ttl" for s in subjects]
    ids = [s.removeprefix(base) for s in subjects]
    found = {}
    for name, paths, accept in (("sparql_select", select, "application/sparql-results+json"),
                                ("doc_turtle", docs, "text/turtle"), ("id_303", ids, "text/turtle")):
        # as clients get them (a repeated request is replayed from the answer cache), and every one computed
        for suffix, cache_control in (("", ""), ("_computed", "no-cache")):
            for connections in (1, 16):
                figure = f"{name}{suffix}_c{connections}"
                found[figure] = {**asdict(wrk(base, paths, accept, connections, seconds, work, cache_control)),
                                 "load_1m": load_average()}
                log(f"ours {figure}: {found[figure]}")
    return found


def direct_analytics(nt: Path, result: dict) -> None:
    """pyoxigraph in this process, in memory, on the same triples: the floor for our analytic queries."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    for name, query in ANALYTIC.items():
        entry = result["analytic"][name]
        entry["pyoxigraph_ms"] = best_query_ms(store, query)
        entry["ratio"] = round(entry["ours_ms"] / max(entry["pyoxigraph_ms"], 0.1), 2)
        entry["pyoxigraph_load_1m"] = load_average()
        log(f"analytic {name}: {entry}")


def load_oxigraph(nt: Path, subjects: list[str], seconds: int, work: Path) -> dict:
    location = work / "oxigraph-db"
    if not location.exists():
        run([str(BENCH_BIN / "oxigraph"), "load", "--location", str(location), "--file", str(nt)])
    return serve_oxigraph(location, subjects, seconds, work)


def start_oxigraph(location: Path, log: Path) -> subprocess.Popen:
    """``oxigraph serve-read-only`` on ``location``, at the peers' port, once it answers."""
    url = f"http://127.0.0.1:{PORTS['oxigraph']}"
    return start([str(BENCH_BIN / "oxigraph"), "serve-read-only", "--location", str(location), "--bind",
                  url.removeprefix("http://")], f"{url}/query?query=ASK%7B%7D", log)


def serve_oxigraph(location: Path, subjects: list[str], seconds: int, work: Path) -> dict:
    """``oxigraph serve-read-only`` on ``location`` under the SELECT load: its memory and its figures."""
    url = f"http://127.0.0.1:{PORTS['oxigraph']}"
    server = start_oxigraph(location, work / "oxigraph.log")
    try:
        return {"memory": memory(server.pid), **load_peer("oxigraph", url, "/query", subjects, seconds, work)}
    finally:
        stop(server)


def load_rdflib(nt: Path, subjects: list[str], seconds: int, work: Path) -> dict:
    url = f"http://127.0.0.1:{PORTS['rdflib']}"
    started = time.perf_counter()
    server = start([str(BENCH_BIN / "rdflib-endpoint"), "serve", str(nt), "--host", "127.0.0.1", "--port",
                    str(PORTS["rdflib"])], f"{url}/?query=ASK%7B%7D", work / "rdflib.log")
    try:
        return {"load_seconds": round(time.perf_counter() - started, 1), "memory": memory(server.pid),
                **load_peer("rdflib-endpoint", url, "/", subjects, seconds, work)}
    finally:
        stop(server)


def load_peer(name: str, url: str, endpoint: str, subjects: list[str], seconds: int, work: Path) -> dict:
    """The same SELECT-by-subject load as ours, sent to a peer's SPARQL ``endpoint``, at c1 and c16."""
    paths = [sparql_url(endpoint, by_subject(s)) for s in subjects]
    found = {}
    for connections in (1, 16):
        found[f"sparql_select_c{connections}"] = {**asdict(wrk(url, paths, "application/sparql-results+json",
                                                               connections, seconds, work)),
                                                  "load_1m": load_average()}
        log(f"{name} c{connections}: {found[f'sparql_select_c{connections}']}")
    return found


def versions() -> dict[str, str]:
    def out(command: list[str]) -> str:
        """The first line a tool prints about itself (``wrk -v`` prints it and exits 1)."""
        try:
            done = subprocess.run(command, capture_output=True, text=True)
            return (done.stdout + done.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "absent"

    pip = run([str(PROJECT_PY), "-m", "pip", "list", "--format", "json"]).stdout
    ours = {p["name"].lower(): p["version"] for p in json.loads(pip)}
    peers = {p["name"].lower(): p["version"] for p in json.loads(run(
        [str(BENCH_BIN / "python"), "-m", "pip", "list", "--format", "json"]).stdout)}
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return {"python": platform.python_version(), "pyoxigraph": ours.get("pyoxigraph", "?"),
            "uvicorn": ours.get("uvicorn", "?"), "uvloop": ours.get("uvloop", "?"),
            "httptools": ours.get("httptools", "?"), "fastapi": ours.get("fastapi", "?"),
            "pyshacl": ours.get("pyshacl", "?"), "oxigraph server": peers.get("oxigraph", "?"),
            "rdflib-endpoint": peers.get("rdflib-endpoint", "?"), "rdflib (peer)": peers.get("rdflib", "?"),
            "wrk": out(["wrk", "-v"]), "cpu": f"{cpu}, {os.cpu_count()} cores",
            "memory": f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB",
            "kernel": platform.release()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/council-lod-bench"),
                        help="where data, stores and logs go (kept between runs: data and stores are reused)")
    parser.add_argument("--seconds", type=int, default=10, help="duration of each wrk run")
    parser.add_argument("--no-peers", action="store_true", help="measure only our server")
    parser.add_argument("--ingest-only", action="store_true",
                        help="re-measure ingest alone (into a new store), keeping a size's other results")
    parser.add_argument("--reuse-store", action="store_true",
                        help="measure WORK/N as it stands (store, all.nt, dumps, subjects.txt): no generation, "
                             "ingest, dump build or export; ingest figures from ingest.json or --ingest-log")
    parser.add_argument("--ingest-log", type=Path,
                        help="with --reuse-store: the `/usr/bin/time -v` log of the ingest (default WORK/N/ingest.log)")
    parser.add_argument("--await-pid", type=int,
                        help="an `oxigraph load` into WORK/N/oxigraph-db already running: measure after it ends")
    args = parser.parse_args(argv)
    if args.ingest_only:
        for triples in args.triples:
            reingest(triples, args.work)
        return 0
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")
    RESULTS.mkdir(exist_ok=True)
    for triples in args.triples:
        args.work.mkdir(parents=True, exist_ok=True)
        result = bench_size(triples, args.work, args.seconds, not args.no_peers, args.reuse_store,
                            args.ingest_log, args.await_pid)
        (RESULTS / f"{triples}.json").write_text(json.dumps(result, indent=2) + "\n")
        log(f"written {RESULTS / f'{triples}.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
