package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.board.Boards;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.HostLibraryError;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import dev.rivet.firmware.FirmwareError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rivet repl}: boots a board with no program and boot option {@code repl}, so the runtime
 * runs its interactive prompt on the UART (runtime-image/src/vm/repl.c). The host compiles each
 * statement (ReplHostCalls), edits lines with JLine when stdin and stdout are a terminal, and pipes
 * bytes otherwise. Ctrl-C while a statement runs stops the board between blocks, sets the board's
 * interrupt flag and resumes it: the statement ends with KeyboardInterrupt. Exit code: the
 * board's (0 at Ctrl-D or end of input; SystemExit's code).
 */
@Command(name = "repl", mixinStandardHelpOptions = true,
    description = "Interactive Python prompt on a board (Ctrl-D exits, Ctrl-C interrupts).")
final class ReplCommand implements Callable<Integer> {
  /** Boot option bit 4 (docs/board-abi.md). */
  static final long REPL_OPTION = 1L << 4;

  @Spec CommandSpec spec;
  @Mixin BoardOptions options;

  @Option(names = "--gc-stress", description = "Collect before every allocation (statements run much slower).")
  boolean gcStress;

  @Override
  public Integer call() throws BoardError, FirmwareError, HostLibraryError {
    Board board = Boards.load(options.board);
    FirmwareInput.Resolved fw = FirmwareInput.link(new byte[0], "repl", board, options.runtime);
    BootOptions boot = BootOptions.DEFAULT.withOptions(REPL_OPTION | (gcStress ? BootOptions.GC_STRESS : 0)).withArgv(List.of(""));
    try (ReplConsole console = openConsole();
        BoardMachine machine = BoardMachine.boot(board, fw.firmware().elf(), boot)) {
      ReplHostCalls calls = ReplHostCalls.register(machine, console);
      machine.uart().setSink(console.output());
      Interrupts interrupts = new Interrupts(machine);
      console.onInterrupt(interrupts::request);
      for (;;) {
        RunResult result = machine.run(RunLimits.NONE);
        if (result instanceof RunResult.Stopped && interrupts.take()) {
          calls.deliverInterrupt();
          continue;
        }
        return finish(result);
      }
    }
  }

  /** JLine on a terminal; plain bytes when stdin is redirected (or replaced by a test). */
  private ReplConsole openConsole() {
    var console = System.console();
    if (Terminal.input == System.in && console != null && console.isTerminal()) {
      try {
        return new LineEditorConsole(historyFile());
      } catch (IOException e) {
        spec.commandLine().getErr().println("rivet: no line editing (" + e.getMessage() + ")");
      }
    }
    return new ReplConsole.Pipe(Terminal.input, Terminal.out());
  }

  private static Path historyFile() throws IOException {
    String home = System.getenv("RIVET_HOME");
    Path dir = home != null && !home.isEmpty() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".rivet");
    Files.createDirectories(dir);
    return dir.resolve("repl_history");
  }

  private int finish(RunResult result) {
    var err = spec.commandLine().getErr();
    return switch (result) {
      case RunResult.Exited e -> e.code();
      case RunResult.Faulted f -> {
        err.print("rivet: " + f.report().render());
        err.flush();
        yield ExitCodes.FAULT;
      }
      case RunResult.TimedOut t -> throw new IllegalStateException("a REPL board has no limits");
      case RunResult.Stopped s -> throw new IllegalStateException("the board stopped without a reason");
    };
  }

  /** Ctrl-C requests from the signal thread, handed to the thread running the board. */
  private static final class Interrupts {
    private final BoardMachine machine;
    private volatile boolean requested;

    Interrupts(BoardMachine machine) {
      this.machine = machine;
    }

    void request() {
      requested = true;
      machine.requestStop();
    }

    boolean take() {
      boolean r = requested;
      requested = false;
      return r;
    }
  }
}
