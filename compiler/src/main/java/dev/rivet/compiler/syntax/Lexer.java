package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a {@link Source} into tokens the way CPython 3.11's tokenizer does: INDENT/DEDENT from
 * leading whitespace (tabs to multiples of 8, with the tab/space consistency check), implicit
 * joining inside brackets, backslash continuation, comments, names, numbers, string literals and
 * operators. The whole file is tokenized before parsing; the first tokenizer error ends the list
 * as a LEXER_ERROR token, which the parser raises when it reaches it, and which replaces a parser
 * error found earlier when CPython's would too (see TokenCursor.unclosedWins). String literal
 * contents are decoded later, by {@link StringLiterals}. Token columns are UTF-8 byte offsets;
 * tokenizer error columns count characters, as CPython's do.
 */
final class Lexer {
  /** CPython's MAXINDENT and MAXLEVEL. */
  static final int MAX_INDENT = 100;

  static final int MAX_LEVEL = 200;

  /** Keywords by first letter, so most names are rejected after one array load. */
  private static final TokenKind[][] KEYWORDS_BY_FIRST = new TokenKind[128][];

  static {
    Map<Character, List<TokenKind>> byFirst = new HashMap<>();
    for (TokenKind k : TokenKind.values()) {
      if (k.isKeyword()) {
        byFirst.computeIfAbsent(k.text.charAt(0), c -> new ArrayList<>()).add(k);
      }
    }
    byFirst.forEach((c, ks) -> KEYWORDS_BY_FIRST[c] = ks.toArray(new TokenKind[0]));
  }

  private TokenKind keyword(int start, int len) {
    TokenKind[] candidates = KEYWORDS_BY_FIRST[cs[start]];
    if (candidates == null) {
      return null;
    }
    outer:
    for (TokenKind k : candidates) {
      String t = k.text;
      if (t.length() != len) {
        continue;
      }
      for (int i = 1; i < len; i++) {
        if (cs[start + i] != t.charAt(i)) {
          continue outer;
        }
      }
      return k;
    }
    return null;
  }

  private final Source src;
  private final int[] cs;
  private final int n;
  /** True when lexing the expression part of an f-string: no indentation, newlines ignored. */
  private final boolean embedded;
  private int pos;
  private int line = 1;
  private int lineStart;
  private final List<Token> tokens;
  private final int[] indents = new int[MAX_INDENT + 1];
  private final int[] altIndents = new int[MAX_INDENT + 1];
  private int indentDepth;
  private final int[] brackets = new int[MAX_LEVEL];
  private final int[] bracketLines = new int[MAX_LEVEL];
  private final int[] bracketOffsets = new int[MAX_LEVEL];
  private int level;

  Lexer(Source src) {
    this.src = src;
    this.cs = src.cps;
    this.n = cs.length;
    this.embedded = false;
    this.tokens = new ArrayList<>(Math.max(16, n / 4));
  }

  /** A lexer over cps[from..to) only, starting at the given line, for f-string expressions. */
  private Lexer(Source src, int from, int to) {
    this.src = src;
    this.cs = src.cps;
    this.n = to;
    this.embedded = true;
    this.pos = from;
    this.line = src.lineOf(from);
    this.lineStart = src.lineStart(line);
    this.tokens = new ArrayList<>();
  }

  static List<Token> tokenize(Source src) {
    return new Lexer(src).run();
  }

  static List<Token> tokenizeEmbedded(Source src, int from, int to) {
    return new Lexer(src, from, to).run();
  }

  private int at(int i) {
    return i < n ? cs[i] : -1;
  }

  /** Thrown inside the lexer for the errors CPython's parser raises only on reaching them. */
  private static final class Stop extends RuntimeException {
    final CompileError error;

    Stop(CompileError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  private static Stop stop(CompileError e) {
    return new Stop(e);
  }

  /**
   * Tokenizes until the end or the first error. An error ends the list as a LEXER_ERROR token,
   * raised when the parser fetches it. Errors CPython's tokenizer raises at once (bad literals,
   * brackets, characters) are marked {@code immediate}: after a parser error CPython tokenizes
   * the rest of the file, and such an error found there replaces the parser's.
   */
  private List<Token> run() {
    try {
      return lex();
    } catch (Stop s) {
      return endWith(s.error, false);
    } catch (CompileError e) {
      return endWith(e, true);
    }
  }

  private List<Token> endWith(CompileError e, boolean immediate) {
    Token t = new Token(TokenKind.LEXER_ERROR, pos, pos, line, pos - lineStart, line, pos - lineStart,
        immediate ? "immediate" : null);
    t.failure = e;
    tokens.add(t);
    return tokens;
  }

  private List<Token> lex() {
    boolean atLineStart = !embedded;
    while (true) {
      if (atLineStart) {
        atLineStart = false;
        if (level == 0 && !indentation()) {
          // A blank or comment-only line: no tokens at all.
          atLineStart = true;
          continue;
        }
      }
      int c = at(pos);
      while (c == ' ' || c == '\t' || c == '\f') {
        c = at(++pos);
      }
      int start = pos;
      if (c == -1) {
        finish();
        return tokens;
      }
      if (c == '#') {
        // CPython's NEWLINE token after a comment starts at the '#'.
        commentStart = pos;
        while (pos < n && cs[pos] != '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        pos++;
        if (level == 0 && !embedded) {
          int nlStart = commentStart >= lineStart ? commentStart : start;
          add(TokenKind.NEWLINE, nlStart, start + 1, null);
          atLineStart = true;
        }
        newLine();
        continue;
      }
      if (c == '\\') {
        int d = at(pos + 1);
        if (d == '\n') {
          pos += 2;
          newLine();
          if (pos >= n) {
            throw stop(src.error("unexpected EOF while parsing", line - 1, start - src.lineStart(line - 1) + 2));
          }
          continue;
        }
        if (d == -1) {
          throw stop(src.error("unexpected EOF while parsing", line, start - lineStart + 2));
        }
        throw stop(src.error("unexpected character after line continuation character", line, start - lineStart + 2));
      }
      if (isIdentifierStart(c)) {
        lexNameOrPrefixedString(start);
      } else if (c >= '0' && c <= '9' || (c == '.' && isDigit(at(pos + 1)))) {
        lexNumber(start);
      } else if (c == '\'' || c == '"') {
        lexString(start, pos);
      } else {
        lexOperator(start, c);
      }
    }
  }

  /**
   * Token columns are UTF-8 byte offsets, as CPython's (its parser errors and AST count bytes;
   * only its tokenizer errors count characters). The extra bytes of non-ASCII characters between
   * lineStart and scanPos are kept in byteExtra, so ASCII lines cost nothing.
   */
  private int scanPos;

  private int byteExtra;

  /** The lineStart that scanPos and byteExtra belong to. */
  private int scanLine = -1;

  private int byteCol(int off) {
    if (off < scanPos || scanLine != lineStart) {
      scanLine = lineStart;
      scanPos = lineStart;
      byteExtra = 0;
    }
    while (scanPos < off) {
      int c = cs[scanPos++];
      if (c >= 0x80) {
        byteExtra += Source.utf8Length(c) - 1;
      }
    }
    return off - lineStart + byteExtra;
  }

  /** Where the last comment began (its line's NEWLINE token starts there). */
  private int commentStart = -1;

  private void newLine() {
    commentStart = -1;
    line++;
    lineStart = pos;
  }

  /**
   * Measures the indentation of the line at {@code pos} and emits INDENT/DEDENT. Returns false
   * (consuming the line) when the line is blank or only a comment.
   */
  private boolean indentation() {
    int col = 0;
    int alt = 0;
    int p = pos;
    while (true) {
      int c = at(p);
      if (c == ' ') {
        col++;
        alt++;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        alt++;
      } else if (c == '\f') {
        col = 0;
        alt = 0;
      } else {
        break;
      }
      p++;
    }
    int c = at(p);
    if (c == '#' || c == '\n') {
      while (p < n && cs[p] != '\n') {
        p++;
      }
      if (p < n) {
        p++;
        pos = p;
        newLine();
        return false;
      }
      pos = p;
      return true;
    }
    if (c == -1) {
      pos = p;
      return true;
    }
    int top = indentDepth == 0 ? 0 : indents[indentDepth - 1];
    int altTop = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
    if (col == top) {
      if (alt != altTop) {
        throw stop(tabError());
      }
    } else if (col > top) {
      if (indentDepth + 1 >= MAX_INDENT) {
        throw stop(src.error(CompileError.Kind.IndentationError, "too many levels of indentation", line, 1));
      }
      if (alt <= altTop) {
        throw stop(tabError());
      }
      indents[indentDepth] = col;
      altIndents[indentDepth] = alt;
      indentDepth++;
      add(TokenKind.INDENT, pos, p, null);
    } else {
      // Check the target level before emitting any DEDENT: CPython's tokenizer fails first.
      int target = indentDepth;
      while (target > 0 && col < indents[target - 1]) {
        target--;
      }
      int now = target == 0 ? 0 : indents[target - 1];
      if (col != now) {
        // CPython points one past the end of the offending line.
        String text = src.lineText(line);
        throw stop(src.error(CompileError.Kind.IndentationError,
            "unindent does not match any outer indentation level", line,
            text.codePointCount(0, text.length()) + 1));
      }
      while (indentDepth > target) {
        indentDepth--;
        add(TokenKind.DEDENT, p, p, null);
      }
      if (alt != (indentDepth == 0 ? 0 : altIndents[indentDepth - 1])) {
        throw stop(tabError());
      }
    }
    pos = p;
    return true;
  }

  private CompileError tabError() {
    return src.error(CompileError.Kind.TabError, "inconsistent use of tabs and spaces in indentation", line, 1);
  }

  private void finish() {
    if (level > 0) {
      // Carries the innermost open bracket: that is where CPython reports "was never closed".
      int off = bracketOffsets[level - 1];
      int bl = bracketLines[level - 1];
      int col = src.byteColumn(off);
      tokens.add(new Token(TokenKind.EOF_IN_BRACKETS, off, off + 1, bl, col, bl, col + 1,
          String.valueOf((char) brackets[level - 1])));
      return;
    }
    if (embedded) {
      add(TokenKind.ENDMARKER, pos, pos, null);
      return;
    }
    if (!tokens.isEmpty()) {
      TokenKind last = tokens.get(tokens.size() - 1).kind;
      if (last != TokenKind.NEWLINE && last != TokenKind.DEDENT && last != TokenKind.INDENT) {
        add(TokenKind.NEWLINE, commentStart >= lineStart ? commentStart : pos, pos, null);
      }
    }
    while (indentDepth > 0) {
      indentDepth--;
      add(TokenKind.DEDENT, pos, pos, null);
    }
    add(TokenKind.ENDMARKER, pos, pos, null);
  }

  private void add(TokenKind kind, int start, int end, String text) {
    tokens.add(new Token(kind, start, end, line, byteCol(start), line, byteCol(end), text));
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentifierStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
  }

  static boolean isIdentifierChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c >= 128;
  }

  // ---- names -------------------------------------------------------------------------------

  private void lexNameOrPrefixedString(int start) {
    int p = pos;
    boolean ascii = true;
    while (p < n && isIdentifierChar(cs[p])) {
      if (cs[p] >= 128) {
        ascii = false;
      }
      p++;
    }
    int len = p - start;
    int q = at(p);
    if ((q == '\'' || q == '"') && len <= 2 && isStringPrefix(start, len)) {
      lexString(start, p);
      return;
    }
    TokenKind kw = ascii ? keyword(start, len) : null;
    if (kw != null) {
      pos = p;
      add(kw, start, p, kw.text);
      return;
    }
    String name = new String(cs, start, len);
    CompileError undecodable = null;
    if (!ascii) {
      undecodable = undecodableName(start, p);
      if (undecodable == null) {
        name = checkIdentifier(start, p, name);
      }
    }
    pos = p;
    add(TokenKind.NAME, start, p, name);
    tokens.get(tokens.size() - 1).failure = undecodable;
  }

  private boolean isStringPrefix(int start, int len) {
    boolean r = false;
    boolean b = false;
    boolean u = false;
    boolean f = false;
    for (int i = start; i < start + len; i++) {
      switch (Character.toLowerCase(cs[i])) {
        case 'r' -> {
          if (r) return false;
          r = true;
        }
        case 'b' -> {
          if (b) return false;
          b = true;
        }
        case 'u' -> {
          if (u) return false;
          u = true;
        }
        case 'f' -> {
          if (f) return false;
          f = true;
        }
        default -> {
          return false;
        }
      }
    }
    if (u && (len > 1)) {
      return false;
    }
    return !(b && f);
  }

  /**
   * CPython's tokenizer takes any byte >= 0x80 as part of a name and decodes the name only when
   * the parser builds it; the message for a name that is not UTF-8 (or null when it is).
   */
  private CompileError undecodableName(int start, int end) {
    for (int i = start; i < end; i++) {
      if (cs[i] >= 0xDC80 && cs[i] <= 0xDCFF) {
        // CPython reports it at the end of the name, its column counted in bytes.
        return src.error(StringLiterals.utf8Error(cs, start, end, i).getMessage(), line, byteCol(end));
      }
    }
    return null;
  }

  /** Validates a non-ASCII identifier as CPython does and returns its NFKC form. */
  private String checkIdentifier(int start, int end, String name) {
    for (int i = start; i < end; i++) {
      int c = cs[i];
      boolean ok = i == start ? (c < 128 ? isIdentifierStart(c) : Character.isUnicodeIdentifierStart(c))
          : (c < 128 ? isIdentifierChar(c) : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
      if (!ok) {
        pos = i;
        throw invalidCharacter(i);
      }
    }
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
  }

  private CompileError invalidCharacter(int i) {
    int c = cs[i];
    String hex = String.format("%04X", c);
    if (!isPrintable(c)) {
      return src.error("invalid non-printable character U+" + hex, line, i - lineStart + 1);
    }
    return src.error("invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")",
        line, i - lineStart + 1);
  }

  /** Python's str.isprintable for one code point: not in Unicode categories C* or Z* (but ' '). */
  static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
          Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }

  // ---- numbers -----------------------------------------------------------------------------

  private CompileError errorAtCur(String message) {
    // CPython's tokenizer error convention: offset = number of characters consumed on the line.
    return src.error(message, line, pos - lineStart);
  }

  private void lexNumber(int start) {
    int c = at(pos);
    if (c == '0') {
      pos++;
      c = at(pos);
      if (c == 'x' || c == 'X') {
        pos++;
        radixDigits(16, "hexadecimal");
        return;
      }
      if (c == 'o' || c == 'O') {
        pos++;
        radixDigits(8, "octal");
        return;
      }
      if (c == 'b' || c == 'B') {
        pos++;
        radixDigits(2, "binary");
        return;
      }
      boolean nonzero = false;
      while (true) {
        while (at(pos) == '0') {
          pos++;
        }
        if (at(pos) != '_') {
          break;
        }
        pos++;
        if (!isDigit(at(pos))) {
          throw errorAtCur("invalid decimal literal");
        }
      }
      int zerosEnd = pos;
      if (isDigit(at(pos))) {
        nonzero = true;
        decimalTail();
      }
      c = at(pos);
      if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
        fraction(start);
        return;
      }
      if (nonzero) {
        throw src.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            line, start - lineStart + 1);
      }
      verifyEnd(start, "decimal");
      add(TokenKind.NUMBER, start, pos, src.text(start, pos));
      return;
    }
    if (c != '.') {
      decimalTail();
    }
    fraction(start);
  }

  /** Digits with single underscores between them; pos is at the first digit. */
  private void decimalTail() {
    while (true) {
      while (isDigit(at(pos))) {
        pos++;
      }
      if (at(pos) != '_') {
        return;
      }
      pos++;
      if (!isDigit(at(pos))) {
        throw errorAtCur("invalid decimal literal");
      }
    }
  }

  /** The optional fraction, exponent and imaginary suffix after an integer part. */
  private void fraction(int start) {
    int c = at(pos);
    if (c == '.') {
      pos++;
      if (isDigit(at(pos))) {
        decimalTail();
      }
      c = at(pos);
    }
    if (c == 'e' || c == 'E') {
      int ePos = pos;
      pos++;
      c = at(pos);
      if (c == '+' || c == '-') {
        pos++;
        if (!isDigit(at(pos))) {
          throw errorAtCur("invalid decimal literal");
        }
      } else if (!isDigit(c)) {
        // "1else" is valid (1 followed by a keyword); "1e" or "1ex" is not.
        pos = ePos;
        verifyEnd(start, "decimal");
        add(TokenKind.NUMBER, start, pos, src.text(start, pos));
        return;
      }
      decimalTail();
    }
    c = at(pos);
    if (c == 'j' || c == 'J') {
      throw src.error("complex numbers are not supported by Rivet", line, start - lineStart + 1);
    }
    verifyEnd(start, "decimal");
    // The parser tells int from float by the spelling.
    add(TokenKind.NUMBER, start, pos, src.text(start, pos));
  }

  private void radixDigits(int radix, String kind) {
    int start = pos - 2;
    int c = at(pos);
    boolean any = false;
    while (true) {
      if (c == '_') {
        pos++;
        c = at(pos);
      }
      if (digitValue(c) >= radix || digitValue(c) < 0) {
        if (radix < 10 && isDigit(c)) {
          pos++;
          throw errorAtCur("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        if (!any || at(pos - 1) == '_') {
          throw errorAtCur("invalid " + kind + " literal");
        }
        break;
      }
      while (digitValue(c) >= 0 && digitValue(c) < radix) {
        any = true;
        c = at(++pos);
      }
      if (c != '_') {
        if (radix < 10 && isDigit(c)) {
          pos++;
          throw errorAtCur("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        break;
      }
    }
    verifyEnd(start, kind);
    add(TokenKind.NUMBER, start, pos, src.text(start, pos));
  }

  private static int digitValue(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  /**
   * CPython's verify_end_of_number: a number may run straight into a keyword that can follow it
   * ("1if x else 2"), but not into any other identifier character.
   */
  private void verifyEnd(int start, String kind) {
    int c = at(pos);
    boolean keyword = switch (c) {
      case 'a' -> follows(pos + 1, "nd");
      case 'e' -> follows(pos + 1, "lse");
      case 'f' -> follows(pos + 1, "or");
      case 'i' -> at(pos + 1) == 'f' || at(pos + 1) == 'n' || at(pos + 1) == 's';
      case 'o' -> follows(pos + 1, "r");
      case 'n' -> follows(pos + 1, "ot");
      default -> false;
    };
    if (c >= 128 && !Character.isUnicodeIdentifierPart(c)) {
      throw invalidCharacter(pos); // e.g. a no-break space right after the number
    }
    if (!keyword && c != -1 && isIdentifierChar(c)) {
      throw errorAtCur("invalid " + kind + " literal");
    }
  }

  private boolean follows(int p, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (at(p + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // ---- strings -----------------------------------------------------------------------------

  /** A string literal whose prefix spans start..quotePos and whose quote is at quotePos. */
  private void lexString(int start, int quotePos) {
    int quote = cs[quotePos];
    int p = quotePos + 1;
    int quoteSize = 1;
    if (at(p) == quote && at(p + 1) == quote) {
      quoteSize = 3;
      p += 2;
    } else if (at(p) == quote) {
      pos = p + 1;
      add(TokenKind.STRING, start, pos, src.text(start, pos));
      return;
    }
    int startLine = line;
    int startLineStart = lineStart;
    int endQuotes = 0;
    while (endQuotes < quoteSize) {
      int c = at(p);
      if (c == -1 || (quoteSize == 1 && c == '\n')) {
        int detected = src.lineOf(c == -1 ? Math.max(0, Math.min(p, n) - 1) : p);
        String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        throw src.error(what + " (detected at line " + detected + ")", startLine, start - startLineStart + 1);
      }
      p++;
      if (c == quote) {
        endQuotes++;
      } else {
        endQuotes = 0;
        if (c == '\\') {
          if (at(p) != -1) {
            p++;
          }
        }
      }
    }
    // Re-sync line bookkeeping past any newlines inside the literal.
    int lastNl = -1;
    int lines = 0;
    for (int i = quotePos; i < p; i++) {
      if (cs[i] == '\n') {
        lastNl = i;
        lines++;
      }
    }
    pos = p;
    int tokLine = line;
    int col = byteCol(start);
    if (lines > 0) {
      line += lines;
      lineStart = lastNl + 1;
    }
    tokens.add(new Token(TokenKind.STRING, start, p, tokLine, col, line, byteCol(p), src.text(start, p)));
  }

  // ---- operators ---------------------------------------------------------------------------

  private void lexOperator(int start, int c) {
    int c1 = at(pos + 1);
    int c2 = at(pos + 2);
    TokenKind k;
    int len = 1;
    switch (c) {
      case '(', '[', '{' -> {
        if (level >= MAX_LEVEL) {
          pos++;
          throw errorAtCur("too many nested parentheses");
        }
        brackets[level] = c;
        bracketLines[level] = line;
        bracketOffsets[level] = start;
        level++;
        k = c == '(' ? TokenKind.LPAR : c == '[' ? TokenKind.LSQB : TokenKind.LBRACE;
      }
      case ')', ']', '}' -> {
        if (level == 0) {
          throw src.error("unmatched '" + (char) c + "'", line, start - lineStart + 1);
        }
        int open = brackets[level - 1];
        int want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != want) {
          String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + (char) open + "'";
          if (bracketLines[level - 1] != line) {
            msg += " on line " + bracketLines[level - 1];
          }
          throw src.error(msg, line, start - lineStart + 1);
        }
        level--;
        k = c == ')' ? TokenKind.RPAR : c == ']' ? TokenKind.RSQB : TokenKind.RBRACE;
      }
      case ':' -> {
        if (c1 == '=') {
          k = TokenKind.COLONEQUAL;
          len = 2;
        } else {
          k = TokenKind.COLON;
        }
      }
      case ',' -> k = TokenKind.COMMA;
      case ';' -> k = TokenKind.SEMI;
      case '~' -> k = TokenKind.TILDE;
      case '.' -> {
        if (c1 == '.' && c2 == '.') {
          k = TokenKind.ELLIPSIS;
          len = 3;
        } else {
          k = TokenKind.DOT;
        }
      }
      case '+' -> {
        k = c1 == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS;
        len = c1 == '=' ? 2 : 1;
      }
      case '-' -> {
        if (c1 == '=') {
          k = TokenKind.MINEQUAL;
          len = 2;
        } else if (c1 == '>') {
          k = TokenKind.RARROW;
          len = 2;
        } else {
          k = TokenKind.MINUS;
        }
      }
      case '*' -> {
        if (c1 == '*') {
          k = c2 == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR;
          len = c2 == '=' ? 3 : 2;
        } else {
          k = c1 == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
          len = c1 == '=' ? 2 : 1;
        }
      }
      case '/' -> {
        if (c1 == '/') {
          k = c2 == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH;
          len = c2 == '=' ? 3 : 2;
        } else {
          k = c1 == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
          len = c1 == '=' ? 2 : 1;
        }
      }
      case '%' -> {
        k = c1 == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT;
        len = c1 == '=' ? 2 : 1;
      }
      case '&' -> {
        k = c1 == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER;
        len = c1 == '=' ? 2 : 1;
      }
      case '|' -> {
        k = c1 == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR;
        len = c1 == '=' ? 2 : 1;
      }
      case '^' -> {
        k = c1 == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX;
        len = c1 == '=' ? 2 : 1;
      }
      case '@' -> {
        k = c1 == '=' ? TokenKind.ATEQUAL : TokenKind.AT;
        len = c1 == '=' ? 2 : 1;
      }
      case '=' -> {
        k = c1 == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL;
        len = c1 == '=' ? 2 : 1;
      }
      case '!' -> {
        k = c1 == '=' ? TokenKind.NOTEQUAL : TokenKind.ERRORTOKEN;
        len = c1 == '=' ? 2 : 1;
      }
      case '<' -> {
        if (c1 == '<') {
          k = c2 == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT;
          len = c2 == '=' ? 3 : 2;
        } else if (c1 == '=') {
          k = TokenKind.LESSEQUAL;
          len = 2;
        } else if (c1 == '>') {
          // "<>" is only valid under "from __future__ import barry_as_FLUFL".
          k = TokenKind.ERRORTOKEN;
          len = 2;
        } else {
          k = TokenKind.LESS;
        }
      }
      case '>' -> {
        if (c1 == '>') {
          k = c2 == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT;
          len = c2 == '=' ? 3 : 2;
        } else if (c1 == '=') {
          k = TokenKind.GREATEREQUAL;
          len = 2;
        } else {
          k = TokenKind.GREATER;
        }
      }
      case '$', '?', '`' -> k = TokenKind.ERRORTOKEN;
      default -> throw invalidCharacter(start);
    }
    pos += len;
    add(k, start, pos, null);
  }
}
