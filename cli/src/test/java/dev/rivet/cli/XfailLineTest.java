package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XfailLineTest {
  @Test
  void blankAndCommentLinesAreNoEntry() {
    assertNull(XfailLine.parse(""));
    assertNull(XfailLine.parse("   \t"));
    assertNull(XfailLine.parse("# gc/big.py  a comment, not an entry"));
  }

  @Test
  void anEntryHasAPathAnOptionalBoardAndAReason() {
    XfailLine all = XfailLine.parse("gc/big.py  needs more than 64 KiB of heap");
    assertEquals(new XfailLine("gc/big.py", null, "needs more than 64 KiB of heap"), all);
    assertEquals("gc/big.py", all.key());

    XfailLine tiny = XfailLine.parse("  gc/big.py@tiny\tMemoryError on a small heap ");
    assertEquals(new XfailLine("gc/big.py", "tiny", "MemoryError on a small heap"), tiny);
    assertEquals("gc/big.py@tiny", tiny.key());

    assertEquals(new XfailLine("a.py", null, ""), XfailLine.parse("a.py"));
  }

  @Test
  void anEmptyPathOrBoardIsAnErrorThatQuotesTheLine() {
    var noBoard = assertThrows(IllegalArgumentException.class, () -> XfailLine.parse("a.py@  why"));
    assertTrue(noBoard.getMessage().contains("\"a.py@  why\""), noBoard.getMessage());
    assertThrows(IllegalArgumentException.class, () -> XfailLine.parse("@tiny  why"));
  }
}
