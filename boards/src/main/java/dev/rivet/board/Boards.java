package dev.rivet.board;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Finds and parses board files. A board is named either by a bundled name (tiny, standard, large)
 * or by a path to a .toml file. Every problem becomes a {@link BoardError} with one clear line.
 */
public final class Boards {
  public static final String DEFAULT = "standard";
  public static final List<String> BUNDLED = List.of("tiny", "standard", "large");

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)(i?B)?", Pattern.CASE_INSENSITIVE);

  private Boards() {}

  /** Resolves a board by bundled name or file path. */
  public static Board load(String nameOrPath) throws BoardError {
    if (nameOrPath == null || nameOrPath.isEmpty()) {
      nameOrPath = DEFAULT;
    }
    if (BUNDLED.contains(nameOrPath)) {
      String resource = "/boards/" + nameOrPath + ".toml";
      try (InputStream in = Boards.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new BoardError("board " + nameOrPath + ": bundled board file is missing from the build");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), nameOrPath + ".toml");
      } catch (IOException e) {
        throw new BoardError("board " + nameOrPath + ": " + e.getMessage());
      }
    }
    Path path = Path.of(nameOrPath);
    if (!nameOrPath.endsWith(".toml") || !Files.isRegularFile(path)) {
      throw new BoardError("unknown board '" + nameOrPath + "' (known boards: "
          + String.join(", ", BUNDLED) + "; or give a path to a .toml board file)");
    }
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    } catch (IOException e) {
      throw new BoardError("board file " + path + ": cannot read it (" + e.getMessage() + ")");
    } catch (java.io.UncheckedIOException e) {
      throw new BoardError("board file " + path + ": not valid UTF-8 text");
    }
  }

  /** Parses and validates the text of a board file; {@code origin} names it in errors. */
  public static Board parse(String text, String origin) throws BoardError {
    TomlParseResult toml = Toml.parse(text);
    if (toml.hasErrors()) {
      var e = toml.errors().get(0);
      throw new BoardError(String.format("board file %s:%d:%d: %s", origin,
          e.position() == null ? 0 : e.position().line(),
          e.position() == null ? 0 : e.position().column(), e.getMessage()));
    }
    Reader r = new Reader(toml, origin);
    String name = r.string("name");
    String description = toml.contains("description") ? r.string("description") : name;
    if (!name.matches("[A-Za-z0-9_.-]{1,31}")) {
      throw r.error("name", "must be 1 to 31 letters, digits, '_', '.' or '-'");
    }
    Board.Region flash = new Board.Region(r.size("flash.base"), r.size("flash.size"));
    Board.Region ram = new Board.Region(r.size("ram.base"), r.size("ram.size"));
    long heap = r.size("ram.heap");
    long stack = r.size("ram.stack");
    Board.Devices devices = new Board.Devices(
        r.port("devices.uart"), r.port("devices.exit"), r.port("devices.hostcall"), r.port("devices.clock"),
        r.size("devices.clock_hz"));
    Board board = new Board(name, description, flash, ram, heap, stack, devices);
    validate(board, origin);
    return board;
  }

  private static void validate(Board b, String origin) throws BoardError {
    String where = "board file " + origin + ": ";
    for (var entry : List.of(
        new Object[] {"flash.base", b.flash().base()}, new Object[] {"flash.size", b.flash().size()},
        new Object[] {"ram.base", b.ram().base()}, new Object[] {"ram.size", b.ram().size()},
        new Object[] {"ram.heap", b.heapSize()}, new Object[] {"ram.stack", b.stackSize()})) {
      long v = (Long) entry[1];
      if (v % Board.PAGE != 0) {
        throw new BoardError(where + entry[0] + " must be a multiple of 4 KiB (got 0x" + Long.toHexString(v) + ")");
      }
    }
    if (b.flash().size() == 0 || b.ram().size() == 0 || b.heapSize() == 0 || b.stackSize() == 0) {
      throw new BoardError(where + "flash, RAM, heap and stack sizes must be non-zero");
    }
    if (b.flash().base() < Board.PAGE) {
      throw new BoardError(where + "flash.base must leave page 0 unmapped (null pointers must fault)");
    }
    if (b.flash().end() > 0xFFFF_FFFFL || b.ram().end() > 0xFFFF_FFFFL) {
      throw new BoardError(where + "flash and RAM must lie below 4 GiB (the runtime uses 32-bit addressing)");
    }
    if (b.flash().overlaps(b.ram())) {
      throw new BoardError(where + "flash " + b.flash() + " overlaps RAM " + b.ram());
    }
    // Heap + guard page + stack + boot-info page must fit with at least one page for runtime data.
    if (b.heapSize() + b.stackSize() + 3 * Board.PAGE > b.ram().size()) {
      throw new BoardError(where + "ram.heap + ram.stack + 12 KiB (guard, boot info, data) exceed ram.size");
    }
    Board.Devices d = b.devices();
    int[][] ranges = {{d.uartPort(), 8}, {d.exitPort(), 1}, {d.hostcallPort(), 4}, {d.clockPort(), 8}};
    for (int i = 0; i < ranges.length; i++) {
      for (int j = i + 1; j < ranges.length; j++) {
        if (ranges[i][0] < ranges[j][0] + ranges[j][1] && ranges[j][0] < ranges[i][0] + ranges[i][1]) {
          throw new BoardError(where + "device ports overlap (uart and clock use 8 ports each, hostcall 4)");
        }
      }
    }
    if (d.clockHz() <= 0) {
      throw new BoardError(where + "devices.clock_hz must be positive");
    }
  }

  /** Typed access to required keys with one-line errors naming the key. */
  private record Reader(TomlTable toml, String origin) {
    BoardError error(String key, String problem) {
      return new BoardError("board file " + origin + ": " + key + " " + problem);
    }

    Object required(String key) throws BoardError {
      if (!toml.contains(key)) {
        throw error(key, "is missing");
      }
      return toml.get(key);
    }

    String string(String key) throws BoardError {
      if (required(key) instanceof String s) {
        return s;
      }
      throw error(key, "must be a string");
    }

    long size(String key) throws BoardError {
      Object v = required(key);
      if (v instanceof Long l) {
        if (l < 0) {
          throw error(key, "must not be negative");
        }
        return l;
      }
      if (v instanceof String s) {
        Matcher m = SIZE.matcher(s.trim());
        if (m.matches()) {
          long n = Long.parseLong(m.group(1));
          return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            case "G" -> n << 30;
            default -> n;
          };
        }
      }
      throw error(key, "must be a number or a size such as \"64K\" or \"4M\" (got " + v + ")");
    }

    int port(String key) throws BoardError {
      long v = size(key);
      if (v > 0xFFFF) {
        throw error(key, "must be an I/O port number 0..0xFFFF");
      }
      return (int) v;
    }
  }
}
