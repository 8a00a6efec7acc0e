package dev.rivet.compiler.emit;

import dev.rivet.compiler.image.CodeObject;
import dev.rivet.compiler.image.Const;
import dev.rivet.compiler.image.LineTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles one code object: appends encoded instructions, binds labels and patches jumps,
 * records which line and which exception handler each instruction belongs to, numbers names,
 * constants and inline-cache slots, and finally computes the maximum stack depth. Knows the
 * encoding (docs/bytecode.md 2), nothing about Python syntax.
 */
final class CodeBuilder {

  /** A jump target; bound to an offset once. */
  static final class Label {
    int offset = -1;
  }

  /** An exception handler: where to go, and the stack depth to cut back to. */
  record Handler(Label target, int depth) {}

  private byte[] code = new byte[256];
  private int pos;
  private final List<int[]> fixups = new ArrayList<>(); // {operand position, label index}
  private final List<Label> fixupLabels = new ArrayList<>();
  private final List<LineTable.Entry> lines = new ArrayList<>();
  private final List<Object[]> segments = new ArrayList<>(); // {Integer start, Handler}
  private final Map<String, Integer> names = new LinkedHashMap<>();
  private final Map<Const, Integer> consts = new LinkedHashMap<>();
  private int ncache;
  private int line;
  private int lastLine = -1;
  private Handler handler;
  private Handler lastHandler;
  private boolean segmentOpen;

  void setLine(int line) {
    this.line = line;
  }

  int line() {
    return line;
  }

  void setHandler(Handler h) {
    handler = h;
  }

  Handler handler() {
    return handler;
  }

  int offset() {
    return pos;
  }

  int name(String n) {
    Integer i = names.get(n);
    if (i == null) {
      i = names.size();
      checkIndex(i, "names");
      names.put(n, i);
    }
    return i;
  }

  int constant(Const k) {
    Integer i = consts.get(k);
    if (i == null) {
      i = consts.size();
      checkIndex(i, "constants");
      consts.put(k, i);
    }
    return i;
  }

  int cacheSlot() {
    checkIndex(ncache, "inline-cache slots");
    return ncache++;
  }

  private static void checkIndex(int i, String what) {
    if (i > 0xFFFF) {
      throw new TooLarge("more than 65536 " + what + " in one code object");
    }
  }

  /** Thrown when a code object exceeds a u16 limit of the format. */
  static final class TooLarge extends RuntimeException {
    TooLarge(String m) {
      super(m, null, false, false);
    }
  }

  private void begin(Op op) {
    if (line != lastLine) {
      lines.add(new LineTable.Entry(pos, line));
      lastLine = line;
    }
    if (!segmentOpen || handler != lastHandler) {
      segments.add(new Object[] {pos, handler});
      lastHandler = handler;
      segmentOpen = true;
    }
    ensure(5);
    code[pos++] = (byte) op.code;
  }

  void emit(Op op) {
    if (op.length() != 1) {
      throw new IllegalArgumentException(op + " takes operands");
    }
    begin(op);
  }

  void emit(Op op, int a) {
    if (op.length() != 3 || op.isJump()) {
      throw new IllegalArgumentException(op + " does not take one u16 operand");
    }
    checkIndex(a, op.name() + " operand");
    begin(op);
    u16(a);
  }

  void emit(Op op, int a, int b) {
    if (!op.hasTwoArgs()) {
      throw new IllegalArgumentException(op + " does not take two operands");
    }
    checkIndex(a, op.name() + " operand");
    checkIndex(b, op.name() + " operand");
    begin(op);
    u16(a);
    u16(b);
  }

  void emitJump(Op op, Label target) {
    if (!op.isJump()) {
      throw new IllegalArgumentException(op + " is not a jump");
    }
    begin(op);
    fixups.add(new int[] {pos});
    fixupLabels.add(target);
    pos += 4;
  }

  void bind(Label l) {
    if (l.offset >= 0) {
      throw new IllegalStateException("label bound twice");
    }
    l.offset = pos;
  }

  private void u16(int v) {
    code[pos++] = (byte) v;
    code[pos++] = (byte) (v >> 8);
  }

  private void ensure(int n) {
    if (pos + n > code.length) {
      code = Arrays.copyOf(code, Math.max(code.length * 2, pos + n));
    }
  }

  /** Patches jumps, builds the tables, and computes the stack depth. */
  CodeObject finish(int flags, int argcount, int posonly, int kwonly, int firstLine, String name, String qualname,
      String filename, List<String> localNames, List<String> cellNames, List<String> freeNames) {
    byte[] bytes = Arrays.copyOf(code, pos);
    for (int i = 0; i < fixups.size(); i++) {
      int at = fixups.get(i)[0];
      int target = fixupLabels.get(i).offset;
      if (target < 0) {
        throw new IllegalStateException("unbound label in " + qualname);
      }
      bytes[at] = (byte) target;
      bytes[at + 1] = (byte) (target >> 8);
      bytes[at + 2] = (byte) (target >> 16);
      bytes[at + 3] = (byte) (target >> 24);
    }
    List<CodeObject.ExcEntry> exc = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      int start = (Integer) segments.get(i)[0];
      int end = i + 1 < segments.size() ? (Integer) segments.get(i + 1)[0] : pos;
      Handler h = (Handler) segments.get(i)[1];
      if (h == null || start == end) {
        continue;
      }
      CodeObject.ExcEntry last = exc.isEmpty() ? null : exc.get(exc.size() - 1);
      if (last != null && last.end() == start && last.handler() == h.target().offset && last.depth() == h.depth()) {
        exc.set(exc.size() - 1, new CodeObject.ExcEntry(last.start(), end, last.handler(), last.depth()));
      } else {
        exc.add(new CodeObject.ExcEntry(start, end, h.target().offset, h.depth()));
      }
    }
    int nparams = argcount + kwonly + ((flags & CodeObject.VARARGS) != 0 ? 1 : 0)
        + ((flags & CodeObject.VARKEYWORDS) != 0 ? 1 : 0);
    LocalLoads.rewrite(bytes, exc, localNames.size(), nparams);
    Superinstructions.fuse(bytes);
    int stack = StackDepth.compute(bytes, exc, qualname);
    if (stack > 0xFFFF) {
      throw new TooLarge("stack deeper than 65535 in " + qualname);
    }
    return new CodeObject(flags, argcount, posonly, kwonly, stack, ncache, firstLine, name, qualname, filename,
        localNames, cellNames, freeNames, List.copyOf(names.keySet()), List.copyOf(consts.keySet()), bytes,
        LineTable.encode(firstLine, lines), exc);
  }

  /** Forward data-flow over the finished bytecode: the deepest stack any path reaches. */
  static final class StackDepth {
    private StackDepth() {}

    static int compute(byte[] b, List<CodeObject.ExcEntry> exc, String where) {
      int[] depth = new int[b.length + 1];
      Arrays.fill(depth, -1);
      Deque<Integer> work = new ArrayDeque<>();
      int max = 0;
      depth[0] = 0;
      work.push(0);
      for (CodeObject.ExcEntry e : exc) {
        if (depth[e.handler()] < 0) {
          depth[e.handler()] = e.depth() + 1;
          work.push(e.handler());
        }
      }
      while (!work.isEmpty()) {
        int off = work.pop();
        int d = depth[off];
        while (true) {
          max = Math.max(max, d);
          if (off >= b.length) {
            break;
          }
          int opc = b[off] & 0xFF;
          Op op = Op.byCode(opc);
          int len = Op.length(opc);
          int a = len >= 3 && !op.isJump() ? (b[off + 1] & 0xFF) | (b[off + 2] & 0xFF) << 8 : 0;
          int bb = op.hasTwoArgs() ? (b[off + 3] & 0xFF) | (b[off + 4] & 0xFF) << 8 : 0;
          if (op.isJump()) {
            int target = (b[off + 1] & 0xFF) | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF) << 16 | (b[off + 4] & 0xFF) << 24;
            int td = d + op.stackEffect(0, 0, true);
            max = Math.max(max, td);
            if (depth[target] < 0) {
              depth[target] = td;
              work.push(target);
            } else if (depth[target] != td) {
              throw new IllegalStateException("stack depth mismatch at " + target + " in " + where + ": " + depth[target] + " vs " + td);
            }
          }
          if (op.isTerminal()) {
            break;
          }
          d += op.stackEffect(a, bb, false);
          if (d < 0) {
            throw new IllegalStateException("stack underflow at " + off + " in " + where);
          }
          off += len;
          if (depth[off] >= 0) {
            if (depth[off] != d) {
              throw new IllegalStateException("stack depth mismatch at " + off + " in " + where + ": " + depth[off] + " vs " + d);
            }
            break;
          }
          depth[off] = d;
        }
      }
      return max;
    }
  }
}
