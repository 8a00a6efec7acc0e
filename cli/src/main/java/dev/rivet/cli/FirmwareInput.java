package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.firmware.Firmware;
import dev.rivet.firmware.FirmwareError;
import dev.rivet.firmware.FirmwareLinker;
import dev.rivet.firmware.Runtimes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Turns the FILE argument of {@code rivet flash} and {@code rivet run} into checked firmware for a
 * board. A firmware ELF is validated as is; a bytecode image (magic "RVBC") is linked onto a
 * runtime variant; Python source goes through {@link #sourceCompiler} first. Nothing is written.
 */
final class FirmwareInput {
  /** The compile step for Python source: path to bytecode image. Set by the compiler's wiring. */
  interface SourceCompiler {
    byte[] compile(Path source, Board board) throws Exception;
  }

  /** How .py files become images; null until the compiler is wired in. */
  static SourceCompiler sourceCompiler = null;

  static final byte[] ELF_MAGIC = {0x7F, 'E', 'L', 'F'};
  static final byte[] IMAGE_MAGIC = {'R', 'V', 'B', 'C'}; // docs/bytecode.md, image header

  private FirmwareInput() {}

  /** A firmware ready to boot, with the bytes that would be flashed. */
  record Resolved(Firmware firmware, byte[] bytes, String description) {}

  /**
   * @param runtime the --runtime option (null: not given; images then use the default variant)
   */
  static Resolved resolve(Path file, Board board, String runtime) throws FirmwareError {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (name.endsWith(".py")) {
      if (!Files.isRegularFile(file)) {
        throw new FirmwareError(file + (Files.exists(file) ? ": not a regular file" : ": no such file"));
      }
      if (sourceCompiler == null) {
        throw new UserError(ExitCodes.BAD_INPUT, file + ": Python source needs the compile step, which this "
            + "build of rivet does not include; give a compiled image (.rbc) or firmware (.elf)");
      }
      byte[] image;
      try {
        image = sourceCompiler.compile(file, board);
      } catch (RuntimeException | FirmwareError e) {
        throw e;
      } catch (Exception e) {
        throw new UserError(ExitCodes.BAD_INPUT, e.getMessage());
      }
      return link(image, file + " (compiled)", board, runtime);
    }
    byte[] bytes = read(file);
    if (name.endsWith(".elf") || startsWith(bytes, ELF_MAGIC)) {
      Firmware fw = Firmware.parse(bytes, file.toString(), board);
      if (runtime != null && !runtime.equals(fw.note().variant())) {
        throw new UserError(ExitCodes.BAD_INPUT, file + ": firmware linked with runtime " + fw.note().variant()
            + ", not " + runtime + " (--runtime applies when linking an image)");
      }
      return new Resolved(fw, bytes, file + " (runtime " + fw.note().variant() + ", image "
          + fw.imageSize() + " bytes)");
    }
    if (startsWith(bytes, IMAGE_MAGIC)) {
      return link(bytes, file.toString(), board, runtime);
    }
    throw new FirmwareError(file + ": neither firmware (ELF) nor a bytecode image (RVBC); "
        + "rivet flash and run take .elf firmware, .rbc images or .py source");
  }

  static Resolved link(byte[] image, String origin, Board board, String runtime) throws FirmwareError {
    String variant = runtime == null ? Runtimes.DEFAULT : runtime;
    byte[] bytes = FirmwareLinker.link(Runtimes.load(variant), variant, image, board);
    Firmware fw = Firmware.parse(bytes, origin, board);
    return new Resolved(fw, bytes, origin + " linked with runtime " + variant + " (image " + image.length + " bytes)");
  }

  static byte[] read(Path file) throws FirmwareError {
    try {
      if (Files.isDirectory(file)) {
        throw new FirmwareError(file + ": is a directory");
      }
      if (Files.size(file) > 256L << 20) {
        throw new FirmwareError(file + ": too large for any board");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new FirmwareError(file + ": no such file");
    } catch (IOException e) {
      throw new FirmwareError(file + ": cannot read it (" + e.getMessage() + ")");
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }
}
