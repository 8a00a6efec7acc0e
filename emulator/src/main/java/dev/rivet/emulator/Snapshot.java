package dev.rivet.emulator;

import dev.rivet.emulator.unicorn.Unicorn;
import java.lang.foreign.MemorySegment;

/**
 * A board's state at one moment: the CPU context, all mapped RAM, and the instruction count (the
 * guest's clock). Flash is not saved: the guest cannot write it. Host-side device queues (UART
 * input) are not part of it. Valid only for the machine that took it; its native CPU context is
 * freed by {@link #close} or with that machine.
 */
public final class Snapshot implements AutoCloseable {
  final BoardMachine owner;
  final Unicorn.Context cpu;
  /** Copies of RAM in native memory (freed with the snapshot by the GC): restore is a memcpy. */
  final MemorySegment lowRam;
  final MemorySegment highRam;
  final long retired;

  Snapshot(BoardMachine owner, Unicorn.Context cpu, MemorySegment lowRam, MemorySegment highRam, long retired) {
    this.owner = owner;
    this.cpu = cpu;
    this.lowRam = lowRam;
    this.highRam = highRam;
    this.retired = retired;
  }

  /** Instructions retired when the snapshot was taken. */
  public long instructions() {
    return retired;
  }

  /** Frees the saved CPU context; the snapshot cannot be restored afterwards. */
  @Override
  public void close() {
    cpu.close();
  }
}
