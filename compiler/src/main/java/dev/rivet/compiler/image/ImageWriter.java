package dev.rivet.compiler.image;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Lays an {@link Image} out as bytes (docs/bytecode.md 7). The layout is a pure function of the
 * image's content, so read-then-write reproduces the same bytes. Never used to patch an image in
 * place: it always writes a whole new one.
 */
public final class ImageWriter {
  private final ByteSink out = new ByteSink();
  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private final Map<Const, Integer> constOffsets = new HashMap<>();

  private ImageWriter() {}

  public static byte[] write(Image image) {
    return new ImageWriter().run(image);
  }

  private byte[] run(Image image) {
    for (ModuleEntry m : image.modules()) {
      intern(m.name());
      intern(m.filename());
      collect(m.code());
    }
    out.zeros(Image.HEADER_SIZE);
    int stringTable = writeStrings();
    out.align(8);
    int moduleTable = out.pos();
    for (ModuleEntry m : image.modules()) {
      out.u32(strings.get(m.name()));
      out.u32(m.flags());
      out.u32(0); // patched below
      out.u32(strings.get(m.filename()));
    }
    for (int i = 0; i < image.modules().size(); i++) {
      int code = writeCode(image.modules().get(i).code());
      out.patchU32(moduleTable + 16 * i + 8, code);
    }
    out.align(8);
    int size = out.pos();
    out.patchU32(0, Image.MAGIC);
    out.patchU32(4, Image.VERSION);
    out.patchU32(8, size);
    out.patchU32(16, stringTable);
    out.patchU32(20, image.modules().size());
    out.patchU32(24, moduleTable);
    out.patchU32(28, image.mainIndex());
    byte[] bytes = out.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(bytes, Image.HEADER_SIZE, size - Image.HEADER_SIZE);
    int c = (int) crc.getValue();
    bytes[12] = (byte) c;
    bytes[13] = (byte) (c >> 8);
    bytes[14] = (byte) (c >> 16);
    bytes[15] = (byte) (c >> 24);
    return bytes;
  }

  private void intern(String s) {
    strings.putIfAbsent(s, strings.size());
  }

  private void collect(CodeObject c) {
    intern(c.name());
    intern(c.qualname());
    intern(c.filename());
    c.localNames().forEach(this::intern);
    c.cellNames().forEach(this::intern);
    c.freeNames().forEach(this::intern);
    c.names().forEach(this::intern);
    c.consts().forEach(this::collect);
  }

  private void collect(Const k) {
    switch (k) {
      case Const.Str s -> intern(s.value());
      case Const.Tuple t -> t.items().forEach(this::collect);
      case Const.Code code -> collect(code.code());
      default -> {}
    }
  }

  private int writeStrings() {
    int table = out.pos();
    out.u32(strings.size());
    int offsets = out.pos();
    out.zeros(4 * strings.size());
    int i = 0;
    for (String s : strings.keySet()) {
      out.align(8);
      out.patchU32(offsets + 4 * i++, out.pos());
      byte[] utf8 = Wtf8.encode(s);
      out.u32(utf8.length);
      out.u32(s.codePointCount(0, s.length()));
      out.bytes(utf8);
      out.u8(0);
    }
    return table;
  }

  private int writeCode(CodeObject c) {
    int[] constOffs = new int[c.consts().size()];
    for (int i = 0; i < constOffs.length; i++) {
      constOffs[i] = writeConst(c.consts().get(i));
    }
    out.align(8);
    int rec = out.pos();
    out.zeros(80);
    int bytecode = array(c.bytecode());
    int lines = array(c.lineTable());
    int exc = 0;
    if (!c.excTable().isEmpty()) {
      out.align(8);
      exc = out.pos();
      for (CodeObject.ExcEntry e : c.excTable()) {
        out.u32(e.start());
        out.u32(e.end());
        out.u32(e.handler());
        out.u16(e.depth());
        out.u16(0);
      }
    }
    int locals = stringIndices(c.localNames());
    int derefs = stringIndices(c.derefNames());
    int names = stringIndices(c.names());
    int consts = 0;
    if (constOffs.length > 0) {
      out.align(8);
      consts = out.pos();
      for (int off : constOffs) {
        out.u32(off);
      }
    }
    out.patchU32(rec, c.flags());
    out.patchU16(rec + 4, c.argcount());
    out.patchU16(rec + 6, c.posonlyargcount());
    out.patchU16(rec + 8, c.kwonlyargcount());
    out.patchU16(rec + 10, c.localNames().size());
    out.patchU16(rec + 12, c.cellNames().size());
    out.patchU16(rec + 14, c.freeNames().size());
    out.patchU16(rec + 16, c.stacksize());
    out.patchU16(rec + 18, c.ncache());
    out.patchU16(rec + 20, c.names().size());
    out.patchU16(rec + 22, c.consts().size());
    out.patchU32(rec + 24, c.firstLine());
    out.patchU32(rec + 28, strings.get(c.name()));
    out.patchU32(rec + 32, strings.get(c.qualname()));
    out.patchU32(rec + 36, strings.get(c.filename()));
    out.patchU32(rec + 40, c.bytecode().length);
    out.patchU32(rec + 44, bytecode);
    out.patchU32(rec + 48, c.lineTable().length);
    out.patchU32(rec + 52, lines);
    out.patchU32(rec + 56, c.excTable().size());
    out.patchU32(rec + 60, exc);
    out.patchU32(rec + 64, locals);
    out.patchU32(rec + 68, derefs);
    out.patchU32(rec + 72, names);
    out.patchU32(rec + 76, consts);
    return rec;
  }

  private int array(byte[] b) {
    if (b.length == 0) {
      return 0;
    }
    out.align(8);
    int at = out.pos();
    out.bytes(b);
    return at;
  }

  private int stringIndices(List<String> list) {
    if (list.isEmpty()) {
      return 0;
    }
    out.align(8);
    int at = out.pos();
    for (String s : list) {
      out.u32(strings.get(s));
    }
    return at;
  }

  private int writeConst(Const k) {
    Integer known = constOffsets.get(k);
    if (known != null) {
      return known;
    }
    int[] children = null;
    int code = 0;
    if (k instanceof Const.Tuple t) {
      children = new int[t.items().size()];
      for (int i = 0; i < children.length; i++) {
        children[i] = writeConst(t.items().get(i));
      }
    } else if (k instanceof Const.Code c) {
      code = writeCode(c.code());
    }
    out.align(8);
    int at = out.pos();
    switch (k) {
      case Const.Special s -> {
        out.u32(s.ordinal());
        out.u32(0);
      }
      case Const.Int i when i.value().bitLength() < 64 -> {
        out.u32(4);
        out.u32(0);
        out.u64(i.value().longValue());
      }
      case Const.Int i -> {
        BigInteger mag = i.value().abs();
        byte[] be = mag.toByteArray();
        int n = (mag.bitLength() + 7) / 8;
        out.u32(5);
        out.u32(i.value().signum() < 0 ? 1 : 0);
        out.u32(n);
        out.u32(0);
        for (int j = 0; j < n; j++) {
          out.u8(be[be.length - 1 - j]);
        }
      }
      case Const.Float f -> {
        out.u32(6);
        out.u32(0);
        out.u64(Double.doubleToRawLongBits(f.value()));
      }
      case Const.Str s -> {
        out.u32(7);
        out.u32(strings.get(s.value()));
      }
      case Const.Bytes b -> {
        out.u32(8);
        out.u32(b.value().length);
        out.bytes(b.value());
      }
      case Const.Tuple t -> {
        out.u32(9);
        out.u32(children.length);
        for (int c : children) {
          out.u32(c);
        }
      }
      case Const.Code c -> {
        out.u32(10);
        out.u32(code);
      }
      case Const.Complex c -> {
        out.u32(11);
        out.u32(0);
        out.u64(Double.doubleToRawLongBits(c.real()));
        out.u64(Double.doubleToRawLongBits(c.imag()));
      }
    }
    if (!(k instanceof Const.Code)) {
      constOffsets.put(k, at);
    }
    return at;
  }
}
