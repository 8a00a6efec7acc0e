package dev.rivet.emulator.unicorn;

/** A uc_* call failed: carries Unicorn's error code and message. A bug or a host problem. */
public final class UnicornException extends RuntimeException {
  private final int code;

  public UnicornException(String call, int code, String message) {
    super(call + " failed: " + message + " (uc_err " + code + ")");
    this.code = code;
  }

  public int code() {
    return code;
  }
}
