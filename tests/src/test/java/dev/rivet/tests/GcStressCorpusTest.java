package dev.rivet.tests;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole corpus (tests/corpus) under the collector's stress mode: each program on the tiny
 * board with --gc-stress --gc-poison (a full collection before every allocation, freed blocks
 * filled with the poison byte), judged like CorpusTest against CPython's output. A root the VM
 * forgets shows up here as a fault on 0xEEEE... or wrong output. Expected failures are listed in
 * tests/corpus/xfail-gc-stress.txt, in xfail.txt's format; regenerate it with
 * {@code -Drivet.corpus.update-xfail=true}. Takes about a minute on 2 cores (docs/gc-race.md).
 * Honours rivet.corpus.filter / threads / timeout-seconds like CorpusTest.
 */
class GcStressCorpusTest {
  static final String BOARD = "tiny";
  /** An instruction budget far above what any corpus program needs under stress (a stuck run stops). */
  static final List<String> STRESS = List.of("--gc-stress", "--gc-poison", "--max-instructions", "8000000000");

  @TestFactory
  Stream<DynamicNode> corpusUnderGcStressOnTiny() throws Exception {
    String filter = System.getProperty("rivet.corpus.filter", "");
    System.setIn(new ByteArrayInputStream(new byte[0]));
    Path root = CorpusTest.suiteRoot("corpus");
    List<CorpusProgram> programs = CorpusProgram.discover(root).stream()
        .filter(p -> p.name().contains(filter)).toList();
    ExecutorService pool = CorpusTest.newPool();
    Map<String, Future<BoardRun>> runs = new LinkedHashMap<>();
    for (CorpusProgram p : programs) {
      runs.put(p.name(), pool.submit(() -> BoardRun.of(p, BOARD, STRESS)));
    }
    pool.shutdown();
    Path xfailFile = root.resolve("xfail-gc-stress.txt");
    XfailList xfail = XfailList.read(xfailFile);
    if (Boolean.getBoolean("rivet.corpus.update-xfail")) {
      xfail = rewriteXfail(xfail, xfailFile, programs, runs);
    }
    XfailList expected = xfail;
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(dynamicTest("xfail-gc-stress.txt names only existing programs and boards",
        () -> CorpusTest.checkXfailEntries(xfailFile, root)));
    for (CorpusProgram p : programs) {
      nodes.add(dynamicTest(p.name(), p.source().toUri(),
          () -> CorpusTest.check(p, BOARD, runs.get(p.name()), expected, "xfail-gc-stress.txt")));
    }
    return nodes.stream();
  }

  private static XfailList rewriteXfail(XfailList old, Path file, List<CorpusProgram> programs,
      Map<String, Future<BoardRun>> runs) throws Exception {
    Map<String, Map<String, String>> failing = new TreeMap<>();
    for (CorpusProgram p : programs) {
      if (CorpusTest.mismatch(p, runs.get(p.name())) != null) {
        Future<BoardRun> run = runs.get(p.name());
        String summary = run.isDone() ? run.get().summary(p) : "timeout";
        failing.computeIfAbsent(p.name(), k -> new LinkedHashMap<>()).put(BOARD, summary);
      }
    }
    XfailList updated = old.updatedWith(failing, List.of(BOARD),
        programs.stream().map(CorpusProgram::name).toList());
    updated.write(file);
    System.out.println("GcStressCorpusTest: rewrote " + file + " with " + updated.size() + " entries");
    return updated;
  }
}
