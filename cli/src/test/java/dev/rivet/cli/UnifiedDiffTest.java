package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UnifiedDiff against the real diff -u (GNU diffutils) on the same texts, hunk for hunk. */
class UnifiedDiffTest {
  @TempDir Path dir;

  private String gnu(String a, String b) throws Exception {
    Path fa = dir.resolve("a"), fb = dir.resolve("b");
    Files.writeString(fa, a, StandardCharsets.UTF_8);
    Files.writeString(fb, b, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("diff", "-u", fa.toString(), fb.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.substring(out.indexOf("\n@@") + 1); // drop the ---/+++ lines with their timestamps
  }

  private static String ours(String a, String b) {
    String d = UnifiedDiff.of(a, b, "a", "b");
    return d.substring(d.indexOf("\n@@") + 1);
  }

  @Test
  void agreesWithGnuDiff() throws Exception {
    StringBuilder longA = new StringBuilder(), longB = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      longA.append("line ").append(i).append('\n');
      if (i % 17 != 5) longB.append("line ").append(i).append('\n');
      if (i == 30) longB.append("inserted\n");
    }
    String[][] cases = {
        {"a\nb\nc\n", "a\nB\nc\n"},
        {"a\nb\nc\n", "a\nb\nc\nd\n"},
        {"x\n", ""},
        {"", "only\n"},
        {"a\nb", "a\nb\n"},
        {"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\nY\n12\n"},
        {longA.toString(), longB.toString()},
    };
    for (String[] c : cases) {
      assertEquals(gnu(c[0], c[1]), ours(c[0], c[1]), "diff of " + c[0].replace("\n", "|") + " vs " + c[1].replace("\n", "|"));
    }
  }
}
