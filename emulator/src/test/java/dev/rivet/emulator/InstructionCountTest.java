package dev.rivet.emulator;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.emulator.unicorn.Uc;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The native instruction counter (rivethooks.c) against Unicorn's own per-instruction hook, on a
 * guest with thousands of distinct blocks, so that its block tables fill, grow and are read back
 * many times over.
 */
class InstructionCountTest {
  @Test
  void countsExactlyTheInstructionsUnicornExecutes() throws Exception {
    try (BoardMachine m = Guests.bootOn("standard", "manyblocks")) {
      long[] executed = {0};
      Set<Long> blocks = new HashSet<>();
      m.unicorn().hookCode(Uc.UC_HOOK_CODE, (address, size) -> executed[0]++, 1, 0);
      m.unicorn().hookCode(Uc.UC_HOOK_BLOCK, (address, size) -> blocks.add(address), 1, 0);
      // The budget stops the board before a block, so every counted block has run in full: the
      // count must equal the executed instructions exactly (a finished run would also count the
      // rest of the block holding the exit `out`).
      RunResult r = m.run(RunLimits.instructions(150_000));
      assertInstanceOf(RunResult.TimedOut.class, r, r::toString);
      assertTrue(blocks.size() > 4096, "distinct blocks " + blocks.size());
      assertEquals(executed[0], m.instructions());
      assertTrue(m.instructions() > 149_000, "retired " + m.instructions());
    }
  }

  @Test
  void countsTheSameWhetherTheRunIsSplitOrNot() throws Exception {
    long whole;
    try (BoardMachine m = Guests.bootOn("standard", "manyblocks")) {
      RunResult r = m.run(RunLimits.NONE);
      assertInstanceOf(RunResult.Exited.class, r, r::toString);
      whole = m.instructions();
    }
    try (BoardMachine m = Guests.bootOn("standard", "manyblocks")) {
      RunResult r;
      int parts = 0;
      do {
        r = m.run(RunLimits.instructions(17_777));
        parts++;
      } while (r instanceof RunResult.TimedOut);
      assertInstanceOf(RunResult.Exited.class, r, r::toString);
      assertTrue(parts > 10, "parts " + parts);
      assertEquals(whole, m.instructions());
    }
  }
}
