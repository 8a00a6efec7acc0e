#!/usr/bin/env bash
# run-corpus.sh — runs corpus programs through the hosted VM (rivet-vm-host) and diffs against
# CPython's expected output. Dev tool for VM iteration; the JUnit corpus driver is the real test.
#   run-corpus.sh [CORPUS_DIR_OR_FILES...]   (default: /work/wt-corpus/tests/corpus)
#   BOARD=tiny run-corpus.sh ...              runs on the emulated board via `rivet run` instead
# Prints one line per failing program and a pass count. Needs cli/target/rivet.jar.
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
host="$here/build/rivet-vm-host"
out=${OUT:-/tmp/rivet-corpus}
mkdir -p "$out"
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=(/work/wt-corpus/tests/corpus)
files=$(for t in "${targets[@]}"; do if [ -d "$t" ]; then find "$t" -name '*.py'; else echo "$t"; fi; done | sort)
pass=0; fail=0
for py in $files; do
  head -1 "$py" | grep -q '^# rivet: module' && continue
  exp="${py%.py}.exp"; [ -f "$exp" ] || continue
  want_rc=0; [ -f "${py%.py}.exit" ] && want_rc=$(cat "${py%.py}.exit")
  name=$(echo "${py#/work/wt-corpus/tests/corpus/}" | tr / _)
  helpers=$(grep -l '^# rivet: module' "$(dirname "$py")"/*.py 2>/dev/null | tr '\n' ' ')
  if ! (cd "$(dirname "$py")" && "$java" -jar "$root/cli/target/rivet.jar" compile "$(basename "$py")" $helpers -o "$out/$name.rbc" >/dev/null 2>"$out/$name.cerr"); then
    echo "COMPILE-FAIL $py: $(head -1 "$out/$name.cerr")"; fail=$((fail+1)); continue
  fi
  if [ -n "${BOARD:-}" ]; then
    "$java" --enable-native-access=ALL-UNNAMED -Drivet.root="$root" \
      -Drivet.unicorn="$root/.cache/unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2" \
      -jar "$root/cli/target/rivet.jar" run --board "$BOARD" --timeout 20 "$out/$name.rbc" >"$out/$name.out" 2>&1; rc=$?
  else
    timeout 10 "$host" "$out/$name.rbc" ${HOSTARGS:-} >"$out/$name.out" 2>&1; rc=$?
  fi
  if cmp -s "$out/$name.out" "$exp" && [ "$rc" = "$want_rc" ]; then pass=$((pass+1))
  else echo "FAIL $py (rc=$rc want $want_rc)"; fail=$((fail+1)); fi
done
echo "passed $pass / $((pass+fail))"
