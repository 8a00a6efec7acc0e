package dev.rivet.cli;

import dev.rivet.emulator.HostCheck;
import dev.rivet.emulator.HostLibraryError;
import dev.rivet.firmware.FirmwareError;
import dev.rivet.firmware.Runtimes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rivet doctor}: can this host build and run boards? Checks the JDK, libunicorn (and warns
 * about known-slow builds), libcapstone, the native instruction counter, the C toolchain and the
 * runtime builds in this toolchain. Exit 0 when all is well, 3 when boards cannot run here.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, description = "Check that this host can build and run boards.")
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private PrintWriter out;
  private boolean broken;
  private int warnings;

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    Runtime.Version jdk = Runtime.version();
    check("jdk", jdk.feature() >= 25, "Java " + jdk + " (" + System.getProperty("java.home") + ")",
        "Java " + jdk + " is too old: rivet needs JDK 25 or newer");
    try {
      HostCheck.Library u = HostCheck.unicorn();
      ok("libunicorn", u.version() + " at " + u.location());
      if (u.warning() != null) {
        warn("libunicorn", u.warning());
      }
    } catch (HostLibraryError e) {
      fail("libunicorn", e.getMessage());
    }
    try {
      HostCheck.Library c = HostCheck.capstone();
      ok("libcapstone", c.version() + " (" + c.location() + ")");
    } catch (HostLibraryError e) {
      fail("libcapstone", e.getMessage());
    }
    try {
      HostCheck.instructionCounter();
      ok("counter", "native instruction counter loaded");
    } catch (HostLibraryError e) {
      fail("counter", e.getMessage());
    }
    for (List<String> tool : List.of(List.of("gcc", "--version"), List.of("make", "--version"), List.of("as", "--version"))) {
      String version = firstLine(tool);
      if (version == null) {
        // Running boards does not need a C toolchain; building the runtime and `rivet test` guests does.
        warn(tool.get(0), "not found on PATH (needed to build the runtime from source)");
      } else {
        ok(tool.get(0), version);
      }
    }
    try {
      List<String> variants = Runtimes.variants();
      check("runtime", !variants.isEmpty(), "variants built: " + String.join(", ", variants)
          + " (default " + Runtimes.DEFAULT + ")", "no runtime variants in this build");
    } catch (FirmwareError e) {
      fail("runtime", e.getMessage());
    }
    out.println(broken ? "rivet: this host cannot run boards (see the lines marked FAIL)"
        : warnings > 0 ? "rivet: this host can run boards, with warnings" : "rivet: all good");
    out.flush();
    return broken ? ExitCodes.HOST : ExitCodes.OK;
  }

  private void check(String what, boolean good, String okText, String failText) {
    if (good) {
      ok(what, okText);
    } else {
      fail(what, failText);
    }
  }

  private void ok(String what, String text) {
    out.printf("ok    %-12s %s%n", what, text);
  }

  private void warn(String what, String text) {
    warnings++;
    out.printf("WARN  %-12s %s%n", what, text);
  }

  private void fail(String what, String text) {
    broken = true;
    out.printf("FAIL  %-12s %s%n", what, text);
  }

  /** The first line `tool --version` prints, or null when the tool cannot be run. */
  private static String firstLine(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return text.lines().findFirst().orElse("").strip();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
