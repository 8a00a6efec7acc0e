package dev.rivet.emulator;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fault kind, from faults.c: the classification, the one-line summary and the symbol. */
class FaultsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      null     | NULL_POINTER     | read_null      | guest fault: null pointer dereference (read at 0x8) in read_null
      read     | UNMAPPED_READ    | read_unmapped  | guest fault: read from unmapped memory at 0x50000000 (8 bytes) in read_unmapped
      write    | UNMAPPED_WRITE   | write_unmapped | guest fault: write to unmapped memory at 0x50000000 (8 bytes) in write_unmapped
      flash    | WRITE_TO_FLASH   | write_flash    | guest fault: write to flash at 0x100234 in write_flash
      ud       | INVALID_OPCODE   | invalid_opcode | guest fault: invalid opcode
      div      | DIVISION_ERROR   | divide         | guest fault: division error (#DE: divide by zero or quotient overflow) in divide
      hlt      | HALT             | halt           | guest fault: hlt with interrupts disabled
      stack    | STACK_OVERFLOW   | recurse        | guest fault: stack overflow
      """)
  void faultInsideAFunctionIsClassifiedAndSymbolised(String what, FaultKind kind, String symbol, String summary)
      throws Exception {
    try (BoardMachine m = Guests.boot("faults", what)) {
      RunResult r = m.run(RunLimits.instructions(50_000_000));
      RunResult.Faulted f = assertInstanceOf(RunResult.Faulted.class, r, r::toString);
      FaultReport report = f.report();
      String text = report.render();
      assertEquals(kind, report.kind(), text);
      assertTrue(report.summary().startsWith(summary), text);
      assertTrue(report.location().startsWith(symbol), text);
      assertTrue(report.summary().contains(" in " + symbol), text);
      // The backtrace walks back through level2 and level1 to main (except from deep recursion,
      // whose frames all belong to recurse until the frame limit).
      var frames = report.backtrace().stream().map(FaultReport.Frame::location).toList();
      assertTrue(frames.get(0).startsWith(symbol), text);
      if (kind != FaultKind.STACK_OVERFLOW) {
        assertTrue(frames.stream().anyMatch(l -> l.startsWith("level1")), text);
        assertTrue(frames.stream().anyMatch(l -> l.startsWith("main")), text);
      }
      // hlt has retired when the board stops: rip is past it, the report points at it.
      assertEquals(report.pc() + (kind == FaultKind.HALT ? 1 : 0), report.registers().get("rip"), text);
      assertFalse(report.disassembly().isEmpty(), text);
      assertTrue(report.source().orElse("").contains("faults.c:"), text);
    }
  }

  @Test
  void executeFromRamAndJumpToUnmappedMemory() throws Exception {
    try (BoardMachine m = Guests.boot("faults", "exec_ram")) {
      FaultReport report = assertInstanceOf(RunResult.Faulted.class, m.run(RunLimits.NONE)).report();
      assertEquals(FaultKind.EXECUTE_FROM_RAM, report.kind(), report.render());
      assertTrue(report.summary().startsWith("guest fault: execute from RAM at 0x2000"), report.render());
      assertTrue(m.memoryMap().board().ram().contains(report.pc(), 1), report.render());
    }
    try (BoardMachine m = Guests.boot("faults", "fetch")) {
      FaultReport report = assertInstanceOf(RunResult.Faulted.class, m.run(RunLimits.NONE)).report();
      assertEquals(FaultKind.UNMAPPED_FETCH, report.kind(), report.render());
      assertEquals("guest fault: jump to unmapped memory at 0x70000000", report.summary());
    }
  }

  @Test
  void ranOffIntoTheWeeds() throws Exception {
    try (BoardMachine m = Guests.boot("faults", "weeds")) {
      FaultReport report = assertInstanceOf(RunResult.Faulted.class, m.run(RunLimits.NONE)).report();
      assertEquals(FaultKind.RAN_OFF, report.kind(), report.render());
      assertTrue(report.summary().startsWith("guest fault: ran off into the weeds: executing at 0x180000"), report.render());
    }
  }

  @Test
  void badHostCallBlockIsAFault() throws Exception {
    try (BoardMachine m = Guests.boot("faults", "badblock")) {
      FaultReport report = assertInstanceOf(RunResult.Faulted.class, m.run(RunLimits.NONE)).report();
      assertEquals(FaultKind.BAD_HOSTCALL, report.kind(), report.render());
      assertTrue(report.summary().contains("0x50000000"), report.render());
    }
  }

  @Test
  void reportRendersEveryPart() throws Exception {
    try (BoardMachine m = Guests.boot("faults", "flash")) {
      FaultReport report = assertInstanceOf(RunResult.Faulted.class, m.run(RunLimits.NONE)).report();
      String text = report.render();
      assertTrue(text.startsWith("guest fault: write to flash at 0x100234 in write_flash\n"), text);
      assertTrue(text.contains("  pc 0x"), text);
      assertTrue(text.contains("mov dword ptr [0x100234], 1"), text);
      assertTrue(text.contains("rax"), text);
      assertTrue(text.contains("r15"), text);
      assertTrue(text.contains("#1 "), text);
      assertTrue(text.contains("in level1"), text);
    }
  }
}
