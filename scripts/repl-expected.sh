#!/usr/bin/env bash
# Regenerates the expected transcripts of the REPL sessions in cli/src/test/resources/repl from
# CPython 3.11 (the oracle): each NAME.in is piped into `python3 -i`; NAME.exp gets what it shows
# (stdout and stderr, as a terminal would) without its two banner lines, NAME.exit its exit code.
# ReplCommandTest drops Rivet's one banner line and compares the rest byte for byte.
set -euo pipefail
dir=$(cd "$(dirname "$0")/.." && pwd)/cli/src/test/resources/repl
for input in "$dir"/*.in; do
  name=${input%.in}
  set +e
  python3 -i <"$input" >"$name.raw" 2>&1
  code=$?
  set -e
  tail -n +3 "$name.raw" >"$name.exp"
  rm -f "$name.raw"
  echo "$code" >"$name.exit"
done
echo "regenerated $(ls "$dir"/*.in | wc -l) sessions in $dir"
