#!/usr/bin/env bash
# The publisher on Virtuoso Open Source (Debian's virtuoso-opensource 7.2), on loopback:
#
#   bench/virtuoso.sh RECORDS_DIR [HTTP_PORT]
#
# 1. starts Virtuoso from a copy of /etc/virtuoso-opensource-7/virtuoso.ini whose database files live in a
#    scratch folder ($WORK, default /tmp/council-lod-virtuoso) and whose two ServerPorts listen on 127.0.0.1 only;
# 2. lets the anonymous SPARQL user update (loopback only), so the remote store can write through /sparql;
# 3. `publisher ingest RECORDS_DIR --store sparql+http://…` into it (Virtuoso's default graph is already the
#    union of its graphs: default-graph=union, each record one Graph Store Protocol PUT), timed;
# 4. `publisher serve --store sparql+http://…` answering from Virtuoso, and wrk on /sparql and /doc/ at
#    concurrency 1 and 16 (the same 500 subjects as bench/run.py if its paths files are given in $PATHS_DIR);
# 5. stops everything it started.
#
# Needs root for apt-get the first time (the service is not started by the package: policy-rc.d says no).
set -euo pipefail

DATA=${1:?usage: bench/virtuoso.sh RECORDS_DIR [HTTP_PORT]}
HTTP_PORT=${2:-18890}
SQL_PORT=$((HTTP_PORT + 1))
SERVE_PORT=$((HTTP_PORT + 2))
WORK=${WORK:-/tmp/council-lod-virtuoso}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY="$ROOT/.venv/bin/python"
SECONDS_EACH=${SECONDS_EACH:-10}

if ! command -v virtuoso-t >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q virtuoso-opensource >/dev/null
fi

rm -rf "$WORK" && mkdir -p "$WORK/db"
sed -e "s#/var/lib/virtuoso-opensource-7/db/#$WORK/db/#g" \
    -e "s#^ServerPort *= *1111#ServerPort = 127.0.0.1:$SQL_PORT#" \
    -e "s#^ServerPort *= *8890#ServerPort = 127.0.0.1:$HTTP_PORT#" \
    -e "s#^DirsAllowed *=.*#DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, $WORK#" \
    -e "s#^ResultSetMaxRows *=.*#ResultSetMaxRows = 100000000#" \
    /etc/virtuoso-opensource-7/virtuoso.ini > "$WORK/virtuoso.ini"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

(cd "$WORK/db" && exec virtuoso-t +configfile "$WORK/virtuoso.ini" +foreground) >"$WORK/virtuoso.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D" >/dev/null && break
    sleep 0.5
done
isql() { isql-vt "127.0.0.1:$SQL_PORT" dba dba exec="$1" >/dev/null; }
isql "grant SPARQL_UPDATE to \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"

STORE="sparql+http://127.0.0.1:$HTTP_PORT/?query=sparql&update=sparql&gsp=sparql-graph-crud&default-graph=union"
BASE="http://127.0.0.1:$SERVE_PORT"
cd "$WORK"
start=$(date +%s.%N)
"$PY" -m publisher.cli ingest "$DATA" --store "$STORE" --base-uri "$BASE" | tail -1
echo "ingest into Virtuoso: $(echo "$(date +%s.%N) - $start" | bc) s"

"$PY" -m publisher.cli serve --store "$STORE" --port "$SERVE_PORT" --base-uri "$BASE" --client-queries 0 \
    --log-level warning >"$WORK/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 600); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.5; done

# 500 subjects, the same way bench/run.py picks them
"$PY" - "$BASE" "$WORK" <<'EOF'
import json, random, sys, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
query = f'SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), "{base}/id/")) }} ORDER BY ?s LIMIT 10000'
url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query})
rows = json.load(urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})))
subjects = random.Random(5).sample(sorted(r["s"]["value"] for r in rows["results"]["bindings"]), 500)
with open(f"{work}/sparql.txt", "w") as out:
    out.writelines("/sparql?" + urllib.parse.urlencode({"query": f"SELECT ?p ?o WHERE {{ <{s}> ?p ?o }}"}) + "\n" for s in subjects)
with open(f"{work}/doc.txt", "w") as out:
    out.writelines(s.removeprefix(base).replace("/id/", "/doc/", 1) + ".ttl\n" for s in subjects)
EOF
cat >"$WORK/bench.lua" <<'EOF'
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local accept = os.getenv("BENCH_ACCEPT")
local i = 0
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i], {["Accept"] = accept}) end
EOF
for what in sparql doc; do
    accept=$([ "$what" = sparql ] && echo application/sparql-results+json || echo text/turtle)
    for c in 1 16; do
        echo "== publisher serve on Virtuoso: $what, concurrency $c"
        BENCH_PATHS="$WORK/$what.txt" BENCH_ACCEPT=$accept wrk -t1 -c"$c" -d"${SECONDS_EACH}s" --latency \
            -s "$WORK/bench.lua" "$BASE" | grep -E "Requests/sec|99%|Non-2xx|Socket errors" || true
    done
done
