package dev.rivet.compiler.syntax;

import dev.rivet.compiler.ast.Alias;
import dev.rivet.compiler.ast.Arg;
import dev.rivet.compiler.ast.Arguments;
import dev.rivet.compiler.ast.Comprehension;
import dev.rivet.compiler.ast.ExceptHandler;
import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Keyword;
import dev.rivet.compiler.ast.Module;
import dev.rivet.compiler.ast.Node;
import dev.rivet.compiler.ast.Stmt;
import dev.rivet.compiler.ast.WithItem;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a Rivet AST in the canonical text form compiler/scripts/regen-ast-dumps.py writes for
 * CPython's ast, so the two can be compared line by line.
 */
final class AstDump {
  private int inFString;

  static String dump(Module m) {
    AstDump d = new AstDump();
    StringBuilder sb = new StringBuilder();
    for (Stmt s : m.body()) {
      sb.append(d.d(s)).append('\n');
    }
    return sb.toString();
  }

  private String at(Node n) {
    return inFString > 0 ? "" : "@" + n.pos().line() + ":" + n.pos().col();
  }

  private String lst(List<? extends Node> xs) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(xs.get(i) == null ? "None" : d(xs.get(i)));
    }
    return sb.append(']').toString();
  }

  private String opt(Node n) {
    return n == null ? "None" : d(n);
  }

  private static String name(String s) {
    return s == null ? "None" : s;
  }

  static String text(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c >= 32 && c < 127 && c != '\\' && c != '"') {
        sb.append((char) c);
      } else {
        sb.append("\\x{").append(Integer.toHexString(c)).append('}');
      }
    });
    return sb.append('"').toString();
  }

  private String args(Arguments a) {
    return "Arguments(" + lst(a.posonly()) + ", " + lst(a.args()) + ", " + opt(a.vararg()) + ", "
        + lst(a.kwonly()) + ", " + lst(a.kwDefaults()) + ", " + opt(a.kwarg()) + ", " + lst(a.defaults()) + ")";
  }

  private String d(Node n) {
    return switch (n) {
      case Arg a -> "Arg(" + a.name() + ", " + opt(a.annotation()) + ")";
      case Keyword k -> "Keyword(" + name(k.arg()) + ", " + d(k.value()) + ")";
      case Alias a -> "Alias(" + a.name() + ", " + name(a.asname()) + ")";
      case WithItem w -> "WithItem(" + d(w.context()) + ", " + opt(w.optionalVars()) + ")";
      case Comprehension c -> "Comprehension(" + d(c.target()) + ", " + d(c.iter()) + ", " + lst(c.ifs()) + ")";
      case ExceptHandler h -> "ExceptHandler(" + opt(h.type()) + ", " + name(h.name()) + ", " + lst(h.body()) + ")";
      case Arguments a -> args(a);
      case Stmt s -> stmt(s) + at(s);
      case Expr e -> expr(e);
    };
  }

  private String stmt(Stmt s) {
    return switch (s) {
      case Stmt.FunctionDef f -> "FunctionDef(" + f.name() + ", " + args(f.args()) + ", " + lst(f.body()) + ", "
          + lst(f.decorators()) + ", " + opt(f.returns()) + ")";
      case Stmt.ClassDef c -> "ClassDef(" + c.name() + ", " + lst(c.bases()) + ", " + lst(c.keywords()) + ", "
          + lst(c.body()) + ", " + lst(c.decorators()) + ")";
      case Stmt.Return r -> "Return(" + opt(r.value()) + ")";
      case Stmt.Delete dl -> "Delete(" + lst(dl.targets()) + ")";
      case Stmt.Assign a -> "Assign(" + lst(a.targets()) + ", " + d(a.value()) + ")";
      case Stmt.AugAssign a -> "AugAssign(" + d(a.target()) + ", " + a.op() + ", " + d(a.value()) + ")";
      case Stmt.AnnAssign a -> "AnnAssign(" + d(a.target()) + ", " + d(a.annotation()) + ", " + opt(a.value())
          + ", " + a.simple() + ")";
      case Stmt.For f -> "For(" + d(f.target()) + ", " + d(f.iter()) + ", " + lst(f.body()) + ", " + lst(f.orelse()) + ")";
      case Stmt.While w -> "While(" + d(w.test()) + ", " + lst(w.body()) + ", " + lst(w.orelse()) + ")";
      case Stmt.If i -> "If(" + d(i.test()) + ", " + lst(i.body()) + ", " + lst(i.orelse()) + ")";
      case Stmt.With w -> "With(" + lst(w.items()) + ", " + lst(w.body()) + ")";
      case Stmt.Raise r -> "Raise(" + opt(r.exc()) + ", " + opt(r.cause()) + ")";
      case Stmt.Try t -> "Try(" + lst(t.body()) + ", " + lst(t.handlers()) + ", " + lst(t.orelse()) + ", "
          + lst(t.finalbody()) + ")";
      case Stmt.Assert a -> "Assert(" + d(a.test()) + ", " + opt(a.msg()) + ")";
      case Stmt.Import i -> "Import(" + lst(i.names()) + ")";
      case Stmt.ImportFrom i -> "ImportFrom(" + name(i.module()) + ", " + lst(i.names()) + ", " + i.level() + ")";
      case Stmt.Global g -> "Global(" + String.join(", ", g.names()) + ")";
      case Stmt.Nonlocal g -> "Nonlocal(" + String.join(", ", g.names()) + ")";
      case Stmt.ExprStmt e -> "ExprStmt(" + d(e.value()) + ")";
      case Stmt.Pass p -> "Pass";
      case Stmt.Break b -> "Break";
      case Stmt.Continue c -> "Continue";
    };
  }

  private String expr(Expr e) {
    String body = switch (e) {
      case Expr.BoolOp b -> "BoolOp(" + b.op() + ", " + lst(b.values()) + ")";
      case Expr.NamedExpr n -> "NamedExpr(" + d(n.target()) + ", " + d(n.value()) + ")";
      case Expr.BinOp b -> "BinOp(" + d(b.left()) + ", " + b.op() + ", " + d(b.right()) + ")";
      case Expr.UnaryOp u -> "UnaryOp(" + u.op() + ", " + d(u.operand()) + ")";
      case Expr.Lambda l -> "Lambda(" + args(l.args()) + ", " + d(l.body()) + ")";
      case Expr.IfExp i -> "IfExp(" + d(i.test()) + ", " + d(i.body()) + ", " + d(i.orelse()) + ")";
      case Expr.Dict dc -> "Dict(" + lst(dc.keys()) + ", " + lst(dc.values()) + ")";
      case Expr.Set s -> "Set(" + lst(s.elts()) + ")";
      case Expr.ListComp c -> "ListComp(" + d(c.elt()) + ", " + lst(c.generators()) + ")";
      case Expr.SetComp c -> "SetComp(" + d(c.elt()) + ", " + lst(c.generators()) + ")";
      case Expr.GeneratorExp c -> "GeneratorExp(" + d(c.elt()) + ", " + lst(c.generators()) + ")";
      case Expr.DictComp c -> "DictComp(" + d(c.key()) + ", " + d(c.value()) + ", " + lst(c.generators()) + ")";
      case Expr.Yield y -> "Yield(" + opt(y.value()) + ")";
      case Expr.YieldFrom y -> "YieldFrom(" + d(y.value()) + ")";
      case Expr.Compare c -> "Compare(" + d(c.left()) + ", " + c.ops().toString() + ", " + lst(c.comparators()) + ")";
      case Expr.Call c -> "Call(" + d(c.func()) + ", " + lst(c.args()) + ", " + lst(c.keywords()) + ")";
      case Expr.FormattedValue f -> {
        inFString--;
        String v = d(f.value());
        inFString++;
        yield "FormattedValue(" + v + ", " + f.conversion() + ", " + opt(f.formatSpec()) + ")";
      }
      case Expr.JoinedStr j -> {
        inFString++;
        String v = "JoinedStr(" + lst(j.values()) + ")";
        inFString--;
        yield v;
      }
      case Expr.Int i -> "Int(" + i.value() + ")";
      case Expr.Float f -> "Float(" + Double.doubleToRawLongBits(f.value()) + ")";
      case Expr.Str s -> "Str(" + text(s.value()) + ")";
      case Expr.Bytes b -> "Bytes(" + HexFormat.of().formatHex(b.value()) + ")";
      case Expr.Bool b -> "Bool(" + (b.value() ? "True" : "False") + ")";
      case Expr.NoneLit n -> "NoneLit";
      case Expr.EllipsisLit el -> "EllipsisLit";
      case Expr.Attribute a -> "Attribute(" + d(a.value()) + ", " + a.attr() + ", " + a.ctx() + ")";
      case Expr.Subscript s -> "Subscript(" + d(s.value()) + ", " + d(s.slice()) + ", " + s.ctx() + ")";
      case Expr.Starred s -> "Starred(" + d(s.value()) + ", " + s.ctx() + ")";
      case Expr.Name n -> "Name(" + n.id() + ", " + n.ctx() + ")";
      case Expr.ListExpr l -> "ListExpr(" + lst(l.elts()) + ", " + l.ctx() + ")";
      case Expr.Tuple t -> "Tuple(" + lst(t.elts()) + ", " + t.ctx() + ")";
      case Expr.Slice s -> "Slice(" + opt(s.lower()) + ", " + opt(s.upper()) + ", " + opt(s.step()) + ")";
    };
    return body + at(e);
  }
}
