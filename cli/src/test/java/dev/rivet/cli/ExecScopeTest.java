package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.compiler.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * tests/exec_scope on the board, against CPython 3.11's .exp/.exit (tests/regen-expected.sh):
 * compiled ahead of time into one image (run-time compile for exec/eval/compile only), and run
 * from a mounted directory (every module compiled at run time through host calls).
 */
class ExecScopeTest {
  static final Path DIR = Path.of(System.getProperty("rivet.root", ".")).resolve("tests/exec_scope");

  static Stream<String> programs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
          .map(n -> n.substring(0, n.length() - 3)).filter(n -> Files.exists(DIR.resolve(n + ".exp"))).sorted()
          .toList().stream();
    }
  }

  static String expected(String name) throws IOException {
    return Files.readString(DIR.resolve(name + ".exp"), StandardCharsets.UTF_8);
  }

  static int expectedExit(String name) throws IOException {
    Path exit = DIR.resolve(name + ".exit");
    return Files.exists(exit) ? Integer.parseInt(Files.readString(exit).trim()) : 0;
  }

  @Test
  void seedCaseCompiledAheadOfTimePrints332(@TempDir Path tmp) throws IOException {
    Path image = tmp.resolve("app.rbc");
    CliRun c = CliRun.of("compile", DIR.resolve("t1.py").toString(), DIR.resolve("t2.py").toString(), "-o", image.toString());
    assertEquals(0, c.code(), c.err());
    CliRun r = CliRun.of("run", "--argv0", image.getFileName().toString(), image.toString());
    assertEquals(expected("t1"), r.out());
    assertEquals("3\n3\n2\n", r.out());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void seedCaseFromAMountedDirectoryPrints332() throws IOException {
    CliRun r = CliRun.of("run", "--mount", DIR.toString(), "t1.py");
    assertEquals(expected("t1"), r.out());
    assertEquals(0, r.code(), r.err());
  }

  @ParameterizedTest
  @MethodSource("programs")
  void programFromMountMatchesCPython(String name) throws IOException {
    CliRun r = CliRun.of("run", "--mount", DIR.toString(), name + ".py");
    assertEquals(expected(name), r.out(), r.err());
    assertEquals(expectedExit(name), r.code());
  }

  @ParameterizedTest
  @MethodSource("programs")
  void programCompiledWithItsHelpersMatchesCPython(String name, @TempDir Path tmp) throws IOException {
    // file names as CPython shows them in the .exp (base names), so the compiler API, not rivet compile
    List<Compiler.SourceModule> modules = new ArrayList<>();
    for (String m : List.of(name, "t2", "t3")) {
      modules.add(new Compiler.SourceModule(m, m + ".py", false, Files.readAllBytes(DIR.resolve(m + ".py"))));
    }
    Path image = Files.write(tmp.resolve(name + ".rbc"), Compiler.compileProgramBytes(modules, name));
    CliRun r = CliRun.of("run", "--argv0", image.getFileName().toString(), image.toString());
    assertEquals(expected(name), r.out(), r.err());
    assertEquals(expectedExit(name), r.code());
  }

  /**
   * CPython (python3 main.py in that directory) prints the same lines except that it follows the
   * symlink and prints "escaped": a mount refuses it by design (docs/board-abi.md, READ_FILE).
   */
  @Test
  void mountedImportsArePackagesAndSymlinksOutOfTheMountAreRefused(@TempDir Path tmp) throws IOException {
    Path mount = Files.createDirectories(tmp.resolve("app"));
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("evil.py"), "print('escaped')\n");
    Files.createSymbolicLink(mount.resolve("evil.py"), outside.resolve("evil.py"));
    Files.createDirectories(mount.resolve("pkg"));
    Files.writeString(mount.resolve("pkg/__init__.py"), "name = 'pkg'\n");
    Files.writeString(mount.resolve("pkg/sub.py"), "from . import name\nvalue = name + '.sub'\n");
    Files.writeString(mount.resolve("main.py"), String.join("\n", List.of(
        "import pkg.sub",
        "print(pkg.sub.value, pkg.sub.__name__, pkg.__name__)",
        "try:",
        "    import evil",
        "except ImportError as e:",
        "    print(type(e).__name__, e)",
        "try:",
        "    import missing_module",
        "except ImportError as e:",
        "    print(type(e).__name__, e)",
        "try:",
        "    exec(compile('x = (', 'dyn.py', 'exec'))",
        "except SyntaxError as e:",
        "    print(type(e).__name__, e.filename, e.lineno, e.offset, repr(e.text))",
        "")));
    CliRun r = CliRun.of("run", "--mount", mount.toString(), "main.py");
    assertEquals("""
        pkg.sub pkg.sub pkg
        ModuleNotFoundError No module named 'evil'
        ModuleNotFoundError No module named 'missing_module'
        SyntaxError dyn.py 1 5 'x = (\\n'
        """, r.out(), r.err());
    assertEquals(0, r.code());
  }

  static final Path IMPORTS = DIR.resolveSibling("mount_imports");
  static final Path EXTRA = DIR.resolveSibling("exec_extra");

  @ParameterizedTest
  @ValueSource(strings = {"compile_edges", "mapping_locals"})
  void extraProgramFromMountMatchesCPython(String name) throws IOException {
    CliRun r = CliRun.of("run", "--mount", EXTRA.toString(), name + ".py");
    assertEquals(Files.readString(EXTRA.resolve(name + ".exp")), r.out(), r.err());
    assertEquals(0, r.code());
  }

  @Test
  void packageImportsFromAMountMatchCPython() throws IOException {
    CliRun r = CliRun.of("run", "--mount", IMPORTS.toString(), "main.py");
    assertEquals(Files.readString(IMPORTS.resolve("main.exp")), r.out(), r.err());
    assertEquals(0, r.code());
  }

  @Test
  void packageImportsCompiledAheadOfTimeMatchCPython(@TempDir Path tmp) throws IOException {
    List<Compiler.SourceModule> modules = new ArrayList<>();
    for (String[] m : new String[][] {{"main", "main.py"}, {"pkg", "pkg/__init__.py"}, {"pkg.a", "pkg/a.py"},
        {"pkg.b", "pkg/b.py"}, {"pkg.sub", "pkg/sub/__init__.py"}, {"pkg.sub.deep", "pkg/sub/deep.py"}}) {
      modules.add(new Compiler.SourceModule(m[0], m[1], m[1].endsWith("__init__.py"),
          Files.readAllBytes(IMPORTS.resolve(m[1]))));
    }
    Path image = Files.write(tmp.resolve("imports.rbc"), Compiler.compileProgramBytes(modules, "main"));
    CliRun r = CliRun.of("run", "--argv0", image.getFileName().toString(), image.toString());
    assertEquals(Files.readString(IMPORTS.resolve("main.exp")), r.out(), r.err());
    assertEquals(0, r.code());
  }

  @Test
  void mountNeedsAFileInsideTheDirectory(@TempDir Path tmp) {
    CliRun r = CliRun.of("run", "--mount", tmp.toString(), "../x.py");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.oneErrorLine(), r.err());
    CliRun missing = CliRun.of("run", "--mount", tmp.resolve("nope").toString(), "x.py");
    assertEquals(ExitCodes.BAD_INPUT, missing.code());
    assertTrue(missing.oneErrorLine(), missing.err());
  }
}
