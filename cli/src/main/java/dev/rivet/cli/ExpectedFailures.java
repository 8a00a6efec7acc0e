package dev.rivet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rivet test --xfail FILE}: the programs expected to fail, in the format of the corpus's
 * xfail.txt (lines parsed by {@link XfailLine}, as CorpusTest does). Owns reading the file,
 * checking that each entry names a program, and lookup; TestCommand decides what a listed result
 * means (a failure is XFAIL, a pass is XPASS).
 */
final class ExpectedFailures {
  private record Entry(Path program, String board) {}

  private final Path file;
  private final Map<Entry, String> reasons;

  private ExpectedFailures(Path file, Map<Entry, String> reasons) {
    this.file = file;
    this.reasons = reasons;
  }

  /** Reads FILE; a malformed line or one naming a missing program is bad input (exit code 2). */
  static ExpectedFailures read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, file + ": cannot read (" + e.getMessage() + ")");
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    Map<Entry, String> reasons = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String where = file + ":" + (i + 1) + ": ";
      XfailLine entry;
      try {
        entry = XfailLine.parse(lines.get(i));
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCodes.BAD_INPUT, where + e.getMessage());
      }
      if (entry == null) {
        continue;
      }
      Path program = dir.resolve(entry.path()).normalize();
      if (!Files.isRegularFile(program)) {
        throw new UserError(ExitCodes.BAD_INPUT, where + "names a missing program: " + entry.path());
      }
      reasons.put(new Entry(program, entry.board()), entry.reason().isEmpty() ? "(no reason given)" : entry.reason());
    }
    return new ExpectedFailures(file, reasons);
  }

  /** Why {@code program} is expected to fail on {@code board}, or null when it is expected to pass. */
  String reason(Path program, String board) {
    Path p = program.toAbsolutePath().normalize();
    String r = reasons.get(new Entry(p, board));
    return r != null ? r : reasons.get(new Entry(p, null));
  }

  Path file() {
    return file;
  }
}
