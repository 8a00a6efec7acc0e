package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Boards;
import dev.rivet.firmware.Firmware;
import dev.rivet.firmware.FirmwareLinker;
import dev.rivet.firmware.Runtimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rivet flash: good inputs land in the flash directory; every bad input is one error line, exit
 * code 2, and the existing flash file stays byte-identical with the same mtime.
 */
class FlashCommandTest {
  @TempDir Path dir;
  Path flashDir;
  Path flashFile;
  byte[] oldFlash;
  FileTime oldTime = FileTime.fromMillis(1_600_000_000_000L);

  @BeforeEach
  void flashSomething() throws Exception {
    flashDir = dir.resolve("flash");
    Files.createDirectories(flashDir);
    flashFile = flashDir.resolve("standard.elf");
    oldFlash = FirmwareLinker.link(Runtimes.load("O0"), "O0", image("old"), Boards.load("standard"));
    Files.write(flashFile, oldFlash);
    Files.setLastModifiedTime(flashFile, oldTime);
  }

  @AfterEach
  void resetHook() {
    FlashStore.testHook = step -> {};
  }

  static byte[] image(String text) {
    return ("RVBC" + text).getBytes(StandardCharsets.US_ASCII);
  }

  Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  CliRun flash(String... args) {
    String[] all = Stream.concat(Stream.of("flash", "--flash-dir", flashDir.toString()), Arrays.stream(args)).toArray(String[]::new);
    return CliRun.of(all);
  }

  void assertRefused(CliRun r, String expected) throws IOException {
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
    assertTrue(r.oneErrorLine(), "one error line: " + r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertArrayEquals(oldFlash, Files.readAllBytes(flashFile), "flash file untouched");
    assertEquals(oldTime, Files.getLastModifiedTime(flashFile), "flash file mtime untouched");
    try (Stream<Path> files = Files.list(flashDir)) {
      assertEquals(1, files.count(), "no temp files left behind");
    }
  }

  @Test
  void flashesAnImage() throws Exception {
    CliRun r = flash(file("prog.rbc", image("new program")).toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("flashed") && r.out().contains("standard.elf"), r.out());
    Firmware fw = Firmware.read(flashFile, Boards.load("standard"));
    assertEquals("O2", fw.note().variant());
    assertEquals(image("new program").length, fw.imageSize());
  }

  @Test
  void flashesFirmwareUnchanged() throws Exception {
    byte[] firmware = FirmwareLinker.link(Runtimes.load("O2"), "O2", image("x"), Boards.load("tiny"));
    CliRun r = flash("--board", "tiny", file("fw.elf", firmware).toString());
    assertEquals(0, r.code(), r.err());
    assertArrayEquals(firmware, Files.readAllBytes(flashDir.resolve("tiny.elf")));
  }

  @Test
  void runtimeVariantIsChosenForImages() throws Exception {
    assertEquals(0, flash("--runtime", "O0", file("p.rbc", image("p")).toString()).code());
    assertEquals("O0", Firmware.read(flashFile, Boards.load("standard")).note().variant());
  }

  @Test
  void unknownBoard() throws Exception {
    assertRefused(flash("--board", "nosuch", file("p.rbc", image("p")).toString()), "unknown board 'nosuch'");
  }

  @Test
  void malformedBoardFile() throws Exception {
    Path board = file("bad.toml", "name = \"standard\"\n[flash\nbase = 1\n".getBytes(StandardCharsets.UTF_8));
    assertRefused(flash("--board", board.toString(), file("p.rbc", image("p")).toString()), "board file");
  }

  @Test
  void unknownRuntimeVariant() throws Exception {
    assertRefused(flash("--runtime", "O9", file("p.rbc", image("p")).toString()), "unknown runtime variant 'O9'");
  }

  @Test
  void notElf() throws Exception {
    assertRefused(flash(file("fw.elf", "hello, I am text\n".getBytes(StandardCharsets.UTF_8)).toString()), "fw.elf: not an ELF file");
  }

  @Test
  void neitherFirmwareNorImage() throws Exception {
    assertRefused(flash(file("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)).toString()), "neither firmware (ELF) nor a bytecode image");
  }

  @Test
  void wrongMachine() throws Exception {
    byte[] fw = goodFirmware();
    fw[18] = 40; // EM_ARM
    assertRefused(flash(file("fw.elf", fw).toString()), "ELF machine 40 is not x86-64");
  }

  @Test
  void truncated() throws Exception {
    byte[] fw = goodFirmware();
    assertRefused(flash(file("fw.elf", Arrays.copyOf(fw, fw.length / 2)).toString()), "truncated");
  }

  @Test
  void segmentOutsideFlash() throws Exception {
    byte[] fw = goodFirmware();
    setSegmentAddress(fw, lastLoad(fw), 0x0010_0000L + (4 << 20));
    assertRefused(flash(file("fw.elf", fw).toString()), "lies outside board standard's flash");
  }

  @Test
  void segmentOverlappingRam() throws Exception {
    byte[] fw = goodFirmware();
    setSegmentAddress(fw, lastLoad(fw), 0x2000_0000L);
    assertRefused(flash(file("fw.elf", fw).toString()), "overlaps board standard's RAM");
  }

  @Test
  void builtForAnotherBoard() throws Exception {
    byte[] fw = FirmwareLinker.link(Runtimes.load("O2"), "O2", image("t"), Boards.load("tiny"));
    assertRefused(flash(file("fw.elf", fw).toString()), "firmware built for board tiny, not standard");
  }

  @Test
  void missingFile() throws Exception {
    assertRefused(flash(dir.resolve("nope.rbc").toString()), "nope.rbc: no such file");
  }

  @Test
  void pythonWithoutCompilerIsAClearError() throws Exception {
    FirmwareInput.SourceCompiler saved = FirmwareInput.sourceCompiler;
    FirmwareInput.sourceCompiler = null;
    try {
      assertRefused(flash(file("hello.py", "print(1)\n".getBytes(StandardCharsets.UTF_8)).toString()), "compile step");
    } finally {
      FirmwareInput.sourceCompiler = saved;
    }
  }

  @Test
  void failureWhileWritingLeavesTheOldFlash() throws Exception {
    for (String failAt : new String[] {"written", "synced"}) {
      FlashStore.testHook = step -> {
        if (step.equals(failAt)) {
          throw new IOException("simulated failure after " + step);
        }
      };
      assertRefused(flash(file("p.rbc", image("new")).toString()), "simulated failure after " + failAt);
    }
  }

  @Test
  void unwritableFlashDirectory() throws Exception {
    Path notADir = file("plainfile", new byte[] {1});
    CliRun r = CliRun.of("flash", "--flash-dir", notADir.resolve("flash").toString(), file("p.rbc", image("p")).toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.oneErrorLine(), r.err());
    assertTrue(r.err().contains("cannot write the flash file"), r.err());
    assertArrayEquals(new byte[] {1}, Files.readAllBytes(notADir));
  }

  static byte[] goodFirmware() throws Exception {
    return FirmwareLinker.link(Runtimes.load("O2"), "O2", image("good"), Boards.load("standard"));
  }

  static int lastLoad(byte[] elf) {
    int phnum = (elf[56] & 0xFF) | (elf[57] & 0xFF) << 8;
    int last = -1;
    for (int i = 0; i < phnum; i++) {
      if (le32(elf, phdr(elf, i)) == 1) {
        last = i;
      }
    }
    return last;
  }

  static int phdr(byte[] elf, int index) {
    return (int) (le64(elf, 32) + 56L * index);
  }

  static void setSegmentAddress(byte[] elf, int index, long address) {
    putLe64(elf, phdr(elf, index) + 16, address);
    putLe64(elf, phdr(elf, index) + 24, address);
  }

  static int le32(byte[] b, int off) {
    return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
  }

  static long le64(byte[] b, int off) {
    return (le32(b, off) & 0xFFFF_FFFFL) | (long) le32(b, off + 4) << 32;
  }

  static void putLe64(byte[] b, int off, long v) {
    for (int i = 0; i < 8; i++) {
      b[off + i] = (byte) (v >>> (8 * i));
    }
  }
}
