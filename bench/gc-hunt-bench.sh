#!/usr/bin/env bash
# Cost of rivet gc-hunt's heap watcher (docs/performance.md, "gc-hunt: heap watching"): the same
# run without hooks and with the watcher's code and memory hooks, best of 3 each, plus the wall
# time of whole hunts. Usage: bench/gc-hunt-bench.sh   (prints figures; nothing is asserted).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
prog=$root/tests/gc_race/small/format_small.py
for board in standard tiny; do
  echo "== watcher cost, board $board"
  "$root/rivet" gc-hunt --measure-watch --board "$board" --runtime O2 "$prog"
done
echo "== hunt O2-nofix (standard board, default budget)"
start=$(date +%s%N)
"$root/rivet" gc-hunt --runtime O2-nofix "$prog" | sed -n '1,2p;/^smallest/p' || true
echo "wall: $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "== hunt O2 (standard board, default budget)"
start=$(date +%s%N)
"$root/rivet" gc-hunt --runtime O2 "$prog" | sed -n '1,3p' || true
echo "wall: $(( ($(date +%s%N) - start) / 1000000 )) ms"
