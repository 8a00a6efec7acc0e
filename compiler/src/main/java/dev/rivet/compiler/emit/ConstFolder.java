package dev.rivet.compiler.emit;

import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Operator;
import dev.rivet.compiler.image.Const;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds literal expressions into constants where doing so cannot change what the program does:
 * literals, unary minus/plus/invert of numbers, small integer arithmetic, str concatenation and
 * tuples of constants. Anything that could raise, round differently or build a huge value is
 * left for run time.
 */
final class ConstFolder {
  private static final int MAX_INT_BITS = 128;
  private static final int MAX_STR = 4096;

  private ConstFolder() {}

  /** The constant this expression always evaluates to, or null. */
  static Const fold(Expr e) {
    return switch (e) {
      case Expr.Int i -> new Const.Int(i.value());
      case Expr.Float f -> new Const.Float(f.value());
      case Expr.Str s -> new Const.Str(s.value());
      case Expr.Bytes b -> new Const.Bytes(b.value());
      case Expr.Bool b -> Const.of(b.value());
      case Expr.NoneLit n -> Const.Special.NONE;
      case Expr.EllipsisLit el -> Const.Special.ELLIPSIS;
      case Expr.UnaryOp u -> unary(u);
      case Expr.BinOp b -> binary(b);
      case Expr.Tuple t -> tuple(t.elts());
      default -> null;
    };
  }

  static Const tuple(List<Expr> elts) {
    List<Const> items = new ArrayList<>(elts.size());
    for (Expr x : elts) {
      Const c = fold(x);
      if (c == null) {
        return null;
      }
      items.add(c);
    }
    return new Const.Tuple(items);
  }

  private static Const unary(Expr.UnaryOp u) {
    Const v = fold(u.operand());
    return switch (u.op()) {
      case USUB -> v instanceof Const.Int i ? new Const.Int(i.value().negate())
          : v instanceof Const.Float f ? new Const.Float(-f.value()) : null;
      case UADD -> v instanceof Const.Int || v instanceof Const.Float ? v : null;
      case INVERT -> v instanceof Const.Int i ? new Const.Int(i.value().not()) : null;
      case NOT -> null;
    };
  }

  private static Const binary(Expr.BinOp b) {
    Const l = fold(b.left());
    if (l == null) {
      return null;
    }
    Const r = fold(b.right());
    if (r == null) {
      return null;
    }
    if (l instanceof Const.Int x && r instanceof Const.Int y) {
      return small(intOp(b.op(), x.value(), y.value()));
    }
    if (l instanceof Const.Str x && r instanceof Const.Str y && b.op() == Operator.ADD) {
      String s = x.value() + y.value();
      return s.length() <= MAX_STR ? new Const.Str(s) : null;
    }
    Double x = asDouble(l);
    Double y = asDouble(r);
    if (x != null && y != null && (l instanceof Const.Float || r instanceof Const.Float)) {
      return switch (b.op()) {
        case ADD -> new Const.Float(x + y);
        case SUB -> new Const.Float(x - y);
        case MULT -> new Const.Float(x * y);
        case DIV -> y != 0.0 ? new Const.Float(x / y) : null;
        default -> null;
      };
    }
    return null;
  }

  private static Double asDouble(Const c) {
    if (c instanceof Const.Float f) {
      return f.value();
    }
    if (c instanceof Const.Int i && i.value().bitLength() <= 53) {
      return i.value().doubleValue();
    }
    return null;
  }

  private static Const small(BigInteger v) {
    return v != null && v.bitLength() <= MAX_INT_BITS ? new Const.Int(v) : null;
  }

  private static BigInteger intOp(Operator op, BigInteger x, BigInteger y) {
    return switch (op) {
      case ADD -> x.add(y);
      case SUB -> x.subtract(y);
      case MULT -> x.bitLength() + y.bitLength() <= MAX_INT_BITS ? x.multiply(y) : null;
      case POW -> y.signum() >= 0 && y.bitLength() < 8 && (long) x.bitLength() * y.intValue() <= MAX_INT_BITS
          ? x.pow(y.intValue()) : null;
      case LSHIFT -> y.signum() >= 0 && y.bitLength() < 8 && x.bitLength() + y.intValue() <= MAX_INT_BITS
          ? x.shiftLeft(y.intValue()) : null;
      case RSHIFT -> y.signum() >= 0 && y.bitLength() < 16 ? x.shiftRight(y.intValue()) : null;
      case BITAND -> x.and(y);
      case BITOR -> x.or(y);
      case BITXOR -> x.xor(y);
      case FLOORDIV -> y.signum() == 0 ? null : floorDiv(x, y);
      case MOD -> y.signum() == 0 ? null : x.subtract(floorDiv(x, y).multiply(y));
      default -> null;
    };
  }

  private static BigInteger floorDiv(BigInteger x, BigInteger y) {
    BigInteger[] qr = x.divideAndRemainder(y);
    if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  /** Truthiness of a constant, or null when it is not a constant. */
  static Boolean truth(Expr e) {
    Const c = switch (e) {
      case Expr.Int i -> fold(i);
      case Expr.Float f -> fold(f);
      case Expr.Str s -> fold(s);
      case Expr.Bool b -> fold(b);
      case Expr.NoneLit n -> fold(n);
      case Expr.EllipsisLit n -> fold(n);
      default -> null;
    };
    return switch (c) {
      case null -> null;
      case Const.Int i -> i.value().signum() != 0;
      case Const.Float f -> f.value() != 0.0;
      case Const.Str s -> !s.value().isEmpty();
      case Const.Special s -> s == Const.Special.TRUE || s == Const.Special.ELLIPSIS;
      default -> null;
    };
  }
}
