package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * rivet test on small programs of our own, run by the real VM on real boards: pass, fail with a
 * diff, timeout, skips from header comments, --update-exp, JUnit XML, shards, --xfail (XFAIL and
 * XPASS), compile errors from the compile-ahead stage, eval/exec on test boards.
 */
class TestCommandTest {
  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  CliRun test(String... args) {
    return CliRun.of(Stream.concat(Stream.of("test", "-j", "1"), Stream.of(args)).toArray(String[]::new));
  }

  @Test
  void passingProgramsExitZero() throws Exception {
    write("hello.py", "print('hello')\nprint(6 * 7)\n");
    write("hello.exp", "hello\n42\n");
    write("quits.py", "import sys\nprint('bye')\nsys.exit(3)\n");
    write("quits.exp", "bye\n");
    write("quits.exit", "3\n");
    CliRun r = test(dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("2 programs: 2 passed, 0 failed, 0 timed out, 0 crashed, 0 skipped"), r.out());
  }

  @Test
  void aDifferenceFailsWithAUnifiedDiff() throws Exception {
    write("abc.py", "print('a')\nprint('b')\nprint('c')\n");
    write("abc.exp", "a\nB\nc\n");
    CliRun r = test(dir.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("=== FAILED: " + dir.resolve("abc.py")), r.out());
    assertTrue(r.out().contains("@@ -1,3 +1,3 @@\n a\n-B\n+b\n c\n"), r.out());
    assertTrue(r.out().contains("1 program: 0 passed, 1 failed"), r.out());
  }

  @Test
  void aWrongExitCodeFails() throws Exception {
    write("ok.py", "print('ok')\n");
    write("ok.exp", "ok\n");
    write("ok.exit", "1\n");
    CliRun r = test(dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("exit code 0, expected 1"), r.out());
  }

  @Test
  void anEndlessLoopTimesOut() throws Exception {
    write("spin.py", "while True:\n    pass\n");
    write("spin.exp", "");
    CliRun r = test("--max-instructions", "3000000", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("=== TIMED OUT: "), r.out());
    assertTrue(r.out().contains("ran out of its budget of 3000000 instructions"), r.out());
    assertTrue(r.out().contains("0 passed, 0 failed, 1 timed out"), r.out());
  }

  @Test
  void headerCommentsSkipWithAReason() throws Exception {
    write("later.py", "# rivet: skip=reads the UART\nprint(input())\n");
    write("stress.py", "# rivet: gc-stress\nprint([1] * 3)\n");
    write("stress.exp", "[1, 1, 1]\n");
    write("large.py", "# rivet: board=large\nprint('big')\n");
    write("large.exp", "big\n");
    write("helper.py", "# rivet: module\nX = 1\n");
    CliRun r = test("--board", "standard", dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("skipped " + dir.resolve("later.py") + ": reads the UART"), r.out());
    assertTrue(r.out().contains("skipped " + dir.resolve("stress.py") + ": needs --gc-stress"), r.out());
    assertTrue(r.out().contains("skipped " + dir.resolve("large.py") + ": needs board large (--board standard given)"), r.out());
    assertTrue(r.out().contains("3 programs: 0 passed, 0 failed, 0 timed out, 0 crashed, 3 skipped"), r.out());
    // Without --board the program gets its own board; with --gc-stress the stress test runs.
    CliRun r2 = test(dir.toString());
    assertEquals(0, r2.code(), r2.out() + r2.err());
    assertTrue(r2.out().contains("3 programs: 1 passed, 0 failed, 0 timed out, 0 crashed, 2 skipped"), r2.out());
    CliRun r3 = test("--gc-stress", "--filter", "stress", dir.toString());
    assertEquals(0, r3.code(), r3.out() + r3.err());
    assertTrue(r3.out().contains("1 program: 1 passed"), r3.out());
  }

  @Test
  void updateExpRewritesExpectationsFromTheBoard() throws Exception {
    write("changed.py", "print('new')\nraise SystemExit(5)\n");
    write("changed.exp", "old\n");
    write("fresh.py", "print('first')\n");
    CliRun r = test("--update-exp", dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("=== UPDATED: " + dir.resolve("changed.py")), r.out());
    assertEquals("new\n", Files.readString(dir.resolve("changed.exp")));
    assertEquals("5\n", Files.readString(dir.resolve("changed.exit")));
    assertEquals("first\n", Files.readString(dir.resolve("fresh.exp")));
    assertFalse(Files.exists(dir.resolve("fresh.exit")));
    assertEquals(0, test(dir.toString()).code());
  }

  @Test
  void programsDoNotSeeEachOthersState() throws Exception {
    // Run in sorted order on one board: a.py changes the sys module, b.py must not see it.
    write("a.py", "import sys\nsys.leak = 1\nprint(hasattr(sys, 'leak'))\n");
    write("a.exp", "True\n");
    write("b.py", "import sys\nprint(hasattr(sys, 'leak'), sys.argv)\n");
    write("b.exp", "False ['b.py']\n");
    CliRun r = test(dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    CliRun fresh = test("--fresh-boot", dir.toString());
    assertEquals(0, fresh.code(), fresh.out() + fresh.err());
  }

  @Test
  void missingExpectationIsAFailure() throws Exception {
    write("lonely.py", "print(1)\n");
    CliRun r = test(dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("no lonely.exp beside it"), r.out());
  }

  @Test
  void junitXmlIsWellFormedWithTheCounts() throws Exception {
    write("good.py", "print('<&>')\n");
    write("good.exp", "<&>\n");
    write("bad.py", "print('x\\x01y')\n");
    write("bad.exp", "]]> \"quoted\" <tag>\n");
    write("skip.py", "# rivet: skip=\"not\" <today> & never\nprint(1)\n");
    Path xml = dir.resolve("out/report.xml");
    Files.createDirectories(xml.getParent());
    CliRun r = test("--junit", xml.toString(), dir.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("0", suite.getAttribute("errors"));
    assertEquals("1", suite.getAttribute("skipped"));
    assertEquals(3, doc.getElementsByTagName("testcase").getLength());
    Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
    assertEquals("\"not\" <today> & never", skipped.getAttribute("message"));
    assertTrue(doc.getElementsByTagName("failure").item(0).getTextContent().contains("+x\\x01y"));
  }

  @Test
  void expectedFailuresAreXfailAndUnexpectedPassesFail() throws Exception {
    write("sub/wrong.py", "print(1)\n");
    write("sub/wrong.exp", "2\n");
    write("right.py", "print(3)\n");
    write("right.exp", "3\n");
    write("tinyonly.py", "print(4)\n");
    write("tinyonly.exp", "5\n");
    write("xfail.txt", "# expected failures\nsub/wrong.py  prints 1, not 2\ntinyonly.py@tiny  only wrong on tiny\n");
    Path xml = dir.resolve("report.xml");
    CliRun r = test("--xfail", dir.resolve("xfail.txt").toString(), "--junit", xml.toString(), dir.toString());
    // wrong.py is XFAIL; tinyonly.py is listed for another board, so it is a plain failure here
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("3 programs: 1 passed, 1 failed, 0 timed out, 0 crashed, 0 skipped, 1 xfailed, 0 xpassed"), r.out());
    assertTrue(r.out().contains("xfail " + dir.resolve("sub/wrong.py") + ": prints 1, not 2"), r.out());
    assertTrue(r.out().contains("=== FAILED: " + dir.resolve("tinyonly.py")), r.out());
    assertFalse(r.out().contains("=== FAILED: " + dir.resolve("sub/wrong.py")), r.out());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("skipped"));
    Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
    assertEquals("expected failure: prints 1, not 2", skipped.getAttribute("message"));
    assertTrue(skipped.getTextContent().contains("-2\n+1"), skipped.getTextContent());

    CliRun tiny = test("--board", "tiny", "--xfail", dir.resolve("xfail.txt").toString(), dir.toString());
    assertEquals(0, tiny.code(), tiny.out() + tiny.err());
    assertTrue(tiny.out().contains("3 programs: 1 passed, 0 failed, 0 timed out, 0 crashed, 0 skipped, 2 xfailed, 0 xpassed"), tiny.out());

    write("sub/wrong.exp", "1\n"); // fixed: the listed program now passes, which is a failure
    CliRun xpass = test("--xfail", dir.resolve("xfail.txt").toString(), "--junit", xml.toString(), dir.resolve("sub").toString());
    assertEquals(1, xpass.code(), xpass.out() + xpass.err());
    assertTrue(xpass.out().contains("=== XPASSED: " + dir.resolve("sub/wrong.py")), xpass.out());
    assertTrue(xpass.out().contains("lists it as expected to fail (prints 1, not 2): remove its line"), xpass.out());
    assertTrue(xpass.out().contains("1 program: 0 passed, 0 failed, 0 timed out, 0 crashed, 0 skipped, 0 xfailed, 1 xpassed"), xpass.out());
    Document doc2 = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    assertEquals("unexpected pass (XPASS)", ((Element) doc2.getElementsByTagName("failure").item(0)).getAttribute("message"));
  }

  @Test
  void aBadXfailFileIsExitTwo() throws Exception {
    write("a.py", "print(1)\n");
    write("a.exp", "1\n");
    write("missing.txt", "gone.py  no such program\n");
    CliRun r = test("--xfail", dir.resolve("missing.txt").toString(), dir.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("missing.txt:1: names a missing program: gone.py"), r.err());
    assertEquals(2, test("--xfail", dir.resolve("nope.txt").toString(), dir.toString()).code());
  }

  @Test
  void compileErrorsFailTheirProgramOnlyWhicheverThreadCompiles() throws Exception {
    // Programs are compiled ahead on a thread of their own (or by the worker that reaches one
    // first); either way a syntax error is that program's failure and the others still run.
    for (int i = 0; i < 12; i++) {
      write("p" + i + ".py", i % 4 == 1 ? "print(\n" : "print(" + i + ")\n");
      write("p" + i + ".exp", i + "\n");
    }
    for (String jobs : new String[] {"1", "2"}) {
      CliRun r = CliRun.of("test", "-j", jobs, dir.toString());
      assertEquals(1, r.code(), r.out() + r.err());
      assertTrue(r.out().contains("12 programs: 9 passed, 3 failed"), r.out());
      assertTrue(r.out().contains("=== FAILED: " + dir.resolve("p5.py") + "\ndoes not compile:"), r.out());
    }
  }

  @Test
  void runtimeCompileWorksOnTestBoards() throws Exception {
    write("ev.py", "print(eval('6 * 7'))\nexec('x = 5')\nprint(x)\n");
    write("ev.exp", "42\n5\n");
    CliRun r = test(dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @Test
  void shardsAreDisjointCoverEverythingAndRepeat() throws Exception {
    List<Path> all = new ArrayList<>();
    for (String name : new String[] {"e.py", "a.py", "d/c.py", "b.py", "d/a.py", "f.py", "g.py"}) {
      all.add(write(name, "print(1)\n"));
    }
    Set<Path> seen = new HashSet<>();
    int total = 0;
    for (int k = 1; k <= 3; k++) {
      List<Path> shard = paths(TestDiscovery.find(List.of(dir), null, TestDiscovery.Shard.parse(k + "/3")));
      assertEquals(shard, paths(TestDiscovery.find(List.of(dir), null, TestDiscovery.Shard.parse(k + "/3"))));
      total += shard.size();
      seen.addAll(shard);
    }
    assertEquals(all.size(), total);
    assertEquals(new HashSet<>(all), seen);
    // sorted: a, b, d/a, d/c, e, f, g; shard 1/3 takes positions 0, 3, 6
    assertEquals(List.of(dir.resolve("a.py"), dir.resolve("d/c.py"), dir.resolve("g.py")),
        paths(TestDiscovery.find(List.of(dir), null, TestDiscovery.Shard.parse("1/3"))));
    assertEquals(2, test("--shard", "4/3", dir.toString()).code());
  }

  @Test
  void filterSelectsBySubstring() throws Exception {
    write("one.py", "print(1)\n");
    write("one.exp", "1\n");
    write("two.py", "print(2)\n");
    CliRun r = test("--filter", "one", dir.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("1 program: 1 passed"), r.out());
    assertEquals(2, test("--filter", "three", dir.toString()).code());
  }

  @Test
  void programsImportTheirSiblingsAndPackages() throws Exception {
    write("main.py", "import helper\nfrom pkg import sub\nfrom pkg.sub import f\nprint(helper.X, sub.Y, f())\n");
    write("main.exp", "41 y 7\n");
    write("helper.py", "# rivet: module\nX = 41\n");
    write("pkg/__init__.py", "# rivet: module\nfrom . import sub\n");
    write("pkg/sub.py", "# rivet: module\nY = 'y'\ndef f():\n    return 7\n");
    CliRun r = test(dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("1 program: 1 passed"), r.out());
  }

  @Test
  void expectedOutputFromCpython() throws Exception {
    write("calc.py", "import sys\nprint(sum(range(10)), 'done')\nsys.exit(4)\n");
    Path cwd = Path.of(".cache", "expected");
    CliRun r = test("--expect-from-cpython", dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(Files.isDirectory(cwd));
  }

  @Test
  void badInputIsExitTwo() {
    assertEquals(2, test(dir.resolve("nothing-here").toString()).code());
    assertEquals(2, test("--timeout", "0", dir.toString()).code());
  }

  private static List<Path> paths(List<TestProgram> programs) {
    return programs.stream().map(TestProgram::path).toList();
  }
}
