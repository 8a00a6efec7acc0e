package dev.rivet.board;

/**
 * Where everything sits in a board's RAM once a runtime is loaded, from the bottom up:
 * the runtime's .data/.bss, the GC heap, an unmapped guard page, the stack, and the boot-info page
 * at the very top. docs/board-abi.md is the contract; the loader and the C runtime both follow it.
 *
 * @param dataEnd first RAM address past the runtime's .data/.bss (from the runtime ELF)
 */
public record MemoryMap(Board board, long dataEnd, long heapBase, long heapEnd, long guardBase,
                        long stackBase, long stackTop, long bootInfo) {

  /** Lays out RAM for a runtime whose writable data ends at {@code dataEnd}. */
  public static MemoryMap layout(Board board, long dataEnd) throws BoardError {
    Board.Region ram = board.ram();
    if (dataEnd < ram.base() || dataEnd > ram.end()) {
      throw new BoardError(String.format(
          "board %s: the runtime's data ends at 0x%x, outside RAM %s", board.name(), dataEnd, ram));
    }
    long heapBase = alignUp(dataEnd, Board.PAGE);
    long heapEnd = heapBase + board.heapSize();
    long guardBase = heapEnd;
    long stackBase = guardBase + Board.PAGE;
    long stackTop = stackBase + board.stackSize();
    long bootInfo = stackTop;
    long needed = bootInfo + Board.PAGE;
    if (needed > ram.end()) {
      throw new BoardError(String.format(
          "board %s: RAM of %d KiB is too small for the runtime's data (%d KiB), heap (%d KiB), "
              + "stack (%d KiB), guard page and boot-info page (needs %d KiB)",
          board.name(), ram.size() / 1024, (dataEnd - ram.base() + 1023) / 1024,
          board.heapSize() / 1024, board.stackSize() / 1024, (needed - ram.base() + 1023) / 1024));
    }
    return new MemoryMap(board, dataEnd, heapBase, heapEnd, guardBase, stackBase, stackTop, bootInfo);
  }

  public static long alignUp(long value, long alignment) {
    return (value + alignment - 1) & -alignment;
  }
}
