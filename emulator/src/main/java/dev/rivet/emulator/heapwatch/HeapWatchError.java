package dev.rivet.emulator.heapwatch;

/** The heap watcher cannot work on this firmware (missing symbols, no addr2line...): one line for the user. */
public final class HeapWatchError extends Exception {
  public HeapWatchError(String message) {
    super(message);
  }
}
