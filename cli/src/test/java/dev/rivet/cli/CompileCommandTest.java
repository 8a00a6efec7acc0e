package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rivet.compiler.image.Image;
import dev.rivet.compiler.image.ImageReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rivet compile} and {@code rivet disasm}, run in-process through Main.run. */
class CompileCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result rivet(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String rel, String text) throws Exception {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void compilesAProgramWithAPackage() throws Exception {
    Path app = write("app.py", "import pkg.util\nprint(pkg.util.twice(21))\n");
    Path init = write("pkg/__init__.py", "");
    Path util = write("pkg/util.py", "def twice(x):\n    return 2 * x\n");
    Path out = dir.resolve("app.rbc");
    Result r = rivet("compile", app.toString(), init.toString(), util.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("wrote " + out + ": 3 modules, " + Files.size(out) + " bytes\n", r.out());
    Image image = ImageReader.read(Files.readAllBytes(out));
    assertEquals("app", image.modules().get(0).name());
    assertTrue(image.modules().get(0).isMain());
    assertEquals("pkg", image.modules().get(1).name());
    assertTrue(image.modules().get(1).isPackage());
    assertEquals("pkg.util", image.modules().get(2).name());
    assertFalse(image.modules().get(2).isPackage());
    assertEquals(util.toString(), image.modules().get(2).filename());
  }

  @Test
  void mainModuleCanBeChosen() throws Exception {
    Path a = write("a.py", "x = 1\n");
    Path b = write("b.py", "import a\n");
    Path out = dir.resolve("o.rbc");
    assertEquals(0, rivet("compile", a.toString(), b.toString(), "--main", "b", "-o", out.toString()).code());
    Image image = ImageReader.read(Files.readAllBytes(out));
    assertEquals("b", image.modules().get(image.mainIndex()).name());
    Result bad = rivet("compile", a.toString(), "--main", "nope", "-o", out.toString());
    assertEquals(2, bad.code());
    assertEquals("rivet: error: --main nope: no such module among the inputs (modules: a)\n", bad.err());
  }

  @Test
  void syntaxErrorsPrintFileLineColumnAndCaretAndWriteNothing() throws Exception {
    Path bad = write("bad.py", "x = 1\nif x\n    pass\n");
    Path out = dir.resolve("bad.rbc");
    Files.write(out, new byte[] {1, 2, 3});
    Result r = rivet("compile", bad.toString(), "-o", out.toString());
    assertEquals(2, r.code());
    assertEquals(bad + ":2:5: SyntaxError: expected ':'\n    if x\n        ^\n", r.err());
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void scopeErrorsAreReportedTheSameWay() throws Exception {
    Path bad = write("g.py", "def f():\n    print(x)\n    global x\n");
    Result r = rivet("compile", bad.toString(), "-o", dir.resolve("g.rbc").toString());
    assertEquals(2, r.code());
    assertEquals(bad + ":3:5: SyntaxError: name 'x' is used prior to global declaration\n    global x\n    ^\n",
        r.err());
  }

  @Test
  void badInputsAreOneLineErrors() throws Exception {
    Result missing = rivet("compile", dir.resolve("none.py").toString(), "-o", dir.resolve("x.rbc").toString());
    assertEquals(2, missing.code());
    assertEquals("rivet: error: " + dir.resolve("none.py") + ": no such file\n", missing.err());
    Path txt = write("notes.txt", "x");
    assertEquals(2, rivet("compile", txt.toString()).code());
    Path loose = write("lib/helper.py", "x = 1\n");
    Path app = write("app.py", "import lib.helper\n");
    Result r = rivet("compile", app.toString(), loose.toString(), "-o", dir.resolve("y.rbc").toString());
    assertEquals(2, r.code());
    assertEquals("rivet: error: " + loose + ": its folder lib is not a package among the inputs (add lib/__init__.py)\n",
        r.err());
  }

  @Test
  void anUnwritableOutputIsAOneLineErrorAndLeavesNothing() throws Exception {
    Path app = write("app.py", "x = 1\n");
    Path out = dir.resolve("missing-dir").resolve("app.rbc");
    Result r = rivet("compile", app.toString(), "-o", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("rivet: error: " + out + ": cannot write ("), r.err());
    assertEquals(1, r.err().lines().count());
    assertFalse(Files.exists(out));
  }

  @Test
  void disasmListsAnImageAndRefusesACorruptOne() throws Exception {
    Path app = write("app.py", "def f(x):\n    return x + 1\nprint(f(1))\n");
    Path out = dir.resolve("app.rbc");
    assertEquals(0, rivet("compile", app.toString(), "-o", out.toString()).code());
    Result ok = rivet("disasm", out.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().startsWith("module app (" + app + ") main\n"), ok.out());
    assertTrue(ok.out().contains("BINARY_ADD"), ok.out());
    byte[] b = Files.readAllBytes(out);
    b[b.length - 20] ^= 1;
    Files.write(out, b);
    Result bad = rivet("disasm", out.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("rivet: error: " + out + ": corrupt image: checksum mismatch"), bad.err());
    assertEquals(1, bad.err().lines().count());
  }
}
