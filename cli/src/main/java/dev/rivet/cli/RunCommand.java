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
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rivet run}: boots a board — on its flash file, on a firmware ELF, or on an image (or
 * Python source) linked on the spot — streams the UART to stdout, feeds stdin to the UART, and
 * exits with the guest's code (fault 125 with a report on stderr, timeout 124, bad input 2).
 * With {@code --mount DIR} the board instead loads FILE and its imports from DIR through host calls
 * and compiles them at run time; every board it boots can compile at run time (exec/eval/compile).
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Boot a board on its flash, on firmware, or on an image linked on the spot.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BoardOptions options;
  @Mixin GcOptions gc;

  @Option(names = "--max-instructions", paramLabel = "N", description = "Stop after N guest instructions (exit 124).")
  long maxInstructions;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop after this much wall-clock time (exit 124).")
  double timeoutSeconds;

  @Option(names = "--verbose-boot", description = "Have the runtime print its banner and memory map.")
  boolean verboseBoot;

  @Option(names = "--stats", description = "On exit, print to stderr the guest instructions retired, the board time "
      + "they make at the board's clock_hz, and the wall-clock and emulating thread's CPU time of the run from boot to exit "
      + "(no JVM start, compile or link).")
  boolean stats;

  @Option(names = "--profile", description = "On exit, print to stderr the runtime functions that ran the most guest "
      + "instructions (exact counts per translation block, mapped to the firmware's ELF symbols).")
  boolean profile;

  @Option(names = "--profile-blocks", description = "With --profile: list translation blocks (function+offset) instead of functions.")
  boolean profileBlocks;

  @Option(names = "--profile-top", paramLabel = "N", description = "How many functions --profile prints (default: 25).")
  int profileTop = 25;

  @Option(names = "--mount", paramLabel = "DIR", description = "Run FILE (a .py path relative to DIR) from DIR: the board "
      + "loads it and the modules it imports from DIR through host calls and compiles them at run time.")
  Path mount;

  @Option(names = "--argv0", paramLabel = "NAME", description = "sys.argv[0] as the program sees it (default: FILE as "
      + "given). sys.argv lives in the heap, so its length shifts the heap layout: test drivers pass the file name, as "
      + "rivet test does, so that a run does not depend on where the checkout lives.")
  String argv0;

  @Parameters(paramLabel = "FILE [-- ARGS...]", arity = "0..*",
      description = "Firmware .elf, bytecode image or Python source (default: the board's flash), then the program's arguments.")
  List<String> positional = new ArrayList<>();

  @Override
  public Integer call() throws BoardError, FirmwareError, HostLibraryError {
    if (profileTop < 1) {
      throw new UserError(ExitCodes.BAD_INPUT, "--profile-top needs N >= 1");
    }
    if (maxInstructions < 0 || timeoutSeconds < 0 || Double.isNaN(timeoutSeconds)) {
      throw new UserError(ExitCodes.BAD_INPUT, "--max-instructions and --timeout must not be negative");
    }
    List<String> args = programArguments();
    String fileArg = positional.size() > args.size() ? positional.get(0) : null;
    Board board = Boards.load(options.board);
    if (mount != null) {
      if (argv0 != null) {
        throw new UserError(ExitCodes.BAD_INPUT, "--argv0 does not combine with --mount: argv[0] names the file the board loads");
      }
      return runMounted(board, fileArg, args, limits());
    }
    Path file;
    if (fileArg != null) {
      file = Path.of(fileArg);
    } else {
      file = FlashStore.fileFor(options.flashDir(), board.name());
      if (!Files.exists(file)) {
        throw new UserError(ExitCodes.BAD_INPUT, "no firmware flashed for board " + board.name() + " (" + file
            + " does not exist); run rivet flash FILE first, or give FILE");
      }
    }
    FirmwareInput.Resolved fw = FirmwareInput.resolve(file, board, options.runtime);

    List<String> argv = new ArrayList<>();
    argv.add(argv0 != null ? argv0 : fileArg != null ? fileArg : file.toString());
    argv.addAll(args);
    BootOptions boot;
    try {
      boot = gc.applyTo(BootOptions.DEFAULT.withOptions(verboseBoot ? BootOptions.VERBOSE_BOOT : 0)).withArgv(argv);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.BAD_INPUT, e.getMessage());
    }
    return boot(board, fw, boot, limits(), null);
  }

  private RunLimits limits() {
    return new RunLimits(maxInstructions, Duration.ofNanos((long) (timeoutSeconds * 1e9)));
  }

  /**
   * --mount DIR FILE: firmware with an empty image; boot option MOUNT_MAIN tells the runtime to
   * load argv[0] (FILE relative to DIR) and its imports through the READ_FILE/STAT host calls.
   */
  private int runMounted(Board board, String fileArg, List<String> args, RunLimits limits)
      throws BoardError, FirmwareError, HostLibraryError {
    if (fileArg == null) {
      throw new UserError(ExitCodes.BAD_INPUT, "--mount needs the main program: rivet run --mount DIR main.py");
    }
    Path root;
    try {
      root = mount.toRealPath();
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, "--mount " + mount + ": no such directory");
    }
    if (!Files.isDirectory(root)) {
      throw new UserError(ExitCodes.BAD_INPUT, "--mount " + mount + ": not a directory");
    }
    String main = mainInMount(root, fileArg);
    MountCalls mountCalls = new MountCalls(root);
    if (!(mountCalls.resolve(main) instanceof MountCalls.Found found) || !Files.isRegularFile(found.path())) {
      throw new UserError(ExitCodes.BAD_INPUT, fileArg + ": not a file inside the mounted directory " + mount);
    }
    FirmwareInput.Resolved fw = FirmwareInput.link(new byte[0], "--mount " + mount, board, options.runtime);
    List<String> argv = new ArrayList<>();
    argv.add(main);
    argv.addAll(args);
    BootOptions boot;
    try {
      boot = gc.applyTo(BootOptions.DEFAULT.withOptions((verboseBoot ? BootOptions.VERBOSE_BOOT : 0) | MountCalls.MOUNT_MAIN))
          .withArgv(argv);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.BAD_INPUT, e.getMessage());
    }
    return boot(board, fw, boot, limits, root);
  }

  /** FILE as a path relative to the mount: taken as relative to it, or relativized when it names a file inside. */
  private static String mainInMount(Path root, String fileArg) {
    Path given = Path.of(fileArg);
    if (Files.isRegularFile(given)) {
      try {
        Path real = given.toRealPath();
        if (real.startsWith(root)) {
          return root.relativize(real).toString();
        }
      } catch (IOException e) {
        // fall through: treat it as relative to the mount
      }
    }
    return fileArg;
  }

  private int boot(Board board, FirmwareInput.Resolved fw, BootOptions boot, RunLimits limits, Path mountRoot)
      throws BoardError, FirmwareError, HostLibraryError {
    PrintStream out = Terminal.out();
    try (BoardMachine machine = BoardMachine.boot(board, fw.firmware().elf(), boot)) {
      RuntimeCompileCalls.register(machine);
      if (mountRoot != null) {
        MountCalls.register(machine, mountRoot);
      }
      machine.uart().setSink(out);
      startInputFeeder(machine);
      if (profile) {
        machine.startProfiling();
      }
      // Unicorn emulates on this thread, so its CPU time is the emulation's (steadier than wall time on a shared machine).
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long started = System.nanoTime(), cpuStarted = threads.getCurrentThreadCpuTime();
      RunResult result = machine.run(limits);
      long wallNanos = System.nanoTime() - started, cpuNanos = threads.getCurrentThreadCpuTime() - cpuStarted;
      out.flush();
      int code = finish(result, limits);
      var err = spec.commandLine().getErr();
      if (stats) {
        err.println(RunReport.stats(machine.instructions(), board.devices().clockHz(), wallNanos, cpuNanos));
      }
      if (profile) {
        err.print(RunReport.profile(machine.profileByFunction(profileBlocks), machine.instructions(), profileTop));
      }
      err.flush();
      return code;
    }
  }

  /** Maps how the board stopped to an exit code, with one line (or a fault report) on stderr. */
  private int finish(RunResult result, RunLimits limits) {
    var err = spec.commandLine().getErr();
    return switch (result) {
      case RunResult.Exited e -> e.code();
      case RunResult.Faulted f -> {
        err.print("rivet: " + f.report().render());
        err.flush();
        yield ExitCodes.FAULT;
      }
      case RunResult.TimedOut t -> {
        err.println(switch (t.limit()) {
          case INSTRUCTION_BUDGET -> "rivet: timeout: the instruction budget of " + limits.instructionBudget()
              + " instructions ran out";
          case WALL_CLOCK -> "rivet: timeout: the wall-clock limit of " + timeoutSeconds + " s was reached after "
              + t.instructions() + " instructions";
        });
        err.flush();
        yield ExitCodes.TIMEOUT;
      }
      case RunResult.Stopped s -> throw new IllegalStateException("the board stopped without a reason");
    };
  }

  /** Everything after "--" (or after FILE) is the program's; at most one FILE comes before it. */
  private List<String> programArguments() {
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    int dashes = original.indexOf("--");
    int after = dashes < 0 ? Math.max(0, positional.size() - 1) : original.size() - dashes - 1;
    if (positional.size() - after > 1) {
      throw new UserError(ExitCodes.BAD_INPUT, "run takes one FILE; put the program's arguments after --");
    }
    return List.copyOf(positional.subList(positional.size() - after, positional.size()));
  }

  /** Copies stdin into the UART receiver as it arrives, on a daemon thread. */
  private static void startInputFeeder(BoardMachine machine) {
    InputStream in = Terminal.input;
    Thread feeder = new Thread(() -> {
      byte[] buf = new byte[4096];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          machine.uart().feed(Arrays.copyOf(buf, n));
        }
      } catch (IOException ignored) {
        // stdin closed or unreadable: the guest simply receives nothing more
      }
    }, "rivet-uart-input");
    feeder.setDaemon(true);
    feeder.start();
  }
}
