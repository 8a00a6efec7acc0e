package dev.rivet.emulator;

import java.nio.charset.StandardCharsets;

/** Validated access to a running board's memory, for host-call handlers and the fault reporter. */
public interface GuestMemory {
  /** Reads length bytes at address; all must lie in mapped RAM or flash. */
  byte[] read(long address, long length) throws BadGuestPointer;

  /** Writes bytes at address; all must lie in mapped (writable) RAM. */
  void write(long address, byte[] bytes) throws BadGuestPointer;

  long readLong(long address) throws BadGuestPointer;

  void writeLong(long address, long value) throws BadGuestPointer;

  default String readUtf8(long address, long length) throws BadGuestPointer {
    return new String(read(address, length), StandardCharsets.UTF_8);
  }
}
