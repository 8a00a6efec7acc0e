/**
 * The abstract syntax tree the parser produces and the scope analysis and emitter consume. Plain
 * immutable records under two sealed interfaces ({@link dev.rivet.compiler.ast.Stmt}, {@link
 * dev.rivet.compiler.ast.Expr}), shaped like CPython 3.11's ast module so its documentation
 * applies. This package holds data only: no parsing, no analysis.
 */
package dev.rivet.compiler.ast;
