package dev.rivet.compiler.ast;

/** {@code context as optionalVars}; {@code optionalVars} (a store target) is null when absent. */
public record WithItem(Expr context, Expr optionalVars, Pos pos) implements Node {}
