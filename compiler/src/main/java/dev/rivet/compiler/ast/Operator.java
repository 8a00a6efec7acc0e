package dev.rivet.compiler.ast;

/** Binary arithmetic and bitwise operators, also used by augmented assignment. */
public enum Operator {
  ADD("+"),
  SUB("-"),
  MULT("*"),
  MATMULT("@"),
  DIV("/"),
  MOD("%"),
  POW("**"),
  LSHIFT("<<"),
  RSHIFT(">>"),
  BITOR("|"),
  BITXOR("^"),
  BITAND("&"),
  FLOORDIV("//");

  public final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }
}
