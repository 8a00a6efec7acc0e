package dev.rivet.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the boot-info block tells the runtime beyond the memory map (docs/board-abi.md): option
 * bits, the allocation numbers at which to force a collection, and sys.argv.
 */
public record BootOptions(long options, List<Long> gcAt, List<String> argv) {
  public static final long GC_STRESS = 1L << 0;
  public static final long GC_POISON = 1L << 1;
  public static final long VERBOSE_BOOT = 1L << 2;
  public static final int MAX_GC_AT = 16;
  public static final int ARGV_CAPACITY = 3808;

  public static final BootOptions DEFAULT = new BootOptions(0, List.of(), List.of());

  /** Checks the limits of the boot-info block; messages are one line for the CLI. */
  public BootOptions {
    gcAt = List.copyOf(gcAt);
    argv = List.copyOf(argv);
    if (gcAt.size() > MAX_GC_AT) {
      throw new IllegalArgumentException("at most " + MAX_GC_AT + " --gc-at allocation numbers (got " + gcAt.size() + ")");
    }
    for (int i = 0; i < gcAt.size(); i++) {
      if (gcAt.get(i) < 0 || (i > 0 && gcAt.get(i) <= gcAt.get(i - 1))) {
        throw new IllegalArgumentException("--gc-at allocation numbers must be non-negative and ascending");
      }
    }
    int size = 0;
    for (String a : argv) {
      if (a.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("a program argument contains a NUL character");
      }
      size += a.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    if (size > ARGV_CAPACITY) {
      throw new IllegalArgumentException("program arguments take " + size + " bytes; the board allows " + ARGV_CAPACITY);
    }
  }

  public BootOptions withOptions(long bits) {
    return new BootOptions(bits, gcAt, argv);
  }

  public BootOptions withGcAt(List<Long> numbers) {
    return new BootOptions(options, numbers, argv);
  }

  public BootOptions withArgv(List<String> args) {
    return new BootOptions(options, gcAt, args);
  }
}
