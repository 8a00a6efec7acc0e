package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rivet run --stats and --profile on the real O2 runtime and the real emulator: the stats line,
 * the flat per-function profile (exact instruction counts mapped to ELF symbols), and that
 * profiling changes nothing the guest sees (same output, same instruction count).
 */
class RunProfileTest {
  private static final Pattern STATS = Pattern.compile(
      "rivet: stats: (\\d+) instructions, [0-9.]+ s board time at 100000000 Hz, boot to exit [0-9.]+ s wall clock, [0-9.]+ s CPU");
  private static final Pattern ROW = Pattern.compile("\\s*[0-9.]+% +[0-9.]+% +(\\d+) +(\\d+) +([0-9.]+)  (\\S.*)");

  @TempDir Path dir;

  @AfterEach
  void restoreInput() {
    Terminal.input = InputStream.nullInputStream();
  }

  private CliRun run(String... args) throws Exception {
    Path prog = dir.resolve("fib.py");
    Files.writeString(prog, "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(15))\n");
    Terminal.input = new ByteArrayInputStream(new byte[0]);
    List<String> all = new ArrayList<>(List.of("run", "--board", "standard"));
    all.addAll(List.of(args));
    all.add(prog.toString());
    return CliRun.of(all.toArray(String[]::new));
  }

  private static long statsInstructions(String err) {
    Matcher m = STATS.matcher(err);
    assertTrue(m.find(), err);
    return Long.parseLong(m.group(1));
  }

  @Test
  void statsAndProfileReportTheSameRunAndDoNotChangeIt() throws Exception {
    CliRun plain = run("--stats");
    assertEquals(0, plain.code(), plain.err());
    assertEquals("610\n", plain.out()); // fib(15)
    long n = statsInstructions(plain.err());

    CliRun profiled = run("--stats", "--profile", "--profile-top", "5");
    assertEquals(0, profiled.code(), profiled.err());
    assertEquals(plain.out(), profiled.out());
    assertEquals(n, statsInstructions(profiled.err()), "profiling must not change what the guest runs");
    Matcher head = Pattern.compile("rivet: profile: " + n + " guest instructions in (\\d+) translation blocks; top 5 functions:")
        .matcher(profiled.err());
    assertTrue(head.find(), profiled.err());
    long blocks = Long.parseLong(head.group(1));
    // every block holds at least one instruction, and x86 blocks end at every branch: a fib run
    // cannot average more than a few dozen instructions per block
    assertTrue(blocks > n / 40 && blocks < n, blocks + " blocks for " + n + " instructions");

    List<String> names = new ArrayList<>();
    long sum = 0;
    for (String line : profiled.err().split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        long instructions = Long.parseLong(m.group(1)), runs = Long.parseLong(m.group(2));
        assertTrue(runs > 0 && runs <= instructions, line);
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", (double) instructions / runs), m.group(3), line);
        sum += instructions;
        names.add(m.group(4));
      }
    }
    assertEquals(5, names.size(), profiled.err());
    assertTrue(sum <= n && sum > n / 2, sum + " of " + n + "\n" + profiled.err());
    // fib is calls and dispatch: plain Python calls run inside the dispatch loop (vm.c,
    // call_inline), so the loop must be the top row
    assertEquals("vm_loop", names.get(0), profiled.err());
  }

  @Test
  void blocksAreNamedFunctionPlusOffset() throws Exception {
    CliRun r = run("--profile", "--profile-blocks", "--profile-top", "3");
    assertEquals(0, r.code(), r.err());
    assertTrue(Pattern.compile("\\d+  [a-z_0-9.]+(\\+0x[0-9a-f]+)? \\(0x[0-9a-f]+\\)").matcher(r.err()).find(), r.err());
  }

  @Test
  void aProfileOfNoRowsIsABadInputError() throws Exception {
    CliRun r = run("--profile", "--profile-top", "0");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--profile-top needs N >= 1"), r.err());
  }
}
