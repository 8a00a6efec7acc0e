package dev.rivet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xfail list's file format and its rewrite rules (keep reasons, per-board entries). */
class XfailListTest {
  private static final List<String> BOARDS = List.of("standard", "tiny");

  @Test
  void entriesHoldForAllBoardsOrOne(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("xfail.txt");
    Files.writeString(f, "# comment\n\na/x.py  reason one\nb/y.py@tiny  heap too small\n");
    XfailList list = XfailList.read(f);
    assertTrue(list.expectsFailure("a/x.py", "standard"));
    assertTrue(list.expectsFailure("a/x.py", "tiny"));
    assertTrue(list.expectsFailure("b/y.py", "tiny"));
    assertFalse(list.expectsFailure("b/y.py", "standard"));
    assertEquals("heap too small", list.reason("b/y.py", "tiny"));
    assertEquals(2, list.size());
  }

  @Test
  void rewriteKeepsReasonsAndSplitsByBoard(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("xfail.txt");
    Files.writeString(f, "a.py  old reason\nfixed.py  was broken\nnot_run.py  kept as is\n");
    XfailList updated = XfailList.read(f).updatedWith(
        Map.of("a.py", Map.of("standard", "new", "tiny", "new"),
            "b.py", Map.of("tiny", "exit code 1, expected 0")),
        BOARDS, List.of("a.py", "b.py", "fixed.py"));
    updated.write(f);
    XfailList back = XfailList.read(f);
    assertEquals("old reason", back.reason("a.py", "standard"));
    assertTrue(back.expectsFailure("b.py", "tiny"));
    assertFalse(back.expectsFailure("b.py", "standard"));
    assertEquals("exit code 1, expected 0", back.reason("b.py", "tiny"));
    assertFalse(back.expectsFailure("fixed.py", "standard"));
    assertEquals("kept as is", back.reason("not_run.py", "tiny"));
    assertEquals(3, back.size());
    assertTrue(Files.readString(f).startsWith("# Corpus programs expected to FAIL"));
  }
}
