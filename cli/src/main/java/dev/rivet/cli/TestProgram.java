package dev.rivet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One program of {@code rivet test}: its path and what its header comment asks for. The header is
 * the run of lines at the top of the file that start with {@code # rivet:}, e.g.
 * {@code # rivet: board=tiny gc-stress} or {@code # rivet: skip=needs input}; {@code # rivet: module}
 * on the first line marks a helper module, which is not a program.
 */
record TestProgram(Path path, String board, boolean gcStress, boolean gcPoison, String skip, boolean module) {

  /** Reads the header; a header word rivet does not know is bad input (a typo would hide a test). */
  static TestProgram read(Path path) {
    String board = null, skip = null;
    boolean stress = false, poison = false, module = false;
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      boolean first = true;
      for (String line; (line = r.readLine()) != null; first = false) {
        if (!line.startsWith("# rivet:")) {
          break;
        }
        String rest = line.substring("# rivet:".length()).strip();
        while (!rest.isEmpty()) {
          if (rest.startsWith("skip=")) {
            skip = rest.substring(5).strip();
            break; // the reason runs to the end of the line
          }
          int sp = rest.indexOf(' ');
          String word = sp < 0 ? rest : rest.substring(0, sp);
          rest = sp < 0 ? "" : rest.substring(sp + 1).strip();
          if (word.startsWith("board=")) {
            board = word.substring(6);
          } else if (word.equals("gc-stress")) {
            stress = true;
          } else if (word.equals("gc-poison")) {
            poison = true;
          } else if (word.equals("module") && first) {
            module = true;
          } else {
            throw new UserError(ExitCodes.BAD_INPUT, path + ": unknown word in the '# rivet:' header: " + word
                + " (known: board=NAME, gc-stress, gc-poison, skip=REASON, module)");
          }
        }
      }
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, path + ": cannot read (" + e.getMessage() + ")");
    }
    return new TestProgram(path, board, stress, poison, skip, module);
  }

  /** NAME.exp beside the program. */
  Path expFile() {
    return sibling(".exp");
  }

  /** NAME.exit beside the program (absent: exit code 0). */
  Path exitFile() {
    return sibling(".exit");
  }

  String fileName() {
    return path.getFileName().toString();
  }

  private Path sibling(String ext) {
    String name = fileName();
    return path.resolveSibling(name.substring(0, name.length() - 3) + ext);
  }
}
