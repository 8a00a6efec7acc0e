#!/usr/bin/env bash
# Runs every benchmark in bench/python (or the ones named as arguments) twice in one go: with the
# host's CPython 3.11 and with `./rivet run --board $BOARD` (default: standard). Checks that both
# print the same output (each program ends with a checksum), then prints wall-clock seconds,
# the board/CPython ratio per program and the geometric mean of the ratios. Prints figures only;
# it asserts nothing about speed. Exit: 0 all outputs matched, 1 a mismatch or board failure,
# 3 `rivet run` is not usable on this checkout yet.
set -uo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
board=${BOARD:-standard}
py=${PYTHON:-python3}
cd "$root"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(bench/python/*.py)
fi

now_ns() { date +%s%N; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Probe once with the smallest possible program so a missing `run` command gives one clear line.
printf 'print(1)\n' > "$tmp/probe.py"
if ! ./rivet run --board "$board" "$tmp/probe.py" >"$tmp/probe.out" 2>"$tmp/probe.err" \
    || [ "$(cat "$tmp/probe.out")" != "1" ]; then
  echo "run-python: error: \`./rivet run --board $board\` cannot run a one-line program yet:" >&2
  head -n 3 "$tmp/probe.err" "$tmp/probe.out" >&2
  exit 3
fi

printf '%-16s %10s %10s %9s  %s\n' program cpython_s board_s ratio output
status=0
log_sum=0
count=0
for prog in "${programs[@]}"; do
  name=$(basename "$prog" .py)
  t0=$(now_ns)
  "$py" "$prog" >"$tmp/$name.cpy" 2>&1
  t1=$(now_ns)
  ./rivet run --board "$board" "$prog" >"$tmp/$name.brd" 2>"$tmp/$name.err"
  rc=$?
  t2=$(now_ns)
  cpy=$(( t1 - t0 )); brd=$(( t2 - t1 ))
  if [ $rc -ne 0 ]; then
    verdict="board exit $rc: $(head -n 1 "$tmp/$name.err")"
    status=1
  elif cmp -s "$tmp/$name.cpy" "$tmp/$name.brd"; then
    verdict=same
  else
    verdict="DIFFERENT (first diff: $(diff "$tmp/$name.cpy" "$tmp/$name.brd" | sed -n 2p))"
    status=1
  fi
  ratio=$(awk -v b="$brd" -v c="$cpy" 'BEGIN { printf "%.1f", b / c }')
  log_sum=$(awk -v s="$log_sum" -v b="$brd" -v c="$cpy" 'BEGIN { printf "%.9f", s + log(b / c) }')
  count=$(( count + 1 ))
  printf '%-16s %10.3f %10.3f %8sx  %s\n' "$name" \
    "$(awk -v n="$cpy" 'BEGIN { print n / 1e9 }')" "$(awk -v n="$brd" 'BEGIN { print n / 1e9 }')" \
    "$ratio" "$verdict"
done
if [ $count -gt 0 ]; then
  awk -v s="$log_sum" -v n="$count" -v b="$board" \
    'BEGIN { printf "geometric mean board(%s)/CPython: %.2fx over %d programs\n", b, exp(s / n), n }'
fi
echo "(wall-clock per process: CPython includes interpreter start-up; the board figure includes JVM start, compile, link and emulation)"
exit $status
