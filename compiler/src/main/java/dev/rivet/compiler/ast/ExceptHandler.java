package dev.rivet.compiler.ast;

import java.util.List;

/** {@code except type as name: body}; {@code type} and {@code name} are null for a bare except. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {}
