package dev.rivet.compiler.emit;

/**
 * The instruction set of docs/bytecode.md section 3: opcode numbers, operand formats (implied by
 * the opcode's range) and stack effects. The emitter, the stack-depth pass and the disassembler
 * all read this one table.
 */
public enum Op {
  // no operand
  NOP(0x00), POP_TOP(0x01), UNARY_POSITIVE(0x02), UNARY_NEGATIVE(0x03), UNARY_NOT(0x04),
  UNARY_INVERT(0x05), GET_ITER(0x06), GET_YIELD_FROM_ITER(0x07), RETURN_VALUE(0x08),
  YIELD_VALUE(0x09), YIELD_FROM(0x0A), LOAD_BUILD_CLASS(0x0B), LOAD_ASSERTION_ERROR(0x0C),
  RERAISE(0x0D), PUSH_EXC_INFO(0x0E), POP_EXCEPT(0x0F), CHECK_EXC_MATCH(0x10), BEFORE_WITH(0x11),
  WITH_EXCEPT_START(0x12), IMPORT_STAR(0x13), PRINT_EXPR(0x14), BINARY_SUBSCR(0x15),
  STORE_SUBSCR(0x16), DELETE_SUBSCR(0x17), LIST_TO_TUPLE(0x18),
  BINARY_ADD(0x20), BINARY_SUBTRACT(0x21), BINARY_MULTIPLY(0x22), BINARY_TRUE_DIVIDE(0x23),
  BINARY_FLOOR_DIVIDE(0x24), BINARY_MODULO(0x25), BINARY_POWER(0x26), BINARY_MATRIX_MULTIPLY(0x27),
  BINARY_LSHIFT(0x28), BINARY_RSHIFT(0x29), BINARY_AND(0x2A), BINARY_OR(0x2B), BINARY_XOR(0x2C),
  INPLACE_ADD(0x30), INPLACE_SUBTRACT(0x31), INPLACE_MULTIPLY(0x32), INPLACE_TRUE_DIVIDE(0x33),
  INPLACE_FLOOR_DIVIDE(0x34), INPLACE_MODULO(0x35), INPLACE_POWER(0x36),
  INPLACE_MATRIX_MULTIPLY(0x37), INPLACE_LSHIFT(0x38), INPLACE_RSHIFT(0x39), INPLACE_AND(0x3A),
  INPLACE_OR(0x3B), INPLACE_XOR(0x3C),
  COMPARE_LT(0x40), COMPARE_LE(0x41), COMPARE_EQ(0x42), COMPARE_NE(0x43), COMPARE_GT(0x44),
  COMPARE_GE(0x45), COMPARE_IS(0x46), COMPARE_IS_NOT(0x47), COMPARE_IN(0x48), COMPARE_NOT_IN(0x49),
  // one u16 operand
  LOAD_CONST(0x50), LOAD_FAST(0x51), STORE_FAST(0x52), DELETE_FAST(0x53), LOAD_DEREF(0x54),
  STORE_DEREF(0x55), DELETE_DEREF(0x56), LOAD_CLOSURE(0x57), LOAD_CLASSDEREF(0x58),
  STORE_NAME(0x59), DELETE_NAME(0x5A), STORE_GLOBAL(0x5B), DELETE_GLOBAL(0x5C), DELETE_ATTR(0x5D),
  IMPORT_NAME(0x5E), IMPORT_FROM(0x5F), CALL_FUNCTION(0x60), CALL_FUNCTION_KW(0x61),
  CALL_FUNCTION_EX(0x62), CALL_METHOD(0x63), MAKE_FUNCTION(0x64), BUILD_TUPLE(0x65),
  BUILD_LIST(0x66), BUILD_SET(0x67), BUILD_MAP(0x68), BUILD_CONST_KEY_MAP(0x69), BUILD_SLICE(0x6A),
  BUILD_STRING(0x6B), FORMAT_VALUE(0x6C), LIST_APPEND(0x6D), SET_ADD(0x6E), MAP_ADD(0x6F),
  LIST_EXTEND(0x70), SET_UPDATE(0x71), DICT_UPDATE(0x72), DICT_MERGE(0x73), UNPACK_SEQUENCE(0x74),
  RAISE_VARARGS(0x75), COPY(0x76), SWAP(0x77),
  // locals (docs/bytecode.md 3.2): LOAD_FAST is the load the compiler proved bound (LocalLoads);
  // the superinstructions do their own part and the next instruction, which stays in place, in one
  // dispatch (Superinstructions)
  LOAD_FAST_CHECK(0x78), LOAD_FAST_LOAD_FAST(0x79), LOAD_FAST_LOAD_CONST(0x7A), STORE_FAST_LOAD_FAST(0x7B),
  LOAD_FAST_LOAD_ATTR(0x7C),
  // a LOAD_CONST the VM may run together with the operator after it (Superinstructions)
  LOAD_CONST_OPERAND(0x7D),
  // two u16 operands: name index, inline-cache slot (UNPACK_EX: before, after)
  LOAD_NAME(0xA0), LOAD_GLOBAL(0xA1), LOAD_ATTR(0xA2), STORE_ATTR(0xA3), LOAD_METHOD(0xA4),
  UNPACK_EX(0xA5),
  // superinstruction (Superinstructions): LOAD_NAME, then the LOAD_CONST_OPERAND after it
  LOAD_NAME_LOAD_CONST(0xA6),
  // u32 absolute jump target
  JUMP(0xC0), POP_JUMP_IF_FALSE(0xC1), POP_JUMP_IF_TRUE(0xC2), JUMP_IF_FALSE_OR_POP(0xC3),
  JUMP_IF_TRUE_OR_POP(0xC4), FOR_ITER(0xC5);

  public final int code;

  Op(int code) {
    this.code = code;
  }

  private static final Op[] BY_CODE = new Op[256];

  static {
    for (Op op : values()) {
      BY_CODE[op.code] = op;
    }
  }

  /** The instruction with this opcode byte, or null. */
  public static Op byCode(int code) {
    return BY_CODE[code & 0xFF];
  }

  /** Instruction length in bytes, from the opcode's range alone. */
  public static int length(int code) {
    if (code < 0x50) {
      return 1;
    }
    if (code < 0xA0) {
      return 3;
    }
    return 5;
  }

  public int length() {
    return length(code);
  }

  public boolean hasArg() {
    return code >= 0x50 && code < 0xC0;
  }

  public boolean hasTwoArgs() {
    return code >= 0xA0 && code < 0xC0;
  }

  public boolean isJump() {
    return code >= 0xC0;
  }

  /** Carries an inline-cache slot as its second operand. */
  public boolean hasCache() {
    return this == LOAD_NAME || this == LOAD_GLOBAL || this == LOAD_ATTR || this == STORE_ATTR
        || this == LOAD_METHOD || this == LOAD_NAME_LOAD_CONST;
  }

  /**
   * For a superinstruction, the instruction it runs together with its own part: the one that
   * follows it in the code (a LOAD_FAST of a proven-bound local, a LOAD_CONST_OPERAND or a
   * LOAD_ATTR), which the VM does not dispatch when it comes from here. Its stack effect and
   * operand are its own part's (the local), so every linear walk of the code sees the pair as two
   * instructions. Null for every other instruction.
   */
  public Op fusedNext() {
    return switch (this) {
      case LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST -> LOAD_FAST;
      case LOAD_FAST_LOAD_CONST, LOAD_NAME_LOAD_CONST -> LOAD_CONST_OPERAND;
      case LOAD_FAST_LOAD_ATTR -> LOAD_ATTR;
      default -> null;
    };
  }

  /** The instruction a superinstruction starts with (itself for every other). */
  public Op firstPart() {
    return switch (this) {
      case LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST, LOAD_FAST_LOAD_ATTR -> LOAD_FAST;
      case STORE_FAST_LOAD_FAST -> STORE_FAST;
      case LOAD_NAME_LOAD_CONST -> LOAD_NAME;
      default -> this;
    };
  }

  /** Control never continues to the next instruction. */
  public boolean isTerminal() {
    return this == RETURN_VALUE || this == RERAISE || this == RAISE_VARARGS || this == JUMP;
  }

  /**
   * The change in stack depth: along the fall-through path, or (jump = true) when the jump is
   * taken.
   */
  public int stackEffect(int a, int b, boolean jump) {
    return switch (this) {
      case NOP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, GET_ITER,
          GET_YIELD_FROM_ITER, YIELD_VALUE, CHECK_EXC_MATCH, LIST_TO_TUPLE, LOAD_ATTR, SWAP,
          DELETE_FAST, DELETE_DEREF, DELETE_NAME, DELETE_GLOBAL, JUMP -> 0;
      case POP_TOP, RETURN_VALUE, YIELD_FROM, RERAISE, POP_EXCEPT, IMPORT_STAR, PRINT_EXPR,
          BINARY_SUBSCR, STORE_FAST, STORE_FAST_LOAD_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL, DELETE_ATTR,
          IMPORT_NAME, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
          POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> -1;
      case LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, PUSH_EXC_INFO, BEFORE_WITH, WITH_EXCEPT_START,
          LOAD_CONST, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST,
          LOAD_FAST_LOAD_ATTR, LOAD_CONST_OPERAND, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, IMPORT_FROM,
          COPY, LOAD_NAME, LOAD_NAME_LOAD_CONST, LOAD_GLOBAL, LOAD_METHOD -> 1;
      case STORE_SUBSCR -> -3;
      case DELETE_SUBSCR, STORE_ATTR, MAP_ADD -> -2;
      case CALL_FUNCTION -> -a;
      case CALL_FUNCTION_KW, CALL_METHOD -> -a - 1;
      case CALL_FUNCTION_EX -> -1 - (a & 1);
      case MAKE_FUNCTION -> -Integer.bitCount(a & 0b1011);
      case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_SLICE, BUILD_STRING -> 1 - a;
      case BUILD_MAP -> 1 - 2 * a;
      case BUILD_CONST_KEY_MAP -> -a;
      case FORMAT_VALUE -> (a & 4) != 0 ? -1 : 0;
      case UNPACK_SEQUENCE -> a - 1;
      case UNPACK_EX -> a + b;
      case RAISE_VARARGS -> -a;
      case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
      case FOR_ITER -> jump ? -1 : 1;
      default -> {
        if (name().startsWith("BINARY_") || name().startsWith("INPLACE_") || name().startsWith("COMPARE_")) {
          yield -1;
        }
        throw new IllegalStateException("no stack effect for " + this);
      }
    };
  }
}
