package dev.rivet.compiler.image;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The line table encoding of docs/bytecode.md 7.6: (uleb128 offset delta, zigzag uleb128 line
 * delta) pairs, starting from offset 0 and the code's first line.
 */
public final class LineTable {
  private LineTable() {}

  /** One "from this offset on, this line" pair. */
  public record Entry(int offset, int line) {}

  public static byte[] encode(int firstLine, List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int offset = 0;
    int line = firstLine;
    for (Entry e : entries) {
      uleb(out, e.offset() - offset);
      int d = e.line() - line;
      uleb(out, (d << 1) ^ (d >> 31));
      offset = e.offset();
      line = e.line();
    }
    return out.toByteArray();
  }

  public static List<Entry> decode(int firstLine, byte[] table) {
    List<Entry> entries = new ArrayList<>();
    int[] pos = {0};
    int offset = 0;
    int line = firstLine;
    while (pos[0] < table.length) {
      offset += readUleb(table, pos);
      int z = readUleb(table, pos);
      line += (z >>> 1) ^ -(z & 1);
      entries.add(new Entry(offset, line));
    }
    return entries;
  }

  /** The line of the instruction at {@code off}, by the algorithm the VM uses. */
  public static int lineOf(int firstLine, byte[] table, int off) {
    int result = firstLine;
    for (Entry e : decode(firstLine, table)) {
      if (e.offset() > off) {
        break;
      }
      result = e.line();
    }
    return result;
  }

  private static void uleb(ByteArrayOutputStream out, int v) {
    if (v < 0) {
      throw new IllegalArgumentException("line table offsets must grow");
    }
    while (v >= 0x80) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static int readUleb(byte[] b, int[] pos) {
    int v = 0;
    int shift = 0;
    while (true) {
      if (pos[0] >= b.length || shift > 28) {
        throw new IllegalArgumentException("truncated line table");
      }
      int x = b[pos[0]++] & 0xFF;
      v |= (x & 0x7F) << shift;
      if (x < 0x80) {
        return v;
      }
      shift += 7;
    }
  }
}
