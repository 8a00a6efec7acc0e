package dev.rivet.emulator;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.rivet.board.Board;
import dev.rivet.board.MemoryMap;
import dev.rivet.emulator.unicorn.Uc;
import dev.rivet.emulator.unicorn.Unicorn;
import java.lang.foreign.MemorySegment;

/**
 * The board's memory as host memory mapped into Unicorn (uc_mem_map_ptr): flash (read + execute),
 * the low RAM (runtime data + heap, read + write), and the high RAM (stack + boot-info page and the
 * rest of RAM, read + write), with the guard page between them left unmapped. Because the host
 * owns the bytes, host calls read guest memory and snapshots copy RAM without a call into Unicorn.
 * RAM is never executable and flash never writable, so no translated code can go stale under
 * a host write.
 */
final class BoardMemory implements GuestMemory {
  final MemoryMap map;
  final MemorySegment flash;
  final MemorySegment lowRam;
  final MemorySegment highRam;
  private final long flashBase;
  private final long lowBase;
  private final long highBase;

  BoardMemory(Unicorn uc, MemoryMap map) {
    this.map = map;
    Board board = map.board();
    flashBase = board.flash().base();
    lowBase = board.ram().base();
    highBase = map.stackBase();
    flash = uc.allocate(board.flash().size(), Board.PAGE);
    lowRam = uc.allocate(map.guardBase() - lowBase, Board.PAGE);
    highRam = uc.allocate(board.ram().end() - highBase, Board.PAGE);
    uc.memMapPtr(flashBase, flash.byteSize(), Uc.UC_PROT_READ | Uc.UC_PROT_EXEC, flash);
    uc.memMapPtr(lowBase, lowRam.byteSize(), Uc.UC_PROT_READ | Uc.UC_PROT_WRITE, lowRam);
    uc.memMapPtr(highBase, highRam.byteSize(), Uc.UC_PROT_READ | Uc.UC_PROT_WRITE, highRam);
  }

  boolean inFlash(long address) {
    return address >= flashBase && address - flashBase < flash.byteSize();
  }

  boolean inRam(long address) {
    return map.board().ram().contains(address, 1);
  }

  boolean inGuard(long address) {
    return address >= map.guardBase() && address < map.stackBase();
  }

  /** The host segment holding [address, address + length), or null when it is not all mapped. */
  private MemorySegment slice(long address, long length, boolean forWrite) {
    if (length < 0 || address < 0) {
      return null;
    }
    if (!forWrite && within(address, length, flashBase, flash.byteSize())) {
      return flash.asSlice(address - flashBase, length);
    }
    if (within(address, length, lowBase, lowRam.byteSize())) {
      return lowRam.asSlice(address - lowBase, length);
    }
    if (within(address, length, highBase, highRam.byteSize())) {
      return highRam.asSlice(address - highBase, length);
    }
    return null;
  }

  private static boolean within(long address, long length, long base, long size) {
    return address >= base && length <= size && address - base <= size - length;
  }

  /** Loader access: writes into flash or RAM regardless of guest permissions. */
  void load(long address, byte[] bytes) {
    MemorySegment target = within(address, bytes.length, flashBase, flash.byteSize())
        ? flash.asSlice(address - flashBase, bytes.length)
        : slice(address, bytes.length, true);
    if (target == null) {
      throw new IllegalArgumentException(String.format("0x%x+%d is outside the board's memory", address, bytes.length));
    }
    MemorySegment.copy(bytes, 0, target, JAVA_BYTE, 0, bytes.length);
  }

  @Override
  public byte[] read(long address, long length) throws BadGuestPointer {
    MemorySegment s = length > Integer.MAX_VALUE ? null : slice(address, length, false);
    if (s == null) {
      throw new BadGuestPointer(address, length);
    }
    return s.toArray(JAVA_BYTE);
  }

  @Override
  public void write(long address, byte[] bytes) throws BadGuestPointer {
    MemorySegment s = slice(address, bytes.length, true);
    if (s == null) {
      throw new BadGuestPointer(address, bytes.length);
    }
    MemorySegment.copy(bytes, 0, s, JAVA_BYTE, 0, bytes.length);
  }

  @Override
  public long readLong(long address) throws BadGuestPointer {
    MemorySegment s = slice(address, 8, false);
    if (s == null) {
      throw new BadGuestPointer(address, 8);
    }
    return s.get(JAVA_LONG_UNALIGNED, 0);
  }

  @Override
  public void writeLong(long address, long value) throws BadGuestPointer {
    MemorySegment s = slice(address, 8, true);
    if (s == null) {
      throw new BadGuestPointer(address, 8);
    }
    s.set(JAVA_LONG_UNALIGNED, 0, value);
  }

  /** True when [address, address + length) is writable RAM. */
  boolean isWritable(long address, long length) {
    return slice(address, length, true) != null;
  }
}
