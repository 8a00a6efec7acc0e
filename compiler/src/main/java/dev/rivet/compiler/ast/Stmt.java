package dev.rivet.compiler.ast;

import java.util.List;

/**
 * Statements, one record per form of Python 3.11's grammar that Rivet accepts (no async, no
 * match: the parser rejects those with a SyntaxError). Optional parts are null when absent; lists
 * are never null and are unmodifiable.
 */
public sealed interface Stmt extends Node {

  /** {@code @decorators def name(args) -> returns: body}; {@code returns} is null when absent. */
  record FunctionDef(
      String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, Pos pos)
      implements Stmt {}

  /** {@code @decorators class name(bases, keywords): body}. */
  record ClassDef(
      String name,
      List<Expr> bases,
      List<Keyword> keywords,
      List<Stmt> body,
      List<Expr> decorators,
      Pos pos)
      implements Stmt {}

  /** {@code return value}; value is null for a bare return. */
  record Return(Expr value, Pos pos) implements Stmt {}

  /** {@code del a, b[i], c.d}: targets carry {@link Ctx#DEL}. */
  record Delete(List<Expr> targets, Pos pos) implements Stmt {}

  /** {@code t1 = t2 = value}: one entry per target, in source order, each with {@link Ctx#STORE}. */
  record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {}

  /** {@code target op= value}; the target is a Name, Attribute or Subscript with STORE. */
  record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {}

  /**
   * {@code target: annotation = value}; value is null when absent. {@code simple} is true when the
   * target is a bare name not in parentheses (CPython stores those in __annotations__).
   */
  record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos)
      implements Stmt {}

  record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos)
      implements Stmt {}

  record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

  /** {@code elif} chains nest: the orelse of an If is a single If for an elif. */
  record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

  record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {}

  /** {@code raise exc from cause}; both null for a bare re-raise. */
  record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}

  record Try(
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orelse,
      List<Stmt> finalbody,
      Pos pos)
      implements Stmt {}

  /** {@code assert test, msg}; msg is null when absent. */
  record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

  record Import(List<Alias> names, Pos pos) implements Stmt {}

  /**
   * {@code from .module import names}: module is null for {@code from . import x}; level counts
   * the leading dots (0 = absolute).
   */
  record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {}

  record Global(List<String> names, Pos pos) implements Stmt {}

  record Nonlocal(List<String> names, Pos pos) implements Stmt {}

  /** An expression evaluated for its effect (CPython's ast.Expr). */
  record ExprStmt(Expr value, Pos pos) implements Stmt {}

  record Pass(Pos pos) implements Stmt {}

  record Break(Pos pos) implements Stmt {}

  record Continue(Pos pos) implements Stmt {}
}
