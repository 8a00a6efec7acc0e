package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Boards;
import dev.rivet.firmware.FirmwareLinker;
import dev.rivet.firmware.Runtimes;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rivet run on the real runtime build and the real emulator: the skeleton's banner, and a test
 * runtime whose vm_main (guests/test_vm.c, linked by the runtime's own Makefile) exercises exit
 * codes, argv, UART input, faults and limits.
 */
class RunCommandTest {
  @TempDir static Path shared;
  static Path testFirmware;

  @TempDir Path dir;

  @BeforeAll
  static void buildTestRuntime() throws Exception {
    Path vm = shared.resolve("test_vm.c");
    try (InputStream in = RunCommandTest.class.getResourceAsStream("/guests/test_vm.c")) {
      Files.write(vm, in.readAllBytes());
    }
    byte[] runtime = SkeletonRuntime.build(shared.resolve("build"), "O2", vm);
    testFirmware = shared.resolve("test.elf");
    Files.write(testFirmware, FirmwareLinker.link(runtime, "O2", new byte[0], Boards.load("standard")));
  }

  @AfterEach
  void restoreInput() {
    Terminal.input = InputStream.nullInputStream();
  }

  CliRun run(String... args) {
    Terminal.input = new ByteArrayInputStream(new byte[0]);
    return CliRun.of(Stream.concat(Stream.of("run", "--flash-dir", dir.resolve("flash").toString()),
        Arrays.stream(args)).toArray(String[]::new));
  }

  @Test
  void runtimePrintsItsBannerThenRefusesABadImage() throws Exception {
    Path image = dir.resolve("p.rbc");
    Files.write(image, "RVBC-opaque".getBytes(StandardCharsets.US_ASCII));
    for (String variant : Runtimes.variants()) {
      CliRun r = run("--board", "tiny", "--runtime", variant, "--verbose-boot", image.toString());
      assertEquals(122, r.code(), r.err()); // the VM's exit code for an image it refuses (docs/board-abi.md)
      assertTrue(r.out().startsWith("Rivet runtime " + variant + " on board tiny: heap 64 KiB, image 11 bytes\n"), r.out());
      assertTrue(r.out().contains("bad bytecode image"), r.out());
      assertEquals("", r.err());
    }
    CliRun quiet = run(image.toString());
    assertEquals(122, quiet.code());
    assertFalse(quiet.out().contains("Rivet runtime"), "the banner is printed only with --verbose-boot");
  }

  @Test
  void bootsTheFlashedFirmwareWhenNoFileIsGiven() throws Exception {
    CliRun none = run();
    assertEquals(ExitCodes.BAD_INPUT, none.code());
    assertTrue(none.oneErrorLine() && none.err().contains("no firmware flashed for board standard"), none.err());
    assertEquals(0, CliRun.of("flash", "--flash-dir", dir.resolve("flash").toString(), testFirmware.toString()).code());
    CliRun r = run("--", "exit", "7");
    assertEquals(7, r.code(), r.err());
    assertEquals("exiting with 7\n", r.out());
  }

  @Test
  void guestExitCodeAndArguments() {
    CliRun r = run(testFirmware.toString(), "--", "exit", "42");
    assertEquals(42, r.code(), r.err());
    CliRun a = run(testFirmware.toString(), "--", "argv", "héllo", "");
    assertEquals(0, a.code(), a.err());
    assertEquals("argv[0]=" + testFirmware + "\nargv[1]=argv\nargv[2]=héllo\nargv[3]=\n", a.out());
  }

  @Test
  void argv0ReplacesTheFilePathInArgv() {
    CliRun a = run("--argv0", "prog.py", testFirmware.toString(), "--", "argv", "x");
    assertEquals(0, a.code(), a.err());
    assertEquals("argv[0]=prog.py\nargv[1]=argv\nargv[2]=x\n", a.out());
  }

  @Test
  void stdinFeedsTheUart() {
    Terminal.input = new ByteArrayInputStream("hello board\n".getBytes(StandardCharsets.US_ASCII));
    CliRun r = CliRun.of("run", testFirmware.toString(), "--", "echo");
    assertEquals(0, r.code(), r.err());
    assertEquals("HELLO BOARD\n", r.out());
  }

  @Test
  void uartBytesReachStdoutUnchanged() throws Exception {
    java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
    Terminal.input = new ByteArrayInputStream(new byte[0]);
    int code = Main.run(new java.io.PrintStream(raw, true), new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
        "run", testFirmware.toString(), "--", "bytes");
    assertEquals(0, code);
    assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80, 'o', 'k', '\n'}, raw.toByteArray());
  }

  @Test
  void clockAndHostCallsThroughTheHal() {
    CliRun r = run(testFirmware.toString(), "--", "hal");
    assertEquals(0, r.code(), r.err());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "ticks (\\d+) then later\nversion status 0 ret 1\nunknown status 1\nlog status 0\n").matcher(r.out());
    assertTrue(m.matches(), r.out());
    assertTrue(Long.parseLong(m.group(1)) > 0);
    assertEquals(r.out(), run(testFirmware.toString(), "--", "hal").out(), "the clock is deterministic");
  }

  @Test
  void faultIs125WithAReport() {
    CliRun r = run(testFirmware.toString(), "--", "null");
    assertEquals(ExitCodes.FAULT, r.code());
    assertEquals("about to dereference NULL\n", r.out());
    assertTrue(r.err().startsWith("rivet: ") && r.err().contains("null pointer dereference"), r.err());
    assertTrue(r.err().contains("vm_main"), r.err());
  }

  @Test
  void limitsAre124() {
    CliRun budget = run("--max-instructions", "100000", testFirmware.toString(), "--", "loop");
    assertEquals(ExitCodes.TIMEOUT, budget.code());
    assertEquals("rivet: timeout: the instruction budget of 100000 instructions ran out\n", budget.err());
    CliRun wall = run("--timeout", "0.3", testFirmware.toString(), "--", "loop");
    assertEquals(ExitCodes.TIMEOUT, wall.code());
    assertTrue(wall.err().startsWith("rivet: timeout: the wall-clock limit of 0.3 s was reached"), wall.err());
  }

  @Test
  void badInputsAreExitCode2() throws Exception {
    Path text = dir.resolve("fw.elf");
    Files.writeString(text, "not firmware");
    for (String[] args : new String[][] {
        {text.toString()},
        {"--board", "nosuch", testFirmware.toString()},
        {"--board", "tiny", testFirmware.toString()},
        {"--runtime", "O0", testFirmware.toString()},
        {"--max-instructions", "-1", testFirmware.toString()},
        {testFirmware.toString(), testFirmware.toString(), "--", "x"},
    }) {
      CliRun r = run(args);
      assertEquals(ExitCodes.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.oneErrorLine(), r.err());
      assertEquals("", r.out());
    }
  }
}
