package dev.rivet.emulator.heapwatch;

import dev.rivet.emulator.BadGuestPointer;
import dev.rivet.emulator.GuestMemory;

/**
 * Reads the runtime's allocation table from guest memory, the way gc.c lays it out: block b's state
 * is bits (b&3)*2 of atb[b>>2]; FREE=0, HEAD=1, TAIL=2, MARK=3. The table's address, the pool and
 * the block count are read from the collector's variables once gc_init has set them.
 */
final class AllocationTable {
  static final int FREE = 0, HEAD = 1, TAIL = 2, MARK = 3;

  private final GuestMemory memory;
  private final GcSymbols symbols;
  long atb, pool, nblocks;

  AllocationTable(GuestMemory memory, GcSymbols symbols) {
    this.memory = memory;
    this.symbols = symbols;
  }

  /** True once gc_init has run (the pool is known). */
  boolean ready() {
    if (nblocks == 0) {
      try {
        atb = memory.readLong(symbols.atbVar());
        pool = memory.readLong(symbols.poolVar());
        nblocks = memory.readLong(symbols.nblocksVar());
      } catch (BadGuestPointer e) {
        nblocks = 0;
      }
    }
    return nblocks != 0;
  }

  long poolEnd() {
    return pool + nblocks * GcSymbols.BLOCK;
  }

  boolean inPool(long address) {
    return address >= pool && address < poolEnd();
  }

  long blockOf(long address) {
    return (address - pool) / GcSymbols.BLOCK;
  }

  long addressOf(long block) {
    return pool + block * GcSymbols.BLOCK;
  }

  /** The whole table, one byte per four blocks. */
  byte[] copy() throws BadGuestPointer {
    return memory.read(atb, nblocks / 4);
  }

  int state(long block) throws BadGuestPointer {
    int b = memory.read(atb + (block >> 2), 1)[0];
    return (b >> ((block & 3) * 2)) & 3;
  }

  /** Bytes of the live allocation whose head block is at {@code head}, read from guest memory. */
  long sizeAt(long head) throws BadGuestPointer {
    long block = blockOf(head);
    long n = 1;
    while (block + n < nblocks && state(block + n) == TAIL) {
      n++;
    }
    return n * GcSymbols.BLOCK;
  }

  static int state(byte[] table, long block) {
    return (table[(int) (block >> 2)] >> ((block & 3) * 2)) & 3;
  }

  /** Blocks in the allocation whose head is {@code head} in {@code table} (head plus its TAIL run). */
  static long length(byte[] table, long head, long nblocks) {
    long end = head + 1;
    while (end < nblocks && state(table, end) == TAIL) {
      end++;
    }
    return end - head;
  }
}
