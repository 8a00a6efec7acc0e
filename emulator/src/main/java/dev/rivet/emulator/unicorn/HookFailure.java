package dev.rivet.emulator.unicorn;

/** A hook threw; the emulation was stopped and the original throwable is the cause. */
public final class HookFailure extends RuntimeException {
  public HookFailure(Throwable cause) {
    super("a hook failed during emulation: " + cause, cause);
  }
}
