package dev.rivet.compiler.ast;

/** The short-circuit operators. */
public enum BoolOperator {
  AND,
  OR
}
