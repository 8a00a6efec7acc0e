package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.emulator.BadGuestPointer;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.HostLibraryError;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import dev.rivet.emulator.heapwatch.GcSymbols;
import dev.rivet.emulator.heapwatch.HeapWatchError;
import dev.rivet.emulator.heapwatch.HeapWatcher;
import dev.rivet.firmware.FirmwareError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program a hunt runs, exactly as {@code rivet run --board B --runtime V --mount DIR FILE}
 * runs it: linked once (runtime + empty image), booted fresh for every schedule, loaded from source
 * through the mount host calls and compiled at run time, so its bytecode lives in the GC heap.
 * Runs are independent boards, so any number may run at once on different threads.
 */
final class HuntTarget {
  final Board board;
  final String runtime;
  final Path mountRoot;
  final String mountArg;
  final String main;
  private final FirmwareInput.Resolved firmware;
  private final long allocCountVar, nblocksVar;

  HuntTarget(Board board, String runtime, Path mountRoot, String mountArg, String main)
      throws FirmwareError, HostLibraryError {
    this.board = board;
    this.runtime = runtime;
    this.mountRoot = mountRoot;
    this.mountArg = mountArg;
    this.main = main;
    this.firmware = FirmwareInput.link(new byte[0], "--mount " + mountArg, board, runtime);
    try {
      GcSymbols symbols = GcSymbols.of(firmware.firmware().elf());
      this.allocCountVar = symbols.allocCountVar();
      this.nblocksVar = symbols.nblocksVar();
    } catch (HeapWatchError e) {
      throw new FirmwareError(e.getMessage());
    }
  }

  /** What one run produced: the result, the allocation count and the heap's block count at the end. */
  record Run(RunResult result, long allocations, long heapBlocks) {}

  /** Boots a fresh board for {@code schedule} and runs it to the end or the limit. */
  Run run(HuntSchedule schedule, RunLimits limits) throws BoardError, FirmwareError, HostLibraryError {
    try (BoardMachine m = boot(schedule)) {
      RunResult r = m.run(limits);
      return new Run(r, read(m, allocCountVar), read(m, nblocksVar));
    }
  }

  /** The same run with the heap watcher attached; the watcher holds what it saw. */
  record WatchedRun(RunResult result, HeapWatcher watcher, BoardMachine machine) implements AutoCloseable {
    @Override
    public void close() {
      machine.close();
    }
  }

  WatchedRun runWatched(HuntSchedule schedule, RunLimits limits)
      throws BoardError, FirmwareError, HostLibraryError, HeapWatchError {
    return runWatched(schedule, limits, 0);
  }

  /** With {@code traceAllocation} > 0, the watcher also traces that allocation's head pointer (slow). */
  WatchedRun runWatched(HuntSchedule schedule, RunLimits limits, long traceAllocation)
      throws BoardError, FirmwareError, HostLibraryError, HeapWatchError {
    BoardMachine m = boot(schedule);
    try {
      HeapWatcher w = HeapWatcher.attach(m, traceAllocation);
      return new WatchedRun(m.run(limits), w, m);
    } catch (RuntimeException | HeapWatchError | HostLibraryError e) {
      m.close();
      throw e;
    }
  }

  private BoardMachine boot(HuntSchedule schedule) throws BoardError, FirmwareError, HostLibraryError {
    BootOptions boot = BootOptions.DEFAULT.withOptions(MountCalls.MOUNT_MAIN | BootOptions.GC_POISON
            | (schedule.kind() == HuntSchedule.Kind.STRESS ? BootOptions.GC_STRESS : 0))
        .withGcAt(schedule.kind() == HuntSchedule.Kind.AT ? List.of(schedule.k()) : List.of())
        .withArgv(List.of(main));
    BoardMachine m = BoardMachine.boot(board, firmware.firmware().elf(), boot);
    RuntimeCompileCalls.register(m);
    MountCalls.register(m, mountRoot);
    return m;
  }

  private static long read(BoardMachine m, long variable) {
    try {
      return m.memory().readLong(variable);
    } catch (BadGuestPointer e) {
      return -1;
    }
  }

  dev.rivet.firmware.Elf elf() {
    return firmware.firmware().elf();
  }

  /** The one-line {@code rivet run} command that replays {@code schedule}. */
  String replay(HuntSchedule schedule) {
    return replay(board.name(), runtime, mountArg, main, schedule);
  }

  static String replay(String board, String runtime, String mount, String main, HuntSchedule schedule) {
    List<String> words = new ArrayList<>(List.of("rivet", "run", "--board", board, "--runtime", runtime));
    words.addAll(schedule.flags());
    words.addAll(List.of("--mount", mount, main));
    return String.join(" ", words.stream().map(HuntTarget::quote).toList());
  }

  private static String quote(String w) {
    return w.matches("[A-Za-z0-9_./,:=+-]+") ? w : "'" + w.replace("'", "'\\''") + "'";
  }

  /** Compares a run with the expected output and exit code. */
  static HuntOutcome judge(HuntSchedule schedule, RunResult r, byte[] expected, int expectedExit) {
    return switch (r) {
      case RunResult.Faulted f -> new HuntOutcome(schedule, HuntOutcome.Status.FAULT, ExitCodes.FAULT,
          f.instructions(), f.report().summary());
      case RunResult.TimedOut t -> new HuntOutcome(schedule, HuntOutcome.Status.TIMEOUT, ExitCodes.TIMEOUT,
          t.instructions(), "timeout: the " + t.limit() + " ran out after " + t.instructions() + " instructions");
      case RunResult.Stopped s -> new HuntOutcome(schedule, HuntOutcome.Status.TIMEOUT, ExitCodes.TIMEOUT,
          s.instructions(), "stopped");
      case RunResult.Exited e -> {
        if (e.code() != expectedExit) {
          yield new HuntOutcome(schedule, HuntOutcome.Status.VM_ERROR, e.code(), e.instructions(),
              "exit " + e.code() + " (expected " + expectedExit + "): " + lastLine(e.output()));
        }
        if (!java.util.Arrays.equals(e.output(), expected)) {
          yield new HuntOutcome(schedule, HuntOutcome.Status.WRONG_OUTPUT, e.code(), e.instructions(),
              firstDifference(expected, e.output()));
        }
        yield new HuntOutcome(schedule, HuntOutcome.Status.PASS, e.code(), e.instructions(), "");
      }
    };
  }

  private static String lastLine(byte[] out) {
    String[] lines = new String(out, StandardCharsets.UTF_8).strip().split("\n");
    return lines.length == 0 || lines[lines.length - 1].isEmpty() ? "(no output)" : clip(lines[lines.length - 1]);
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String[] a = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] b = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end of output)", y = i < b.length ? b[i] : "(end of output)";
      if (!x.equals(y)) {
        return "output line " + (i + 1) + ": expected " + clip(x) + ", got " + clip(y);
      }
    }
    return "output differs";
  }

  private static String clip(String s) {
    s = s.replace("\r", "\\r");
    return s.length() > 80 ? "\"" + s.substring(0, 77) + "...\"" : "\"" + s + "\"";
  }
}
