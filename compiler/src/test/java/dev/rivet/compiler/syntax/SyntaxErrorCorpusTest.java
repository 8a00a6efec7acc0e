package dev.rivet.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rivet.compiler.CompileError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every malformed program in resources/syntax-errors must fail with the kind, message, line and
 * column CPython 3.11 reports (NAME.err, written by compiler/scripts/regen-syntax-errors.py),
 * except where deviations.txt records a documented difference (docs/differences.md).
 */
class SyntaxErrorCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/syntax-errors");

  static Map<String, String> readFields(Path err) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        m.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return m;
  }

  /** deviations.txt: "NAME: field=value; field=value" lines; '#' starts a comment line. */
  static Map<String, Map<String, String>> deviations() throws IOException {
    Map<String, Map<String, String>> all = new HashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("deviations.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      Map<String, String> fields = new HashMap<>();
      for (String kv : line.substring(colon + 1).split(";")) {
        int eq = kv.indexOf('=');
        fields.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
      }
      all.put(line.substring(0, colon).strip(), fields);
    }
    return all;
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      assertTrue(s.filter(p -> p.toString().endsWith(".err")).count() >= 60);
    }
  }

  @TestFactory
  List<DynamicTest> eachProgramFailsLikeCPython() throws IOException {
    Map<String, Map<String, String>> devs = deviations();
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".py")).sorted().map(py -> {
        String name = py.getFileName().toString().replaceFirst("\\.py$", "");
        return DynamicTest.dynamicTest(name, () -> check(name, py, devs.get(name)));
      }).toList();
    }
  }

  private static void check(String name, Path py, Map<String, String> deviation) throws IOException {
    Map<String, String> cpython = readFields(CORPUS.resolve(name + ".err"));
    Map<String, String> want = new HashMap<>(cpython);
    if (deviation != null) {
      want.putAll(deviation);
      assertNotEquals(cpython, want, name + ": deviations.txt entry does not change anything");
    }
    byte[] bytes = Files.readAllBytes(py);
    try {
      Parser.parseModule(bytes, name + ".py");
      fail(name + ": parsed without error, CPython says " + cpython);
    } catch (CompileError e) {
      String got = e.kind() + " | " + e.message() + " | " + e.line() + " | " + e.column();
      String expected = want.get("kind") + " | " + want.get("message") + " | " + want.get("line") + " | "
          + want.get("offset");
      assertEquals(expected, got, name);
    }
  }
}
