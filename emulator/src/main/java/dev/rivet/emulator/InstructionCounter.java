package dev.rivet.emulator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.rivet.emulator.unicorn.Uc;
import dev.rivet.emulator.unicorn.Unicorn;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Counts guest instructions retired, deterministically, with the native block hook in
 * native/rivethooks.c (bundled as /native/librivethooks.so, extracted to a temporary file once per
 * JVM). Counting is per translation block: when a block starts, all its instructions count. The
 * count therefore includes the rest of the block an `in` from the clock sits in, the same amount on
 * every run. The budget stops the run before the first block that would take the count past it,
 * so a run never retires more than its budget.
 */
final class InstructionCounter implements AutoCloseable {
  // Offsets of the public fields of `struct counter` in rivethooks.c.
  private static final long RETIRED = 0, BUDGET = 8, EXHAUSTED = 16, STOP_NEXT = 32, LIMIT = 40;

  private static Native lib;

  private record Native(MethodHandle create, MethodHandle destroy, MemorySegment blockHook,
      MemorySegment profiledBlockHook, MethodHandle profile) {}

  private final Native fns;
  private final MemorySegment counter;
  private long hook;
  private boolean profiling;
  private final Unicorn uc;
  private boolean closed;
  private boolean detached;

  InstructionCounter(Unicorn uc) throws HostLibraryError {
    this.uc = uc;
    this.fns = load();
    try {
      MemorySegment c = (MemorySegment) fns.create.invokeExact(
          uc.library().symbol("uc_emu_stop"), uc.library().symbol("uc_mem_read"));
      if (c.equals(MemorySegment.NULL)) {
        throw new HostLibraryError("the instruction counter could not be created (out of memory or Capstone failed)");
      }
      counter = c.reinterpret(48);
    } catch (HostLibraryError e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    hook = uc.hookNative(Uc.UC_HOOK_BLOCK, fns.blockHook, counter, 1, 0);
  }

  long retired() {
    return counter.get(JAVA_LONG, RETIRED);
  }

  void setRetired(long value) {
    counter.set(JAVA_LONG, RETIRED, value);
  }

  /** Stop once this many instructions have retired (0: never). Clears the exhausted flag. */
  void setBudget(long budget) {
    counter.set(JAVA_LONG, BUDGET, budget);
    counter.set(JAVA_LONG, EXHAUSTED, 0L);
    if (counter.get(JAVA_LONG, STOP_NEXT) == 0) {
      counter.set(JAVA_LONG, LIMIT, budget == 0 ? -1L : budget); // -1 is UINT64_MAX
    }
  }

  /**
   * Stops the board before the next block starts (any thread). The only clean way to pause a run:
   * see the comment at the top of rivethooks.c.
   */
  void stopAtNextBlock() {
    if (closed) {
      return;
    }
    counter.set(JAVA_LONG, STOP_NEXT, 1L);
    counter.set(JAVA_LONG, LIMIT, 0L);
  }

  /** Forgets a stop request that arrived after the run had already ended. */
  void clearStopRequest() {
    counter.set(JAVA_LONG, STOP_NEXT, 0L);
    long budget = counter.get(JAVA_LONG, BUDGET);
    counter.set(JAVA_LONG, LIMIT, budget == 0 ? -1L : budget);
  }

  boolean exhausted() {
    return counter.get(JAVA_LONG, EXHAUSTED) != 0;
  }

  /**
   * Swaps the block hook for its profiling variant, which also adds each block's instructions to
   * that block's entry (see counter_block_profiled). Counting and stopping stay the same; the
   * plain hook never pays for profiling.
   */
  void startProfiling() {
    if (profiling || detached) {
      return;
    }
    profiling = true;
    uc.hookDelete(hook);
    hook = uc.hookNative(Uc.UC_HOOK_BLOCK, fns.profiledBlockHook, counter, 1, 0);
  }

  /**
   * (block address, guest instructions executed in it, times it ran) triples, flattened; empty
   * unless profiling.
   */
  long[] profile() {
    if (!profiling) {
      return new long[0];
    }
    try (Arena arena = Arena.ofConfined()) {
      long n = 0;
      long max = 4096;
      while (true) {
        MemorySegment buf = arena.allocate(JAVA_LONG, 3 * max);
        n = (long) fns.profile.invokeExact(counter, buf, max);
        if (n <= max) {
          return buf.asSlice(0, 24 * n).toArray(JAVA_LONG);
        }
        max = n;
      }
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** Removes the block hook, leaving the engine uncounted (CountingBenchmark compares with that). */
  void detach() {
    if (!detached) {
      detached = true;
      uc.hookDelete(hook);
    }
  }

  /**
   * Frees the counter. Call it after closing the engine: uc_close frees the hook itself, and
   * deleting a hook right before uc_close is a pattern we saw corrupt the heap with 2.1.1.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      fns.destroy.invokeExact(counter);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static synchronized Native load() throws HostLibraryError {
    if (lib != null) {
      return lib;
    }
    Path file;
    try (InputStream in = InstructionCounter.class.getResourceAsStream("/native/librivethooks.so")) {
      if (in == null) {
        throw new HostLibraryError("the build is missing /native/librivethooks.so (rebuild the emulator module)");
      }
      file = Files.createTempFile("rivethooks", ".so");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new HostLibraryError("cannot extract librivethooks.so: " + e.getMessage(), e);
    }
    SymbolLookup lookup;
    try {
      lookup = SymbolLookup.libraryLookup(file, Arena.global());
    } catch (IllegalArgumentException e) {
      throw new HostLibraryError("librivethooks.so cannot be loaded (is libcapstone4 installed?): " + e.getMessage(), e);
    }
    Linker l = Linker.nativeLinker();
    MemorySegment create = lookup.find("counter_new").orElseThrow();
    MemorySegment destroy = lookup.find("counter_free").orElseThrow();
    MemorySegment block = lookup.find("counter_block").orElseThrow();
    MemorySegment profiled = lookup.find("counter_block_profiled").orElseThrow();
    MemorySegment profile = lookup.find("counter_profile").orElseThrow();
    lib = new Native(
        l.downcallHandle(create, FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS)),
        l.downcallHandle(destroy, FunctionDescriptor.ofVoid(ADDRESS)),
        block, profiled,
        l.downcallHandle(profile, FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG)));
    return lib;
  }
}
