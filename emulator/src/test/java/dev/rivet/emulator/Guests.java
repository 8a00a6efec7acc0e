package dev.rivet.emulator;

import dev.rivet.board.Boards;
import dev.rivet.firmware.Elf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Boots test guests (built once per JVM by GuestTools) on bundled boards. */
final class Guests {
  private Guests() {}

  static synchronized Elf elf(String name) throws Exception {
    Path path = GuestTools.OUT.resolve(name + ".elf");
    if (!built.contains(name)) {
      path = GuestTools.compile(name);
      built.add(name);
    }
    return Elf.parse(Files.readAllBytes(path), path.toString());
  }

  private static final java.util.Set<String> built = new java.util.HashSet<>();

  static BoardMachine bootOn(String board, String guest, String... argv) throws Exception {
    return BoardMachine.boot(Boards.load(board), elf(guest), BootOptions.DEFAULT.withArgv(List.of(argv)));
  }

  static BoardMachine boot(String guest, String... argv) throws Exception {
    return bootOn("tiny", guest, argv);
  }
}
