package dev.rivet.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in resources/parse-ok parses to the same tree CPython 3.11's ast module builds
 * (NAME.ast, written by compiler/scripts/regen-ast-dumps.py), node kinds, fields and start
 * positions included.
 */
class AstEquivalenceTest {
  static final Path CORPUS = Path.of("src/test/resources/parse-ok");

  @TestFactory
  List<DynamicTest> eachProgramMatchesCPythonsTree() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".py")).sorted().map(py -> {
        String name = py.getFileName().toString().replaceFirst("\\.py$", "");
        return DynamicTest.dynamicTest(name, () -> {
          String want = Files.readString(CORPUS.resolve(name + ".ast"), StandardCharsets.UTF_8);
          String got = AstDump.dump(Parser.parseModule(Files.readAllBytes(py), name + ".py"));
          assertEquals(want, got, name);
        });
      }).toList();
    }
  }
}
