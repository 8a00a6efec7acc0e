package dev.rivet.firmware;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ELF reader against real gcc output (checked with readelf/nm) and against corrupted copies. */
class ElfTest {
  static final String PROGRAM = """
      int counter = 7;
      __attribute__((noinline)) int add(int a, int b) { return a + b + counter; }
      void _start(void) { for (;;) counter = add(counter, 1); }
      """;

  @TempDir static Path dir;
  static Path elfPath;
  static byte[] bytes;

  @BeforeAll
  static void build() throws Exception {
    elfPath = Tools.freestanding(dir, PROGRAM, "-Wl,--build-id=sha1");
    bytes = Files.readAllBytes(elfPath);
  }

  @Test
  void headerAndSegmentsMatchReadelf() throws Exception {
    Elf elf = Elf.parse(bytes, "prog.elf");
    String header = Tools.run(dir, "readelf", "-h", elfPath.toString());
    assertEquals(Long.decode(field(header, "Entry point address:\\s+(0x[0-9a-f]+)")), elf.entry());
    assertEquals(Elf.ET_EXEC, elf.type());
    String ph = Tools.run(dir, "readelf", "-lW", elfPath.toString());
    Matcher m = Pattern.compile("\\n\\s+LOAD\\s+(0x\\w+) (0x\\w+) (0x\\w+) (0x\\w+) (0x\\w+)").matcher(ph);
    int loads = 0;
    for (Elf.Segment s : elf.segments()) {
      if (!s.isLoad()) {
        continue;
      }
      assertTrue(m.find(), "readelf lists fewer LOAD segments");
      assertEquals(Long.decode(m.group(1)), s.offset());
      assertEquals(Long.decode(m.group(2)), s.vaddr());
      assertEquals(Long.decode(m.group(3)), s.paddr());
      assertEquals(Long.decode(m.group(4)), s.filesz());
      assertEquals(Long.decode(m.group(5)), s.memsz());
      loads++;
    }
    assertFalse(m.find(), "readelf lists more LOAD segments");
    assertTrue(loads >= 1);
  }

  @Test
  void sectionsAndSymbolsMatchNm() throws Exception {
    Elf elf = Elf.parse(bytes, "prog.elf");
    assertTrue(elf.section(".text").isPresent());
    assertTrue(elf.section(".debug_info").isPresent(), "-g output keeps DWARF");
    String nm = Tools.run(dir, "nm", "-S", elfPath.toString());
    Matcher m = Pattern.compile("(?m)^([0-9a-f]{16}) ([0-9a-f]{16}) T add$").matcher(nm);
    assertTrue(m.find(), nm);
    long addr = Long.parseUnsignedLong(m.group(1), 16);
    long size = Long.parseUnsignedLong(m.group(2), 16);
    Elf.Symbol add = elf.symbol("add").orElseThrow();
    assertEquals(addr, add.value());
    assertEquals(size, add.size());
    assertEquals(Elf.STT_FUNC, add.type());
    assertEquals("add", elf.symbolAt(addr).orElseThrow().toString());
    assertEquals("add+0x1", elf.symbolAt(addr + 1).orElseThrow().toString());
    assertEquals(elf.symbol("_start").orElseThrow().value(), elf.entry());
    assertTrue(elf.symbolAt(0x1000).isEmpty(), "nothing below the flash base");
  }

  @Test
  void notesMatchReadelf() throws Exception {
    Elf elf = Elf.parse(bytes, "prog.elf");
    String notes = Tools.run(dir, "readelf", "-n", elfPath.toString());
    String buildId = field(notes, "Build ID: ([0-9a-f]+)");
    Elf.Note note = elf.notes().stream().filter(n -> n.owner().equals("GNU") && n.type() == 3).findFirst().orElseThrow();
    assertEquals(buildId, HexFormat.of().formatHex(note.desc()));
  }

  @Test
  void rejectsWhatIsNotElf64X86() {
    assertError(new byte[0], "not an ELF file");
    assertError("#!/bin/sh\necho hi\n".getBytes(), "not an ELF file");
    byte[] elf32 = bytes.clone();
    elf32[4] = 1;
    assertError(elf32, "ELF32");
    byte[] bigEndian = bytes.clone();
    bigEndian[5] = 2;
    assertError(bigEndian, "little-endian");
    byte[] arm = bytes.clone();
    arm[18] = (byte) 183; // EM_AARCH64
    assertError(arm, "machine 183 is not x86-64");
  }

  @Test
  void everyTruncationIsAFirmwareError() {
    // Section headers sit at the end of the file, so every proper prefix is truncated somewhere.
    for (int len = 0; len < bytes.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(bytes, len);
      FirmwareError e = assertThrows(FirmwareError.class, () -> Elf.parse(cut, "cut.elf"), "length " + len);
      assertTrue(e.getMessage().startsWith("cut.elf: "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    }
  }

  @Test
  void corruptedHeadersNeverEscapeAsOtherExceptions() {
    Random random = new Random(2963);
    int errors = 0;
    for (int round = 0; round < 5000; round++) {
      byte[] bad = bytes.clone();
      for (int k = 0; k < 4; k++) {
        // Aim at the headers and tables where the offsets live: the ELF header and the file's tail.
        int at = switch (random.nextInt(3)) {
          case 0 -> 16 + random.nextInt(48);
          case 1 -> bad.length - 1 - random.nextInt(Math.min(bad.length, 4096));
          default -> random.nextInt(bad.length);
        };
        bad[at] = (byte) random.nextInt(256);
      }
      try {
        Elf elf = Elf.parse(bad, "fuzz.elf");
        elf.symbolAt(elf.entry());
        for (Elf.Segment s : elf.segments()) {
          elf.contents(s);
        }
        for (Elf.Section s : elf.sections()) {
          elf.contents(s);
        }
      } catch (FirmwareError e) {
        errors++;
        assertFalse(e.getMessage().contains("\n"));
      }
    }
    assertTrue(errors > 0, "corruption was detected at least sometimes");
  }

  @Test
  void segmentOutsideTheFileIsAnError() {
    byte[] bad = bytes.clone();
    long phoff = le64(bad, 32);
    putLe64(bad, (int) phoff + 8, bad.length - 4); // first segment's offset: its bytes run past EOF
    FirmwareError e = assertThrows(FirmwareError.class, () -> Elf.parse(bad, "bad.elf"));
    assertTrue(e.getMessage().contains("segment 0"), e.getMessage());
  }

  static void assertError(byte[] data, String expected) {
    FirmwareError e = assertThrows(FirmwareError.class, () -> Elf.parse(data, "x.elf"));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  static String field(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), "no " + regex + " in\n" + text);
    return m.group(1);
  }

  static long le64(byte[] b, int off) {
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = v << 8 | (b[off + i] & 0xFF);
    }
    return v;
  }

  static void putLe64(byte[] b, int off, long v) {
    for (int i = 0; i < 8; i++) {
      b[off + i] = (byte) (v >>> (8 * i));
    }
  }
}
