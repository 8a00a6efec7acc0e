package dev.rivet.cli;

import dev.rivet.compiler.Compiler;
import dev.rivet.compiler.ModuleNames;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rivet compile}: Python files to one bytecode image (docs/bytecode.md). The output is
 * written to a temporary file and renamed into place, so it is never left half-written.
 */
@Command(name = "compile", description = "Compile Python files into a bytecode image (.rbc).")
final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Python sources; module names come from their paths (folders with __init__.py are packages).")
  List<Path> files;

  @Option(names = {"-o", "--output"}, paramLabel = "IMAGE",
      description = "Output image (default: the first file's name with .rbc, in the current directory).")
  Path output;

  @Option(names = "--main", paramLabel = "MODULE", description = "The main module (default: the first file's).")
  String main;

  @Override
  public Integer call() throws IOException {
    List<ModuleNames.Named> named;
    try {
      named = ModuleNames.assign(files);
    } catch (ModuleNames.Problem p) {
      throw new UserError(ExitCodes.BAD_INPUT, p.getMessage());
    }
    String mainName = main != null ? main : named.get(0).name();
    if (named.stream().noneMatch(n -> n.name().equals(mainName))) {
      throw new UserError(ExitCodes.BAD_INPUT, "--main " + mainName + ": no such module among the inputs (modules: "
          + String.join(", ", named.stream().map(ModuleNames.Named::name).toList()) + ")");
    }
    List<Compiler.SourceModule> sources = new ArrayList<>();
    for (ModuleNames.Named n : named) {
      sources.add(new Compiler.SourceModule(n.name(), n.file().toString(), n.isPackage(), read(n.file())));
    }
    byte[] image = Compiler.compileProgramBytes(sources, mainName);
    Path out = output != null ? output : Path.of(stem(files.get(0)) + ".rbc");
    writeAtomically(out, image);
    spec.commandLine().getOut().printf("wrote %s: %d module%s, %d bytes%n", out, named.size(),
        named.size() == 1 ? "" : "s", image.length);
    return ExitCodes.OK;
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

  private static String stem(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
  }

  /** Writes to a temporary file beside {@code out}, then renames it over {@code out}. */
  static void writeAtomically(Path out, byte[] bytes) {
    Path dir = out.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, out + ": cannot write (" + e.getMessage() + ")");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original error is the one worth reporting
        }
      }
    }
  }
}
