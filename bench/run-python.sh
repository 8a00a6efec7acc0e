#!/usr/bin/env bash
# Runs every benchmark in bench/python (or the ones named as arguments) on the host's CPython 3.11
# and with `./rivet run --stats --board $BOARD` (default: standard), in the same run, program by
# program. Checks that both print the same output (each program ends with a checksum), then prints
# two ratios per program and the geometric mean of each:
#   run   (the HEADLINE): the program's run alone, CPU time of the thread that runs it.
#         CPython: bench/cpython-run.py times exec of the compiled program (time.thread_time);
#         board: `rivet run --stats` times the emulation from boot to exit (the emulating
#         thread's CPU time). Neither includes interpreter/JVM start-up or compiling.
#         CPU time, not wall time, because the machine is shared: wall times swing 2-3x with load.
#   whole: wall clock of the whole command: `python3 cpython-run.py PROG` vs `./rivet run PROG`
#         (JVM start, compile, link, boot and emulation; ~0.6 s of it is JVM and compile).
# RIVET_JAR=path runs that jar (a snapshot of cli/target/rivet.jar) instead of ./rivet, so sources
# can change while a long measurement runs without ./rivet rebuilding in the middle of it.
# REPEAT=n runs each side n times and keeps the best of each figure. Prints figures only; asserts
# nothing about speed. Exit: 0 all outputs matched, 1 a mismatch or board failure, 3 `rivet run`
# is not usable on this checkout.
set -uo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
board=${BOARD:-standard}
py=${PYTHON:-python3}
repeat=${REPEAT:-1}
cd "$root"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(bench/python/*.py)
fi

now_ns() { date +%s%N; }
rivet() {
  if [ -n "${RIVET_JAR:-}" ]; then
    . scripts/env.sh && rivet_find_java >/dev/null || return 3
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC \
      -Drivet.root="$root" -Drivet.unicorn="$RIVET_UNICORN" -jar "$RIVET_JAR" "$@"
  else
    ./rivet "$@"
  fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Probe once with the smallest possible program so a broken `run` gives one clear line (and the
# toolchain build, if sources changed, happens here rather than inside the first timing).
printf 'print(1)\n' > "$tmp/probe.py"
if ! rivet run --stats --board "$board" "$tmp/probe.py" >"$tmp/probe.out" 2>"$tmp/probe.err" \
    || [ "$(cat "$tmp/probe.out")" != "1" ] || ! grep -q '^rivet: stats:' "$tmp/probe.err"; then
  echo "run-python: error: \`./rivet run --stats --board $board\` cannot run a one-line program:" >&2
  head -n 3 "$tmp/probe.err" "$tmp/probe.out" >&2
  exit 3
fi

min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }

echo "board $board, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), best of $repeat"
printf '%-11s | %9s %9s %7s | %9s %9s %7s | %13s | %s\n' program cpy_run_s brd_run_s RUN cpy_all_s brd_all_s whole \
  instructions output
status=0
log_run=0
log_whole=0
count=0
failed=0
for prog in "${programs[@]}"; do
  name=$(basename "$prog" .py)
  cpy_run=""; brd_run=""; cpy_all=""; brd_all=""; rc=0
  for ((k = 0; k < repeat; k++)); do
    t0=$(now_ns)
    "$py" bench/cpython-run.py "$prog" >"$tmp/$name.cpy" 2>"$tmp/$name.cpyerr"
    t1=$(now_ns)
    rivet run --stats --board "$board" "$prog" >"$tmp/$name.brd" 2>"$tmp/$name.err"
    rc=$?
    t2=$(now_ns)
    cpy_all=$(min "$cpy_all" "$(awk -v n=$(( t1 - t0 )) 'BEGIN { print n / 1e9 }')")
    brd_all=$(min "$brd_all" "$(awk -v n=$(( t2 - t1 )) 'BEGIN { print n / 1e9 }')")
    c=$(sed -n 's/^cpython-run: wall_s [0-9.]* cpu_s \([0-9.]*\)$/\1/p' "$tmp/$name.cpyerr")
    b=$(sed -n 's/^rivet: stats: .* wall clock, \([0-9.]*\) s CPU$/\1/p' "$tmp/$name.err")
    [ -n "$c" ] && cpy_run=$(min "$cpy_run" "$c")
    [ -n "$b" ] && brd_run=$(min "$brd_run" "$b")
    [ $rc -ne 0 ] && break
  done
  instr=$(sed -n 's/^rivet: stats: \([0-9]*\) instructions.*/\1/p' "$tmp/$name.err")
  if [ $rc -ne 0 ]; then
    verdict="board exit $rc: $(grep -v '^rivet: stats:' "$tmp/$name.err" | head -n 1) $(tail -n 1 "$tmp/$name.brd")"
    status=1
  elif [ -z "$cpy_run" ]; then
    verdict="CPython failed: $(tail -n 1 "$tmp/$name.cpyerr")"
    status=1
  elif cmp -s "$tmp/$name.cpy" "$tmp/$name.brd"; then
    verdict=same
  else
    verdict="DIFFERENT (first diff: $(diff "$tmp/$name.cpy" "$tmp/$name.brd" | sed -n 2p))"
    status=1
  fi
  run_ratio=$(awk -v b="${brd_run:-0}" -v c="${cpy_run:-1}" 'BEGIN { printf "%.2f", b / c }')
  whole_ratio=$(awk -v b="$brd_all" -v c="$cpy_all" 'BEGIN { printf "%.2f", b / c }')
  if [ "$verdict" = same ]; then   # a failed program has no meaningful ratio: left out, and counted
    log_run=$(awk -v s="$log_run" -v r="$run_ratio" 'BEGIN { printf "%.9f", s + log(r) }')
    log_whole=$(awk -v s="$log_whole" -v r="$whole_ratio" 'BEGIN { printf "%.9f", s + log(r) }')
    count=$(( count + 1 ))
  else
    failed=$(( failed + 1 ))
  fi
  printf '%-11s | %9.3f %9.3f %6sx | %9.3f %9.3f %6sx | %13s | %s\n' "$name" "${cpy_run:-0}" "${brd_run:-0}" "$run_ratio" \
    "$cpy_all" "$brd_all" "$whole_ratio" "${instr:-?}" "$verdict"
done
if [ $count -gt 0 ]; then
  awk -v r="$log_run" -v w="$log_whole" -v n="$count" -v b="$board" 'BEGIN {
    printf "geometric mean board(%s)/CPython over %d programs: RUN %.2fx (headline: run only, CPU time)   whole command %.2fx (wall clock)\n", b, n, exp(r / n), exp(w / n) }'
fi
[ $failed -gt 0 ] && echo "$failed program(s) FAILED and are not in the means" 
echo "(RUN: CPU time of executing the program, boot to exit on the board, exec() of the compiled code on CPython;"
echo " whole: wall clock of each command incl. CPython start-up, or JVM start, compile, link, boot and emulation)"
exit $status
