package dev.rivet.bench;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Front-end throughput in a warm JVM: every .py file under the given folders is decoded, lexed
 * and parsed to an AST (no scope analysis or emission), over and over; prints source lines and
 * bytes per second after warm-up. Prints figures; asserts nothing.
 * Usage: java -cp ... dev.rivet.bench.ParseBench DIR... (-Dbench.warmup=S -Dbench.seconds=S)
 */
public final class ParseBench {
  private ParseBench() {}

  private record Source(String name, byte[] text, int lines) {}

  public static void main(String[] args) throws IOException {
    double warmSeconds = Double.parseDouble(System.getProperty("bench.warmup", "5"));
    double measureSeconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));
    List<Source> corpus = new ArrayList<>();
    long lines = 0;
    long bytes = 0;
    for (String dir : args) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
          byte[] text = Files.readAllBytes(p);
          int n = 0;
          for (byte b : text) {
            n += b == '\n' ? 1 : 0;
          }
          corpus.add(new Source(p.toString(), text, n));
          lines += n;
          bytes += text.length;
        }
      }
    }
    if (corpus.isEmpty()) {
      System.err.println("ParseBench: no .py files under " + String.join(" ", args));
      System.exit(2);
    }
    System.out.printf("parse bench: %d files, %d lines, %d bytes%n", corpus.size(), lines, bytes);
    int failures = pass(corpus);
    if (failures > 0) {
      System.out.println("note: " + failures + " files do not parse (their errors are timed too)");
    }
    long end = System.nanoTime() + (long) (warmSeconds * 1e9);
    while (System.nanoTime() < end) {
      pass(corpus);
    }
    long passes = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = mx.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    end = start + (long) (measureSeconds * 1e9);
    while (System.nanoTime() < end) {
      pass(corpus);
      passes++;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("warm: %d passes in %.2f s wall: %.0f lines/s, %.1f MB/s%n", passes, secs,
        passes * lines / secs, passes * bytes / secs / 1e6);
    // On a shared machine the thread's CPU time is the fairer denominator.
    System.out.printf("warm: %.2f s of CPU on this thread: %.0f lines per CPU-second, %.1f MB per CPU-second%n",
        cpu, passes * lines / cpu, passes * bytes / cpu / 1e6);
  }

  private static int pass(List<Source> corpus) {
    int failures = 0;
    for (Source s : corpus) {
      try {
        Parser.parseModule(s.text(), s.name());
      } catch (CompileError e) {
        failures++;
      }
    }
    return failures;
  }
}
