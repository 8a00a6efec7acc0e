package dev.rivet.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rivet.compiler.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the emitter produces means what the source means: each resources/run/NAME.py is compiled
 * to an image and executed by compiler/scripts/refvm.py (an executor written from
 * docs/bytecode.md alone), and its stdout must equal CPython 3.11's for the same file (python3
 * is run by the test: the oracle, not a stored guess).
 */
class ReferenceExecutionTest {
  private static final Path DIR = Path.of("src/test/resources/run");
  private static final Path REFVM = Path.of("scripts/refvm.py");

  @TestFactory
  Stream<DynamicTest> refvmOutputEqualsCPython() throws IOException {
    List<Path> programs;
    try (var files = Files.list(DIR)) {
      programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    return programs.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
      String name = py.getFileName().toString().replace(".py", "");
      byte[] image = Compiler.compileProgramBytes(
          List.of(new Compiler.SourceModule(name, py.getFileName().toString(), false, Files.readAllBytes(py))), name);
      Path img = Files.createTempFile("refvm", ".rbc");
      try {
        Files.write(img, image);
        String expected = run("python3", py.toString());
        String actual = run("python3", REFVM.toString(), img.toString());
        assertEquals(expected, actual);
      } finally {
        Files.deleteIfExists(img);
      }
    }));
  }

  private static String run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", cmd));
    }
    return new String(out, StandardCharsets.UTF_8) + "[exit " + p.exitValue() + "]";
  }
}
