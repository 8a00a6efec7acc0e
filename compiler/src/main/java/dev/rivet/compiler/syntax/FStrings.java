package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Pos;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Concatenates adjacent literal tokens into one Str, Bytes or JoinedStr, splitting f-strings into
 * literal text and replacement fields ({@code {expr=!r:spec}}) as CPython 3.11 does: the
 * expression text is found by scanning brackets and quotes, then parsed in place (so its nodes
 * carry real source positions); format specs may nest one more level of fields.
 */
final class FStrings {
  private final ExpressionParser parser;
  private final int[] cs;
  private final List<Expr> values = new ArrayList<>();
  private final StringBuilder lit = new StringBuilder();
  private Pos litPos;

  private FStrings(ExpressionParser parser) {
    this.parser = parser;
    this.cs = parser.src.cps;
  }

  private static StringLiterals.LiteralError err(String message) {
    return new StringLiterals.LiteralError(message, false);
  }

  static Expr concatenate(ExpressionParser parser, List<Token> parts, Pos at) {
    int[] cs = parser.src.cps;
    boolean anyBytes = false;
    boolean anyStr = false;
    boolean anyF = false;
    StringLiterals.Shape[] shapes = new StringLiterals.Shape[parts.size()];
    for (int i = 0; i < shapes.length; i++) {
      shapes[i] = StringLiterals.shape(parts.get(i), cs);
      anyBytes |= shapes[i].bytes();
      anyStr |= !shapes[i].bytes();
      anyF |= shapes[i].fstring();
    }
    if (anyBytes && anyStr) {
      throw err("cannot mix bytes and nonbytes literals");
    }
    if (anyBytes) {
      if (shapes.length == 1) {
        StringLiterals.Shape s = shapes[0];
        return new Expr.Bytes(StringLiterals.decodeBytes(cs, s.bodyStart(), s.bodyEnd(), s.raw()), at);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (StringLiterals.Shape s : shapes) {
        out.writeBytes(StringLiterals.decodeBytes(cs, s.bodyStart(), s.bodyEnd(), s.raw()));
      }
      return new Expr.Bytes(out.toByteArray(), at);
    }
    if (!anyF) {
      if (shapes.length == 1) {
        StringLiterals.Shape s = shapes[0];
        return new Expr.Str(StringLiterals.decodeStr(cs, s.bodyStart(), s.bodyEnd(), s.raw()), at);
      }
      StringBuilder sb = new StringBuilder();
      for (StringLiterals.Shape s : shapes) {
        sb.append(StringLiterals.decodeStr(cs, s.bodyStart(), s.bodyEnd(), s.raw()));
      }
      return new Expr.Str(sb.toString(), at);
    }
    FStrings f = new FStrings(parser);
    for (int i = 0; i < shapes.length; i++) {
      StringLiterals.Shape s = shapes[i];
      Token t = parts.get(i);
      if (f.litPos == null) {
        f.litPos = TokenCursor.pos(t);
      }
      if (s.fstring()) {
        f.body(s.bodyStart(), s.bodyEnd(), s.raw(), 0, f.values, t);
      } else {
        f.lit.append(StringLiterals.decodeStr(cs, s.bodyStart(), s.bodyEnd(), s.raw()));
      }
    }
    f.flush(f.values);
    return new Expr.JoinedStr(List.copyOf(f.values), at);
  }

  private void flush(List<Expr> out) {
    if (lit.length() > 0) {
      out.add(new Expr.Str(lit.toString(), litPos));
      lit.setLength(0);
    }
  }

  /**
   * Literal text and fields of cs[from..to). In a format spec ({@code depth > 0}) the body ends
   * at an unmatched '}', whose index is returned; at the top level it runs to {@code to}.
   */
  private int body(int from, int to, boolean raw, int depth, List<Expr> out, Token t) {
    int i = from;
    int segStart = i;
    while (i < to) {
      int c = cs[i];
      if (!raw && c == '\\' && i + 1 < to) {
        if (cs[i + 1] == 'N' && i + 2 < to && cs[i + 2] == '{') {
          int close = i + 3;
          while (close < to && cs[close] != '}') {
            close++;
          }
          i = Math.min(close + 1, to);
        } else {
          i += 2;
        }
        continue;
      }
      if (c == '{' || c == '}') {
        lit.append(StringLiterals.decodeStr(cs, segStart, i, raw));
        if (c == '{' && i + 1 < to && cs[i + 1] == '{' && depth == 0) {
          lit.append('{');
          i += 2;
        } else if (c == '}' && depth > 0) {
          return i;
        } else if (c == '}') {
          if (i + 1 < to && cs[i + 1] == '}') {
            lit.append('}');
            i += 2;
          } else {
            throw err("f-string: single '}' is not allowed");
          }
        } else {
          i = field(i + 1, to, raw, depth, out, t);
        }
        segStart = i;
        continue;
      }
      i++;
    }
    lit.append(StringLiterals.decodeStr(cs, segStart, Math.min(i, to), raw));
    if (depth > 0) {
      throw err("f-string: expecting '}'");
    }
    return i;
  }

  /**
   * CPython 3.11 compiles a field's expression as the separate text "(expr)" and reports errors
   * in it with "f-string: " prepended, at a column counted within that text (the real line is
   * kept), showing that text as the source line.
   */
  private CompileError embeddedError(CompileError e, int exprStart, int exprEnd) {
    Source src = parser.src;
    // Parser errors get "f-string: " in front; tokenizer errors keep their own message.
    List<Token> sub = Lexer.tokenizeEmbedded(src, exprStart, exprEnd);
    Token last = sub.get(sub.size() - 1);
    boolean fromLexer = last.kind == TokenKind.LEXER_ERROR && last.failure.message().equals(e.message());
    String m = e.message().startsWith("f-string") || fromLexer ? e.message() : "f-string: " + e.message();
    int startLine = src.lineOf(exprStart);
    int column = e.column();
    if (e.line() == startLine) {
      int startCol = src.byteColumn(exprStart);
      column = e.column() - startCol + 1;
    }
    String text = "(" + new String(cs, exprStart, exprEnd - exprStart) + ")";
    return new CompileError(e.kind(), m, e.filename(), e.line(), column, 0, 0, text);
  }

  /** One replacement field whose expression starts at {@code i}; returns the index after '}'. */
  private int field(int i, int to, boolean raw, int depth, List<Expr> out, Token t) {
    if (depth >= 2) {
      throw err("f-string: expressions nested too deeply");
    }
    int exprStart = i;
    int nest = 0;
    int quote = 0;
    int quoteLen = 0;
    char[] stack = new char[Lexer.MAX_LEVEL];
    for (; i < to; i++) {
      int c = cs[i];
      if (c == '\\') {
        throw err("f-string expression part cannot include a backslash");
      }
      if (quote != 0) {
        if (c == quote) {
          if (quoteLen == 3) {
            if (i + 2 < to && cs[i + 1] == quote && cs[i + 2] == quote) {
              i += 2;
              quote = 0;
            }
          } else {
            quote = 0;
          }
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        if (i + 2 < to && cs[i + 1] == c && cs[i + 2] == c) {
          quoteLen = 3;
          i += 2;
        } else {
          quoteLen = 1;
        }
        quote = c;
        continue;
      }
      if (c == '[' || c == '(' || c == '{') {
        if (nest >= Lexer.MAX_LEVEL) {
          throw err("f-string: too many nested parenthesis");
        }
        stack[nest++] = (char) c;
        continue;
      }
      if (c == '#') {
        throw err("f-string expression part cannot include '#'");
      }
      if (nest == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
        int next = i + 1 < to ? cs[i + 1] : -1;
        if ((c == '!' || c == '=' || c == '<' || c == '>') && next == '=') {
          i++;
          continue;
        }
        if (c == '>' || c == '<') {
          continue;
        }
        break;
      }
      if (c == ']' || c == ')' || c == '}') {
        if (nest == 0) {
          throw err("f-string: unmatched '" + (char) c + "'");
        }
        char open = stack[--nest];
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != want) {
          throw err("f-string: closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + open + "'");
        }
      }
    }
    if (quote != 0) {
      throw err("f-string: unterminated string");
    }
    if (nest > 0) {
      throw err("f-string: unmatched '" + stack[nest - 1] + "'");
    }
    if (i >= to) {
      throw err("f-string: expecting '}'");
    }
    int exprEnd = i;
    boolean blank = true;
    for (int k = exprStart; k < exprEnd; k++) {
      if (cs[k] != ' ' && cs[k] != '\t' && cs[k] != '\n' && cs[k] != '\f') {
        blank = false;
        break;
      }
    }
    if (blank) {
      throw err("f-string: empty expression not allowed");
    }
    Expr value;
    try {
      value = parser.parseEmbedded(exprStart, exprEnd);
    } catch (CompileError e) {
      throw embeddedError(e, exprStart, exprEnd);
    }
    boolean selfDoc = false;
    if (cs[i] == '=') {
      selfDoc = true;
      i++;
      while (i < to && (cs[i] == ' ' || cs[i] == '\t' || cs[i] == '\n')) {
        i++;
      }
      lit.append(new String(cs, exprStart, i - exprStart));
      if (i >= to) {
        throw err("f-string: expecting '}'");
      }
    }
    int conversion = -1;
    if (cs[i] == '!') {
      i++;
      int conv = i < to ? cs[i] : -1;
      if (conv != 's' && conv != 'r' && conv != 'a') {
        if (conv == -1) {
          throw err("f-string: expecting '}'");
        }
        throw err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = conv;
      i++;
      if (i >= to) {
        throw err("f-string: expecting '}'");
      }
    }
    flush(out);
    Expr spec = null;
    if (cs[i] == ':') {
      List<Expr> specParts = new ArrayList<>();
      Pos saved = litPos;
      litPos = TokenCursor.pos(t);
      int close = body(i + 1, to, raw, depth + 1, specParts, t);
      flush(specParts);
      litPos = saved;
      spec = new Expr.JoinedStr(List.copyOf(specParts), TokenCursor.pos(t));
      i = close;
    }
    if (i >= to || cs[i] != '}') {
      throw err("f-string: expecting '}'");
    }
    if (selfDoc && conversion == -1 && spec == null) {
      conversion = 'r';
    }
    out.add(new Expr.FormattedValue(value, conversion, spec, value.pos()));
    return i + 1;
  }
}
