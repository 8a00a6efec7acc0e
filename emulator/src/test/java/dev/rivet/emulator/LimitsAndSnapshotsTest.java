package dev.rivet.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The instruction budget, the wall-clock limit, and snapshot restore. */
class LimitsAndSnapshotsTest {
  @Test
  void budgetStopsASpinningGuestAtTheSameCountEveryTime() throws Exception {
    long first;
    try (BoardMachine m = Guests.boot("devices", "spin")) {
      RunResult r = m.run(RunLimits.instructions(1_000_000));
      RunResult.TimedOut t = assertInstanceOf(RunResult.TimedOut.class, r, r::toString);
      assertEquals(RunResult.Limit.INSTRUCTION_BUDGET, t.limit());
      first = t.instructions();
      // Never more than the budget, and short of it by less than one block.
      assertTrue(first <= 1_000_000 && first > 1_000_000 - 100, "retired " + first);
      assertEquals(first, m.instructions());
    }
    try (BoardMachine m = Guests.boot("devices", "spin")) {
      assertEquals(first, m.run(RunLimits.instructions(1_000_000)).instructions());
    }
  }

  @Test
  void aTimedOutBoardResumesWhereItStopped() throws Exception {
    long whole;
    try (BoardMachine m = Guests.boot("devices", "clock")) {
      RunResult r = m.run(RunLimits.NONE);
      assertInstanceOf(RunResult.Exited.class, r);
      whole = r.instructions();
      String out = r.outputText();
      try (BoardMachine n = Guests.boot("devices", "clock")) {
        StringBuilder pieces = new StringBuilder();
        RunResult part;
        while ((part = n.run(RunLimits.instructions(500))) instanceof RunResult.TimedOut) {
          pieces.append(part.outputText());
        }
        pieces.append(part.outputText());
        assertInstanceOf(RunResult.Exited.class, part);
        assertEquals(whole, part.instructions());
        assertEquals(out, pieces.toString());
      }
    }
  }

  @Test
  void wallClockLimitStopsASpinningGuest() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "spin")) {
      RunResult r = m.run(RunLimits.wallClock(Duration.ofMillis(200)));
      RunResult.TimedOut t = assertInstanceOf(RunResult.TimedOut.class, r, r::toString);
      assertEquals(RunResult.Limit.WALL_CLOCK, t.limit());
      assertTrue(t.instructions() > 0);
      // And it can run on afterwards.
      RunResult again = m.run(RunLimits.instructions(1000));
      assertEquals(RunResult.Limit.INSTRUCTION_BUDGET, assertInstanceOf(RunResult.TimedOut.class, again).limit());
    }
  }

  @Test
  void requestStopFromAnotherThreadStopsTheBoard() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "spin")) {
      Thread stopper = new Thread(() -> {
        try {
          Thread.sleep(100);
        } catch (InterruptedException ignored) {
          return;
        }
        m.requestStop();
      });
      stopper.start();
      RunResult r = m.run(RunLimits.wallClock(Duration.ofSeconds(60)));
      stopper.join();
      assertInstanceOf(RunResult.Stopped.class, r, r::toString);
    }
  }

  @Test
  void snapshotRestoreReplaysTheSameRun() throws Exception {
    try (BoardMachine m = Guests.boot("devices", "stop")) {
      m.registerHostCall(78, (call, mem) -> {
        m.requestStop();
        return HostCall.Reply.ok();
      });
      RunResult first = m.run(RunLimits.NONE);
      assertInstanceOf(RunResult.Stopped.class, first);
      Snapshot s = m.snapshot();
      assertEquals(first.instructions(), s.instructions());
      RunResult a = m.run(RunLimits.NONE);
      RunResult b1 = m.run(RunLimits.NONE);
      m.restore(s);
      assertEquals(s.instructions(), m.instructions());
      RunResult a2 = m.run(RunLimits.NONE);
      RunResult b2 = m.run(RunLimits.NONE);
      assertEquals(a.outputText(), a2.outputText());
      assertEquals(a.instructions(), a2.instructions());
      assertEquals(b1.outputText(), b2.outputText());
      assertEquals(b1.instructions(), b2.instructions());
      assertTrue((a.outputText() + b1.outputText()).contains("counter 2"), a.outputText() + b1.outputText());
      // Run to the end, restore, and the guest's counter in RAM starts over from 1.
      RunResult end;
      while ((end = m.run(RunLimits.NONE)) instanceof RunResult.Stopped) {
        // keep going
      }
      assertEquals(3, assertInstanceOf(RunResult.Exited.class, end).code());
      m.restore(s);
      StringBuilder all = new StringBuilder();
      while ((end = m.run(RunLimits.NONE)) instanceof RunResult.Stopped) {
        all.append(end.outputText());
      }
      all.append(end.outputText());
      assertEquals(3, assertInstanceOf(RunResult.Exited.class, end).code());
      assertTrue(all.toString().endsWith("counter 2\ncounter 3\n"), all.toString());
    }
  }
}
