package dev.rivet.firmware;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firmware validator: each kind of bad firmware is one clear line naming the problem. */
class FirmwareTest {
  static Board standard;
  static byte[] good;

  @BeforeAll
  static void link() throws Exception {
    standard = Boards.load("standard");
    good = FirmwareLinker.link(Runtimes.load("O2"), "O2", new byte[5000], standard);
  }

  @Test
  void goodFirmwarePasses() throws Exception {
    Firmware fw = Firmware.parse(good, "fw.elf", standard);
    assertEquals(5000, fw.imageSize());
    assertEquals(fw.elf().symbol("_start").orElseThrow().value(), fw.entry());
    assertTrue(fw.memoryMap().heapBase() >= standard.ram().base());
  }

  @Test
  void builtForAnotherBoard() throws Exception {
    Board tiny = Boards.load("tiny");
    byte[] forTiny = FirmwareLinker.link(Runtimes.load("O2"), "O2", new byte[10], tiny);
    assertMessage(forTiny, "fw.elf: firmware built for board tiny, not standard");
  }

  @Test
  void plainRuntimeIsNotFirmware() throws Exception {
    assertMessage(Runtimes.load("O2"), "fw.elf: not Rivet firmware (no Rivet note; link an image with rivet flash)");
  }

  @Test
  void segmentOutsideFlash() throws Exception {
    byte[] bad = good.clone();
    int image = imageSegment(bad);
    setAddress(bad, image, 0x0010_0000L + standard.flash().size()); // just past flash
    assertContains(bad, "lies outside board standard's flash");
  }

  @Test
  void segmentInRam() throws Exception {
    byte[] bad = good.clone();
    setAddress(bad, imageSegment(bad), standard.ram().base());
    assertContains(bad, "segment 2 (0x20000000..0x20001388) overlaps board standard's RAM 0x20000000..0x20200000; "
        + "firmware bytes load into flash 0x100000..0x500000 only");
  }

  @Test
  void overlappingSegments() throws Exception {
    byte[] bad = good.clone();
    setAddress(bad, imageSegment(bad), standard.flash().base() + 0x100);
    assertContains(bad, "segments 0 and 2 overlap in flash");
  }

  @Test
  void dataOutsideRam() throws Exception {
    byte[] bad = good.clone();
    int data = 1; // the runtime's .data/.bss segment
    long off = phdr(bad, data);
    ElfTest.putLe64(bad, (int) off + 16, standard.ram().end() - 8); // vaddr
    assertContains(bad, "segment 1's RAM part");
  }

  @Test
  void writableFlash() throws Exception {
    byte[] bad = good.clone();
    bad[(int) phdr(bad, imageSegment(bad)) + 4] |= Elf.PF_W;
    assertContains(bad, "is writable but lies in flash");
  }

  @Test
  void entryOutsideCode() throws Exception {
    byte[] bad = good.clone();
    ElfTest.putLe64(bad, 24, standard.ram().base());
    assertContains(bad, "entry point 0x20000000 is not in executable flash");
  }

  @Test
  void readReportsMissingAndDirectories(@TempDir Path dir) throws Exception {
    FirmwareError e = assertThrows(FirmwareError.class, () -> Firmware.read(dir.resolve("nope.elf"), standard));
    assertEquals(dir.resolve("nope.elf") + ": no such file", e.getMessage());
    e = assertThrows(FirmwareError.class, () -> Firmware.read(dir, standard));
    assertTrue(e.getMessage().endsWith("is a directory, not a firmware file"));
    Path fw = dir.resolve("fw.elf");
    Files.write(fw, good);
    assertEquals(5000, Firmware.read(fw, standard).imageSize());
  }

  @Test
  void corruptedFirmwareIsOnlyEverAFirmwareError() {
    java.util.Random random = new java.util.Random(71);
    long phoff = ElfTest.le64(good, 32);
    int rejected = 0;
    for (int round = 0; round < 5000; round++) {
      byte[] bad = good.clone();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        // Program headers, section headers and the note all sit in the file's tail.
        int at = random.nextInt(4) == 0 ? 16 + random.nextInt(48) : (int) phoff - 600 + random.nextInt(bad.length - (int) phoff + 600);
        bad[at] = (byte) random.nextInt(256);
      }
      try {
        Firmware.parse(bad, "fw.elf", standard);
      } catch (FirmwareError e) {
        rejected++;
        assertTrue(e.getMessage().startsWith("fw.elf: ") && !e.getMessage().contains("\n"), e.getMessage());
      }
    }
    assertTrue(rejected > 0);
  }

  static int imageSegment(byte[] elf) throws FirmwareError {
    Elf e = Elf.parse(elf, "x");
    for (int i = 0; i < e.segments().size(); i++) {
      if (e.segments().get(i).isLoad() && e.segments().get(i).flags() == Elf.PF_R) {
        return i;
      }
    }
    throw new AssertionError("no image segment");
  }

  static long phdr(byte[] elf, int index) {
    return ElfTest.le64(elf, 32) + 56L * index;
  }

  static void setAddress(byte[] elf, int index, long address) {
    long off = phdr(elf, index);
    ElfTest.putLe64(elf, (int) off + 16, address);
    ElfTest.putLe64(elf, (int) off + 24, address);
  }

  static void assertMessage(byte[] bytes, String expected) {
    FirmwareError e = assertThrows(FirmwareError.class, () -> Firmware.parse(bytes, "fw.elf", standard));
    assertEquals(expected, e.getMessage());
  }

  static void assertContains(byte[] bytes, String expected) {
    FirmwareError e = assertThrows(FirmwareError.class, () -> Firmware.parse(bytes, "fw.elf", standard));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("fw.elf: "), e.getMessage());
  }
}
