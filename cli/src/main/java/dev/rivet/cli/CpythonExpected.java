package dev.rivet.cli;

import dev.rivet.compiler.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Expected output from the host's CPython ({@code rivet test --expect-from-cpython}), built the way
 * tests/regen-expected.sh builds .exp files: run in the program's folder with PYTHONHASHSEED=0 and
 * PYTHONIOENCODING=utf-8; stdout, then stderr with traceback source lines dropped and file paths cut
 * to their base name. Cached under .cache/expected/ by a hash of the program's sources.
 */
final class CpythonExpected {
  private static final Pattern FRAME = Pattern.compile("^  File \".*\", line \\d+, in .*$");
  private static final Pattern FILE_PATH = Pattern.compile("^  File \"(?:[^\"]*/)?([^\"/]*)\", line ");

  record Expected(byte[] output, int exitCode) {}

  private final Path cacheDir;

  CpythonExpected(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  Expected of(Path program) {
    List<Compiler.SourceModule> sources = ProgramBuilder.collect(program);
    String key = hash(sources);
    Path exp = cacheDir.resolve(key + ".exp"), exit = cacheDir.resolve(key + ".exit");
    try {
      if (Files.isRegularFile(exp) && Files.isRegularFile(exit)) {
        return new Expected(Files.readAllBytes(exp), Integer.parseInt(Files.readString(exit).strip()));
      }
      Expected e = run(program);
      Files.createDirectories(cacheDir);
      CompileCommand.writeAtomically(exp, e.output());
      CompileCommand.writeAtomically(exit, (e.exitCode() + "\n").getBytes(StandardCharsets.US_ASCII));
      return e;
    } catch (IOException | NumberFormatException e) {
      throw new UserError(ExitCodes.BAD_INPUT, program + ": cannot get CPython's output (" + e.getMessage() + ")");
    }
  }

  private static Expected run(Path program) throws IOException {
    Path abs = program.toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder("python3", abs.getFileName().toString()).directory(abs.getParent().toFile());
    pb.environment().put("PYTHONHASHSEED", "0");
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    pb.environment().remove("PYTHONPATH");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    var err = new java.io.ByteArrayOutputStream();
    Thread errReader = Thread.ofVirtual().start(() -> {
      try {
        p.getErrorStream().transferTo(err);
      } catch (IOException ignored) {
        // whatever arrived is what we compare
      }
    });
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("python3 " + program + " ran longer than 60 s");
      }
      errReader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    byte[] tail = boardStderr(err.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[out.length + tail.length];
    System.arraycopy(out, 0, all, 0, out.length);
    System.arraycopy(tail, 0, all, out.length, tail.length);
    return new Expected(all, p.exitValue());
  }

  /** The board has no source text to quote: drop the lines under each frame; paths to base names. */
  static String boardStderr(String text) {
    StringBuilder out = new StringBuilder();
    boolean inFrame = false;
    for (String line : UnifiedDiff.lines(text)) {
      if (inFrame && line.startsWith("    ")) {
        continue;
      }
      String bare = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
      inFrame = FRAME.matcher(bare).matches();
      if (inFrame) {
        line = FILE_PATH.matcher(line).replaceFirst("  File \"$1\", line ");
      }
      out.append(line);
    }
    return out.toString();
  }

  private static String hash(List<Compiler.SourceModule> sources) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update("cpython3.11\0".getBytes(StandardCharsets.UTF_8));
      for (Compiler.SourceModule m : sources) {
        d.update((m.name() + "\0" + m.source().length + "\0").getBytes(StandardCharsets.UTF_8));
        d.update(m.source());
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
