package dev.rivet.emulator;

/**
 * A native library the board needs (libunicorn, libcapstone, the instruction-counter hook library)
 * is missing or unusable. The host cannot run boards: the CLI turns this into exit code 3.
 */
public final class HostLibraryError extends Exception {
  public HostLibraryError(String message) {
    super(message);
  }

  public HostLibraryError(String message, Throwable cause) {
    super(message, cause);
  }
}
