package dev.rivet.compiler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rivet.compiler.Compiler;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Image writer and reader: write -> read -> write is byte-identical; damage is refused clearly. */
class ImageRoundTripTest {

  private static byte[] program() throws IOException {
    List<Compiler.SourceModule> mods = new ArrayList<>();
    try (var files = Files.list(Path.of("src/test/resources/golden"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
        String name = p.getFileName().toString().replace(".py", "");
        mods.add(new Compiler.SourceModule(name, p.toString(), name.equals("imports"), Files.readAllBytes(p)));
      }
    }
    return Compiler.compileProgramBytes(mods, "basics");
  }

  @Test
  void writeReadWriteIsByteIdentical() throws Exception {
    byte[] first = program();
    Image image = ImageReader.read(first);
    assertEquals(13, image.modules().size());
    assertEquals("basics", image.modules().get(image.mainIndex()).name());
    assertArrayEquals(first, ImageWriter.write(image));
  }

  @Test
  void headerFieldsAreWhereTheDocSays() throws Exception {
    byte[] b = program();
    assertEquals(Image.MAGIC, le32(b, 0));
    assertEquals(Image.VERSION, le32(b, 4));
    assertEquals(b.length, le32(b, 8));
    assertEquals(0, le32(b, 8) % 8);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(b, 32, b.length - 32);
    assertEquals((int) crc.getValue(), le32(b, 12));
  }

  @Test
  void constantsOfEveryKindSurvive() throws Exception {
    CodeObject code = Compiler.compileString(
        "x = (None, True, False, ..., 7, -2**62, 1267650600228229401496703205376, -1267650600228229401496703205376, 1.5, -0.0, 'h\\u00e9\\U0001f600', b'\\x00\\xff', ())\n",
        "k.py", "exec");
    Image img = new Image(List.of(new ModuleEntry("k", "k.py", false, true, code)));
    Image back = ImageReader.read(ImageWriter.write(img));
    List<Const> consts = back.modules().get(0).code().consts();
    Const.Tuple t = (Const.Tuple) consts.get(0);
    assertEquals(new Const.Int(BigInteger.TWO.pow(100)), t.items().get(6));
    assertEquals(new Const.Int(BigInteger.TWO.pow(100).negate()), t.items().get(7));
    assertEquals(new Const.Float(-0.0), t.items().get(9));
    assertEquals(new Const.Str("h\u00e9\uD83D\uDE00"), t.items().get(10));
    assertEquals(new Const.Bytes(new byte[] {0, (byte) 0xff}), t.items().get(11));
    assertEquals(code.consts(), consts);
  }

  @Test
  void oneModuleImageWithoutMainWorksStandalone() throws Exception {
    byte[] b = Compiler.compileStringToImage("print(1 + 2)\n", "<string>", "exec", "<string>");
    Image img = ImageReader.read(b);
    assertEquals(Image.NO_MAIN, img.mainIndex());
    assertEquals(0xFFFFFFFF, le32(b, 28));
    assertArrayEquals(b, ImageWriter.write(img));
  }

  @Test
  void everyFlippedByteIsRefused() throws Exception {
    byte[] good = Compiler.compileStringToImage("def f(x):\n    return x * 2\nprint(f(21))\n", "t.py", "exec", "t");
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x5A;
      if (i >= 12 && i < 16 || i >= 32) {
        ImageError e = assertThrows(ImageError.class, () -> ImageReader.read(bad), "byte " + i);
        assertTrue(e.getMessage().startsWith("corrupt image: checksum mismatch"), e.getMessage());
      } else {
        assertThrows(ImageError.class, () -> ImageReader.read(bad), "byte " + i);
      }
    }
  }

  @Test
  void truncatedBadMagicAndFutureVersionsAreRefusedClearly() throws Exception {
    byte[] good = Compiler.compileStringToImage("x = 1\n", "t.py", "exec", "t");
    assertMessage("truncated image: the header says " + good.length + " bytes, only " + (good.length - 8)
        + " present", Arrays.copyOf(good, good.length - 8));
    assertMessage("truncated image: 10 bytes, shorter than the 32-byte header", Arrays.copyOf(good, 10));
    byte[] magic = good.clone();
    magic[0] = 'X';
    assertMessage("not a Rivet bytecode image (magic 0x43425658, expected 0x43425652)", magic);
    byte[] future = good.clone();
    future[4] = 3;
    assertMessage("unsupported image format version 3 (this rivet reads version 2)", future);
  }

  @Test
  void corruptOffsetsWithAValidChecksumAreRefused() throws Exception {
    byte[] good = Compiler.compileStringToImage("x = 1\n", "t.py", "exec", "t");
    byte[] bad = good.clone();
    int moduleTable = le32(bad, 24);
    bad[moduleTable + 8] = (byte) 0xF0; // code offset far outside
    bad[moduleTable + 9] = (byte) 0xFF;
    resign(bad);
    ImageError e = assertThrows(ImageError.class, () -> ImageReader.read(bad));
    assertTrue(e.getMessage().startsWith("corrupt image: offset"), e.getMessage());
  }

  @Test
  void damageBehindAValidChecksumIsAnImageErrorNeverACrash() throws Exception {
    byte[] good = program();
    java.util.Random random = new java.util.Random(2963);
    int refused = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] bad = good.clone();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        bad[32 + random.nextInt(bad.length - 32)] = (byte) random.nextInt(256);
      }
      resign(bad);
      try {
        dev.rivet.compiler.disasm.Verifier.verify(ImageReader.read(bad));
      } catch (ImageError e) {
        refused++;
        assertTrue(e.getMessage().startsWith("corrupt image: "), e.getMessage());
      }
    }
    assertTrue(refused > 2000, refused + " of 3000 damaged images refused");
  }

  private static void assertMessage(String expected, byte[] image) {
    ImageError e = assertThrows(ImageError.class, () -> ImageReader.read(image));
    assertEquals(expected, e.getMessage());
  }

  private static void resign(byte[] b) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(b, 32, b.length - 32);
    int c = (int) crc.getValue();
    for (int i = 0; i < 4; i++) {
      b[12 + i] = (byte) (c >> (8 * i));
    }
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
  }
}
