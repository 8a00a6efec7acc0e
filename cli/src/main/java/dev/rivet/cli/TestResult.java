package dev.rivet.cli;

/**
 * How one program of {@code rivet test} came out. {@code detail} is what a person needs to see:
 * the diff, the fault report, the timeout, the compile error, or the reason for a skip. XFAILED
 * is a program listed in --xfail that failed as expected (not a failure); XPASSED one listed that
 * passed (a failure: its line should go).
 */
record TestResult(TestProgram program, Status status, String detail, double seconds, long instructions) {
  enum Status {
    PASSED("passed"), FAILED("failed"), TIMED_OUT("timed out"), CRASHED("crashed"), SKIPPED("skipped"),
    XFAILED("xfailed"), XPASSED("xpassed"), UPDATED("updated");

    final String word;

    Status(String word) {
      this.word = word;
    }

    boolean isFailure() {
      return this == FAILED || this == TIMED_OUT || this == CRASHED || this == XPASSED;
    }
  }
}
