package dev.rivet.cli;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import dev.rivet.emulator.heapwatch.Explanation;
import dev.rivet.emulator.heapwatch.HeapWatchError;
import dev.rivet.emulator.heapwatch.SourceLines;
import dev.rivet.firmware.FirmwareError;
import dev.rivet.firmware.Runtimes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rivet gc-hunt PROGRAM}: finds, minimises and explains use-after-collect bugs (docs/gc-hunt.md).
 * A reference run gives the expected output and the allocation count N; a sweep forces one
 * collection at allocation k for every k (or a sample plus bisection) and once before every
 * allocation; the smallest divergent schedule is rerun with the heap watched and explained.
 * Exit 0: no divergence; 1: a divergence; 2: bad input.
 */
@Command(name = "gc-hunt", mixinStandardHelpOptions = true,
    description = "Sweep forced-collection schedules over a program, report the smallest divergent one and explain it.")
final class GcHuntCommand implements Callable<Integer> {
  private static final Pattern SHARD = Pattern.compile("(\\d+)/(\\d+)");

  @Spec CommandSpec spec;

  @Option(names = "--board", paramLabel = "BOARD", description = "Board name or .toml file (default: standard).")
  String board = "standard";

  @Option(names = "--runtime", paramLabel = "VARIANT", description = "Runtime variant (default: O2).")
  String runtime;

  @Option(names = "--mount", paramLabel = "DIR", description = "Directory the program and its imports load from "
      + "(default: PROGRAM's directory); PROGRAM is then relative to it.")
  Path mount;

  @Option(names = "--expect-from-cpython", description = "Expected output from the host's python3 instead of the reference run.")
  boolean fromCpython;

  @Option(names = "--budget", paramLabel = "N", description = "At most N schedules (default: 256; the reference run is extra).")
  int budget = 256;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Boards run in parallel (default: the number of cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N of the planned schedules (merge with --merge).")
  String shard;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the result as JSON to FILE ('-': stdout instead of the text report).")
  Path json;

  @Option(names = "--svg", paramLabel = "FILE", description = "Write an SVG timeline of heap occupancy of the explained run.")
  Path svg;

  @Option(names = "--no-explain", description = "Do not rerun the smallest finding with the heap watched.")
  boolean noExplain;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Wall-clock limit of the reference run (default: 300).")
  double timeoutSeconds = 300;

  @Option(names = "--measure-watch", description = "Instead of hunting: time the reference run without and with the "
      + "heap watcher (best of 3 each) and print the slowdown (bench/gc-hunt-bench.sh).")
  boolean measureWatch;

  @Option(names = "--merge", paramLabel = "FILE", arity = "1..*", description = "Merge the JSON results of shards instead of hunting.")
  List<Path> merge = new ArrayList<>();

  @Parameters(paramLabel = "PROGRAM", arity = "0..1", description = "The Python program (a .py file).")
  String program;

  @Override
  public Integer call() throws Exception {
    if (!merge.isEmpty()) {
      if (program != null) {
        throw new UserError(ExitCodes.BAD_INPUT, "--merge takes JSON files only, not PROGRAM");
      }
      return finish(merged());
    }
    if (program == null) {
      throw new UserError(ExitCodes.BAD_INPUT, "gc-hunt needs PROGRAM: rivet gc-hunt [--board B] [--runtime V] prog.py");
    }
    if (budget < 2) {
      throw new UserError(ExitCodes.BAD_INPUT, "--budget must be at least 2 (one forced collection and the stress run)");
    }
    if (jobs < 1) {
      throw new UserError(ExitCodes.BAD_INPUT, "-j must be at least 1");
    }
    if (!(timeoutSeconds > 0)) {
      throw new UserError(ExitCodes.BAD_INPUT, "--timeout must be positive");
    }
    int[] sh = parseShard();
    long t0 = System.nanoTime();
    Board b = Boards.load(board);
    String variant = runtime == null ? Runtimes.DEFAULT : runtime;
    Path root = mountRoot();
    String main = mainIn(root);
    HuntTarget target = new HuntTarget(b, variant, root, mountArg(), main);
    if (measureWatch) {
      return measureWatch(target);
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null && (json == null || !json.toString().equals("-"));

    // 1. the reference run
    HuntTarget.Run ref = target.run(HuntSchedule.REFERENCE, new RunLimits(0, Duration.ofMillis((long) (timeoutSeconds * 1000))));
    byte[] expected;
    int expectedExit;
    String expectedFrom;
    if (fromCpython) {
      CpythonExpected.Expected e = new CpythonExpected(Path.of(".cache", "expected")).of(root.resolve(main));
      expected = e.output();
      expectedExit = e.exitCode();
      expectedFrom = "CPython";
    } else {
      expected = ref.result().output();
      expectedExit = ref.result() instanceof RunResult.Exited x ? x.code() : 0;
      expectedFrom = "the reference run";
    }
    HuntOutcome reference = HuntTarget.judge(HuntSchedule.REFERENCE, ref.result(), expected, expectedExit);
    long refInstructions = reference.instructions();
    HuntPlan plan = HuntPlan.of(Math.max(0, ref.allocations()), budget);
    List<HuntOutcome> runs = new ArrayList<>();
    RunLimits limits = RunLimits.instructions(2 * refInstructions + 100_000_000L);
    // Stress collects at every allocation; a collection costs well under 64 instructions per heap block.
    RunLimits stressLimits = RunLimits.instructions(2 * refInstructions + 100_000_000L
        + Math.max(0, ref.allocations()) * Math.max(0, ref.heapBlocks()) * 64);

    // 2. the sweep (not when the reference itself diverges: it is the finding)
    if (!reference.isFinding()) {
      HuntSweep sweep = new HuntSweep(target, limits, stressLimits, expected, expectedExit, jobs, err, terminal);
      runs.addAll(sweep.runAll(plan.schedules(sh[0], sh[1])));
      if (!plan.exhaustive()) {
        HuntOutcome firstFailing = runs.stream()
            .filter(o -> o.isFinding() && o.schedule().kind() == HuntSchedule.Kind.AT).findFirst().orElse(null);
        if (firstFailing != null) {
          long k = firstFailing.schedule().k();
          runs.addAll(sweep.bisect(plan.previous(k), k, plan.bisectionReserve()));
        }
        runs.sort((x, y) -> x.schedule().compareTo(y.schedule()));
      }
    }
    HuntResult result = new HuntResult(program, b.name(), variant, mountArg(), main, plan.allocations(), expectedFrom,
        reference, plan.exhaustive(), reference.isFinding() ? 0 : plan.sample().size(), shard, runs, null, List.of(), null);

    // 3. the explanation of the smallest finding
    if (!noExplain && result.smallest().isPresent()) {
      HuntOutcome smallest = result.smallest().get();
      result = explain(target, result, smallest, smallest.schedule().kind() == HuntSchedule.Kind.STRESS ? stressLimits : limits);
    }
    int code = finish(result);
    if (json == null || !json.toString().equals("-")) {
      spec.commandLine().getOut().println("hunt took " + seconds(t0) + " (" + jobs + " job" + (jobs == 1 ? "" : "s") + ")");
      spec.commandLine().getOut().flush();
    }
    return code;
  }

  /** Wall time of the reference schedule without and with the watcher; the guest must run identically. */
  private int measureWatch(HuntTarget target) throws Exception {
    RunLimits l = new RunLimits(0, Duration.ofMillis((long) (timeoutSeconds * 1000)));
    long off = Long.MAX_VALUE, on = Long.MAX_VALUE, offInstr = 0, onInstr = 0;
    int stale = 0, collections = 0;
    List<String> staleText = List.of();
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      offInstr = target.run(HuntSchedule.REFERENCE, l).result().instructions();
      off = Math.min(off, System.nanoTime() - t0);
      t0 = System.nanoTime();
      try (HuntTarget.WatchedRun w = target.runWatched(HuntSchedule.REFERENCE, l)) {
        onInstr = w.result().instructions();
        on = Math.min(on, System.nanoTime() - t0);
        Explanation e = w.watcher().explanation();
        stale = e.staleAccesses().size();
        collections = e.collections().size();
        if (stale > 0 && i == 0) {
          staleText = HuntExplainer.text(SourceLines.resolve(target.elf(), e));
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s on board %s, runtime %s, reference run (%d instructions, %d collections, %d stale accesses seen)%n",
        program, target.board.name(), target.runtime, offInstr, collections, stale);
    out.printf(Locale.ROOT, "watch off: %.1f ms   watch on: %.1f ms   slowdown: %.2fx   guest instructions identical: %s%n",
        off / 1e6, on / 1e6, (double) on / off, offInstr == onInstr ? "yes" : "NO (" + onInstr + ")");
    if (!staleText.isEmpty()) {
      out.println("stale accesses in the reference run itself (a latent use-after-collect):");
      staleText.forEach(out::println);
    }
    out.flush();
    return offInstr == onInstr ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private HuntResult explain(HuntTarget target, HuntResult r, HuntOutcome finding, RunLimits limits) throws Exception {
    RunLimits l = finding.schedule().kind() == HuntSchedule.Kind.REFERENCE
        ? new RunLimits(0, Duration.ofMillis((long) (timeoutSeconds * 1000))) : limits;
    Explanation e;
    List<String> text = new ArrayList<>();
    try (HuntTarget.WatchedRun w = target.runWatched(finding.schedule(), l)) {
      HuntOutcome again = HuntTarget.judge(finding.schedule(), w.result(), new byte[0], 0);
      boolean same = again.status() == finding.status() && again.instructions() == finding.instructions()
          || again.instructions() == finding.instructions() && again.exitCode() == finding.exitCode();
      text.add(same ? "  the watched rerun ended exactly as the sweep's run (" + finding.status().word + " after "
          + finding.instructions() + " instructions)" : "  the watched rerun ended differently (" + again.detail() + ")");
      e = w.watcher().explanation();
    } catch (HeapWatchError ex) {
      throw new UserError(ExitCodes.BAD_INPUT, ex.getMessage());
    }
    // A second rerun follows the freed block's head pointer instruction by instruction, from its
    // allocation to the collection (not for stress: a collection at every allocation).
    if (!e.staleAccesses().isEmpty() && e.staleAccesses().get(0).block().allocation() != null
        && finding.schedule().kind() != HuntSchedule.Kind.STRESS) {
      long number = e.staleAccesses().get(0).block().allocation().number();
      try (HuntTarget.WatchedRun w = target.runWatched(finding.schedule(), l, number)) {
        Explanation traced = w.watcher().explanation();
        e = new Explanation(e.collections(), e.staleAccesses(), e.timeline(), e.allocations(), e.instructions(),
            traced.headTrace());
      } catch (HeapWatchError ex) {
        throw new UserError(ExitCodes.BAD_INPUT, ex.getMessage());
      }
    }
    e = SourceLines.resolve(target.elf(), e);
    text.addAll(HuntExplainer.text(e));
    if (svg != null) {
      write(svg, HeapTimelineSvg.render(e, "rivet gc-hunt " + program + ": " + finding.schedule().label() + " on "
          + r.runtime()));
    }
    return new HuntResult(r.program(), r.board(), r.runtime(), r.mount(), r.main(), r.allocations(), r.expectedFrom(),
        r.reference(), r.exhaustive(), r.planned(), r.shard(), r.runs(), finding.schedule().label(), text,
        HuntExplainer.json(e));
  }

  private int finish(HuntResult r) {
    PrintWriter out = spec.commandLine().getOut();
    if (json != null) {
      String text = Json.write(HuntReport.json(r));
      if (json.toString().equals("-")) {
        out.print(text);
      } else {
        write(json, text);
      }
    }
    if (json == null || !json.toString().equals("-")) {
      HuntReport.text(r).forEach(out::println);
    }
    out.flush();
    return r.findings().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** --merge: the union of shards' runs; the explanation from the shard that explained the merged smallest. */
  private HuntResult merged() {
    List<HuntResult> parts = new ArrayList<>();
    for (Path p : merge) {
      try {
        parts.add(HuntReport.fromJson(Json.parse(Files.readString(p, StandardCharsets.UTF_8))));
      } catch (IOException e) {
        throw new UserError(ExitCodes.BAD_INPUT, p + ": cannot read (" + e.getMessage() + ")");
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCodes.BAD_INPUT, p + ": " + e.getMessage());
      }
    }
    HuntResult first = parts.get(0);
    Map<HuntSchedule, HuntOutcome> runs = new LinkedHashMap<>();
    for (HuntResult p : parts) {
      if (!p.program().equals(first.program()) || !p.board().equals(first.board()) || !p.runtime().equals(first.runtime())
          || p.allocations() != first.allocations()) {
        throw new UserError(ExitCodes.BAD_INPUT, "the results are of different hunts (program, board, runtime or "
            + "allocation count differ): " + first.program() + " vs " + p.program());
      }
      p.runs().forEach(o -> runs.putIfAbsent(o.schedule(), o));
    }
    List<HuntOutcome> all = new ArrayList<>(runs.values());
    all.sort((x, y) -> x.schedule().compareTo(y.schedule()));
    HuntResult m = new HuntResult(first.program(), first.board(), first.runtime(), first.mount(), first.main(),
        first.allocations(), first.expectedFrom(), first.reference(), first.exhaustive(), first.planned(), null, all,
        null, List.of(), null);
    String smallest = m.smallest().map(o -> o.schedule().label()).orElse(null);
    for (HuntResult p : parts) {
      if (smallest != null && smallest.equals(p.explainedSchedule())) {
        return new HuntResult(m.program(), m.board(), m.runtime(), m.mount(), m.main(), m.allocations(),
            m.expectedFrom(), m.reference(), m.exhaustive(), m.planned(), null, all, p.explainedSchedule(),
            p.explanationText(), p.explanationJson());
      }
    }
    return m;
  }

  private int[] parseShard() {
    if (shard == null) {
      return new int[] {0, 1};
    }
    Matcher m = SHARD.matcher(shard);
    if (!m.matches()) {
      throw new UserError(ExitCodes.BAD_INPUT, "--shard takes K/N (e.g. 2/4), not '" + shard + "'");
    }
    int k, n;
    try {
      k = Integer.parseInt(m.group(1));
      n = Integer.parseInt(m.group(2));
    } catch (NumberFormatException e) {
      throw new UserError(ExitCodes.BAD_INPUT, "--shard " + shard + ": numbers too large");
    }
    if (n < 1 || k < 1 || k > n) {
      throw new UserError(ExitCodes.BAD_INPUT, "--shard " + shard + ": K must be in 1..N");
    }
    return new int[] {k - 1, n};
  }

  private Path mountRoot() {
    Path dir = mount != null ? mount : Path.of(program).toAbsolutePath().getParent();
    try {
      Path real = dir.toRealPath();
      if (!Files.isDirectory(real)) {
        throw new UserError(ExitCodes.BAD_INPUT, dir + ": not a directory");
      }
      return real;
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, (mount != null ? "--mount " : "") + dir + ": no such directory");
    }
  }

  /** The mount as the replay command should name it: as given, or PROGRAM's directory as given. */
  private String mountArg() {
    if (mount != null) {
      return mount.toString();
    }
    Path parent = Path.of(program).getParent();
    return parent == null ? "." : parent.toString();
  }

  private String mainIn(Path root) {
    Path given = mount != null ? Path.of(program) : Path.of(program).getFileName();
    if (given == null || !given.toString().endsWith(".py")) {
      throw new UserError(ExitCodes.BAD_INPUT, program + ": gc-hunt takes a Python program (.py)");
    }
    Path file = root.resolve(given).normalize();
    if (mount != null && Files.isRegularFile(Path.of(program))) {
      try {
        Path real = Path.of(program).toRealPath();
        if (real.startsWith(root)) {
          return root.relativize(real).toString();
        }
      } catch (IOException e) {
        // fall through: taken as relative to the mount
      }
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      throw new UserError(ExitCodes.BAD_INPUT, program + ": no such file" + (mount != null ? " in " + mount : ""));
    }
    return root.relativize(file).toString();
  }

  private static void write(Path file, String text) {
    CompileCommand.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8)); // a UserError (exit 2) when it cannot
  }

  private static String seconds(long t0) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9);
  }
}
