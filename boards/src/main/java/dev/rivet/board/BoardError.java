package dev.rivet.board;

/** A board file that cannot be used: unknown name, malformed TOML, or an impossible memory map. */
public final class BoardError extends Exception {
  public BoardError(String message) {
    super(message);
  }
}
