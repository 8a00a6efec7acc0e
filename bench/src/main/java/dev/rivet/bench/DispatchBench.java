package dev.rivet.bench;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import dev.rivet.firmware.Firmware;
import dev.rivet.firmware.FirmwareLinker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Board vs native: the same C dispatch loop (bench/dispatch/dispatch.c, ~10M dispatches, once by
 * `switch` and once by computed goto) run as a host program and as a board guest, in one go.
 * Prints the times, their ratios and the checksums (which must agree: a mismatch means one build
 * computed something else and the figures are void). Times are CPU time (the machine is shared
 * with other builds; wall time varies with their load): native is the program's own best loop,
 * board the best whole run (boot to exit) of BoardMachine.run on this thread, "engine only" the
 * same firmware on bare libunicorn (see EngineOnly). Run with bench/run-dispatch.sh.
 */
public final class DispatchBench {
  private static final Pattern CHECKSUM = Pattern.compile("checksum=([0-9a-f]{16}) dispatches=(\\d+)");
  private static final int NATIVE_RUNS = 10, BOARD_RUNS = 5;
  static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("rivet.root", "."));
    Path dispatch = root.resolve("bench/dispatch");
    exec(root, "make", "-s", "-C", dispatch.toString());
    Board board = Boards.load("standard");
    byte[] guest = Files.readAllBytes(dispatch.resolve("build/dispatch-board"));
    Firmware fw = Firmware.parse(FirmwareLinker.link(guest, "bench", new byte[0], board), "dispatch-board", board);

    boolean allMatch = true;
    for (String loop : List.of("switch", "threaded")) {
      long nativeNs = Long.MAX_VALUE;
      String nativeOut = "";
      for (int i = 0; i < NATIVE_RUNS; i++) { // the program itself keeps the best of 5 loop runs
        nativeOut = exec(root, dispatch.resolve("build/dispatch-native").toString(), loop);
        nativeNs = Math.min(nativeNs, Long.parseLong(find(Pattern.compile("ns=(\\d+)"), nativeOut, "native").group(1)));
      }
      Matcher nm = find(CHECKSUM, nativeOut, "native");

      long boardNs = Long.MAX_VALUE, engineNs = Long.MAX_VALUE, instructions = 0;
      String boardOut = "", engineOut = "";
      for (int i = 0; i < BOARD_RUNS; i++) {
        try (BoardMachine m = BoardMachine.boot(board, fw.elf(), BootOptions.DEFAULT.withArgv(List.of(loop)))) {
          long start = CPU.getCurrentThreadCpuTime();
          RunResult r = m.run(RunLimits.NONE);
          long ns = CPU.getCurrentThreadCpuTime() - start;
          if (!(r instanceof RunResult.Exited e) || e.code() != 0) {
            throw new IllegalStateException("the board run did not exit cleanly: " + r);
          }
          boardNs = Math.min(boardNs, ns);
          boardOut = r.outputText();
          instructions = r.instructions();
        }
        long[] ns = {0};
        engineOut = EngineOnly.run(fw, board, loop, ns);
        engineNs = Math.min(engineNs, ns[0]);
      }
      boolean match = same(nm, find(CHECKSUM, boardOut, "board")) && same(nm, find(CHECKSUM, engineOut, "engine"));
      allMatch &= match;
      System.out.printf("%s dispatch: %s dispatches, checksum %s (native, board and engine %s)%n", loop, nm.group(2),
          nm.group(1), match ? "match" : "DIFFER");
      System.out.printf("  native (gcc -O2, host)   %8.1f ms CPU%n", nativeNs / 1e6);
      System.out.printf("  board  (BoardMachine)    %8.1f ms  ratio %5.1fx  (%d guest instructions, %.0f MIPS)%n",
          boardNs / 1e6, (double) boardNs / nativeNs, instructions, instructions / (boardNs / 1e3));
      System.out.printf("  engine only (no counter) %8.1f ms  ratio %5.1fx%n", engineNs / 1e6, (double) engineNs / nativeNs);
    }
    if (!allMatch) {
      System.exit(1);
    }
  }

  private static boolean same(Matcher a, Matcher b) {
    return a.group(1).equals(b.group(1)) && a.group(2).equals(b.group(2));
  }

  private static Matcher find(Pattern p, String text, String what) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException(what + " run printed no result line: " + text);
    }
    return m;
  }

  private static String exec(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }
}
