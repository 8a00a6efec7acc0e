package dev.rivet.compiler.disasm;

import dev.rivet.compiler.emit.LocalLoads;
import dev.rivet.compiler.emit.Op;
import dev.rivet.compiler.image.CodeObject;
import dev.rivet.compiler.image.Const;
import dev.rivet.compiler.image.Image;
import dev.rivet.compiler.image.ImageError;
import dev.rivet.compiler.image.LineTable;
import dev.rivet.compiler.image.ModuleEntry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what docs/bytecode.md guarantees about every code object the compiler writes, so a VM
 * may rely on it without run-time checks: valid opcodes, operands within their tables, jump and
 * handler targets on instruction boundaries, a terminal last instruction, a sorted non-overlapping
 * exception table whose depths fit the stack size, and a decodable line table. Reads an image;
 * changes nothing.
 */
public final class Verifier {
  private final Map<CodeObject, Boolean> done = new IdentityHashMap<>();

  private Verifier() {}

  public static void verify(Image image) throws ImageError {
    Verifier v = new Verifier();
    for (ModuleEntry m : image.modules()) {
      v.code(m.code());
    }
  }

  private void code(CodeObject c) throws ImageError {
    if (done.put(c, Boolean.TRUE) != null) {
      return;
    }
    byte[] b = c.bytecode();
    int nlocals = c.localNames().size();
    int nderef = c.cellNames().size() + c.freeNames().size();
    int args = c.argcount() + c.kwonlyargcount() + (c.has(CodeObject.VARARGS) ? 1 : 0)
        + (c.has(CodeObject.VARKEYWORDS) ? 1 : 0);
    if (args > nlocals || c.posonlyargcount() > c.argcount()) {
      throw bad(c, "argument counts exceed the local slots");
    }
    if (b.length == 0) {
      throw bad(c, "empty bytecode");
    }
    BitSet starts = new BitSet(b.length);
    List<int[]> jumps = new ArrayList<>();
    Op last = null;
    for (int off = 0; off < b.length; ) {
      int opc = b[off] & 0xFF;
      Op op = Op.byCode(opc);
      if (op == null) {
        throw bad(c, String.format("bad opcode 0x%02x at offset %d", opc, off));
      }
      int len = op.length();
      if (off + len > b.length) {
        throw bad(c, op + " at offset " + off + " runs past the end");
      }
      starts.set(off);
      if (op.isJump()) {
        jumps.add(new int[] {off, le32(b, off + 1)});
      } else if (op.hasArg()) {
        int a = le16(b, off + 1);
        int second = op.hasTwoArgs() ? le16(b, off + 3) : 0;
        String why = operand(c, op, a, second, nlocals, nderef);
        if (why != null) {
          throw bad(c, op + " at offset " + off + ": " + why);
        }
      }
      Op fused = op.fusedNext();
      if (fused != null && (off + len >= b.length || Op.byCode(b[off + len] & 0xFF) == null
          || Op.byCode(b[off + len] & 0xFF).firstPart() != fused)) {
        throw bad(c, op + " at offset " + off + " is not followed by " + fused);
      }
      last = op;
      off += len;
    }
    if (!last.isTerminal()) {
      throw bad(c, "the last instruction (" + last + ") falls off the end");
    }
    for (int[] j : jumps) {
      if (j[1] < 0 || j[1] >= b.length || !starts.get(j[1])) {
        throw bad(c, "jump at offset " + j[0] + " to " + Integer.toUnsignedString(j[1])
            + " is not an instruction");
      }
    }
    int prevEnd = 0;
    for (CodeObject.ExcEntry e : c.excTable()) {
      if (e.start() < prevEnd || e.end() <= e.start() || e.end() > b.length || !starts.get(e.start())
          || (e.end() < b.length && !starts.get(e.end())) || e.handler() < 0 || e.handler() >= b.length
          || !starts.get(e.handler())) {
        throw bad(c, "exception table entry " + e + " is out of order or off an instruction");
      }
      if (e.depth() + 1 > c.stacksize()) {
        throw bad(c, "exception table depth " + e.depth() + " exceeds the stack size " + c.stacksize());
      }
      prevEnd = e.end();
    }
    uncheckedLoadsAreBound(c, b, args);
    try {
      int off = -1;
      for (LineTable.Entry e : LineTable.decode(c.firstLine(), c.lineTable())) {
        if (e.offset() < off || e.line() < 0) {
          throw bad(c, "line table goes backwards");
        }
        off = e.offset();
      }
    } catch (IllegalArgumentException e) {
      throw bad(c, "line table: " + e.getMessage());
    }
    for (Const k : c.consts()) {
      nested(k);
    }
  }

  private void nested(Const k) throws ImageError {
    if (k instanceof Const.Code code) {
      code(code.code());
    } else if (k instanceof Const.Tuple t) {
      for (Const x : t.items()) {
        nested(x);
      }
    }
  }

  /** The VM reads a LOAD_FAST's slot without a test: the local must be bound on every path. */
  private static void uncheckedLoadsAreBound(CodeObject c, byte[] b, int args) throws ImageError {
    BitSet[] in = null;
    for (int off = 0; off < b.length; off += Op.length(b[off] & 0xFF)) {
      if (Op.byCode(b[off] & 0xFF).firstPart() != Op.LOAD_FAST) {
        continue;
      }
      in = in != null ? in : LocalLoads.boundBefore(b, c.excTable(), args);
      int a = le16(b, off + 1);
      if (in[off] != null && !in[off].get(a)) {
        throw bad(c, "LOAD_FAST at offset " + off + " of local " + a + ", which may be unbound there");
      }
    }
  }

  private static String operand(CodeObject c, Op op, int a, int b, int nlocals, int nderef) {
    return switch (op) {
      case LOAD_CONST, LOAD_CONST_OPERAND -> a < c.consts().size() ? null : "constant " + a + " of " + c.consts().size();
      case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_FAST_CHECK, LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST,
          STORE_FAST_LOAD_FAST, LOAD_FAST_LOAD_ATTR -> a < nlocals ? null : "local " + a + " of " + nlocals;
      case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF ->
          a < nderef ? null : "cell " + a + " of " + nderef;
      case STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL, DELETE_ATTR, IMPORT_NAME, IMPORT_FROM ->
          a < c.names().size() ? null : "name " + a + " of " + c.names().size();
      case LOAD_NAME, LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD, LOAD_NAME_LOAD_CONST -> a >= c.names().size()
          ? "name " + a + " of " + c.names().size() : b >= c.ncache() ? "cache slot " + b + " of " + c.ncache() : null;
      case RAISE_VARARGS -> a <= 2 ? null : "raise with " + a + " operands";
      case BUILD_SLICE -> a == 2 || a == 3 ? null : "slice of " + a;
      case COPY, SWAP -> a >= 1 && a <= c.stacksize() ? null : "depth " + a;
      default -> null;
    };
  }

  private static ImageError bad(CodeObject c, String what) {
    return new ImageError("corrupt image: code " + c.qualname() + ": " + what);
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
  }
}
