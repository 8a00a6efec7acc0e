package dev.rivet.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.ast.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep the front end safe: bracket nesting (CPython's 200), indentation depth
 * (CPython's 100), expression depth, and size (a 1 MB file parses). Deep inputs run on a thread
 * with a 1 MB stack, a default Java thread's, to show they fit.
 */
class LimitsTest {
  /** Runs the parse on a 1 MB-stack thread and returns its error (or null if it parsed). */
  static CompileError onSmallStack(String src) throws InterruptedException {
    AtomicReference<Object> out = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        Parser.parseModule(src, "deep.py");
        out.set("ok");
      } catch (Throwable e) {
        out.set(e);
      }
    }, "deep", 1L << 20);
    t.start();
    t.join();
    Object r = out.get();
    if (r instanceof CompileError e) {
      return e;
    }
    if (r instanceof Throwable e) {
      throw new AssertionError("unexpected " + e, e);
    }
    return null;
  }

  @Test
  void tenThousandNestedParenthesesGiveCPythonsError() throws Exception {
    CompileError e = onSmallStack("x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
    assertEquals("too many nested parentheses", e.message());
    assertEquals(1, e.line());
    assertEquals(205, e.column()); // CPython 3.11: offset of the 201st bracket + 1
  }

  @Test
  void ninetyNineNestedBracketsParse() throws Exception {
    assertEquals(null, onSmallStack("x = " + "[(".repeat(99) + "1" + ")]".repeat(99) + "\n"));
  }

  @Test
  void deepUnaryAndLambdaChainsAreErrorsNotCrashes() throws Exception {
    for (String op : new String[] {"-", "not ", "lambda: ", "~", "1 if 2 else ", "a.", "2 ** "}) {
      CompileError e = onSmallStack("x = " + op.repeat(10_000) + "b\n");
      assertTrue(e.message().startsWith("expression too deeply nested"), op + ": " + e.headline());
    }
    assertEquals(null, onSmallStack("x = " + "-".repeat(500) + "1\n"));
  }

  @Test
  void longOperatorChainsAreBoundedToo() throws Exception {
    CompileError e = onSmallStack("x = 1" + " + 1".repeat(50_000) + "\n");
    assertTrue(e.message().startsWith("expression too deeply nested"), e.headline());
    assertEquals(null, onSmallStack("x = 1" + " + 1".repeat(900) + "\n"));
  }

  static String nestedIfs(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    sb.append(" ".repeat(depth)).append("pass\n");
    return sb.toString();
  }

  @Test
  void deepStatementNestingWorksUpToCPythonsLimit() throws Exception {
    // 99 nested ifs put the innermost body 99 indentation levels deep: CPython's maximum.
    assertEquals(null, onSmallStack(nestedIfs(99)));
    CompileError e = onSmallStack(nestedIfs(100));
    assertEquals(CompileError.Kind.IndentationError, e.kind());
    assertEquals("too many levels of indentation", e.message());
    assertEquals(101, e.line());
  }

  @Test
  void aOneMegabyteFileParses() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (ParseCorpus.Program p : ParseCorpus.programs()) {
      if (sb.length() > (1 << 20)) {
        break;
      }
      String text = Files.readString(p.source());
      if (!text.contains("from __future__") && !text.startsWith("\ufeff")) {
        sb.append(text).append('\n');
      }
    }
    String all = sb.toString();
    while (sb.length() < (1 << 20)) {
      sb.append(all);
    }
    String big = sb.toString();
    assertTrue(big.length() >= 1 << 20);
    Module m = Parser.parseModule(big, "big.py");
    assertTrue(m.body().size() > 1000);
  }
}
