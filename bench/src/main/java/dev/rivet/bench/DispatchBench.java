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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Board vs native: the same C dispatch loop (bench/dispatch/dispatch.c, ~10M dispatches) run as a
 * host program and as a board guest, in one go. Prints both times, their ratio and the checksums
 * (which must agree: a mismatch means one build computed something else and the figure is void).
 * Native time is the program's own best-of-5 loop time; board time is the best of 3 whole runs
 * (boot to exit) measured around BoardMachine.run. Run with bench/run-dispatch.sh.
 */
public final class DispatchBench {
  private static final Pattern CHECKSUM = Pattern.compile("checksum=([0-9a-f]{16}) dispatches=(\\d+)");
  private static final int BOARD_RUNS = 3;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("rivet.root", "."));
    Path dispatch = root.resolve("bench/dispatch");
    exec(root, "make", "-s", "-C", dispatch.toString());

    String nativeOut = exec(root, dispatch.resolve("build/dispatch-native").toString());
    Matcher nm = find(CHECKSUM, nativeOut, "native");
    long nativeNs = Long.parseLong(find(Pattern.compile("ns=(\\d+)"), nativeOut, "native").group(1));

    Board board = Boards.load("standard");
    byte[] guest = Files.readAllBytes(dispatch.resolve("build/dispatch-board"));
    Firmware fw = Firmware.parse(FirmwareLinker.link(guest, "bench", new byte[0], board), "dispatch-board", board);
    long boardNs = Long.MAX_VALUE;
    String boardOut = "";
    long instructions = 0;
    for (int i = 0; i < BOARD_RUNS; i++) {
      try (BoardMachine m = BoardMachine.boot(board, fw.elf(), BootOptions.DEFAULT)) {
        long start = System.nanoTime();
        RunResult r = m.run(RunLimits.NONE);
        long ns = System.nanoTime() - start;
        if (!(r instanceof RunResult.Exited e) || e.code() != 0) {
          throw new IllegalStateException("the board run did not exit cleanly: " + r);
        }
        boardNs = Math.min(boardNs, ns);
        boardOut = r.outputText();
        instructions = r.instructions();
      }
    }
    Matcher bm = find(CHECKSUM, boardOut, "board");
    long engineNs = Long.MAX_VALUE;
    String engineOut = "";
    for (int i = 0; i < BOARD_RUNS; i++) {
      long[] ns = {0};
      engineOut = EngineOnly.run(fw, board, ns);
      engineNs = Math.min(engineNs, ns[0]);
    }
    boolean engineSame = find(CHECKSUM, engineOut, "engine-only").group(1).equals(nm.group(1));
    boolean same = nm.group(1).equals(bm.group(1)) && nm.group(2).equals(bm.group(2));

    System.out.printf("dispatch loop: %s dispatches, checksum native %s, board %s (%s)%n", nm.group(2), nm.group(1),
        bm.group(1), same ? "match" : "MISMATCH");
    System.out.printf("native (gcc -O2, host):      %8.1f ms  (best of 5)%n", nativeNs / 1e6);
    System.out.printf("board  (gcc -O2, libunicorn): %8.1f ms  (best of %d, boot to exit; %d guest instructions, %.0f MIPS)%n",
        boardNs / 1e6, BOARD_RUNS, instructions, instructions / (boardNs / 1e3));
    System.out.printf("ratio board/native:          %8.1fx%n", (double) boardNs / nativeNs);
    System.out.printf("engine only (no devices but UART/exit, no instruction counter): %.1f ms, ratio %.1fx (checksum %s)%n",
        engineNs / 1e6, (double) engineNs / nativeNs, engineSame ? "match" : "MISMATCH");
    if (!same || !engineSame) {
      System.exit(1);
    }
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
