package dev.rivet.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guest fault as data: one line saying what happened, where (pc and symbol+offset), the general
 * registers, a symbolised backtrace (walking the rbp chain), the faulting instruction disassembled,
 * and the C source line when addr2line could tell. {@link #render} is the text the CLI prints.
 *
 * @param address the faulting data address (memory faults), else the pc
 * @param location pc as symbol+offset, or "?" when no symbol covers it
 */
public record FaultReport(FaultKind kind, String summary, long pc, long address, String location,
                          Map<String, Long> registers, List<Frame> backtrace, List<String> disassembly,
                          Optional<String> source) {

  public FaultReport {
    registers = new LinkedHashMap<>(registers);
    backtrace = List.copyOf(backtrace);
    disassembly = List.copyOf(disassembly);
  }

  /** One stack frame: the pc (frame 0) or a return address, and its symbol+offset. */
  public record Frame(long pc, String location) {}

  /** The report as printed: the summary line, then details indented. */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(summary).append('\n');
    b.append(String.format("  pc 0x%x in %s%n", pc, location));
    source.ifPresent(s -> b.append("  source ").append(s).append('\n'));
    if (!disassembly.isEmpty()) {
      b.append("  faulting instruction:\n");
      for (String line : disassembly) {
        b.append("    ").append(line).append('\n');
      }
    }
    b.append("  registers:\n");
    int column = 0;
    for (var e : registers.entrySet()) {
      b.append(String.format("    %-6s 0x%016x", e.getKey(), e.getValue()));
      if (++column % 3 == 0) {
        b.append('\n');
      }
    }
    if (column % 3 != 0) {
      b.append('\n');
    }
    b.append("  backtrace:\n");
    for (int i = 0; i < backtrace.size(); i++) {
      Frame f = backtrace.get(i);
      b.append(String.format("    #%-2d 0x%x in %s%n", i, f.pc(), f.location()));
    }
    return b.toString();
  }
}
