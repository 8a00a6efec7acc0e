package dev.rivet.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The board's 16550-style UART (docs/board-abi.md, "Devices"). Transmitted bytes are collected for
 * the run's result and, when a sink is set, forwarded in chunks (on a full buffer, when the guest
 * polls an empty receiver, and at the end of a run) rather than byte by byte. Received bytes come
 * from a queue any thread may feed, so a REPL can type into a running board.
 */
public final class Uart {
  static final int THR_RBR = 0, LSR = 5;
  static final int LSR_DATA_READY = 0x01, LSR_THR_EMPTY = 0x20, LSR_TX_EMPTY = 0x40;
  private static final int CHUNK = 4096;

  private final ConcurrentLinkedQueue<Byte> received = new ConcurrentLinkedQueue<>();
  private final byte[] scratch = new byte[8];
  private final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
  private final byte[] pending = new byte[CHUNK];
  private int pendingLength;
  private OutputStream sink;

  /** Sends transmitted bytes to sink as the board runs (null: only collect them). */
  public void setSink(OutputStream sink) {
    this.sink = sink;
  }

  /** Queues bytes for the guest to receive. Thread-safe. */
  public void feed(byte[] bytes) {
    for (byte b : bytes) {
      received.add(b);
    }
  }

  /** Bytes queued for the guest and not read yet. */
  public int available() {
    return received.size();
  }

  void write(int register, int value) {
    if (register == THR_RBR) {
      pending[pendingLength++] = (byte) value;
      if (pendingLength == CHUNK) {
        flush();
      }
    } else {
      scratch[register] = (byte) value;
    }
  }

  int read(int register) {
    return switch (register) {
      case THR_RBR -> {
        Byte b = received.poll();
        yield b == null ? 0 : b & 0xFF;
      }
      case LSR -> {
        boolean ready = !received.isEmpty();
        if (!ready) {
          flush(); // the guest is waiting for input: show it everything it printed first
        }
        yield (ready ? LSR_DATA_READY : 0) | LSR_THR_EMPTY | LSR_TX_EMPTY;
      }
      default -> scratch[register] & 0xFF;
    };
  }

  /** Forwards pending bytes to the transcript and the sink. */
  void flush() {
    if (pendingLength == 0) {
      return;
    }
    int length = pendingLength;
    pendingLength = 0;
    transcript.write(pending, 0, length);
    if (sink != null) {
      try {
        sink.write(pending, 0, length);
        sink.flush();
      } catch (IOException e) {
        sink = null; // report the failure once; the transcript still has every byte
        throw new UncheckedIOException("UART output failed: " + e.getMessage(), e);
      }
    }
  }

  /** Everything transmitted since the last call (flushing first), for a run's result. */
  byte[] takeTranscript() {
    flush();
    byte[] out = transcript.toByteArray();
    transcript.reset();
    return out;
  }
}
