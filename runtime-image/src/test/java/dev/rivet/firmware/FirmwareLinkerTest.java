package dev.rivet.firmware;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking the real runtime build with an image, read back by our reader and by binutils and gdb. */
class FirmwareLinkerTest {
  static final byte[] IMAGE = "an opaque bytecode image\n".repeat(300).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void linkedFirmwareReadsBack() throws Exception {
    Board standard = Boards.load("standard");
    byte[] runtime = Runtimes.load("O2");
    Firmware fw = Firmware.parse(FirmwareLinker.link(runtime, "O2", IMAGE, standard), "fw.elf", standard);
    assertEquals(new RivetNote("standard", "O2", IMAGE.length), fw.note());
    assertEquals(0, fw.imageBase() % Board.PAGE);
    Elf rt = Elf.parse(runtime, "rt");
    long runtimeFlashEnd = rt.segments().stream().filter(Elf.Segment::isLoad)
        .mapToLong(s -> s.paddr() + s.filesz()).max().orElseThrow();
    assertTrue(fw.imageBase() >= runtimeFlashEnd && fw.imageBase() < runtimeFlashEnd + Board.PAGE);
    Elf.Segment imageSegment = fw.loads().stream().filter(s -> s.paddr() == fw.imageBase()).findFirst().orElseThrow();
    assertArrayEquals(IMAGE, fw.elf().contents(imageSegment));
    // The runtime's segments, sections and symbols come through unchanged.
    assertEquals(rt.entry(), fw.entry());
    assertEquals(rt.segments(), fw.elf().segments().subList(0, rt.segments().size()));
    assertEquals(rt.symbols(), fw.elf().symbols());
    assertEquals(rt.sections().size() + 2, fw.elf().sections().size());
    assertEquals(rt.symbol("rivet_main").orElseThrow().value(),
        fw.symbolAt(rt.symbol("rivet_main").orElseThrow().value()).orElseThrow().symbol().value());
  }

  @Test
  void binutilsAndGdbReadTheFirmware() throws Exception {
    Board standard = Boards.load("standard");
    byte[] runtime = Runtimes.load("O2");
    Path rt = dir.resolve("runtime.elf");
    Path fw = dir.resolve("fw.elf");
    Files.write(rt, runtime);
    Files.write(fw, FirmwareLinker.link(runtime, "O2", IMAGE, standard));

    String all = Tools.run(dir, "sh", "-c", "readelf -a -W fw.elf 2>&1");
    assertFalse(all.contains("Warning"), all);
    assertFalse(all.contains("Error"), all);
    assertTrue(all.contains(".rivet.image"), all);
    assertTrue(all.contains(".note.rivet"), all);
    String notes = Tools.run(dir, "readelf", "-n", "fw.elf");
    assertTrue(notes.contains("Rivet"), notes);
    // readelf prints an unknown owner's descriptor as hex bytes: decode them back to our text.
    String hex = notes.substring(notes.indexOf("description data:") + "description data:".length()).replaceAll("\\s", "");
    assertEquals("board=standard\nvariant=O2\nimage=" + IMAGE.length + "\n",
        new String(java.util.HexFormat.of().parseHex(hex), StandardCharsets.UTF_8));

    String disFw = Tools.run(dir, "objdump", "-d", "fw.elf");
    String disRt = Tools.run(dir, "objdump", "-d", "runtime.elf");
    assertEquals(disRt.substring(disRt.indexOf("Disassembly")), disFw.substring(disFw.indexOf("Disassembly")));
    assertTrue(disFw.contains("<rivet_main>:"));

    String gdb = Tools.run(dir, "gdb", "-nx", "-batch", "-ex", "info line rivet_main", "fw.elf");
    assertTrue(gdb.contains("main.c"), gdb);
  }

  @Test
  void emptyImageHasNoImageSegment() throws Exception {
    Board tiny = Boards.load("tiny");
    Firmware fw = Firmware.parse(FirmwareLinker.link(Runtimes.load("O0"), "O0", new byte[0], tiny), "fw.elf", tiny);
    assertEquals(0, fw.imageBase());
    assertEquals(0, fw.imageSize());
    assertTrue(fw.elf().section(".rivet.image").isEmpty());
    assertEquals("O0", fw.note().variant());
  }

  @Test
  void imageTooLargeForFlash() throws Exception {
    Board tiny = Boards.load("tiny");
    byte[] big = new byte[(int) tiny.flash().size()];
    FirmwareError e = assertThrows(FirmwareError.class, () -> FirmwareLinker.link(Runtimes.load("O2"), "O2", big, tiny));
    assertTrue(e.getMessage().contains("need") && e.getMessage().contains("board tiny has 1024 KiB"), e.getMessage());
  }

  @Test
  void boardWithOtherBasesIsRefused() throws Exception {
    Board standard = Boards.load("standard");
    Board moved = new Board("moved", "flash elsewhere", new Board.Region(0x40_0000, 4 << 20), standard.ram(),
        standard.heapSize(), standard.stackSize(), standard.devices());
    FirmwareError e = assertThrows(FirmwareError.class, () -> FirmwareLinker.link(Runtimes.load("O2"), "O2", IMAGE, moved));
    assertTrue(e.getMessage().contains("image built for another board"), e.getMessage());
  }

  @Test
  void ramTooSmallForDataHeapAndStack() throws Exception {
    Board standard = Boards.load("standard");
    // heap + stack + guard + boot info fill RAM exactly: no room left for the runtime's .data/.bss.
    Board full = new Board("full", "no room", standard.flash(),
        new Board.Region(standard.ram().base(), standard.heapSize() + standard.stackSize() + 2 * Board.PAGE),
        standard.heapSize(), standard.stackSize(), standard.devices());
    FirmwareError e = assertThrows(FirmwareError.class, () -> FirmwareLinker.link(Runtimes.load("O2"), "O2", IMAGE, full));
    assertTrue(e.getMessage().contains("too small"), e.getMessage());
  }

  @Test
  void runtimeVariants() throws Exception {
    assertEquals("O2", Runtimes.variants().get(0));
    assertTrue(Runtimes.variants().contains("O0"));
    FirmwareError e = assertThrows(FirmwareError.class, () -> Runtimes.load("O3"));
    assertEquals("unknown runtime variant 'O3' (known variants: " + String.join(", ", Runtimes.variants()) + ")", e.getMessage());
    assertArrayEquals(Runtimes.load("O2"), Runtimes.load(null));
    assertFalse(Arrays.equals(Runtimes.load("O2"), Runtimes.load("O0")));
  }
}
