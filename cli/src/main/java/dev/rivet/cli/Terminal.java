package dev.rivet.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The byte streams of the current CLI invocation, for commands that pass bytes through unchanged
 * (a board's UART output must reach stdout byte for byte, which picocli's PrintWriter cannot do).
 * Main.run sets them per thread; tests swap {@link #input} to type into a board.
 */
final class Terminal {
  private static final ThreadLocal<PrintStream> OUT = ThreadLocal.withInitial(() -> System.out);

  /**
   * What feeds a board's UART receiver: the process's stdin when rivet runs as a command
   * (Main.main sets it), nothing for in-process callers such as tests, whose JVM stdin belongs to
   * the test runner.
   */
  static volatile InputStream input = InputStream.nullInputStream();

  private Terminal() {}

  static void set(PrintStream out) {
    OUT.set(out);
  }

  static PrintStream out() {
    return OUT.get();
  }
}
