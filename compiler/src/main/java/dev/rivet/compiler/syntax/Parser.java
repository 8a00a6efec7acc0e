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
    } catch (StackOverflowError e) {
      throw outOfStack(sp);
    }
  }

  /** Message of the safety net below; tests check that inputs within the limits never hit it. */
  static final String OUT_OF_STACK = "program too deeply nested to parse (the Java thread ran out of stack)";

  /**
   * A safety net only: bracket nesting (200), indentation (100) and expression depth (1000) are
   * limited so that parsing fits in a default 1 MB thread stack. A smaller stack could still run
   * out; that is reported as an error on the current line rather than a crash.
   */
  private static CompileError outOfStack(StatementParser sp) {
    return sp.errorAt(sp.tok, OUT_OF_STACK);
  }

  /**
   * Parses a whole file from its bytes: NUL bytes, a PEP 263 coding declaration (utf-8, ascii or
   * latin-1) and invalid UTF-8 are handled as CPython does when it reads a file.
   */
  public static Module parseModule(byte[] source, String filename) {
    return module(SourceDecoder.decode(source, filename));
  }

  /**
   * The text a source file's bytes decode to, exactly as {@link #parseModule(byte[], String)}
   * sees it (BOM dropped, coding declaration honoured, newlines normalised to '\n'), for passes
   * that quote source lines in their errors. Throws the same CompileError for undecodable input.
   */
  public static String decodeSource(byte[] source, String filename) {
    Source src = SourceDecoder.decode(source, filename);
    return new String(src.cps, 0, src.cps.length);
  }

  /** Parses one expression ("eval" mode), surrounded by optional blank lines. */
  public static Expr parseExpression(String source, String filename) {
    StatementParser sp = statements(Source.of(filename, source));
    try {
      return sp.evalInput();
    } catch (CompileError e) {
      throw sp.unclosedWins(e);
    } catch (StackOverflowError e) {
      throw outOfStack(sp);
    }
  }

  /** Parses one interactive statement ("single" mode): a simple-statement line or a compound one. */
  public static Module parseInteractive(String source, String filename) {
    StatementParser sp = statements(Source.of(filename, source));
    try {
      return new Module(sp.interactiveInput(), filename);
    } catch (CompileError e) {
      throw sp.unclosedWins(e);
    } catch (StackOverflowError e) {
      throw outOfStack(sp);
    }
  }

  /**
   * For a REPL: is {@code source} (the lines typed so far, joined by '\n', without the final
   * newline) the start of a statement that more lines could complete? True for an open bracket,
   * an unterminated triple-quoted string, a trailing backslash, a block header still waiting for
   * its body, and a compound statement not yet ended by an empty line (CPython's codeop
   * behaviour). False when the input is complete, or wrong in a way more input cannot fix
   * (then {@link #parseInteractive} reports the error).
   */
  public static boolean needsMoreInput(String source) {
    boolean blank = true;
    for (String line : source.split("\n", -1)) {
      String t = line.strip();
      if (!t.isEmpty() && t.charAt(0) != '#') {
        blank = false;
        break;
      }
    }
    if (blank) {
      return false;
    }
    try {
      parseInteractive(source, "<stdin>");
      return !source.endsWith("\n") && startsCompound(source);
    } catch (CompileError e) {
      // fall through: see whether the error is only the end of input arriving too soon
    }
    String withNewline = source + "\n";
    try {
      parseInteractive(withNewline, "<stdin>");
      return true;
    } catch (CompileError e) {
      String m = e.message();
      if (m.endsWith("was never closed") || m.startsWith("unterminated triple-quoted string literal")
          || m.equals("unexpected EOF while parsing")) {
        return true;
      }
      int lines = (int) withNewline.chars().filter(c -> c == '\n').count();
      if (e.line() > lines) {
        return true; // the parser wanted a token after the last line
      }
      // A block or an except/finally still missing, reported just past the end of the input.
      String[] all = source.split("\n", -1);
      String lastLine = all[all.length - 1];
      boolean pastEnd = e.line() == all.length
          && e.column() > lastLine.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      return pastEnd && (m.startsWith("expected an indented block") || m.startsWith("expected 'except' or 'finally'"));
    }
  }

  private static boolean startsCompound(String source) {
    String t = source.stripLeading();
    for (String k : new String[] {"if", "while", "for", "try", "with", "def", "class", "async"}) {
      if (t.startsWith(k) && (t.length() == k.length() || !Lexer.isIdentifierChar(t.charAt(k.length())))) {
        return true;
      }
    }
    return t.startsWith("@");
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
