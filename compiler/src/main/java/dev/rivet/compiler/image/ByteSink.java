package dev.rivet.compiler.image;

import java.util.Arrays;

/** A growable little-endian byte buffer with alignment and back-patching, for the image writer. */
final class ByteSink {
  private byte[] buf = new byte[4096];
  private int pos;

  int pos() {
    return pos;
  }

  void u8(int v) {
    ensure(1);
    buf[pos++] = (byte) v;
  }

  void u16(int v) {
    ensure(2);
    buf[pos++] = (byte) v;
    buf[pos++] = (byte) (v >> 8);
  }

  void u32(int v) {
    ensure(4);
    putU32(pos, v);
    pos += 4;
  }

  void u64(long v) {
    u32((int) v);
    u32((int) (v >>> 32));
  }

  void bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
  }

  void zeros(int n) {
    ensure(n);
    pos += n;
  }

  void align(int a) {
    int pad = (a - pos % a) % a;
    ensure(pad);
    pos += pad; // the buffer is zero-filled and never rewound, so padding is already 0
  }

  void patchU32(int at, int v) {
    putU32(at, v);
  }

  void patchU16(int at, int v) {
    buf[at] = (byte) v;
    buf[at + 1] = (byte) (v >> 8);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  private void putU32(int at, int v) {
    buf[at] = (byte) v;
    buf[at + 1] = (byte) (v >> 8);
    buf[at + 2] = (byte) (v >> 16);
    buf[at + 3] = (byte) (v >> 24);
  }

  private void ensure(int n) {
    if (pos + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
    }
  }
}
