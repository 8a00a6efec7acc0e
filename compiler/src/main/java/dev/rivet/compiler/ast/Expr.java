package dev.rivet.compiler.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * Expressions. Literals are typed records (Int, Float, Str, Bytes, Bool, NoneLit, EllipsisLit)
 * rather than CPython's single Constant, so the emitter switches on them directly. Adjacent string
 * literals arrive already concatenated; an f-string is a JoinedStr. Optional parts are null when
 * absent; lists are never null.
 */
public sealed interface Expr extends Node {

  /** {@code a and b and c} (values has at least two entries). */
  record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {}

  /** {@code target := value}. */
  record NamedExpr(Name target, Expr value, Pos pos) implements Expr {}

  record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {}

  record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {}

  record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}

  /** {@code body if test else orelse}. */
  record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

  /** A dict display; a null key means {@code **values[i]} is unpacked at that place. */
  record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}

  /** A non-empty set display (elements may be Starred). */
  record Set(List<Expr> elts, Pos pos) implements Expr {}

  record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

  record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

  record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos)
      implements Expr {}

  record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

  /** {@code yield value}; value is null for a bare yield. */
  record Yield(Expr value, Pos pos) implements Expr {}

  record YieldFrom(Expr value, Pos pos) implements Expr {}

  /** {@code left ops[0] comparators[0] ops[1] comparators[1] ...}. */
  record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Pos pos) implements Expr {}

  /** Positional args may include Starred ({@code *xs}); keywords with null arg are {@code **m}. */
  record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {}

  /**
   * One replacement field of an f-string. {@code conversion} is -1 (none), 's', 'r' or 'a';
   * {@code formatSpec} is null or a JoinedStr. A self-documenting {@code f"{x=}"} becomes a Str
   * "x=" followed by a FormattedValue with conversion 'r' (unless a spec or conversion is given).
   */
  record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {}

  /** An f-string (possibly concatenated with plain literals): Str and FormattedValue parts. */
  record JoinedStr(List<Expr> values, Pos pos) implements Expr {}

  /** An integer literal of any size. */
  record Int(BigInteger value, Pos pos) implements Expr {}

  record Float(double value, Pos pos) implements Expr {}

  /** A str literal; may hold lone surrogates, as Python str may. */
  record Str(String value, Pos pos) implements Expr {}

  /** A bytes literal; the array is owned by the node and must not be modified. */
  record Bytes(byte[] value, Pos pos) implements Expr {}

  /** {@code True} or {@code False}. */
  record Bool(boolean value, Pos pos) implements Expr {}

  record NoneLit(Pos pos) implements Expr {}

  /** {@code ...}. */
  record EllipsisLit(Pos pos) implements Expr {}

  record Attribute(Expr value, String attr, Ctx ctx, Pos pos) implements Expr {}

  /** {@code value[slice]}; a multi-dimensional index is a Tuple, possibly of Slice. */
  record Subscript(Expr value, Expr slice, Ctx ctx, Pos pos) implements Expr {}

  record Starred(Expr value, Ctx ctx, Pos pos) implements Expr {}

  /** An identifier, already NFKC-normalised as CPython does. */
  record Name(String id, Ctx ctx, Pos pos) implements Expr {}

  record ListExpr(List<Expr> elts, Ctx ctx, Pos pos) implements Expr {}

  record Tuple(List<Expr> elts, Ctx ctx, Pos pos) implements Expr {}

  /** {@code lower:upper:step}, only ever directly inside a Subscript's slice (or its Tuple). */
  record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}
}
