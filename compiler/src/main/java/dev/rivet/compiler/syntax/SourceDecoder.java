package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;

/**
 * Turns a source file's bytes into a {@link Source}: rejects NUL bytes, skips a UTF-8 BOM, reads
 * a PEP 263 coding declaration (Rivet accepts utf-8, ascii and latin-1 only) and decodes. Invalid
 * UTF-8 is not an error here: each bad byte becomes U+DC80+byte, and the lexer or string-literal
 * decoder reports it where CPython would.
 */
final class SourceDecoder {
  private SourceDecoder() {}

  static Source decode(byte[] bytes, String filename) {
    int line = 1;
    for (byte b : bytes) {
      if (b == 0) {
        // CPython's file reader reports the line but no column (offset 0).
        throw new CompileError(CompileError.Kind.SyntaxError, "source code cannot contain null bytes",
            filename, line, 0, 0, 0, null);
      }
      if (b == '\n') {
        line++;
      }
    }
    int start = 0;
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
    if (bom) {
      start = 3;
    }
    String encoding = declaredEncoding(bytes, start, filename);
    int[] cps;
    int n;
    if (encoding.equals("latin-1")) {
      cps = new int[bytes.length - start];
      n = 0;
      for (int i = start; i < bytes.length; i++) {
        cps[n++] = bytes[i] & 0xff;
      }
    } else {
      cps = new int[bytes.length - start];
      n = decodeUtf8(bytes, start, cps);
    }
    return new Source(filename, Source.normaliseNewlines(cps, n));
  }

  /** Decodes UTF-8 into code points; each byte of an invalid sequence becomes U+DC80+byte. */
  static int decodeUtf8(byte[] b, int from, int[] out) {
    int n = 0;
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        out[n++] = c;
        i++;
        continue;
      }
      int need;
      int cp;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        min = 0x10000;
      } else {
        out[n++] = 0xDC00 | c;
        i++;
        continue;
      }
      boolean ok = true;
      int j = 1;
      if (ok) {
        for (; j <= need; j++) {
          if (i + j >= b.length || (b[i + j] & 0xC0) != 0x80) {
            ok = false;
            break;
          }
          cp = (cp << 6) | (b[i + j] & 0x3F);
        }
      }
      if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
        ok = false;
      }
      if (ok) {
        out[n++] = cp;
        i += need + 1;
      } else {
        out[n++] = 0xDC00 | c;
        i++;
      }
    }
    return n;
  }

  /** The normalised declared encoding ("utf-8" or "latin-1"); "utf-8" when none is declared. */
  private static String declaredEncoding(byte[] b, int start, String filename) {
    int lineStart = start;
    for (int lineNo = 1; lineNo <= 2 && lineStart < b.length; lineNo++) {
      int end = lineStart;
      while (end < b.length && b[end] != '\n' && b[end] != '\r') {
        end++;
      }
      String line = new String(b, lineStart, end - lineStart, java.nio.charset.StandardCharsets.ISO_8859_1);
      String name = codingName(line);
      if (name != null) {
        String norm = normalName(name);
        return switch (norm) {
          case "utf-8", "utf8", "ascii", "us-ascii" -> "utf-8";
          case "latin-1", "iso-8859-1", "iso8859-1", "latin1", "l1" -> "latin-1";
          default -> throw new CompileError(CompileError.Kind.SyntaxError, "unknown encoding: " + name,
              filename, lineNo, 0, 0, 0, line);
        };
      }
      // Only a comment-only or blank first line lets the second line declare the encoding.
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        break;
      }
      lineStart = end;
      if (lineStart < b.length && b[lineStart] == '\r') {
        lineStart++;
      }
      if (lineStart < b.length && b[lineStart] == '\n') {
        lineStart++;
      }
    }
    return "utf-8";
  }

  /** The name in a "coding[:=] name" comment, or null when the line is no such comment. */
  static String codingName(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
      i++;
    }
    if (i >= line.length() || line.charAt(i) != '#') {
      return null;
    }
    int k = line.indexOf("coding", i);
    while (k >= 0) {
      int p = k + 6;
      if (p < line.length() && (line.charAt(p) == ':' || line.charAt(p) == '=')) {
        p++;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
          p++;
        }
        int q = p;
        while (q < line.length()) {
          char c = line.charAt(q);
          if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
            q++;
          } else {
            break;
          }
        }
        if (q > p) {
          return line.substring(p, q);
        }
      }
      k = line.indexOf("coding", k + 1);
    }
    return null;
  }

  /** CPython's get_normal_name: utf-8 and latin-1 spellings collapse to one name. */
  private static String normalName(String s) {
    String l = s.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (l.equals("utf-8") || l.startsWith("utf-8-")) {
      return "utf-8";
    }
    for (String p : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
      if (l.equals(p) || l.startsWith(p + "-")) {
        return "latin-1";
      }
    }
    return l;
  }
}
