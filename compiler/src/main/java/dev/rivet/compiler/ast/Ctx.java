package dev.rivet.compiler.ast;

/** How a name, attribute, subscript, starred, list or tuple expression is used. */
public enum Ctx {
  LOAD,
  STORE,
  DEL
}
