package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.compiler.Compiler;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.HostCall;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import dev.rivet.emulator.Snapshot;
import dev.rivet.firmware.Firmware;
import dev.rivet.board.BoardError;
import dev.rivet.emulator.HostLibraryError;
import dev.rivet.firmware.FirmwareError;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boards one {@code rivet test} worker thread runs programs on: boot once, restore per test.
 * For each (board, runtime, option bits) it boots a template board until the runtime's host call
 * BOOT_READY (docs/board-abi.md: the VM is initialised, sys.argv and the image not read yet) and
 * snapshots it; each program then restores that snapshot, gets its image flashed host-side and
 * its boot-info block rewritten, and resumes. Not thread-safe: one instance per worker.
 */
final class TestBoards implements AutoCloseable {
  /**
   * The template boot may take this long (gc-stress start-up on a large heap is slow); a runtime
   * that never calls BOOT_READY normally exits long before.
   */
  private static final RunLimits TEMPLATE_LIMITS = RunLimits.wallClock(java.time.Duration.ofSeconds(120));

  private record Key(String board, String runtime, long bits, java.util.List<Long> gcAt) {}

  private static final class Template {
    final BoardMachine machine;
    final Snapshot ready;

    Template(BoardMachine machine, Snapshot ready) {
      this.machine = machine;
      this.ready = ready;
    }
  }

  private final boolean freshBoot;
  private final TestPhases phases;
  /** Wall time spent booting templates, and restoring + reflashing, and how often (for --stats). */
  long templateNanos, templateBoots, templateInstructions, resetNanos, resets;
  private final Map<Key, Template> templates = new HashMap<>();

  /** @param freshBoot boot every program from reset instead (to measure, or for runtimes without BOOT_READY) */
  TestBoards(boolean freshBoot) {
    this(freshBoot, new TestPhases());
  }

  /**
   * @param freshBoot boot every program from reset instead (to measure, or for runtimes without BOOT_READY)
   * @param phases where the reset and run times of each program are added (for --stats)
   */
  TestBoards(boolean freshBoot, TestPhases phases) {
    this.freshBoot = freshBoot;
    this.phases = phases;
  }

  /** Runs one program's image; the result's instruction count is the program's own. */
  RunResult run(Board board, String runtime, BootOptions options, byte[] image, RunLimits limits)
      throws FirmwareError, BoardError, HostLibraryError {
    if (freshBoot) {
      long t0 = System.nanoTime();
      Firmware fw = FirmwareInput.link(image, "test", board, runtime).firmware();
      try (BoardMachine m = BoardMachine.boot(board, fw.elf(), options)) {
        RuntimeCompileCalls.register(m);
        long t1 = System.nanoTime();
        resetNanos += t1 - t0;
        resets++;
        phases.add(TestPhases.Phase.RESET, t1 - t0);
        try {
          return m.run(limits);
        } finally {
          phases.add(TestPhases.Phase.RUN, System.nanoTime() - t1);
        }
      }
    }
    Template t = template(board, runtime, options);
    long t0 = System.nanoTime();
    t.machine.restore(t.ready);
    t.machine.reflash(image, options);
    long t1 = System.nanoTime();
    resetNanos += t1 - t0;
    resets++;
    phases.add(TestPhases.Phase.RESET, t1 - t0);
    RunResult r = t.machine.run(limits);
    phases.add(TestPhases.Phase.RUN, System.nanoTime() - t1);
    long own = r.instructions() - t.ready.instructions();
    return switch (r) {
      case RunResult.Exited e -> new RunResult.Exited(e.code(), e.output(), own);
      case RunResult.Faulted f -> new RunResult.Faulted(f.report(), f.output(), own);
      case RunResult.TimedOut o -> new RunResult.TimedOut(o.limit(), o.output(), own);
      case RunResult.Stopped s -> new RunResult.Stopped(s.output(), own);
    };
  }

  /** Instructions the template boot took to reach BOOT_READY (what each restore saves). */
  long bootInstructions(Board board, String runtime, BootOptions options) throws FirmwareError, BoardError, HostLibraryError {
    return template(board, runtime, options).ready.instructions();
  }

  /** Boots the template programs on this board with these options will restore (no-op with freshBoot). */
  void prepare(Board board, String runtime, BootOptions options) throws FirmwareError, BoardError, HostLibraryError {
    if (!freshBoot) {
      template(board, runtime, options);
    }
  }

  private Template template(Board board, String runtime, BootOptions options) throws FirmwareError, BoardError, HostLibraryError {
    Key key = new Key(board.name(), runtime, options.options(), options.gcAt());
    Template t = templates.get(key);
    if (t == null) {
      t = bootTemplate(board, runtime, options);
      templates.put(key, t);
    }
    return t;
  }

  private Template bootTemplate(Board board, String runtime, BootOptions options) throws FirmwareError, BoardError, HostLibraryError {
    long t0 = System.nanoTime();
    try {
      return bootTemplateNow(board, runtime, options);
    } finally {
      templateNanos += System.nanoTime() - t0;
      templateBoots++;
    }
  }

  private Template bootTemplateNow(Board board, String runtime, BootOptions options) throws FirmwareError, BoardError, HostLibraryError {
    // Any image will do: it only fixes where programs' images go in flash; it is never read.
    byte[] placeholder = Compiler.compileProgramBytes(List.of(new Compiler.SourceModule("placeholder",
        "placeholder.py", false, "pass\n".getBytes(StandardCharsets.UTF_8))), "placeholder");
    Firmware fw = FirmwareInput.link(placeholder, "test template", board, runtime).firmware();
    BoardMachine m = BoardMachine.boot(board, fw.elf(), options);
    try {
      RuntimeCompileCalls.register(m); // compile(), exec() and eval() work as under `rivet run`
      m.registerHostCall(HostCall.BOOT_READY, (call, mem) -> {
        m.requestStop();
        return HostCall.Reply.ok();
      });
      RunResult r = m.run(TEMPLATE_LIMITS);
      if (!(r instanceof RunResult.Stopped)) {
        throw new TemplateFailed("runtime " + (runtime == null ? "(default)" : runtime) + " on board " + board.name()
            + " never made host call BOOT_READY: it " + describe(r)
            + (r instanceof RunResult.Exited ? "" : " (runtimes without BOOT_READY need --fresh-boot)"));
      }
      Snapshot ready = m.snapshot();
      templateInstructions += ready.instructions();
      return new Template(m, ready);
    } catch (RuntimeException e) {
      m.close();
      throw e;
    }
  }

  /** The template board did not reach BOOT_READY: every program on it crashes with this message. */
  static final class TemplateFailed extends RuntimeException {
    TemplateFailed(String message) {
      super(message);
    }
  }

  private static String describe(RunResult r) {
    return switch (r) {
      case RunResult.Exited e -> "exited with code " + e.code() + ": "
          + new String(e.output(), StandardCharsets.UTF_8).strip();
      case RunResult.Faulted f -> "faulted: " + f.report().render().lines().findFirst().orElse("");
      case RunResult.TimedOut t -> "ran out of its " + t.limit();
      case RunResult.Stopped s -> "stopped";
    };
  }

  @Override
  public void close() {
    templates.values().forEach(t -> t.machine.close());
    templates.clear();
  }
}
