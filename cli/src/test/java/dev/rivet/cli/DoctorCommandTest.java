package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rivet doctor on this host (all good) and on a host without libunicorn (exit 3). */
class DoctorCommandTest {
  @Test
  void thisHostCanRunBoards() {
    CliRun r = CliRun.of("doctor");
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("ok    libunicorn   2.1.1 at "), r.out());
    assertTrue(r.out().contains("ok    libcapstone  4.0"), r.out());
    assertTrue(r.out().contains("ok    counter"), r.out());
    assertTrue(r.out().contains("ok    gcc "), r.out());
    assertTrue(r.out().contains("ok    runtime      variants built: O2"), r.out());
    assertFalse(r.out().contains("FAIL"), r.out());
  }

  @Test
  void missingLibunicornIsExitCodeThree() throws Exception {
    // A fresh JVM: the library is loaded once per process.
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
        "-Drivet.unicorn=/nonexistent/libunicorn.so.2", "-cp", System.getProperty("java.class.path"),
        "dev.rivet.cli.Main", "doctor"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(ExitCodes.HOST, p.waitFor(), out);
    assertTrue(out.contains("FAIL  libunicorn   libunicorn not found at /nonexistent/libunicorn.so.2"), out);
    assertTrue(out.contains("rivet: this host cannot run boards"), out);
  }
}
