package dev.rivet.compiler.ast;

/**
 * Where a node sits in its source file. Lines are 1-based; columns are 0-based offsets in code
 * points (CPython's ast uses UTF-8 byte offsets here; Rivet counts code points). The end is
 * exclusive, like CPython's end_col_offset.
 */
public record Pos(int line, int col, int endLine, int endCol) {
  /** A span from the start of {@code a} to the end of {@code b}. */
  public static Pos span(Pos a, Pos b) {
    return new Pos(a.line, a.col, b.endLine, b.endCol);
  }
}
