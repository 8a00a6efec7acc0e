package dev.rivet.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime builds shipped with the toolchain: one ELF per variant (O2, O0, ...), built by
 * runtime-image/Makefile during the Maven build and carried on the classpath as
 * {@code /runtime/<variant>.elf}, listed in {@code /runtime/variants.txt}.
 */
public final class Runtimes {
  public static final String DEFAULT = "O2";

  private Runtimes() {}

  /** The variants in this build, default first. */
  public static List<String> variants() throws FirmwareError {
    try (InputStream in = Runtimes.class.getResourceAsStream("/runtime/variants.txt")) {
      if (in == null) {
        throw new FirmwareError("no runtime builds on the classpath (runtime-image was built without make?)");
      }
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new FirmwareError("cannot read the list of runtime builds: " + e.getMessage());
    }
  }

  /** The runtime ELF of {@code variant} ({@link #DEFAULT} when null or empty). */
  public static byte[] load(String variant) throws FirmwareError {
    String name = variant == null || variant.isEmpty() ? DEFAULT : variant;
    List<String> known = variants();
    if (!known.contains(name)) {
      throw new FirmwareError("unknown runtime variant '" + name + "' (known variants: " + String.join(", ", known) + ")");
    }
    try (InputStream in = Runtimes.class.getResourceAsStream("/runtime/" + name + ".elf")) {
      if (in == null) {
        throw new FirmwareError("runtime variant " + name + " is listed but missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new FirmwareError("cannot read runtime variant " + name + ": " + e.getMessage());
    }
  }
}
