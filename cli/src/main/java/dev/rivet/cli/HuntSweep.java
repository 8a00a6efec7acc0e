package dev.rivet.cli;

import dev.rivet.emulator.RunLimits;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a hunt's schedules on parallel workers (each its own board, so results do not depend on
 * timing), with a progress bar on a terminal, then bisects below the smallest failing sampled k.
 * Results come back sorted by schedule, whatever order the workers finished in.
 */
final class HuntSweep {
  private final HuntTarget target;
  private final RunLimits limits, stressLimits;
  private final byte[] expected;
  private final int expectedExit;
  private final int jobs;
  private final PrintWriter progressOut;
  private final boolean terminal;

  HuntSweep(HuntTarget target, RunLimits limits, RunLimits stressLimits, byte[] expected, int expectedExit, int jobs,
      PrintWriter progressOut, boolean terminal) {
    this.target = target;
    this.limits = limits;
    this.stressLimits = stressLimits;
    this.expected = expected;
    this.expectedExit = expectedExit;
    this.jobs = jobs;
    this.progressOut = progressOut;
    this.terminal = terminal;
  }

  HuntOutcome runOne(HuntSchedule s) throws Exception {
    HuntTarget.Run r = target.run(s, s.kind() == HuntSchedule.Kind.STRESS ? stressLimits : limits);
    return HuntTarget.judge(s, r.result(), expected, expectedExit);
  }

  /** Runs every schedule, {@code jobs} at a time; the first rivet error (not a finding) ends the sweep. */
  List<HuntOutcome> runAll(List<HuntSchedule> schedules) throws Exception {
    HuntOutcome[] results = new HuntOutcome[schedules.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger found = new AtomicInteger();
    List<Exception> errors = Collections.synchronizedList(new ArrayList<>());
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < Math.max(1, Math.min(jobs, schedules.size())); w++) {
      workers.add(Thread.ofPlatform().name("rivet-hunt-" + w).start(() -> {
        for (int i; (i = next.getAndIncrement()) < schedules.size(); ) {
          try {
            results[i] = runOne(schedules.get(i));
          } catch (Exception e) {
            errors.add(e);
            next.set(schedules.size());
            return;
          }
          if (results[i].isFinding()) {
            found.incrementAndGet();
          }
          progress(done.incrementAndGet(), schedules.size(), found.get());
        }
      }));
    }
    for (Thread t : workers) {
      t.join();
    }
    if (terminal && !schedules.isEmpty()) {
      progressOut.print("\r" + " ".repeat(60) + "\r");
      progressOut.flush();
    }
    if (!errors.isEmpty()) {
      throw errors.get(0);
    }
    List<HuntOutcome> out = new ArrayList<>(List.of(results));
    out.sort((a, b) -> a.schedule().compareTo(b.schedule()));
    return out;
  }

  /**
   * Narrows (low, high] to the smallest failing k, assuming the runs fail from some k on within it:
   * high fails, low passes (or is 0). At most {@code steps} runs; returns them in the order run.
   */
  List<HuntOutcome> bisect(long low, long high, int steps) throws Exception {
    List<HuntOutcome> runs = new ArrayList<>();
    while (high - low > 1 && runs.size() < steps) {
      long mid = low + (high - low) / 2;
      HuntOutcome o = runOne(HuntSchedule.at(mid));
      runs.add(o);
      if (o.isFinding()) {
        high = mid;
      } else {
        low = mid;
      }
      if (terminal) {
        progressOut.printf(Locale.ROOT, "\rbisecting: k in (%d, %d]      ", low, high);
        progressOut.flush();
      }
    }
    if (terminal && !runs.isEmpty()) {
      progressOut.print("\r" + " ".repeat(60) + "\r");
      progressOut.flush();
    }
    return runs;
  }

  private void progress(int done, int total, int found) {
    if (!terminal) {
      return;
    }
    synchronized (progressOut) {
      int width = 30, filled = done * width / total;
      progressOut.printf(Locale.ROOT, "\r[%s%s] %d/%d schedules  %d finding%s ", "#".repeat(filled),
          ".".repeat(width - filled), done, total, found, found == 1 ? "" : "s");
      progressOut.flush();
    }
  }
}
