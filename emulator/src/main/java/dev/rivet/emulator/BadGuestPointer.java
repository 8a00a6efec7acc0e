package dev.rivet.emulator;

/** A guest pointer/length that does not lie inside mapped RAM or flash. */
public final class BadGuestPointer extends Exception {
  public BadGuestPointer(long address, long length) {
    super(String.format("bad guest pointer 0x%x (length %d)", address, length), null, false, false);
  }
}
