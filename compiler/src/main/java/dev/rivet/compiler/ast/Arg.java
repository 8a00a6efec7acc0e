package dev.rivet.compiler.ast;

/** One parameter of a def or lambda; {@code annotation} is null when absent (always, for lambda). */
public record Arg(String name, Expr annotation, Pos pos) implements Node {}
