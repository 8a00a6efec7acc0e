package dev.rivet.emulator;

/** What kind of CPU fault stopped a board; FaultReport carries the details. */
public enum FaultKind {
  UNMAPPED_READ("read from unmapped memory"),
  UNMAPPED_WRITE("write to unmapped memory"),
  UNMAPPED_FETCH("jump to unmapped memory"),
  NULL_POINTER("null pointer dereference"),
  WRITE_TO_FLASH("write to flash"),
  EXECUTE_FROM_RAM("execute from RAM"),
  STACK_OVERFLOW("stack overflow"),
  INVALID_OPCODE("invalid opcode"),
  DIVISION_ERROR("division error"),
  HALT("hlt with interrupts disabled"),
  CPU_EXCEPTION("CPU exception"),
  RAN_OFF("ran off into the weeds"),
  BAD_HOSTCALL("host call with a bad request block"),
  HOST_ERROR("internal error in a device");

  private final String description;

  FaultKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
