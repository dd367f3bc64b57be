#!/usr/bin/env bash
# Bulk ingest into a remote store against the per-record ingest, in the same run:
#
#   bench/remote_bulk.sh RECORDS_DIR [ROUNDS] [oxigraph|virtuoso]
#
# Each round: two fresh, empty servers on disk (`oxigraph serve --location`, PyPI's, default-graph=maintained;
# or Virtuoso from scripts/virtuoso-serve, default-graph=union), `publisher ingest --no-bulk` into one and
# `publisher ingest --bulk` (WORKERS, default one a core) into the other, one after the other (the order
# alternates between rounds; FIRST_BULK=1 puts bulk first in round 1), each timed, with files/s and the load
# average. The machine may be shared: compare within a round, as a ratio. Stops what it started.
# PY names the Python with the publisher installed (default .venv/bin/python; the checkout is put first on
# PYTHONPATH).
set -euo pipefail

DATA=$(cd "${1:?usage: bench/remote_bulk.sh RECORDS_DIR [ROUNDS] [oxigraph|virtuoso]}" && pwd)
ROUNDS=${2:-2}
SERVER=${3:-oxigraph}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
export PYTHONPATH=$ROOT${PYTHONPATH:+:$PYTHONPATH}
WORK=${WORK:-/tmp/council-lod-remote-bulk}
PORT=${PORT:-18930}
WORKERS=${WORKERS:-$(nproc)}

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }
trap cleanup EXIT
now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
RECORDS=$(find "$DATA" -name '*.source.txt' | wc -l)

start() {  # start SERVER on disk in folder $1 on port $2; its store location in STORE
    local port=$2
    case $SERVER in
        oxigraph)
            "$(dirname "$PY")/oxigraph" serve --location "$1/db" --bind "127.0.0.1:$port" >"$1/server.log" 2>&1 &
            pids+=($!)
            for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/query?query=ASK%7B%7D" >/dev/null && break; sleep 0.1; done
            STORE="sparql+http://127.0.0.1:$port/" ;;
        virtuoso)
            "$ROOT/scripts/virtuoso-serve" "$1/db" "$port" >"$1/server.log" 2>&1 &
            pids+=($!)
            for _ in $(seq 1 600); do grep -q ready "$1/server.log" 2>/dev/null && break; sleep 0.1; done
            STORE="sparql+http://127.0.0.1:$port/?query=sparql&update=sparql&gsp=sparql-graph-crud&default-graph=union" ;;
    esac
}

ingest() {  # ingest DATA into the store at $2 (run from folder $1) the way $3 says; print the figures
    local way=$3 started took
    cd "$1"
    started=$(now)
    if [ "$way" = bulk ]; then
        "$PY" -m publisher.cli ingest "$DATA" --store "$2" --bulk --workers "$WORKERS" | tail -1
    else
        "$PY" -m publisher.cli ingest "$DATA" --store "$2" --no-bulk | tail -1
    fi
    took=$(echo "$(now) - $started" | bc)
    echo "== round $round $SERVER $way: $took s, $(echo "scale=2; $RECORDS / $took" | bc) files/s ($RECORDS files), load $(load)"
}

for round in $(seq 1 "$ROUNDS"); do
    order=(record bulk)
    [ $(((round + ${FIRST_BULK:-0}) % 2)) -eq 0 ] && order=(bulk record)
    port=$PORT
    for way in "${order[@]}"; do
        rm -rf "${WORK:?}/$way" && mkdir -p "$WORK/$way"
        start "$WORK/$way" "$port"
        ingest "$WORK/$way" "$STORE" "$way"
        cleanup
        port=$((port + 5))
    done
done
