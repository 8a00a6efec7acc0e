package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Module;
import java.util.List;

/**
 * The front end's public entry points: source text (or the bytes of a source file) in, AST out,
 * or a {@link CompileError} with CPython 3.11's kind, message and position. The three modes are
 * CPython's compile() modes: exec (a file), eval (one expression) and single (one interactive
 * statement). Thread-safe: every call works on its own state.
 */
public final class Parser {
  private Parser() {}

  /** Parses a whole file ("exec" mode) from its text. */
  public static Module parseModule(String source, String filename) {
    return module(Source.of(filename, source));
  }

  private static Module module(Source src) {
    StatementParser sp = statements(src);
    try {
      return new Module(sp.fileInput(), src.filename);
    } catch (CompileError e) {
      throw sp.unclosedWins(e);
    }
  }

  /**
   * Parses a whole file from its bytes: NUL bytes, a PEP 263 coding declaration (utf-8, ascii or
   * latin-1) and invalid UTF-8 are handled as CPython does when it reads a file.
   */
  public static Module parseModule(byte[] source, String filename) {
    return module(SourceDecoder.decode(source, filename));
  }

  /** Parses one expression ("eval" mode), surrounded by optional blank lines. */
  public static Expr parseExpression(String source, String filename) {
    StatementParser sp = statements(Source.of(filename, source));
    try {
      return sp.evalInput();
    } catch (CompileError e) {
      throw sp.unclosedWins(e);
    }
  }

  /** Parses one interactive statement ("single" mode): a simple-statement line or a compound one. */
  public static Module parseInteractive(String source, String filename) {
    StatementParser sp = statements(Source.of(filename, source));
    try {
      return new Module(sp.interactiveInput(), filename);
    } catch (CompileError e) {
      throw sp.unclosedWins(e);
    }
  }

  private static StatementParser statements(Source src) {
    for (int c : src.cps) {
      if (c == 0) {
        throw new CompileError(CompileError.Kind.SyntaxError, "source code cannot contain null bytes",
            src.filename, src.lineOf(indexOfNul(src.cps)), 0, 0, 0, null);
      }
    }
    List<Token> toks = Lexer.tokenize(src);
    return new StatementParser(src, toks);
  }

  private static int indexOfNul(int[] cps) {
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] == 0) {
        return i;
      }
    }
    return 0;
  }
}
