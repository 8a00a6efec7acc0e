package dev.rivet.compiler.ast;

import java.util.List;

/**
 * A parameter list, shaped like CPython's ast.arguments. {@code defaults} belong to the last
 * entries of posonly+args; {@code kwDefaults} is parallel to {@code kwonly} with null for "no
 * default". {@code vararg}/{@code kwarg} are null when absent. {@code pos} covers the whole list
 * (zero-width at the opening position when the list is empty).
 */
public record Arguments(
    List<Arg> posonly,
    List<Arg> args,
    Arg vararg,
    List<Arg> kwonly,
    List<Expr> kwDefaults,
    Arg kwarg,
    List<Expr> defaults,
    Pos pos)
    implements Node {
  public static Arguments empty(Pos pos) {
    return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of(), pos);
  }
}
