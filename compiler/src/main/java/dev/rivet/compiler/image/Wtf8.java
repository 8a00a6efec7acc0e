package dev.rivet.compiler.image;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 that also carries lone surrogates (which Python str may hold) as 3-byte sequences, so
 * every Java string the parser produces survives a trip through the image unchanged.
 */
final class Wtf8 {
  private Wtf8() {}

  static byte[] encode(String s) {
    int n = s.length();
    int i0 = 0;
    while (i0 < n && s.charAt(i0) < 0x80) {
      i0++;
    }
    if (i0 == n) {
      return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // pure ASCII: the common case
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.write(cp);
      } else if (cp < 0x800) {
        out.write(0xC0 | cp >> 6);
        out.write(0x80 | cp & 0x3F);
      } else if (cp < 0x10000) {
        out.write(0xE0 | cp >> 12);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      } else {
        out.write(0xF0 | cp >> 18);
        out.write(0x80 | cp >> 12 & 0x3F);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      }
    }
    return out.toByteArray();
  }

  /** Decodes; returns null on malformed input. */
  static String decode(byte[] b, int from, int len) {
    StringBuilder sb = new StringBuilder(len);
    int i = from;
    int end = from + len;
    while (i < end) {
      int x = b[i] & 0xFF;
      int n;
      int cp;
      if (x < 0x80) {
        n = 0;
        cp = x;
      } else if (x >= 0xC0 && x < 0xE0) {
        n = 1;
        cp = x & 0x1F;
      } else if (x >= 0xE0 && x < 0xF0) {
        n = 2;
        cp = x & 0x0F;
      } else if (x >= 0xF0 && x < 0xF8) {
        n = 3;
        cp = x & 0x07;
      } else {
        return null;
      }
      if (i + n >= end) {
        return null;
      }
      for (int k = 1; k <= n; k++) {
        int y = b[i + k] & 0xFF;
        if ((y & 0xC0) != 0x80) {
          return null;
        }
        cp = cp << 6 | y & 0x3F;
      }
      if (cp > 0x10FFFF) {
        return null;
      }
      sb.appendCodePoint(cp);
      i += n + 1;
    }
    return sb.toString();
  }
}
