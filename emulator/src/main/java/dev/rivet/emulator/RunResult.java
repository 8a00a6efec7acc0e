package dev.rivet.emulator;

import java.nio.charset.StandardCharsets;

/**
 * How a run of a board ended. Every outcome carries the UART output transmitted during that run and
 * the guest instructions retired since boot (what the guest's clock counts).
 */
public sealed interface RunResult {
  byte[] output();

  long instructions();

  default String outputText() {
    return new String(output(), StandardCharsets.UTF_8);
  }

  /** The guest wrote to the debug-exit port; code is value & 0xFF. */
  record Exited(int code, byte[] output, long instructions) implements RunResult {}

  /** The CPU faulted; the report says what, where and how we got there. */
  record Faulted(FaultReport report, byte[] output, long instructions) implements RunResult {}

  /** A limit was reached before the guest exited. */
  record TimedOut(Limit limit, byte[] output, long instructions) implements RunResult {}

  /** The host asked the board to stop (e.g. from a host-call handler); run() resumes it. */
  record Stopped(byte[] output, long instructions) implements RunResult {}

  enum Limit {
    INSTRUCTION_BUDGET("instruction budget"),
    WALL_CLOCK("wall-clock limit");

    private final String text;

    Limit(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
