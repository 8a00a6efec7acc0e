package dev.rivet.compiler;

import dev.rivet.compiler.ast.Expr;
import dev.rivet.compiler.ast.Module;
import dev.rivet.compiler.emit.Emitter;
import dev.rivet.compiler.image.CodeObject;
import dev.rivet.compiler.image.Image;
import dev.rivet.compiler.image.ImageWriter;
import dev.rivet.compiler.image.ModuleEntry;
import dev.rivet.compiler.syntax.Parser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The compiler's entry point: Python sources in, a bytecode image (docs/bytecode.md) out. Runs
 * the passes in order (parse, scope analysis, emit, image layout) and nothing else; every user
 * mistake comes back as a {@link CompileError}.
 */
public final class Compiler {
  /** Deeply nested source recurses deeply; compile on a thread with room for it. */
  private static final long STACK_BYTES = 256L << 20;

  private Compiler() {}

  /** One module of a program: its dotted name, the file name shown in tracebacks, its source bytes. */
  public record SourceModule(String name, String filename, boolean isPackage, byte[] source) {}

  /** Compiles a program's modules into one image; {@code mainModule} names the main one (or null). */
  public static Image compileProgram(List<SourceModule> modules, String mainModule) {
    List<ModuleEntry> entries = new ArrayList<>();
    for (SourceModule m : modules) {
      CodeObject code = onBigStack(m.filename(), () -> {
        Module ast = Parser.parseModule(m.source(), m.filename());
        String text = new String(m.source(), StandardCharsets.UTF_8);
        return Emitter.compileModule(ast.body(), m.filename(), text, Emitter.Mode.EXEC);
      });
      entries.add(new ModuleEntry(m.name(), m.filename(), m.isPackage(), m.name().equals(mainModule), code));
    }
    return new Image(entries);
  }

  /**
   * {@link #compileProgram} laid out as image bytes, after checking that the image keeps every
   * guarantee docs/bytecode.md gives the VM (a failure here is a compiler bug, not a user error).
   */
  public static byte[] compileProgramBytes(List<SourceModule> modules, String mainModule) {
    Image image = compileProgram(modules, mainModule);
    try {
      dev.rivet.compiler.disasm.Verifier.verify(image);
    } catch (dev.rivet.compiler.image.ImageError e) {
      throw new IllegalStateException("compiler produced an invalid image: " + e.getMessage());
    }
    return ImageWriter.write(image);
  }

  /**
   * Compiles source text the way CPython's compile() does: mode "exec", "eval" or "single". The
   * result is the code object of the module (eval: returns the expression's value).
   */
  public static CodeObject compileString(String source, String filename, String mode) {
    return onBigStack(filename, () -> switch (mode) {
      case "exec" -> Emitter.compileModule(Parser.parseModule(source, filename).body(), filename, source,
          Emitter.Mode.EXEC);
      case "single" -> Emitter.compileModule(Parser.parseInteractive(source, filename).body(), filename, source,
          Emitter.Mode.SINGLE);
      case "eval" -> {
        Expr e = Parser.parseExpression(source, filename);
        yield Emitter.compileEval(e, filename, source);
      }
      default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
    });
  }

  /**
   * A run-time compile result (docs/bytecode.md 7.7): an image holding one module, named
   * {@code name}, that is not the main module.
   */
  public static byte[] compileStringToImage(String source, String filename, String mode, String name) {
    CodeObject code = compileString(source, filename, mode);
    return ImageWriter.write(new Image(List.of(new ModuleEntry(name, filename, false, false, code))));
  }

  /**
   * Runs {@code work} on the calling thread (cheap) and, only if it runs out of stack there,
   * again on a thread with a large stack: the passes are deterministic, so the retry is exact.
   */
  private static <T> T onBigStack(String filename, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError e) {
      return onNewBigStack(filename, work);
    } catch (CompileError e) {
      if (e.message().startsWith("program too deeply nested to parse")) {
        return onNewBigStack(filename, work); // the parser's own out-of-stack report
      }
      throw e;
    }
  }

  private static <T> T onNewBigStack(String filename, java.util.function.Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "rivet-compile", STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("compile interrupted", e);
    }
    Throwable f = failure.get();
    if (f instanceof StackOverflowError) {
      throw new CompileError(CompileError.Kind.SyntaxError, "too many nested parentheses or blocks", filename, 1,
          1, 0, 0, null);
    }
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error err) {
      throw err;
    }
    return result.get();
  }
}
