package dev.rivet.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rivet.compiler.Compiler;
import dev.rivet.compiler.disasm.Verifier;
import dev.rivet.compiler.image.CodeObject;
import dev.rivet.compiler.image.Const;
import dev.rivet.compiler.image.Image;
import dev.rivet.compiler.image.ImageError;
import dev.rivet.compiler.image.ModuleEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Definite assignment (LocalLoads) and the superinstructions, through the compiler's output: each
 * case compiles a function and lists its local loads in code order as "x" (LOAD_FAST, proven
 * bound) or "x?" (LOAD_FAST_CHECK). The expected lists follow Python's rules: a local is bound on
 * a path only if every way there assigned it; CPython 3.12's LOAD_FAST / LOAD_FAST_CHECK split
 * gives the same answers for these functions.
 */
class LocalLoadsTest {

  @Test
  void parametersAreBoundAtEntry() {
    assertEquals(List.of("a", "b", "args", "k", "kw"),
        loads("def f(a, b=1, *args, k, **kw):\n  return a, b, args, k, kw\n", "f"));
  }

  @Test
  void boundAfterIfElseOnlyWhenBothArmsAssign() {
    assertEquals(List.of("c", "x"), loads("def f(c):\n  if c:\n    x = 1\n  else:\n    x = 2\n  return x\n", "f"));
    assertEquals(List.of("c", "x?"), loads("def f(c):\n  if c:\n    x = 1\n  return x\n", "f"));
  }

  @Test
  void aCheckedLoadBindsWhatFollowsIt() {
    // the first x may raise; once past it, x is bound
    assertEquals(List.of("c", "x?", "x"), loads("def f(c):\n  if c:\n    x = 1\n  return x + x\n", "f"));
  }

  @Test
  void loopsNeedEveryIteration() {
    // the body may run zero times: y is not bound after the loop
    assertEquals(List.of("n", "i", "y?"), loads("def f(n):\n  for i in range(n):\n    y = i\n  return y\n", "f"));
    assertEquals(List.of("x", "x", "x"), loads("def f():\n  x = 0\n  while x < 3:\n    x += 1\n  return x\n", "f"));
    // deleted at the end of the body: unbound on the second iteration
    assertEquals(List.of("n", "x?"), loads("def f(n):\n  for i in range(n):\n    print(x)\n    x = 1\n    del x\n", "f"));
    // deleted then bound again in the body: bound on every iteration
    assertEquals(List.of("n", "x", "i", "x"),
        loads("def f(n):\n  x = 0\n  for i in range(n):\n    print(x)\n    del x\n    x = i\n  return x\n", "f"));
  }

  @Test
  void deleteUnbinds() {
    assertEquals(List.of("x?"), loads("def f():\n  x = 1\n  del x\n  return x\n", "f"));
  }

  @Test
  void exceptionHandlersSeeWhatWasBoundBeforeTheTry() {
    assertEquals(List.of("g", "x?"),
        loads("def f(g):\n  try:\n    x = g()\n  except ValueError:\n    return x\n", "f"));
    assertEquals(List.of("g", "x"),
        loads("def f(g):\n  x = 0\n  try:\n    x = g()\n  except ValueError:\n    return x\n", "f"));
    // deleted inside the try body: maybe unbound in the handler
    assertEquals(List.of("g", "x?"),
        loads("def f(g):\n  x = 0\n  try:\n    del x\n    g()\n  except ValueError:\n    return x\n", "f"));
    // the except-as name is deleted at the end of its handler
    assertEquals(List.of("e?"),
        loads("def f():\n  try:\n    pass\n  except ValueError as e:\n    pass\n  return e\n", "f"));
  }

  @Test
  void finallyRunsOnBothPaths() {
    // finally's normal copy follows the body (x bound); its exception copy may start before x = 1
    assertEquals(List.of("x", "x?"), loads("def f():\n  try:\n    x = 1\n  finally:\n    print(x)\n", "f"));
  }

  @Test
  void aWithWhoseExitSuppressesMayLeaveTheBodyEarly() {
    assertEquals(List.of("m", "v", "y?"), loads("def f(m):\n  with m as v:\n    y = v\n  return y\n", "f"));
  }

  @Test
  void comprehensionsHaveTheirOwnLocals() {
    assertEquals(List.of(".0", "y", "y"), loads("def f(xs):\n  return [y for y in xs if y]\n", "<listcomp>"));
    assertEquals(List.of("xs"), loads("def f(xs):\n  return [y for y in xs if y]\n", "f"));
  }

  @Test
  void superinstructionsPairProvenLoadsOnly() {
    assertEquals(List.of(Op.LOAD_FAST_LOAD_FAST, Op.LOAD_FAST, Op.BINARY_ADD, Op.RETURN_VALUE),
        ops("def f(a, b):\n  return a + b\n", "f"));
    assertEquals(List.of(Op.LOAD_FAST_LOAD_CONST, Op.LOAD_CONST_OPERAND, Op.BINARY_SUBTRACT, Op.RETURN_VALUE),
        ops("def f(n):\n  return n - 1\n", "f"));
    assertEquals(List.of(Op.LOAD_FAST_LOAD_ATTR, Op.LOAD_ATTR, Op.RETURN_VALUE),
        ops("def f(o):\n  return o.x\n", "f"));
    // a LOAD_CONST without an operator after it is the plain one (no look-ahead in the VM)
    assertEquals(List.of(Op.LOAD_CONST, Op.RETURN_VALUE), ops("def f():\n  return 1\n", "f"));
    // the checked load stays alone; the proven one after it pairs with nothing here
    List<Op> checked = ops("def f(c):\n  if c:\n    x = 1\n  return x + x\n", "f");
    assertTrue(checked.contains(Op.LOAD_FAST_CHECK), checked.toString());
    assertTrue(!checked.contains(Op.LOAD_FAST_LOAD_FAST), checked.toString());
    // STORE_FAST + LOAD_FAST pairs, except the STORE_FAST right after FOR_ITER (the VM's own pair)
    List<Op> loop = ops("def f(n):\n  for i in range(n):\n    j = i\n    k = j\n", "f");
    int store = loop.indexOf(Op.FOR_ITER) + 1;
    assertEquals(Op.STORE_FAST, loop.get(store));
    assertEquals(Op.LOAD_FAST, loop.get(store + 1));
    assertEquals(Op.STORE_FAST_LOAD_FAST, loop.get(store + 2));
  }

  @Test
  void theVerifierRefusesAnUncheckedLoadOfAMaybeUnboundLocal() throws Exception {
    CodeObject m = Compiler.compileString("def f(c):\n  if c:\n    x = 1\n  return x\n", "t.py", "exec");
    CodeObject f = find(m, "f");
    Verifier.verify(image(m));
    byte[] b = f.bytecode().clone();
    for (int off = 0; off < b.length; off += Op.length(b[off] & 0xFF)) {
      if (b[off] == (byte) Op.LOAD_FAST_CHECK.code) {
        b[off] = (byte) Op.LOAD_FAST.code;
      }
    }
    CodeObject bad = new CodeObject(f.flags(), f.argcount(), f.posonlyargcount(), f.kwonlyargcount(), f.stacksize(),
        f.ncache(), f.firstLine(), f.name(), f.qualname(), f.filename(), f.localNames(), f.cellNames(), f.freeNames(),
        f.names(), f.consts(), b, f.lineTable(), f.excTable());
    ImageError e = assertThrows(ImageError.class, () -> Verifier.verify(image(bad)));
    assertTrue(e.getMessage().contains("LOAD_FAST at offset"), e.getMessage());
  }

  private static Image image(CodeObject c) {
    return new Image(List.of(new ModuleEntry("t", "t.py", false, true, c)));
  }

  /** The local loads of code `name` in `src`: "x" proven, "x?" checked. */
  private static List<String> loads(String src, String name) {
    CodeObject c = find(Compiler.compileString(src, "t.py", "exec"), name);
    assertNotNull(c, name);
    List<String> out = new ArrayList<>();
    byte[] b = c.bytecode();
    for (int off = 0; off < b.length; off += Op.length(b[off] & 0xFF)) {
      Op op = Op.byCode(b[off] & 0xFF);
      if (op.firstPart() == Op.LOAD_FAST || op == Op.LOAD_FAST_CHECK) {
        String local = c.localNames().get(LocalLoads.u16(b, off + 1));
        out.add(op == Op.LOAD_FAST_CHECK ? local + "?" : local);
      }
    }
    return out;
  }

  private static List<Op> ops(String src, String name) {
    CodeObject c = find(Compiler.compileString(src, "t.py", "exec"), name);
    assertNotNull(c, name);
    List<Op> out = new ArrayList<>();
    byte[] b = c.bytecode();
    for (int off = 0; off < b.length; off += Op.length(b[off] & 0xFF)) {
      out.add(Op.byCode(b[off] & 0xFF));
    }
    return out;
  }

  private static CodeObject find(CodeObject c, String name) {
    if (c.name().equals(name)) {
      return c;
    }
    for (Const k : c.consts()) {
      if (k instanceof Const.Code code) {
        CodeObject f = find(code.code(), name);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }
}
