package dev.rivet.bench;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compile throughput in a warm JVM: every .py file under the given folders is compiled (parse,
 * scope analysis, emit, image layout) as a one-module program, over and over; prints source lines
 * per second after warm-up (wall clock, and per CPU-second of the whole JVM, which other processes
 * on a shared machine disturb less), and the cold first pass for comparison. Prints figures; asserts
 * nothing.
 */
public final class CompileBench {
  private CompileBench() {}

  private record Source(String name, String file, byte[] text, int lines) {}

  public static void main(String[] args) throws IOException {
    double warmSeconds = Double.parseDouble(System.getProperty("bench.warmup", "20"));
    double measureSeconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));
    List<Source> corpus = new ArrayList<>();
    for (String dir : args) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
          byte[] text = Files.readAllBytes(p);
          corpus.add(new Source(p.getFileName().toString().replace(".py", ""), p.toString(), text, lines(text)));
        }
      }
    }
    if (corpus.isEmpty()) {
      System.err.println("usage: CompileBench DIR... (folders holding .py files)");
      System.exit(2);
    }
    long lines = corpus.stream().mapToLong(Source::lines).sum();
    long bytes = corpus.stream().mapToLong(s -> s.text().length).sum();
    int rejected = 0;
    long t0 = System.nanoTime();
    long imageBytes = 0;
    for (Source s : corpus) {
      try {
        imageBytes += compile(s);
      } catch (CompileError e) {
        rejected++;
      }
    }
    double cold = (System.nanoTime() - t0) / 1e9;
    System.out.printf("corpus: %d files, %d lines, %d source bytes -> %d image bytes (%d rejected with SyntaxError)%n",
        corpus.size(), lines, bytes, imageBytes, rejected);
    System.out.printf("cold first pass: %.3f s = %,.0f lines/s%n", cold, lines / cold);
    run(corpus, warmSeconds);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long[] counted = run(corpus, measureSeconds);
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double secs = counted[1] / 1e9;
    double rate = counted[0] * (double) lines / secs;
    System.out.printf("warm: %d passes in %.2f s wall = %,.0f lines/s (%.2f ms per pass)%n", counted[0], secs, rate,
        secs * 1000 / counted[0]);
    System.out.printf("warm, per CPU second of the whole JVM (GC and JIT included; less disturbed by other load): %,.0f lines/s%n",
        counted[0] * (double) lines / cpu);
  }

  /** Compiles the corpus repeatedly for about {@code seconds}; returns {passes, nanoseconds}. */
  private static long[] run(List<Source> corpus, double seconds) {
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    long passes = 0;
    long sink = 0;
    do {
      for (Source s : corpus) {
        try {
          sink += compile(s);
        } catch (CompileError e) {
          sink++;
        }
      }
      passes++;
    } while (System.nanoTime() < deadline);
    if (sink == 42) {
      System.out.print("");
    }
    return new long[] {passes, System.nanoTime() - start};
  }

  private static int compile(Source s) {
    return Compiler.compileProgramBytes(List.of(new Compiler.SourceModule(s.name(), s.file(), false, s.text())),
        s.name()).length;
  }

  private static int lines(byte[] text) {
    int n = 0;
    for (byte b : text) {
      if (b == '\n') {
        n++;
      }
    }
    return text.length > 0 && text[text.length - 1] != '\n' ? n + 1 : n;
  }
}
