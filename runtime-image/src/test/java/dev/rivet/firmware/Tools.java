package dev.rivet.firmware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the real host tools (gcc, readelf, objdump) for tests; fails loudly when one fails. */
final class Tools {
  private Tools() {}

  static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }

  /** Compiles {@code source} as a freestanding static x86-64 executable at flash base 0x100000. */
  static Path freestanding(Path dir, String source, String... extra) throws IOException, InterruptedException {
    Path c = dir.resolve("prog.c");
    java.nio.file.Files.writeString(c, source);
    Path elf = dir.resolve("prog.elf");
    List<String> cmd = new java.util.ArrayList<>(List.of("gcc", "-O2", "-g", "-ffreestanding", "-fno-pic",
        "-no-pie", "-nostdlib", "-static", "-mno-red-zone", "-fno-stack-protector",
        "-Wl,-Ttext=0x100000", "-o", elf.toString(), c.toString()));
    cmd.addAll(List.of(extra));
    run(dir, cmd.toArray(String[]::new));
    return elf;
  }
}
