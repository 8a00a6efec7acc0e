package dev.rivet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (3 lines of context, "@@ -a,b +c,d @@" hunks) of expected against actual text,
 * from a longest common subsequence of lines. The common head and tail are cut off first, so the
 * quadratic table only covers the part that differs; past {@link #MAX_CELLS} that part is shown as
 * removed-then-added rather than aligned.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 4_000_000;

  private UnifiedDiff() {}

  private record Edit(char kind, String line, int a, int b) {} // kind ' ', '-', '+'; a/b: 0-based positions

  static String of(String expected, String actual, String expectedName, String actualName) {
    List<String> a = lines(expected), b = lines(actual);
    List<Edit> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(expectedName).append('\n').append("+++ ").append(actualName).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i; // extend while changes are within 2*CONTEXT of each other
      int lastChange = i;
      while (end < edits.size()) {
        if (edits.get(end).kind() != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      int aStart = edits.get(start).a(), bStart = edits.get(start).b(), aLen = 0, bLen = 0;
      StringBuilder body = new StringBuilder();
      for (int k = start; k < end; k++) {
        Edit e = edits.get(k);
        if (e.kind() != '+') aLen++;
        if (e.kind() != '-') bLen++;
        body.append(e.kind()).append(show(e.line()));
      }
      out.append("@@ -").append(range(aStart, aLen)).append(" +").append(range(bStart, bLen)).append(" @@\n");
      out.append(body);
      i = end;
    }
    return out.toString();
  }

  private static String range(int start, int len) {
    return len == 1 ? String.valueOf(start + 1) : (len == 0 ? start : start + 1) + "," + len; // diff -u's form
  }

  /** A line as shown: with its newline, or with the marker diff uses for a missing one. */
  private static String show(String line) {
    return line.endsWith("\n") ? line : line + "\n\\ No newline at end of file\n";
  }

  /** Lines with their newlines kept, so a missing final newline is a difference too. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int nl; (nl = text.indexOf('\n', from)) >= 0; from = nl + 1) {
      out.add(text.substring(from, nl + 1));
    }
    if (from < text.length()) {
      out.add(text.substring(from));
    }
    return out;
  }

  private static List<Edit> edits(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
    List<Edit> out = new ArrayList<>();
    for (int k = 0; k < head; k++) out.add(new Edit(' ', a.get(k), k, k));
    int n = a.size() - head - tail, m = b.size() - head - tail;
    if ((long) n * m > MAX_CELLS) {
      for (int k = 0; k < n; k++) out.add(new Edit('-', a.get(head + k), head + k, head));
      for (int k = 0; k < m; k++) out.add(new Edit('+', b.get(head + k), head + n, head + k));
    } else {
      // lcs[i][j]: length of the LCS of a[head+i..] and b[head+j..]
      int[][] lcs = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0, j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
          out.add(new Edit(' ', a.get(head + i), head + i, head + j));
          i++;
          j++;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
          out.add(new Edit('-', a.get(head + i), head + i, head + j)); // removals first, as diff -u does
          i++;
        } else {
          out.add(new Edit('+', b.get(head + j), head + i, head + j));
          j++;
        }
      }
    }
    for (int k = 0; k < tail; k++) {
      int ai = a.size() - tail + k, bi = b.size() - tail + k;
      out.add(new Edit(' ', a.get(ai), ai, bi));
    }
    return out;
  }
}
