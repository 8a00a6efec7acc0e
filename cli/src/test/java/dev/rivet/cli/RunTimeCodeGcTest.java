package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.RunLimits;
import dev.rivet.emulator.RunResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Run-time compiled code lives in GC heap blocks (docs/bytecode.md 7.7). With gc_stress and gc_poison (a
 * collection before every allocation, freed blocks overwritten) on the default runtime, whose frames hold their function or
 * code object, programs that exec code, keep functions it defined and import modules from a mount
 * must print exactly what CPython printed: no image block may be freed while reachable.
 */
class RunTimeCodeGcTest {
  @ParameterizedTest
  @ValueSource(strings = {"t1", "exec_defines_function", "exec_defines_class", "class_body_code_object",
      "in_generator", "exec_nested_exec", "compile_modes", "compile_errors", "cross_module_both_ways", "seed_reverse",
      "exec_uncaught"})
  void underGcStressMountedProgramsMatchCPython(String name) throws Exception {
    Path dir = ExecScopeTest.DIR.toRealPath();
    Board board = Boards.load("standard");
    FirmwareInput.Resolved fw = FirmwareInput.link(new byte[0], "--mount", board, null);
    BootOptions boot = BootOptions.DEFAULT.withOptions(BootOptions.GC_STRESS | BootOptions.GC_POISON | MountCalls.MOUNT_MAIN)
        .withArgv(List.of(name + ".py"));
    try (BoardMachine m = BoardMachine.boot(board, fw.firmware().elf(), boot)) {
      RuntimeCompileCalls.register(m);
      MountCalls.register(m, dir);
      RunResult r = m.run(RunLimits.instructions(20_000_000_000L));
      RunResult.Exited e = assertInstanceOf(RunResult.Exited.class, r, r::toString);
      assertEquals(Files.readString(dir.resolve(name + ".exp"), StandardCharsets.UTF_8), r.outputText());
      assertEquals(ExecScopeTest.expectedExit(name), e.code());
    }
  }
}
