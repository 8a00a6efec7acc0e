package dev.rivet.cli;

/**
 * One entry of an xfail file (tests/corpus/xfail*.txt, tests/board/xfail.txt, any file given to
 * {@code rivet test --xfail}): {@code <path>[@<board>]  <reason>}, the path relative to the file's
 * folder. An entry without {@code @board} holds on every board. The one parser of the format:
 * {@code rivet test} (ExpectedFailures) and the corpus tests (which also rewrite the files) both
 * read lines through it.
 *
 * @param path   the program, relative to the xfail file's folder
 * @param board  the board the entry is limited to, or null for every board
 * @param reason why the program is expected to fail ("" when the line gives none)
 */
public record XfailLine(String path, String board, String reason) {

  /** The line's key as written: {@code path} or {@code path@board}. */
  public String key() {
    return board == null ? path : path + "@" + board;
  }

  /**
   * Parses one line: null for a blank or comment ('#') line; an IllegalArgumentException naming
   * what was expected when the line is malformed (an empty path or board).
   */
  public static XfailLine parse(String raw) {
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return null;
    }
    String[] parts = line.split("\\s+", 2);
    String key = parts[0];
    int at = key.lastIndexOf('@');
    String path = at < 0 ? key : key.substring(0, at);
    String board = at < 0 ? null : key.substring(at + 1);
    if (path.isEmpty() || (board != null && board.isEmpty())) {
      throw new IllegalArgumentException("want '<path>[@<board>]  <reason>', found \"" + line + "\"");
    }
    return new XfailLine(path, board, parts.length > 1 ? parts[1] : "");
  }
}
