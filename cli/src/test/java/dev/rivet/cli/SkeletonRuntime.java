package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the runtime without the VM (make WITH_VM=0): the boot stub, HAL, libc and rivet_main,
 * optionally with a guest of the test's own as vm_main. Tests of the board itself use it, so they
 * do not depend on what the VM does with an image.
 */
final class SkeletonRuntime {
  private SkeletonRuntime() {}

  /** Returns the built ELF's bytes; {@code extraSource} may be null. */
  static byte[] build(Path buildDir, String variant, Path extraSource) throws Exception {
    Path root = Path.of(System.getProperty("rivet.root"));
    List<String> cmd = new ArrayList<>(List.of("make", "-s", "-C", root.resolve("runtime-image").toString(),
        "BUILD=" + buildDir, "VARIANT=" + variant, "WITH_VM=0"));
    if (extraSource != null) {
      cmd.add("EXTRA_SRC=" + extraSource);
    }
    Process make = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, make.waitFor(), log);
    return Files.readAllBytes(buildDir.resolve(variant).resolve("rivet-runtime.elf"));
  }
}
