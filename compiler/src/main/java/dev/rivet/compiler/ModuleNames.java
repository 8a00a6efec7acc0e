package dev.rivet.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Module names from file paths, as Python's import system would see them: relative to the common
 * root of all inputs, folders are packages when their __init__.py is among the inputs, and
 * {@code pkg/__init__.py} is module {@code pkg}. Knows paths only; reads no files.
 */
public final class ModuleNames {
  private ModuleNames() {}

  /** A module's dotted name, and whether it is a package (its file is __init__.py). */
  public record Named(Path file, String name, boolean isPackage) {}

  /** A set of inputs that cannot form one program; the message names the file and the fix. */
  public static final class Problem extends Exception {
    public Problem(String message) {
      super(message, null, false, false);
    }
  }

  public static List<Named> assign(List<Path> files) throws Problem {
    if (files.isEmpty()) {
      throw new Problem("no input files");
    }
    List<Path> abs = new ArrayList<>();
    for (Path f : files) {
      if (!f.getFileName().toString().endsWith(".py")) {
        throw new Problem(f + ": not a Python source file (expected a .py file)");
      }
      abs.add(f.toAbsolutePath().normalize());
    }
    Set<Path> inputs = new HashSet<>(abs);
    Path root = abs.get(0).getParent();
    for (Path p : abs) {
      while (!p.startsWith(root)) {
        root = root.getParent();
      }
    }
    while (root.getParent() != null && inputs.contains(root.resolve("__init__.py"))) {
      root = root.getParent();
    }
    List<Named> out = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (int i = 0; i < abs.size(); i++) {
      Path rel = root.relativize(abs.get(i));
      List<String> parts = new ArrayList<>();
      for (Path part : rel) {
        parts.add(part.toString());
      }
      String file = parts.remove(parts.size() - 1);
      String stem = file.substring(0, file.length() - 3);
      boolean pkg = stem.equals("__init__");
      Path dir = root;
      for (String d : parts) {
        dir = dir.resolve(d);
        if (!inputs.contains(dir.resolve("__init__.py"))) {
          throw new Problem(files.get(i) + ": its folder " + root.relativize(dir)
              + " is not a package among the inputs (add " + root.relativize(dir.resolve("__init__.py")) + ")");
        }
      }
      if (!pkg) {
        parts.add(stem);
      }
      String name = String.join(".", parts);
      Path other = seen.put(name, files.get(i));
      if (other != null) {
        throw new Problem(files.get(i) + ": module name '" + name + "' is also the name of " + other);
      }
      out.add(new Named(files.get(i), name, pkg));
    }
    return out;
  }
}
