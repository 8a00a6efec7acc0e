package dev.rivet.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Module;
import dev.rivet.compiler.ast.Stmt;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The entry points, the forms Rivet rejects on purpose (async, await, match, complex numbers,
 * except*), source decoding, and CompileError's rendering.
 */
class ParserTest {
  private static CompileError fails(String src) {
    return assertThrows(CompileError.class, () -> Parser.parseModule(src, "t.py"));
  }

  @Test
  void asyncDefIsRejectedClearly() {
    CompileError e = fails("x = 1\nasync def f():\n    pass\n");
    assertEquals("async functions are not supported by Rivet", e.message());
    assertEquals(2, e.line());
    assertEquals(1, e.column());
  }

  @Test
  void asyncForAndWithAndAwaitAreRejected() {
    assertTrue(fails("def f():\n    await g()\n").message().contains("not supported by Rivet"));
    assertTrue(fails("@d\nasync def f(): pass\n").message().contains("async functions are not supported"));
  }

  @Test
  void matchStatementIsRejectedButMatchIsStillAName() {
    CompileError e = fails("match point:\n    case (0, 0):\n        pass\n");
    assertEquals("match statements are not supported by Rivet", e.message());
    assertEquals(1, e.line());
    Module m = Parser.parseModule("match = 1\nmatch(x)\nmatch[1] = 2\nprint(match)\n", "t.py");
    assertEquals(4, m.body().size());
  }

  @Test
  void complexLiteralsAreRejected() {
    CompileError e = fails("x = 1 + 2j\n");
    assertEquals("complex numbers are not supported by Rivet", e.message());
    assertEquals(9, e.column());
    assertEquals("complex numbers are not supported by Rivet", fails("x = 1.5e3J\n").message());
  }

  @Test
  void exceptStarIsRejected() {
    assertTrue(fails("try:\n    pass\nexcept* E:\n    pass\n").message().contains("not supported by Rivet"));
  }

  @Test
  void evalModeParsesOneExpression() {
    Expr e = Parser.parseExpression("1 + 2 * 3\n", "<eval>");
    Expr.BinOp add = assertInstanceOf(Expr.BinOp.class, e);
    assertInstanceOf(Expr.BinOp.class, add.right());
    assertThrows(CompileError.class, () -> Parser.parseExpression("x = 1", "<eval>"));
    // CPython's eval mode: no starred items, no bare yield; checked with compile(s, 't', 'eval').
    assertEquals(4, assertThrows(CompileError.class, () -> Parser.parseExpression("a, *b", "t")).column());
    assertEquals(1, assertThrows(CompileError.class, () -> Parser.parseExpression("*a", "t")).column());
    assertEquals("'yield' outside function",
        assertThrows(CompileError.class, () -> Parser.parseExpression("(yield)", "t")).message());
  }

  @Test
  void singleModeTakesOneStatement() {
    Module m = Parser.parseInteractive("if x:\n    y = 1\n\n", "<stdin>");
    assertInstanceOf(Stmt.If.class, m.body().get(0));
    Module two = Parser.parseInteractive("a = 1; b = 2\n", "<stdin>");
    assertEquals(2, two.body().size());
    CompileError e = assertThrows(CompileError.class, () -> Parser.parseInteractive("a = 1\nb = 2\n", "<stdin>"));
    assertEquals("multiple statements found while compiling a single statement", e.message());
  }

  @Test
  void needsMoreInputFollowsCPythonsCodeop() {
    // Each verdict is what CPython 3.11's codeop.compile_command(src, '<stdin>', 'single') gives:
    // None (more input) or a code object / SyntaxError (complete).
    String[] more = {"if x:", "if x:\n    y = 1", "x = (1,", "s = \"\"\"abc", "x = \\", "@d",
        "for i in x: print(i)", "class A: pass", "if x:\n    pass\nelse:", "try:\n    pass"};
    String[] complete = {"x = 1", "if x:\n    y = 1\n", "x = 1 +", "def f():\n    return 1\n\n", "x = $", "",
        "# just a comment"};
    for (String s : more) {
      assertTrue(Parser.needsMoreInput(s), s);
    }
    for (String s : complete) {
      assertFalse(Parser.needsMoreInput(s), s);
    }
  }

  @Test
  void literalsKeepTheirValues() {
    Module m = Parser.parseModule("x = 0x_ff, 10**0, 123456789012345678901234567890, 1_0.5e1, 'a' 'b', b'\\xff'\n", "t.py");
    Stmt.Assign a = (Stmt.Assign) m.body().get(0);
    Expr.Tuple t = (Expr.Tuple) a.value();
    assertEquals(BigInteger.valueOf(255), ((Expr.Int) t.elts().get(0)).value());
    assertEquals(new BigInteger("123456789012345678901234567890"), ((Expr.Int) t.elts().get(2)).value());
    assertEquals(105.0, ((Expr.Float) t.elts().get(3)).value());
    assertEquals("ab", ((Expr.Str) t.elts().get(4)).value());
    assertEquals(-1, ((Expr.Bytes) t.elts().get(5)).value()[0]);
  }

  @Test
  void namedEscapesUseUnicodeNames() {
    Module m = Parser.parseModule("s = '\\N{BULLET}\\N{GREEK SMALL LETTER ALPHA}'\n", "t.py");
    assertEquals("\u2022\u03b1", ((Expr.Str) ((Stmt.Assign) m.body().get(0)).value()).value());
  }

  @Test
  void identifiersAreNfkcNormalised() {
    // U+FB01 LATIN SMALL LIGATURE FI normalises to "fi", as in CPython.
    Module m = Parser.parseModule("\ufb01le = 1\n", "t.py");
    Expr.Name n = (Expr.Name) ((Stmt.Assign) m.body().get(0)).targets().get(0);
    assertEquals("file", n.id());
  }

  @Test
  void latin1DeclarationDecodesBytes() {
    byte[] src = "# -*- coding: latin-1 -*-\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
    Module m = Parser.parseModule(src, "t.py");
    assertEquals("\u00e9", ((Expr.Str) ((Stmt.Assign) m.body().get(0)).value()).value());
  }

  @Test
  void decodeSourceMatchesWhatTheParserSees() {
    byte[] src = "# coding: latin-1\r\ns = '\u00e9'\r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("# coding: latin-1\ns = '\u00e9'\n", Parser.decodeSource(src, "t.py"));
  }

  @Test
  void utf8BomAndCrLfAreAccepted() {
    byte[] src = "\ufeffx = 1\r\nif x:\r\n    y = 2\r\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(2, Parser.parseModule(src, "t.py").body().size());
  }

  @Test
  void invalidUtf8OutsideStringsIsAnError() {
    byte[] src = {'x', ' ', '=', ' ', (byte) 0xff, '\n'};
    CompileError e = assertThrows(CompileError.class, () -> Parser.parseModule(src, "t.py"));
    assertTrue(e.message().startsWith("(unicode error) 'utf-8' codec can't decode byte 0xff"), e.message());
  }

  @Test
  void renderShowsLocationSourceLineAndCaret() {
    CompileError e = fails("x = 1\n    y = (1 +\n");
    assertEquals("t.py:2:4: IndentationError: unexpected indent\n    y = (1 +\n    ^", e.render());
    CompileError f = fails("if x:\n    y = 1abc\n");
    assertEquals("t.py:2:9: SyntaxError: invalid decimal literal\n    y = 1abc\n        ^", f.render());
  }

  @Test
  void positionsAreRecorded() {
    Module m = Parser.parseModule("\n\nif a:\n    foo(bar,\n        baz)\n", "t.py");
    Stmt.If s = (Stmt.If) m.body().get(0);
    assertEquals(3, s.pos().line());
    Stmt.ExprStmt call = (Stmt.ExprStmt) s.body().get(0);
    assertEquals(4, call.pos().line());
    assertEquals(4, call.pos().col());
    assertEquals(5, call.pos().endLine());
    assertEquals(12, call.pos().endCol());
  }
}
