#!/usr/bin/env bash
# The whole test suite: set-up, then every module's tests (unit, board, corpus) through Maven, then
# the test programs (tests/corpus, tests/board) through `./rivet test` on each board, as a user or
# a CI job runs them, with JUnit XML in target/rivet-test/. Programs listed in a suite's xfail.txt
# must fail (XFAIL); one that passes (XPASS) fails the run, as any other failure does.
# Maven arguments pass through: scripts/test.sh -Dtest=Foo. RIVET_TEST_JOBS sets -j (default: cores).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/setup.sh"
. "$here/env.sh"
rivet_find_java
cd "$RIVET_ROOT"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -B -ntp verify "$@"

# A few corpus programs need tens of billions of instructions; --timeout gives each program up to
# 600 s of virtual time (and of wall time), far beyond the default 10 s, so only a hang times out.
reports="$RIVET_ROOT/target/rivet-test"
rm -rf "$reports"
mkdir -p "$reports"
status=0
for suite in corpus board; do
  for board in standard tiny; do
    echo "== rivet test: tests/$suite on board $board"
    start=$(date +%s)
    if ! ./rivet test -j "${RIVET_TEST_JOBS:-$(nproc)}" --board "$board" --timeout 600 \
        --xfail "tests/$suite/xfail.txt" --junit "$reports/$suite-$board.xml" "tests/$suite" \
        >"$reports/$suite-$board.log" 2>&1; then
      status=1
    fi
    # The per-program lines are in the log; show the summary, failures and expected failures.
    sed -n '/^\[[0-9]*\/[0-9]*\] /!p' "$reports/$suite-$board.log"
    echo "   ($(( $(date +%s) - start )) s; log: $reports/$suite-$board.log)"
  done
done
if [ "$status" -ne 0 ]; then
  echo "scripts/test.sh: rivet test failed (see above and $reports/)" >&2
fi
exit "$status"
