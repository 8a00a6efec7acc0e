package dev.rivet.compiler.ast;

import java.util.List;

/**
 * A parsed compilation unit: a file (exec mode) or one interactive statement (single mode). For
 * eval mode the parser returns a bare {@link Expr}.
 */
public record Module(List<Stmt> body, String filename) {}
