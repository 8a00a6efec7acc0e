package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rivet repl} with stdin from a byte array (the pipe console): each session in
 * src/test/resources/repl must show what {@code python3 -i} showed for the same input
 * (NAME.exp and NAME.exit, written by scripts/repl-expected.sh), after Rivet's one banner line.
 */
class ReplCommandTest {
  static final Path SESSIONS = Path.of(System.getProperty("rivet.root", "..")).resolve("cli/src/test/resources/repl");

  @AfterEach
  void restoreInput() {
    Terminal.input = InputStream.nullInputStream();
  }

  static CliRun repl(byte[] input, String... options) {
    Terminal.input = new ByteArrayInputStream(input);
    return CliRun.of(Stream.concat(Stream.of("repl"), Stream.of(options)).toArray(String[]::new));
  }

  static List<String> sessions() throws IOException {
    try (Stream<Path> files = Files.list(SESSIONS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".in"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("sessions")
  void transcriptMatchesCpython(String name) throws IOException {
    checkSession(name, "--board", "tiny");
  }

  /** Every statement's code lives in a heap block of its own: collecting at every allocation must not lose it. */
  @ParameterizedTest
  @MethodSource("sessions")
  void transcriptMatchesCpythonUnderGcStress(String name) throws IOException {
    checkSession(name, "--board", "tiny", "--gc-stress");
  }

  private static void checkSession(String name, String... options) throws IOException {
    CliRun r = repl(Files.readAllBytes(SESSIONS.resolve(name + ".in")), options);
    String expected = Files.readString(SESSIONS.resolve(name + ".exp"));
    int exit = Integer.parseInt(Files.readString(SESSIONS.resolve(name + ".exit")).strip());
    int banner = r.out().indexOf('\n');
    assertTrue(banner > 0, r.out() + r.err());
    assertEquals(expected, r.out().substring(banner + 1), name + ": " + r.err());
    assertEquals(exit, r.code(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void bannerIsOneLineNamingTheBoard() {
    CliRun r = repl(new byte[0], "--board", "tiny");
    assertEquals(0, r.code(), r.err());
    assertEquals("Rivet REPL on board tiny (runtime O2, Python 3.11 subset); Ctrl-D exits\n>>> \n", r.out());
  }

  @Test
  void ctrlDEndsTheSessionLikeEndOfInput() {
    CliRun r = repl("1+2\n\u0004print('never')\n".getBytes(StandardCharsets.UTF_8), "--board", "tiny");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().endsWith(">>> 3\n>>> \n"), r.out());
  }

  @Test
  void ctrlCAtThePromptDropsTheStatementBeingTyped() {
    // CPython's REPL on a terminal: "^C" at "... " prints KeyboardInterrupt and a fresh prompt
    CliRun r = repl("x = (1,\n\u0003y = 2\ny\n".getBytes(StandardCharsets.UTF_8), "--board", "tiny");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().endsWith(">>> ... \nKeyboardInterrupt\n>>> >>> 2\n>>> \n"), r.out());
  }

  @Test
  void compileAndExecStillRaiseSyntaxErrorForIncompleteSource() {
    CliRun r = repl("try:\n  compile('if 1:', 's', 'single')\nexcept SyntaxError as e:\n  print('SyntaxError')\n\n"
        .getBytes(StandardCharsets.UTF_8), "--board", "tiny");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("... ... ... ... SyntaxError\n>>> \n"), r.out());
  }

  @Test
  void unknownBoardIsOneErrorLine() {
    CliRun r = repl(new byte[0], "--board", "no-such-board");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.oneErrorLine(), r.err());
  }
}
