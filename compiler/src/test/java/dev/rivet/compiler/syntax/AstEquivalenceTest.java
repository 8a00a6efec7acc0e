package dev.rivet.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of {@link ParseCorpus} parses to the same tree CPython 3.11's ast module builds
 * (NAME.ast, written by compiler/scripts/regen-ast-dumps.py), node kinds, fields and start
 * positions included.
 */
class AstEquivalenceTest {
  @TestFactory
  List<DynamicTest> eachProgramMatchesCPythonsTree() throws IOException {
    return ParseCorpus.programs().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
      String want = Files.readString(p.expectedTree(), StandardCharsets.UTF_8);
      String got = AstDump.dump(Parser.parseModule(Files.readAllBytes(p.source()), p.name() + ".py"));
      assertEquals(want, got, p.name());
    })).toList();
  }
}
