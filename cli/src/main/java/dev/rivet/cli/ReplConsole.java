package dev.rivet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The host end of the board's REPL: where the UART's output goes and where its input comes from.
 * The board prints its prompts itself; {@link #read} is called when it waits for input and
 * returns bytes for the UART receiver: a line with its '\n', 0x03 (Ctrl-C: drop the statement)
 * or 0x04 (Ctrl-D / end of input).
 */
sealed interface ReplConsole extends AutoCloseable permits ReplConsole.Pipe, LineEditorConsole {
  byte CTRL_C = 0x03, CTRL_D = 0x04;

  /** Blocks until the user has typed something for the board. */
  byte[] read() throws IOException;

  /** Receives the board's UART output. */
  OutputStream output();

  /** Runs handler when the user presses Ctrl-C while the board is running a statement. */
  void onInterrupt(Runnable handler);

  @Override
  void close();

  /** Plain bytes: stdin is copied to the UART as it comes (no editing), EOF becomes 0x04. */
  final class Pipe implements ReplConsole {
    private final InputStream in;
    private final PrintStream out;
    private boolean ended;

    Pipe(InputStream in, PrintStream out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public byte[] read() throws IOException {
      if (ended) {
        return new byte[] {CTRL_D};
      }
      byte[] buf = new byte[4096];
      int n = in.read(buf);
      if (n <= 0) {
        ended = true;
        return new byte[] {CTRL_D};
      }
      return Arrays.copyOf(buf, n);
    }

    @Override
    public OutputStream output() {
      return out;
    }

    @Override
    public void onInterrupt(Runnable handler) {
      // no terminal: Ctrl-C reaches the JVM as a signal and ends the session
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
