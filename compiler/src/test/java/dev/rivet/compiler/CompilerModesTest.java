package dev.rivet.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rivet.compiler.disasm.Disassembler;
import dev.rivet.compiler.image.CodeObject;
import org.junit.jupiter.api.Test;

/** The three compile() modes the run-time compile path uses: exec, eval and single. */
class CompilerModesTest {

  @Test
  void evalReturnsTheExpressionValue() {
    CodeObject c = Compiler.compileString("a + 1", "<string>", "eval");
    String dis = Disassembler.disassemble(c);
    assertTrue(dis.contains("LOAD_NAME_LOAD_CONST  0 (a) cache 0"), dis);   // LOAD_NAME, fused with the 1 (Superinstructions)
    assertTrue(dis.trim().endsWith("RETURN_VALUE"), dis);
    assertFalse(dis.contains("POP_TOP"), dis);
  }

  @Test
  void singleModePrintsExpressionStatementsAndExecDoesNot() {
    String single = Disassembler.disassemble(Compiler.compileString("1 + x\n", "<stdin>", "single"));
    assertTrue(single.contains("PRINT_EXPR") && single.contains("INTERACTIVE"), single);
    String exec = Disassembler.disassemble(Compiler.compileString("1 + x\n", "<string>", "exec"));
    assertFalse(exec.contains("PRINT_EXPR"), exec);
    assertTrue(exec.contains("POP_TOP"), exec);
  }

  @Test
  void functionsInExecCodeUseGlobalsAndTheModuleUsesNames() {
    // exec(code, g, l) must see the globals and locals it is given: module level is LOAD_NAME.
    String dis = Disassembler.disassemble(Compiler.compileString("x = y\ndef f():\n    return y\n", "t.py", "exec"));
    assertTrue(dis.contains("LOAD_NAME             0 (y)"), dis);
    assertTrue(dis.contains("LOAD_GLOBAL           0 (y)"), dis);
  }

  @Test
  void badModeAndSyntaxErrorsAreReported() {
    assertThrows(IllegalArgumentException.class, () -> Compiler.compileString("x", "t", "run"));
    CompileError e = assertThrows(CompileError.class, () -> Compiler.compileString("x = (", "t.py", "exec"));
    assertEquals("t.py", e.filename());
  }
}
