package dev.rivet.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code rivet test --junit FILE}: the JUnit XML report CI systems read. One testsuite; a testcase
 * per program (classname = its folder, name = its file); mismatches are failures, timeouts and
 * crashes are errors, skips carry their reason. An expected failure (--xfail) is reported as
 * skipped, with "expected failure: REASON" as its message and the failure's details as text; an
 * unexpected pass (XPASS) is a failure.
 */
final class JUnitReport {
  private JUnitReport() {}

  static void write(Path file, List<TestResult> results, double seconds) {
    long failures = results.stream().filter(r -> r.status() == TestResult.Status.FAILED
        || r.status() == TestResult.Status.XPASSED).count();
    long errors = results.stream().filter(r -> r.status() == TestResult.Status.TIMED_OUT
        || r.status() == TestResult.Status.CRASHED).count();
    long skipped = results.stream().filter(r -> r.status() == TestResult.Status.SKIPPED
        || r.status() == TestResult.Status.XFAILED).count();
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append(String.format(Locale.ROOT, "<testsuites tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">%n",
        results.size(), failures, errors, skipped, seconds));
    x.append(String.format(Locale.ROOT, "  <testsuite name=\"rivet test\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">%n",
        results.size(), failures, errors, skipped, seconds));
    for (TestResult r : results) {
      Path parent = r.program().path().getParent();
      x.append(String.format(Locale.ROOT, "    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
          attr(parent == null ? "." : parent.toString()), attr(r.program().fileName()), r.seconds()));
      switch (r.status()) {
        case PASSED, UPDATED -> x.append("/>\n");
        case SKIPPED -> x.append(">\n      <skipped message=\"").append(attr(r.detail())).append("\"/>\n    </testcase>\n");
        case XFAILED -> {
          int nl = r.detail().indexOf('\n');
          element(x, "skipped", nl < 0 ? r.detail() : r.detail().substring(0, nl), nl < 0 ? "" : r.detail().substring(nl + 1));
        }
        case XPASSED -> element(x, "failure", "unexpected pass (XPASS)", r.detail());
        case FAILED -> element(x, "failure", "output or exit code differs", r.detail());
        case TIMED_OUT -> element(x, "error", "timed out", r.detail());
        case CRASHED -> element(x, "error", "crashed", r.detail());
      }
    }
    x.append("  </testsuite>\n</testsuites>\n");
    CompileCommand.writeAtomically(file, x.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void element(StringBuilder x, String tag, String message, String body) {
    x.append(">\n      <").append(tag).append(" message=\"").append(attr(message)).append("\">")
        .append(text(body)).append("</").append(tag).append(">\n    </testcase>\n");
  }

  private static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
  }

  /** Escapes markup and replaces characters XML 1.0 cannot carry (guest output may hold any byte). */
  private static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> {
          boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
          if (ok) {
            b.appendCodePoint(c);
          } else {
            b.append(String.format("\\x%02x", c));
          }
        }
      }
    });
    return b.toString();
  }
}
