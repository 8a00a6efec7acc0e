package dev.rivet.compiler.ast;

/** Prefix operators: {@code ~x}, {@code not x}, {@code +x}, {@code -x}. */
public enum UnaryOperator {
  INVERT,
  NOT,
  UADD,
  USUB
}
