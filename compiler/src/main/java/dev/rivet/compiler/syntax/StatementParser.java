package dev.rivet.compiler.syntax;

import static dev.rivet.compiler.syntax.TokenKind.*;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Alias;
import dev.rivet.compiler.ast.Arguments;
import dev.rivet.compiler.ast.Ctx;
import dev.rivet.compiler.ast.ExceptHandler;
import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Keyword;
import dev.rivet.compiler.ast.Operator;
import dev.rivet.compiler.ast.Pos;
import dev.rivet.compiler.ast.Stmt;
import dev.rivet.compiler.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements and blocks. Also the checks CPython makes after parsing ('return' outside function,
 * 'break' outside loop, 'yield' outside function): those are remembered and raised only if the
 * whole file parses, because in CPython a later syntax error wins over them.
 */
final class StatementParser extends ExpressionParser {
  private boolean inFunction;
  private boolean inLoop;
  /** The first post-parse error found, raised only if the whole input parses. */
  private CompileError deferred;

  StatementParser(Source src, List<Token> toks) {
    super(src, toks);
  }

  private void defer(Token t, Pos at, String message) {
    if (deferred == null) {
      deferred = src.error(message, at.line(), at.col() + 1);
    }
  }

  @Override
  void deferError(CompileError e) {
    if (deferred == null) {
      deferred = e;
    }
  }

  /** CPython's compiler rejects a starred expression that is not inside a tuple, list or set. */
  private void checkNoBareStar(Expr e) {
    if (e instanceof Expr.Starred) {
      deferError(errorAt(e.pos(), "can't use starred expression here"));
    }
  }

  /** At most one starred target per tuple or list target, as CPython's compiler requires. */
  private void checkStarredTargets(Expr t) {
    List<Expr> elts = t instanceof Expr.Tuple tu ? tu.elts() : t instanceof Expr.ListExpr l ? l.elts() : null;
    if (elts == null) {
      return;
    }
    int stars = 0;
    for (Expr x : elts) {
      if (x instanceof Expr.Starred s) {
        stars++;
        checkStarredTargets(s.value());
      } else {
        checkStarredTargets(x);
      }
    }
    if (stars > 1) {
      deferError(errorAt(t.pos(), "multiple starred expressions in assignment"));
    }
  }

  @Override
  void sawYield(Token at) {
    if (!inFunction && deferred == null && lambdaDepth == 0) {
      deferred = errorAt(at, "'yield' outside function");
    }
  }

  // ---- entry points ------------------------------------------------------------------------

  List<Stmt> fileInput() {
    List<Stmt> body = new ArrayList<>();
    while (!at(ENDMARKER)) {
      if (accept(NEWLINE)) {
        continue;
      }
      statement(body);
    }
    throwDeferred();
    return body;
  }

  List<Stmt> interactiveInput() {
    List<Stmt> body = new ArrayList<>();
    while (accept(NEWLINE)) {
      // blank input lines
    }
    if (!at(ENDMARKER)) {
      statement(body);
    }
    while (accept(NEWLINE)) {
      // trailing blank lines
    }
    if (!at(ENDMARKER)) {
      Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
      if (last instanceof Stmt.FunctionDef || last instanceof Stmt.ClassDef || last instanceof Stmt.For
          || last instanceof Stmt.While || last instanceof Stmt.If || last instanceof Stmt.With || last instanceof Stmt.Try) {
        throw syntaxError(); // CPython: a compound statement must be followed by NEWLINE (a blank line)
      }
      throw errorAt(tok, "multiple statements found while compiling a single statement");
    }
    throwDeferred();
    return body;
  }

  Expr evalInput() {
    while (accept(NEWLINE)) {
      // leading blank lines
    }
    Expr e = expressions(); // eval mode takes no starred items (CPython's 'expressions')
    while (accept(NEWLINE)) {
      // trailing newlines
    }
    if (!at(ENDMARKER)) {
      throw syntaxError();
    }
    throwDeferred();
    return e;
  }

  private void throwDeferred() {
    if (deferred != null) {
      throw deferred;
    }
  }

  // ---- statements --------------------------------------------------------------------------

  private void statement(List<Stmt> out) {
    switch (kind()) {
      case DEF -> out.add(functionDef(List.of(), tok));
      case CLASS -> out.add(classDef(List.of(), tok));
      case IF -> out.add(ifStmt());
      case WHILE -> out.add(whileStmt());
      case FOR -> out.add(forStmt());
      case TRY -> out.add(tryStmt());
      case WITH -> out.add(withStmt());
      case AT -> out.add(decorated());
      case ASYNC -> throw errorAt(tok, "async functions are not supported by Rivet");
      default -> simpleStatements(out);
    }
  }

  private void simpleStatements(List<Stmt> out) {
    int startP = p;
    Token start = tok;
    try {
      while (true) {
        out.add(simpleStatement());
        if (!accept(SEMI)) {
          break;
        }
        if (at(NEWLINE)) {
          break;
        }
      }
      if (!at(NEWLINE)) {
        secondPassLookahead();
        throw syntaxError();
      }
      advance();
    } catch (CompileError e) {
      if (start.kind == NAME && start.text.equals("match") && looksLikeMatch(startP)) {
        throw errorAt(start, "match statements are not supported by Rivet");
      }
      throw e;
    }
  }

  /**
   * Where a statement runs into a second expression ("x y"), CPython's second pass parses that
   * expression while looking for a missing comma; if doing so reaches the end of input inside a
   * bracket, the error becomes "'(' was never closed". Otherwise the look-ahead changes nothing.
   */
  private void secondPassLookahead() {
    if (!startsExpression(kind())) {
      return;
    }
    int firstPass = furthest;
    int save = p;
    Token saveTok = tok;
    try {
      expression();
    } catch (CompileError e) {
      if (isFatal(e)) {
        throw e;
      }
    }
    if (furthest < toks.size() - 1) {
      furthest = firstPass;
    }
    p = save;
    tok = saveTok;
  }

  /** A logical line starting at token index i that ends in ':' is a match statement. */
  private boolean looksLikeMatch(int i) {
    int level = 0;
    for (int k = i; k < toks.size(); k++) {
      TokenKind kk = toks.get(k).kind;
      if (kk == LPAR || kk == LSQB || kk == LBRACE) level++;
      if (kk == RPAR || kk == RSQB || kk == RBRACE) level--;
      if (kk == NEWLINE || kk == ENDMARKER || kk == EOF_IN_BRACKETS) {
        return k > i && toks.get(k - 1).kind == COLON;
      }
    }
    return false;
  }

  private Stmt simpleStatement() {
    Token start = tok;
    switch (kind()) {
      case PASS -> {
        advance();
        return new Stmt.Pass(pos(start));
      }
      case BREAK -> {
        advance();
        if (!inLoop) {
          defer(start, pos(start), "'break' outside loop");
        }
        return new Stmt.Break(pos(start));
      }
      case CONTINUE -> {
        advance();
        if (!inLoop) {
          defer(start, pos(start), "'continue' not properly in loop");
        }
        return new Stmt.Continue(pos(start));
      }
      case RETURN -> {
        advance();
        Expr v = null;
        if (startsExpression(kind()) || at(STAR)) {
          v = starExpressions();
          checkNoBareStar(v);
        }
        Pos at = posFrom(start);
        if (!inFunction) {
          defer(start, at, "'return' outside function");
        }
        return new Stmt.Return(v, at);
      }
      case RAISE -> {
        advance();
        Expr exc = null;
        Expr cause = null;
        if (startsExpression(kind())) {
          exc = expression();
          if (accept(FROM)) {
            cause = expression();
          }
        }
        return new Stmt.Raise(exc, cause, posFrom(start));
      }
      case GLOBAL, NONLOCAL -> {
        advance();
        List<String> names = new ArrayList<>();
        do {
          names.add(expect(NAME).text);
        } while (accept(COMMA));
        Pos at = posFrom(start);
        return start.kind == GLOBAL ? new Stmt.Global(names, at) : new Stmt.Nonlocal(names, at);
      }
      case DEL -> {
        return delStmt();
      }
      case ASSERT -> {
        advance();
        Expr test = expression();
        Expr msg = accept(COMMA) ? expression() : null;
        return new Stmt.Assert(test, msg, posFrom(start));
      }
      case IMPORT -> {
        return importStmt();
      }
      case FROM -> {
        return fromImport();
      }
      default -> {
        return expressionStatement();
      }
    }
  }

  private Stmt delStmt() {
    Token start = advance();
    List<Expr> targets = new ArrayList<>();
    do {
      if (at(NEWLINE) || at(SEMI)) {
        break;
      }
      Token ts = tok;
      Expr e = at(STAR) ? starExpression() : expression();
      if (!at(COMMA) && !at(NEWLINE) && !at(SEMI)) {
        throw syntaxError();
      }
      targets.add(toTarget(e, Ctx.DEL));
    } while (accept(COMMA));
    if (targets.isEmpty()) {
      throw syntaxError();
    }
    return new Stmt.Delete(targets, posFrom(start));
  }

  private Operator augmentedOperator(TokenKind k) {
    return switch (k) {
      case PLUSEQUAL -> Operator.ADD;
      case MINEQUAL -> Operator.SUB;
      case STAREQUAL -> Operator.MULT;
      case ATEQUAL -> Operator.MATMULT;
      case SLASHEQUAL -> Operator.DIV;
      case PERCENTEQUAL -> Operator.MOD;
      case DOUBLESTAREQUAL -> Operator.POW;
      case LEFTSHIFTEQUAL -> Operator.LSHIFT;
      case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
      case VBAREQUAL -> Operator.BITOR;
      case CIRCUMFLEXEQUAL -> Operator.BITXOR;
      case AMPEREQUAL -> Operator.BITAND;
      case DOUBLESLASHEQUAL -> Operator.FLOORDIV;
      default -> null;
    };
  }

  private Stmt expressionStatement() {
    Token start = tok;
    if (!startsExpression(kind()) && !at(STAR) && !at(YIELD)) {
      throw syntaxError();
    }
    Expr e = yieldOrStarExpressions();
    if (at(COLON)) {
      return annotated(start, e);
    }
    Operator aug = augmentedOperator(kind());
    if (aug != null) {
      if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
        throw errorAt(e.pos(), "'" + describe(e) + "' is an illegal expression for augmented assignment");
      }
      advance();
      Expr value = yieldOrStarExpressions();
      return new Stmt.AugAssign(withCtx(e, Ctx.STORE), aug, value, posFrom(start));
    }
    if (at(EQUAL)) {
      List<Expr> parts = new ArrayList<>();
      parts.add(e);
      while (accept(EQUAL)) {
        if (!startsExpression(kind()) && !at(STAR) && !at(YIELD)) {
          // CPython's invalid_assignment rule needs no right-hand side: bad targets are named
          // even when the value is missing.
          for (Expr t : parts) {
            toTarget(t, Ctx.STORE);
          }
          throw syntaxError();
        }
        parts.add(yieldOrStarExpressions());
      }
      mistakenEquals(parts);
      List<Expr> targets = new ArrayList<>(parts.size() - 1);
      for (int i = 0; i < parts.size() - 1; i++) {
        Expr t = parts.get(i);
        if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
          throw errorAt(t.pos(), "assignment to yield expression not possible");
        }
        Expr target = toTarget(t, Ctx.STORE);
        checkStarredTargets(target);
        targets.add(target);
      }
      checkNoBareStar(parts.get(parts.size() - 1));
      return new Stmt.Assign(targets, parts.get(parts.size() - 1), posFrom(start));
    }
    if (e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
        && startsExpression(kind())) {
      throw errorAt(e.pos(), "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
    }
    if (e instanceof Expr.Starred) {
      throw errorAt(e.pos(), "can't use starred expression here");
    }
    return new Stmt.ExprStmt(e, posFrom(start));
  }

  /**
   * CPython's second-pass check for an assignment with a bad target: when the last element of
   * the first target is directly followed by '=' and a simple expression, it guesses a mistyped
   * '==' ("cannot assign to literal here. Maybe you meant '==' instead of '='?"). Otherwise the
   * plain "cannot assign to X" comes from {@link #toTarget}.
   */
  private void mistakenEquals(List<Expr> parts) {
    boolean anyInvalid = false;
    for (int i = 0; i < parts.size() - 1; i++) {
      Expr t = parts.get(i);
      anyInvalid |= invalidTarget(t, Ctx.STORE) != null || t instanceof Expr.Yield || t instanceof Expr.YieldFrom;
    }
    if (!anyInvalid) {
      return;
    }
    Expr first = parts.get(0);
    Expr last = first instanceof Expr.Tuple t && !parenthesized.contains(t) && !t.elts().isEmpty()
        ? t.elts().get(t.elts().size() - 1) : first;
    Expr rhs = parts.get(1);
    boolean rhsTuple = rhs instanceof Expr.Tuple t && !parenthesized.contains(t) && t.elts().size() > 0;
    Expr rhsFirst = rhsTuple ? ((Expr.Tuple) rhs).elts().get(0) : rhs;
    boolean rhsFollowedByEquals = !rhsTuple && parts.size() > 2;
    if (rhsFollowedByEquals || !isBitOrLevel(rhsFirst) || rhsFirst instanceof Expr.Starred
        || rhsFirst instanceof Expr.Yield || rhsFirst instanceof Expr.YieldFrom) {
      return;
    }
    if (last instanceof Expr.Name && !parenthesized.contains(last)) {
      throw errorAt(last.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    boolean excluded = last instanceof Expr.ListExpr || last instanceof Expr.GeneratorExp
        || (last instanceof Expr.Tuple && parenthesized.contains(last))
        || ((last instanceof Expr.Bool || last instanceof Expr.NoneLit) && !parenthesized.contains(last));
    if (!excluded && isBitOrLevel(last) && !(last instanceof Expr.Starred) && !(last instanceof Expr.Yield)
        && !(last instanceof Expr.YieldFrom) && invalidTarget(last, Ctx.STORE) != null) {
      throw errorAt(last.pos(), "cannot assign to " + describe(last) + " here. Maybe you meant '==' instead of '='?");
    }
  }

  /** Expressions that were written inside their own parentheses (by identity). */
  private final java.util.Set<Expr> parenthesized =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  @Override
  Expr parenthesizedGroup(Expr e) {
    parenthesized.add(e);
    return e;
  }

  private Stmt annotated(Token start, Expr target) {
    if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
      throw invalidAnnotationTarget(target);
    }
    advance();
    Expr annotation = expression();
    Expr value = null;
    if (accept(EQUAL)) {
      value = yieldOrStarExpressions();
    }
    boolean simple = target instanceof Expr.Name && start.kind != LPAR;
    return new Stmt.AnnAssign(withCtx(target, Ctx.STORE), annotation, value, simple, posFrom(start));
  }

  /**
   * CPython's first pass stops at the ':' after a bad annotation target; the second pass names
   * the problem only if an annotation expression parses after it.
   */
  private CompileError invalidAnnotationTarget(Expr target) {
    int firstPass = furthest;
    int colonIndex = p;
    Token colon = tok;
    advance();
    try {
      expression();
    } catch (CompileError e) {
      if (isFatal(e)) {
        throw e;
      }
      furthest = Math.max(firstPass, colonIndex);
      p = colonIndex;
      tok = colon;
      return syntaxError();
    }
    if (target instanceof Expr.Tuple) {
      return errorAt(target.pos(), "only single target (not tuple) can be annotated");
    }
    if (target instanceof Expr.ListExpr) {
      return errorAt(target.pos(), "only single target (not list) can be annotated");
    }
    return errorAt(target.pos(), "illegal target for annotation");
  }

  private Stmt importStmt() {
    Token start = advance();
    List<Alias> names = new ArrayList<>();
    do {
      Token ns = tok;
      String name = dottedName();
      String as = null;
      if (accept(AS)) {
        as = expect(NAME).text;
      }
      names.add(new Alias(name, as, posFrom(ns)));
    } while (accept(COMMA));
    return new Stmt.Import(names, posFrom(start));
  }

  private String dottedName() {
    StringBuilder sb = new StringBuilder(expect(NAME).text);
    while (at(DOT)) {
      advance();
      sb.append('.').append(expect(NAME).text);
    }
    return sb.toString();
  }

  private Stmt fromImport() {
    Token start = advance();
    int level = 0;
    while (at(DOT) || at(ELLIPSIS)) {
      level += at(DOT) ? 1 : 3;
      advance();
    }
    String module = null;
    if (at(NAME)) {
      module = dottedName();
    } else if (level == 0) {
      throw syntaxError();
    }
    expect(IMPORT);
    List<Alias> names = new ArrayList<>();
    if (at(STAR)) {
      Token s = advance();
      names.add(new Alias("*", null, pos(s)));
    } else {
      boolean paren = accept(LPAR);
      do {
        if (paren && at(RPAR)) {
          break;
        }
        if (!paren && !at(NAME) && !names.isEmpty()) {
          throw errorAt(tok, "trailing comma not allowed without surrounding parentheses");
        }
        Token ns = expect(NAME);
        String as = null;
        if (accept(AS)) {
          as = expect(NAME).text;
        }
        names.add(new Alias(ns.text, as, posFrom(ns)));
      } while (accept(COMMA));
      if (paren) {
        expect(RPAR);
      }
    }
    return new Stmt.ImportFrom(module, names, level, posFrom(start));
  }

  // ---- compound statements -----------------------------------------------------------------

  /** ':' then a block; {@code what} names the statement for CPython's indentation message. */
  private List<Stmt> block(String what, int line) {
    // CPython forces the ':' (any other token: "expected ':'") after def, else, try and
    // finally; after the others it says so only when the line ends where the ':' should be.
    boolean forced = what.equals("function definition") || what.equals("'else' statement")
        || what.equals("'try' statement") || what.equals("'finally' statement");
    if (!forced && !at(COLON) && !at(NEWLINE)) {
      throw syntaxError();
    }
    expectForced(COLON);
    return body(what, line);
  }

  /** CPython places errors found at the end of input after the last character of the file. */
  private CompileError atEndOfInput(CompileError.Kind kind, String message) {
    int n = src.cps.length;
    int last = n - 1;
    if (last >= 0 && src.cps[last] == '\n') {
      last--; // the final newline ends the last line; it does not start another
    }
    int line = last < 0 ? 1 : src.lineOf(last);
    int end = src.lineStart(line);
    while (end < n && src.cps[end] != '\n') {
      end++;
    }
    return src.error(kind, message, line, src.byteColumn(end) + 1);
  }

  private List<Stmt> body(String what, int line) {
    List<Stmt> out = new ArrayList<>();
    if (accept(NEWLINE)) {
      if (!at(INDENT)) {
        String message = "expected an indented block after " + what + " on line " + line;
        if (at(ENDMARKER) || (at(DEDENT) && tok.start >= src.cps.length)) {
          throw atEndOfInput(CompileError.Kind.IndentationError, message);
        }
        throw src.error(CompileError.Kind.IndentationError, message, tok.line, tok.col + 1);
      }
      advance();
      while (!at(DEDENT) && !at(ENDMARKER)) {
        statement(out);
      }
      accept(DEDENT);
    } else {
      simpleStatements(out);
    }
    return out;
  }

  private Stmt ifStmt() {
    Token start = advance();
    Expr test = namedExpression();
    String what = start.kind == IF ? "'if' statement" : "'elif' statement";
    List<Stmt> body = block(what, start.line);
    List<Stmt> orelse = List.of();
    if (at(ELIF)) {
      orelse = List.of(ifStmt());
    } else if (at(ELSE)) {
      Token e = advance();
      orelse = block("'else' statement", e.line);
    }
    return new Stmt.If(test, body, orelse, posFrom(start));
  }

  private List<Stmt> loopBody(String what, int line) {
    boolean saved = inLoop;
    inLoop = true;
    try {
      return block(what, line);
    } finally {
      inLoop = saved;
    }
  }

  private Stmt whileStmt() {
    Token start = advance();
    Expr test = namedExpression();
    List<Stmt> body = loopBody("'while' statement", start.line);
    List<Stmt> orelse = List.of();
    if (at(ELSE)) {
      Token e = advance();
      orelse = block("'else' statement", e.line);
    }
    return new Stmt.While(test, body, orelse, posFrom(start));
  }

  private Stmt forStmt() {
    Token start = advance();
    Expr target = targetList(IN);
    if (!at(IN)) {
      throw syntaxError();
    }
    advance();
    Expr iter = starExpressions();
    List<Stmt> body = loopBody("'for' statement", start.line);
    List<Stmt> orelse = List.of();
    if (at(ELSE)) {
      Token e = advance();
      orelse = block("'else' statement", e.line);
    }
    return new Stmt.For(target, iter, body, orelse, posFrom(start));
  }

  private Stmt tryStmt() {
    Token start = advance();
    List<Stmt> body = block("'try' statement", start.line);
    List<ExceptHandler> handlers = new ArrayList<>();
    ExceptHandler bare = null;
    while (at(EXCEPT)) {
      Token ex = advance();
      if (at(STAR)) {
        throw errorAt(tok, "exception groups (except*) are not supported by Rivet");
      }
      Expr type = null;
      String name = null;
      if (!at(COLON)) {
        Token ts = tok;
        type = expression();
        if (at(COMMA)) {
          List<Expr> elts = new ArrayList<>();
          elts.add(type);
          while (accept(COMMA)) {
            if (at(COLON) || at(AS)) {
              break;
            }
            elts.add(expression());
          }
          throw src.error("multiple exception types must be parenthesized", ts.line, ts.col + 1);
        }
        if (accept(AS)) {
          name = expect(NAME).text;
        }
      }
      if (bare != null) {
        defer(ex, bare.pos(), "default 'except:' must be last");
      }
      List<Stmt> hbody = block("'except' statement", ex.line);
      ExceptHandler h = new ExceptHandler(type, name, hbody, posFrom(ex));
      if (type == null) {
        bare = h;
      }
      handlers.add(h);
    }
    List<Stmt> orelse = List.of();
    List<Stmt> finalbody = List.of();
    if (at(ELSE)) {
      if (handlers.isEmpty()) {
        throw errorAt(tok, "expected 'except' or 'finally' block");
      }
      Token e = advance();
      orelse = block("'else' statement", e.line);
    }
    if (at(FINALLY)) {
      Token f = advance();
      finalbody = block("'finally' statement", f.line);
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      String message = "expected 'except' or 'finally' block";
      if (at(ENDMARKER)) {
        throw atEndOfInput(CompileError.Kind.SyntaxError, message);
      }
      throw errorAt(tok, message);
    }
    return new Stmt.Try(body, handlers, orelse, finalbody, posFrom(start));
  }

  private Stmt withStmt() {
    Token start = advance();
    List<WithItem> items = null;
    if (at(LPAR)) {
      items = parenthesizedWithItems();
    }
    if (items == null) {
      items = new ArrayList<>();
      do {
        items.add(withItem());
      } while (accept(COMMA));
    }
    List<Stmt> body = block("'with' statement", start.line);
    return new Stmt.With(items, body, posFrom(start));
  }

  /** {@code with (a as b, c):}; null (with the cursor restored) when the '(' is an expression's. */
  private List<WithItem> parenthesizedWithItems() {
    int save = p;
    Token saveTok = tok;
    try {
      advance();
      List<WithItem> items = new ArrayList<>();
      while (!at(RPAR)) {
        items.add(withItem());
        if (!accept(COMMA)) {
          break;
        }
      }
      expect(RPAR);
      if (at(COLON) && !items.isEmpty()) {
        return items;
      }
    } catch (CompileError e) {
      if (isFatal(e)) {
        throw e;
      }
      // Not the parenthesised form; parse it as an expression instead.
    }
    p = save;
    tok = saveTok;
    return null;
  }

  private WithItem withItem() {
    Token s = tok;
    Expr ctx = expression();
    Expr vars = null;
    if (accept(AS)) {
      Token ts = tok;
      Expr t = at(STAR) ? starExpression() : bitOr();
      vars = toTarget(t, Ctx.STORE);
    }
    return new WithItem(ctx, vars, posFrom(s));
  }

  private Stmt decorated() {
    Token start = tok;
    List<Expr> decorators = new ArrayList<>();
    while (at(AT)) {
      advance();
      decorators.add(namedExpression());
      expect(NEWLINE);
    }
    if (at(DEF)) {
      return functionDef(decorators, start);
    }
    if (at(CLASS)) {
      return classDef(decorators, start);
    }
    if (at(ASYNC)) {
      throw errorAt(tok, "async functions are not supported by Rivet");
    }
    throw syntaxError();
  }

  private Stmt functionDef(List<Expr> decorators, Token start) {
    Token def = advance();
    Token name = expect(NAME);
    expectForced(LPAR);
    Arguments args = parameters(RPAR, true);
    expect(RPAR);
    Expr returns = null;
    if (accept(RARROW)) {
      returns = expression();
    }
    boolean savedF = inFunction;
    boolean savedL = inLoop;
    inFunction = true;
    inLoop = false;
    List<Stmt> body;
    try {
      body = block("function definition", def.line);
    } finally {
      inFunction = savedF;
      inLoop = savedL;
    }
    return new Stmt.FunctionDef(name.text, args, body, decorators, returns, posFrom(def));
  }

  private Stmt classDef(List<Expr> decorators, Token start) {
    Token cls = advance();
    Token name = expect(NAME);
    List<Expr> bases = List.of();
    List<Keyword> keywords = List.of();
    if (at(LPAR)) {
      Expr.Call header = classHeader(name);
      bases = header.args();
      keywords = header.keywords();
    }
    boolean savedF = inFunction;
    boolean savedL = inLoop;
    inFunction = false;
    inLoop = false;
    List<Stmt> body;
    try {
      body = block("class definition", cls.line);
    } finally {
      inFunction = savedF;
      inLoop = savedL;
    }
    return new Stmt.ClassDef(name.text, bases, keywords, body, decorators, posFrom(cls));
  }

  /** The bases and keywords of a class header, parsed exactly like call arguments. */
  private Expr.Call classHeader(Token name) {
    Expr nameExpr = new Expr.Name(name.text, Ctx.LOAD, pos(name));
    return (Expr.Call) callTrailer(nameExpr, name);
  }
}
