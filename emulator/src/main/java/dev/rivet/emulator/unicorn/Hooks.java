package dev.rivet.emulator.unicorn;

/**
 * The Java shapes of Unicorn's hook callbacks. An implementation may throw: the binding catches
 * every throwable at the native boundary, stops the emulation and rethrows it from
 * {@link Unicorn#start} (see {@link HookFailure}), so an exception never unwinds through Unicorn.
 */
public final class Hooks {
  private Hooks() {}

  /** UC_HOOK_CODE and UC_HOOK_BLOCK: an instruction or a translation block at address. */
  @FunctionalInterface
  public interface Code {
    void run(long address, int size);
  }

  /** UC_HOOK_INTR: a CPU exception or software interrupt number (0 = #DE, 6 = #UD, ...). */
  @FunctionalInterface
  public interface Interrupt {
    void run(int number);
  }

  /** UC_HOOK_INSN with UC_X86_INS_IN: the value the guest reads from port (size 1, 2 or 4). */
  @FunctionalInterface
  public interface PortIn {
    int read(int port, int size);
  }

  /** UC_HOOK_INSN with UC_X86_INS_OUT: the guest wrote value to port. */
  @FunctionalInterface
  public interface PortOut {
    void write(int port, int size, int value);
  }

  /** UC_HOOK_MEM_READ / WRITE / FETCH: a valid access (type is a UC_MEM_* constant). */
  @FunctionalInterface
  public interface Memory {
    void access(int type, long address, int size, long value);
  }

  /** UC_HOOK_MEM_*_UNMAPPED / *_PROT: return true only after making the access valid. */
  @FunctionalInterface
  public interface InvalidMemory {
    boolean access(int type, long address, int size, long value);
  }

  /** UC_HOOK_INSN_INVALID: return true to continue (after changing rip), false to stop. */
  @FunctionalInterface
  public interface InvalidInstruction {
    boolean run();
  }
}
