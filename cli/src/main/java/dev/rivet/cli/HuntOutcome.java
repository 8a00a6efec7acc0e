package dev.rivet.cli;

/**
 * How one schedule's run compared with the expected run: PASS, or a finding — FAULT (the CPU
 * faulted), VM_ERROR (the runtime exited with another code than expected: an uncaught exception,
 * an invalid opcode...), WRONG_OUTPUT (right exit code, other bytes on the UART) or TIMEOUT (the
 * instruction budget ran out). {@code detail} is one line saying what happened.
 */
record HuntOutcome(HuntSchedule schedule, Status status, int exitCode, long instructions, String detail) {
  enum Status {
    PASS("pass"), FAULT("fault"), VM_ERROR("vm-error"), WRONG_OUTPUT("wrong-output"), TIMEOUT("timeout");

    final String word;

    Status(String word) {
      this.word = word;
    }

    static Status of(String word) {
      for (Status s : values()) {
        if (s.word.equals(word)) {
          return s;
        }
      }
      throw new IllegalArgumentException("unknown status '" + word + "'");
    }
  }

  boolean isFinding() {
    return status != Status.PASS;
  }
}
