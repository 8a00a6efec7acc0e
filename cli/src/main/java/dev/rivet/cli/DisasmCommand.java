package dev.rivet.cli;

import dev.rivet.compiler.Compiler;
import dev.rivet.compiler.disasm.Disassembler;
import dev.rivet.compiler.disasm.Verifier;
import dev.rivet.compiler.image.Image;
import dev.rivet.compiler.image.ImageError;
import dev.rivet.compiler.image.ImageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rivet disasm}: a readable listing of a bytecode image (or of a .py file, compiled first). */
@Command(name = "disasm", description = "Print a bytecode image's code objects as a readable listing.")
final class DisasmCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "An image (.rbc), or a Python file to compile and list.")
  Path file;

  @Override
  public Integer call() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserError(ExitCodes.BAD_INPUT, file + ": no such file");
    } catch (IOException e) {
      throw new UserError(ExitCodes.BAD_INPUT, file + ": cannot read (" + e.getMessage() + ")");
    }
    Image image;
    if (file.getFileName().toString().endsWith(".py")) {
      String name = file.getFileName().toString().replaceFirst("\\.py$", "");
      image = Compiler.compileProgram(List.of(new Compiler.SourceModule(name, file.toString(), false, bytes)), name);
    } else {
      try {
        image = ImageReader.read(bytes);
        Verifier.verify(image);
      } catch (ImageError e) {
        throw new UserError(ExitCodes.BAD_INPUT, file + ": " + e.getMessage());
      }
    }
    var out = spec.commandLine().getOut();
    out.print(Disassembler.disassemble(image));
    out.flush();
    return ExitCodes.OK;
  }
}
