package dev.rivet.compiler.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.Compiler;
import dev.rivet.compiler.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rivet's scope analysis against CPython's: each resources/scope/NAME.py has NAME.symtable,
 * written by gen_expected.py from python3's symtable module; each errors/NAME.py has the
 * SyntaxError (line, column, message) python3's compile() raised for it.
 */
class ScopeAnalyzerTest {
  private static final Path DIR = Path.of("src/test/resources/scope");

  @TestFactory
  Stream<DynamicTest> classificationsMatchCPythonSymtable() throws IOException {
    List<Path> cases = list(DIR);
    return cases.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
      String src = Files.readString(py);
      var result = ScopeAnalyzer.analyze(Parser.parseModule(src, py.getFileName().toString()).body(),
          py.getFileName().toString(), src);
      List<String> out = new ArrayList<>();
      dump(result.top(), "top", out);
      String expected = Files.readString(sibling(py, ".symtable"));
      assertEquals(expected, String.join("\n", out) + "\n");
    }));
  }

  @TestFactory
  Stream<DynamicTest> errorsMatchCPython() throws IOException {
    return list(DIR.resolve("errors")).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
      String src = Files.readString(py);
      CompileError e = assertThrows(CompileError.class,
          () -> Compiler.compileString(src, py.getFileName().toString(), "exec"));
      String expected = Files.readString(sibling(py, ".err")).strip();
      assertEquals(expected, e.line() + ":" + e.column() + ": " + e.message());
    }));
  }

  static void dump(Scope s, String path, List<String> out) {
    List<String> names = new ArrayList<>(s.bindings().keySet());
    names.sort(null);
    StringBuilder sb = new StringBuilder(path).append(':');
    for (String n : names) {
      sb.append(' ').append(n).append('=').append(s.binding(n));
    }
    out.add(sb.toString());
    for (int i = 0; i < s.children().size(); i++) {
      Scope c = s.children().get(i);
      dump(c, path + "/" + i + ":" + c.name, out);
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().startsWith("gen_"))
          .sorted().toList();
    }
  }

  private static Path sibling(Path py, String ext) {
    String name = py.getFileName().toString();
    return py.resolveSibling(name.substring(0, name.length() - 3) + ext);
  }
}
