package dev.rivet.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code rivet test}'s progress: a bar with counts redrawn in place on a terminal, one line per
 * program otherwise. Cheap per program: lines are collected and written (and flushed) at most
 * every {@link #FLUSH_NANOS}, and the bar is redrawn at most that often, because at a few
 * milliseconds per test a flushed write per program was a visible share of the run (--stats).
 * Thread-safe: workers report concurrently.
 */
final class TestProgress {
  private static final long FLUSH_NANOS = 100_000_000L;

  private final PrintWriter out;
  private final int total;
  private final boolean terminal;
  private final StringBuilder pending = new StringBuilder();
  private int done, failed, skipped;
  private long lastFlush = System.nanoTime();

  TestProgress(PrintWriter out, int total, boolean terminal) {
    this.out = out;
    this.total = total;
    this.terminal = terminal;
  }

  synchronized void done(TestResult r) {
    done++;
    if (r.status().isFailure()) failed++;
    if (r.status() == TestResult.Status.SKIPPED) skipped++;
    if (!terminal) {
      pending.append('[').append(done).append('/').append(total).append("] ");
      String word = r.status().word.toUpperCase(Locale.ROOT);
      pending.append(word).append(" ".repeat(Math.max(1, 10 - word.length()))).append(r.program().path()).append('\n');
    }
    long now = System.nanoTime();
    if (now - lastFlush >= FLUSH_NANOS || done == total) {
      lastFlush = now;
      flush();
    }
  }

  private void flush() {
    if (terminal) {
      int width = 30, filled = done * width / total;
      out.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + "  " + failed
          + " failed  " + skipped + " skipped ");
    } else {
      out.print(pending);
      pending.setLength(0);
    }
    out.flush();
  }

  /** Writes what is still pending (after the last program, or when the run stops early). */
  synchronized void finish() {
    flush();
    if (terminal) {
      out.println();
    }
  }
}
