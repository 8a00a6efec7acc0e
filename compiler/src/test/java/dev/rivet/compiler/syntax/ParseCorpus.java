package dev.rivet.compiler.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The programs the front end must parse: its own lexer/grammar tours in resources/parse-ok, and
 * every Python program of the repository's test suite (tests/), read where it lives rather than
 * copied. A program's CPython tree is in resources/parse-ok/NAME.ast, where NAME is its own file
 * name or, for a suite program, its path under tests/ with '/' spelled "__" (corpus__str__split).
 * compiler/scripts/regen-ast-dumps.py lists the same programs the same way.
 */
final class ParseCorpus {
  static final Path OWN = Path.of("src/test/resources/parse-ok");
  static final Path SUITE = Path.of(System.getProperty("rivet.root", "..")).resolve("tests");
  static final List<String> SUITE_DIRS = List.of("corpus", "exec_scope", "gc_race", "board");

  record Program(String name, Path source) {
    Path expectedTree() {
      return OWN.resolve(name + ".ast");
    }
  }

  private ParseCorpus() {}

  static List<Program> programs() {
    List<Program> out = new ArrayList<>();
    try (Stream<Path> own = Files.list(OWN)) {
      own.filter(p -> p.toString().endsWith(".py"))
          .forEach(p -> out.add(new Program(p.getFileName().toString().replaceFirst("\\.py$", ""), p)));
      for (String dir : SUITE_DIRS) {
        Path base = SUITE.resolve(dir);
        if (!Files.isDirectory(base)) {
          continue;
        }
        try (Stream<Path> s = Files.walk(base)) {
          s.filter(p -> p.toString().endsWith(".py")).forEach(p -> {
            String rel = SUITE.relativize(p).toString().replaceFirst("\\.py$", "");
            out.add(new Program(rel.replace("/", "__"), p));
          });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(Program::name));
    return out;
  }
}
