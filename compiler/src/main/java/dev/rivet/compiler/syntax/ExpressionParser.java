package dev.rivet.compiler.syntax;

import static dev.rivet.compiler.syntax.TokenKind.*;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Arg;
import dev.rivet.compiler.ast.Arguments;
import dev.rivet.compiler.ast.BoolOperator;
import dev.rivet.compiler.ast.CmpOp;
import dev.rivet.compiler.ast.Comprehension;
import dev.rivet.compiler.ast.Ctx;
import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Keyword;
import dev.rivet.compiler.ast.Operator;
import dev.rivet.compiler.ast.Pos;
import dev.rivet.compiler.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Expressions, by recursive descent with precedence climbing for the binary operators (CPython
 * 3.11's precedence: lambda, if-else, or, and, not, comparisons, |, ^, &, shifts, + -, * / // %
 * @, unary + - ~, **, await/primary). Also the parameter lists shared by def and lambda, and the
 * conversion of expressions into assignment/deletion targets with CPython's messages.
 */
abstract class ExpressionParser extends TokenCursor {
  /**
   * How deep expressions may nest (recursion plus operator chains). CPython fails beyond a
   * similar depth with MemoryError or RecursionError; Rivet reports a SyntaxError instead.
   */
  static final int MAX_DEPTH = 1000;

  private int depth;

  /** How many lambdas enclose the current position: a yield inside one is inside a function. */
  int lambdaDepth;

  ExpressionParser(Source src, List<Token> toks) {
    super(src, toks);
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw errorAt(tok, "expression too deeply nested (Rivet's limit is " + MAX_DEPTH + " levels)");
    }
  }

  private void leave() {
    depth--;
  }

  /** Hook for statement-level checks: a yield expression was parsed at {@code at}. */
  abstract void sawYield(Token at);

  /**
   * Records an error CPython's compiler (not its parser) would raise: it is reported only if the
   * whole input parses, since any syntax error comes first in CPython.
   */
  abstract void deferError(CompileError e);

  // ---- entry points ------------------------------------------------------------------------

  /** star_expressions: a comma list (Tuple) of possibly starred expressions, or one expression. */
  final Expr starExpressions() {
    Token start = tok;
    Expr first = starExpression();
    if (!at(COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (!startsExpression(kind()) && !at(STAR)) {
        break;
      }
      elts.add(starExpression());
    }
    return new Expr.Tuple(elts, Ctx.LOAD, posFrom(start));
  }

  final Expr starExpression() {
    if (at(STAR)) {
      Token s = advance();
      Expr v = bitOr();
      return new Expr.Starred(v, Ctx.LOAD, posFrom(s));
    }
    return expression();
  }

  /** Either a yield expression or star_expressions (right-hand sides of assignments). */
  final Expr yieldOrStarExpressions() {
    if (at(YIELD)) {
      return yieldExpr();
    }
    return starExpressions();
  }

  final Expr yieldExpr() {
    Token y = expect(YIELD);
    sawYield(y);
    if (accept(FROM)) {
      Expr v = expression();
      return new Expr.YieldFrom(v, posFrom(y));
    }
    if (startsExpression(kind()) || at(STAR)) {
      Expr v = starExpressions();
      return new Expr.Yield(v, posFrom(y));
    }
    return new Expr.Yield(null, posFrom(y));
  }

  /** Comma list without stars (e.g. the iterable of a for statement allows stars; this not). */
  final Expr expressions() {
    Token start = tok;
    Expr first = expression();
    if (!at(COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (!startsExpression(kind())) {
        break;
      }
      elts.add(expression());
    }
    return new Expr.Tuple(elts, Ctx.LOAD, posFrom(start));
  }

  /** named_expression: {@code NAME := expression} or an expression. */
  final Expr namedExpression() {
    if (at(NAME) && peekKind(1) == COLONEQUAL) {
      Token n = advance();
      advance();
      Expr value = expression();
      Expr.Name target = new Expr.Name(n.text, Ctx.STORE, pos(n));
      return new Expr.NamedExpr(target, value, posFrom(n));
    }
    Token start = tok;
    Expr e = expression();
    if (at(COLONEQUAL)) {
      throw errorAt(start, "cannot use assignment expressions with " + describe(e));
    }
    if (at(EQUAL) && peekKind(1) != EQUAL) {
      checkMistakenEquals(start, e);
    }
    return e;
  }

  /**
   * CPython's invalid_named_expression: {@code if x = 1:} and friends, where a single '=' was
   * probably meant as '=='.
   */
  final void checkMistakenEquals(Token start, Expr e) {
    int firstPass = furthest;
    int save = p;
    Token saveTok = tok;
    advance();
    boolean rhs = startsExpression(kind());
    if (rhs) {
      try {
        bitOr();
        rhs = !at(EQUAL) && !at(COLONEQUAL);
      } catch (CompileError ex) {
        if (isFatal(ex)) {
          throw ex;
        }
        rhs = false;
      }
    }
    p = save;
    tok = saveTok;
    if (!rhs) {
      furthest = firstPass;
      return;
    }
    if (e instanceof Expr.Name) {
      throw errorAt(start, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (!(e instanceof Expr.ListExpr || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp
        || e instanceof Expr.Bool || e instanceof Expr.NoneLit) && isBitOrLevel(e)) {
      throw errorAt(e.pos(), "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
    }
  }

  static boolean isBitOrLevel(Expr e) {
    return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
        || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr
        || (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT));
  }

  /** expression: lambda, or disjunction with an optional {@code if ... else ...}. */
  final Expr expression() {
    enter();
    try {
      if (at(LAMBDA)) {
        return lambda();
      }
      Token start = tok;
      Expr body = disjunction();
      if (at(IF)) {
        advance();
        Expr test = disjunction();
        if (!at(ELSE)) {
          if (at(COLON)) {
            throw syntaxError();
          }
          throw src.error("expected 'else' after 'if' expression", start.line, start.col + 1);
        }
        advance();
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, posFrom(start));
      }
      return body;
    } finally {
      leave();
    }
  }

  /** An expression without a trailing conditional: comprehension conditions. */
  final Expr disjunctionOrLambda() {
    if (at(LAMBDA)) {
      return lambda();
    }
    return disjunction();
  }

  private Expr lambda() {
    Token l = expect(LAMBDA);
    Arguments args = at(COLON) ? Arguments.empty(new Pos(tok.line, tok.col, tok.line, tok.col))
        : parameters(COLON, false);
    expectForced(COLON);
    lambdaDepth++;
    try {
      Expr body = expression();
      return new Expr.Lambda(args, body, posFrom(l));
    } finally {
      lambdaDepth--;
    }
  }

  final Expr disjunction() {
    Token start = tok;
    Expr first = conjunction();
    if (!at(OR)) {
      return first;
    }
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (accept(OR)) {
      values.add(conjunction());
    }
    return new Expr.BoolOp(BoolOperator.OR, values, posFrom(start));
  }

  private Expr conjunction() {
    Token start = tok;
    Expr first = inversion();
    if (!at(AND)) {
      return first;
    }
    List<Expr> values = new ArrayList<>();
    values.add(first);
    while (accept(AND)) {
      values.add(inversion());
    }
    return new Expr.BoolOp(BoolOperator.AND, values, posFrom(start));
  }

  private Expr inversion() {
    if (at(NOT)) {
      Token n = advance();
      enter();
      try {
        Expr operand = inversion();
        return new Expr.UnaryOp(UnaryOperator.NOT, operand, posFrom(n));
      } finally {
        leave();
      }
    }
    return comparison();
  }

  private Expr comparison() {
    Token start = tok;
    Expr left = bitOr();
    CmpOp op = compareOp();
    if (op == null) {
      return left;
    }
    List<CmpOp> ops = new ArrayList<>();
    List<Expr> rights = new ArrayList<>();
    while (op != null) {
      ops.add(op);
      rights.add(bitOr());
      op = compareOp();
    }
    return new Expr.Compare(left, ops, rights, posFrom(start));
  }

  /** Consumes a comparison operator (one or two tokens), or returns null. */
  private CmpOp compareOp() {
    CmpOp op = switch (kind()) {
      case EQEQUAL -> CmpOp.EQ;
      case NOTEQUAL -> CmpOp.NOT_EQ;
      case LESS -> CmpOp.LT;
      case LESSEQUAL -> CmpOp.LT_E;
      case GREATER -> CmpOp.GT;
      case GREATEREQUAL -> CmpOp.GT_E;
      case IN -> CmpOp.IN;
      case IS -> peekKind(1) == NOT ? CmpOp.IS_NOT : CmpOp.IS;
      case NOT -> peekKind(1) == IN ? CmpOp.NOT_IN : null;
      default -> null;
    };
    if (op == CmpOp.IS_NOT || op == CmpOp.NOT_IN) {
      advance();
    }
    if (op != null) {
      advance();
    }
    return op;
  }

  /** Binding power of a binary operator token, 0 if it is none. */
  private static int precedence(TokenKind k) {
    return switch (k) {
      case VBAR -> 1;
      case CIRCUMFLEX -> 2;
      case AMPER -> 3;
      case LEFTSHIFT, RIGHTSHIFT -> 4;
      case PLUS, MINUS -> 5;
      case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
      default -> 0;
    };
  }

  private static Operator binaryOperator(TokenKind k) {
    return switch (k) {
      case VBAR -> Operator.BITOR;
      case CIRCUMFLEX -> Operator.BITXOR;
      case AMPER -> Operator.BITAND;
      case LEFTSHIFT -> Operator.LSHIFT;
      case RIGHTSHIFT -> Operator.RSHIFT;
      case PLUS -> Operator.ADD;
      case MINUS -> Operator.SUB;
      case STAR -> Operator.MULT;
      case SLASH -> Operator.DIV;
      case DOUBLESLASH -> Operator.FLOORDIV;
      case PERCENT -> Operator.MOD;
      case AT -> Operator.MATMULT;
      default -> throw new IllegalStateException("not a binary operator: " + k);
    };
  }

  /** bitwise_or and everything binding tighter. */
  final Expr bitOr() {
    return binary(1);
  }

  /** Precedence climbing over the left-associative binary operators. */
  private Expr binary(int minPrec) {
    Token start = tok;
    Expr left = factor();
    int chain = 0;
    try {
      while (true) {
        int prec = precedence(kind());
        if (prec < minPrec || prec == 0) {
          return left;
        }
        Operator op = binaryOperator(advance().kind);
        Expr right = binary(prec + 1);
        left = new Expr.BinOp(left, op, right, posFrom(start));
        // A long left-deep chain is as deep a tree as nesting; count it the same way.
        enter();
        chain++;
      }
    } finally {
      depth -= chain;
    }
  }

  private Expr factor() {
    UnaryOperator op = switch (kind()) {
      case PLUS -> UnaryOperator.UADD;
      case MINUS -> UnaryOperator.USUB;
      case TILDE -> UnaryOperator.INVERT;
      default -> null;
    };
    if (op == null) {
      return power();
    }
    Token start = advance();
    enter();
    try {
      Expr operand = factor();
      return new Expr.UnaryOp(op, operand, posFrom(start));
    } finally {
      leave();
    }
  }

  private Expr power() {
    Token start = tok;
    Expr base = primary();
    if (at(DOUBLESTAR)) {
      advance();
      enter();
      try {
        Expr exp = factor();
        return new Expr.BinOp(base, Operator.POW, exp, posFrom(start));
      } finally {
        leave();
      }
    }
    return base;
  }

  /** An atom followed by attribute, call and subscript trailers. */
  private Expr primary() {
    if (at(AWAIT)) {
      throw errorAt(tok, "'await' is not supported by Rivet (async functions are not supported by Rivet)");
    }
    Token start = tok;
    Expr e = atom();
    int chain = 0;
    try {
      while (true) {
        if (at(DOT)) {
          advance();
          Token name = expect(NAME);
          e = new Expr.Attribute(e, name.text, Ctx.LOAD, posFrom(start));
        } else if (at(LPAR)) {
          e = callTrailer(e, start);
        } else if (at(LSQB)) {
          advance();
          Expr slice = slices();
          expect(RSQB);
          e = new Expr.Subscript(e, slice, Ctx.LOAD, posFrom(start));
        } else {
          return e;
        }
        enter();
        chain++;
      }
    } finally {
      depth -= chain;
    }
  }

  private Expr slices() {
    Token start = tok;
    Expr first = slice();
    if (!at(COMMA) && !at(RSQB) && !(first instanceof Expr.Slice)) {
      forgotComma(start, first);
    }
    if (!at(COMMA)) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (at(RSQB)) {
        break;
      }
      elts.add(slice());
    }
    return new Expr.Tuple(elts, Ctx.LOAD, posFrom(start));
  }

  private Expr slice() {
    Token start = tok;
    if (at(STAR)) {
      return starExpression();
    }
    Expr lower = null;
    if (!at(COLON)) {
      lower = namedExpression();
      if (!at(COLON)) {
        return lower;
      }
    }
    expect(COLON);
    Expr upper = null;
    Expr step = null;
    if (!at(COLON) && !at(COMMA) && !at(RSQB)) {
      upper = expression();
    }
    if (accept(COLON)) {
      if (!at(COMMA) && !at(RSQB)) {
        step = expression();
      }
    }
    return new Expr.Slice(lower, upper, step, posFrom(start));
  }

  final Expr callTrailer(Expr func, Token start) {
    Token open = expect(LPAR);
    List<Expr> args = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    Expr genexp = null;
    int count = 0;
    while (!at(RPAR)) {
      Token argStart = tok;
      // The last value parsed and where it began, for "Perhaps you forgot a comma?".
      Token valueStart = tok;
      Expr value = null;
      count++;
      if (at(STAR)) {
        if (sawDoubleStar) {
          throw errorAt(tok, "iterable argument unpacking follows keyword argument unpacking");
        }
        Token s = advance();
        valueStart = tok;
        Expr v = expression();
        value = v;
        if (at(FOR)) {
          throw errorAt(s, "iterable unpacking cannot be used in comprehension");
        }
        args.add(new Expr.Starred(v, Ctx.LOAD, posFrom(s)));
      } else if (at(DOUBLESTAR)) {
        advance();
        valueStart = tok;
        Expr v = expression();
        value = v;
        keywords.add(new Keyword(null, v, posFrom(argStart)));
        sawDoubleStar = true;
      } else if (at(NAME) && peekKind(1) == EQUAL) {
        Token name = advance();
        advance();
        valueStart = tok;
        Expr v = expression();
        value = v;
        if (at(FOR)) {
          throw errorAt(name, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        for (Keyword k : keywords) {
          if (name.text.equals(k.arg())) {
            deferError(errorAt(name, "keyword argument repeated: " + name.text));
          }
        }
        keywords.add(new Keyword(name.text, v, posFrom(argStart)));
        sawKeyword = true;
      } else {
        Expr v = namedExpressionInCall();
        if (at(FOR)) {
          v = comprehensionTail(argStart, v, 'g');
          genexp = v;
        }
        if (at(EQUAL)) {
          if (v instanceof Expr.Bool || v instanceof Expr.NoneLit) {
            throw errorAt(argStart, "cannot assign to " + describe(v));
          }
          throw errorAt(argStart, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        if (sawKeyword || sawDoubleStar) {
          skipToCloseParen();
          throw errorAt(tok, sawDoubleStar ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument");
        }
        args.add(v);
        value = v;
      }
      if (!accept(COMMA)) {
        if (!at(RPAR) && value != null) {
          forgotComma(valueStart, value);
        }
        break;
      }
    }
    if (genexp != null && count > 1) {
      throw errorAt(genexp.pos(), "Generator expression must be parenthesized");
    }
    if (!at(RPAR)) {
      throw syntaxError();
    }
    advance();
    if (genexp != null && args.size() == 1 && keywords.isEmpty()) {
      // f(x for x in y): the generator's position covers the call's parentheses, as in CPython.
      Expr.GeneratorExp g = (Expr.GeneratorExp) genexp;
      args.set(0, new Expr.GeneratorExp(g.elt(), g.generators(), posFrom(open)));
    }
    return new Expr.Call(func, args, keywords, posFrom(start));
  }

  private Expr namedExpressionInCall() {
    if (at(NAME) && peekKind(1) == COLONEQUAL) {
      return namedExpression();
    }
    return expression();
  }

  private void skipToCloseParen() {
    int level = 0;
    while (!at(ENDMARKER) && !at(EOF_IN_BRACKETS)) {
      if (at(LPAR) || at(LSQB) || at(LBRACE)) {
        level++;
      } else if (at(RPAR) || at(RSQB) || at(RBRACE)) {
        if (level == 0) {
          return;
        }
        level--;
      }
      advance();
    }
  }

  // ---- atoms -------------------------------------------------------------------------------

  static boolean startsExpression(TokenKind k) {
    return switch (k) {
      case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, TRUE, FALSE,
          NONE, ELLIPSIS, AWAIT -> true;
      default -> false;
    };
  }

  private Expr atom() {
    Token t = tok;
    switch (t.kind) {
      case NAME -> {
        advance();
        return new Expr.Name(t.text, Ctx.LOAD, pos(t));
      }
      case NUMBER -> {
        advance();
        return number(t);
      }
      case STRING -> {
        return strings();
      }
      case TRUE, FALSE -> {
        advance();
        return new Expr.Bool(t.kind == TRUE, pos(t));
      }
      case NONE -> {
        advance();
        return new Expr.NoneLit(pos(t));
      }
      case ELLIPSIS -> {
        advance();
        return new Expr.EllipsisLit(pos(t));
      }
      case LPAR -> {
        return parenthesized();
      }
      case LSQB -> {
        return listDisplay();
      }
      case LBRACE -> {
        return braceDisplay();
      }
      default -> throw syntaxError();
    }
  }

  static Expr number(Token t) {
    String s = t.text.indexOf('_') >= 0 ? t.text.replace("_", "") : t.text;
    Pos at = pos(t);
    if (s.length() > 1 && s.charAt(0) == '0') {
      char r = s.charAt(1);
      int radix = r == 'x' || r == 'X' ? 16 : r == 'o' || r == 'O' ? 8 : r == 'b' || r == 'B' ? 2 : 10;
      if (radix != 10) {
        return new Expr.Int(new BigInteger(s.substring(2), radix), at);
      }
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return new Expr.Float(Double.parseDouble(s), at);
      }
    }
    if (s.length() <= 18) {
      return new Expr.Int(BigInteger.valueOf(Long.parseLong(s)), at);
    }
    return new Expr.Int(new BigInteger(s), at);
  }

  /** Adjacent string literals, concatenated; f-strings make a JoinedStr. */
  private Expr strings() {
    Token first = tok;
    List<Token> parts = new ArrayList<>(2);
    while (at(STRING)) {
      parts.add(advance());
    }
    Pos at = posFrom(first);
    Token after = tok;
    try {
      return FStrings.concatenate(this, parts, at);
    } catch (StringLiterals.LiteralError e) {
      if (e.atToken) {
        Token bad = parts.get(0);
        for (Token t : parts) {
          StringLiterals.Shape sh = StringLiterals.shape(t, src.cps);
          if (sh.bytes()) {
            for (int i = sh.bodyStart(); i < sh.bodyEnd(); i++) {
              if (src.cps[i] >= 0x80) {
                bad = t;
                break;
              }
            }
          }
        }
        throw new CompileError(CompileError.Kind.SyntaxError, e.getMessage(), src.filename, bad.line,
            bad.col + 1, bad.endLine, bad.endCol + 1, src.lineText(bad.line));
      }
      // CPython reports literal decoding errors at the token after the literal; on a line it
      // cannot decode, it counts that column in bytes.
      throw atByteAwareColumn(after, e.getMessage());
    }
  }

  /** Parses cps[from..to) of this source as an f-string replacement expression. */
  final Expr parseEmbedded(int from, int to) {
    List<Token> sub = Lexer.tokenizeEmbedded(src, from, to);
    EmbeddedParser ep = new EmbeddedParser(src, sub, this);
    return ep.embedded();
  }

  private Expr parenthesized() {
    Token open = expect(LPAR);
    if (at(RPAR)) {
      advance();
      return parenthesizedGroup(new Expr.Tuple(List.of(), Ctx.LOAD, posFrom(open)));
    }
    if (at(YIELD)) {
      Expr y = yieldExpr();
      expect(RPAR);
      return y;
    }
    Token start = tok;
    Expr first = at(STAR) ? starExpression() : namedExpression();
    if (at(FOR)) {
      Expr g = comprehensionTail(open, first, 'g');
      expect(RPAR);
      Expr.GeneratorExp ge = (Expr.GeneratorExp) g;
      return new Expr.GeneratorExp(ge.elt(), ge.generators(), posFrom(open));
    }
    if (at(RPAR)) {
      advance();
      if (first instanceof Expr.Starred) {
        throw errorAt(first.pos(), "cannot use starred expression here");
      }
      return parenthesizedGroup(first);
    }
    if (!at(COMMA)) {
      forgotComma(start, first);
      throw syntaxError();
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (at(RPAR)) {
        break;
      }
      Token es = tok;
      Expr e = at(STAR) ? starExpression() : namedExpression();
      elts.add(e);
      if (!at(COMMA) && !at(RPAR)) {
        forgotComma(es, e);
      }
    }
    expect(RPAR);
    return parenthesizedGroup(new Expr.Tuple(elts, Ctx.LOAD, posFrom(open)));
  }

  /**
   * A parenthesised single expression keeps its own node; the parentheses matter only for
   * annotated-assignment simplicity, which the statement parser tracks itself.
   */
  Expr parenthesizedGroup(Expr e) {
    return e;
  }

  /** CPython's "Perhaps you forgot a comma?" inside brackets: two expressions side by side. */
  final void forgotComma(Token start, Expr first) {
    if (!startsExpression(kind())) {
      return;
    }
    if (first instanceof Expr.Name && at(STRING)) {
      return;
    }
    if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
      return; // CPython leaves these to its "Missing parentheses" check
    }
    // CPython's rule needs a second expression after the first. Its parser backtracks, so a
    // lone name, number or string is enough even if what follows it fails; anything else must
    // parse completely. The attempt also fetches tokens, as CPython's does.
    boolean atomAlone = switch (kind()) {
      case NAME, NUMBER, STRING, TRUE, FALSE, NONE, ELLIPSIS -> true;
      default -> false;
    };
    int firstPass = furthest;
    int save = p;
    Token saveTok = tok;
    try {
      expression();
    } catch (CompileError e) {
      if (isFatal(e)) {
        throw e;
      }
      if (!atomAlone) {
        // The rule only runs in CPython's second pass: its look-ahead does not move the
        // generic error, which stays at the first pass's furthest token.
        boolean reachedUnclosedEnd = furthest >= toks.size() - 1;
        furthest = reachedUnclosedEnd ? furthest : firstPass;
        p = save;
        tok = saveTok;
        throw syntaxError();
      }
    }
    throw errorAt(start, "invalid syntax. Perhaps you forgot a comma?");
  }

  private Expr listDisplay() {
    Token open = expect(LSQB);
    if (accept(RSQB)) {
      return new Expr.ListExpr(List.of(), Ctx.LOAD, posFrom(open));
    }
    Token start = tok;
    Expr first = at(STAR) ? starExpression() : namedExpression();
    if (at(FOR)) {
      if (first instanceof Expr.Starred) {
        throw errorAt(first.pos(), "iterable unpacking cannot be used in comprehension");
      }
      Expr c = comprehensionTail(open, first, 'l');
      expect(RSQB);
      Expr.ListComp lc = (Expr.ListComp) c;
      return new Expr.ListComp(lc.elt(), lc.generators(), posFrom(open));
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    if (!at(COMMA) && !at(RSQB)) {
      forgotComma(start, first);
    }
    while (accept(COMMA)) {
      if (at(RSQB)) {
        break;
      }
      Token es = tok;
      Expr e = at(STAR) ? starExpression() : namedExpression();
      elts.add(e);
      if (!at(COMMA) && !at(RSQB)) {
        forgotComma(es, e);
      }
    }
    expect(RSQB);
    return new Expr.ListExpr(elts, Ctx.LOAD, posFrom(open));
  }

  private Expr braceDisplay() {
    Token open = expect(LBRACE);
    if (accept(RBRACE)) {
      return new Expr.Dict(List.of(), List.of(), posFrom(open));
    }
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    if (at(DOUBLESTAR)) {
      Token ds = advance();
      keys.add(null);
      values.add(bitOr());
      if (at(FOR)) {
        throw errorAt(ds, "dict unpacking cannot be used in dict comprehension");
      }
    } else {
      Token start = tok;
      Expr first = at(STAR) ? starExpression() : namedExpression();
      if (at(COLON) && !(first instanceof Expr.Starred)) {
        advance();
        Token valueStart = tok;
        Expr v = expression();
        if (at(FOR)) {
          List<Comprehension> gens = comprehensionClauses();
          expect(RBRACE);
          return new Expr.DictComp(first, v, gens, posFrom(open));
        }
        keys.add(first);
        values.add(v);
        if (!at(COMMA) && !at(RBRACE)) {
          forgotComma(valueStart, v);
        }
      } else {
        // A set display or set comprehension.
        if (at(FOR)) {
          if (first instanceof Expr.Starred) {
            throw errorAt(first.pos(), "iterable unpacking cannot be used in comprehension");
          }
          List<Comprehension> gens = comprehensionClauses();
          expect(RBRACE);
          return new Expr.SetComp(first, gens, posFrom(open));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (!at(COMMA) && !at(RBRACE)) {
          forgotComma(start, first);
        }
        while (accept(COMMA)) {
          if (at(RBRACE)) {
            break;
          }
          Token es = tok;
          Expr e = at(STAR) ? starExpression() : namedExpression();
          elts.add(e);
          if (!at(COMMA) && !at(RBRACE)) {
            forgotComma(es, e);
          }
        }
        expect(RBRACE);
        return new Expr.Set(elts, posFrom(open));
      }
    }
    while (accept(COMMA)) {
      if (at(RBRACE)) {
        break;
      }
      if (accept(DOUBLESTAR)) {
        keys.add(null);
        values.add(bitOr());
        continue;
      }
      Expr k = expression();
      if (!at(COLON)) {
        if (at(RBRACE) || at(COMMA)) {
          throw errorAt(k.pos(), "':' expected after dictionary key");
        }
        throw syntaxError();
      }
      advance();
      keys.add(k);
      Token vs = tok;
      Expr v = expression();
      values.add(v);
      if (!at(COMMA) && !at(RBRACE)) {
        forgotComma(vs, v);
      }
    }
    expect(RBRACE);
    return new Expr.Dict(keys, values, posFrom(open));
  }

  /** The token at which an already parsed expression starts (for error positions). */
  final Token tokenAtOffsetOf(Expr e) {
    for (int i = p; i >= 0; i--) {
      Token t = toks.get(i);
      if (t.line == e.pos().line() && t.col == e.pos().col()) {
        return t;
      }
    }
    return tok;
  }

  /** After the element of a comprehension, the for/if clauses; kind 'g' or 'l'. */
  private Expr comprehensionTail(Token open, Expr elt, char kind) {
    List<Comprehension> gens = comprehensionClauses();
    Pos at = posFrom(open);
    return kind == 'g' ? new Expr.GeneratorExp(elt, gens, at) : new Expr.ListComp(elt, gens, at);
  }

  private List<Comprehension> comprehensionClauses() {
    List<Comprehension> gens = new ArrayList<>();
    while (at(FOR)) {
      Token f = advance();
      Token targetStart = tok;
      Expr target = targetList(IN);
      if (!at(IN)) {
        Expr last = target instanceof Expr.Tuple t && !t.elts().isEmpty() ? t.elts().get(t.elts().size() - 1) : target;
        forgotComma(target == last ? targetStart : tokenAtOffsetOf(last), last);
        throw syntaxError();
      }
      advance();
      Expr iter = disjunction();
      List<Expr> ifs = new ArrayList<>();
      while (at(IF)) {
        advance();
        ifs.add(disjunction());
      }
      gens.add(new Comprehension(target, iter, ifs, posFrom(f)));
      if (at(ASYNC)) {
        throw errorAt(tok, "async functions are not supported by Rivet");
      }
    }
    return gens;
  }

  /**
   * star_targets for for-loops and comprehensions: a comma list parsed as expressions (stopping
   * before {@code stop}, normally 'in'), then converted to STORE targets.
   */
  final Expr targetList(TokenKind stop) {
    Token start = tok;
    Expr first = targetElement();
    Expr e = first;
    if (at(COMMA)) {
      List<Expr> elts = new ArrayList<>();
      elts.add(first);
      while (accept(COMMA)) {
        if (at(stop) || !(startsExpression(kind()) || at(STAR))) {
          break;
        }
        elts.add(targetElement());
      }
      e = new Expr.Tuple(elts, Ctx.LOAD, posFrom(start));
    }
    return toTarget(e, Ctx.STORE);
  }

  private Expr targetElement() {
    if (at(STAR)) {
      Token s = advance();
      Expr v = bitOr();
      return new Expr.Starred(v, Ctx.LOAD, posFrom(s));
    }
    return bitOr();
  }

  // ---- parameters --------------------------------------------------------------------------

  /**
   * A parameter list up to (not including) {@code closer}: ')' for def (annotations allowed),
   * ':' for lambda. Checks defaults order, duplicates and the placement of '/', '*' and '**'.
   */
  final Arguments parameters(TokenKind closer, boolean annotations) {
    Token start = tok;
    List<Arg> posonly = new ArrayList<>();
    List<Arg> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    Arg vararg = null;
    List<Arg> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    Arg kwarg = null;
    boolean star = false;
    boolean slash = false;
    HashSet<String> seen = new HashSet<>();
    while (!at(closer)) {
      if (kwarg != null) {
        throw errorAt(tok, "arguments cannot follow var-keyword argument");
      }
      if (at(SLASH)) {
        Token s = advance();
        if (slash) {
          throw errorAt(s, "/ may appear only once");
        }
        if (star) {
          throw errorAt(s, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
          throw errorAt(s, "at least one argument must precede /");
        }
        slash = true;
        posonly.addAll(args);
        args.clear();
      } else if (at(STAR)) {
        Token s = advance();
        if (star) {
          throw errorAt(s, "* argument may appear only once");
        }
        star = true;
        if (at(NAME)) {
          vararg = arg(annotations, seen, true);
          if (at(EQUAL)) {
            throw errorAt(tok, "var-positional argument cannot have default value");
          }
        } else if ((at(COMMA) && (peekKind(1) == closer || peekKind(1) == DOUBLESTAR)) || at(closer)) {
          // def reports the '*'; lambda the token after it (CPython's rules differ).
          Token where = closer == COLON ? (at(COMMA) ? peek(1) : tok) : s;
          throw errorAt(where, "named arguments must follow bare *");
        } else if (!at(COMMA)) {
          throw syntaxError();
        }
      } else if (at(DOUBLESTAR)) {
        advance();
        kwarg = arg(annotations, seen, false);
        if (at(EQUAL)) {
          throw errorAt(tok, "var-keyword argument cannot have default value");
        }
      } else if (at(LPAR) && closer == RPAR && parenthesizedNames()) {
        throw errorAt(tok, "Function parameters cannot be parenthesized");
      } else {
        Token nameTok = tok;
        Arg a = arg(annotations, seen, false);
        Expr def = null;
        if (accept(EQUAL)) {
          def = expression();
        }
        if (star) {
          kwonly.add(a);
          kwDefaults.add(def);
        } else {
          if (def != null) {
            defaults.add(def);
          } else if (!defaults.isEmpty()) {
            throw errorAt(nameTok, "non-default argument follows default argument");
          }
          args.add(a);
        }
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    if (!at(closer)) {
      throw syntaxError();
    }
    Pos at = start == tok ? new Pos(tok.line, tok.col, tok.line, tok.col) : posFrom(start);
    return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults, at);
  }

  /** At '(': does "( NAME, NAME, ... )" follow (CPython's "cannot be parenthesized" case)? */
  private boolean parenthesizedNames() {
    int k = 1;
    if (peekKind(k) != NAME) {
      return false;
    }
    while (peekKind(k) == NAME) {
      k++;
      if (peekKind(k) == COMMA) {
        k++;
      } else {
        break;
      }
    }
    return peekKind(k) == RPAR;
  }

  private Arg arg(boolean annotations, HashSet<String> seen, boolean starAnnotation) {
    Token name = tok;
    if (!at(NAME)) {
      throw syntaxError();
    }
    advance();
    if (!seen.add(name.text)) {
      // CPython's symbol table (after parsing) finds this, so a syntax error anywhere wins.
      deferError(errorAt(name, "duplicate argument '" + name.text + "' in function definition"));
    }
    Expr ann = null;
    if (annotations && accept(COLON)) {
      ann = starAnnotation && at(STAR) ? starExpression() : expression();
    }
    return new Arg(name.text, ann, posFrom(name));
  }

  // ---- targets -----------------------------------------------------------------------------

  /** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
  static String describe(Expr e) {
    return switch (e) {
      case Expr.Attribute a -> "attribute";
      case Expr.Subscript s -> "subscript";
      case Expr.Starred s -> "starred";
      case Expr.Name n -> "name";
      case Expr.ListExpr l -> "list";
      case Expr.Tuple t -> "tuple";
      case Expr.Lambda l -> "lambda";
      case Expr.Call c -> "function call";
      case Expr.BoolOp b -> "expression";
      case Expr.BinOp b -> "expression";
      case Expr.UnaryOp u -> "expression";
      case Expr.GeneratorExp g -> "generator expression";
      case Expr.Yield y -> "yield expression";
      case Expr.YieldFrom y -> "yield expression";
      case Expr.ListComp l -> "list comprehension";
      case Expr.SetComp s -> "set comprehension";
      case Expr.DictComp d -> "dict comprehension";
      case Expr.Dict d -> "dict literal";
      case Expr.Set s -> "set display";
      case Expr.JoinedStr j -> "f-string expression";
      case Expr.FormattedValue f -> "f-string expression";
      case Expr.NoneLit n -> "None";
      case Expr.Bool b -> b.value() ? "True" : "False";
      case Expr.EllipsisLit el -> "ellipsis";
      case Expr.Int i -> "literal";
      case Expr.Float f -> "literal";
      case Expr.Str s -> "literal";
      case Expr.Bytes b -> "literal";
      case Expr.Compare c -> "comparison";
      case Expr.IfExp i -> "conditional expression";
      case Expr.NamedExpr n -> "named expression";
      case Expr.Slice s -> "slice";
    };
  }

  /** The first sub-expression that cannot be a target, or null when {@code e} is a valid one. */
  static Expr invalidTarget(Expr e, Ctx ctx) {
    return switch (e) {
      case Expr.Name n -> null;
      case Expr.Attribute a -> null;
      case Expr.Subscript s -> null;
      case Expr.Starred s -> ctx == Ctx.DEL ? e : invalidTarget(s.value(), ctx);
      case Expr.Tuple t -> firstInvalid(t.elts(), ctx);
      case Expr.ListExpr l -> firstInvalid(l.elts(), ctx);
      default -> e;
    };
  }

  private static Expr firstInvalid(List<Expr> elts, Ctx ctx) {
    for (Expr x : elts) {
      Expr bad = invalidTarget(x, ctx);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  /** Rebuilds a target expression with the given context, or throws CPython's error. */
  final Expr toTarget(Expr e, Ctx ctx) {
    Expr bad = invalidTarget(e, ctx);
    if (bad != null) {
      String verb = ctx == Ctx.DEL ? "cannot delete " : "cannot assign to ";
      throw errorAt(bad.pos(), verb + describe(bad));
    }
    return withCtx(e, ctx);
  }

  static Expr withCtx(Expr e, Ctx ctx) {
    return switch (e) {
      case Expr.Name n -> new Expr.Name(n.id(), ctx, n.pos());
      case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
      case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
      case Expr.Starred s -> new Expr.Starred(withCtx(s.value(), ctx), ctx, s.pos());
      case Expr.Tuple t -> new Expr.Tuple(t.elts().stream().map(x -> withCtx(x, ctx)).toList(), ctx, t.pos());
      case Expr.ListExpr l -> new Expr.ListExpr(l.elts().stream().map(x -> withCtx(x, ctx)).toList(), ctx, l.pos());
      default -> e;
    };
  }
}
