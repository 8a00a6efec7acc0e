package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rivet gc-hunt on the real runtime and the real libunicorn, with programs whose bug is known:
 * the list kept only through an interior pointer by _testbug.pair (variant O2-testbug), and the
 * bytecode race of MicroPython #2963 on O2-nofix (tests/gc_race/small/format_small.py). Each finding
 * is checked against independent runs of `rivet run` (its replay, and the schedule just below it).
 */
class GcHuntCommandTest {
  static final Path ROOT = Path.of(System.getProperty("rivet.root", "."));
  static final Path LISTBUG = ROOT.resolve("tests/gc_hunt/listbug/pairs.py");
  static final Path FORMAT = ROOT.resolve("tests/gc_race/small/format_small.py");
  static final Path CHURN = ROOT.resolve("tests/gc_hunt/churn/churn.py");

  @TempDir Path tmp;

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(Path file) throws Exception {
    return (Map<String, Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  /** The replay line as rivet run arguments (without the leading "rivet"). */
  static String[] replayArgs(String replay) {
    List<String> words = new ArrayList<>(List.of(replay.split(" ")));
    assertEquals("rivet", words.remove(0));
    return words.toArray(String[]::new);
  }

  static String[] withK(String[] args, long k) {
    String[] out = args.clone();
    for (int i = 0; i + 1 < out.length; i++) {
      if (out[i].equals("--gc-at")) {
        out[i + 1] = Long.toString(k);
      }
    }
    return out;
  }

  @Test
  void listKeptOnlyThroughAnInteriorPointerIsFoundMinimisedAndExplained() throws Exception {
    Path out = tmp.resolve("listbug.json"), svg = tmp.resolve("listbug.svg");
    CliRun r = CliRun.of("gc-hunt", "--runtime", "O2-testbug", "--budget", "600", "--json", out.toString(),
        "--svg", svg.toString(), LISTBUG.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    Map<String, Object> j = json(out);
    long n = (Long) j.get("allocations");
    assertTrue(n < 599, "the sweep must be exhaustive for this test: " + n);
    assertEquals(true, j.get("exhaustive"));
    assertEquals(n + 1, j.get("schedules_run"), "every k in 1..N plus stress");
    // pair() is called three times: exactly three forced collections (one in each call) lose a list.
    List<Object> at = list(j.get("findings")).stream().filter(f -> ((String) map(f).get("schedule")).startsWith("gc-at ")).toList();
    assertEquals(3, at.size(), r.out());
    Map<String, Object> smallest = map(j.get("smallest"));
    assertEquals(map(at.get(0)).get("schedule"), smallest.get("schedule"));
    long k = Long.parseLong(((String) smallest.get("schedule")).substring(6));

    // The explanation: the list, allocated by list_new in tb_pair, read after the collection freed it.
    Map<String, Object> stale = map(list(map(j.get("explanation")).get("stale_accesses")).get(0));
    Map<String, Object> block = map(stale.get("block"));
    assertEquals("object of type list", block.get("kind"));
    String allocatedAt = block.get("allocated_at").toString();
    assertTrue(allocatedAt.contains("list_new") && allocatedAt.contains("tb_pair") && allocatedAt.contains("testbug.c"), allocatedAt);
    assertEquals(false, block.get("head_in_roots"));
    assertTrue(stale.get("backtrace").toString().contains("tb_pair"), stale.toString());
    assertTrue(r.out().contains("its only head pointer had lived in "), r.out());
    String picture = Files.readString(svg);
    assertTrue(picture.startsWith("<svg") && picture.contains("collection #1 at allocation " + (k)) && picture.contains("first stale read"),
        picture);
    Map<String, Object> trace = map(map(j.get("explanation")).get("head_trace"));
    assertFalse(list(trace.get("last_held_in")).isEmpty(), trace.toString());
    assertEquals(List.of(), trace.get("stack_slots_at_collection"));

    // The replay reproduces the finding; one allocation earlier the program is right.
    String[] replay = replayArgs((String) smallest.get("replay"));
    CliRun again = CliRun.of(replay);
    assertEquals(((Long) smallest.get("exit")).intValue(), again.code(), again.err());
    assertEquals(again, CliRun.of(replay), "the replay is deterministic");
    CliRun before = CliRun.of(withK(replay, k - 1));
    assertEquals(0, before.code(), before.err());
    assertEquals("[[0, 'tb'], [1, 'tb'], [2, 'tb']]\n", before.out());
  }

  @Test
  void bytecodeRaceOnO2NofixIsFoundAndExplainedOnTheRunTimeCompilePath() throws Exception {
    Path out = tmp.resolve("nofix.json");
    CliRun r = CliRun.of("gc-hunt", "--runtime", "O2-nofix", "--budget", "64", "--json", out.toString(), FORMAT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    Map<String, Object> j = json(out);
    assertEquals(false, j.get("exhaustive"));
    assertTrue((Long) j.get("schedules_run") <= 64, j.get("schedules_run").toString());
    Map<String, Object> smallest = map(j.get("smallest"));
    long k = Long.parseLong(((String) smallest.get("schedule")).substring(6));
    // bisection narrowed the gap to one allocation: k-1 was run and passed
    assertTrue(list(j.get("runs")).stream().anyMatch(o -> map(o).get("schedule").equals("gc-at " + (k - 1))
        && map(o).get("status").equals("pass")), "gc-at " + (k - 1) + " must have been run and passed");

    Map<String, Object> stale = map(list(map(j.get("explanation")).get("stale_accesses")).get(0));
    // the dispatch loop (vm_loop, below vm_execute's NLR_TRY) reads the freed code object
    assertTrue(((String) stale.get("function")).startsWith("vm_loop+"), stale.toString());
    assertTrue(((String) stale.get("source")).startsWith("src/vm/vm.c:"), stale.toString());
    Map<String, Object> block = map(stale.get("block"));
    assertEquals("object of type code", block.get("kind"));
    String allocatedAt = block.get("allocated_at").toString();
    assertTrue(allocatedAt.contains("load_code") && allocatedAt.contains("compile_main"), allocatedAt);
    assertEquals(false, block.get("head_in_roots"));
    assertTrue(block.get("roots_pointing_into_it").toString().contains("vm_execute frame"), block.toString());
    // docs/gc-race.md (read from the disassembly): in O2-nofix the code object's head lived only in rdx,
    // which vm_run_function turned into ci with `add $0x8,%rdx`. The trace must find exactly that.
    Map<String, Object> trace = map(map(j.get("explanation")).get("head_trace"));
    assertEquals(List.of("rdx"), trace.get("last_held_in"), trace.toString());
    assertTrue(map(trace.get("overwritten_at")).get("function").toString().startsWith("vm_run_function+"), trace.toString());
    assertEquals("add rdx, 8", trace.get("instruction"), trace.toString());
    assertEquals(List.of(), trace.get("stack_slots_at_collection"));

    CliRun replay = CliRun.of(replayArgs((String) smallest.get("replay")));
    assertEquals(ExitCodes.FAULT, replay.code());
    assertTrue(replay.err().contains((String) smallest.get("detail")), replay.err());
  }

  @Test
  void defaultRuntimeSweepsCleanAndSaysHowManySchedulesRan() throws Exception {
    Path out = tmp.resolve("o2.json");
    CliRun r = CliRun.of("gc-hunt", "--budget", "24", "--json", out.toString(), FORMAT.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    Map<String, Object> j = json(out);
    long ran = (Long) j.get("schedules_run");
    assertEquals((Long) j.get("planned") + 1, ran, "the sampled k plus stress (no bisection without a finding)");
    assertTrue(ran <= 24);
    assertEquals(ran, list(j.get("runs")).size());
    assertEquals(List.of(), j.get("findings"));
    assertNull(j.get("smallest"));
    assertTrue(r.out().contains("no divergence"), r.out());
  }

  @Test
  void watcherChangesNothingAndSeesNoStaleAccessInACorrectRunWithCollections() {
    // On the tiny board the fixed runtime collects (heap full) during this program, correctly.
    CliRun r = CliRun.of("gc-hunt", "--measure-watch", "--board", "tiny", "--runtime", "O2", CHURN.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("guest instructions identical: yes"), r.out());
    assertTrue(r.out().matches("(?s).*, [1-9]\\d* collections, 0 stale accesses seen.*"), r.out());
  }

  @Test
  void shardsMergeIntoTheUnshardedResult() throws Exception {
    Path whole = tmp.resolve("whole.json"), a = tmp.resolve("a.json"), b = tmp.resolve("b.json"), m = tmp.resolve("m.json");
    String[] common = {"gc-hunt", "--runtime", "O2-nofix", "--budget", "16", "--no-explain", FORMAT.toString()};
    assertEquals(1, CliRun.of(concat(common, "--json", whole.toString())).code());
    CliRun sa = CliRun.of(concat(common, "--shard", "1/2", "--json", a.toString()));
    CliRun sb = CliRun.of(concat(common, "--shard", "2/2", "--json", b.toString()));
    assertTrue(sa.code() <= 1 && sb.code() <= 1, sa.err() + sb.err());
    CliRun merged = CliRun.of("gc-hunt", "--merge", a.toString(), b.toString(), "--json", m.toString());
    assertEquals(1, merged.code(), merged.err());
    assertEquals(map(json(whole).get("smallest")).get("schedule"), map(json(m).get("smallest")).get("schedule"));
    assertEquals(map(json(whole).get("smallest")).get("replay"), map(json(m).get("smallest")).get("replay"));
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path notJson = Files.writeString(tmp.resolve("x.json"), "{\"format\": 7}");
    for (String[] args : List.of(
        new String[] {"gc-hunt"},
        new String[] {"gc-hunt", "--budget", "1", FORMAT.toString()},
        new String[] {"gc-hunt", "--shard", "3/2", FORMAT.toString()},
        new String[] {"gc-hunt", "--shard", "x", FORMAT.toString()},
        new String[] {"gc-hunt", tmp.resolve("missing.py").toString()},
        new String[] {"gc-hunt", "--runtime", "nosuch", FORMAT.toString()},
        new String[] {"gc-hunt", "--merge", notJson.toString()},
        new String[] {"gc-hunt", "--merge", tmp.resolve("none.json").toString()})) {
      CliRun r = CliRun.of(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.oneErrorLine(), String.join(" ", args) + ": " + r.err());
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
