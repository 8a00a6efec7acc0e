package dev.rivet.emulator;

import dev.rivet.emulator.capstone.Capstone;
import dev.rivet.emulator.unicorn.Unicorn;
import dev.rivet.emulator.unicorn.UnicornLibrary;

/**
 * Can this host run boards? Each check loads what a board needs and exercises it a little
 * (`rivet doctor` prints the answers). A failure is a {@link HostLibraryError} with one line.
 */
public final class HostCheck {
  private HostCheck() {}

  /** What was loaded: where from, which version, and a warning when that build is known-bad. */
  public record Library(String location, String version, String warning) {}

  /** Loads libunicorn, opens and closes an x86-64 engine. */
  public static Library unicorn() throws HostLibraryError {
    UnicornLibrary lib = UnicornLibrary.get();
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(0x1000, 0x1000, dev.rivet.emulator.unicorn.Uc.UC_PROT_ALL);
    } catch (RuntimeException e) {
      throw new HostLibraryError("libunicorn at " + lib.path + " cannot run x86-64: " + e.getMessage(), e);
    }
    return new Library(lib.path.toString(), lib.versionString(), slowStoreWarning(lib.versionNumber()));
  }

  /**
   * Unicorn 2.0.x and 2.1.2 to 2.1.4 send guest stores down a slow path (10x to 40x slower
   * boards; measured in /work/shared/NOTES.md and docs/performance.md). Null when not affected.
   */
  static String slowStoreWarning(int version) {
    int major = (version >>> 24) & 0xFF, minor = (version >> 16) & 0xFF, patch = (version >> 8) & 0xFF;
    boolean slow = major == 2 && (minor == 0 || (minor == 1 && patch >= 2 && patch <= 4));
    return slow ? "this libunicorn takes a slow path on guest stores (10x-40x slower boards); use 2.1.1 (scripts/fetch-unicorn.sh)" : null;
  }

  /** Loads libcapstone and disassembles one instruction. */
  public static Library capstone() throws HostLibraryError {
    Capstone cs = Capstone.get();
    if (cs.disassemble(new byte[] {(byte) 0xc3}, 0, 1).isEmpty()) {
      throw new HostLibraryError("libcapstone (" + cs.location() + ") cannot disassemble x86-64");
    }
    return new Library(cs.location(), cs.version(), null);
  }

  /** Loads the native instruction counter and attaches it to an engine. */
  public static void instructionCounter() throws HostLibraryError {
    try (Unicorn uc = Unicorn.open(); InstructionCounter c = new InstructionCounter(uc)) {
      c.setBudget(1);
    }
  }
}
