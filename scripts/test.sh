#!/usr/bin/env bash
# The whole test suite: set-up, then every module's tests (unit, board, corpus) through Maven.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/setup.sh"
. "$here/env.sh"
rivet_find_java
cd "$RIVET_ROOT"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -B -ntp verify "$@"
