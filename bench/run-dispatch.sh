#!/usr/bin/env bash
# Board vs native on the C dispatch loop: builds the toolchain and the benchmark, runs both builds
# in one JVM process and prints native time, board time and their ratio (docs/performance.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../scripts/env.sh"
rivet_find_java
cd "$RIVET_ROOT"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -B -q -ntp -DskipTests -pl bench -am package
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Drivet.root="$RIVET_ROOT" \
  -Drivet.unicorn="$RIVET_UNICORN" -cp "cli/target/rivet.jar:bench/target/classes" dev.rivet.bench.DispatchBench
