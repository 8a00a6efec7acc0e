package dev.rivet.bench;

import static dev.rivet.emulator.unicorn.Uc.*;

import dev.rivet.board.Board;
import dev.rivet.emulator.unicorn.Unicorn;
import dev.rivet.firmware.Elf;
import dev.rivet.firmware.Firmware;

/**
 * The same guest on bare libunicorn: flash and RAM mapped, the UART and exit ports hooked, and
 * nothing else — no instruction counter, no fault hooks, and a boot-info block holding only the
 * magic, the two ports and sys.argv. The floor under BoardMachine's figure:
 * the difference between the two is what the board's own machinery costs.
 */
final class EngineOnly {
  private EngineOnly() {}

  /** Runs to the exit port; returns the UART text and stores the run's CPU nanoseconds in ns[0]. */
  static String run(Firmware fw, Board board, String argv0, long[] ns) throws Exception {
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(board.flash().base(), board.flash().size(), UC_PROT_READ | UC_PROT_EXEC);
      uc.memMap(board.ram().base(), board.ram().size(), UC_PROT_READ | UC_PROT_WRITE);
      for (Elf.Segment s : fw.loads()) {
        if (s.filesz() > 0) {
          uc.memWrite(s.paddr(), fw.elf().contents(s));
        }
      }
      StringBuilder out = new StringBuilder();
      uc.hookPortOut((port, size, value) -> {
        if (port == board.devices().uartPort()) {
          out.append((char) (value & 0xFF));
        } else if (port == board.devices().exitPort()) {
          uc.stop();
        }
      });
      long top = board.ram().end() - Board.PAGE;
      uc.regWrite(UC_X86_REG_RSP, top);
      byte[] info = new byte[(int) Board.PAGE]; // magic, version, UART and exit ports, argc = 1, argv
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(info).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      b.putInt(0, 0x49425652).putInt(4, 1).putInt(280, 1).putInt(284, argv0.length() + 1);
      b.putShort(232, (short) board.devices().uartPort()).putShort(234, (short) board.devices().exitPort());
      b.put(288, argv0.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      uc.memWrite(top, info);
      uc.regWrite(UC_X86_REG_RDI, top);
      uc.regWrite(UC_X86_REG_CR4, uc.regRead(UC_X86_REG_CR4) | (3 << 9));
      long start = DispatchBench.CPU.getCurrentThreadCpuTime();
      uc.start(fw.entry(), -1, 0, 0);
      ns[0] = DispatchBench.CPU.getCurrentThreadCpuTime() - start;
      return out.toString();
    }
  }
}
