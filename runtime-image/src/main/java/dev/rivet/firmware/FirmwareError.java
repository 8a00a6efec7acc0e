package dev.rivet.firmware;

/**
 * A runtime build, bytecode image or firmware file that cannot be used: not ELF, the wrong
 * machine, truncated, out of the board's memory, built for another board. The message is one
 * line that names the file (its origin) and the problem; the CLI prints it as is (exit code 2).
 */
public final class FirmwareError extends Exception {
  public FirmwareError(String message) {
    super(message, null, false, false);
  }
}
