package dev.rivet.compiler.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rivet.compiler.Compiler;
import dev.rivet.compiler.image.ImageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The emitter, checked through its output: every resources/golden/NAME.py is compiled, written
 * as an image, read back and disassembled, and the listing must equal NAME.dis (reviewed by hand
 * when it changes). Regenerate the listings with
 * {@code mvn -pl compiler test -Dtest=GoldenDisassemblyTest -Drivet.golden.update=true}.
 */
class GoldenDisassemblyTest {
  static final Path DIR = Path.of("src/test/resources/golden");

  static List<Path> programs() throws IOException {
    try (var files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
  }

  static byte[] compile(Path py) throws IOException {
    String name = py.getFileName().toString().replace(".py", "");
    return Compiler.compileProgramBytes(
        List.of(new Compiler.SourceModule(name, py.getFileName().toString(), false, Files.readAllBytes(py))), name);
  }

  @TestFactory
  Stream<DynamicTest> listingsMatchGoldenFiles() throws IOException {
    boolean update = Boolean.getBoolean("rivet.golden.update");
    return programs().stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
      var image = ImageReader.read(compile(py));
      Verifier.verify(image);
      String listing = Disassembler.disassemble(image);
      Path dis = py.resolveSibling(py.getFileName().toString().replace(".py", ".dis"));
      if (update) {
        Files.writeString(dis, listing);
      }
      assertEquals(Files.readString(dis), listing);
    }));
  }
}
