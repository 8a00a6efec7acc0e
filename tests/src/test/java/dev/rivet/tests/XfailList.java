package dev.rivet.tests;

import dev.rivet.cli.XfailLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite's xfail.txt (tests/corpus/xfail.txt, tests/board/xfail.txt): the programs expected to
 * FAIL while the VM grows, each with a reason. Line format:
 * {@code <path relative to the suite folder>[@<board>]  <reason>}; without
 * {@code @board} the entry holds for every board. '#' starts a comment line. Lines are parsed by
 * the cli's {@link XfailLine} (the same parser as {@code rivet test --xfail}); this class owns the
 * lookup and rewriting the file; the judgement of what failed comes from BoardRun.
 */
final class XfailList {
  private static final String HEADER = """
      # Corpus programs expected to FAIL on the board, one per line, with the reason.
      #   <path relative to this folder>[@board]  <reason>
      # An entry without @board holds for every board. A listed program that passes makes
      # CorpusTest fail (remove the line); an unlisted program must pass. Regenerate from the
      # actual results with:
      #   mvn -B -q -ntp -pl tests -am test -Drivet.corpus.update-xfail=true
      """;

  /** key = "path" or "path@board", value = reason. */
  private final Map<String, String> entries;

  private XfailList(Map<String, String> entries) {
    this.entries = entries;
  }

  static XfailList read(Path file) {
    var map = new LinkedHashMap<String, String>();
    if (Files.exists(file)) {
      try {
        for (String raw : Files.readAllLines(file)) {
          XfailLine entry = XfailLine.parse(raw);
          if (entry != null) {
            map.put(entry.key(), entry.reason());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new XfailList(map);
  }

  boolean expectsFailure(String program, String board) {
    return entries.containsKey(program) || entries.containsKey(program + "@" + board);
  }

  String reason(String program, String board) {
    String r = entries.get(program + "@" + board);
    return r != null ? r : entries.get(program);
  }

  /**
   * The list that matches the observed failures: {@code failing} maps each program that was run to
   * the boards it failed on and a summary per board. Entries for programs that were not run are
   * kept as they were; existing reasons are kept for entries that stay.
   */
  XfailList updatedWith(Map<String, Map<String, String>> failing, List<String> boards,
      List<String> programsRun) {
    var map = new LinkedHashMap<String, String>();
    entries.forEach((key, reason) -> {
      String program = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
      if (!programsRun.contains(program)) {
        map.put(key, reason);
      }
    });
    for (String program : programsRun) {
      Map<String, String> byBoard = failing.getOrDefault(program, Map.of());
      if (byBoard.isEmpty()) {
        continue;
      }
      if (byBoard.keySet().containsAll(boards)) {
        String old = entries.get(program);
        map.put(program, old != null ? old : byBoard.get(boards.get(0)));
      } else {
        for (String board : boards) {
          if (byBoard.containsKey(board)) {
            String old = reason(program, board);
            map.put(program + "@" + board, old != null ? old : byBoard.get(board));
          }
        }
      }
    }
    return new XfailList(map);
  }

  void write(Path file) {
    var text = new StringBuilder(HEADER);
    entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> text.append(e.getKey()).append("  ").append(e.getValue()).append('\n'));
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return entries.size();
  }
}
