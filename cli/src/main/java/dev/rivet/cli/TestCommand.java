package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.board.Boards;
import dev.rivet.compiler.CompileError;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.HostLibraryError;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import dev.rivet.firmware.FirmwareError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rivet test}: runs Python programs on fresh boards and compares each one's UART output,
 * byte for byte, with NAME.exp beside it and its exit code with NAME.exit (default 0). Boards are
 * booted once and restored per program ({@link TestBoards}); their images are compiled ahead
 * ({@link ImagesAhead}). With --xfail, a listed program that fails is XFAIL and one that passes is
 * XPASS. Exit code 1 when any program fails, times out, crashes or is XPASS, 0 otherwise, 2 for
 * bad input.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run Python test programs on boards and compare their output with NAME.exp / NAME.exit.")
final class TestCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Programs (.py) or folders searched recursively.")
  List<Path> paths;

  @Option(names = "--board", paramLabel = "BOARD", description = "Board for every program (default: standard, or the program's board= header).")
  String board;

  @Option(names = "--runtime", paramLabel = "VARIANT", description = "Runtime variant (default: O2).")
  String runtime;

  @Mixin GcOptions gc;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per program: wall-clock limit, and the same in virtual time (SECONDS x the board's clock_hz instructions). Default 10.")
  double timeoutSeconds = 10;

  @Option(names = "--max-instructions", paramLabel = "N", description = "Per program instruction budget (overrides the virtual time from --timeout).")
  long maxInstructions;

  @Option(names = "-j", paramLabel = "N", description = "Boards run in parallel (default: the number of cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (programs sorted by path, every N-th from the K-th).")
  String shard;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report.")
  Path junit;

  @Option(names = "--xfail", paramLabel = "FILE", description = "Programs expected to fail, one '<path>[@<board>]  <reason>' per line (paths relative to FILE's folder): "
      + "a failure of a listed program is XFAIL (not a failure), a pass is XPASS (a failure).")
  Path xfailFile;

  @Option(names = "--timings", paramLabel = "FILE", description = "Also write one line per program: path, status, guest instructions, milliseconds (tab-separated).")
  Path timings;

  @Option(names = "--filter", paramLabel = "SUBSTRING", description = "Only programs whose path contains SUBSTRING.")
  String filter;

  @Option(names = "--update-exp", description = "Rewrite NAME.exp / NAME.exit from the actual output of programs that differ (review the diff first).")
  boolean updateExp;

  @Option(names = "--expect-from-cpython", description = "Take expected output from the host's python3 (cached under .cache/expected/).")
  boolean fromCpython;

  @Option(names = "--fresh-boot", description = "Boot every program from reset instead of restoring a snapshot (slower; for runtimes without BOOT_READY).")
  boolean freshBoot;

  @Option(names = "--stats", description = "Print what the boards cost: template boots and per-program resets.")
  boolean stats;

  private final Map<String, Board> boards = new HashMap<>();
  private ExpectedFailures xfail;

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new UserError(ExitCodes.BAD_INPUT, "-j must be at least 1");
    }
    if (!(timeoutSeconds > 0) || maxInstructions < 0) {
      throw new UserError(ExitCodes.BAD_INPUT, "--timeout must be positive and --max-instructions not negative");
    }
    if (updateExp && fromCpython) {
      throw new UserError(ExitCodes.BAD_INPUT, "--update-exp writes .exp files from the board; it does not mix with --expect-from-cpython");
    }
    List<TestProgram> programs = TestDiscovery.find(paths, filter, shard == null ? null : TestDiscovery.Shard.parse(shard));
    if (programs.isEmpty()) {
      throw new UserError(ExitCodes.BAD_INPUT, "no test programs found" + (filter != null ? " matching " + filter : "")
          + (shard != null ? " in shard " + shard : ""));
    }
    Board defaultBoard = boardNamed(board != null ? board : "standard");
    for (TestProgram p : programs) {
      if (p.board() != null && p.skip() == null && (board == null || p.board().equals(defaultBoard.name()))) {
        boardNamed(p.board()); // a bad board name in a header is bad input, reported before anything runs
      }
    }
    xfail = xfailFile == null ? null : ExpectedFailures.read(xfailFile);
    CpythonExpected cpython = fromCpython ? new CpythonExpected(Path.of(".cache", "expected")) : null;

    PrintWriter out = spec.commandLine().getOut();
    TestProgress progress = new TestProgress(out, programs.size(), isTerminal());
    TestResult[] results = new TestResult[programs.size()];
    AtomicInteger next = new AtomicInteger();
    long[] cost = new long[5];
    TestPhases allPhases = new TestPhases();
    long start = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    ImagesAhead images = new ImagesAhead(programs, p -> skipReason(p, defaultBoard) == null);
    List<Throwable> crashes = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < Math.min(jobs, programs.size()); w++) {
      workers.add(Thread.ofPlatform().name("rivet-test-" + w).start(() -> {
        TestPhases phases = new TestPhases();
        try (TestBoards tb = new TestBoards(freshBoot, phases)) {
          for (int i; (i = next.getAndIncrement()) < programs.size(); ) {
            results[i] = expectations(runOne(i, programs.get(i), defaultBoard, tb, cpython, phases, images));
            long t = System.nanoTime();
            progress.done(results[i]);
            phases.add(TestPhases.Phase.REPORT, System.nanoTime() - t);
          }
          allPhases.merge(phases);
          synchronized (cost) {
            cost[0] += tb.templateNanos;
            cost[1] += tb.templateBoots;
            cost[2] += tb.resetNanos;
            cost[3] += tb.resets;
            cost[4] += tb.templateInstructions;
          }
        } catch (Throwable t) {
          crashes.add(t);
          next.set(programs.size()); // stop the others too: the error is rivet's or the input's
        }
      }));
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    images.close();
    if (!crashes.isEmpty()) {
      Throwable t = crashes.get(0);
      if (t instanceof Exception e) {
        throw e; // Errors turns rivet's error types into one line and an exit code
      }
      throw new IllegalStateException(t);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.finish();
    List<TestResult> all = Arrays.asList(results);
    report(out, all, seconds);
    if (stats) {
      out.printf(Locale.ROOT, "boards: %d template boot%s to BOOT_READY, %.1f ms and %d instructions each; %d %s, %.3f ms each%n",
          cost[1], cost[1] == 1 ? "" : "s", cost[1] == 0 ? 0 : cost[0] / 1e6 / cost[1], cost[1] == 0 ? 0 : cost[4] / cost[1], cost[3],
          freshBoot ? "fresh boots (link + load)" : "resets (restore + reflash)", cost[3] == 0 ? 0 : cost[2] / 1e6 / cost[3]);
      allPhases.print(out, programs.size());
      TestPhases.printDistribution(out, all);
    }
    if (junit != null) {
      JUnitReport.write(junit, all, seconds);
    }
    if (timings != null) {
      StringBuilder t = new StringBuilder("path\tstatus\tinstructions\tms\n");
      for (TestResult r : all) {
        t.append(r.program().path()).append('\t').append(r.status().name().toLowerCase(Locale.ROOT)).append('\t')
            .append(r.instructions()).append('\t').append(String.format(Locale.ROOT, "%.3f", r.seconds() * 1e3)).append('\n');
      }
      CompileCommand.writeAtomically(timings, t.toString().getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
    return all.stream().anyMatch(r -> r.status().isFailure()) ? 1 : ExitCodes.OK;
  }

  private Board boardNamed(String name) throws BoardError {
    synchronized (boards) {
      Board b = boards.get(name);
      if (b == null) {
        b = Boards.load(name);
        boards.put(name, b);
      }
      return b;
    }
  }

  /** Why p does not run here, or null when it does. */
  private String skipReason(TestProgram p, Board defaultBoard) {
    if (p.skip() != null) {
      return p.skip();
    }
    if (p.board() != null && board != null && !p.board().equals(defaultBoard.name())) {
      return "needs board " + p.board() + " (--board " + board + " given)";
    }
    if (p.gcStress() && !gc.stress) {
      return "needs --gc-stress";
    }
    if (p.gcPoison() && !gc.poison) {
      return "needs --gc-poison";
    }
    return null;
  }

  /** Applies --xfail: a listed program's failure is XFAILED, its pass XPASSED. */
  private TestResult expectations(TestResult r) {
    if (xfail == null || r.status() == TestResult.Status.SKIPPED) {
      return r;
    }
    TestProgram p = r.program();
    String reason = xfail.reason(p.path(), boardName(p));
    if (reason == null) {
      return r;
    }
    if (r.status().isFailure()) {
      return new TestResult(p, TestResult.Status.XFAILED, "expected failure: " + reason + "\n"
          + r.status().word + ": " + r.detail(), r.seconds(), r.instructions());
    }
    if (r.status() == TestResult.Status.PASSED) {
      return new TestResult(p, TestResult.Status.XPASSED, "passes, but " + xfail.file() + " lists it as expected to fail ("
          + reason + "): remove its line", r.seconds(), r.instructions());
    }
    return r;
  }

  private TestResult runOne(int index, TestProgram p, Board defaultBoard, TestBoards tb, CpythonExpected cpython,
      TestPhases phases, ImagesAhead images)
      throws BoardError, FirmwareError, HostLibraryError {
    long t0 = System.nanoTime();
    String skip = skipReason(p, defaultBoard);
    if (skip != null) {
      return new TestResult(p, TestResult.Status.SKIPPED, skip, 0, 0);
    }
    Board b = p.board() != null ? boardNamed(p.board()) : defaultBoard;
    byte[] expected;
    int expectedExit;
    if (cpython != null) {
      CpythonExpected.Expected e = cpython.of(p.path());
      expected = e.output();
      expectedExit = e.exitCode();
    } else if (Files.isRegularFile(p.expFile())) {
      expected = read(p.expFile());
      expectedExit = Files.isRegularFile(p.exitFile()) ? parseExit(p) : 0;
    } else if (updateExp) {
      expected = null;
      expectedExit = 0;
    } else {
      return new TestResult(p, TestResult.Status.FAILED, "no " + p.expFile().getFileName()
          + " beside it (write one, or use --update-exp or --expect-from-cpython)", seconds(t0), 0);
    }
    phases.add(TestPhases.Phase.EXPECTED, System.nanoTime() - t0);
    BootOptions options = gc.applyTo(BootOptions.DEFAULT).withArgv(List.of(p.fileName()));
    long templateBefore = tb.templateNanos;
    try {
      tb.prepare(b, runtime, options); // the first time: boots the template while the compile stage works
    } catch (TestBoards.TemplateFailed f) {
      return new TestResult(p, TestResult.Status.CRASHED, f.getMessage(), seconds(t0), 0);
    }
    t0 += tb.templateNanos - templateBefore; // a template boot is the worker's cost, not this program's
    long tBuild = System.nanoTime();
    byte[] image;
    try {
      image = images.image(index);
    } catch (CompileError c) {
      return new TestResult(p, TestResult.Status.FAILED, "does not compile:\n" + c.render(), seconds(t0), 0);
    }
    long budget = maxInstructions > 0 ? maxInstructions : (long) Math.min(Long.MAX_VALUE / 2, timeoutSeconds * b.devices().clockHz());
    RunLimits limits = new RunLimits(budget, Duration.ofNanos((long) (timeoutSeconds * 1e9)));
    RunResult r;
    phases.add(TestPhases.Phase.BUILD, System.nanoTime() - tBuild);
    try {
      r = tb.run(b, runtime, options, image, limits);
    } catch (TestBoards.TemplateFailed f) {
      return new TestResult(p, TestResult.Status.CRASHED, f.getMessage(), seconds(t0), 0);
    }
    long tCheck = System.nanoTime();
    try {
      return check(p, r, expected, expectedExit, budget, seconds(t0));
    } finally {
      phases.add(TestPhases.Phase.CHECK, System.nanoTime() - tCheck);
    }
  }

  private TestResult check(TestProgram p, RunResult r, byte[] expected, int expectedExit, long budget, double secs) {
    return switch (r) {
      case RunResult.Exited e -> {
        boolean same = expected != null && e.code() == expectedExit && Arrays.equals(expected, e.output());
        if (same) {
          yield new TestResult(p, TestResult.Status.PASSED, "", secs, e.instructions());
        }
        String diff = describeMismatch(expected, expectedExit, e, p);
        if (updateExp && (xfail == null || xfail.reason(p.path(), boardName(p)) == null)) {
          updateExpectation(p, e);
          yield new TestResult(p, TestResult.Status.UPDATED, diff, secs, e.instructions());
        }
        yield new TestResult(p, TestResult.Status.FAILED, diff, secs, e.instructions());
      }
      case RunResult.TimedOut t -> new TestResult(p, TestResult.Status.TIMED_OUT, switch (t.limit()) {
        case INSTRUCTION_BUDGET -> "ran out of its budget of " + budget + " instructions";
        case WALL_CLOCK -> "reached the wall-clock limit of " + timeoutSeconds + " s after " + t.instructions() + " instructions";
      } + outputSoFar(t.output()), secs, t.instructions());
      case RunResult.Faulted f -> new TestResult(p, TestResult.Status.CRASHED, f.report().render() + outputSoFar(f.output()),
          secs, f.instructions());
      case RunResult.Stopped s -> new TestResult(p, TestResult.Status.CRASHED, "the board stopped without a reason", secs,
          s.instructions());
    };
  }

  private String boardName(TestProgram p) {
    return p.board() != null ? p.board() : board != null ? board : "standard";
  }

  private static String outputSoFar(byte[] output) {
    if (output.length == 0) {
      return "";
    }
    String text = new String(output, StandardCharsets.UTF_8);
    List<String> lines = UnifiedDiff.lines(text);
    int from = Math.max(0, lines.size() - 10);
    return "\nlast UART output:\n" + String.join("", lines.subList(from, lines.size())) + (text.endsWith("\n") ? "" : "\n");
  }

  private static String describeMismatch(byte[] expected, int expectedExit, RunResult.Exited e, TestProgram p) {
    StringBuilder b = new StringBuilder();
    if (expected == null) {
      return "no " + p.expFile().getFileName() + " yet";
    }
    if (e.code() != expectedExit) {
      b.append("exit code ").append(e.code()).append(", expected ").append(expectedExit).append('\n');
    }
    if (!Arrays.equals(expected, e.output())) {
      String exp = new String(expected, StandardCharsets.UTF_8), act = new String(e.output(), StandardCharsets.UTF_8);
      if (exp.equals(act)) {
        b.append("the output differs in bytes that are not valid UTF-8\n");
      } else {
        b.append(UnifiedDiff.of(exp, act, "expected " + p.expFile().getFileName(), "actual UART output"));
      }
    }
    return b.toString();
  }

  private static void updateExpectation(TestProgram p, RunResult.Exited e) {
    CompileCommand.writeAtomically(p.expFile(), e.output());
    try {
      if (e.code() == 0) {
        Files.deleteIfExists(p.exitFile());
      } else {
        CompileCommand.writeAtomically(p.exitFile(), (e.code() + "\n").getBytes(StandardCharsets.US_ASCII));
      }
    } catch (IOException x) {
      throw new UserError(ExitCodes.BAD_INPUT, p.exitFile() + ": cannot delete (" + x.getMessage() + ")");
    }
  }

  private static int parseExit(TestProgram p) {
    String text = new String(read(p.exitFile()), StandardCharsets.UTF_8).strip();
    try {
      int code = Integer.parseInt(text);
      if (code >= 0 && code <= 255) {
        return code;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new UserError(ExitCodes.BAD_INPUT, p.exitFile() + ": want one exit code 0..255, found \"" + text + "\"");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static boolean isTerminal() {
    var console = System.console();
    return console != null && console.isTerminal() && Terminal.out() == System.out;
  }

  private void report(PrintWriter out, List<TestResult> all, double seconds) {
    Map<TestResult.Status, Integer> counts = new java.util.EnumMap<>(TestResult.Status.class);
    for (TestResult r : all) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    for (TestResult r : all) {
      if (r.status().isFailure() || r.status() == TestResult.Status.UPDATED) {
        out.println();
        out.println("=== " + r.status().word.toUpperCase(Locale.ROOT) + ": " + r.program().path());
        out.print(r.detail().endsWith("\n") ? r.detail() : r.detail() + "\n");
      }
    }
    for (TestResult r : all) {
      if (r.status() == TestResult.Status.SKIPPED) {
        out.println("skipped " + r.program().path() + ": " + r.detail());
      }
    }
    for (TestResult r : all) {
      if (r.status() == TestResult.Status.XFAILED) {
        out.println("xfail " + r.program().path() + ": " + r.detail().lines().findFirst().orElse("")
            .replaceFirst("^expected failure: ", "") + " (" + r.detail().lines().skip(1).findFirst().orElse("") + ")");
      }
    }
    StringBuilder line = new StringBuilder();
    line.append(all.size()).append(all.size() == 1 ? " program: " : " programs: ");
    List<String> parts = new ArrayList<>();
    for (TestResult.Status s : TestResult.Status.values()) {
      boolean xfailWord = s == TestResult.Status.XFAILED || s == TestResult.Status.XPASSED;
      if ((s != TestResult.Status.UPDATED && !xfailWord) || counts.containsKey(s) || (xfailWord && xfail != null)) {
        parts.add(counts.getOrDefault(s, 0) + " " + s.word);
      }
    }
    line.append(String.join(", ", parts)).append(String.format(Locale.ROOT, " in %.2f s", seconds));
    out.println(line);
  }
}
