package dev.rivet.compiler.disasm;

import dev.rivet.compiler.emit.Op;
import dev.rivet.compiler.image.CodeObject;
import dev.rivet.compiler.image.Const;
import dev.rivet.compiler.image.Image;
import dev.rivet.compiler.image.LineTable;
import dev.rivet.compiler.image.ModuleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints an image as a readable listing: per code object its header, then one line per
 * instruction (line number, jump-target marker, offset, name, operand resolved to a name,
 * constant or target), then its exception table; nested code objects follow their parent.
 */
public final class Disassembler {
  private final StringBuilder out = new StringBuilder();

  private Disassembler() {}

  public static String disassemble(Image image) {
    Disassembler d = new Disassembler();
    for (ModuleEntry m : image.modules()) {
      d.out.append("module ").append(m.name()).append(" (").append(m.filename()).append(')');
      if (m.isPackage()) {
        d.out.append(" package");
      }
      if (m.isMain()) {
        d.out.append(" main");
      }
      d.out.append("\n\n");
      d.code(m.code());
    }
    return d.out.toString();
  }

  public static String disassemble(CodeObject code) {
    Disassembler d = new Disassembler();
    d.code(code);
    return d.out.toString();
  }

  private void code(CodeObject c) {
    out.append("code ").append(c.qualname()).append(" (").append(c.filename()).append(", line ").append(c.firstLine())
        .append(")\n");
    out.append("  flags: ").append(flags(c.flags())).append('\n');
    out.append(String.format("  argcount %d, posonly %d, kwonly %d, nlocals %d, stacksize %d, ncache %d%n",
        c.argcount(), c.posonlyargcount(), c.kwonlyargcount(), c.localNames().size(), c.stacksize(), c.ncache()));
    list("locals", c.localNames());
    list("cells", c.cellNames());
    list("frees", c.freeNames());
    Set<Integer> targets = new HashSet<>();
    byte[] b = c.bytecode();
    for (int off = 0; off < b.length; off += Op.length(b[off] & 0xFF)) {
      Op op = Op.byCode(b[off]);
      if (op != null && op.isJump() && off + 5 <= b.length) {
        targets.add(u32(b, off + 1));
      }
    }
    for (CodeObject.ExcEntry e : c.excTable()) {
      targets.add(e.handler());
    }
    List<LineTable.Entry> lines = LineTable.decode(c.firstLine(), c.lineTable());
    int li = 0;
    int lastLine = -1;
    List<CodeObject> nested = new ArrayList<>();
    for (int off = 0; off < b.length; ) {
      int opc = b[off] & 0xFF;
      Op op = Op.byCode(opc);
      int len = Op.length(opc);
      while (li + 1 < lines.size() && lines.get(li + 1).offset() <= off) {
        li++;
      }
      int line = lines.isEmpty() ? c.firstLine() : lines.get(li).line();
      String lineCol = line != lastLine ? String.valueOf(line) : "";
      lastLine = line;
      out.append(String.format("%6s %2s %5d  ", lineCol, targets.contains(off) ? ">>" : "", off));
      if (op == null || off + len > b.length) {
        out.append(String.format("<bad opcode 0x%02x>%n", opc));
        break;
      }
      out.append(op.name());
      if (op.isJump()) {
        out.append(pad(op.name())).append("to ").append(u32(b, off + 1));
      } else if (op.hasArg()) {
        int a = u16(b, off + 1);
        int bb = op.hasTwoArgs() ? u16(b, off + 3) : 0;
        out.append(pad(op.name())).append(operand(c, op, a, bb, nested));
      }
      out.append('\n');
      off += len;
    }
    if (!c.excTable().isEmpty()) {
      out.append("  exception table:\n");
      for (CodeObject.ExcEntry e : c.excTable()) {
        out.append(String.format("    %d to %d -> %d [depth %d]%n", e.start(), e.end(), e.handler(), e.depth()));
      }
    }
    out.append('\n');
    for (CodeObject n : nested) {
      code(n);
    }
  }

  private void list(String what, List<String> names) {
    if (!names.isEmpty()) {
      out.append("  ").append(what).append(": ").append(String.join(", ", names)).append('\n');
    }
  }

  private static String pad(String name) {
    return " ".repeat(Math.max(1, 22 - name.length()));
  }

  private static String operand(CodeObject c, Op op, int a, int b, List<CodeObject> nested) {
    return switch (op) {
      case LOAD_CONST, LOAD_CONST_OPERAND -> {
        Const k = a < c.consts().size() ? c.consts().get(a) : null;
        if (k instanceof Const.Code code && !nested.contains(code.code())) {
          nested.add(code.code());
        }
        yield a + " (" + (k == null ? "?" : repr(k)) + ")";
      }
      case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_FAST_CHECK, LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST,
          STORE_FAST_LOAD_FAST, LOAD_FAST_LOAD_ATTR -> a + " (" + at(c.localNames(), a) + ")";
      case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF -> a + " (" + at(c.derefNames(), a) + ")";
      case STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL, DELETE_ATTR, IMPORT_NAME, IMPORT_FROM ->
          a + " (" + at(c.names(), a) + ")";
      case LOAD_NAME, LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD, LOAD_NAME_LOAD_CONST -> a + " (" + at(c.names(), a) + ") cache " + b;
      case UNPACK_EX -> a + ", " + b;
      case MAKE_FUNCTION -> a + flagNames(a, new String[] {"defaults", "kwdefaults", "annotations", "closure"});
      case FORMAT_VALUE -> a + formatFlags(a);
      case CALL_FUNCTION_EX -> a + ((a & 1) != 0 ? " (kwargs)" : "");
      default -> String.valueOf(a);
    };
  }

  private static String flagNames(int a, String[] names) {
    List<String> on = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if ((a & (1 << i)) != 0) {
        on.add(names[i]);
      }
    }
    return on.isEmpty() ? "" : " (" + String.join(", ", on) + ")";
  }

  private static String formatFlags(int a) {
    List<String> on = new ArrayList<>();
    switch (a & 3) {
      case 1 -> on.add("str");
      case 2 -> on.add("repr");
      case 3 -> on.add("ascii");
      default -> {}
    }
    if ((a & 4) != 0) {
      on.add("with format");
    }
    return on.isEmpty() ? "" : " (" + String.join(", ", on) + ")";
  }

  private static String flags(int f) {
    String[] names = {"FUNCTION", "VARARGS", "VARKEYWORDS", "GENERATOR", "HAS_CLOSURE", "CLASS_BODY", "MODULE",
        "HAS_DOC", "INTERACTIVE"};
    List<String> on = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if ((f & (1 << i)) != 0) {
        on.add(names[i]);
      }
    }
    return on.isEmpty() ? "-" : String.join(" ", on);
  }

  private static String at(List<String> list, int i) {
    return i < list.size() ? list.get(i) : "?";
  }

  /** Python-style repr of a constant. */
  public static String repr(Const k) {
    return switch (k) {
      case Const.Special s -> switch (s) {
        case NONE -> "None";
        case TRUE -> "True";
        case FALSE -> "False";
        case ELLIPSIS -> "Ellipsis";
      };
      case Const.Int i -> i.value().toString();
      case Const.Float f -> PyFloat.repr(f.value());
      case Const.Complex c -> "(" + PyFloat.repr(c.real()) + "+" + PyFloat.repr(c.imag()) + "j)";
      case Const.Str s -> PyStr.repr(s.value());
      case Const.Bytes b -> PyStr.bytesRepr(b.value());
      case Const.Tuple t -> {
        List<String> items = new ArrayList<>();
        for (Const x : t.items()) {
          items.add(repr(x));
        }
        yield "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
      }
      case Const.Code c -> "<code " + c.code().qualname() + ", line " + c.code().firstLine() + ">";
    };
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int u32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
  }
}
