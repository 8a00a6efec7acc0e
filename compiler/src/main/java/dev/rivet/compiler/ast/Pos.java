package dev.rivet.compiler.ast;

/**
 * Where a node sits in its source file. Lines are 1-based; columns are 0-based UTF-8 byte
 * offsets from the start of the line, exactly CPython's col_offset (so {@code col + 1} is the
 * column CPython 3.11 reports for errors its parser or compiler raise about the node). The end
 * is exclusive, like CPython's end_col_offset.
 */
public record Pos(int line, int col, int endLine, int endCol) {
  /** A span from the start of {@code a} to the end of {@code b}. */
  public static Pos span(Pos a, Pos b) {
    return new Pos(a.line, a.col, b.endLine, b.endCol);
  }
}
