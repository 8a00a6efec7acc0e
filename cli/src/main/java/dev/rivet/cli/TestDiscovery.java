package dev.rivet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which programs a {@code rivet test} invocation runs: the .py files given or found under the
 * folders given (recursively), minus helper modules, filtered by substring, sorted by path, and
 * cut into the shard asked for. Sorting first makes shards the same on every machine.
 */
final class TestDiscovery {
  private TestDiscovery() {}

  /** Shard K of N (1-based), parsed from "K/N". */
  record Shard(int index, int count) {
    static Shard parse(String text) {
      String[] parts = text == null ? new String[0] : text.split("/", -1);
      try {
        if (parts.length == 2) {
          int k = Integer.parseInt(parts[0].strip()), n = Integer.parseInt(parts[1].strip());
          if (n >= 1 && k >= 1 && k <= n) {
            return new Shard(k, n);
          }
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      throw new UserError(ExitCodes.BAD_INPUT, "--shard " + text + ": want K/N with 1 <= K <= N, e.g. 2/4");
    }

    /** Programs at sorted positions K-1, K-1+N, K-1+2N, ...: shards are disjoint and cover all. */
    <T> List<T> of(List<T> sorted) {
      List<T> mine = new ArrayList<>();
      for (int i = index - 1; i < sorted.size(); i += count) {
        mine.add(sorted.get(i));
      }
      return mine;
    }
  }

  static List<TestProgram> find(List<Path> paths, String filter, Shard shard) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        if (!p.toString().endsWith(".py")) {
          throw new UserError(ExitCodes.BAD_INPUT, p + ": not a Python program (.py)");
        }
        files.add(p.normalize());
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)).forEach(f -> files.add(f.normalize()));
        } catch (IOException e) {
          throw new UserError(ExitCodes.BAD_INPUT, p + ": cannot list (" + e.getMessage() + ")");
        }
      } else {
        throw new UserError(ExitCodes.BAD_INPUT, p + ": no such file or folder");
      }
    }
    List<TestProgram> programs = new ArrayList<>();
    for (Path f : files) {
      if (filter != null && !f.toString().contains(filter)) {
        continue;
      }
      TestProgram t = TestProgram.read(f);
      if (!t.module()) {
        programs.add(t);
      }
    }
    return shard == null ? programs : shard.of(programs);
  }
}
