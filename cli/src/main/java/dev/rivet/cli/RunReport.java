package dev.rivet.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of {@code rivet run --stats} and {@code --profile} (stderr, after the guest's output):
 * one stats line, and a flat profile of guest instructions per runtime function. Formatting only.
 */
final class RunReport {
  private RunReport() {}

  /**
   * "rivet: stats: N instructions, B s board time at H Hz, boot to exit W s wall clock, C s CPU":
   * one line, fields in a fixed order so scripts (bench/run-python.sh) can read them.
   */
  static String stats(long instructions, long clockHz, long wallNanos, long cpuNanos) {
    return String.format(Locale.ROOT,
        "rivet: stats: %d instructions, %.6f s board time at %d Hz, boot to exit %.6f s wall clock, %.6f s CPU",
        instructions, (double) instructions / clockHz, clockHz, wallNanos / 1e9, cpuNanos / 1e9);
  }

  /** The top rows of a per-function profile, with each row's share of all retired instructions. */
  static String profile(List<Map.Entry<String, Long>> rows, long total, int top) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "rivet: profile: %d guest instructions; top %d functions:%n", total,
        Math.min(top, rows.size())));
    b.append(String.format(Locale.ROOT, "%7s %7s %14s  %s%n", "self%", "cum%", "instructions", "function"));
    long cum = 0;
    for (int i = 0; i < rows.size() && i < top; i++) {
      long n = rows.get(i).getValue();
      cum += n;
      b.append(String.format(Locale.ROOT, "%6.2f%% %6.2f%% %14d  %s%n", pct(n, total), pct(cum, total), n, rows.get(i).getKey()));
    }
    return b.toString();
  }

  private static double pct(long n, long total) {
    return total == 0 ? 0 : 100.0 * n / total;
  }
}
