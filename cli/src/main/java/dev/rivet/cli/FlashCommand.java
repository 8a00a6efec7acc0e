package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.board.Boards;
import dev.rivet.firmware.FirmwareError;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rivet flash}: checks firmware (or links an image into firmware) for a board and writes it
 * atomically to the board's flash file. On any error nothing is written.
 */
@Command(name = "flash", mixinStandardHelpOptions = true, description = "Write firmware (.elf), or an image linked with a runtime, to a board's flash.")
final class FlashCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BoardOptions options;

  @Parameters(index = "0", paramLabel = "FILE", description = "Firmware .elf, bytecode image (.rbc) or Python source.")
  Path file;

  @Override
  public Integer call() throws BoardError, FirmwareError {
    Board board = Boards.load(options.board);
    FirmwareInput.Resolved fw = FirmwareInput.resolve(file, board, options.runtime);
    Path written = FlashStore.write(options.flashDir(), board.name(), fw.bytes());
    spec.commandLine().getOut().println("flashed " + fw.description() + " to board " + board.name() + ": " + written);
    return ExitCodes.OK;
  }
}
