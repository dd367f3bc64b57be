"""Tables and plot from ``bench/results/*.json``: ``bench/.venv/bin/python bench/report.py``.

Rewrites the part of ``bench/README.md`` between ``<!-- results -->`` and ``<!-- /results -->`` and draws
``bench/scaling.png`` (how ingest, dump build, memory and throughput grow with the data).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
START, END = "<!-- results -->", "<!-- /results -->"


def load() -> list[dict]:
    results = [json.loads(p.read_text()) for p in (HERE / "results").glob("*.json")
               if p.stem.isdigit()]  # bench/run.py's; replica-*.json are bench/replica.py's, tabled by it
    return sorted(results, key=lambda r: r["triples"])


def size(triples: int) -> str:
    return f"{triples / 1e6:.2f} M" if triples >= 1e6 else f"{triples / 1e3:.0f} k"


def load_row(name: str, entry: dict | None) -> str:
    if not entry:
        return f"| {name} | – | – | – |"
    if "load_1m" in entry:  # noted since the 10 M run: the machine is shared, only ratios within a run hold
        name += f" (load {entry['load_1m']:.1f})"
    return f"| {name} | {entry['requests_per_s']:,.0f} | {entry['p50_ms']:.2f} | {entry['p99_ms']:.2f} |"


def load_note(entry: dict) -> str:
    return f" (load {entry['load_1m']:.1f})" if "load_1m" in entry else ""


def ingest_how(ingest: dict) -> str:
    """One process, unless the store was built by a bulk ingest (``--reuse-store`` reads its command)."""
    command = ingest.get("command", "")
    if "--bulk" not in command:
        return "one process"
    workers = command.split("--workers", 1)[1].split()[0] if "--workers" in command else "?"
    return f"`--bulk --workers {workers}`, on a loaded machine, before this run"


def tables(results: list[dict]) -> str:
    out = []
    for r in results:
        ours, ox, rdfl = r["ours"], r.get("oxigraph", {}), r.get("rdflib", {})
        out += [f"### {size(r['triples'])} triples (`--triples {r['target_triples']:,}`: {r['triples']:,} in the "
                f"default graph, council register and vocabulary included)", "",
                "| load (wrk, 1 thread) | requests/s | p50 ms | p99 ms |", "|---|---:|---:|---:|"]
        for c in (1, 16):
            out += [load_row(f"ours `/sparql` SELECT by subject, c{c}", ours.get(f"sparql_select_c{c}")),
                    load_row(f"ours `/sparql`, every answer computed (no-cache), c{c}",
                             ours.get(f"sparql_select_computed_c{c}")),
                    load_row(f"oxigraph serve-read-only, same SELECTs, c{c}", ox.get(f"sparql_select_c{c}")),
                    load_row(f"rdflib-endpoint, same SELECTs, c{c}", rdfl.get(f"sparql_select_c{c}")),
                    load_row(f"ours `/doc/….ttl` (dereferencing), c{c}", ours.get(f"doc_turtle_c{c}")),
                    load_row(f"ours `/doc/….ttl`, computed (no-cache), c{c}", ours.get(f"doc_turtle_computed_c{c}")),
                    load_row(f"ours `/id/…` → 303, c{c}", ours.get(f"id_303_c{c}")),
                    load_row(f"ours `/id/…` → 303, computed (no-cache), c{c}", ours.get(f"id_303_computed_c{c}"))]
        ratios = []
        for label, figure in (("", "sparql_select_c16"), (" (every answer computed)", "sparql_select_computed_c16")):
            if figure not in ours:
                continue
            mine = ours[figure]["requests_per_s"]
            if ox:
                peer = ox["sparql_select_c16"]["requests_per_s"]
                ratios.append(f"ours{label} / oxigraph at c16: **{mine / peer:.2f}×** (target ≥ 0.5×)")
            if rdfl:
                peer = rdfl["sparql_select_c16"]["requests_per_s"]
                ratios.append(f"ours{label} / rdflib-endpoint at c16: **{mine / peer:.1f}×** (target ≥ 15×)")
        out += ["", "; ".join(ratios) + ".", "",
                "| analytic query | ours `/sparql` ms | pyoxigraph direct ms | ratio (target ≤ 1.5) |",
                "|---|---:|---:|---:|"]
        out += [f"| {name}{load_note(a)} | {a['ours_ms']} | {a['pyoxigraph_ms']} | {a['ratio']} |"
                for name, a in r["analytic"].items()]
        ingest, dump, mem = r["ingest"], r["dump"], r["memory"]
        per_m = 1e6 / r["triples"]
        out += ["", "| other | figure |", "|---|---|",
                f"| ingest (SHACL included, {ingest_how(ingest)}) | {ingest['records']} records in "
                f"{ingest['seconds']} s = **{ingest['records_per_s']} records/s** |",
                f"| dump build (ttl.gz + nt.gz + nq.gz + per council, SHA-256) | **{dump['build_seconds']} s** "
                + ("(built by the server's start-up before this run, kept and reused)" if dump.get("reused") else
                   f"(`publisher dump`, from the store on disk; wall time {dump['seconds']} s)"
                   + (f"; **{dump['server_build_seconds']} s** in the server, from its in-memory replica"
                      if "server_build_seconds" in dump else "")) + " |",
                f"| serving process RSS | {mem['rss_mib']} MiB = **{mem['rss_mib'] * per_m:.0f} MiB per million "
                f"triples** |",
                f"| serving process + {mem['processes'] - 1} query workers, PSS | {mem['tree_pss_mib']} MiB = "
                f"{mem['tree_pss_mib'] * per_m:.0f} MiB per million triples{load_note(mem)} |"]
        if "memory_loaded" in r:
            after = r["memory_loaded"]
            out.append(f"| the same after the load and the analytic queries, PSS | {after['tree_pss_mib']} MiB = "
                       f"{after['tree_pss_mib'] * per_m:.0f} MiB per million triples |")
        if ox:
            out.append(f"| oxigraph serve-read-only RSS | {ox['memory']['rss_mib']} MiB |")
        if rdfl:
            out.append(f"| rdflib-endpoint RSS (in-memory graph) | {rdfl['memory']['rss_mib']} MiB, loaded in "
                       f"{rdfl['load_seconds']} s |")
        out.append("")
    versions = results[-1]["versions"]
    out += ["### Versions and machine", "", "| | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in versions.items()]
    return "\n".join(out) + "\n"


def plot(results: list[dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [r["triples"] for r in results]
    fig, axes = plt.subplots(2, 2, figsize=(11, 8))
    panels = [
        ("requests/s at concurrency 16", [
            ("ours /sparql", [r["ours"]["sparql_select_c16"]["requests_per_s"] for r in results]),
            ("ours /sparql, computed", [r["ours"].get("sparql_select_computed_c16", {}).get("requests_per_s")
                                        for r in results]),
            ("ours /doc/ Turtle", [r["ours"]["doc_turtle_c16"]["requests_per_s"] for r in results]),
            ("ours /doc/ Turtle, computed", [r["ours"].get("doc_turtle_computed_c16", {}).get("requests_per_s")
                                             for r in results]),
            ("oxigraph serve-read-only", [r.get("oxigraph", {}).get("sparql_select_c16", {}).get("requests_per_s")
                                          for r in results]),
            ("rdflib-endpoint", [r.get("rdflib", {}).get("sparql_select_c16", {}).get("requests_per_s")
                                 for r in results])]),
        ("p99 latency at concurrency 16 (ms)", [
            ("ours /sparql", [r["ours"]["sparql_select_c16"]["p99_ms"] for r in results]),
            ("ours /sparql, computed", [r["ours"].get("sparql_select_computed_c16", {}).get("p99_ms")
                                        for r in results]),
            ("ours /doc/ Turtle", [r["ours"]["doc_turtle_c16"]["p99_ms"] for r in results]),
            ("oxigraph", [r.get("oxigraph", {}).get("sparql_select_c16", {}).get("p99_ms") for r in results])]),
        ("seconds", [
            ("ingest", [None if "--bulk" in r["ingest"].get("command", "") else r["ingest"]["seconds"]
                        for r in results]),
            ("ingest --bulk (10 M: 2 workers)", [r["ingest"]["seconds"] if "--bulk" in r["ingest"].get("command", "")
                                                 else None for r in results]),
            ("dump build", [r["dump"]["build_seconds"] for r in results])]),
        ("MiB resident", [
            ("ours, serving process RSS", [r["memory"]["rss_mib"] for r in results]),
            ("ours + query workers, PSS", [r["memory"]["tree_pss_mib"] for r in results]),
            ("oxigraph serve-read-only RSS", [r.get("oxigraph", {}).get("memory", {}).get("rss_mib")
                                              for r in results])]),
    ]
    for ax, (title, series) in zip(axes.flat, panels, strict=True):
        for label, ys in series:
            points = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
            if points:
                ax.plot(*zip(*points, strict=True), marker="o", label=label)
        ax.set_xscale("log")
        if title.startswith(("requests", "p99")):
            ax.set_yscale("log")  # cached and computed answers differ tenfold
        ax.set_title(title)
        ax.set_xlabel("triples")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Council LOD Publisher: how the figures grow with the data (loopback, 2 cores)")
    fig.tight_layout()
    fig.savefig(HERE / "scaling.png", dpi=90)


def main() -> None:
    results = load()
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    readme.write_text(f"{head}{START}\n{tables(results)}{END}{tail}", encoding="utf-8")
    plot(results)


if __name__ == "__main__":
    main()
