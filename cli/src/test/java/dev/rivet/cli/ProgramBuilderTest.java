package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which modules a program brings along: static imports at any depth, packages, relative imports. */
class ProgramBuilderTest {
  @TempDir Path dir;

  void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  List<String> modules(String main) {
    return ProgramBuilder.collect(dir.resolve(main)).stream().map(m -> m.name() + ":" + m.filename()).toList();
  }

  @Test
  void findsImportsAtAnyDepthAndLeavesOthersToTheRuntime() throws Exception {
    write("prog.py", """
        import sys, gc
        def f():
            try:
                import deep
            except ImportError:
                pass
        class C:
            if True:
                from a.b import c
        """);
    write("deep.py", "X = 1\n");
    write("a/__init__.py", "");
    write("a/b/__init__.py", "from .. import sibling\nfrom .c import *\n");
    write("a/b/c.py", "Y = 2\n");
    write("a/sibling.py", "Z = 3\n");
    write("unused.py", "never imported\n");
    assertEquals(List.of("prog:prog.py", "deep:deep.py", "a:__init__.py", "a.b:__init__.py", "a.b.c:c.py",
        "a.sibling:sibling.py"), modules("prog.py").stream().sorted((x, y) -> order(x) - order(y)).toList());
  }

  private static int order(String m) {
    return List.of("prog:prog.py", "deep:deep.py", "a:__init__.py", "a.b:__init__.py", "a.b.c:c.py",
        "a.sibling:sibling.py").indexOf(m);
  }

  @Test
  void mainModuleIsFirstAndRunsAsMain() throws Exception {
    write("m.py", "import m2\n");
    write("m2.py", "");
    List<Compiler.SourceModule> mods = ProgramBuilder.collect(dir.resolve("m.py"));
    assertEquals("m", mods.get(0).name());
    assertTrue(ProgramBuilder.build(dir.resolve("m.py")).length > 32);
  }

  @Test
  void aSyntaxErrorInAnImportedModuleNamesThatModule() throws Exception {
    write("ok.py", "import broken\n");
    write("broken.py", "def f(:\n    pass\n");
    CompileError e = assertThrows(CompileError.class, () -> ProgramBuilder.build(dir.resolve("ok.py")));
    assertTrue(e.render().startsWith("broken.py:1:"), e.render());
  }
}
