#!/usr/bin/env bash
# The publisher on each store, on loopback, the same records and the same load:
#
#   bench/remote.sh RECORDS_DIR [STORES...]      STORES: embedded oxigraph virtuoso (default: all three)
#
# For each store, in turn: a new empty store (the embedded one on disk; `oxigraph serve` on disk, PyPI's,
# default-graph=maintained; Virtuoso from scripts/virtuoso-serve, default-graph=union), `publisher ingest
# RECORDS_DIR` into it, timed; `publisher serve` on it; wrk (one thread, SECONDS_EACH s) on /sparql (SELECT by
# subject) and /doc/ (Turtle) at concurrency 1 and 16 over the same 500 subjects, every request computed
# (Cache-Control: no-cache), p50 and p99 from wrk --latency. Stops what it started. PY names the Python with
# the publisher installed (default .venv/bin/python; the checkout is put first on PYTHONPATH).
set -euo pipefail

DATA=$(cd "${1:?usage: bench/remote.sh RECORDS_DIR [embedded|oxigraph|virtuoso ...]}" && pwd)
shift
STORES=("$@")
[ $# -eq 0 ] && STORES=(embedded oxigraph virtuoso)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
export PYTHONPATH=$ROOT${PYTHONPATH:+:$PYTHONPATH}
WORK=${WORK:-/tmp/council-lod-remote-bench}
SECONDS_EACH=${SECONDS_EACH:-10}
PORT=${PORT:-18890}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 3; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }
trap cleanup EXIT
now() { date +%s.%N; }

cat >"/tmp/council-lod-bench.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local accept = os.getenv("BENCH_ACCEPT")
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], {["Accept"] = accept, ["Cache-Control"] = "no-cache"})
end
LUA

for kind in "${STORES[@]}"; do
    rm -rf "$WORK/$kind" && mkdir -p "$WORK/$kind"
    cd "$WORK/$kind"
    case $kind in
        embedded) STORE="$WORK/$kind/store" ;;
        oxigraph)
            "$(dirname "$PY")/oxigraph" serve --location "$WORK/$kind/oxigraph" --bind "127.0.0.1:$PORT" \
                >oxigraph.log 2>&1 &
            pids+=($!)
            for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/query?query=ASK%7B%7D" >/dev/null && break; sleep 0.1; done
            STORE="sparql+http://127.0.0.1:$PORT/" ;;
        virtuoso)
            started=$(now)
            "$ROOT/scripts/virtuoso-serve" "$WORK/$kind/virtuoso" "$PORT" >virtuoso.log 2>&1 &
            pids+=($!)
            for _ in $(seq 1 600); do grep -q ready virtuoso.log 2>/dev/null && break; sleep 0.1; done
            echo "virtuoso started in $(echo "$(now) - $started" | bc) s"
            STORE="sparql+http://127.0.0.1:$PORT/?query=sparql&update=sparql&gsp=sparql-graph-crud&default-graph=union" ;;
        *) echo "unknown store $kind" >&2; exit 2 ;;
    esac
    BASE="http://127.0.0.1:$((PORT + 2))"
    started=$(now)
    "$PY" -m publisher.cli ingest "$DATA" --store "$STORE" --base-uri "$BASE" | tail -1
    echo "== $kind: ingest $(echo "$(now) - $started" | bc) s"

    "$PY" -m publisher.cli serve --store "$STORE" --port "$((PORT + 2))" --base-uri "$BASE" --client-queries 0 --log-level warning \
        >serve.log 2>&1 &
    pids+=($!)
    for _ in $(seq 1 1200); do curl -sf -m 5 "$BASE/health" >/dev/null && break; sleep 0.25; done

    # 500 subjects, the same for every store (sorted, then a seeded sample), picked on the first store measured
    [ -s "$WORK/doc.txt" ] || "$PY" - "$BASE" "$WORK" <<'PYTHON'
import json, random, sys, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
query = f'SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), "{base}/id/")) }} ORDER BY ?s LIMIT 20000'
url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query})
answer = urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"}))
subjects = random.Random(5).sample(sorted(r["s"]["value"] for r in json.load(answer)["results"]["bindings"]), 500)
with open(f"{work}/sparql.txt", "w") as out:
    out.writelines("/sparql?" + urllib.parse.urlencode({"query": f"SELECT ?p ?o WHERE {{ <{s}> ?p ?o }}"}) + "\n"
                   for s in subjects)
with open(f"{work}/doc.txt", "w") as out:
    out.writelines(s.removeprefix(base).replace("/id/", "/doc/", 1) + ".ttl\n" for s in subjects)
PYTHON
    for what in sparql doc; do
        accept=$([ "$what" = sparql ] && echo application/sparql-results+json || echo text/turtle)
        for c in 1 16; do
            echo "== $kind: $what, concurrency $c"
            BENCH_PATHS="$WORK/$what.txt" BENCH_ACCEPT=$accept wrk -t1 -c"$c" -d"${SECONDS_EACH}s" --latency \
                -s /tmp/council-lod-bench.lua "$BASE" | grep -E "Requests/sec| 50%| 99%|Non-2xx|Socket errors" || true
        done
    done
    cleanup
    sleep 2
done
