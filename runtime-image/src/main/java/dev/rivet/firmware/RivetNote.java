package dev.rivet.firmware;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The firmware's identity note ({@code .note.rivet}: owner "Rivet", type 1): which board and
 * runtime variant it was linked for and how many bytes of bytecode image it carries. The
 * descriptor is UTF-8 text, {@code board=NAME\nvariant=V\nimage=SIZE\n} (docs/board-abi.md).
 */
public record RivetNote(String board, String variant, long imageSize) {
  public static final String OWNER = "Rivet";
  public static final int TYPE = 1;

  public byte[] descriptor() {
    return ("board=" + board + "\nvariant=" + variant + "\nimage=" + imageSize + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Parses a descriptor; {@code origin} names the file in errors. */
  static RivetNote parse(byte[] desc, String origin) throws FirmwareError {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : new String(desc, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    String board = fields.get("board");
    String variant = fields.get("variant");
    String image = fields.get("image");
    if (board == null || variant == null || image == null || !image.matches("\\d{1,12}")) {
      throw new FirmwareError(origin + ": corrupt Rivet note (want board=, variant= and image= lines)");
    }
    return new RivetNote(board, variant, Long.parseLong(image));
  }
}
