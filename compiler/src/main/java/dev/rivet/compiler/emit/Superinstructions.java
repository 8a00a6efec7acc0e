package dev.rivet.compiler.emit;

/**
 * Pairs of adjacent instructions the VM runs in one dispatch (docs/bytecode.md 3.2), chosen by
 * their dynamic frequency in bench/python (docs/performance.md, session 5): the first
 * instruction's opcode is replaced by the pair's, and the second stays where it is, unchanged.
 * So no offset moves, a jump to the second instruction still runs it alone, and when something
 * after the first part raises, the VM is at the second instruction's own offset.
 *
 * <p>Runs after LocalLoads: a LOAD_FAST here is a proven one (the pair's second load is not
 * checked). A STORE_FAST right after a FOR_ITER stays: the VM's FOR_ITER already does that
 * STORE_FAST itself when its iterator is a range (vm.c looks for that opcode).
 */
final class Superinstructions {
  private Superinstructions() {}

  static void fuse(byte[] code) {
    operands(code);
    byte[] orig = code.clone();
    Op prev = null;
    for (int off = 0; off < orig.length; ) {
      Op op = Op.byCode(orig[off] & 0xFF);
      int next = off + op.length();
      Op second = next < orig.length ? Op.byCode(orig[next] & 0xFF) : null;
      Op pair = pairOf(prev, op, second);
      if (pair != null) {
        code[off] = (byte) pair.code;
      }
      prev = op;
      off = next;
    }
  }

  /**
   * LOAD_CONST_OPERAND for a LOAD_CONST whose next instruction is an operator the VM runs
   * together with a constant (vm.c's after_const table): the VM looks at the next instruction
   * only after these, so a plain LOAD_CONST costs one dispatch, not a look-ahead jump as well.
   */
  private static void operands(byte[] code) {
    for (int off = 0; off < code.length; off += Op.length(code[off] & 0xFF)) {
      int next = off + 3;
      if (Op.byCode(code[off] & 0xFF) == Op.LOAD_CONST && next < code.length
          && takesConstant(Op.byCode(code[next] & 0xFF))) {
        code[off] = (byte) Op.LOAD_CONST_OPERAND.code;
      }
    }
  }

  /** The operators vm.c's after_const table fuses with the constant before them. */
  static boolean takesConstant(Op op) {
    return switch (op) {
      case BINARY_ADD, BINARY_SUBTRACT, BINARY_MULTIPLY, BINARY_FLOOR_DIVIDE, BINARY_MODULO, BINARY_LSHIFT,
          BINARY_RSHIFT, BINARY_AND, BINARY_OR, BINARY_XOR, INPLACE_ADD, INPLACE_SUBTRACT, INPLACE_MULTIPLY,
          INPLACE_FLOOR_DIVIDE, INPLACE_MODULO, INPLACE_LSHIFT, INPLACE_RSHIFT, INPLACE_AND, INPLACE_OR, INPLACE_XOR,
          BINARY_SUBSCR, COMPARE_LT, COMPARE_LE, COMPARE_EQ, COMPARE_NE, COMPARE_GT, COMPARE_GE -> true;
      default -> false;
    };
  }

  private static Op pairOf(Op prev, Op op, Op second) {
    if (op == Op.LOAD_NAME) {
      return second == Op.LOAD_CONST_OPERAND ? Op.LOAD_NAME_LOAD_CONST : null;
    }
    if (op != Op.LOAD_FAST && op != Op.STORE_FAST) {
      return null;
    }
    if (op == Op.STORE_FAST) {
      return second == Op.LOAD_FAST && prev != Op.FOR_ITER ? Op.STORE_FAST_LOAD_FAST : null;
    }
    return second == null ? null : switch (second) {
      case LOAD_FAST -> Op.LOAD_FAST_LOAD_FAST;
      case LOAD_CONST_OPERAND -> Op.LOAD_FAST_LOAD_CONST;
      case LOAD_ATTR -> Op.LOAD_FAST_LOAD_ATTR;
      default -> null;
    };
  }
}
