package dev.rivet.compiler.image;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * A constant of a code object, as the image stores it (docs/bytecode.md 7.5). Equality is by type
 * and value (1, 1.0 and True are distinct; -0.0 and 0.0 are distinct), so a constants table can
 * deduplicate with a plain map. Code constants compare by identity.
 */
public sealed interface Const {

  enum Special implements Const {
    NONE,
    TRUE,
    FALSE,
    ELLIPSIS
  }

  record Int(BigInteger value) implements Const {}

  /** Compared by bit pattern (record equality on double uses Double.compare). */
  record Float(double value) implements Const {}

  record Complex(double real, double imag) implements Const {}

  record Str(String value) implements Const {}

  record Bytes(byte[] value) implements Const {
    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Bytes" + Arrays.toString(value);
    }
  }

  record Tuple(List<Const> items) implements Const {}

  /** A nested code object; identity equality (two functions with equal bodies stay two). */
  record Code(CodeObject code) implements Const {
    @Override
    public boolean equals(Object o) {
      return o instanceof Code c && c.code == code;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(code);
    }
  }

  static Const of(boolean b) {
    return b ? Special.TRUE : Special.FALSE;
  }
}
