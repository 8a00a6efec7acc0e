package dev.rivet.compiler.syntax;

import dev.rivet.compiler.CompileError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Not a test: the Java half of compiler/scripts/diff-fuzz.py. Writes N seeded mutants of the test
 * programs (FuzzTest's mutations) to a folder with Rivet's verdict on each (rivet.tsv) and, for
 * those that parse, Rivet's tree (NAME.ast, AstDump's form), so the script can compare them with
 * CPython's. Usage: DifferentialFuzz SEED DIR N (run from compiler/).
 */
public final class DifferentialFuzz {
  private DifferentialFuzz() {}

  public static void main(String[] args) throws Exception {
    // AstDump recurses as deep as the tree (up to the parser's depth limit): give it room.
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        run(args);
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "diff-fuzz", 512L << 20);
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new IllegalStateException(failure[0]);
    }
  }

  private static void run(String[] args) throws Exception {
    List<byte[]> seeds = FuzzTest.seeds();
    Random r = new Random(Long.parseLong(args[0]));
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    StringBuilder sb = new StringBuilder();
    int n = Integer.parseInt(args[2]);
    for (int i = 0; i < n; i++) {
      byte[] in = FuzzTest.mutate(seeds.get(r.nextInt(seeds.size())), r);
      Files.write(out.resolve("m" + i + ".py"), in);
      String res;
      try {
        Files.writeString(out.resolve("m" + i + ".ast"), AstDump.dump(Parser.parseModule(in, "m.py")));
        res = "OK";
      } catch (CompileError e) {
        res = e.kind() + "|" + e.message() + "|" + e.line() + "|" + e.column();
      }
      sb.append("m").append(i).append('\t').append(res.replace('\n', ' ')).append('\n');
    }
    Files.writeString(out.resolve("rivet.tsv"), sb.toString());
  }
}
