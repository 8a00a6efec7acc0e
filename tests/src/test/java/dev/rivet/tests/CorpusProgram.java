package dev.rivet.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Python test program of the corpus and what CPython 3.11 says it must do: NAME.exp holds the
 * exact UART bytes, NAME.exit the exit code when it is not 0 (both written by
 * tests/regen-expected.sh). Owns discovery; never runs anything.
 */
record CorpusProgram(String name, Path source, byte[] expectedOutput, int expectedExit) {

  /** First line that marks an imported helper module rather than a program. */
  static final String MODULE_MARKER = "# rivet: module";

  /** All programs under {@code root}, sorted by their path relative to it ('/'-separated). */
  static List<CorpusProgram> discover(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
          .filter(p -> !isHelperModule(p))
          .sorted()
          .map(p -> load(root, p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHelperModule(Path p) {
    try (var lines = Files.lines(p)) {
      return lines.findFirst().orElse("").startsWith(MODULE_MARKER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CorpusProgram load(Path root, Path source) {
    String name = root.relativize(source).toString().replace('\\', '/');
    String base = source.toString().substring(0, source.toString().length() - 3);
    Path exp = Path.of(base + ".exp");
    Path exit = Path.of(base + ".exit");
    try {
      byte[] expected = Files.exists(exp) ? Files.readAllBytes(exp) : null;
      int code = Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0;
      return new CorpusProgram(name, source, expected, code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean hasExpectation() {
    return expectedOutput != null;
  }
}
