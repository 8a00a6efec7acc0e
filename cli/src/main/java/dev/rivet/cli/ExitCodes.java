package dev.rivet.cli;

/** The exit codes of every rivet command; docs/board-abi.md lists them for users. */
public final class ExitCodes {
  public static final int OK = 0;
  /** A guest program's uncaught exception, a failing test, a hunt that found a divergence. */
  public static final int FAILURE = 1;
  /** Usage, board, source, image or firmware error: nothing was run and nothing was written. */
  public static final int BAD_INPUT = 2;
  /** The host cannot run boards: libunicorn, capstone or the runtime build is missing or broken. */
  public static final int HOST = 3;
  /** Instruction budget or wall-clock limit reached. */
  public static final int TIMEOUT = 124;
  /** The board stopped on a CPU fault. */
  public static final int FAULT = 125;
  /** A bug in rivet itself. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
