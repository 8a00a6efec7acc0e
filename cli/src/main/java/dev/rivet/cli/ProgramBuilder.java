package dev.rivet.cli;

import dev.rivet.compiler.Compiler;
import dev.rivet.compiler.ast.ExceptHandler;
import dev.rivet.compiler.ast.Stmt;
import dev.rivet.compiler.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the bytecode image of a Python program from its main file: finds the modules it imports
 * statically (Import/ImportFrom at any depth, relative ones too), resolves each against the main
 * file's folder ({@code a.py}, or {@code a/__init__.py} for a package), recursively, and compiles
 * them all into one image whose main module runs as {@code __main__}. Names not found locally
 * ({@code sys}, {@code time}, ...) are left for the runtime to resolve. Compile errors escape as
 * {@link dev.rivet.compiler.CompileError}, which {@link Errors} reports with a caret.
 */
final class ProgramBuilder {
  private final Path root;
  private final Map<String, Compiler.SourceModule> found = new LinkedHashMap<>();
  private final Deque<Compiler.SourceModule> pending = new ArrayDeque<>();

  private ProgramBuilder(Path root) {
    this.root = root;
  }

  /** The image bytes of the program whose main module is {@code mainFile}. */
  static byte[] build(Path mainFile) {
    List<Compiler.SourceModule> modules = collect(mainFile);
    return Compiler.compileProgramBytes(modules, modules.get(0).name());
  }

  /** The program's modules, the main one first (its name is the file's stem). */
  static List<Compiler.SourceModule> collect(Path mainFile) {
    Path abs = mainFile.toAbsolutePath().normalize();
    ProgramBuilder b = new ProgramBuilder(abs.getParent());
    String stem = stem(abs.getFileName().toString());
    b.add(new Compiler.SourceModule(stem, abs.getFileName().toString(), false, read(mainFile)));
    while (!b.pending.isEmpty()) {
      b.scan(b.pending.pop());
    }
    return new ArrayList<>(b.found.values());
  }

  private void add(Compiler.SourceModule m) {
    found.put(m.name(), m);
    pending.push(m);
  }

  /** Resolves every import in {@code m} (parsing it; a syntax error surfaces here). */
  private void scan(Compiler.SourceModule m) {
    List<Stmt> body = Parser.parseModule(m.source(), m.filename()).body();
    String pkg = m.isPackage() ? m.name() : parentOf(m.name());
    walk(body, pkg);
  }

  private void walk(List<Stmt> body, String pkg) {
    for (Stmt s : body) {
      switch (s) {
        case Stmt.Import i -> i.names().forEach(a -> want(a.name()));
        case Stmt.ImportFrom f -> {
          String base = absolute(f.module(), f.level(), pkg);
          if (base == null) {
            break; // a relative import beyond the top: the runtime raises ImportError, as CPython does
          }
          if (!base.isEmpty()) {
            want(base);
          }
          for (var a : f.names()) {
            if (!a.name().equals("*")) {
              want(base.isEmpty() ? a.name() : base + "." + a.name());
            }
          }
        }
        case Stmt.FunctionDef d -> walk(d.body(), pkg);
        case Stmt.ClassDef c -> walk(c.body(), pkg);
        case Stmt.For f -> { walk(f.body(), pkg); walk(f.orelse(), pkg); }
        case Stmt.While w -> { walk(w.body(), pkg); walk(w.orelse(), pkg); }
        case Stmt.If i -> { walk(i.body(), pkg); walk(i.orelse(), pkg); }
        case Stmt.With w -> walk(w.body(), pkg);
        case Stmt.Try t -> {
          walk(t.body(), pkg);
          for (ExceptHandler h : t.handlers()) {
            walk(h.body(), pkg);
          }
          walk(t.orelse(), pkg);
          walk(t.finalbody(), pkg);
        }
        default -> { }
      }
    }
  }

  /** The absolute module named by {@code from <dots><module>}, "" for the top, null past it. */
  private static String absolute(String module, int level, String pkg) {
    if (level == 0) {
      return module == null ? "" : module;
    }
    String base = pkg;
    for (int i = 1; i < level; i++) {
      if (base.isEmpty()) {
        return null;
      }
      base = parentOf(base);
    }
    if (base.isEmpty()) {
      return null; // relative import in a top-level module
    }
    return module == null ? base : base + "." + module;
  }

  /** Adds {@code name} and its parent packages when they exist beside the main file. */
  private void want(String name) {
    String[] parts = name.split("\\.");
    StringBuilder dotted = new StringBuilder();
    Path dir = root;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        dotted.append('.');
      }
      dotted.append(parts[i]);
      String n = dotted.toString();
      Path pkgInit = dir.resolve(parts[i]).resolve("__init__.py");
      Path file = dir.resolve(parts[i] + ".py");
      if (found.containsKey(n)) {
        if (!found.get(n).isPackage()) {
          return;
        }
      } else if (Files.isRegularFile(pkgInit)) {
        add(new Compiler.SourceModule(n, "__init__.py", true, read(pkgInit)));
      } else if (Files.isRegularFile(file)) {
        add(new Compiler.SourceModule(n, file.getFileName().toString(), false, read(file)));
        return;
      } else {
        return; // not ours: a built-in module or an error the runtime reports
      }
      dir = dir.resolve(parts[i]);
    }
  }

  private static String parentOf(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? "" : dotted.substring(0, dot);
  }

  private static String stem(String name) {
    return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserError(ExitCodes.BAD_INPUT, file + ": no such file");
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, file + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
