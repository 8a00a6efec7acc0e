package dev.rivet.cli;

import dev.rivet.emulator.BootOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The collector options run and test share (boot-info options bits 0/1 and the gc_at list,
 * docs/board-abi.md): one definition, mixed into each command with {@code @Mixin}.
 */
final class GcOptions {
  @Option(names = "--gc-stress", description = "Collect before every allocation (boot-info option bit 0).")
  boolean stress;

  @Option(names = "--gc-poison", description = "Fill freed blocks with the poison byte 0xEE (boot-info option bit 1).")
  boolean poison;

  @Option(names = "--gc-at", paramLabel = "K[,K...]", split = ",",
      description = "Force a collection at these allocation numbers (up to 16, ascending).")
  List<Long> at = new ArrayList<>();

  /** The option bits these flags set. */
  long bits() {
    return (stress ? BootOptions.GC_STRESS : 0) | (poison ? BootOptions.GC_POISON : 0);
  }

  /** {@code base} with these options added; a bad --gc-at list is a usage error (exit 2). */
  BootOptions applyTo(BootOptions base) {
    try {
      return base.withOptions(base.options() | bits()).withGcAt(at);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.BAD_INPUT, e.getMessage());
    }
  }
}
