#!/usr/bin/env bash
# Compiler throughput: warm-JVM lines/s (CompileBench) and the one-shot wall time of
# `rivet compile` (a fresh JVM per corpus folder, as a user runs it).
# Usage: bench/compile-bench.sh [CORPUS_DIR]   (default: tests/corpus, else the golden programs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/scripts/env.sh"
rivet_find_java
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
corpus=${1:-$root/tests/corpus}
if [ -z "$(find "$corpus" -name '*.py' -print -quit 2>/dev/null)" ]; then
  corpus=$root/compiler/src/test/resources/golden
fi
(cd "$root" && mvn -B -q -ntp -DskipTests -pl bench -am package >/dev/null)
jar=$root/cli/target/rivet.jar
echo "== warm JVM (CompileBench over $corpus)"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp "$jar:$root/bench/target/classes" dev.rivet.bench.CompileBench "$corpus"
echo "== one-shot rivet compile (fresh JVM per folder)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
total_ns=0; runs=0; files=0
while IFS= read -r dir; do
  mapfile -t srcs < <(find "$dir" -maxdepth 1 -name '*.py' | sort)
  [ ${#srcs[@]} -gt 0 ] || continue
  start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" compile "${srcs[@]}" -o "$tmp/out.rbc" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  total_ns=$((total_ns + end - start)); runs=$((runs + 1)); files=$((files + ${#srcs[@]}))
done < <(find "$corpus" -type d | sort)
echo "rivet compile: $runs runs over $files files, total $((total_ns / 1000000)) ms, $((total_ns / runs / 1000000)) ms per run"
