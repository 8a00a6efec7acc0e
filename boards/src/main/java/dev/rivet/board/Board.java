package dev.rivet.board;

import java.util.Objects;

/**
 * One board: its memory regions and devices, as described by a file in boards/.
 * Pure data: the memory map built from it lives in {@link MemoryMap}; nothing here touches a CPU.
 */
public record Board(
    String name,
    String description,
    Region flash,
    Region ram,
    long heapSize,
    long stackSize,
    Devices devices) {

  public static final long PAGE = 4096;

  public Board {
    Objects.requireNonNull(name);
    Objects.requireNonNull(description);
    Objects.requireNonNull(flash);
    Objects.requireNonNull(ram);
    Objects.requireNonNull(devices);
  }

  /** A contiguous address range [base, base + size). */
  public record Region(long base, long size) {
    public long end() {
      return base + size;
    }

    public boolean contains(long address, long length) {
      return length >= 0 && address >= base && address + length <= end() && address + length >= address;
    }

    public boolean overlaps(Region other) {
      return base < other.end() && other.base < end();
    }

    @Override
    public String toString() {
      return String.format("0x%x..0x%x", base, end());
    }
  }

  /** The I/O ports of the board's devices and the rate of its deterministic clock. */
  public record Devices(int uartPort, int exitPort, int hostcallPort, int clockPort, long clockHz) {}
}
