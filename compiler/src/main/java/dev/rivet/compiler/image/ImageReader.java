package dev.rivet.compiler.image;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads image bytes back into an {@link Image}, checking everything a loader must check (magic,
 * version, size, CRC) and every offset it follows, so a corrupt image is an {@link ImageError},
 * never an exception from deep inside.
 */
public final class ImageReader {
  private final byte[] b;
  private final int size;
  private String[] strings;
  private final Map<Integer, CodeObject> codes = new HashMap<>();
  private int depth;

  private ImageReader(byte[] b, int size) {
    this.b = b;
    this.size = size;
  }

  public static Image read(byte[] bytes) throws ImageError {
    if (bytes.length < Image.HEADER_SIZE) {
      throw new ImageError("truncated image: " + bytes.length + " bytes, shorter than the 32-byte header");
    }
    int magic = le32(bytes, 0);
    if (magic != Image.MAGIC) {
      throw new ImageError(String.format("not a Rivet bytecode image (magic 0x%08x, expected 0x%08x)", magic, Image.MAGIC));
    }
    int version = le32(bytes, 4);
    if (version != Image.VERSION) {
      throw new ImageError("unsupported image format version " + Integer.toUnsignedString(version)
          + " (this rivet reads version " + Image.VERSION + ")");
    }
    long size = Integer.toUnsignedLong(le32(bytes, 8));
    if (size > bytes.length) {
      throw new ImageError("truncated image: the header says " + size + " bytes, only " + bytes.length + " present");
    }
    if (size < Image.HEADER_SIZE) {
      throw new ImageError("corrupt image: size " + size + " is smaller than the header");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, Image.HEADER_SIZE, (int) size - Image.HEADER_SIZE);
    int stored = le32(bytes, 12);
    if ((int) crc.getValue() != stored) {
      throw new ImageError(String.format("corrupt image: checksum mismatch (stored 0x%08x, computed 0x%08x)", stored, (int) crc.getValue()));
    }
    return new ImageReader(bytes, (int) size).parse();
  }

  private Image parse() throws ImageError {
    readStrings(u32(16));
    int count = u32(20);
    int table = u32(24);
    int main = u32(28);
    if (main != Image.NO_MAIN && (main < 0 || main >= count)) {
      throw corrupt("main module index " + main + " out of range");
    }
    check(table, (long) count * 16);
    List<ModuleEntry> modules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int e = table + 16 * i;
      int flags = u32(e + 4);
      boolean isMain = (flags & ModuleEntry.MAIN) != 0;
      if (isMain != (i == main)) {
        throw corrupt("main flag of module " + i + " disagrees with the header");
      }
      modules.add(new ModuleEntry(string(u32(e)), string(u32(e + 12)),
          (flags & ModuleEntry.PACKAGE) != 0, isMain, code(u32(e + 8))));
    }
    return new Image(modules);
  }

  private void readStrings(int at) throws ImageError {
    int n = u32(at);
    check(at + 4, 4L * n);
    strings = new String[n];
    for (int i = 0; i < n; i++) {
      int rec = u32(at + 4 + 4 * i);
      int nbytes = u32(rec);
      int nchars = u32(rec + 4);
      check(rec + 8, (long) nbytes + 1);
      String s = Wtf8.decode(b, rec + 8, nbytes);
      if (s == null || b[rec + 8 + nbytes] != 0 || s.codePointCount(0, s.length()) != nchars) {
        throw corrupt("string " + i + " is malformed");
      }
      strings[i] = s;
    }
  }

  private CodeObject code(int at) throws ImageError {
    CodeObject known = codes.get(at);
    if (known != null) {
      return known;
    }
    if (++depth > 200) {
      throw corrupt("code objects nested too deeply");
    }
    check(at, 80);
    int nlocals = u16(at + 10);
    int ncells = u16(at + 12);
    int nfrees = u16(at + 14);
    int nnames = u16(at + 20);
    int nconsts = u16(at + 22);
    List<String> derefs = stringList(u32(at + 68), ncells + nfrees);
    int nexc = u32(at + 56);
    int excAt = u32(at + 60);
    check(excAt, 16L * nexc);
    List<CodeObject.ExcEntry> exc = new ArrayList<>();
    for (int i = 0; i < nexc; i++) {
      int e = excAt + 16 * i;
      exc.add(new CodeObject.ExcEntry(u32(e), u32(e + 4), u32(e + 8), u16(e + 12)));
    }
    int constsAt = u32(at + 76);
    check(constsAt, 4L * nconsts);
    List<Const> consts = new ArrayList<>();
    for (int i = 0; i < nconsts; i++) {
      consts.add(constant(u32(constsAt + 4 * i)));
    }
    CodeObject c = new CodeObject(u32(at), u16(at + 4), u16(at + 6), u16(at + 8), u16(at + 16), u16(at + 18),
        u32(at + 24), string(u32(at + 28)), string(u32(at + 32)), string(u32(at + 36)),
        stringList(u32(at + 64), nlocals), derefs.subList(0, ncells), derefs.subList(ncells, ncells + nfrees),
        stringList(u32(at + 72), nnames), consts, slice(u32(at + 44), u32(at + 40)),
        slice(u32(at + 52), u32(at + 48)), exc);
    depth--;
    codes.put(at, c);
    return c;
  }

  private Const constant(int at) throws ImageError {
    check(at, 8);
    int tag = u32(at);
    return switch (tag) {
      case 0, 1, 2, 3 -> Const.Special.values()[tag];
      case 4 -> {
        check(at, 16);
        yield new Const.Int(BigInteger.valueOf(le64(at + 8)));
      }
      case 5 -> {
        int n = u32(at + 8);
        check(at + 16, n);
        byte[] be = new byte[n + 1];
        for (int i = 0; i < n; i++) {
          be[n - i] = b[at + 16 + i];
        }
        BigInteger mag = new BigInteger(be);
        yield new Const.Int(u32(at + 4) != 0 ? mag.negate() : mag);
      }
      case 6 -> {
        check(at, 16);
        yield new Const.Float(Double.longBitsToDouble(le64(at + 8)));
      }
      case 7 -> new Const.Str(string(u32(at + 4)));
      case 8 -> new Const.Bytes(slice(at + 8, u32(at + 4)));
      case 9 -> {
        int n = u32(at + 4);
        check(at + 8, 4L * n);
        if (++depth > 200) {
          throw corrupt("constants nested too deeply");
        }
        List<Const> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          items.add(constant(u32(at + 8 + 4 * i)));
        }
        depth--;
        yield new Const.Tuple(items);
      }
      case 10 -> new Const.Code(code(u32(at + 4)));
      case 11 -> {
        check(at, 24);
        yield new Const.Complex(Double.longBitsToDouble(le64(at + 8)), Double.longBitsToDouble(le64(at + 16)));
      }
      default -> throw corrupt("unknown constant tag " + tag + " at offset " + at);
    };
  }

  private List<String> stringList(int at, int n) throws ImageError {
    check(at, 4L * n);
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(string(u32(at + 4 * i)));
    }
    return List.copyOf(list);
  }

  private String string(int index) throws ImageError {
    if (index < 0 || index >= strings.length) {
      throw corrupt("string index " + Integer.toUnsignedString(index) + " out of range");
    }
    return strings[index];
  }

  private byte[] slice(int at, int n) throws ImageError {
    check(at, n);
    return Arrays.copyOfRange(b, at, at + n);
  }

  private void check(long at, long n) throws ImageError {
    if (at < 0 || n < 0 || at + n > size) {
      throw corrupt("offset " + at + " (+" + n + ") lies outside the image");
    }
  }

  private int u32(int at) throws ImageError {
    check(at, 4);
    return le32(b, at);
  }

  private int u16(int at) throws ImageError {
    check(at, 2);
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private long le64(int at) throws ImageError {
    check(at, 8);
    return Integer.toUnsignedLong(le32(b, at)) | (long) le32(b, at + 4) << 32;
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
  }

  private static ImageError corrupt(String what) {
    return new ImageError("corrupt image: " + what);
  }
}
