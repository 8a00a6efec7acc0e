package dev.rivet.emulator.heapwatch;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.firmware.Elf;
import dev.rivet.firmware.Runtimes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap watcher's contract with gc.c: every built runtime variant has the collector's symbols,
 * a firmware without them is refused with a message naming the first missing one, and the
 * allocation table is decoded with gc.c's layout (2 bits per block, 4 blocks per byte).
 */
class GcSymbolsTest {
  @TempDir Path tmp;

  @Test
  void everyRuntimeVariantHasTheCollectorsSymbols() throws Exception {
    for (String v : Runtimes.variants()) {
      Elf elf = Elf.parse(Runtimes.load(v), "runtime " + v);
      GcSymbols s = GcSymbols.of(elf);
      assertTrue(s.atbVar() != 0 && s.poolVar() != 0 && s.nblocksVar() != 0 && s.allocCountVar() != 0, v);
      assertTrue(s.allocNoraise().size() > 0 && s.realloc().size() > 0 && s.captureRegs().size() > 0, v);
    }
  }

  @Test
  void aFirmwareWithoutTheCollectorIsRefusedByName() throws Exception {
    Path c = Files.writeString(tmp.resolve("bare.c"), "void _start(void) { for (;;) {} }\n");
    Path elf = tmp.resolve("bare.elf");
    Process p = new ProcessBuilder("gcc", "-O2", "-ffreestanding", "-nostdlib", "-static", "-o", elf.toString(), c.toString())
        .redirectErrorStream(true).start();
    assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
    HeapWatchError e = assertThrows(HeapWatchError.class,
        () -> GcSymbols.of(Elf.parse(Files.readAllBytes(elf), "bare.elf")));
    assertTrue(e.getMessage().contains("no symbol 'atb'"), e.getMessage());
  }

  @Test
  void allocationTableDecodesGcCLayout() {
    // block 0 HEAD, 1 TAIL, 2 TAIL, 3 FREE | block 4 HEAD, 5 MARK, 6 FREE, 7 HEAD
    byte[] table = {(byte) 0b00_10_10_01, (byte) 0b01_00_11_01};
    int[] want = {1, 2, 2, 0, 1, 3, 0, 1};
    for (int b = 0; b < want.length; b++) {
      assertEquals(want[b], AllocationTable.state(table, b), "block " + b);
    }
    assertEquals(3, AllocationTable.length(table, 0, 8));
    assertEquals(1, AllocationTable.length(table, 4, 8));
    assertEquals(1, AllocationTable.length(table, 7, 8));
  }
}
