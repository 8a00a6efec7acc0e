package dev.rivet.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The flash directory: one firmware file per board, {@code <dir>/<board>.elf}, what a board boots
 * when {@code rivet run} gets no FILE. Writes are atomic — temp file in the same directory, fsync,
 * rename over the old file, fsync the directory — so a failure at any step leaves the old file
 * exactly as it was (content and mtime) and no temp file behind.
 */
final class FlashStore {
  /** Test hook: called after each step ("written", "synced", "renamed"); may throw to simulate failure. */
  interface Step {
    void after(String step) throws IOException;
  }

  static Step testHook = step -> {};

  private FlashStore() {}

  /** The default flash directory: $RIVET_HOME/flash, RIVET_HOME defaulting to ~/.rivet. */
  static Path defaultDir() {
    String home = System.getenv("RIVET_HOME");
    Path base = home != null && !home.isEmpty() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".rivet");
    return base.resolve("flash");
  }

  static Path fileFor(Path dir, String board) {
    return dir.resolve(board + ".elf");
  }

  /** Atomically replaces the board's flash file with {@code firmware}; returns its path. */
  static Path write(Path dir, String board, byte[] firmware) {
    Path target = fileFor(dir, board);
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + board + ".elf.", ".tmp");
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(firmware);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        testHook.after("written");
        ch.force(true);
      }
      testHook.after("synced");
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      testHook.after("renamed");
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true); // make the rename itself durable
      }
      return target;
    } catch (AccessDeniedException e) {
      throw new UserError(ExitCodes.BAD_INPUT, "cannot write the flash file in " + dir + ": permission denied");
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, "cannot write the flash file " + target + ": " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the old flash file is intact either way
        }
      }
    }
  }
}
