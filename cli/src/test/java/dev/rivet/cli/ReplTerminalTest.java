package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rivet repl} on a pseudo-terminal (util-linux {@code script} gives the child one): JLine
 * edits the lines, the screen shows the board's prompts and results, Ctrl-C interrupts a running
 * {@code while True: pass} with CPython's KeyboardInterrupt traceback at the first press (the host
 * reads the key as a byte while the board runs), Ctrl-C at the prompt drops
 * the line, history is saved, and Ctrl-D ends the session with exit code 0.
 */
class ReplTerminalTest {
  /** JLine switches bracketed paste on when it starts reading a line: the REPL waits for input. */
  static final String EDITING = "\u001b[?2004h";
  /** ...and off when the line is accepted. */
  static final String ACCEPTED = "\u001b[?2004l";
  static final long WAIT_SECONDS = 120;

  @TempDir Path home;

  @Test
  void promptsResultsCtrlCAndCtrlDOnATerminal() throws Exception {
    String javaCommand = ProcessHandle.current().info().command().orElseThrow();
    // A test run started in the background (a CI job, `mvn ... &`) inherits SIGINT as ignored, and
    // a JVM does not take over an ignored SIGINT: restore the default disposition for the REPL, as
    // an interactive shell would have it, before exec'ing the JVM.
    String sigintDefault = "python3 -c 'import os,signal,sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        + "os.execv(sys.argv[1], sys.argv[1:])'";
    String command = String.join(" ", List.of("stty cols 80 rows 24;", "exec", sigintDefault, javaCommand,
        "--enable-native-access=ALL-UNNAMED", "-Drivet.root=" + System.getProperty("rivet.root"),
        "-Drivet.unicorn=" + System.getProperty("rivet.unicorn"), "-cp", System.getProperty("java.class.path"),
        "dev.rivet.cli.Main", "repl", "--board", "tiny"));
    ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null");
    pb.environment().put("TERM", "xterm");
    pb.environment().put("RIVET_HOME", home.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    Screen screen = new Screen(p.getInputStream());
    OutputStream keys = p.getOutputStream();
    try {
      screen.await(EDITING, 1);
      type(keys, "1+1\r");
      screen.await("2\r\n", 1);

      screen.await(EDITING, 2);
      type(keys, "while True: pass\r");
      screen.await(EDITING, 3);
      type(keys, "\r");
      screen.await(ACCEPTED, 3);
      Thread.sleep(500); // let the statement start running
      type(keys, "\u0003"); // once: the host reads it as a byte, no signal involved
      screen.await("KeyboardInterrupt\r\n>>> ", 1);

      screen.await(EDITING, 4);
      type(keys, "import time; time.sleep(100000)\r"); // a native busy-waiting on the board's clock
      screen.await(ACCEPTED, 4);
      Thread.sleep(500);
      type(keys, "\u0003");
      screen.await("KeyboardInterrupt\r\n>>> ", 2);

      screen.await(EDITING, 5);
      type(keys, "abc");
      screen.await("abc", 1);
      type(keys, "\u0003");
      screen.await("KeyboardInterrupt\r\n>>> ", 3);

      screen.await(EDITING, 6);
      type(keys, "x = 6 * 7\r");
      screen.await(EDITING, 7);
      type(keys, "x\r");
      screen.await("42\r\n", 1);

      screen.await(EDITING, 8);
      type(keys, "while True: pass\r");
      screen.await(EDITING, 9);
      type(keys, "\r");
      Thread.sleep(500);
      type(keys, "x\r"); // typed ahead while the statement runs: kept for the next prompt
      Thread.sleep(300);
      type(keys, "\u0003");
      screen.await("KeyboardInterrupt\r\n>>> ", 4);
      screen.await("42\r\n", 2);
      screen.await(EDITING, 11);
      type(keys, "\u0004");
      assertTrue(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the session did not end at Ctrl-D");
      assertEquals(0, p.exitValue(), screen.text());
    } finally {
      p.destroyForcibly();
    }
    String shown = screen.plain();
    assertTrue(shown.startsWith("Rivet REPL on board tiny"), shown);
    assertTrue(shown.contains(">>> 1+1\n2\n"), shown);
    assertTrue(shown.contains(">>> while True: pass\n... \n"), shown);
    assertTrue(shown.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
        + "KeyboardInterrupt\n"), shown);
    assertTrue(shown.contains(">>> while True: pass\n... \n^CTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
        + "KeyboardInterrupt\n>>> "), shown);
    assertTrue(shown.contains(">>> import time; time.sleep(100000)\n^CTraceback (most recent call last):\n"), shown);
    assertTrue(shown.contains(">>> abc\nKeyboardInterrupt\n>>> x = 6 * 7\n"), shown);
    assertTrue(shown.contains(">>> x\n42\n"), shown);
    assertTrue(shown.contains("^CTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
        + "KeyboardInterrupt\n>>> x\n42\n>>> "), shown);
    String history = Files.readString(home.resolve("repl_history"));
    assertTrue(history.contains("while True: pass") && history.contains("x = 6 * 7"), history);
  }

  private static void type(OutputStream keys, String s) throws IOException {
    keys.write(s.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** Everything the terminal received, collected by a reader thread. */
  static final class Screen {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Screen(InputStream in) {
      Thread t = new Thread(() -> {
        byte[] buf = new byte[4096];
        try {
          for (int n; (n = in.read(buf)) > 0; ) {
            synchronized (bytes) {
              bytes.write(buf, 0, n);
              bytes.notifyAll();
            }
          }
        } catch (IOException e) {
          // the process ended
        }
      }, "repl-screen");
      t.setDaemon(true);
      t.start();
    }

    String text() {
      synchronized (bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
    }

    /** Waits until s has appeared at least count times. */
    void await(String s, int count) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      synchronized (bytes) {
        while (occurrences(bytes.toString(StandardCharsets.UTF_8), s) < count) {
          long left = end - System.nanoTime();
          if (left <= 0) {
            fail("the terminal never showed " + s.replace("\u001b", "ESC") + " x" + count + "; it shows:\n" + text());
          }
          bytes.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
      }
    }

    /** The lines a terminal would show: escape sequences dropped, carriage returns honoured. */
    String plain() {
      String t = text().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>]", "");
      StringBuilder out = new StringBuilder();
      StringBuilder line = new StringBuilder();
      int column = 0;
      for (char c : t.toCharArray()) {
        if (c == '\r') {
          column = 0; // back to the first column: what follows overwrites, as on a terminal
        } else if (c == '\n') {
          out.append(line).append('\n');
          line.setLength(0);
          column = 0;
        } else if (column < line.length()) {
          line.setCharAt(column++, c);
        } else {
          line.append(c);
          column++;
        }
      }
      return out.append(line).toString();
    }

    private static int occurrences(String text, String s) {
      int n = 0;
      for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
        n++;
      }
      return n;
    }
  }
}
