package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import dev.rivet.board.MemoryMap;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import dev.rivet.firmware.Firmware;
import dev.rivet.firmware.FirmwareLinker;
import dev.rivet.firmware.Runtimes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The skeleton runtime (boot stub, HAL, rivet_main) on the real board machine, every variant. */
class RuntimeBootTest {
  static final byte[] IMAGE = "RVBC and some opaque bytes".getBytes(StandardCharsets.US_ASCII);

  static Firmware firmware(String variant, Board board) throws Exception {
    return Firmware.parse(FirmwareLinker.link(Runtimes.load(variant), variant, IMAGE, board), variant, board);
  }

  @Test
  void bannerShowsTheMemoryMapTheLoaderBuilt() throws Exception {
    for (String boardName : Boards.BUNDLED) {
      Board board = Boards.load(boardName);
      for (String variant : Runtimes.variants()) {
        Firmware fw = firmware(variant, board);
        try (BoardMachine m = BoardMachine.boot(board, fw.elf(), BootOptions.DEFAULT.withOptions(BootOptions.VERBOSE_BOOT))) {
          RunResult r = m.run(RunLimits.instructions(10_000_000));
          RunResult.Exited e = assertInstanceOf(RunResult.Exited.class, r, r::toString);
          assertEquals(0, e.code());
          MemoryMap map = m.memoryMap();
          String expected = String.format("""
              Rivet runtime %s on board %s: heap %d KiB, image %d bytes
                flash 0x%x..0x%x  ram 0x%x..0x%x
                heap 0x%x..0x%x  stack 0x%x..0x%x  image 0x%x
              no VM linked: banner only
              """, variant, board.name(), board.heapSize() / 1024, IMAGE.length,
              board.flash().base(), board.flash().end(), board.ram().base(), board.ram().end(),
              map.heapBase(), map.heapEnd(), map.stackBase(), map.stackTop(), fw.imageBase());
          assertEquals(expected, r.outputText());
          assertEquals(map.heapBase(), fw.memoryMap().heapBase(), "loader and firmware reader agree on the layout");
        }
      }
    }
  }

  @Test
  void badBootInfoIsReportedOverTheUart() throws Exception {
    Board board = Boards.load("standard");
    Firmware fw = firmware("O2", board);
    try (BoardMachine m = BoardMachine.boot(board, fw.elf(), BootOptions.DEFAULT)) {
      m.memory().write(m.memoryMap().bootInfo() + 4, new byte[] {9, 0, 0, 0}); // version 9
      RunResult r = m.run(RunLimits.instructions(10_000_000));
      RunResult.Exited e = assertInstanceOf(RunResult.Exited.class, r, r::toString);
      assertEquals(121, e.code());
      assertEquals("rivet runtime: bad boot-info block (magic 0x49425652, version 9; want 0x49425652, version 1)\n",
          r.outputText());
    }
  }
}
