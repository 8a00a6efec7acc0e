package dev.rivet.compiler.emit;

import dev.rivet.compiler.image.CodeObject;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Definite assignment of local variables, over a code object's finished bytecode: which locals
 * are bound on every path into each instruction. A load of a local that is proven bound becomes
 * LOAD_FAST (the VM pushes the slot, no test); every other load is LOAD_FAST_CHECK (the VM raises
 * UnboundLocalError on an empty slot). Rewritten in place: both are 3 bytes, so no offset moves.
 *
 * <p>Forward data flow, meet = intersection. Parameters are bound at entry; STORE_FAST binds,
 * DELETE_FAST unbinds, and a checked load binds too (execution only goes on past it when the slot
 * was full). An exception handler's entry state is the intersection of the states before every
 * instruction of the ranges that lead to it (any of them may raise, before its own effect), so a
 * local bound or deleted inside a try body counts as maybe-unbound in its handler. Loops converge
 * because states only shrink.
 */
public final class LocalLoads {
  private LocalLoads() {}

  /** Rewrites every local load of {@code code} to LOAD_FAST or LOAD_FAST_CHECK. */
  static void rewrite(byte[] code, List<CodeObject.ExcEntry> exc, int nlocals, int nparams) {
    if (nlocals == 0) {
      return;
    }
    BitSet[] in = boundBefore(code, exc, nparams);
    for (int off = 0; off < code.length; off += Op.length(code[off] & 0xFF)) {
      Op op = Op.byCode(code[off] & 0xFF);
      if (op == Op.LOAD_FAST || op == Op.LOAD_FAST_CHECK) {
        boolean proven = in[off] != null && in[off].get(u16(code, off + 1));
        code[off] = (byte) (proven ? Op.LOAD_FAST : Op.LOAD_FAST_CHECK).code;
      }
    }
  }

  /**
   * The locals bound on every path to each instruction start; null where no path reaches. Also
   * what the Verifier checks a read image's unchecked loads against.
   */
  public static BitSet[] boundBefore(byte[] code, List<CodeObject.ExcEntry> exc, int nparams) {
    BitSet[] in = new BitSet[code.length + 1];
    Deque<Integer> work = new ArrayDeque<>();
    BitSet entry = new BitSet();
    entry.set(0, nparams);
    merge(in, 0, entry, work);
    while (!work.isEmpty()) {
      int off = work.pop();
      BitSet s = (BitSet) in[off].clone();
      int opc = code[off] & 0xFF;
      Op op = Op.byCode(opc);
      CodeObject.ExcEntry h = handlerOf(exc, off);
      if (h != null) {
        merge(in, h.handler(), s, work);
      }
      switch (op.firstPart()) {
        case STORE_FAST, LOAD_FAST, LOAD_FAST_CHECK -> s.set(u16(code, off + 1));
        case DELETE_FAST -> s.clear(u16(code, off + 1));
        default -> {}
      }
      if (op.isJump()) {
        merge(in, u32(code, off + 1), s, work);
      }
      if (!op.isTerminal()) {
        merge(in, off + Op.length(opc), s, work);
      }
    }
    return in;
  }

  /** The handler covering the instruction at off: the table's ranges do not overlap. */
  private static CodeObject.ExcEntry handlerOf(List<CodeObject.ExcEntry> exc, int off) {
    for (CodeObject.ExcEntry e : exc) {
      if (off >= e.start() && off < e.end()) {
        return e;
      }
    }
    return null;
  }

  private static void merge(BitSet[] in, int at, BitSet s, Deque<Integer> work) {
    if (in[at] == null) {
      in[at] = (BitSet) s.clone();
      work.push(at);
      return;
    }
    int before = in[at].cardinality();
    in[at].and(s);
    if (in[at].cardinality() != before) {
      work.push(at);
    }
  }

  static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  static int u32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
  }
}
