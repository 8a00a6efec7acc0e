package dev.rivet.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where {@code rivet test}'s wall time goes, per phase of a program's path (for --stats): reading
 * the expected output, compiling the image, resetting the board (restore + reflash), running the
 * guest, comparing, and reporting progress. One instance per worker thread, merged at the end.
 */
final class TestPhases {
  enum Phase {
    EXPECTED("read expected"), BUILD("wait for image (compiled ahead)"), RESET("reset board"), RUN("run guest"), CHECK("compare"),
    REPORT("progress");

    final String label;

    Phase(String label) {
      this.label = label;
    }
  }

  private final long[] nanos = new long[Phase.values().length];

  void add(Phase phase, long elapsedNanos) {
    nanos[phase.ordinal()] += elapsedNanos;
  }

  synchronized void merge(TestPhases other) {
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] += other.nanos[i];
    }
  }

  /** One line: milliseconds per program in each phase, summed over workers. */
  synchronized void print(PrintWriter out, int programs) {
    StringBuilder b = new StringBuilder("per program (summed over workers):");
    long total = 0;
    for (Phase p : Phase.values()) {
      total += nanos[p.ordinal()];
      b.append(String.format(Locale.ROOT, " %s %.3f ms,", p.label, nanos[p.ordinal()] / 1e6 / Math.max(1, programs)));
    }
    b.append(String.format(Locale.ROOT, " total %.3f ms", total / 1e6 / Math.max(1, programs)));
    out.println(b);
  }

  /**
   * Which programs the time goes to: the median and 90th percentile of guest instructions, how
   * fast the programs up to that percentile ("typical small tests") go through one worker, and
   * the slowest few.
   */
  static void printDistribution(PrintWriter out, java.util.List<TestResult> results) {
    java.util.List<TestResult> ran = results.stream().filter(r -> r.status() != TestResult.Status.SKIPPED)
        .sorted(java.util.Comparator.comparingLong(TestResult::instructions)).toList();
    if (ran.isEmpty()) {
      return;
    }
    long median = ran.get((ran.size() - 1) / 2).instructions();
    int p90 = (int) Math.ceil(ran.size() * 0.9);
    double typicalSeconds = 0, allSeconds = 0;
    for (int i = 0; i < ran.size(); i++) {
      allSeconds += ran.get(i).seconds();
      if (i < p90) {
        typicalSeconds += ran.get(i).seconds();
      }
    }
    out.printf(Locale.ROOT, "guest instructions per program: median %d, 90th percentile %d, max %d%n", median,
        ran.get(p90 - 1).instructions(), ran.get(ran.size() - 1).instructions());
    out.printf(Locale.ROOT, "typical (the %d programs up to the 90th percentile): %.1f ms of worker time, %.0f programs/s per worker;"
        + " all %d: %.1f ms, %.0f programs/s per worker%n", p90, typicalSeconds * 1e3, p90 / typicalSeconds, ran.size(),
        allSeconds * 1e3, ran.size() / allSeconds);
    java.util.List<TestResult> slowest = ran.stream()
        .sorted(java.util.Comparator.comparingDouble(TestResult::seconds).reversed()).limit(5).toList();
    StringBuilder b = new StringBuilder("slowest:");
    for (TestResult r : slowest) {
      b.append(String.format(Locale.ROOT, " %s %.0f ms (%s),", r.program().path(), r.seconds() * 1e3, r.status().word));
    }
    out.println(b.substring(0, b.length() - 1));
  }
}
