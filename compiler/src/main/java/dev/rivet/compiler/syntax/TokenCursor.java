package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Pos;
import java.util.List;

/**
 * The parser's view of the token list: a cursor with one-token lookahead (and peeking further),
 * positions for nodes, and the generic error CPython gives for the token where parsing stopped.
 */
abstract class TokenCursor {
  final Source src;
  final List<Token> toks;
  int p;
  /** The current token, toks.get(p). */
  Token tok;

  TokenCursor(Source src, List<Token> toks) {
    this.src = src;
    this.toks = toks;
    this.tok = toks.get(0);
    fetched(tok);
  }

  /** What happens when the parser first looks at a token: a LEXER_ERROR raises its error. */
  private static void fetched(Token t) {
    if (t.kind == TokenKind.LEXER_ERROR) {
      throw t.failure;
    }
  }

  final TokenKind kind() {
    return tok.kind;
  }

  final TokenKind peekKind(int ahead) {
    return peek(ahead).kind;
  }

  final Token peek(int ahead) {
    int i = Math.min(p + ahead, toks.size() - 1);
    if (i > furthest) {
      furthest = i;
      fetched(toks.get(i));
    }
    return toks.get(i);
  }

  /** The furthest token index the parser has looked at (CPython's "last token fetched"). */
  int furthest;

  final boolean at(TokenKind k) {
    return tok.kind == k;
  }

  final Token advance() {
    Token t = tok;
    if (p < toks.size() - 1) {
      p++;
      tok = toks.get(p);
      if (p > furthest) {
        furthest = p;
        fetched(tok);
      }
    }
    if (t.kind == TokenKind.NAME && t.failure != null) {
      nameDecodeFailure = t.failure;
      throw t.failure; // a name that is not UTF-8, decoded (and failing) as it is consumed
    }
    return t;
  }

  final boolean accept(TokenKind k) {
    if (tok.kind == k) {
      advance();
      return true;
    }
    return false;
  }

  final Token expect(TokenKind k) {
    if (tok.kind != k) {
      throw syntaxError();
    }
    return advance();
  }

  /** Like CPython's forced tokens ({@code &&':'}): a missing token gets "expected 'X'". */
  final Token expectForced(TokenKind k) {
    if (tok.kind != k) {
      if (tok.kind == TokenKind.EOF_IN_BRACKETS || tok.kind == TokenKind.ERRORTOKEN) {
        throw syntaxError();
      }
      throw errorAt(tok, "expected '" + k.text + "'");
    }
    return advance();
  }

  final Token prev() {
    return toks.get(Math.max(0, p - 1));
  }

  final Pos posFrom(Token start) {
    Token end = prev();
    if (end.start < start.start) {
      end = start;
    }
    return new Pos(start.line, start.col, end.endLine, end.endCol);
  }

  static Pos pos(Token t) {
    return new Pos(t.line, t.col, t.endLine, t.endCol);
  }

  final CompileError errorAt(Token t, String message) {
    if (t.kind == TokenKind.INDENT || t.kind == TokenKind.DEDENT) {
      // CPython's INDENT/DEDENT tokens have no column; it reports the tokenizer's position
      // then, the end of the indentation, without the usual +1.
      return src.error(message, t.line, t.endCol);
    }
    return src.error(message, t.line, t.col + 1);
  }

  final CompileError errorAt(Pos at, String message) {
    return src.error(message, at.line(), at.col() + 1);
  }

  /** A name's UTF-8 decoding error, once raised; CPython never replaces it (see below). */
  private CompileError nameDecodeFailure;

  /**
   * Whether an error met during a speculative parse (a look-ahead that emulates one of CPython's
   * second-pass rules) must escape it: tokenizer errors and name decoding errors stop CPython's
   * parser wherever they happen.
   */
  final boolean isFatal(CompileError e) {
    return e == nameDecodeFailure || toks.get(furthest).kind == TokenKind.LEXER_ERROR;
  }

  /**
   * The error CPython finally reports for a parse that failed with {@code e}: after a parser
   * error it tokenizes the rest of the file, so an immediate tokenizer error further on wins, and
   * reaching the end with a bracket open (during the parse, or after an error on a later line
   * than the bracket) gives "'(' was never closed".
   */
  final CompileError unclosedWins(CompileError e) {
    if (e == nameDecodeFailure) {
      return e; // a UnicodeDecodeError, not yet a SyntaxError when CPython would look further
    }
    Token last = toks.get(toks.size() - 1);
    if (e.message().equals("unexpected indent") || e.message().equals("unexpected unindent")) {
      return e; // CPython reports these without looking at the rest of the file
    }
    if (last.kind == TokenKind.LEXER_ERROR && last.text != null) {
      return last.failure; // an immediate tokenizer error later in the file wins
    }
    // Also, after a parser error CPython tokenizes the rest of the file: reaching the end with a
    // bracket opened on an earlier line than the error also gives "never closed".
    int errorLine = Math.max(e.line(), toks.get(furthest).line);
    if (last.kind == TokenKind.EOF_IN_BRACKETS && (furthest >= toks.size() - 1 || errorLine > last.line)) {
      return errorAt(last, "'" + last.text + "' was never closed");
    }
    return e;
  }

  /** An error at token {@code t} (token columns are already CPython's byte columns). */
  final CompileError atByteAwareColumn(Token t, String message) {
    return src.error(message, t.line, t.col + 1);
  }

  /** The error CPython reports when no rule matches at the current token. */
  final CompileError syntaxError() {
    Token t = tok;
    if (t.kind != TokenKind.INDENT && t.kind != TokenKind.DEDENT && furthest > p) {
      // CPython's generic error sits at the last token its parser fetched, which may be past
      // the one where the failing rule started.
      Token f = toks.get(furthest);
      if (f.kind != TokenKind.INDENT && f.kind != TokenKind.DEDENT) {
        t = f;
      }
    }
    return switch (t.kind) {
      case EOF_IN_BRACKETS -> errorAt(t, "'" + t.text + "' was never closed");
      case INDENT -> src.error(CompileError.Kind.IndentationError, "unexpected indent", t.line, t.endCol);
      case DEDENT -> src.error(CompileError.Kind.IndentationError, "unexpected unindent", t.line, t.col + 1);
      default -> errorAt(t, "invalid syntax");
    };
  }
}
