package dev.rivet.emulator;

/**
 * One host-call request as the guest wrote it (docs/board-abi.md, "Host-call request block"):
 * the op and its four arguments. The handler answers with a {@link Reply}.
 */
public record HostCall(int op, long arg0, long arg1, long arg2, long arg3) {
  public static final int VERSION = 1, LOG = 2;
  public static final int OK = 0, UNKNOWN_OP = 1, BAD_POINTER = 2, REFUSED = 3, NOT_FOUND = 4, HOST_ERROR = 5;
  public static final int ABI_VERSION = 1;
  /** Size of the request block in guest memory. */
  public static final int BLOCK_SIZE = 56;

  /** status (0 ok, 1 unknown op, 2 bad pointer, 3 refused, 4 not found, 5 host error) and ret0/1. */
  public record Reply(int status, long ret0, long ret1) {
    public static Reply ok(long ret0) {
      return new Reply(OK, ret0, 0);
    }

    public static Reply ok() {
      return new Reply(OK, 0, 0);
    }

    public static Reply status(int status) {
      return new Reply(status, 0, 0);
    }
  }
}
