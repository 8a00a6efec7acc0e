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

  /** What feeds a board's UART receiver. */
  static volatile InputStream input = System.in;

  private Terminal() {}

  static void set(PrintStream out) {
    OUT.set(out);
  }

  static PrintStream out() {
    return OUT.get();
  }
}
