package dev.rivet.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * A terminal REPL console with JLine 3: line editing and history (~/.rivet/repl_history, or
 * $RIVET_HOME/repl_history) on the host; the board sees only finished lines. The board's prompt
 * is the text it printed after its last newline: JLine redraws it as its own prompt so editing
 * keys (and redisplay) know where the line starts.
 *
 * <p>Ctrl-C while the board runs a statement: from the moment a line is handed to the board until
 * the board asks for input again, the terminal stays raw with signals off (ISIG) and a key
 * watcher reads it, so Ctrl-C arrives as the byte 0x03 and interrupts the board; nothing depends
 * on a SIGINT reaching the JVM (which was racy while JLine handed the terminal back). Other keys
 * typed meanwhile are kept and replayed into the next line. SIGINT is still handled, for a Ctrl-C
 * that lands in the moment between JLine giving the terminal back and the watcher starting.
 */
final class LineEditorConsole implements ReplConsole {
  private final Terminal terminal;
  private final LineReader reader;
  private final PrintStream out;
  private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
  private volatile boolean dropNewline;
  private final java.util.ArrayDeque<String> pasted = new java.util.ArrayDeque<>();
  /** How long the key watcher waits for a key before it checks whether it should stop. */
  private static final long WATCH_POLL_MILLIS = 20;
  private Runnable interruptHandler = () -> { };
  private Thread watcher;
  private volatile boolean watching;
  private Attributes beforeWatching;
  private final StringBuilder typeAhead = new StringBuilder();

  LineEditorConsole(Path historyFile) throws IOException {
    terminal = TerminalBuilder.builder().system(true).build();
    if (terminal.getWidth() <= 0) {
      terminal.setSize(new Size(80, 24)); // a pty nobody sized: JLine cannot edit in 0 columns
    }
    reader = LineReaderBuilder.builder().terminal(terminal).appName("rivet")
        .variable(LineReader.HISTORY_FILE, historyFile)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.INSERT_TAB, true)
        .build();
    out = new PrintStream(new PromptTracker(terminal.output()), true);
  }

  @Override
  public byte[] read() {
    stopWatching();
    try {
      return readForBoard();
    } finally {
      startWatching();
    }
  }

  private byte[] readForBoard() {
    String prompt;
    synchronized (partialLine) {
      prompt = partialLine.toString(StandardCharsets.UTF_8);
      partialLine.reset();
    }
    if (!pasted.isEmpty()) { // the rest of a paste: one line per prompt, shown as if typed
      String line = pasted.removeFirst();
      out.print(line + "\n");
      out.flush();
      return (line + "\n").getBytes(StandardCharsets.UTF_8);
    }
    out.print('\r'); // JLine draws the prompt again from the first column
    out.flush();
    try {
      String line = reader.readLine(prompt);
      String[] lines = line.split("\r?\n", -1); // a paste of several lines arrives as one
      for (int i = 1; i < lines.length; i++) {
        pasted.addLast(lines[i]);
      }
      return (lines[0] + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (UserInterruptException e) {
      dropNewline = true; // JLine has ended the line already; the board starts with "\nKeyboardInterrupt"
      return new byte[] {CTRL_C};
    } catch (EndOfFileException e) {
      return new byte[] {CTRL_D};
    }
  }

  @Override
  public OutputStream output() {
    return out;
  }

  @Override
  public void onInterrupt(Runnable handler) {
    interruptHandler = handler;
    terminal.handle(Terminal.Signal.INT, signal -> handler.run());
  }

  /** The board runs: the terminal goes raw without signals and a thread reads its keys. */
  private void startWatching() {
    beforeWatching = terminal.enterRawMode();
    Attributes raw = terminal.getAttributes();
    raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
    terminal.setAttributes(raw);
    watching = true;
    watcher = Thread.ofPlatform().daemon().name("rivet-repl-keys").start(this::watchKeys);
  }

  private void watchKeys() {
    NonBlockingReader keys = terminal.reader();
    try {
      while (watching) {
        int c = keys.read(WATCH_POLL_MILLIS);
        if (c == NonBlockingReader.READ_EXPIRED) {
          continue;
        }
        if (c < 0) {
          return; // end of input: the next readLine sees it too
        }
        if (c == CTRL_C) {
          out.print("^C"); // what the terminal echoes for Ctrl-C with signals on
          out.flush();
          interruptHandler.run();
        } else {
          synchronized (typeAhead) {
            typeAhead.append((char) c);
          }
        }
      }
    } catch (IOException e) {
      // the terminal is gone; the next readLine reports the end of input
    }
  }

  /** The board waits for input: the watcher stops and JLine gets the terminal (and the type-ahead). */
  private void stopWatching() {
    if (watcher == null) {
      return;
    }
    watching = false;
    try {
      watcher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watcher = null;
    terminal.setAttributes(beforeWatching);
    synchronized (typeAhead) {
      if (!typeAhead.isEmpty()) {
        reader.runMacro(typeAhead.toString());
        typeAhead.setLength(0);
      }
    }
  }

  @Override
  public void close() {
    stopWatching();
    out.flush();
    try {
      reader.getHistory().save();
      terminal.close();
    } catch (IOException e) {
      // the session is over; a history that cannot be saved is not worth an error
    }
  }

  /** Passes output through and remembers the unfinished last line: the board's prompt. */
  private final class PromptTracker extends OutputStream {
    private final OutputStream target;

    PromptTracker(OutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (dropNewline && len > 0) {
        dropNewline = false;
        if (b[off] == '\n') {
          off++;
          len--;
        }
      }
      synchronized (partialLine) {
        for (int i = off; i < off + len; i++) {
          if (b[i] == '\n') {
            partialLine.reset();
          } else {
            partialLine.write(b[i]);
          }
        }
      }
      target.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }
  }
}
