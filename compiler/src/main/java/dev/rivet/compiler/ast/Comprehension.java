package dev.rivet.compiler.ast;

import java.util.List;

/** One {@code for target in iter if ...} clause of a comprehension or generator expression. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, Pos pos) implements Node {}
