package dev.rivet.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus driver: every program under tests/corpus (CPython-checked) and tests/board
 * (hand-checked, board-only behaviour) is compiled and run on each board through the CLI
 * in-process, and its UART output and exit code must equal NAME.exp/NAME.exit, unless the
 * suite's xfail.txt lists it, in which case it must fail. All runs go to a small thread pool up
 * front so the tests only wait for results.
 *
 * <p>System properties: {@code rivet.corpus.update-xfail=true} rewrites each xfail.txt from the
 * actual results; {@code rivet.corpus.filter=<substring>} runs only matching programs;
 * {@code rivet.corpus.threads} (default 2); {@code rivet.corpus.timeout-seconds} per run (300).
 */
class CorpusTest {
  static final List<String> BOARDS = List.of("standard", "tiny");
  static final List<String> SUITES = List.of("corpus", "board");

  @TestFactory
  Stream<DynamicNode> corpus() throws Exception {
    String filter = System.getProperty("rivet.corpus.filter", "");
    // `rivet run` feeds stdin to the UART; corpus programs get an empty stdin (as in
    // regen-expected.sh), and runs must not read the test JVM's stdin, which Surefire owns.
    System.setIn(new ByteArrayInputStream(new byte[0]));
    ExecutorService pool = newPool();
    Map<String, List<CorpusProgram>> programsBySuite = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Future<BoardRun>>>> runsBySuite = new LinkedHashMap<>();
    for (String suite : SUITES) {
      List<CorpusProgram> programs = CorpusProgram.discover(suiteRoot(suite)).stream()
          .filter(p -> p.name().contains(filter)).toList();
      programsBySuite.put(suite, programs);
      runsBySuite.put(suite, startRuns(pool, programs));
    }
    pool.shutdown();
    List<DynamicNode> nodes = new ArrayList<>();
    for (String suite : SUITES) {
      nodes.add(suiteNode(suite, programsBySuite.get(suite), runsBySuite.get(suite)));
    }
    return nodes.stream();
  }

  private static DynamicNode suiteNode(String suite, List<CorpusProgram> programs,
      Map<String, Map<String, Future<BoardRun>>> runs) throws Exception {
    Path root = suiteRoot(suite);
    Path xfailFile = root.resolve("xfail.txt");
    XfailList xfail = XfailList.read(xfailFile);
    if (Boolean.getBoolean("rivet.corpus.update-xfail")) {
      xfail = rewriteXfail(xfail, xfailFile, programs, runs);
    }
    XfailList expected = xfail;
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(dynamicTest("xfail.txt names only existing programs and boards",
        () -> checkXfailEntries(xfailFile, root)));
    nodes.add(dynamicTest("every program has its expected output", () -> {
      List<String> missing = programs.stream().filter(p -> !p.hasExpectation())
          .map(CorpusProgram::name).toList();
      assertTrue(missing.isEmpty(), "no .exp for " + missing + ": run tests/regen-expected.sh");
    }));
    for (String board : BOARDS) {
      nodes.add(dynamicContainer(board, programs.stream().map(p -> dynamicTest(p.name(),
          p.source().toUri(), () -> check(p, board, runs.get(board).get(p.name()), expected,
          xfailFile.getFileName().toString())))));
    }
    return dynamicContainer(suite, nodes);
  }

  static ExecutorService newPool() {
    int threads = Integer.getInteger("rivet.corpus.threads", 2);
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "corpus-run");
      t.setDaemon(true); // a run stuck past its timeout must not keep the test JVM alive
      return t;
    });
  }

  private static Map<String, Map<String, Future<BoardRun>>> startRuns(ExecutorService pool,
      List<CorpusProgram> programs) {
    Map<String, Map<String, Future<BoardRun>>> runs = new LinkedHashMap<>();
    for (String board : BOARDS) {
      Map<String, Future<BoardRun>> byProgram = new LinkedHashMap<>();
      for (CorpusProgram p : programs) {
        byProgram.put(p.name(), pool.submit(() -> BoardRun.of(p, board)));
      }
      runs.put(board, byProgram);
    }
    return runs;
  }

  static void check(CorpusProgram program, String board, Future<BoardRun> run,
      XfailList xfail, String xfailName) throws Exception {
    String mismatch = mismatch(program, run);
    boolean listed = xfail.expectsFailure(program.name(), board);
    if (listed && mismatch == null) {
      fail(program.name() + " now passes on the " + board + " board: remove its line from"
          + " " + xfailName + " (listed because: " + xfail.reason(program.name(), board) + ")");
    }
    if (!listed && mismatch != null) {
      fail(program.name() + " on the " + board + " board:\n" + mismatch);
    }
  }

  static String mismatch(CorpusProgram program, Future<BoardRun> run) throws Exception {
    try {
      return run.get(Long.getLong("rivet.corpus.timeout-seconds", 300), TimeUnit.SECONDS)
          .mismatch(program);
    } catch (TimeoutException e) {
      return "no result within the driver's timeout (the run itself should have stopped at its"
          + " instruction budget)";
    }
  }

  private static XfailList rewriteXfail(XfailList old, Path file, List<CorpusProgram> programs,
      Map<String, Map<String, Future<BoardRun>>> runs) throws Exception {
    Map<String, Map<String, String>> failing = new TreeMap<>();
    for (CorpusProgram p : programs) {
      for (String board : BOARDS) {
        String mismatch = mismatch(p, runs.get(board).get(p.name()));
        if (mismatch != null) {
          String summary = runs.get(board).get(p.name()).isDone()
              ? runs.get(board).get(p.name()).get().summary(p) : "timeout";
          failing.computeIfAbsent(p.name(), k -> new LinkedHashMap<>()).put(board, summary);
        }
      }
    }
    XfailList updated = old.updatedWith(failing, BOARDS,
        programs.stream().map(CorpusProgram::name).toList());
    updated.write(file);
    System.out.println("CorpusTest: rewrote " + file + " with " + updated.size() + " entries");
    return updated;
  }

  static void checkXfailEntries(Path xfailFile, Path root) throws Exception {
    if (!Files.exists(xfailFile)) {
      return;
    }
    for (String raw : Files.readAllLines(xfailFile)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String key = line.split("\\s+", 2)[0];
      String program = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
      assertTrue(Files.isRegularFile(root.resolve(program)), "xfail.txt names a missing program: " + key);
      if (key.contains("@")) {
        String board = key.substring(key.indexOf('@') + 1);
        assertTrue(BOARDS.contains(board), "xfail.txt names an unknown board: " + key);
      }
    }
  }

  static Path suiteRoot(String suite) {
    return rivetRoot().resolve("tests").resolve(suite);
  }

  static Path rivetRoot() {
    String root = System.getProperty("rivet.root");
    Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    return p.toAbsolutePath().normalize();
  }
}
