package dev.rivet.firmware;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's printf engine (src/lib/libc/format.c) against the host C library's snprintf:
 * format_check.c runs both on the same cases and prints every disagreement.
 */
class FormatTest {
  @Test
  void runtimePrintfAgreesWithHostLibc(@TempDir Path dir) throws Exception {
    Path root = Path.of(System.getProperty("rivet.root"), "runtime-image");
    Path check = dir.resolve("format_check.c");
    try (var in = FormatTest.class.getResourceAsStream("/native/format_check.c")) {
      Files.write(check, in.readAllBytes());
    }
    Tools.run(dir, "gcc", "-O1", "-Wno-format", "-I" + root.resolve("src/lib/libc"), "-o", "format_check",
        check.toString(), root.resolve("src/lib/libc/format.c").toString());
    Process p = new ProcessBuilder(dir.resolve("format_check").toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
    assertEquals("", out);
  }
}
