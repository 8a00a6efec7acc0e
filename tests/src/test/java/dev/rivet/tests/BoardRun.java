package dev.rivet.tests;

import dev.rivet.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one program on one board through the real CLI, in-process (no JVM per program), and judges
 * the result against CPython's expectation. Owns the comparison rule: UART bytes identical and
 * exit code equal; nothing else is tolerated. Runs are location independent: sys.argv[0] is the
 * program's file name (--argv0), as under {@code rivet test} and regen-expected.sh's CPython, not
 * its absolute path, whose length would move the heap layout with the checkout's location.
 */
record BoardRun(int exitCode, byte[] uart, String diagnostics) {

  static BoardRun of(CorpusProgram program, String board) {
    return of(program, board, List.of());
  }

  /** The same with extra {@code rivet run} options before the program (e.g. --gc-stress). */
  static BoardRun of(CorpusProgram program, String board, List<String> runOptions) {
    List<String> argv = new ArrayList<>(List.of("run", "--board", board));
    argv.addAll(runOptions);
    argv.addAll(List.of("--argv0", program.source().getFileName().toString()));
    argv.add(program.source().toString());
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code;
    try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      try {
        code = Main.run(outStream, errStream, argv.toArray(String[]::new));
      } catch (Throwable t) { // a crash of the toolchain is a result to report, not a reason to stop
        errStream.println("CLI threw " + t);
        code = Integer.MIN_VALUE;
      }
    }
    return new BoardRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** Null when the run matches; otherwise a short, readable account of the first difference. */
  String mismatch(CorpusProgram program) {
    if (!program.hasExpectation()) {
      return "no .exp file: run tests/regen-expected.sh";
    }
    var why = new StringBuilder();
    if (exitCode != program.expectedExit()) {
      why.append("exit code ").append(exitCode == Integer.MIN_VALUE ? "(CLI threw)" : exitCode)
          .append(", expected ").append(program.expectedExit()).append('\n');
    }
    if (!Arrays.equals(uart, program.expectedOutput())) {
      why.append(firstDifference(program.expectedOutput(), uart));
    }
    if (why.isEmpty()) {
      return null;
    }
    if (!diagnostics.isBlank()) {
      why.append("rivet said: ").append(diagnostics.strip().lines().limit(6)
          .reduce((a, b) -> a + "\n  " + b).orElse("")).append('\n');
    }
    return why.toString();
  }

  /** One line for xfail.txt: the gist of the failure. */
  String summary(CorpusProgram program) {
    String m = mismatch(program);
    if (m == null) {
      return "passes";
    }
    String gist = !diagnostics.isBlank() ? diagnostics.strip().lines().findFirst().orElse("")
        : m.lines().findFirst().orElse("");
    return gist.length() > 110 ? gist.substring(0, 110) + "..." : gist;
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end of output>";
      String al = i < a.length ? a[i] : "<end of output>";
      if (!el.equals(al)) {
        return "UART output differs at line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   "
            + al + "\n(" + expected.length + " bytes expected, " + actual.length + " received)\n";
      }
    }
    return "UART output differs in bytes that do not survive UTF-8 decoding\n";
  }
}
