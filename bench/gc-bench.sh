#!/usr/bin/env bash
# GC allocation and collection cost on a board (docs/performance.md, "GC: allocation and collection").
# Usage: bench/gc-bench.sh [BOARD]   (default: large). Prints figures in board time (the
# deterministic instruction clock over the board's clock_hz) and the host wall time of the run.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
board=${1:-large}
toml=$root/boards/$board.toml
[ -f "$toml" ] || { echo "gc-bench: no board $board" >&2; exit 2; }
hz=$(sed -n 's/^clock_hz *= *\([0-9_]*\).*/\1/p' "$toml" | tr -d _)
echo "== board $board (clock_hz $hz), runtime ${RUNTIME:-O2}"
start=$(date +%s%N)
"$root/rivet" run --board "$board" --runtime "${RUNTIME:-O2}" "$root/bench/gc/gc_bench.py" -- "$hz"
end=$(date +%s%N)
echo "host wall time: $(( (end - start) / 1000000 )) ms"
