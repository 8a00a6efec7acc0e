package dev.rivet.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rivet.compiler.CompileError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the front end: 10,000 inputs derived from the valid and invalid
 * programs in the test resources (byte-level and token-level mutations). Each must end in an AST
 * or a CompileError (never another exception, a stack overflow or a hang), on a thread with a
 * 1 MB stack like a default Java thread, within a generous per-input time bound.
 */
class FuzzTest {
  static final long SEED = 0x5157_4E45_5246_555AL;
  static final int INPUTS = 10_000;
  static final long PER_INPUT_SECONDS = 20;

  /** Fragments that steer mutations into the lexer's and parser's interesting corners. */
  static final String[] FRAGMENTS = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "\t", "    ", " ", "\\", "\\\n", "#", "'",
    "\"", "'''", "\"\"\"", "f'", "f'{", "{x!r:>{w}}", "}", "=", "==", ":=", "*", "**", "->", "@",
    ".", "...", "lambda", "lambda x:", "if", "else", "elif", "def", "class", "return", "yield",
    "yield from", "await", "async", "match", "for", "in", "not", "is", "and", "or", "del", "global",
    "nonlocal", "try:", "except", "finally:", "with", "as", "import", "from", "0x", "0o", "0b", "1_",
    "1e", "1.", ".5", "0777", "9" + "9".repeat(40), "j", "b'", "rb'", "\\x", "\\u12", "\\N{",
    "\u00e9", "\u20ac", "\u00a0", "\ufb01", "\r", "\r\n", "\f", "\u0000", "$", "?", "!", "`", "~",
    "-", "+", "<<", ">>=", "//=", "\"\\\n", "# -*- coding: cp1252 -*-\n",
  };

  static List<byte[]> seeds() throws IOException {
    List<byte[]> out = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    for (ParseCorpus.Program p : ParseCorpus.programs()) {
      sources.add(p.source());
    }
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/syntax-errors"))) {
      s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(sources::add);
    }
    for (Path p : sources) {
      byte[] b = Files.readAllBytes(p);
      if (b.length <= 8192) {
        out.add(b);
      }
    }
    return out;
  }

  static byte[] mutate(byte[] in, Random r) {
    byte[] cur = in;
    int rounds = 1 + r.nextInt(4);
    for (int k = 0; k < rounds; k++) {
      int n = cur.length;
      int at = n == 0 ? 0 : r.nextInt(n + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
      switch (r.nextInt(7)) {
        case 0 -> { // delete a span
          int len = Math.min(n - at, 1 + r.nextInt(16));
          out.write(cur, 0, at);
          out.write(cur, at + len, n - at - len);
        }
        case 1, 2 -> { // insert a fragment
          byte[] f = FRAGMENTS[r.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8);
          out.write(cur, 0, at);
          out.writeBytes(f);
          out.write(cur, at, n - at);
        }
        case 3 -> { // duplicate a span somewhere else
          int len = Math.min(n - at, 1 + r.nextInt(64));
          int to = n == 0 ? 0 : r.nextInt(n + 1);
          out.write(cur, 0, to);
          out.write(cur, at, len);
          out.write(cur, to, n - to);
        }
        case 4 -> { // overwrite a byte with any value (invalid UTF-8 included)
          out.writeBytes(cur);
          if (n > 0) {
            byte[] b = out.toByteArray();
            b[Math.min(at, n - 1)] = (byte) r.nextInt(256);
            return k == rounds - 1 ? b : mutate(b, r);
          }
        }
        case 5 -> { // truncate
          out.write(cur, 0, at);
        }
        default -> { // repeat an opening construct many times (deep nesting)
          String f = switch (r.nextInt(5)) {
            case 0 -> "(";
            case 1 -> "[";
            case 2 -> "-";
            case 3 -> "not ";
            default -> "lambda: ";
          };
          out.write(cur, 0, at);
          out.writeBytes(f.repeat(1 + r.nextInt(3000)).getBytes(StandardCharsets.UTF_8));
          out.write(cur, at, n - at);
        }
      }
      cur = out.toByteArray();
    }
    return cur;
  }

  /** The outcome of one input: "ok", or the CompileError's rendering (which must not throw). */
  static String parseOnce(byte[] input, int mode) {
    try {
      switch (mode) {
        case 0 -> Parser.parseModule(input, "fuzz.py");
        case 1 -> Parser.parseExpression(new String(input, StandardCharsets.UTF_8), "<eval>");
        default -> Parser.parseInteractive(new String(input, StandardCharsets.UTF_8), "<stdin>");
      }
      return "ok";
    } catch (CompileError e) {
      assertTrue(e.line() >= 0 && e.column() >= 0, "bad position in " + e.headline());
      return e.render();
    }
  }

  @Test
  void tenThousandMutantsEndInAnAstOrACompileError() throws Exception {
    List<byte[]> seeds = seeds();
    assertTrue(seeds.size() >= 100, "too few seed programs: " + seeds.size());
    Random r = new Random(SEED);
    ExecutorService pool = Executors.newSingleThreadExecutor(
        task -> new Thread(null, task, "fuzz", 1L << 20));
    int ok = 0;
    int errors = 0;
    try {
      for (int i = 0; i < INPUTS; i++) {
        byte[] input = mutate(seeds.get(r.nextInt(seeds.size())), r);
        int mode = i % 10 == 9 ? 1 + r.nextInt(2) : 0;
        Future<String> f = pool.submit(() -> parseOnce(input, mode));
        String outcome;
        try {
          outcome = f.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          fail("input " + i + " did not finish in " + PER_INPUT_SECONDS + " s: " + HexFormat.of().formatHex(input));
          return;
        } catch (ExecutionException e) {
          throw new AssertionError("input " + i + " (mode " + mode + ") threw " + e.getCause() + "; input hex: "
              + HexFormat.of().formatHex(input), e.getCause());
        }
        assertFalse(outcome.contains(Parser.OUT_OF_STACK), "input " + i + " ran out of stack");
        if (outcome.equals("ok")) {
          ok++;
        } else {
          errors++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("fuzz: " + INPUTS + " inputs, " + ok + " parsed, " + errors + " compile errors");
    assertTrue(ok > 100 && errors > 100, "mutations should produce both outcomes: " + ok + "/" + errors);
  }
}
