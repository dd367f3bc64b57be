#!/usr/bin/env bash
# The publisher on each store, on loopback, the same records and the same load:
#
#   bench/remote.sh RECORDS_DIR [STORES...]      STORES: embedded oxigraph virtuoso (default: all three)
#
# For each store, in turn: a new empty store (the embedded one on disk; `oxigraph serve` on disk, PyPI's,
# default-graph=maintained; Virtuoso from scripts/virtuoso-serve, default-graph=union), `publisher ingest
# RECORDS_DIR` into it, timed; `publisher serve` on it; wrk (one thread, SECONDS_EACH s) on /sparql (SELECT by
# subject) and /doc/ (Turtle) at concurrency 1 and 16 over the same 500 subjects, every request computed
# (Cache-Control: no-cache), p50 and p99 from wrk --latency; then the bench's two analytic queries (bench/run.py
# ANALYTIC) through /sparql, computed, best of three. The load average is printed with each figure (the
# machine may be shared). Stops what it started. PY names the Python with the publisher installed (default
# .venv/bin/python; the checkout is put first on PYTHONPATH). LOG_QUERIES=1 puts bench/sparql_log.py's proxy
# between `publisher ingest` and a remote store and prints the summary of what it sent (one loopback hop more
# per request: ~1 ms on a record's ~5 requests); the server is then served directly, unproxied. KEEP=1 serves
# and measures the store a run before left in WORK (its dumps too), without ingesting again: at 10 M triples
# the ingest takes ~40 min and the first start-up ~20 min.
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
load() { cut -d' ' -f1-3 /proc/loadavg; }
RECORDS=$(find "$DATA" -name '*.source.txt' | wc -l)

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
    [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK/$kind"
    mkdir -p "$WORK/$kind"
    cd "$WORK/$kind"
    case $kind in
        embedded) STORE="$WORK/$kind/store"; BACKEND="" ;;
        oxigraph)
            "$(dirname "$PY")/oxigraph" serve --location "$WORK/$kind/oxigraph" --bind "127.0.0.1:$PORT" \
                >oxigraph.log 2>&1 &
            pids+=($!)
            for _ in $(seq 1 3000); do curl -sf "http://127.0.0.1:$PORT/query?query=ASK%7B%7D" >/dev/null && break; sleep 0.2; done  # a 10 M store takes a minute or more to open
            STORE="sparql+http://127.0.0.1:$PORT/"
            BACKEND="http://127.0.0.1:$PORT/query" ;;
        virtuoso)
            started=$(now)
            "$ROOT/scripts/virtuoso-serve" "$WORK/$kind/virtuoso" "$PORT" >virtuoso.log 2>&1 &
            pids+=($!)
            for _ in $(seq 1 600); do grep -q ready virtuoso.log 2>/dev/null && break; sleep 0.1; done
            echo "virtuoso started in $(echo "$(now) - $started" | bc) s"
            STORE="sparql+http://127.0.0.1:$PORT/?query=sparql&update=sparql&gsp=sparql-graph-crud&default-graph=union"
            BACKEND="http://127.0.0.1:$PORT/sparql" ;;
        *) echo "unknown store $kind" >&2; exit 2 ;;
    esac
    SERVE_STORE=$STORE
    if [ "${LOG_QUERIES:-0}" = 1 ] && [ "$kind" != embedded ]; then
        "$PY" "$ROOT/bench/sparql_log.py" proxy --listen "$((PORT + 3))" --upstream "http://127.0.0.1:$PORT" \
            --log "$WORK/$kind/queries.jsonl" 2>/dev/null &
        pids+=($!)
        sleep 1
        STORE=${STORE/:$PORT\//:$((PORT + 3))\/}
    fi
    BASE="http://127.0.0.1:$((PORT + 2))"
    if [ "${KEEP:-0}" != 1 ]; then
        started=$(now)
        "$PY" -m publisher.cli ingest "$DATA" --store "$STORE" --base-uri "$BASE" | tail -1
        took=$(echo "$(now) - $started" | bc)
        echo "== $kind: ingest $took s, $(echo "scale=1; $RECORDS / $took" | bc) files/s ($RECORDS files), load $(load)"
    fi

    "$PY" -m publisher.cli serve --store "$SERVE_STORE" --port "$((PORT + 2))" --base-uri "$BASE" --client-queries 0 --log-level warning \
        >serve.log 2>&1 &
    pids+=($!)
    started=$(now)
    for _ in $(seq 1 2400); do curl -sf -m 5 "$BASE/health" >/dev/null && break; sleep 0.25; done
    echo "== $kind: serving after $(echo "$(now) - $started" | bc) s (start-up: dumps, VoID statistics), load $(load)"

    # 500 subjects, the same for every store (sorted, then a seeded sample), picked on the first store measured;
    # asked of the remote server itself where there is one: at 10 M triples the scan outlasts /sparql's time limit
    [ -s "$WORK/doc.txt" ] || "$PY" - "$BASE" "$WORK" "$BACKEND" <<'PYTHON'
import json, random, sys, urllib.parse, urllib.request
base, work, backend = sys.argv[1], sys.argv[2], sys.argv[3]
query = f'SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), "{base}/id/")) }} ORDER BY ?s LIMIT 20000'
url = (backend or f"{base}/sparql") + "?" + urllib.parse.urlencode({"query": query})
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
            echo "== $kind: $what, concurrency $c, load $(load)"
            BENCH_PATHS="$WORK/$what.txt" BENCH_ACCEPT=$accept wrk -t1 -c"$c" -d"${SECONDS_EACH}s" --latency \
                -s /tmp/council-lod-bench.lua "$BASE" | grep -E "Requests/sec| 50%| 99%|Non-2xx|Socket errors" || true
        done
    done
    "$PY" - "$BASE" "$kind" "$ROOT/bench" <<'PYTHON'
import sys, time
sys.path.insert(0, sys.argv[3])
from run import ANALYTIC, fetch, sparql_url
for name, query in ANALYTIC.items():
    times = []
    for _ in range(3):
        started = time.perf_counter()
        fetch(sparql_url(sys.argv[1] + "/sparql", query))
        times.append((time.perf_counter() - started) * 1000)
    print(f"== {sys.argv[2]}: {name}: best {min(times):.0f} ms of {', '.join(f'{t:.0f}' for t in times)}")
PYTHON
    [ -s "$WORK/$kind/queries.jsonl" ] && "$PY" "$ROOT/bench/sparql_log.py" summary "$WORK/$kind/queries.jsonl" --top 25 | cut -c1-400
    cleanup
    sleep 2
done
