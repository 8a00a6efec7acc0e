package dev.rivet.compiler.scope;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.*;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the symbol table of a module with CPython 3.11's symtable semantics, in its two passes:
 * {@link #collect} records how each block uses each name (and reports global/nonlocal misuse),
 * {@link #analyze} resolves every name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL.
 * It reads the AST only; it emits nothing.
 */
public final class ScopeAnalyzer {
  private final String filename;
  private final String source;
  private final Map<Node, Scope> scopes = new IdentityHashMap<>();
  private Scope cur;
  private Scope top;

  private ScopeAnalyzer(String filename, String source) {
    this.filename = filename;
    this.source = source;
  }

  /** The analysed module: its top scope and the scope of every def, lambda, class and comprehension. */
  public record Result(Scope top, Map<Node, Scope> byNode) {
    public Scope of(Node n) {
      Scope s = byNode.get(n);
      if (s == null) {
        throw new IllegalStateException("no scope for " + n.getClass().getSimpleName());
      }
      return s;
    }
  }

  public static Result analyze(List<Stmt> body, String filename, String source) {
    ScopeAnalyzer a = new ScopeAnalyzer(filename, source);
    Scope top = new Scope(Scope.Kind.MODULE, "top", null, null, null);
    a.cur = top;
    a.top = top;
    for (Stmt s : body) {
      a.stmt(s);
    }
    a.analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    return new Result(top, a.scopes);
  }

  /** Analyses one expression as a module (eval mode). */
  public static Result analyzeExpr(Expr e, String filename, String source) {
    ScopeAnalyzer a = new ScopeAnalyzer(filename, source);
    Scope top = new Scope(Scope.Kind.MODULE, "top", null, null, null);
    a.cur = top;
    a.top = top;
    a.expr(e);
    a.analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    return new Result(top, a.scopes);
  }

  // ---- pass 1: collect -------------------------------------------------------------------

  private CompileError error(String msg, Pos p) {
    return CompileError.syntax(msg, filename, source, p.line(), p.col() + 1);
  }

  private void addDef(String name, int flag) {
    addDef(cur, name, flag);
  }

  private void addDef(Scope s, String name, int flag) {
    String m = s.mangle(name);
    int old = s.flags.getOrDefault(m, 0);
    s.flags.put(m, old | flag);
    if ((flag & Scope.DEF_GLOBAL) != 0 && s != top) {
      // CPython records every global declaration in the module's table too.
      top.flags.merge(m, Scope.DEF_GLOBAL, (a, b) -> a | b);
    }
  }

  private Scope enter(Scope.Kind kind, String name, Node node, String privateName) {
    Scope s = new Scope(kind, name, node, cur, privateName);
    cur.children.add(s);
    scopes.put(node, s);
    cur = s;
    return s;
  }

  private void exit() {
    cur = cur.parent;
  }

  private void stmts(List<Stmt> list) {
    for (Stmt s : list) {
      stmt(s);
    }
  }

  private void exprs(List<Expr> list) {
    for (Expr e : list) {
      if (e != null) {
        expr(e);
      }
    }
  }

  private void stmt(Stmt s) {
    switch (s) {
      case Stmt.FunctionDef f -> {
        addDef(f.name(), Scope.DEF_LOCAL);
        exprs(f.args().defaults());
        exprs(f.args().kwDefaults());
        exprs(f.decorators());
        enter(Scope.Kind.FUNCTION, f.name(), f, cur.privateName);
        params(f.args());
        stmts(f.body());
        exit();
      }
      case Stmt.ClassDef c -> {
        addDef(c.name(), Scope.DEF_LOCAL);
        exprs(c.bases());
        for (Keyword k : c.keywords()) {
          expr(k.value());
        }
        exprs(c.decorators());
        enter(Scope.Kind.CLASS, c.name(), c, c.name());
        stmts(c.body());
        exit();
      }
      case Stmt.Return r -> {
        if (r.value() != null) {
          expr(r.value());
        }
      }
      case Stmt.Delete d -> exprs(d.targets());
      case Stmt.Assign a -> {
        exprs(a.targets());
        expr(a.value());
      }
      case Stmt.AugAssign a -> {
        expr(a.target());
        expr(a.value());
      }
      case Stmt.AnnAssign a -> {
        if (a.target() instanceof Expr.Name n && a.simple()) {
          int old = cur.flags.getOrDefault(cur.mangle(n.id()), 0);
          if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top) {
            String what = (old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
            throw error("annotated name '" + n.id() + "' can't be " + what, a.pos());
          }
          addDef(n.id(), Scope.DEF_ANNOT);
        }
        expr(a.target());
        if (a.value() != null) {
          expr(a.value());
        }
      }
      case Stmt.For f -> {
        expr(f.target());
        expr(f.iter());
        stmts(f.body());
        stmts(f.orelse());
      }
      case Stmt.While w -> {
        expr(w.test());
        stmts(w.body());
        stmts(w.orelse());
      }
      case Stmt.If i -> {
        expr(i.test());
        stmts(i.body());
        stmts(i.orelse());
      }
      case Stmt.With w -> {
        for (WithItem it : w.items()) {
          expr(it.context());
          if (it.optionalVars() != null) {
            expr(it.optionalVars());
          }
        }
        stmts(w.body());
      }
      case Stmt.Raise r -> {
        if (r.exc() != null) {
          expr(r.exc());
        }
        if (r.cause() != null) {
          expr(r.cause());
        }
      }
      case Stmt.Try t -> {
        stmts(t.body());
        stmts(t.orelse());
        for (ExceptHandler h : t.handlers()) {
          if (h.type() != null) {
            expr(h.type());
          }
          if (h.name() != null) {
            addDef(h.name(), Scope.DEF_LOCAL);
          }
          stmts(h.body());
        }
        stmts(t.finalbody());
      }
      case Stmt.Assert a -> {
        expr(a.test());
        if (a.msg() != null) {
          expr(a.msg());
        }
      }
      case Stmt.Import i -> {
        for (Alias al : i.names()) {
          importAlias(al);
        }
      }
      case Stmt.ImportFrom i -> {
        for (Alias al : i.names()) {
          importAlias(al);
        }
      }
      case Stmt.Global g -> declare(g.names(), Scope.DEF_GLOBAL, "global", g);
      case Stmt.Nonlocal n -> declare(n.names(), Scope.DEF_NONLOCAL, "nonlocal", n);
      case Stmt.ExprStmt e -> expr(e.value());
      case Stmt.Pass p -> {}
      case Stmt.Break b -> {}
      case Stmt.Continue c -> {}
    }
  }

  private void importAlias(Alias al) {
    if (al.name().equals("*")) {
      if (cur.kind != Scope.Kind.MODULE) {
        throw error("import * only allowed at module level", al.pos());
      }
      return;
    }
    String store = al.asname() != null ? al.asname() : al.name().split("\\.", 2)[0];
    addDef(store, Scope.DEF_IMPORT);
  }

  private void declare(List<String> names, int flag, String what, Stmt s) {
    for (String name : names) {
      String m = cur.mangle(name);
      int old = cur.flags.getOrDefault(m, 0);
      if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_IMPORT | Scope.DEF_ANNOT)) != 0) {
        String msg;
        if ((old & Scope.DEF_PARAM) != 0) {
          msg = "name '" + name + "' is parameter and " + what;
        } else if ((old & Scope.USE) != 0) {
          msg = "name '" + name + "' is used prior to " + what + " declaration";
        } else if ((old & Scope.DEF_ANNOT) != 0) {
          msg = "annotated name '" + name + "' can't be " + what;
        } else {
          msg = "name '" + name + "' is assigned to before " + what + " declaration";
        }
        throw error(msg, s.pos());
      }
      if (flag == Scope.DEF_NONLOCAL && cur.kind == Scope.Kind.MODULE) {
        throw error("nonlocal declaration not allowed at module level", s.pos());
      }
      addDef(name, flag);
      cur.directives.putIfAbsent(m, s);
    }
  }

  private void params(Arguments a) {
    for (List<Arg> list : List.of(a.posonly(), a.args(), a.kwonly())) {
      for (Arg p : list) {
        param(p);
      }
    }
    if (a.vararg() != null) {
      param(a.vararg());
    }
    if (a.kwarg() != null) {
      param(a.kwarg());
    }
  }

  private void param(Arg p) {
    String m = cur.mangle(p.name());
    if ((cur.flags.getOrDefault(m, 0) & Scope.DEF_PARAM) != 0) {
      throw error("duplicate argument '" + p.name() + "' in function definition", p.pos());
    }
    addDef(p.name(), Scope.DEF_PARAM);
    cur.params.add(m);
  }

  private void expr(Expr e) {
    switch (e) {
      case Expr.BoolOp b -> exprs(b.values());
      case Expr.NamedExpr n -> {
        if (cur.compIterExpr > 0) {
          throw error("assignment expression cannot be used in a comprehension iterable expression", n.pos());
        }
        if (cur.comprehension != null) {
          extendNamedExprScope(n.target());
        }
        expr(n.value());
        expr(n.target());
      }
      case Expr.BinOp b -> {
        expr(b.left());
        expr(b.right());
      }
      case Expr.UnaryOp u -> expr(u.operand());
      case Expr.Lambda l -> {
        exprs(l.args().defaults());
        exprs(l.args().kwDefaults());
        enter(Scope.Kind.FUNCTION, "lambda", l, cur.privateName);
        params(l.args());
        expr(l.body());
        exit();
      }
      case Expr.IfExp i -> {
        expr(i.test());
        expr(i.body());
        expr(i.orelse());
      }
      case Expr.Dict d -> {
        for (int i = 0; i < d.keys().size(); i++) {
          if (d.keys().get(i) != null) {
            expr(d.keys().get(i));
          }
          expr(d.values().get(i));
        }
      }
      case Expr.Set s -> exprs(s.elts());
      case Expr.ListComp c -> comprehension(c, "listcomp", "list comprehension", c.generators(), c.elt(), null);
      case Expr.SetComp c -> comprehension(c, "setcomp", "set comprehension", c.generators(), c.elt(), null);
      case Expr.DictComp c -> comprehension(c, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value());
      case Expr.GeneratorExp c -> comprehension(c, "genexpr", "generator expression", c.generators(), c.elt(), null);
      case Expr.Yield y -> {
        yieldCheck(y);
        if (y.value() != null) {
          expr(y.value());
        }
        cur.generator = true;
      }
      case Expr.YieldFrom y -> {
        yieldCheck(y);
        expr(y.value());
        cur.generator = true;
      }
      case Expr.Compare c -> {
        expr(c.left());
        exprs(c.comparators());
      }
      case Expr.Call c -> {
        expr(c.func());
        exprs(c.args());
        for (Keyword k : c.keywords()) {
          expr(k.value());
        }
      }
      case Expr.FormattedValue f -> {
        expr(f.value());
        if (f.formatSpec() != null) {
          expr(f.formatSpec());
        }
      }
      case Expr.JoinedStr j -> exprs(j.values());
      case Expr.Int i -> {}
      case Expr.Float f -> {}
      case Expr.Str s -> {}
      case Expr.Bytes b -> {}
      case Expr.Bool b -> {}
      case Expr.NoneLit n -> {}
      case Expr.EllipsisLit el -> {}
      case Expr.Attribute a -> expr(a.value());
      case Expr.Subscript s -> {
        expr(s.value());
        expr(s.slice());
      }
      case Expr.Starred s -> expr(s.value());
      case Expr.Name n -> {
        addDef(n.id(), n.ctx() == Ctx.LOAD ? Scope.USE : Scope.DEF_LOCAL);
        if (n.ctx() == Ctx.LOAD && cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
          addDef("__class__", Scope.USE);
        }
      }
      case Expr.ListExpr l -> exprs(l.elts());
      case Expr.Tuple t -> exprs(t.elts());
      case Expr.Slice s -> {
        if (s.lower() != null) {
          expr(s.lower());
        }
        if (s.upper() != null) {
          expr(s.upper());
        }
        if (s.step() != null) {
          expr(s.step());
        }
      }
    }
  }

  private void yieldCheck(Expr y) {
    if (cur.comprehension != null) {
      throw error("'yield' inside " + cur.comprehension, y.pos());
    }
  }

  private void comprehension(Expr node, String name, String what, List<Comprehension> gens, Expr elt, Expr value) {
    Comprehension first = gens.get(0);
    cur.compIterExpr++;
    expr(first.iter());
    cur.compIterExpr--;
    Scope s = enter(Scope.Kind.FUNCTION, name, node, cur.privateName);
    s.comprehension = what;
    if (node instanceof Expr.GeneratorExp) {
      s.generator = true;
    }
    addDef(".0", Scope.DEF_PARAM);
    s.params.add(".0");
    compTarget(first.target());
    exprs(first.ifs());
    for (int i = 1; i < gens.size(); i++) {
      Comprehension g = gens.get(i);
      cur.compIterExpr++;
      expr(g.iter());
      cur.compIterExpr--;
      compTarget(g.target());
      exprs(g.ifs());
    }
    if (value != null) {
      expr(value);
    }
    expr(elt);
    exit();
  }

  private void compTarget(Expr target) {
    expr(target);
    markIterVars(target);
  }

  private void markIterVars(Expr t) {
    switch (t) {
      case Expr.Name n -> addDef(n.id(), Scope.DEF_COMP_ITER);
      case Expr.Tuple tu -> tu.elts().forEach(this::markIterVars);
      case Expr.ListExpr l -> l.elts().forEach(this::markIterVars);
      case Expr.Starred s -> markIterVars(s.value());
      default -> {}
    }
  }

  private void extendNamedExprScope(Expr.Name target) {
    String name = target.id();
    for (Scope s = cur; s != null; s = s.parent) {
      if (s.comprehension != null) {
        if ((s.flags.getOrDefault(s.mangle(name), 0) & Scope.DEF_COMP_ITER) != 0) {
          throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target.pos());
        }
        continue;
      }
      if (s.kind == Scope.Kind.FUNCTION) {
        int inScope = s.flags.getOrDefault(s.mangle(name), 0);
        addDef(name, (inScope & Scope.DEF_GLOBAL) != 0 ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL);
        cur.directives.putIfAbsent(cur.mangle(name), target);
        addDef(s, name, Scope.DEF_LOCAL);
        return;
      }
      if (s.kind == Scope.Kind.MODULE) {
        addDef(name, Scope.DEF_GLOBAL);
        cur.directives.putIfAbsent(cur.mangle(name), target);
        addDef(s, name, Scope.DEF_GLOBAL);
        return;
      }
      throw error("assignment expression within a comprehension cannot be used in a class body", target.pos());
    }
  }

  // ---- pass 2: analyze (CPython's analyze_block / analyze_name) ----------------------------

  private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
    Set<String> local = new HashSet<>();
    Map<String, Scope.Binding> result = new java.util.LinkedHashMap<>();
    Set<String> newGlobal = new HashSet<>();
    Set<String> newFree = new HashSet<>();
    Set<String> newBound = new HashSet<>();
    if (s.kind == Scope.Kind.CLASS) {
      newGlobal.addAll(global);
      if (bound != null) {
        newBound.addAll(bound);
      }
    }
    for (var e : s.flags.entrySet()) {
      result.put(e.getKey(), analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global));
    }
    if (s.kind != Scope.Kind.CLASS) {
      if (s.kind == Scope.Kind.FUNCTION) {
        newBound.addAll(local);
      }
      if (bound != null) {
        newBound.addAll(bound);
      }
      newGlobal.addAll(global);
    } else {
      newBound.add("__class__");
    }
    Set<String> allFree = new HashSet<>();
    for (Scope child : s.children) {
      Set<String> childFree = new HashSet<>(newFree);
      analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
      allFree.addAll(childFree);
    }
    newFree.addAll(allFree);
    if (s.kind == Scope.Kind.FUNCTION) {
      for (var e : result.entrySet()) {
        if (e.getValue() == Scope.Binding.LOCAL && newFree.remove(e.getKey())) {
          e.setValue(Scope.Binding.CELL);
        }
      }
    } else if (s.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
      s.needsClassClosure = true;
    }
    // update_symbols: record bindings, then free names of children passing through this block.
    s.bindings.putAll(result);
    for (String name : newFree) {
      Integer f = s.flags.get(name);
      if (f != null) {
        if (s.kind == Scope.Kind.CLASS && (f & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
          s.flags.put(name, f | Scope.DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound != null && !bound.contains(name)) {
        continue;
      }
      s.flags.put(name, 0);
      s.bindings.put(name, Scope.Binding.FREE);
    }
    free.addAll(newFree);
  }

  private Scope.Binding analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
      Set<String> free, Set<String> global) {
    if ((flags & Scope.DEF_GLOBAL) != 0) {
      if ((flags & Scope.DEF_NONLOCAL) != 0) {
        throw directiveError(s, name, "name '" + name + "' is nonlocal and global");
      }
      global.add(name);
      if (bound != null) {
        bound.remove(name);
      }
      return Scope.Binding.GLOBAL_EXPLICIT;
    }
    if ((flags & Scope.DEF_NONLOCAL) != 0) {
      if (bound == null || !bound.contains(name)) {
        throw directiveError(s, name, "no binding for nonlocal '" + name + "' found");
      }
      free.add(name);
      return Scope.Binding.FREE;
    }
    if ((flags & Scope.DEF_BOUND) != 0) {
      local.add(name);
      global.remove(name);
      return Scope.Binding.LOCAL;
    }
    if (bound != null && bound.contains(name)) {
      free.add(name);
      return Scope.Binding.FREE;
    }
    return Scope.Binding.GLOBAL_IMPLICIT;
  }

  private CompileError directiveError(Scope s, String name, String msg) {
    Node at = s.directives.get(name);
    Pos p = at != null ? at.pos() : new Pos(1, 0, 1, 0);
    return error(msg, p);
  }
}
