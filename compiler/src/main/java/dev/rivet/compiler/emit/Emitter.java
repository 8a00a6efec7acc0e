package dev.rivet.compiler.emit;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.*;
import dev.rivet.compiler.image.CodeObject;
import dev.rivet.compiler.image.Const;
import dev.rivet.compiler.scope.Scope;
import dev.rivet.compiler.scope.ScopeAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a module's AST (with its symbol table) into code objects, one per module, class body,
 * function, lambda and comprehension, following the code shapes of docs/bytecode.md. It decides
 * which instructions to emit; {@link CodeBuilder} encodes them.
 */
public final class Emitter {
  private static final int STACK_USE_GUIDELINE = 30;

  /** How a module is compiled: a file, one interactive statement (REPL), or one expression. */
  public enum Mode {
    EXEC,
    SINGLE,
    EVAL
  }

  private final String filename;
  private final String source;
  private final ScopeAnalyzer.Result scopes;
  private final Mode mode;
  private Unit u;

  /** The state of the code object being emitted; units nest as defs and classes nest. */
  private static final class Unit {
    final Scope scope;
    final Unit parent;
    final CodeBuilder b = new CodeBuilder();
    final String name;
    final String qualname;
    final boolean comprehension;
    final List<FBlock> fblocks = new ArrayList<>();
    final List<String> localNames;
    final List<String> cellNames;
    final List<String> freeNames;

    Unit(Scope scope, Unit parent, String name, String qualname, boolean comprehension) {
      this.scope = scope;
      this.parent = parent;
      this.name = name;
      this.qualname = qualname;
      this.comprehension = comprehension;
      this.localNames = scope.localNames();
      this.cellNames = scope.cellNames();
      this.freeNames = scope.freeNames();
    }

    boolean isFunction() {
      return scope.kind == Scope.Kind.FUNCTION;
    }
  }

  private Emitter(String filename, String source, ScopeAnalyzer.Result scopes, Mode mode) {
    this.filename = filename;
    this.source = source;
    this.scopes = scopes;
    this.mode = mode;
  }

  /** Compiles a module (exec or single mode) to its top-level code object. */
  public static CodeObject compileModule(List<Stmt> body, String filename, String source, Mode mode) {
    ScopeAnalyzer.Result scopes = ScopeAnalyzer.analyze(body, filename, source);
    Emitter e = new Emitter(filename, source, scopes, mode);
    return e.guard(() -> e.module(body));
  }

  /** Compiles one expression (eval mode): the code returns its value. */
  public static CodeObject compileEval(Expr expr, String filename, String source) {
    ScopeAnalyzer.Result scopes = ScopeAnalyzer.analyzeExpr(expr, filename, source);
    Emitter e = new Emitter(filename, source, scopes, Mode.EVAL);
    return e.guard(() -> {
      e.u = new Unit(scopes.top(), null, "<module>", "<module>", false);
      e.u.b.setLine(expr.pos().line());
      e.expr(expr);
      e.u.b.emit(Op.RETURN_VALUE);
      return e.finish(CodeObject.MODULE, 0, 0, 0, 1);
    });
  }

  private CodeObject guard(java.util.function.Supplier<CodeObject> body) {
    try {
      return body.get();
    } catch (CodeBuilder.TooLarge t) {
      throw CompileError.syntax("too large to compile: " + t.getMessage(), filename, source, 1, 1);
    }
  }

  private CompileError error(String msg, Pos p) {
    return CompileError.syntax(msg, filename, source, p.line(), p.col() + 1);
  }

  // ---- units -----------------------------------------------------------------------------

  private CodeObject module(List<Stmt> body) {
    u = new Unit(scopes.top(), null, "<module>", "<module>", false);
    u.b.setLine(body.isEmpty() ? 1 : body.get(0).pos().line());
    List<Stmt> rest = body;
    String doc = docstring(body);
    if (doc != null && mode == Mode.EXEC) {
      loadConst(new Const.Str(doc));
      nameOp("__doc__", Ctx.STORE);
      rest = body.subList(1, body.size());
    }
    stmts(rest);
    loadConst(Const.Special.NONE);
    u.b.emit(Op.RETURN_VALUE);
    return finish(CodeObject.MODULE | (mode == Mode.SINGLE ? CodeObject.INTERACTIVE : 0), 0, 0, 0, 1);
  }

  private CodeObject finish(int flags, int argcount, int posonly, int kwonly, int firstLine) {
    if (!u.freeNames.isEmpty()) {
      flags |= CodeObject.HAS_CLOSURE;
    }
    return u.b.finish(flags, argcount, posonly, kwonly, firstLine, u.name, u.qualname, filename, u.localNames,
        u.cellNames, u.freeNames);
  }

  private static String docstring(List<Stmt> body) {
    if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Str s) {
      return s.value();
    }
    return null;
  }

  private String qualname(String name) {
    Unit parent = u;
    if (parent.scope.kind == Scope.Kind.MODULE) {
      return name;
    }
    String mangled = Scope.mangle(parent.scope.privateName(), name);
    if (parent.scope.binding(mangled) == Scope.Binding.GLOBAL_EXPLICIT) {
      return name;
    }
    if (parent.isFunction() && !parent.comprehension) {
      return parent.qualname + ".<locals>." + name;
    }
    return parent.qualname + "." + name;
  }

  private void pushUnit(Scope s, String name, boolean comprehension, int firstLine) {
    String qn = qualname(name);
    u = new Unit(s, u, name, qn, comprehension);
    u.b.setLine(firstLine);
  }

  private void popUnit() {
    u = u.parent;
  }

  /** Emits the closure tuple (if any) and MAKE_FUNCTION for a finished code object. */
  private void makeFunction(CodeObject code, int flags) {
    if (!code.freeNames().isEmpty()) {
      for (String name : code.freeNames()) {
        u.b.emit(Op.LOAD_CLOSURE, derefIndex(name));
      }
      u.b.emit(Op.BUILD_TUPLE, code.freeNames().size());
      flags |= 8;
    }
    loadConst(new Const.Code(code));
    u.b.emit(Op.MAKE_FUNCTION, flags);
  }

  private int derefIndex(String name) {
    int i = u.cellNames.indexOf(name);
    if (i >= 0) {
      return i;
    }
    i = u.freeNames.indexOf(name);
    if (i >= 0) {
      return u.cellNames.size() + i;
    }
    throw new IllegalStateException("no cell for " + name + " in " + u.qualname);
  }

  /** Pushes defaults and kw-only defaults; returns the MAKE_FUNCTION flags for them. */
  private int defaults(Arguments a) {
    int flags = 0;
    if (!a.defaults().isEmpty()) {
      for (Expr d : a.defaults()) {
        expr(d);
      }
      u.b.emit(Op.BUILD_TUPLE, a.defaults().size());
      flags |= 1;
    }
    List<Const> keys = new ArrayList<>();
    for (int i = 0; i < a.kwonly().size(); i++) {
      Expr d = a.kwDefaults().get(i);
      if (d != null) {
        keys.add(new Const.Str(u.scope.mangle(a.kwonly().get(i).name())));
        expr(d);
      }
    }
    if (!keys.isEmpty()) {
      loadConst(new Const.Tuple(keys));
      u.b.emit(Op.BUILD_CONST_KEY_MAP, keys.size());
      flags |= 2;
    }
    return flags;
  }

  private CodeObject functionBody(Node node, String name, Arguments a, List<Stmt> body, Expr lambdaBody,
      int firstLine) {
    Scope s = scopes.of(node);
    pushUnit(s, name, false, firstLine);
    int flags = CodeObject.FUNCTION;
    String doc = lambdaBody == null ? docstring(body) : null;
    if (doc != null) {
      u.b.constant(new Const.Str(doc));
      flags |= CodeObject.HAS_DOC;
    }
    for (int i = 0; i < u.localNames.size() && i < s.params().size(); i++) {
      String p = u.localNames.get(i);
      if (s.binding(p) == Scope.Binding.CELL) {
        u.b.emit(Op.LOAD_FAST, i);
        u.b.emit(Op.STORE_DEREF, derefIndex(p));
      }
    }
    if (lambdaBody != null) {
      expr(lambdaBody);
      u.b.emit(Op.RETURN_VALUE);
    } else {
      List<Stmt> rest = doc != null ? body.subList(1, body.size()) : body;
      stmts(rest);
      if (rest.isEmpty() || !(rest.get(rest.size() - 1) instanceof Stmt.Return)) {
        loadConst(Const.Special.NONE);
        u.b.emit(Op.RETURN_VALUE);
      }
    }
    if (a.vararg() != null) {
      flags |= CodeObject.VARARGS;
    }
    if (a.kwarg() != null) {
      flags |= CodeObject.VARKEYWORDS;
    }
    if (s.isGenerator()) {
      flags |= CodeObject.GENERATOR;
    }
    CodeObject code = finish(flags, a.posonly().size() + a.args().size(), a.posonly().size(), a.kwonly().size(),
        firstLine);
    popUnit();
    return code;
  }

  // ---- statements ------------------------------------------------------------------------

  private void stmts(List<Stmt> list) {
    for (Stmt s : list) {
      stmt(s);
    }
  }

  private void stmt(Stmt s) {
    u.b.setLine(s.pos().line());
    switch (s) {
      case Stmt.FunctionDef f -> functionDef(f);
      case Stmt.ClassDef c -> classDef(c);
      case Stmt.Return r -> returnStmt(r);
      case Stmt.Delete d -> {
        for (Expr t : d.targets()) {
          delete(t);
        }
      }
      case Stmt.Assign a -> assign(a);
      case Stmt.AugAssign a -> augAssign(a);
      case Stmt.AnnAssign a -> annAssign(a);
      case Stmt.For f -> forStmt(f);
      case Stmt.While w -> whileStmt(w);
      case Stmt.If i -> ifStmt(i);
      case Stmt.With w -> with(w, 0);
      case Stmt.Raise r -> raise(r);
      case Stmt.Try t -> tryStmt(t);
      case Stmt.Assert a -> assertStmt(a);
      case Stmt.Import i -> importStmt(i);
      case Stmt.ImportFrom i -> importFrom(i);
      case Stmt.Global g -> {}
      case Stmt.Nonlocal n -> {}
      case Stmt.ExprStmt e -> exprStmt(e);
      case Stmt.Pass p -> {}
      case Stmt.Break b -> breakStmt(b);
      case Stmt.Continue c -> continueStmt(c);
    }
  }

  private void exprStmt(Stmt.ExprStmt e) {
    if (mode == Mode.SINGLE && u.scope.kind == Scope.Kind.MODULE) {
      expr(e.value());
      u.b.emit(Op.PRINT_EXPR);
      return;
    }
    if (isLiteral(e.value())) {
      return; // a constant statement (e.g. a stray string) does nothing
    }
    expr(e.value());
    u.b.emit(Op.POP_TOP);
  }

  private static boolean isLiteral(Expr e) {
    return e instanceof Expr.Int || e instanceof Expr.Float || e instanceof Expr.Str || e instanceof Expr.Bytes
        || e instanceof Expr.Bool || e instanceof Expr.NoneLit || e instanceof Expr.EllipsisLit;
  }

  private static int firstLine(Pos pos, List<Expr> decorators) {
    return decorators.isEmpty() ? pos.line() : decorators.get(0).pos().line();
  }

  private void applyDecorators(List<Expr> decorators, int line) {
    for (int i = decorators.size() - 1; i >= 0; i--) {
      u.b.setLine(decorators.get(i).pos().line());
      u.b.emit(Op.CALL_FUNCTION, 1);
    }
    u.b.setLine(line);
  }

  private void functionDef(Stmt.FunctionDef f) {
    for (Expr d : f.decorators()) {
      expr(d);
    }
    int flags = defaults(f.args());
    CodeObject code = functionBody(f, f.name(), f.args(), f.body(), null, firstLine(f.pos(), f.decorators()));
    makeFunction(code, flags);
    applyDecorators(f.decorators(), f.pos().line());
    nameOp(f.name(), Ctx.STORE);
  }

  private void classDef(Stmt.ClassDef c) {
    for (Expr d : c.decorators()) {
      expr(d);
    }
    int first = firstLine(c.pos(), c.decorators());
    u.b.emit(Op.LOAD_BUILD_CLASS);
    Scope s = scopes.of(c);
    pushUnit(s, c.name(), false, first);
    nameOp("__name__", Ctx.LOAD);
    nameOp("__module__", Ctx.STORE);
    loadConst(new Const.Str(u.qualname));
    nameOp("__qualname__", Ctx.STORE);
    List<Stmt> body = c.body();
    String doc = docstring(body);
    if (doc != null) {
      loadConst(new Const.Str(doc));
      nameOp("__doc__", Ctx.STORE);
      body = body.subList(1, body.size());
    }
    stmts(body);
    if (s.needsClassClosure()) {
      u.b.emit(Op.LOAD_CLOSURE, 0);
      u.b.emit(Op.COPY, 1);
      nameOp("__classcell__", Ctx.STORE);
    } else {
      loadConst(Const.Special.NONE);
    }
    u.b.emit(Op.RETURN_VALUE);
    CodeObject code = finish(CodeObject.CLASS_BODY, 0, 0, 0, first);
    popUnit();
    u.b.setLine(c.pos().line());
    makeFunction(code, 0);
    loadConst(new Const.Str(c.name()));
    callHelper(2, c.bases(), c.keywords(), c.pos().line());
    applyDecorators(c.decorators(), c.pos().line());
    nameOp(c.name(), Ctx.STORE);
  }

  private void returnStmt(Stmt.Return r) {
    if (!u.isFunction() || u.comprehension) {
      throw error("'return' outside function", r.pos());
    }
    if (r.value() == null) {
      unwindAll(false);
      u.b.setLine(r.pos().line());
      loadConst(Const.Special.NONE);
    } else {
      expr(r.value());
      unwindAll(true);
      u.b.setLine(r.pos().line());
    }
    u.b.emit(Op.RETURN_VALUE);
  }

  private void assign(Stmt.Assign a) {
    if (a.targets().size() == 1 && swapAssign(a.targets().get(0), a.value())) {
      return;
    }
    expr(a.value());
    for (int i = 0; i < a.targets().size(); i++) {
      if (i < a.targets().size() - 1) {
        u.b.emit(Op.COPY, 1);
      }
      store(a.targets().get(i));
    }
  }

  /** {@code a, b = x, y} without building a tuple (same evaluation and store order). */
  private boolean swapAssign(Expr target, Expr value) {
    List<Expr> ts = target instanceof Expr.Tuple t ? t.elts() : target instanceof Expr.ListExpr l ? l.elts() : null;
    List<Expr> vs = value instanceof Expr.Tuple t ? t.elts() : null;
    if (ts == null || vs == null || ts.size() != vs.size() || ts.size() < 2 || ts.size() > 3) {
      return false;
    }
    for (Expr e : ts) {
      if (e instanceof Expr.Starred) {
        return false;
      }
    }
    for (Expr e : vs) {
      if (e instanceof Expr.Starred) {
        return false;
      }
    }
    for (Expr e : vs) {
      expr(e);
    }
    u.b.setLine(target.pos().line());
    u.b.emit(Op.SWAP, ts.size());
    for (Expr t : ts) {
      store(t);
    }
    return true;
  }

  private void augAssign(Stmt.AugAssign a) {
    Op op = inplace(a.op());
    switch (a.target()) {
      case Expr.Name n -> {
        nameOp(n.id(), Ctx.LOAD);
        expr(a.value());
        u.b.setLine(a.pos().line());
        u.b.emit(op);
        nameOp(n.id(), Ctx.STORE);
      }
      case Expr.Attribute at -> {
        expr(at.value());
        u.b.emit(Op.COPY, 1);
        int line = u.b.line();
        u.b.setLine(at.pos().endLine());
        int name = u.b.name(u.scope.mangle(at.attr()));
        u.b.emit(Op.LOAD_ATTR, name, u.b.cacheSlot());
        u.b.setLine(line);
        expr(a.value());
        u.b.setLine(a.pos().line());
        u.b.emit(op);
        u.b.emit(Op.SWAP, 2);
        u.b.setLine(at.pos().endLine());
        u.b.emit(Op.STORE_ATTR, name, u.b.cacheSlot());
      }
      case Expr.Subscript sub -> {
        expr(sub.value());
        slice(sub.slice());
        u.b.emit(Op.COPY, 2);
        u.b.emit(Op.COPY, 2);
        u.b.emit(Op.BINARY_SUBSCR);
        expr(a.value());
        u.b.setLine(a.pos().line());
        u.b.emit(op);
        u.b.emit(Op.SWAP, 3);
        u.b.emit(Op.SWAP, 2);
        u.b.emit(Op.STORE_SUBSCR);
      }
      default -> throw error("'" + describe(a.target()) + "' is an illegal expression for augmented assignment",
          a.target().pos());
    }
  }

  private void annAssign(Stmt.AnnAssign a) {
    // Annotations are neither evaluated nor stored (docs/bytecode.md: known difference).
    if (a.value() != null) {
      expr(a.value());
      store(a.target());
      return;
    }
    switch (a.target()) {
      case Expr.Attribute at -> {
        expr(at.value());
        u.b.emit(Op.POP_TOP);
      }
      case Expr.Subscript sub -> {
        expr(sub.value());
        u.b.emit(Op.POP_TOP);
        slice(sub.slice());
        u.b.emit(Op.POP_TOP);
      }
      default -> {}
    }
  }

  private void forStmt(Stmt.For f) {
    CodeBuilder.Label start = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    expr(f.iter());
    u.b.setLine(f.pos().line());
    u.b.emit(Op.GET_ITER);
    u.b.bind(start);
    u.b.emitJump(Op.FOR_ITER, cleanup);
    pushBlock(new FBlock(FBlock.Kind.FOR_LOOP, start, end, null, 1, null, null));
    store(f.target());
    stmts(f.body());
    popBlock();
    u.b.setLine(f.pos().line());
    u.b.emitJump(Op.JUMP, start);
    u.b.bind(cleanup);
    stmts(f.orelse());
    u.b.bind(end);
  }

  private void whileStmt(Stmt.While w) {
    CodeBuilder.Label start = new CodeBuilder.Label();
    CodeBuilder.Label orelse = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    u.b.bind(start);
    jumpIf(w.test(), false, orelse);
    pushBlock(new FBlock(FBlock.Kind.WHILE_LOOP, start, end, null, 0, null, null));
    stmts(w.body());
    popBlock();
    u.b.setLine(w.pos().line());
    u.b.emitJump(Op.JUMP, start);
    u.b.bind(orelse);
    stmts(w.orelse());
    u.b.bind(end);
  }

  private void ifStmt(Stmt.If i) {
    CodeBuilder.Label orelse = new CodeBuilder.Label();
    jumpIf(i.test(), false, orelse);
    stmts(i.body());
    if (i.orelse().isEmpty()) {
      u.b.bind(orelse);
      return;
    }
    CodeBuilder.Label end = new CodeBuilder.Label();
    u.b.emitJump(Op.JUMP, end);
    u.b.bind(orelse);
    stmts(i.orelse());
    u.b.bind(end);
  }

  private void with(Stmt.With w, int index) {
    WithItem item = w.items().get(index);
    int d = depth();
    CodeBuilder.Label handler = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label suppress = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    expr(item.context());
    u.b.setLine(w.pos().line());
    u.b.emit(Op.BEFORE_WITH);
    pushBlock(new FBlock(FBlock.Kind.WITH, null, null, new CodeBuilder.Handler(handler, d + 1), 1, null, null));
    if (item.optionalVars() != null) {
      store(item.optionalVars());
    } else {
      u.b.emit(Op.POP_TOP);
    }
    if (index + 1 < w.items().size()) {
      with(w, index + 1);
    } else {
      stmts(w.body());
    }
    popBlock();
    u.b.setLine(w.pos().line());
    callExitWithNones();
    u.b.emitJump(Op.JUMP, end);
    u.b.bind(handler);
    pushBlock(new FBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, new CodeBuilder.Handler(cleanup, d + 2), 0,
        null, null));
    u.b.emit(Op.PUSH_EXC_INFO);
    u.b.emit(Op.WITH_EXCEPT_START);
    u.b.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
    u.b.emit(Op.RERAISE);
    u.b.bind(suppress);
    u.b.emit(Op.POP_TOP);
    u.b.emit(Op.POP_EXCEPT);
    u.b.emit(Op.POP_TOP);
    popBlock();
    u.b.emitJump(Op.JUMP, end);
    emitCleanup(cleanup);
    u.b.bind(end);
  }

  private void callExitWithNones() {
    loadConst(Const.Special.NONE);
    loadConst(Const.Special.NONE);
    loadConst(Const.Special.NONE);
    u.b.emit(Op.CALL_FUNCTION, 3);
    u.b.emit(Op.POP_TOP);
  }

  /** The shared handler tail: [prev, e] -> restore prev as the handled exception, raise e. */
  private void emitCleanup(CodeBuilder.Label cleanup) {
    u.b.bind(cleanup);
    u.b.emit(Op.SWAP, 2);
    u.b.emit(Op.POP_EXCEPT);
    u.b.emit(Op.RERAISE);
  }

  private void raise(Stmt.Raise r) {
    int n = 0;
    if (r.exc() != null) {
      expr(r.exc());
      n++;
      if (r.cause() != null) {
        expr(r.cause());
        n++;
      }
    }
    u.b.setLine(r.pos().line());
    u.b.emit(Op.RAISE_VARARGS, n);
  }

  private void tryStmt(Stmt.Try t) {
    if (t.finalbody().isEmpty()) {
      tryExcept(t.body(), t.handlers(), t.orelse());
      return;
    }
    int d = depth();
    CodeBuilder.Label handler = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    pushBlock(new FBlock(FBlock.Kind.FINALLY_TRY, null, null, new CodeBuilder.Handler(handler, d), 0,
        t.finalbody(), null));
    if (t.handlers().isEmpty()) {
      stmts(t.body());
      stmts(t.orelse());
    } else {
      tryExcept(t.body(), t.handlers(), t.orelse());
    }
    popBlock();
    stmts(t.finalbody());
    u.b.emitJump(Op.JUMP, end);
    u.b.bind(handler);
    pushBlock(new FBlock(FBlock.Kind.FINALLY_END, null, null, new CodeBuilder.Handler(cleanup, d + 1), 2, null,
        null));
    u.b.emit(Op.PUSH_EXC_INFO);
    stmts(t.finalbody());
    u.b.emit(Op.RERAISE);
    popBlock();
    emitCleanup(cleanup);
    u.b.bind(end);
  }

  private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
    int d = depth();
    CodeBuilder.Label handler = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    pushBlock(new FBlock(FBlock.Kind.TRY_EXCEPT, null, null, new CodeBuilder.Handler(handler, d), 0, null, null));
    stmts(body);
    popBlock();
    stmts(orelse);
    u.b.emitJump(Op.JUMP, end);
    u.b.bind(handler);
    pushBlock(new FBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, new CodeBuilder.Handler(cleanup, d + 1), 0,
        null, null));
    u.b.emit(Op.PUSH_EXC_INFO);
    for (int i = 0; i < handlers.size(); i++) {
      ExceptHandler h = handlers.get(i);
      if (h.type() == null && i < handlers.size() - 1) {
        throw error("default 'except:' must be last", h.pos());
      }
      u.b.setLine(h.pos().line());
      CodeBuilder.Label next = new CodeBuilder.Label();
      if (h.type() != null) {
        expr(h.type());
        u.b.setLine(h.pos().line());
        u.b.emit(Op.CHECK_EXC_MATCH);
        u.b.emitJump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name() != null) {
        nameOp(h.name(), Ctx.STORE);
        CodeBuilder.Label cleanupEnd = new CodeBuilder.Label();
        pushBlock(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, new CodeBuilder.Handler(cleanupEnd, d + 1), 1,
            null, h.name()));
        stmts(h.body());
        popBlock();
        u.b.emit(Op.POP_EXCEPT);
        clearName(h.name());
        u.b.emitJump(Op.JUMP, end);
        u.b.bind(cleanupEnd);
        clearName(h.name());
        u.b.emit(Op.RERAISE);
      } else {
        u.b.emit(Op.POP_TOP);
        pushBlock(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, null, 1, null, null));
        stmts(h.body());
        popBlock();
        u.b.emit(Op.POP_EXCEPT);
        u.b.emitJump(Op.JUMP, end);
      }
      u.b.bind(next);
    }
    u.b.emit(Op.RERAISE);
    popBlock();
    emitCleanup(cleanup);
    u.b.bind(end);
  }

  private void clearName(String name) {
    loadConst(Const.Special.NONE);
    nameOp(name, Ctx.STORE);
    nameOp(name, Ctx.DEL);
  }

  private void assertStmt(Stmt.Assert a) {
    CodeBuilder.Label end = new CodeBuilder.Label();
    jumpIf(a.test(), true, end);
    u.b.setLine(a.pos().line());
    u.b.emit(Op.LOAD_ASSERTION_ERROR);
    if (a.msg() != null) {
      expr(a.msg());
      u.b.setLine(a.pos().line());
      u.b.emit(Op.CALL_FUNCTION, 1);
    }
    u.b.emit(Op.RAISE_VARARGS, 1);
    u.b.bind(end);
  }

  private void importStmt(Stmt.Import i) {
    for (Alias al : i.names()) {
      u.b.setLine(al.pos().line());
      loadConst(new Const.Int(java.math.BigInteger.ZERO));
      loadConst(Const.Special.NONE);
      u.b.emit(Op.IMPORT_NAME, u.b.name(al.name()));
      if (al.asname() == null) {
        nameOp(al.name().split("\\.", 2)[0], Ctx.STORE);
        continue;
      }
      String[] parts = al.name().split("\\.");
      for (int k = 1; k < parts.length; k++) {
        u.b.emit(Op.IMPORT_FROM, u.b.name(parts[k]));
        u.b.emit(Op.SWAP, 2);
        u.b.emit(Op.POP_TOP);
      }
      nameOp(al.asname(), Ctx.STORE);
    }
  }

  private void importFrom(Stmt.ImportFrom i) {
    List<Const> names = new ArrayList<>();
    for (Alias al : i.names()) {
      names.add(new Const.Str(al.name()));
    }
    loadConst(new Const.Int(java.math.BigInteger.valueOf(i.level())));
    loadConst(new Const.Tuple(names));
    u.b.emit(Op.IMPORT_NAME, u.b.name(i.module() == null ? "" : i.module()));
    if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
      u.b.emit(Op.IMPORT_STAR);
      return;
    }
    for (Alias al : i.names()) {
      u.b.setLine(al.pos().line());
      u.b.emit(Op.IMPORT_FROM, u.b.name(al.name()));
      nameOp(al.asname() != null ? al.asname() : al.name(), Ctx.STORE);
    }
    u.b.emit(Op.POP_TOP);
  }

  private void breakStmt(Stmt.Break b) {
    FBlock loop = innermostLoop();
    if (loop == null) {
      throw error("'break' outside loop", b.pos());
    }
    List<FBlock> saved = new ArrayList<>(u.fblocks);
    unwindTo(loop, false);
    popBlock();
    unwind(loop, false);
    u.b.setLine(b.pos().line());
    u.b.emitJump(Op.JUMP, loop.exit());
    restoreBlocks(saved);
  }

  private void continueStmt(Stmt.Continue c) {
    FBlock loop = innermostLoop();
    if (loop == null) {
      throw error("'continue' not properly in loop", c.pos());
    }
    List<FBlock> saved = new ArrayList<>(u.fblocks);
    unwindTo(loop, false);
    u.b.setLine(c.pos().line());
    u.b.emitJump(Op.JUMP, loop.start());
    restoreBlocks(saved);
  }

  // ---- fblocks and unwinding ---------------------------------------------------------------

  private void pushBlock(FBlock f) {
    u.fblocks.add(f);
    updateHandler();
  }

  private void popBlock() {
    u.fblocks.remove(u.fblocks.size() - 1);
    updateHandler();
  }

  private void restoreBlocks(List<FBlock> saved) {
    u.fblocks.clear();
    u.fblocks.addAll(saved);
    updateHandler();
  }

  private void updateHandler() {
    CodeBuilder.Handler h = null;
    for (int i = u.fblocks.size() - 1; i >= 0; i--) {
      if (u.fblocks.get(i).handler() != null) {
        h = u.fblocks.get(i).handler();
        break;
      }
    }
    u.b.setHandler(h);
  }

  /** Values the enclosing blocks keep on the stack at statement level. */
  private int depth() {
    int d = 0;
    for (FBlock f : u.fblocks) {
      d += f.extraDepth();
    }
    return d;
  }

  private FBlock innermostLoop() {
    for (int i = u.fblocks.size() - 1; i >= 0; i--) {
      if (u.fblocks.get(i).isLoop()) {
        return u.fblocks.get(i);
      }
    }
    return null;
  }

  /** Unwinds (pops) blocks above {@code loop}, leaving it on top; the caller restores the stack. */
  private void unwindTo(FBlock loop, boolean preserveTos) {
    while (u.fblocks.get(u.fblocks.size() - 1) != loop) {
      FBlock top = u.fblocks.get(u.fblocks.size() - 1);
      popBlock();
      unwind(top, preserveTos);
    }
  }

  private void unwindAll(boolean preserveTos) {
    List<FBlock> saved = new ArrayList<>(u.fblocks);
    while (!u.fblocks.isEmpty()) {
      FBlock top = u.fblocks.get(u.fblocks.size() - 1);
      popBlock();
      unwind(top, preserveTos);
    }
    restoreBlocks(saved);
  }

  /** Emits what leaving block {@code f} early requires; f is already popped. */
  private void unwind(FBlock f, boolean preserveTos) {
    switch (f.kind()) {
      case WHILE_LOOP, TRY_EXCEPT, EXCEPTION_HANDLER -> {}
      case FOR_LOOP, POP_VALUE -> {
        if (preserveTos) {
          u.b.emit(Op.SWAP, 2);
        }
        u.b.emit(Op.POP_TOP);
      }
      case FINALLY_TRY -> {
        if (preserveTos) {
          pushBlock(new FBlock(FBlock.Kind.POP_VALUE, null, null, null, 1, null, null));
        }
        stmts(f.finalBody());
        if (preserveTos) {
          popBlock();
        }
      }
      case FINALLY_END -> {
        if (preserveTos) {
          u.b.emit(Op.SWAP, 2);
        }
        u.b.emit(Op.POP_TOP);
        if (preserveTos) {
          u.b.emit(Op.SWAP, 2);
        }
        u.b.emit(Op.POP_EXCEPT);
      }
      case WITH -> {
        if (preserveTos) {
          u.b.emit(Op.SWAP, 2);
        }
        callExitWithNones();
      }
      case HANDLER_CLEANUP -> {
        if (preserveTos) {
          u.b.emit(Op.SWAP, 2);
        }
        u.b.emit(Op.POP_EXCEPT);
        if (f.handlerName() != null) {
          clearName(f.handlerName());
        }
      }
    }
  }

  // ---- names and stores ------------------------------------------------------------------

  private void loadConst(Const c) {
    u.b.emit(Op.LOAD_CONST, u.b.constant(c));
  }

  private void nameOp(String id, Ctx ctx) {
    String name = u.scope.mangle(id);
    Scope.Binding bd = u.scope.binding(name);
    boolean function = u.isFunction();
    if (bd == Scope.Binding.FREE || bd == Scope.Binding.CELL) {
      int i = derefIndex(name);
      switch (ctx) {
        case LOAD -> u.b.emit(u.scope.kind == Scope.Kind.CLASS ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, i);
        case STORE -> u.b.emit(Op.STORE_DEREF, i);
        case DEL -> u.b.emit(Op.DELETE_DEREF, i);
      }
      return;
    }
    if (bd == Scope.Binding.LOCAL && function) {
      int i = u.localNames.indexOf(name);
      switch (ctx) {
        case LOAD -> u.b.emit(Op.LOAD_FAST_CHECK, i); // LocalLoads drops the check where it can
        case STORE -> u.b.emit(Op.STORE_FAST, i);
        case DEL -> u.b.emit(Op.DELETE_FAST, i);
      }
      return;
    }
    boolean global = bd == Scope.Binding.GLOBAL_EXPLICIT || (bd == Scope.Binding.GLOBAL_IMPLICIT && function);
    int n = u.b.name(name);
    if (global) {
      switch (ctx) {
        case LOAD -> u.b.emit(Op.LOAD_GLOBAL, n, u.b.cacheSlot());
        case STORE -> u.b.emit(Op.STORE_GLOBAL, n);
        case DEL -> u.b.emit(Op.DELETE_GLOBAL, n);
      }
    } else {
      switch (ctx) {
        case LOAD -> u.b.emit(Op.LOAD_NAME, n, u.b.cacheSlot());
        case STORE -> u.b.emit(Op.STORE_NAME, n);
        case DEL -> u.b.emit(Op.DELETE_NAME, n);
      }
    }
  }

  private void store(Expr t) {
    int line = u.b.line();
    switch (t) {
      case Expr.Name n -> nameOp(n.id(), Ctx.STORE);
      case Expr.Attribute a -> {
        expr(a.value());
        u.b.setLine(a.pos().endLine());
        u.b.emit(Op.STORE_ATTR, u.b.name(u.scope.mangle(a.attr())), u.b.cacheSlot());
      }
      case Expr.Subscript s -> {
        expr(s.value());
        slice(s.slice());
        u.b.setLine(s.pos().line());
        u.b.emit(Op.STORE_SUBSCR);
      }
      case Expr.Tuple tu -> unpack(tu.elts(), tu.pos());
      case Expr.ListExpr l -> unpack(l.elts(), l.pos());
      case Expr.Starred s -> throw error("starred assignment target must be in a list or tuple", s.pos());
      default -> throw error("cannot assign to " + describe(t), t.pos());
    }
    u.b.setLine(line);
  }

  private void unpack(List<Expr> elts, Pos pos) {
    int star = -1;
    for (int i = 0; i < elts.size(); i++) {
      if (elts.get(i) instanceof Expr.Starred) {
        if (star >= 0) {
          throw error("multiple starred expressions in assignment", pos);
        }
        star = i;
      }
    }
    u.b.setLine(pos.line());
    if (star < 0) {
      u.b.emit(Op.UNPACK_SEQUENCE, elts.size());
    } else {
      u.b.emit(Op.UNPACK_EX, star, elts.size() - star - 1);
    }
    for (Expr e : elts) {
      store(e instanceof Expr.Starred s ? s.value() : e);
    }
  }

  private void delete(Expr t) {
    switch (t) {
      case Expr.Name n -> nameOp(n.id(), Ctx.DEL);
      case Expr.Attribute a -> {
        expr(a.value());
        u.b.setLine(a.pos().endLine());
        u.b.emit(Op.DELETE_ATTR, u.b.name(u.scope.mangle(a.attr())));
      }
      case Expr.Subscript s -> {
        expr(s.value());
        slice(s.slice());
        u.b.setLine(s.pos().line());
        u.b.emit(Op.DELETE_SUBSCR);
      }
      case Expr.Tuple tu -> tu.elts().forEach(this::delete);
      case Expr.ListExpr l -> l.elts().forEach(this::delete);
      default -> throw error("cannot delete " + describe(t), t.pos());
    }
  }

  private static String describe(Expr e) {
    return switch (e) {
      case Expr.Call c -> "function call";
      case Expr.Compare c -> "comparison";
      case Expr.BinOp b -> "expression";
      case Expr.Lambda l -> "lambda";
      case Expr.NoneLit n -> "None";
      case Expr.Bool b -> b.value() ? "True" : "False";
      default -> "literal";
    };
  }

  // ---- expressions -----------------------------------------------------------------------

  private void expr(Expr e) {
    int saved = u.b.line();
    u.b.setLine(e.pos().line());
    exprAt(e);
    u.b.setLine(saved);
  }

  private void exprAt(Expr e) {
    switch (e) {
      case Expr.BoolOp b -> {
        CodeBuilder.Label end = new CodeBuilder.Label();
        Op jump = b.op() == BoolOperator.AND ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < b.values().size() - 1; i++) {
          expr(b.values().get(i));
          u.b.emitJump(jump, end);
        }
        expr(b.values().get(b.values().size() - 1));
        u.b.bind(end);
      }
      case Expr.NamedExpr n -> {
        expr(n.value());
        u.b.emit(Op.COPY, 1);
        store(n.target());
      }
      case Expr.BinOp b -> {
        Const c = ConstFolder.fold(b);
        if (c != null) {
          loadConst(c);
          return;
        }
        expr(b.left());
        expr(b.right());
        u.b.emit(binary(b.op()));
      }
      case Expr.UnaryOp un -> {
        Const c = ConstFolder.fold(un);
        if (c != null) {
          loadConst(c);
          return;
        }
        expr(un.operand());
        u.b.emit(switch (un.op()) {
          case INVERT -> Op.UNARY_INVERT;
          case NOT -> Op.UNARY_NOT;
          case UADD -> Op.UNARY_POSITIVE;
          case USUB -> Op.UNARY_NEGATIVE;
        });
      }
      case Expr.Lambda l -> {
        int flags = defaults(l.args());
        CodeObject code = functionBody(l, "<lambda>", l.args(), null, l.body(), l.pos().line());
        makeFunction(code, flags);
      }
      case Expr.IfExp i -> {
        CodeBuilder.Label orelse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        jumpIf(i.test(), false, orelse);
        expr(i.body());
        u.b.emitJump(Op.JUMP, end);
        u.b.bind(orelse);
        expr(i.orelse());
        u.b.bind(end);
      }
      case Expr.Dict d -> dict(d);
      case Expr.Set s -> sequence(s.elts(), Op.BUILD_SET, false);
      case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
      case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
      case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
      case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
      case Expr.Yield y -> {
        checkYield(y);
        if (y.value() != null) {
          expr(y.value());
        } else {
          loadConst(Const.Special.NONE);
        }
        u.b.emit(Op.YIELD_VALUE);
      }
      case Expr.YieldFrom y -> {
        checkYield(y);
        expr(y.value());
        u.b.emit(Op.GET_YIELD_FROM_ITER);
        loadConst(Const.Special.NONE);
        u.b.emit(Op.YIELD_FROM);
      }
      case Expr.Compare c -> compare(c);
      case Expr.Call c -> call(c);
      case Expr.FormattedValue f -> formatted(f);
      case Expr.JoinedStr j -> joined(j);
      case Expr.Int i -> loadConst(ConstFolder.fold(i));
      case Expr.Float f -> loadConst(ConstFolder.fold(f));
      case Expr.Str s -> loadConst(ConstFolder.fold(s));
      case Expr.Bytes b -> loadConst(ConstFolder.fold(b));
      case Expr.Bool b -> loadConst(ConstFolder.fold(b));
      case Expr.NoneLit n -> loadConst(Const.Special.NONE);
      case Expr.EllipsisLit el -> loadConst(Const.Special.ELLIPSIS);
      case Expr.Attribute a -> {
        expr(a.value());
        u.b.setLine(a.pos().endLine());
        u.b.emit(Op.LOAD_ATTR, u.b.name(u.scope.mangle(a.attr())), u.b.cacheSlot());
      }
      case Expr.Subscript s -> {
        expr(s.value());
        slice(s.slice());
        u.b.emit(Op.BINARY_SUBSCR);
      }
      case Expr.Starred s -> throw error("can't use starred expression here", s.pos());
      case Expr.Name n -> nameOp(n.id(), Ctx.LOAD);
      case Expr.ListExpr l -> sequence(l.elts(), Op.BUILD_LIST, false);
      case Expr.Tuple t -> {
        Const c = ConstFolder.tuple(t.elts());
        if (c != null) {
          loadConst(c);
        } else {
          sequence(t.elts(), Op.BUILD_TUPLE, true);
        }
      }
      case Expr.Slice s -> throw error("invalid syntax", s.pos());
    }
  }

  private void checkYield(Expr y) {
    if (!u.isFunction()) {
      throw error("'yield' outside function", y.pos());
    }
  }

  private void slice(Expr s) {
    if (s instanceof Expr.Slice sl) {
      int line = u.b.line();
      u.b.setLine(sl.pos().line());
      sliceBound(sl.lower());
      sliceBound(sl.upper());
      if (sl.step() != null) {
        expr(sl.step());
        u.b.emit(Op.BUILD_SLICE, 3);
      } else {
        u.b.emit(Op.BUILD_SLICE, 2);
      }
      u.b.setLine(line);
    } else if (s instanceof Expr.Tuple t && any(t.elts(), Expr.Slice.class)) {
      for (Expr x : t.elts()) {
        if (x instanceof Expr.Slice) {
          slice(x);
        } else {
          expr(x);
        }
      }
      u.b.emit(Op.BUILD_TUPLE, t.elts().size());
    } else {
      expr(s);
    }
  }

  private void sliceBound(Expr e) {
    if (e == null) {
      loadConst(Const.Special.NONE);
    } else {
      expr(e);
    }
  }

  /** List, tuple and set displays, with star-unpacking and large displays built incrementally. */
  private void sequence(List<Expr> elts, Op build, boolean tuple) {
    boolean star = any(elts, Expr.Starred.class);
    if (!star && elts.size() <= STACK_USE_GUIDELINE) {
      for (Expr x : elts) {
        expr(x);
      }
      u.b.emit(build, elts.size());
      return;
    }
    boolean set = build == Op.BUILD_SET;
    u.b.emit(set ? Op.BUILD_SET : Op.BUILD_LIST, 0);
    for (Expr x : elts) {
      if (x instanceof Expr.Starred s) {
        expr(s.value());
        u.b.emit(set ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        expr(x);
        u.b.emit(set ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (tuple) {
      u.b.emit(Op.LIST_TO_TUPLE);
    }
  }

  private void dict(Expr.Dict d) {
    int n = d.keys().size();
    boolean unpack = false;
    for (Expr k : d.keys()) {
      unpack |= k == null;
    }
    if (!unpack && n <= 16) {
      List<Const> keys = new ArrayList<>();
      for (Expr k : d.keys()) {
        Const c = ConstFolder.fold(k);
        if (c == null || c instanceof Const.Tuple) {
          keys = null;
          break;
        }
        keys.add(c);
      }
      if (keys != null && n > 1) {
        for (Expr v : d.values()) {
          expr(v);
        }
        loadConst(new Const.Tuple(keys));
        u.b.emit(Op.BUILD_CONST_KEY_MAP, n);
        return;
      }
      for (int i = 0; i < n; i++) {
        expr(d.keys().get(i));
        expr(d.values().get(i));
      }
      u.b.emit(Op.BUILD_MAP, n);
      return;
    }
    boolean have = false;
    int pending = 0;
    for (int i = 0; i < n; i++) {
      Expr k = d.keys().get(i);
      if (k != null) {
        expr(k);
        expr(d.values().get(i));
        if (++pending == 16) {
          have = flushMap(pending, have, Op.DICT_UPDATE);
          pending = 0;
        }
      } else {
        if (pending > 0) {
          have = flushMap(pending, have, Op.DICT_UPDATE);
          pending = 0;
        }
        if (!have) {
          u.b.emit(Op.BUILD_MAP, 0);
          have = true;
        }
        expr(d.values().get(i));
        u.b.emit(Op.DICT_UPDATE, 1);
      }
    }
    if (pending > 0 || !have) {
      flushMap(pending, have, Op.DICT_UPDATE);
    }
  }

  private boolean flushMap(int pending, boolean have, Op merge) {
    u.b.emit(Op.BUILD_MAP, pending);
    if (have) {
      u.b.emit(merge, 1);
    }
    return true;
  }

  private void compare(Expr.Compare c) {
    expr(c.left());
    int n = c.ops().size();
    if (n == 1) {
      expr(c.comparators().get(0));
      u.b.emit(compareOp(c.ops().get(0)));
      return;
    }
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    for (int i = 0; i < n - 1; i++) {
      expr(c.comparators().get(i));
      u.b.emit(Op.SWAP, 2);
      u.b.emit(Op.COPY, 2);
      u.b.emit(compareOp(c.ops().get(i)));
      u.b.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c.comparators().get(n - 1));
    u.b.emit(compareOp(c.ops().get(n - 1)));
    u.b.emitJump(Op.JUMP, end);
    u.b.bind(cleanup);
    u.b.emit(Op.SWAP, 2);
    u.b.emit(Op.POP_TOP);
    u.b.bind(end);
  }

  /** Jumps to {@code target} when the truth of {@code e} equals {@code cond}; falls through otherwise. */
  private void jumpIf(Expr e, boolean cond, CodeBuilder.Label target) {
    int saved = u.b.line();
    u.b.setLine(e.pos().line());
    switch (e) {
      case Expr.UnaryOp un when un.op() == UnaryOperator.NOT -> jumpIf(un.operand(), !cond, target);
      case Expr.BoolOp b -> {
        boolean and = b.op() == BoolOperator.AND;
        List<Expr> vs = b.values();
        if (and != cond) {
          // and/false or or/true: any operand deciding jumps straight to target
          for (Expr v : vs) {
            jumpIf(v, cond, target);
          }
        } else {
          CodeBuilder.Label next = new CodeBuilder.Label();
          for (int i = 0; i < vs.size() - 1; i++) {
            jumpIf(vs.get(i), !cond, next);
          }
          jumpIf(vs.get(vs.size() - 1), cond, target);
          u.b.bind(next);
        }
      }
      default -> {
        Boolean t = ConstFolder.truth(e);
        if (t != null) {
          if (t == cond) {
            u.b.emitJump(Op.JUMP, target);
          }
        } else {
          expr(e);
          u.b.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
        }
      }
    }
    u.b.setLine(saved);
  }

  private void call(Expr.Call c) {
    boolean simple = c.keywords().isEmpty() && !any(c.args(), Expr.Starred.class);
    if (c.func() instanceof Expr.Attribute a && simple) {
      expr(a.value());
      int line = a.pos().endLine();
      u.b.setLine(line);
      u.b.emit(Op.LOAD_METHOD, u.b.name(u.scope.mangle(a.attr())), u.b.cacheSlot());
      for (Expr x : c.args()) {
        expr(x);
      }
      u.b.setLine(line);
      u.b.emit(Op.CALL_METHOD, c.args().size());
      return;
    }
    expr(c.func());
    int line = c.func() instanceof Expr.Attribute a ? a.pos().endLine() : c.pos().line();
    callHelper(0, c.args(), c.keywords(), line);
  }

  /** Emits the arguments and the call; {@code pushed} positional arguments are already on the stack. */
  private void callHelper(int pushed, List<Expr> args, List<Keyword> keywords, int line) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Keyword k : keywords) {
      if (k.arg() != null && !seen.add(k.arg())) {
        throw error("keyword argument repeated: " + k.arg(), k.pos());
      }
    }
    boolean star = any(args, Expr.Starred.class);
    boolean dstar = false;
    for (Keyword k : keywords) {
      dstar |= k.arg() == null;
    }
    if (!star && !dstar) {
      for (Expr x : args) {
        expr(x);
      }
      if (keywords.isEmpty()) {
        u.b.setLine(line);
        u.b.emit(Op.CALL_FUNCTION, pushed + args.size());
        return;
      }
      List<Const> names = new ArrayList<>();
      for (Keyword k : keywords) {
        expr(k.value());
        names.add(new Const.Str(k.arg()));
      }
      loadConst(new Const.Tuple(names));
      u.b.setLine(line);
      u.b.emit(Op.CALL_FUNCTION_KW, pushed + args.size() + keywords.size());
      return;
    }
    if (!star) {
      for (Expr x : args) {
        expr(x);
      }
      u.b.emit(Op.BUILD_TUPLE, pushed + args.size());
    } else {
      int lead = 0;
      while (lead < args.size() && !(args.get(lead) instanceof Expr.Starred)) {
        expr(args.get(lead++));
      }
      u.b.emit(Op.BUILD_LIST, pushed + lead);
      for (int i = lead; i < args.size(); i++) {
        if (args.get(i) instanceof Expr.Starred s) {
          expr(s.value());
          u.b.emit(Op.LIST_EXTEND, 1);
        } else {
          expr(args.get(i));
          u.b.emit(Op.LIST_APPEND, 1);
        }
      }
      u.b.emit(Op.LIST_TO_TUPLE);
    }
    if (keywords.isEmpty()) {
      u.b.setLine(line);
      u.b.emit(Op.CALL_FUNCTION_EX, 0);
      return;
    }
    boolean have = false;
    int pending = 0;
    for (Keyword k : keywords) {
      if (k.arg() != null) {
        loadConst(new Const.Str(k.arg()));
        expr(k.value());
        pending++;
      } else {
        if (pending > 0) {
          have = flushMap(pending, have, Op.DICT_MERGE);
          pending = 0;
        }
        if (!have) {
          u.b.emit(Op.BUILD_MAP, 0);
          have = true;
        }
        expr(k.value());
        u.b.emit(Op.DICT_MERGE, 1);
      }
    }
    if (pending > 0) {
      flushMap(pending, have, Op.DICT_MERGE);
    }
    u.b.setLine(line);
    u.b.emit(Op.CALL_FUNCTION_EX, 1);
  }

  private void formatted(Expr.FormattedValue f) {
    expr(f.value());
    int flags = switch (f.conversion()) {
      case 's' -> 1;
      case 'r' -> 2;
      case 'a' -> 3;
      default -> 0;
    };
    if (f.formatSpec() != null) {
      expr(f.formatSpec());
      flags |= 4;
    }
    u.b.emit(Op.FORMAT_VALUE, flags);
  }

  private void joined(Expr.JoinedStr j) {
    List<Expr> parts = j.values();
    if (parts.isEmpty()) {
      loadConst(new Const.Str(""));
      return;
    }
    if (parts.size() == 1 && parts.get(0) instanceof Expr.FormattedValue) {
      expr(parts.get(0));
      return;
    }
    for (Expr p : parts) {
      expr(p);
    }
    if (parts.size() > 1) {
      u.b.emit(Op.BUILD_STRING, parts.size());
    }
  }

  private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
    Scope s = scopes.of(node);
    int line = node.pos().line();
    pushUnit(s, name, true, line);
    int flags = CodeObject.FUNCTION;
    if (node instanceof Expr.ListComp) {
      u.b.emit(Op.BUILD_LIST, 0);
    } else if (node instanceof Expr.SetComp) {
      u.b.emit(Op.BUILD_SET, 0);
    } else if (node instanceof Expr.DictComp) {
      u.b.emit(Op.BUILD_MAP, 0);
    } else {
      flags |= CodeObject.GENERATOR;
    }
    compGenerator(node, gens, 0, elt, value);
    if (node instanceof Expr.GeneratorExp) {
      loadConst(Const.Special.NONE);
    }
    u.b.emit(Op.RETURN_VALUE);
    CodeObject code = finish(flags, 1, 0, 0, line);
    popUnit();
    makeFunction(code, 0);
    expr(gens.get(0).iter());
    u.b.emit(Op.GET_ITER);
    u.b.emit(Op.CALL_FUNCTION, 1);
  }

  private void compGenerator(Expr node, List<Comprehension> gens, int i, Expr elt, Expr value) {
    Comprehension g = gens.get(i);
    CodeBuilder.Label start = new CodeBuilder.Label();
    CodeBuilder.Label anchor = new CodeBuilder.Label();
    if (i == 0) {
      u.b.emit(Op.LOAD_FAST, 0);
    } else {
      expr(g.iter());
      u.b.emit(Op.GET_ITER);
    }
    u.b.bind(start);
    u.b.emitJump(Op.FOR_ITER, anchor);
    store(g.target());
    for (Expr cond : g.ifs()) {
      jumpIf(cond, false, start);
    }
    if (i + 1 < gens.size()) {
      compGenerator(node, gens, i + 1, elt, value);
    } else {
      int depth = gens.size() + 1;
      switch (node) {
        case Expr.GeneratorExp ge -> {
          expr(elt);
          u.b.emit(Op.YIELD_VALUE);
          u.b.emit(Op.POP_TOP);
        }
        case Expr.ListComp lc -> {
          expr(elt);
          u.b.emit(Op.LIST_APPEND, depth);
        }
        case Expr.SetComp sc -> {
          expr(elt);
          u.b.emit(Op.SET_ADD, depth);
        }
        default -> {
          expr(elt);
          expr(value);
          u.b.emit(Op.MAP_ADD, depth);
        }
      }
    }
    u.b.emitJump(Op.JUMP, start);
    u.b.bind(anchor);
  }

  private static boolean any(List<Expr> list, Class<? extends Expr> type) {
    for (Expr e : list) {
      if (type.isInstance(e)) {
        return true;
      }
    }
    return false;
  }

  private static Op binary(Operator op) {
    return switch (op) {
      case ADD -> Op.BINARY_ADD;
      case SUB -> Op.BINARY_SUBTRACT;
      case MULT -> Op.BINARY_MULTIPLY;
      case MATMULT -> Op.BINARY_MATRIX_MULTIPLY;
      case DIV -> Op.BINARY_TRUE_DIVIDE;
      case MOD -> Op.BINARY_MODULO;
      case POW -> Op.BINARY_POWER;
      case LSHIFT -> Op.BINARY_LSHIFT;
      case RSHIFT -> Op.BINARY_RSHIFT;
      case BITOR -> Op.BINARY_OR;
      case BITXOR -> Op.BINARY_XOR;
      case BITAND -> Op.BINARY_AND;
      case FLOORDIV -> Op.BINARY_FLOOR_DIVIDE;
    };
  }

  private static Op inplace(Operator op) {
    return Op.byCode(binary(op).code + 0x10);
  }

  private static Op compareOp(CmpOp op) {
    return switch (op) {
      case EQ -> Op.COMPARE_EQ;
      case NOT_EQ -> Op.COMPARE_NE;
      case LT -> Op.COMPARE_LT;
      case LT_E -> Op.COMPARE_LE;
      case GT -> Op.COMPARE_GT;
      case GT_E -> Op.COMPARE_GE;
      case IS -> Op.COMPARE_IS;
      case IS_NOT -> Op.COMPARE_IS_NOT;
      case IN -> Op.COMPARE_IN;
      case NOT_IN -> Op.COMPARE_NOT_IN;
    };
  }
}
