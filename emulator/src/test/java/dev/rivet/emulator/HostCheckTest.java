package dev.rivet.emulator;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The host checks `rivet doctor` prints, against the real libraries. */
class HostCheckTest {
  private static int version(int major, int minor, int patch) {
    return major << 24 | minor << 16 | patch << 8 | 0xFF;
  }

  @Test
  void knownSlowUnicornBuildsAreFlagged() {
    assertNotNull(HostCheck.slowStoreWarning(version(2, 0, 1)));
    assertNotNull(HostCheck.slowStoreWarning(version(2, 1, 2)));
    assertNotNull(HostCheck.slowStoreWarning(version(2, 1, 4)));
    assertNull(HostCheck.slowStoreWarning(version(2, 1, 1)));
    assertNull(HostCheck.slowStoreWarning(version(2, 1, 5)));
  }

  @Test
  void theLibrariesOnThisHostPass() throws Exception {
    HostCheck.Library u = HostCheck.unicorn();
    assertEquals("2.1.1", u.version());
    assertNull(u.warning());
    assertEquals("4.0", HostCheck.capstone().version());
    HostCheck.instructionCounter();
  }
}
