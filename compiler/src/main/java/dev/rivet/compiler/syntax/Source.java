package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;

/**
 * A program's text as code points with line terminators normalised to '\n', plus the index of
 * each line's start. It owns turning (line, column) into a {@link CompileError} with the source
 * line attached. Bytes that were not valid UTF-8 are kept as U+DC80..U+DCFF (like Python's
 * surrogateescape) so the string-literal decoder can report them as CPython does.
 */
final class Source {
  final String filename;
  final int[] cps;
  /** lineStarts[i] is the offset of line i+1; one extra entry past the end. */
  private int[] lineStarts;
  private int lineCount;

  Source(String filename, int[] cps) {
    this.filename = filename;
    this.cps = cps;
    indexLines();
  }

  /** From a Java string: code points, with "\r\n" and "\r" turned into "\n". */
  static Source of(String filename, String text) {
    int[] raw = text.codePoints().toArray();
    return new Source(filename, normaliseNewlines(raw, raw.length));
  }

  static int[] normaliseNewlines(int[] raw, int n) {
    boolean anyCr = false;
    for (int i = 0; i < n; i++) {
      if (raw[i] == '\r') {
        anyCr = true;
        break;
      }
    }
    if (!anyCr) {
      return raw.length == n ? raw : java.util.Arrays.copyOf(raw, n);
    }
    int[] out = new int[n];
    int j = 0;
    for (int i = 0; i < n; i++) {
      int c = raw[i];
      if (c == '\r') {
        if (i + 1 < n && raw[i + 1] == '\n') {
          i++;
        }
        c = '\n';
      }
      out[j++] = c;
    }
    return j == n ? out : java.util.Arrays.copyOf(out, j);
  }

  private void indexLines() {
    int[] starts = new int[64];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] == '\n') {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    lineStarts = starts;
    lineCount = n;
  }

  /** Offset of the first code point of 1-based line {@code line}. */
  int lineStart(int line) {
    if (line < 1) {
      return 0;
    }
    if (line > lineCount) {
      return cps.length;
    }
    return lineStarts[line - 1];
  }

  /** The 1-based line containing offset {@code off}. */
  int lineOf(int off) {
    int lo = 0;
    int hi = lineCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= off) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** Text of a line without its terminator, or null when the line does not exist. */
  String lineText(int line) {
    if (line < 1 || line > lineCount) {
      return null;
    }
    int s = lineStarts[line - 1];
    int e = s;
    while (e < cps.length && cps[e] != '\n') {
      e++;
    }
    if (s == cps.length && line > 1) {
      return "";
    }
    return new String(cps, s, e - s);
  }

  /** Bytes in the UTF-8 form of code point c (an undecodable source byte U+DC80+b counts 1). */
  static int utf8Length(int c) {
    if (c < 0x80 || (c >= 0xDC80 && c <= 0xDCFF)) {
      return 1;
    }
    return c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }

  /** The 0-based column of offset {@code off} in UTF-8 bytes from the start of its line. */
  int byteColumn(int off) {
    int s = lineStart(lineOf(off));
    int b = 0;
    for (int i = s; i < off && i < cps.length; i++) {
      b += utf8Length(cps[i]);
    }
    return b;
  }

  String text(int start, int end) {
    return new String(cps, start, end - start);
  }

  CompileError error(CompileError.Kind kind, String message, int line, int column) {
    return new CompileError(kind, message, filename, line, column, 0, 0, lineText(line));
  }

  CompileError error(String message, int line, int column) {
    return error(CompileError.Kind.SyntaxError, message, line, column);
  }

  /** A SyntaxError whose 1-based column is the code point at {@code offset} (0-based column + 1). */
  CompileError errorAt(String message, int offset) {
    int line = lineOf(offset);
    return error(message, line, offset - lineStart(line) + 1);
  }
}
