package dev.rivet.firmware;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.board.MemoryMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A firmware file checked against the board it is to run on: ELF64 x86-64 executable, every
 * loadable byte inside the board's flash, every RAM part inside its RAM, no two segments
 * overlapping, the entry point in executable flash, and a Rivet note naming this board.
 * What the emulator's loader needs — segments, entry, image location, memory map, symbols —
 * comes from here; a file that passes these checks can be loaded without further checks.
 */
public final class Firmware {
  /** Larger than any board's flash: a file this big is not firmware. */
  static final long MAX_FILE = 256L << 20;

  private final Elf elf;
  private final Board board;
  private final RivetNote note;
  private final List<Elf.Segment> loads;
  private final long imageBase;
  private final MemoryMap memory;

  private Firmware(Elf elf, Board board, RivetNote note, List<Elf.Segment> loads, long imageBase, MemoryMap memory) {
    this.elf = elf;
    this.board = board;
    this.note = note;
    this.loads = loads;
    this.imageBase = imageBase;
    this.memory = memory;
  }

  /** Reads and validates the firmware file at {@code path} for {@code board}. */
  public static Firmware read(Path path, Board board) throws FirmwareError {
    try {
      if (Files.isDirectory(path)) {
        throw new FirmwareError(path + ": is a directory, not a firmware file");
      }
      if (Files.size(path) > MAX_FILE) {
        throw new FirmwareError(path + ": " + Files.size(path) + " bytes is too large to be firmware");
      }
      return parse(Files.readAllBytes(path), path.toString(), board);
    } catch (NoSuchFileException e) {
      throw new FirmwareError(path + ": no such file");
    } catch (IOException e) {
      throw new FirmwareError(path + ": cannot read it (" + e.getMessage() + ")");
    }
  }

  /** Validates firmware bytes; {@code origin} names them in errors. */
  public static Firmware parse(byte[] bytes, String origin, Board board) throws FirmwareError {
    Elf elf = Elf.parse(bytes, origin);
    if (elf.type() != Elf.ET_EXEC) {
      throw new FirmwareError(origin + ": not an executable ELF file (ELF type " + elf.type() + ")");
    }
    List<Elf.Segment> loads = elf.segments().stream().filter(Elf.Segment::isLoad).toList();
    if (loads.isEmpty()) {
      throw new FirmwareError(origin + ": has no loadable segments");
    }
    Board.Region flash = board.flash(), ram = board.ram();
    long dataEnd = ram.base();
    for (int i = 0; i < loads.size(); i++) {
      Elf.Segment s = loads.get(i);
      String seg = String.format("%s: segment %d (0x%x..0x%x)", origin, i, s.paddr(), s.paddr() + s.filesz());
      if (!flash.contains(s.paddr(), s.filesz())) {
        if (s.filesz() > 0 && s.paddr() < ram.end() && ram.base() < s.paddr() + s.filesz()) {
          throw new FirmwareError(seg + " overlaps board " + board.name() + "'s RAM " + ram
              + "; firmware bytes load into flash " + flash + " only");
        }
        throw new FirmwareError(seg + " lies outside board " + board.name() + "'s flash " + flash);
      }
      if (s.vaddr() == s.paddr()) { // runs from flash: code, constants, the image
        if (!flash.contains(s.vaddr(), s.memsz())) {
          throw new FirmwareError(seg + " extends outside board " + board.name() + "'s flash " + flash);
        }
        if ((s.flags() & Elf.PF_W) != 0) {
          throw new FirmwareError(seg + " is writable but lies in flash");
        }
      } else { // copied to RAM by the boot stub
        if (!ram.contains(s.vaddr(), s.memsz())) {
          throw new FirmwareError(String.format("%s: segment %d's RAM part 0x%x..0x%x lies outside board %s's RAM %s",
              origin, i, s.vaddr(), s.vaddr() + s.memsz(), board.name(), ram));
        }
        dataEnd = Math.max(dataEnd, s.vaddr() + s.memsz());
      }
    }
    checkOverlaps(origin, loads);
    checkEntry(origin, elf, loads);

    RivetNote note = note(elf, origin);
    if (!note.board().equals(board.name())) {
      throw new FirmwareError(origin + ": firmware built for board " + note.board() + ", not " + board.name());
    }
    long imageBase = imageBase(elf, origin, note, loads);
    MemoryMap memory;
    try {
      memory = MemoryMap.layout(board, dataEnd);
    } catch (BoardError e) {
      throw new FirmwareError(origin + ": " + e.getMessage());
    }
    return new Firmware(elf, board, note, loads, imageBase, memory);
  }

  private static void checkOverlaps(String origin, List<Elf.Segment> loads) throws FirmwareError {
    for (int i = 0; i < loads.size(); i++) {
      for (int j = i + 1; j < loads.size(); j++) {
        Elf.Segment a = loads.get(i), b = loads.get(j);
        if (overlap(a.paddr(), a.filesz(), b.paddr(), b.filesz())) {
          throw new FirmwareError(String.format("%s: segments %d and %d overlap in flash at 0x%x",
              origin, i, j, Math.max(a.paddr(), b.paddr())));
        }
        if (overlap(a.vaddr(), a.memsz(), b.vaddr(), b.memsz())) {
          throw new FirmwareError(String.format("%s: segments %d and %d overlap in memory at 0x%x",
              origin, i, j, Math.max(a.vaddr(), b.vaddr())));
        }
      }
    }
  }

  private static boolean overlap(long a, long aSize, long b, long bSize) {
    return aSize > 0 && bSize > 0 && a < b + bSize && b < a + aSize;
  }

  private static void checkEntry(String origin, Elf elf, List<Elf.Segment> loads) throws FirmwareError {
    for (Elf.Segment s : loads) {
      if (s.vaddr() == s.paddr() && (s.flags() & Elf.PF_X) != 0
          && elf.entry() >= s.vaddr() && elf.entry() < s.vaddr() + s.filesz()) {
        return;
      }
    }
    throw new FirmwareError(String.format("%s: entry point 0x%x is not in executable flash", origin, elf.entry()));
  }

  private static RivetNote note(Elf elf, String origin) throws FirmwareError {
    for (Elf.Note n : elf.notes()) {
      if (n.owner().equals(RivetNote.OWNER) && n.type() == RivetNote.TYPE) {
        return RivetNote.parse(n.desc(), origin);
      }
    }
    throw new FirmwareError(origin + ": not Rivet firmware (no Rivet note; link an image with rivet flash)");
  }

  private static long imageBase(Elf elf, String origin, RivetNote note, List<Elf.Segment> loads) throws FirmwareError {
    if (note.imageSize() == 0) {
      return 0;
    }
    Elf.Section image = elf.section(".rivet.image").orElseThrow(
        () -> new FirmwareError(origin + ": the note promises an image but there is no .rivet.image section"));
    if (image.size() != note.imageSize()) {
      throw new FirmwareError(origin + ": .rivet.image holds " + image.size() + " bytes, the note says " + note.imageSize());
    }
    for (Elf.Segment s : loads) {
      if (s.vaddr() == s.paddr() && image.addr() >= s.vaddr() && image.addr() + image.size() <= s.vaddr() + s.filesz()) {
        return image.addr();
      }
    }
    throw new FirmwareError(origin + ": .rivet.image is not inside a loadable flash segment");
  }

  public Elf elf() {
    return elf;
  }

  public Board board() {
    return board;
  }

  public long entry() {
    return elf.entry();
  }

  /** PT_LOAD segments: write {@code elf().contents(s)} at {@code s.paddr()} in flash. */
  public List<Elf.Segment> loads() {
    return loads;
  }

  public RivetNote note() {
    return note;
  }

  /** Flash address of the bytecode image, or 0 when the firmware carries none (boot info). */
  public long imageBase() {
    return imageBase;
  }

  public long imageSize() {
    return note.imageSize();
  }

  /** RAM layout for this runtime on this board: heap, guard, stack, boot-info page. */
  public MemoryMap memoryMap() {
    return memory;
  }

  /** {@code symbol+0xoff} for an address, for fault reports. */
  public Optional<Elf.Location> symbolAt(long address) {
    return elf.symbolAt(address);
  }
}
