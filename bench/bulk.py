"""Bulk ingest against the per-record path, in one run: ``python bench/bulk.py DATA [DATA …] --work DIR``.

For each data folder (``bench/generate.py`` output), in turn: ``publisher ingest DATA --no-bulk`` (one
transaction per record), ``--bulk --workers 1`` (everything in one process, written in bulk) and ``--bulk
--workers 2`` (a pool of two worker processes), each into a new store, each a fresh process (imports and
worker start-up included). Records/s are the files of the run over the wall time; compare figures of one run
only (the machine is shared: ratios, not absolutes). CPU per record is the user and system time of the ingest
and every process under it (its workers), the figure a busy machine disturbs least; ``load`` is the load
average when the ingest ended. ``--configs`` picks some; ``--budget`` (seconds) stops
starting new ingests once spent. One JSON line per ingest on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = {"per-record": ["--no-bulk"], "bulk-1": ["--bulk", "--workers", "1"], "bulk-2": ["--bulk", "--workers", "2"]}


def record_files(data: Path) -> int:
    return sum(1 for p in data.rglob("*") if p.is_file() and not p.name.endswith(".source.txt"))


def tree_cpu(process: subprocess.Popen) -> float:
    """CPU seconds (user + system) of a process and every process under it, until it ends: each process's
    last figure read from /proc every 0.2 s. The bulk path's workers are the forkserver's children, which the
    ingest never waits for, so its resource usage would leave them out."""
    seen: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    while process.poll() is None:
        parents: dict[int, int] = {}
        spent: dict[int, float] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry.name)] = int(fields[1])
                spent[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
        for pid in spent:
            ancestor = pid
            while ancestor not in (process.pid, 0, 1) and ancestor in parents:
                ancestor = parents[ancestor]
            if ancestor == process.pid:
                seen[pid] = spent[pid]
        time.sleep(0.2)
    return sum(seen.values())


def ingest(data: Path, work: Path, config: str) -> dict:
    """One ``publisher ingest`` into a new store under ``work``, timed."""
    folder = work / f"{data.name}-{config}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, subprocess.Popen(
            [sys.executable, "-m", "publisher.cli", "ingest", str(data), "--store", str(folder / "store"),
             *CONFIGS[config]], cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL, text=True) as done:
        cpu = tree_cpu(done)
        out.seek(0)
        output = out.read()
    took = time.perf_counter() - started
    files = record_files(data)
    return {"data": data.name, "records": files, "config": config, "seconds": round(took, 1),
            "records_per_s": round(files / took, 1), "cpu_ms_per_record": round(cpu / files * 1000, 1),
            "load": round(os.getloadavg()[0], 1), "summary": output.strip().splitlines()[-1:],
            "exit": done.returncode}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--work", type=Path, required=True, help="folder for the stores (removed after each run)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help="which ingests, in order (default: all)")
    parser.add_argument("--budget", type=float, default=None, help="seconds after which no new ingest starts")
    args = parser.parse_args(argv)
    started = time.monotonic()
    for data in args.data:
        for config in args.configs.split(","):
            if args.budget is not None and time.monotonic() - started > args.budget:
                print(json.dumps({"data": data.name, "config": config, "skipped": "over the budget"}), flush=True)
                continue
            print(json.dumps(ingest(data, args.work, config)), flush=True)
            shutil.rmtree(args.work / f"{data.name}-{config}", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
