#!/bin/bash
# Ingest DATA into a fresh store with the code of TREE, export it, and write the quads sorted, so two trees'
# ingests can be compared byte for byte (bench/README.md, "Writing cheaper"):
#   bench/sorted_export.sh TREE DATA OUT [ingest options, e.g. --bulk --workers 2 | --no-bulk]
# OUT: the named graphs (N-Quads) and the default graph (N-Triples), sorted; OUT.archive: every archived
# version (history), in file-name order. Today's ingest times are masked (they differ between any two runs),
# and blank-node labels (the vocabulary graph's, fresh each run).
set -e
tree=$1; data=$2; out=$3; shift 3
work=$(mktemp -d); store=$work/store
today=$(date -u +%F)
mask='s/"'$today'T[0-9:]+Z"\^\^<http:\/\/www.w3.org\/2001\/XMLSchema#dateTime>/"TIME"/g'
cd "$tree"
PYTHONPATH=. /work/main/.venv/bin/python -m publisher.cli ingest "$data" --store "$store" "$@" | tail -1
for f in nq nt; do PYTHONPATH=. /work/main/.venv/bin/python -m publisher.cli export --store "$store" --format $f; done \
  | sed -E "$mask; s/_:[0-9a-f]+/_:b/g" | LC_ALL=C sort > "$out"
find "$work" -name '*.nt.gz' | sort | while read -r f; do echo "# ${f#"$work"/}"; zcat "$f"; done \
  | sed -E "$mask" > "$out.archive"
rm -rf "$work"
sha256sum "$out" "$out.archive"
