package dev.rivet.emulator;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import dev.rivet.board.MemoryMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loader and memory map: the guest reads back what the ABI promises it. */
class BoardMachineTest {
  @Test
  void bootInfoMemoryMapAndLoaderPromises() throws Exception {
    Board board = Boards.load("tiny");
    BootOptions options = new BootOptions(BootOptions.GC_STRESS | BootOptions.VERBOSE_BOOT,
        List.of(3L, 70L), List.of("main.py", "héllo", ""));
    try (BoardMachine m = BoardMachine.boot(board, Guests.elf("bootinfo"), options)) {
      MemoryMap map = m.memoryMap();
      RunResult r = m.run(RunLimits.NONE);
      RunResult.Exited exited = assertInstanceOf(RunResult.Exited.class, r, () -> r.toString());
      assertEquals(7, exited.code());
      String expected = String.join("\n",
          "magic 0x0000000049425652",
          "version 1",
          "flash " + hex(0x100000) + " " + hex(1 << 20),
          "ram " + hex(0x20000000) + " " + hex(256 << 10),
          "heap " + hex(map.heapBase()) + " " + hex(64 << 10),
          "stack " + hex(map.stackBase()) + " " + hex(64 << 10),
          "image " + hex(0) + " " + hex(0),
          "options " + hex(5),
          "gc_at 3 70",
          "ports 1016 244 1296 64",
          "clock_hz 16000000",
          "board tiny",
          "argv main.py héllo ",
          "argv_size " + ("main.py".length() + 1 + "héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1 + 1),
          "rsp " + hex(map.stackTop()),
          "data 42 bss 0",
          "sse 3",
          "");
      assertEquals(expected, r.outputText());
      assertTrue(map.heapBase() >= board.ram().base() && map.heapBase() % Board.PAGE == 0);
      assertEquals(map.heapEnd() + Board.PAGE, map.stackBase());
    }
  }

  @Test
  void guardPageIsUnmappedAndRamAndFlashAreAccessible() throws Exception {
    try (BoardMachine m = Guests.boot("bootinfo")) {
      MemoryMap map = m.memoryMap();
      assertThrows(BadGuestPointer.class, () -> m.memory().read(map.guardBase(), 1));
      assertThrows(BadGuestPointer.class, () -> m.memory().read(map.stackBase() - 1, 2));
      assertThrows(BadGuestPointer.class, () -> m.memory().read(0, 1));
      assertThrows(BadGuestPointer.class, () -> m.memory().write(0x100000, new byte[1]));
      assertEquals(1, m.memory().read(0x100000, 1).length);
      m.memory().write(map.heapBase(), new byte[] {9});
      assertEquals(9, m.memory().read(map.heapBase(), 1)[0]);
      assertEquals(0x49425652L, m.memory().readLong(map.bootInfo()) & 0xFFFFFFFFL);
    }
  }

  private static String hex(long v) {
    return String.format("0x%016x", v);
  }

  @Test
  void closedBoardsAndSnapshotsRefuseInsteadOfTouchingFreedMemory() throws Exception {
    BoardMachine m = Guests.boot("bootinfo");
    Snapshot s = m.snapshot();
    s.close();
    assertThrows(IllegalStateException.class, () -> m.restore(s));
    m.close();
    m.close();
    assertThrows(IllegalStateException.class, () -> m.run(RunLimits.NONE));
    m.requestStop(); // harmless once closed
    assertThrows(IllegalStateException.class, () -> m.unicorn().regRead(dev.rivet.emulator.unicorn.Uc.UC_X86_REG_RAX));
  }
}
