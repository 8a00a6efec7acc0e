package dev.rivet.emulator;

import dev.rivet.board.Boards;
import dev.rivet.emulator.unicorn.Uc;
import java.util.List;

/**
 * Measures what counting guest instructions costs (docs/performance.md, "Emulator: instruction
 * counting"): the dispatch.c interpreter loop with no counting, the native block counter (with and
 * without a budget), a Java UC_HOOK_BLOCK upcall, and uc_emu_start's own count argument.
 * Not a test: run it by hand (command in docs/performance.md); it prints figures, asserts nothing.
 */
public final class CountingBenchmark {
  /** Loads the firmware into a fresh engine the simplest way and runs it with one exit hook. */
  private static String bare(BoardMachine board, boolean hostMemory, String iterations) throws Exception {
    var map = board.memoryMap();
    var b = map.board();
    try (var uc = dev.rivet.emulator.unicorn.Unicorn.open()) {
      if (hostMemory) {
        uc.memMapPtr(b.flash().base(), b.flash().size(), Uc.UC_PROT_READ | Uc.UC_PROT_EXEC, uc.allocate(b.flash().size(), 4096));
        uc.memMapPtr(b.ram().base(), b.ram().size(), Uc.UC_PROT_READ | Uc.UC_PROT_WRITE, uc.allocate(b.ram().size(), 4096));
      } else {
        uc.memMap(b.flash().base(), b.flash().size(), Uc.UC_PROT_READ | Uc.UC_PROT_EXEC);
        uc.memMap(b.ram().base(), b.ram().size(), Uc.UC_PROT_READ | Uc.UC_PROT_WRITE);
      }
      for (var seg : board.firmware().segments()) {
        if (seg.isLoad() && seg.filesz() > 0) {
          uc.memWrite(seg.paddr(), board.firmware().contents(seg));
        }
      }
      uc.memWrite(map.bootInfo(), BootInfo.build(map, 0, 0, BootOptions.DEFAULT.withArgv(List.of(iterations))));
      uc.regWrite(Uc.UC_X86_REG_RSP, map.stackTop());
      uc.regWrite(Uc.UC_X86_REG_RDI, map.bootInfo());
      StringBuilder text = new StringBuilder();
      uc.hookPortOut((port, size, value) -> {
        if (port == b.devices().exitPort()) {
          uc.stop();
        } else {
          text.append((char) value);
        }
      });
      uc.start(board.firmware().entry(), -1L, 0, 0);
      return text.toString();
    }
  }

  public static void main(String[] args) throws Exception {
    String iterations = args.length > 0 ? args[0] : "1000000";
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> modes = args.length > 2 ? List.of(args[2].split(","))
        : List.of("bare", "bare-ptr", "none", "native", "native+budget", "java-block-hook", "uc-count");
    System.out.printf("dispatch.c, %s iterations x 11 bytecodes, best of %d (thread CPU time)%n", iterations, repeats);
    double base = 0;
    for (String mode : modes) {
      double best = Double.MAX_VALUE;
      long retired = 0;
      String out = "";
      for (int i = 0; i < repeats; i++) {
        try (BoardMachine m = BoardMachine.boot(Boards.load("standard"), Guests.elf("dispatch"),
            BootOptions.DEFAULT.withArgv(List.of(iterations)))) {
          long[] blocks = {0};
          var threads = java.lang.management.ManagementFactory.getThreadMXBean();
          long t0 = threads.getCurrentThreadCpuTime();
          switch (mode) {
            case "bare", "bare-ptr" -> {
              // Plain Unicorn, no board: only an exit hook. Measures the board's own overhead.

              out = bare(m, mode.equals("bare-ptr"), iterations);

            }
            case "none" -> {
              m.counter().detach();
              out = m.run(RunLimits.NONE).outputText();
            }
            case "native" -> out = m.run(RunLimits.NONE).outputText();
            case "native+budget" -> out = m.run(RunLimits.instructions(1L << 50)).outputText();
            case "java-block-hook" -> {
              m.counter().detach();
              m.unicorn().hookCode(Uc.UC_HOOK_BLOCK, (a, s) -> blocks[0]++, 1, 0);
              out = m.run(RunLimits.NONE).outputText();
            }
            case "uc-count" -> {
              m.counter().detach();
              m.unicorn().start(m.firmware().entry(), -1L, 0, 1L << 50);
              out = m.uart().takeTranscript().length > 0 ? "(ran)" : "";
            }
            default -> throw new IllegalStateException(mode);
          }
          // CPU time of this thread (Unicorn runs on it): the machine is shared, wall time is noisy.
          double ms = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
          best = Math.min(best, ms);
          retired = mode.startsWith("native") ? m.instructions() : blocks[0];
        }
      }
      if (mode.equals("bare")) {
        base = best;
      }
      System.out.printf("%-16s %9.1f ms  %5.2fx  %s%s%n", mode, best, best / base, out.trim(),
          retired == 0 ? "" : (mode.startsWith("native") ? "  instructions " : "  blocks ") + retired);
    }
    for (String board : List.of("tiny", "standard", "large")) {
      try (BoardMachine m = BoardMachine.boot(Boards.load(board), Guests.elf("dispatch"),
          BootOptions.DEFAULT.withArgv(List.of(iterations)))) {
        m.run(RunLimits.instructions(10_000));
        Snapshot snap = m.snapshot();
        int n = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
          m.restore(snap);
        }
        double us = (System.nanoTime() - t0) / 1e3 / n;
        System.out.printf("snapshot restore on %-8s (%5d KiB RAM): %8.1f us%n", board,
            m.memoryMap().board().ram().size() / 1024, us);
      }
    }
  }
}
