package dev.rivet.compiler;

/**
 * A compile-time error in a Python program: what CPython would raise as SyntaxError,
 * IndentationError or TabError, with the same message and position. It is a value with a
 * location; the CLI turns it into text with {@link #render()}. Unchecked, and without a stack
 * trace, because it reports the user's mistake, not ours.
 *
 * <p>{@code line} and {@code column} are 1-based, as CPython's SyntaxError.lineno/offset. Like
 * CPython 3.11, the column counts characters for errors found while tokenizing and UTF-8 bytes
 * for errors found by the parser or later passes (the two agree on ASCII lines); column 0 means
 * "no column". {@code endLine}/{@code endColumn} are 0 when unknown. {@code sourceLine} is the
 * offending line without its line terminator, or null when there is none.
 */
public final class CompileError extends RuntimeException {

  /** The Python exception class this error corresponds to. */
  public enum Kind {
    SyntaxError,
    IndentationError,
    TabError
  }

  private final Kind kind;
  private final String msg;
  private final String filename;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;
  private final String sourceLine;

  public CompileError(
      Kind kind,
      String message,
      String filename,
      int line,
      int column,
      int endLine,
      int endColumn,
      String sourceLine) {
    super(message, null, false, false);
    this.kind = kind;
    this.msg = message;
    this.filename = filename;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.sourceLine = sourceLine;
  }

  /**
   * A SyntaxError at a line and 1-based column, taking the source line from {@code source}
   * (the whole program text). For use by later compiler passes (e.g. scope errors).
   */
  public static CompileError syntax(String message, String filename, String source, int line, int column) {
    return new CompileError(
        Kind.SyntaxError, message, filename, line, column, 0, 0, lineOf(source, line));
  }

  /** Line {@code n} (1-based) of {@code source} without its terminator, or null if out of range. */
  public static String lineOf(String source, int n) {
    if (source == null || n < 1) {
      return null;
    }
    int start = 0;
    for (int i = 1; i < n; i++) {
      int nl = nextTerminator(source, start);
      if (nl < 0) {
        return null;
      }
      start = nl + (source.charAt(nl) == '\r' && nl + 1 < source.length() && source.charAt(nl + 1) == '\n' ? 2 : 1);
    }
    if (start > source.length()) {
      return null;
    }
    int end = nextTerminator(source, start);
    return source.substring(start, end < 0 ? source.length() : end);
  }

  private static int nextTerminator(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  public Kind kind() {
    return kind;
  }

  /** The message alone, as in CPython's SyntaxError.msg. */
  public String message() {
    return msg;
  }

  public String filename() {
    return filename;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public int endLine() {
    return endLine;
  }

  public int endColumn() {
    return endColumn;
  }

  public String sourceLine() {
    return sourceLine;
  }

  /** One line: {@code file:line:col: Kind: message}. */
  public String headline() {
    return filename + ":" + line + ":" + column + ": " + kind + ": " + msg;
  }

  /**
   * The headline, then (when known) the source line indented by four spaces and a caret under
   * the column, like CPython's traceback display (leading whitespace is stripped from the shown
   * line, and the caret moves with it).
   */
  public String render() {
    StringBuilder sb = new StringBuilder(headline());
    if (sourceLine != null && !sourceLine.isBlank()) {
      int strip = 0;
      while (strip < sourceLine.length() && (sourceLine.charAt(strip) == ' ' || sourceLine.charAt(strip) == '\t' || sourceLine.charAt(strip) == '\f')) {
        strip++;
      }
      String shown = sourceLine.substring(strip).stripTrailing();
      sb.append("\n    ").append(shown).append("\n    ");
      int codePointsBefore = sourceLine.codePointCount(0, strip);
      int caret = Math.max(0, Math.min(column - 1 - codePointsBefore, shown.codePointCount(0, shown.length())));
      sb.append(" ".repeat(caret)).append('^');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return headline();
  }
}
