package dev.rivet.emulator;

/**
 * Serves one host-call op. Register with {@link BoardMachine#registerHostCall}. Runs on the
 * emulation thread while the guest's `out` instruction is retiring; it may read and write guest
 * memory only through {@code memory}, which validates every pointer (a {@link BadGuestPointer}
 * becomes status 2 for the guest). Any other exception becomes status 5 and a diagnostic line.
 */
@FunctionalInterface
public interface HostCallHandler {
  HostCall.Reply handle(HostCall call, GuestMemory memory) throws BadGuestPointer;
}
