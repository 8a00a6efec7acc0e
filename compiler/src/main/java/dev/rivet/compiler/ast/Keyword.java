package dev.rivet.compiler.ast;

/** A keyword argument in a call or class header; {@code arg} is null for {@code **mapping}. */
public record Keyword(String arg, Expr value, Pos pos) implements Node {}
