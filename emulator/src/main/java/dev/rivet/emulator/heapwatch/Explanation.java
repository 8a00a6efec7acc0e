package dev.rivet.emulator.heapwatch;

import java.util.List;

/**
 * What the heap watcher saw on one run: the collections (with the roots each one scanned and the
 * allocations it freed), the first accesses to freed blocks, and the heap occupancy over time.
 * Plain data; source lines are filled in by {@link SourceLines} after the run.
 */
public record Explanation(List<Collection> collections, List<StaleAccess> staleAccesses, List<HeapSample> timeline,
    long allocations, long instructions, HeadTrace headTrace) {

  /**
   * Where the head pointer of one traced allocation lived between its allocation and the collection
   * that freed it: the registers that held it before the instruction {@code lastHeld} (the last
   * instruction before which any register held it; it overwrote the last copy unless it is the
   * collection's own entry), and how many instructions before the collection that was.
   * {@code instruction} is that instruction's disassembly. {@code storedTo} lists stack slots the head was written to (null when none).
   */
  public record HeadTrace(long allocation, long head, Frame lastHeld, String instruction, List<String> registers,
      long instructionsBeforeCollection, List<Long> storedTo, int collection) {}

  /** A guest code address with its symbol and, when resolved, its C source line ("" if unknown). */
  public record Frame(long pc, String function, String source) {
    public Frame withSource(String s) {
      return new Frame(pc, function, s);
    }
  }

  /** One allocation as gc_alloc_noraise returned it: number (1-based), head, size, caller's backtrace. */
  public record Allocation(long number, long head, long bytes, long instructions, List<Frame> backtrace) {}

  /** A word the collection scanned that pointed into a freed allocation (never at its head). */
  public record RootRef(String where, long slot, long value, long offset) {}

  /**
   * An allocation the collection freed, what it held (e.g. "object of type code", "bytecode image
   * (RVBC)", "raw data"; from its first word before the sweep), and what pointed into it from the roots.
   */
  public record Freed(long head, long bytes, String kind, Allocation allocation, List<RootRef> interiorRoots) {}

  /**
   * One collection: its number (1-based), the allocation count at the time, the backtrace of its
   * caller, the callee-saved registers gc_capture_regs spilled (rbx, rbp, r12..r15), the stack
   * range scanned, and the allocations it freed.
   */
  public record Collection(int number, long atAllocation, long instructions, List<Frame> backtrace,
      List<Long> savedRegisters, long stackFrom, long stackTo, long liveBlocksBefore, long liveBlocksAfter,
      List<Freed> freed) {
    public static final List<String> REGISTER_NAMES = List.of("rbx", "rbp", "r12", "r13", "r14", "r15");
  }

  /** The first read or write of a freed allocation after it was freed (and before it was reused). */
  public record StaleAccess(boolean write, long address, int size, long instructions, Frame at, List<Frame> backtrace,
      Freed block, int collection) {}

  /** Heap occupancy (live 16-byte blocks) after an allocation or a collection. */
  public record HeapSample(long allocation, long instructions, long liveBlocks, boolean collection) {}
}
