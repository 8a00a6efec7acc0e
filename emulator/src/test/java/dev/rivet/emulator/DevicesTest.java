package dev.rivet.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UART, debug exit, clock and host calls, driven by the devices.c guest. */
class DevicesTest {
  @Test
  void uartReceivesTransmitsAndReportsLineStatus() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "echo")) {
      m.uart().feed("hello, board\n".getBytes(StandardCharsets.UTF_8));
      RunResult r = m.run(RunLimits.instructions(10_000_000));
      RunResult.Exited e = assertInstanceOf(RunResult.Exited.class, r, r::toString);
      assertEquals(12, e.code());
      // LSR: data ready (input queued) | THR empty | transmitter empty.
      assertEquals("scratch 0x000000000000005a\nlsr 0x0000000000000061\n> HELLO, BOARD\nempty 0\n", r.outputText());
      assertEquals(0, m.uart().available());
    }
  }

  @Test
  void uartSinkSeesOutputBeforeTheGuestWaitsForInput() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "echo")) {
      var sink = new java.io.ByteArrayOutputStream();
      m.uart().setSink(sink);
      // No input yet: the guest polls LSR forever; the prompt must already be visible.
      RunResult r = m.run(RunLimits.instructions(200_000));
      assertInstanceOf(RunResult.TimedOut.class, r);
      assertEquals("scratch 0x000000000000005a\nlsr 0x0000000000000060\n> ", sink.toString(StandardCharsets.UTF_8));
      m.uart().feed("ok\n".getBytes(StandardCharsets.UTF_8));
      RunResult rest = m.run(RunLimits.instructions(1_000_000));
      assertEquals(2, assertInstanceOf(RunResult.Exited.class, rest).code());
      assertEquals("OK\nempty 0\n", rest.outputText());
    }
  }

  @Test
  void exitCodeIsTheLowByte() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "exit_wide")) {
      assertEquals(0x34, assertInstanceOf(RunResult.Exited.class, m.run(RunLimits.NONE)).code());
    }
  }

  @Test
  void clockIsMonotonicAndDeterministic() throws Exception {
    String first;
    long firstCount;
    try (BoardMachine m = Guests.boot("devices", "clock")) {
      RunResult r = m.run(RunLimits.NONE);
      assertEquals(0, assertInstanceOf(RunResult.Exited.class, r).code(), r.outputText());
      first = r.outputText();
      firstCount = r.instructions();
    }
    try (BoardMachine m = Guests.boot("devices", "clock")) {
      RunResult r = m.run(RunLimits.NONE);
      assertEquals(first, r.outputText());
      assertEquals(firstCount, r.instructions());
    }
    String[] parts = first.trim().split(" ");
    long t1 = Long.parseLong(parts[1]), t2 = Long.parseLong(parts[3]);
    // The loop between the two reads runs 1000 iterations of at least 3 instructions.
    assertTrue(t2 - t1 >= 3000, first);
    assertTrue(firstCount > t2, first + " / " + firstCount);
  }

  @Test
  void hostCallsVersionLogUnknownOpBadPointerAndCustomHandlers() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "hostcall")) {
      m.registerHostCall(77, (call, mem) -> HostCall.Reply.ok(call.arg0() * 2));
      RunResult r = m.run(RunLimits.instructions(10_000_000));
      assertEquals(0, assertInstanceOf(RunResult.Exited.class, r).code());
      assertEquals("""
          version status 0 ret 1
          log status 0
          unknown status 1
          bad pointer status 2
          bad length status 2
          custom status 0 ret 10
          """, r.outputText());
      assertEquals(List.of("hello host"), m.hostLog());
    }
  }

  @Test
  void hostCallHandlerCanStopTheBoardAndRunResumes() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "stop")) {
      m.registerHostCall(78, (call, mem) -> {
        m.requestStop();
        return HostCall.Reply.ok();
      });
      StringBuilder out = new StringBuilder();
      RunResult r;
      int stops = 0;
      while ((r = m.run(RunLimits.instructions(1_000_000))) instanceof RunResult.Stopped) {
        stops++;
        out.append(r.outputText()).append('|');
      }
      assertEquals(3, stops);
      assertEquals(3, assertInstanceOf(RunResult.Exited.class, r).code());
      out.append(r.outputText());
      // Each stop lands at a block boundary shortly after the host call; every line printed once.
      assertEquals("counter 1\ncounter 2\ncounter 3\n", out.toString().replace("|", ""));
    }
  }

  @Test
  void hostCallHandlerExceptionBecomesStatusFiveNotACrash() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "hostcall")) {
      m.registerHostCall(77, (call, mem) -> {
        throw new IllegalStateException("handler bug");
      });
      RunResult r = m.run(RunLimits.instructions(10_000_000));
      assertTrue(r.outputText().contains("custom status 5 ret 0"), r.outputText());
      assertTrue(m.hostLog().get(1).contains("handler bug"));
    }
  }

  @Test
  void anExceptionInADeviceHookIsAFaultReportNotACrash() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "echo")) {
      m.uart().setSink(new java.io.OutputStream() {
        @Override
        public void write(int b) throws java.io.IOException {
          throw new java.io.IOException("terminal went away");
        }
      });
      RunResult r = m.run(RunLimits.instructions(1_000_000));
      RunResult.Faulted f = assertInstanceOf(RunResult.Faulted.class, r, r::toString);
      assertEquals(FaultKind.HOST_ERROR, f.report().kind());
      assertTrue(f.report().summary().contains("terminal went away"), f.report().summary());
    }
  }
}
