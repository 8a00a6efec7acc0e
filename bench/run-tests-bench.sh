#!/usr/bin/env bash
# rivet test throughput: programs per second over a corpus with -j 1 and -j 2 (boot once, restore
# per program), and the same with --fresh-boot (link + boot from reset per program), plus what one
# template boot to BOOT_READY and one reset (restore + reflash) cost (--stats).
# Usage: bench/run-tests-bench.sh [CORPUS_DIR]   (default: tests/corpus, else ../wt-corpus/tests/corpus)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus=${1:-$root/tests/corpus}
if [ -z "$(find "$corpus" -name '*.py' -print -quit 2>/dev/null)" ]; then
  corpus=$root/../wt-corpus/tests/corpus
fi
corpus=$(cd "$corpus" && pwd)
"$root/rivet" --version >/dev/null 2>&1 || true # builds the toolchain outside the timings
run() { # label, rivet test options...
  local label=$1; shift
  local start end out
  start=$(date +%s.%N)
  out=$("$root/rivet" test --stats "$@" "$corpus" 2>&1 | tail -n 2)
  end=$(date +%s.%N)
  local n
  n=$(printf '%s\n' "$out" | sed -n 's/^\([0-9][0-9]*\) programs\{0,1\}:.*/\1/p')
  printf '== %s\n%s\n' "$label" "$out"
  awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN { printf "   wall %.2f s for the whole command (JVM start included): %.1f programs/s\n", e - s, n / (e - s) }'
}
echo "corpus: $corpus ($(find "$corpus" -name '*.py' | wc -l) .py files)"
run "-j 1, boot once + restore" -j 1
run "-j 2, boot once + restore" -j 2
run "-j 1, --fresh-boot (link + boot per program)" -j 1 --fresh-boot
