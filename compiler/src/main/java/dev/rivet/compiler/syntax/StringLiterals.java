package dev.rivet.compiler.syntax;

import java.io.ByteArrayOutputStream;

/**
 * Decodes the body of one string or bytes literal token: escape sequences (hex, octal, 16- and
 * 32-bit Unicode, named characters, the single-letter ones), raw literals, and CPython's error
 * messages for bad escapes
 * and bytes that were not valid UTF-8. F-strings are split by {@link FStrings}, which uses this
 * class for their literal parts.
 */
final class StringLiterals {
  private StringLiterals() {}

  /** A decoding error: the message, and whether CPython places it at the literal's own token. */
  static final class LiteralError extends RuntimeException {
    final boolean atToken;

    LiteralError(String message, boolean atToken) {
      super(message, null, false, false);
      this.atToken = atToken;
    }
  }

  /** The prefix letters of a literal token and where its body lies inside the source. */
  record Shape(boolean raw, boolean bytes, boolean fstring, int bodyStart, int bodyEnd, int quote, int quoteLen) {}

  static Shape shape(Token t, int[] cs) {
    boolean raw = false;
    boolean bytes = false;
    boolean f = false;
    int i = t.start;
    while (cs[i] != '\'' && cs[i] != '"') {
      switch (cs[i]) {
        case 'r', 'R' -> raw = true;
        case 'b', 'B' -> bytes = true;
        case 'f', 'F' -> f = true;
        default -> {}
      }
      i++;
    }
    int q = cs[i];
    int ql = (i + 2 < t.end && cs[i + 1] == q && cs[i + 2] == q && t.end - i >= 6) ? 3 : 1;
    return new Shape(raw, bytes, f, i + ql, t.end - ql, q, ql);
  }

  private static int utf8Len(int c) {
    if (c >= 0xDC80 && c <= 0xDCFF) {
      return 1; // an undecodable source byte
    }
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }

  /** Byte offset (as CPython counts, in UTF-8) of cs[i] from cs[from]. */
  private static int bytePos(int[] cs, int from, int i) {
    int b = 0;
    for (int k = from; k < i; k++) {
      b += utf8Len(cs[k]);
    }
    return b;
  }

  private static LiteralError escapeError(int[] cs, int from, int a, int b, String reason) {
    int pa = bytePos(cs, from, a);
    int pb = bytePos(cs, from, b) - 1;
    String where = pb > pa ? "bytes in position " + pa + "-" + pb : "byte 0x5c in position " + pa;
    return new LiteralError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason, false);
  }

  /** Reports an undecodable source byte at cs[i] the way CPython's utf-8 codec would. */
  static LiteralError utf8Error(int[] cs, int from, int to, int i) {
    int b = cs[i] & 0xff;
    int p = bytePos(cs, from, i);
    int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
    String msg;
    if (need == 0) {
      msg = "can't decode byte 0x" + hex2(b) + " in position " + p + ": invalid start byte";
    } else {
      int k = 1;
      while (k <= need && i + k < to && cs[i + k] >= 0xDC80 && cs[i + k] <= 0xDCBF) {
        k++;
      }
      if (i + k >= to && k <= need) {
        msg = (k == 1 ? "can't decode byte 0x" + hex2(b) + " in position " + p
            : "can't decode bytes in position " + p + "-" + (p + k - 1)) + ": unexpected end of data";
      } else {
        msg = (k == 1 ? "can't decode byte 0x" + hex2(b) + " in position " + p
            : "can't decode bytes in position " + p + "-" + (p + k - 1)) + ": invalid continuation byte";
      }
    }
    return new LiteralError("(unicode error) 'utf-8' codec " + msg, false);
  }

  private static String hex2(int b) {
    return (b < 16 ? "0" : "") + Integer.toHexString(b);
  }

  private static int hexValue(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  /** Decodes a str body cs[from..to). */
  static String decodeStr(int[] cs, int from, int to, boolean raw) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      int c = cs[i];
      if (c >= 0xDC80 && c <= 0xDCFF) {
        throw utf8Error(cs, from, to, i);
      }
      if (c != '\\' || raw) {
        sb.appendCodePoint(c);
        continue;
      }
      int start = i;
      i++;
      int e = i < to ? cs[i] : -1;
      switch (e) {
        case '\n' -> {}
        case '\\' -> sb.append('\\');
        case '\'' -> sb.append('\'');
        case '"' -> sb.append('"');
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'v' -> sb.append('\u000b');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          int k = 1;
          while (k < 3 && i + 1 < to && cs[i + 1] >= '0' && cs[i + 1] <= '7') {
            i++;
            k++;
            v = v * 8 + (cs[i] - '0');
          }
          sb.appendCodePoint(v);
        }
        case 'x', 'u', 'U' -> {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          int v = 0;
          int k = 0;
          while (k < digits && i + 1 < to && hexValue(cs[i + 1]) >= 0) {
            i++;
            k++;
            v = v * 16 + hexValue(cs[i]);
          }
          if (k < digits) {
            String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                : "truncated \\UXXXXXXXX escape";
            throw escapeError(cs, from, start, i + 1, what);
          }
          if (v > 0x10FFFF) {
            throw escapeError(cs, from, start, i + 1, "illegal Unicode character");
          }
          sb.appendCodePoint(v);
        }
        case 'N' -> {
          if (i + 1 >= to || cs[i + 1] != '{') {
            throw escapeError(cs, from, start, Math.min(i + 1, to), "malformed \\N character escape");
          }
          int close = i + 2;
          while (close < to && cs[close] != '}') {
            close++;
          }
          if (close >= to || close == i + 2) {
            throw escapeError(cs, from, start, Math.min(close + 1, to), "malformed \\N character escape");
          }
          String name = new String(cs, i + 2, close - i - 2);
          int cp;
          try {
            cp = Character.codePointOf(name);
          } catch (IllegalArgumentException ex) {
            throw escapeError(cs, from, start, close + 1, "unknown Unicode character name");
          }
          sb.appendCodePoint(cp);
          i = close;
        }
        default -> {
          // Unknown escapes stay as written (CPython only warns).
          sb.append('\\');
          if (e != -1) {
            sb.appendCodePoint(e);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Decodes a bytes body cs[from..to); non-ASCII characters are an error at the token. */
  static byte[] decodeBytes(int[] cs, int from, int to, boolean raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      if (cs[i] >= 0x80) {
        throw new LiteralError("bytes can only contain ASCII literal characters", true);
      }
    }
    for (int i = from; i < to; i++) {
      int c = cs[i];
      if (c != '\\' || raw) {
        out.write(c);
        continue;
      }
      int start = i;
      i++;
      int e = i < to ? cs[i] : -1;
      switch (e) {
        case '\n' -> {}
        case '\\' -> out.write('\\');
        case '\'' -> out.write('\'');
        case '"' -> out.write('"');
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'n' -> out.write(10);
        case 'r' -> out.write(13);
        case 't' -> out.write(9);
        case 'v' -> out.write(11);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          int k = 1;
          while (k < 3 && i + 1 < to && cs[i + 1] >= '0' && cs[i + 1] <= '7') {
            i++;
            k++;
            v = v * 8 + (cs[i] - '0');
          }
          out.write(v & 0xff);
        }
        case 'x' -> {
          int h1 = i + 1 < to ? hexValue(cs[i + 1]) : -1;
          int h2 = i + 2 < to ? hexValue(cs[i + 2]) : -1;
          if (h1 < 0 || h2 < 0) {
            throw new LiteralError("(value error) invalid \\x escape at position " + (start - from), false);
          }
          out.write(h1 * 16 + h2);
          i += 2;
        }
        default -> {
          out.write('\\');
          if (e != -1) {
            out.write(e);
          }
        }
      }
    }
    return out.toByteArray();
  }
}
