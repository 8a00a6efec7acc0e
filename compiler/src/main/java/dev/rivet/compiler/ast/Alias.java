package dev.rivet.compiler.ast;

/**
 * One name in an import: {@code name} may be dotted ({@code a.b.c}) in a plain import, or "*" in
 * {@code from m import *}; {@code asname} is null when absent.
 */
public record Alias(String name, String asname, Pos pos) implements Node {}
