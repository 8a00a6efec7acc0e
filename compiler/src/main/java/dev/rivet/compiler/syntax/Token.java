package dev.rivet.compiler.syntax;

/**
 * One token: its kind, its span as code-point offsets into the source (end exclusive) and its
 * line/column (1-based line, 0-based column). {@code text} holds the spelling of names, numbers
 * and strings (for strings, the whole literal including prefix and quotes).
 */
final class Token {
  final TokenKind kind;
  final int start;
  final int end;
  final int line;
  final int col;
  final int endLine;
  final int endCol;
  final String text;
  /**
   * For LEXER_ERROR: the error CPython's tokenizer reports when the parser fetches this token.
   * For a NAME holding bytes that are not UTF-8: the decoding error, raised once the parser
   * consumes the name (CPython decodes names only when it builds them).
   */
  dev.rivet.compiler.CompileError failure;

  Token(TokenKind kind, int start, int end, int line, int col, int endLine, int endCol, String text) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.line = line;
    this.col = col;
    this.endLine = endLine;
    this.endCol = endCol;
    this.text = text;
  }

  @Override
  public String toString() {
    return kind + (text != null ? "(" + text + ")" : "") + "@" + line + ":" + col;
  }
}
