package dev.rivet.cli;

import dev.rivet.emulator.ProfileRow;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code rivet run --stats} and {@code --profile} (stderr, after the guest's output):
 * one stats line, and a flat profile of guest instructions and block runs per runtime function.
 * Formatting only.
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

  /**
   * The top rows of a per-function profile, with each row's share of all retired instructions and
   * the translation blocks it ran (instructions per block run in the last column: the emulator
   * pays a fixed cost per block, so short blocks on a hot path cost more than their count says).
   */
  static String profile(List<ProfileRow> rows, long total, int top) {
    long blocks = 0;
    for (ProfileRow r : rows) {
      blocks += r.blocksRun();
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "rivet: profile: %d guest instructions in %d translation blocks; top %d functions:%n",
        total, blocks, Math.min(top, rows.size())));
    b.append(String.format(Locale.ROOT, "%7s %7s %14s %12s %6s  %s%n", "self%", "cum%", "instructions", "blocks", "i/blk", "function"));
    long cum = 0;
    for (int i = 0; i < rows.size() && i < top; i++) {
      ProfileRow r = rows.get(i);
      cum += r.instructions();
      b.append(String.format(Locale.ROOT, "%6.2f%% %6.2f%% %14d %12d %6.1f  %s%n", pct(r.instructions(), total),
          pct(cum, total), r.instructions(), r.blocksRun(),
          r.blocksRun() == 0 ? 0.0 : (double) r.instructions() / r.blocksRun(), r.name()));
    }
    return b.toString();
  }

  private static double pct(long n, long total) {
    return total == 0 ? 0 : 100.0 * n / total;
  }
}
