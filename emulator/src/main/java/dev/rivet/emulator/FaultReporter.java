package dev.rivet.emulator;

import static dev.rivet.emulator.unicorn.Uc.*;

import dev.rivet.emulator.capstone.Capstone;
import dev.rivet.emulator.unicorn.Unicorn;
import dev.rivet.firmware.Elf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Turns a stopped CPU into a {@link FaultReport}: registers, the rbp-chain backtrace (the runtime is
 * built with -fno-omit-frame-pointer), symbols from the firmware's ELF, the faulting instruction
 * from Capstone and, when addr2line is on PATH and the firmware is a file, the C source line.
 * Runs only after a fault, so it may be slow; it must never throw (a report is always produced).
 */
final class FaultReporter {
  private static final int MAX_FRAMES = 64;
  private static final String[] NAMES = {"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp",
      "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip", "eflags"};
  private static final int[] REGS = {UC_X86_REG_RAX, UC_X86_REG_RBX, UC_X86_REG_RCX, UC_X86_REG_RDX,
      UC_X86_REG_RSI, UC_X86_REG_RDI, UC_X86_REG_RBP, UC_X86_REG_RSP, UC_X86_REG_R8, UC_X86_REG_R9,
      UC_X86_REG_R10, UC_X86_REG_R11, UC_X86_REG_R12, UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15,
      UC_X86_REG_RIP, UC_X86_REG_EFLAGS};

  private final Unicorn uc;
  private final BoardMemory memory;
  private final Elf firmware;

  FaultReporter(Unicorn uc, BoardMemory memory, Elf firmware) {
    this.uc = uc;
    this.memory = memory;
    this.firmware = firmware;
  }

  /** symbol+offset for addresses inside the firmware's loaded segments; "?" elsewhere. */
  String symbolize(long address) {
    boolean loaded = firmware.segments().stream()
        .anyMatch(s -> s.isLoad() && address >= s.vaddr() && address - s.vaddr() < s.memsz());
    return loaded ? firmware.symbolAt(address).map(Object::toString).orElse("?") : "?";
  }

  FaultReport report(FaultKind kind, String what, long pc, long address) {
    Map<String, Long> regs = new LinkedHashMap<>();
    for (int i = 0; i < REGS.length; i++) {
      regs.put(NAMES[i], uc.regRead(REGS[i]));
    }
    String location = symbolize(pc);
    String summary = "guest fault: " + what;
    if (!location.equals("?")) {
      summary += " in " + location;
    }
    return new FaultReport(kind, summary, pc, address, location, regs, backtrace(pc, regs.get("rbp")),
        disassemble(pc), sourceLine(pc));
  }

  private List<FaultReport.Frame> backtrace(long pc, long rbp) {
    List<FaultReport.Frame> frames = new ArrayList<>();
    frames.add(new FaultReport.Frame(pc, symbolize(pc)));
    long stackBase = memory.map.stackBase();
    long stackTop = memory.map.stackTop();
    long previous = 0;
    while (frames.size() < MAX_FRAMES && rbp > previous && rbp >= stackBase && rbp + 16 <= stackTop
        && (rbp & 7) == 0) {
      try {
        long ret = memory.readLong(rbp + 8);
        long next = memory.readLong(rbp);
        if (!memory.inFlash(ret)) {
          break;
        }
        // A return address points after the call; symbolise the call itself.
        frames.add(new FaultReport.Frame(ret, symbolize(ret - 1)));
        previous = rbp;
        rbp = next;
      } catch (BadGuestPointer e) {
        break;
      }
    }
    return frames;
  }

  private List<String> disassemble(long pc) {
    if (!memory.inFlash(pc)) {
      return List.of();
    }
    try {
      long end = Math.min(pc + 16, memory.map.board().flash().end());
      byte[] code = memory.read(pc, end - pc);
      var insns = Capstone.get().disassemble(code, pc, 1);
      if (insns.isEmpty()) {
        return List.of(String.format("0x%x: %s (not a valid instruction)", pc,
            HexFormat.ofDelimiter(" ").formatHex(code, 0, Math.min(code.length, 8))));
      }
      List<String> out = new ArrayList<>();
      for (var in : insns) {
        out.add(String.format("0x%x: %-24s %s", in.address(), HexFormat.ofDelimiter(" ").formatHex(in.bytes()), in));
      }
      return out;
    } catch (BadGuestPointer | HostLibraryError | RuntimeException e) {
      return List.of("(no disassembly: " + e.getMessage() + ")");
    }
  }

  /** addr2line on the firmware file, when both exist; empty otherwise or on any problem. */
  private Optional<String> sourceLine(long pc) {
    try {
      Path file = Path.of(firmware.origin());
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Process p = new ProcessBuilder("addr2line", "-e", file.toString(), "0x" + Long.toHexString(pc))
          .redirectErrorStream(true).start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.exitValue() != 0 || line.isEmpty() || line.startsWith("??")) {
        return Optional.empty();
      }
      return Optional.of(line.lines().findFirst().orElse(line));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
