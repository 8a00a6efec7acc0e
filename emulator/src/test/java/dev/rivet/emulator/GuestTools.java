package dev.rivet.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds test guests with the real gcc/as: freestanding C programs from src/test/resources/guests
 * (linked at the board's flash base and RAM base like the runtime) and flat assembly snippets.
 * Outputs go to target/guests, so a failing test leaves the ELF to inspect with objdump/gdb.
 */
final class GuestTools {
  static final Path OUT = Path.of("target", "guests").toAbsolutePath();
  static final Path SOURCES = Path.of("src", "test", "resources", "guests").toAbsolutePath();

  private GuestTools() {}

  /** Compiles guests/NAME.c (+ guests/start.S and guests/guest.h) into an ELF; returns its path. */
  static Path compile(String name, String... extra) throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path elf = OUT.resolve(name + ".elf");
    List<String> cmd = new ArrayList<>(List.of("gcc", "-O2", "-g", "-ffreestanding", "-fno-pic", "-fno-pie",
        "-nostdlib", "-static", "-mno-red-zone", "-fno-stack-protector", "-fno-omit-frame-pointer",
        "-fno-builtin", "-Wall", "-T", SOURCES.resolve("guest.ld").toString(), "-Wl,--build-id=none",
        "-o", elf.toString(), SOURCES.resolve("start.S").toString(), SOURCES.resolve(name + ".c").toString()));
    cmd.addAll(List.of(extra));
    run(cmd);
    return elf;
  }

  /** Assembles AT&T x86-64 text into flat machine code (as + objcopy -O binary). */
  static byte[] assemble(String text) throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path src = Files.createTempFile(OUT, "snippet", ".S");
    Path obj = Path.of(src + ".o");
    Path bin = Path.of(src + ".bin");
    try {
      Files.writeString(src, ".code64\n" + text + "\n", StandardCharsets.UTF_8);
      run(List.of("as", "--64", "-o", obj.toString(), src.toString()));
      run(List.of("objcopy", "-O", "binary", "-j", ".text", obj.toString(), bin.toString()));
      return Files.readAllBytes(bin);
    } finally {
      Files.deleteIfExists(src);
      Files.deleteIfExists(obj);
      Files.deleteIfExists(bin);
    }
  }

  static String run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
    }
    return out;
  }
}
