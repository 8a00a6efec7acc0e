package dev.rivet.compiler.ast;

/** Anything the parser produces that has a place in the source. */
public sealed interface Node permits Stmt, Expr, Arg, Arguments, Keyword, Alias, WithItem,
    ExceptHandler, Comprehension {
  Pos pos();
}
