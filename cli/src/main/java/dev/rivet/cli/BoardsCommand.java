package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.board.Boards;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rivet boards}: lists the bundled boards and their memory. */
@Command(name = "boards", description = "List the bundled boards.")
final class BoardsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BoardError {
    var out = spec.commandLine().getOut();
    out.printf("%-10s %-10s %-10s %-10s %-10s %s%n", "board", "flash", "ram", "heap", "stack", "description");
    for (String name : Boards.BUNDLED) {
      Board b = Boards.load(name);
      out.printf("%-10s %-10s %-10s %-10s %-10s %s%n", b.name() + (name.equals(Boards.DEFAULT) ? "*" : ""),
          kib(b.flash().size()), kib(b.ram().size()), kib(b.heapSize()), kib(b.stackSize()), b.description());
    }
    out.println("* default board");
    return ExitCodes.OK;
  }

  private static String kib(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }
}
