package dev.rivet.cli;

/** An error for the user: printed as one line, {@code rivet: error: MESSAGE}, with an exit code. */
public final class UserError extends RuntimeException {
  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
