package dev.rivet.emulator.heapwatch;

import dev.rivet.firmware.Elf;
import java.util.Optional;

/**
 * Where the runtime's collector keeps its state and code, from the firmware's ELF symbols
 * (runtime-image/src/vm/gc.c): the static variables {@code atb} (allocation table, 2 bits per
 * 16-byte block), {@code pool} (first block), {@code nblocks}, {@code stack_top},
 * {@code alloc_count}, {@code collecting}, and the functions {@code gc_alloc_noraise},
 * {@code gc_realloc} (grows in place over free blocks) and {@code gc_capture_regs} (assembly: never inlined, called once per collection). This record is the whole contract between the
 * heap watcher and gc.c: if a name here changes, the watcher refuses the firmware with a clear error.
 */
public record GcSymbols(long atbVar, long poolVar, long nblocksVar, long stackTopVar, long allocCountVar,
    long collectingVar, Elf.Symbol allocNoraise, Elf.Symbol realloc, Elf.Symbol captureRegs) {
  public static final int BLOCK = 16;

  /** The symbols of {@code elf}, or an error naming the first one missing. */
  public static GcSymbols of(Elf elf) throws HeapWatchError {
    return new GcSymbols(need(elf, "atb").value(), need(elf, "pool").value(), need(elf, "nblocks").value(),
        need(elf, "stack_top").value(), need(elf, "alloc_count").value(), need(elf, "collecting").value(),
        need(elf, "gc_alloc_noraise"), need(elf, "gc_realloc"), need(elf, "gc_capture_regs"));
  }

  private static Elf.Symbol need(Elf elf, String name) throws HeapWatchError {
    Optional<Elf.Symbol> s = elf.symbol(name);
    if (s.isEmpty()) {
      throw new HeapWatchError(elf.origin() + ": no symbol '" + name
          + "' (the heap watcher needs the collector's symbols of runtime-image/src/vm/gc.c; is the firmware stripped?)");
    }
    return s.get();
  }
}
