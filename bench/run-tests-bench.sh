#!/usr/bin/env bash
# rivet test throughput: programs per second with -j 1 and -j 2 (boot once, restore per program)
# for the whole corpus and for its "typical small tests", plus --fresh-boot (link + boot from reset
# per program) and what one template boot to BOOT_READY and one reset cost (--stats).
#
# "Typical small tests": the corpus programs up to the 90th percentile of guest instructions, as
# measured by the first (-j 1, whole corpus) run's --timings. The rest are the heavy programs
# (hundreds of millions to billions of instructions, some running into the default 10 s virtual
# budget) that dominate the whole corpus's time whatever the runner does.
#
# Each figure is the whole command as a user runs it (JVM start, template boot, JIT warm-up
# included) and, in brackets, the run time rivet test reports itself (from discovery of the
# programs to the last result), plus the CPU time the command used (user + sys, every thread):
# on the shared 2-core machine the wall-clock figures follow the load average, CPU time much less.
# Usage: bench/run-tests-bench.sh [CORPUS_DIR]   (default: tests/corpus)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus=$(cd "${1:-$root/tests/corpus}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/rivet" --version >/dev/null 2>&1 || true # builds the toolchain outside the timings
xfail=()
if [ -f "$corpus/xfail.txt" ]; then
  xfail=(--xfail "$corpus/xfail.txt") # the VM's known gaps show as xfailed, not failed
fi

run() { # label, rivet test options and paths...
  local label=$1; shift
  local start end out n inside
  start=$(date +%s.%N)
  out=$(/usr/bin/time -f '%U %S' -o "$work/cpu" "$root/rivet" test --stats "${xfail[@]}" "$@" 2>&1 \
    | sed -n '/^[0-9][0-9]* programs\{0,1\}:/,$p')
  end=$(date +%s.%N)
  local cpu
  cpu=$(tail -n 1 "$work/cpu" | awk '{ print $1 + $2 }') # time says first when the exit code is not 0
  n=$(printf '%s\n' "$out" | sed -n 's/^\([0-9][0-9]*\) programs\{0,1\}:.*/\1/p')
  inside=$(printf '%s\n' "$out" | sed -n 's/^[0-9][0-9]* programs\{0,1\}:.* in \([0-9.]*\) s$/\1/p')
  printf '== %s\n' "$label"
  printf '%s\n' "$out" | sed 's/^/   /'
  awk -v n="$n" -v s="$start" -v e="$end" -v i="$inside" -v c="$cpu" 'BEGIN {
    printf "   => %d programs: whole command %.2f s, %.1f programs/s (inside rivet test: %.2f s, %.1f programs/s);" \
      " CPU %.2f s (user + sys, all threads), %.1f programs per CPU-second\n", n, e - s, n / (e - s), i, n / i, c, n / c }'
}

echo "corpus: $corpus ($(find "$corpus" -name '*.py' | wc -l) .py files); $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
run "whole corpus, -j 1" -j 1 --timings "$work/timings.tsv" "$corpus"
run "whole corpus, -j 2" -j 2 "$corpus"

# The typical set: programs (not skipped) sorted by instructions, up to the 90th percentile.
tail -n +2 "$work/timings.tsv" | awk -F'\t' '$2 != "skipped"' | sort -t$'\t' -k3,3n >"$work/sorted.tsv"
total=$(wc -l <"$work/sorted.tsv")
keep=$(( (total * 9 + 9) / 10 ))
head -n "$keep" "$work/sorted.tsv" | cut -f1 >"$work/typical.txt"
awk -F'\t' -v k="$keep" 'NR == int((k + 1) / 2) { m = $3 } NR == k { p = $3 } END {
  printf "typical small tests: the %d of %d programs up to the 90th percentile of guest instructions (median %d, at most %d)\n",
    k, NR, m, p }' "$work/sorted.tsv"
mapfile -t typical <"$work/typical.txt"
run "typical small tests, -j 1" -j 1 "${typical[@]}"
run "typical small tests, -j 2" -j 2 "${typical[@]}"
run "typical small tests, -j 1 --fresh-boot (link + boot from reset per program)" -j 1 --fresh-boot "${typical[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
