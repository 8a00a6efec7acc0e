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

  private static Op pairOf(Op prev, Op op, Op second) {
    if (op == Op.LOAD_FAST && second == Op.LOAD_FAST) {
      return Op.LOAD_FAST_LOAD_FAST;
    }
    if (op == Op.LOAD_FAST && second == Op.LOAD_CONST) {
      return Op.LOAD_FAST_LOAD_CONST;
    }
    if (op == Op.STORE_FAST && second == Op.LOAD_FAST && prev != Op.FOR_ITER) {
      return Op.STORE_FAST_LOAD_FAST;
    }
    return null;
  }
}
