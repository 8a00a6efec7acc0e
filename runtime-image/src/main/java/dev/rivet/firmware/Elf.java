package dev.rivet.firmware;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of an ELF64 little-endian x86-64 file: header, program headers, section
 * headers with names, the symbol table and the notes of its PT_NOTE segments.
 *
 * <p>Everything is validated while parsing: any offset, size or count that points outside the
 * file, and any file that is not ELF64/LE/x86-64, is a {@link FirmwareError} with one line naming
 * the file. Nothing here ever throws an IndexOutOfBoundsException on bad input. This class knows
 * nothing about boards or Rivet firmware; {@link Firmware} applies those rules on top of it.
 */
public final class Elf {
  public static final int ET_REL = 1, ET_EXEC = 2, ET_DYN = 3;
  public static final int EM_X86_64 = 62;
  public static final int PT_NULL = 0, PT_LOAD = 1, PT_NOTE = 4;
  public static final int PF_X = 1, PF_W = 2, PF_R = 4;
  public static final int SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3,
      SHT_NOTE = 7, SHT_NOBITS = 8;
  public static final int STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4;

  static final int EHDR_SIZE = 64, PHDR_SIZE = 56, SHDR_SIZE = 64, SYM_SIZE = 24;

  /** A program header. {@code offset}/{@code filesz} lie inside the file; filesz &lt;= memsz. */
  public record Segment(int type, int flags, long offset, long vaddr, long paddr, long filesz,
                        long memsz, long align) {
    public boolean isLoad() {
      return type == PT_LOAD;
    }

    /** "r-x" style permission string, for messages. */
    public String permissions() {
      return ((flags & PF_R) != 0 ? "r" : "-") + ((flags & PF_W) != 0 ? "w" : "-") + ((flags & PF_X) != 0 ? "x" : "-");
    }
  }

  /** A section header with its name resolved. Non-NOBITS sections lie inside the file. */
  public record Section(String name, int type, long flags, long addr, long offset, long size,
                        int link, int info, long align, long entsize) {}

  /** A symbol-table entry: {@code type} is STT_*, {@code bind} STB_*, {@code shndx} its section. */
  public record Symbol(String name, long value, long size, int type, int bind, int shndx) {}

  /** A note: owner name (without the NUL), type, and descriptor bytes. */
  public record Note(String owner, int type, byte[] desc) {
    public String descText() {
      return new String(desc, StandardCharsets.UTF_8);
    }
  }

  /** An address resolved to a symbol: prints as {@code name+0x1c} (or {@code name}). */
  public record Location(Symbol symbol, long offset) {
    @Override
    public String toString() {
      return offset == 0 ? symbol.name() : symbol.name() + "+0x" + Long.toHexString(offset);
    }
  }

  private final String origin;
  private final byte[] data;
  private final int type;
  private final long entry;
  private final List<Segment> segments;
  private final List<Section> sections;
  private final List<Symbol> symbols;
  private final List<Note> notes;
  private final Symbol[] byAddress; // code/data symbols sorted by value, for symbolAt

  private Elf(String origin, byte[] data, int type, long entry, List<Segment> segments,
              List<Section> sections, List<Symbol> symbols, List<Note> notes) {
    this.origin = origin;
    this.data = data;
    this.type = type;
    this.entry = entry;
    this.segments = segments;
    this.sections = sections;
    this.symbols = symbols;
    this.notes = notes;
    this.byAddress = symbols.stream()
        .filter(s -> s.shndx() != 0 && !s.name().isEmpty()
            && (s.type() == STT_FUNC || s.type() == STT_OBJECT || s.type() == STT_NOTYPE))
        .sorted(Comparator.comparingLong(Symbol::value))
        .toArray(Symbol[]::new);
  }

  /**
   * Parses {@code bytes} (kept by reference: do not modify them afterwards).
   *
   * @param origin names the file in error messages, e.g. its path
   */
  public static Elf parse(byte[] bytes, String origin) throws FirmwareError {
    return new Parser(bytes, origin).parse();
  }

  public String origin() {
    return origin;
  }

  /** e_type: ET_EXEC, ET_DYN, ET_REL... */
  public int type() {
    return type;
  }

  public long entry() {
    return entry;
  }

  public List<Segment> segments() {
    return segments;
  }

  public List<Section> sections() {
    return sections;
  }

  public Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The .symtab entries in file order (empty for a stripped file), without the null entry. */
  public List<Symbol> symbols() {
    return symbols;
  }

  public Optional<Symbol> symbol(String name) {
    return symbols.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Notes of all PT_NOTE segments, in file order. */
  public List<Note> notes() {
    return notes;
  }

  /** The file's bytes of a segment ({@code filesz} of them). */
  public byte[] contents(Segment s) {
    return Arrays.copyOfRange(data, (int) s.offset(), (int) (s.offset() + s.filesz()));
  }

  /** The file's bytes of a section (empty for SHT_NOBITS). */
  public byte[] contents(Section s) {
    if (s.type() == SHT_NOBITS) {
      return new byte[0];
    }
    return Arrays.copyOfRange(data, (int) s.offset(), (int) (s.offset() + s.size()));
  }

  /** The whole file, as parsed (a copy). */
  public byte[] bytes() {
    return data.clone();
  }

  /**
   * The function or object containing {@code address}: a sized symbol whose range holds it, else
   * the nearest preceding unsized symbol (an assembly label) — as backtraces and gdb print them.
   */
  public Optional<Location> symbolAt(long address) {
    int lo = 0, hi = byAddress.length - 1, last = -1;
    while (lo <= hi) { // last symbol with value <= address
      int mid = (lo + hi) >>> 1;
      if (Long.compareUnsigned(byAddress[mid].value(), address) <= 0) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    Symbol label = null;
    for (int i = last; i >= 0; i--) {
      Symbol s = byAddress[i];
      long off = address - s.value();
      if (s.size() > 0 && Long.compareUnsigned(off, s.size()) < 0) {
        return Optional.of(new Location(s, off));
      }
      if (s.size() == 0 && label == null) {
        label = s;
      }
      if (s.size() > 0 && label != null) {
        break; // a sized symbol ended before address: the label after it is the answer
      }
    }
    return label == null ? Optional.empty() : Optional.of(new Location(label, address - label.value()));
  }

  /** Bounds-checked little-endian reading; every failure names the file and what was being read. */
  private static final class Parser {
    private final byte[] b;
    private final String origin;

    Parser(byte[] bytes, String origin) {
      this.b = bytes;
      this.origin = origin;
    }

    FirmwareError error(String problem) {
      return new FirmwareError(origin + ": " + problem);
    }

    void need(long offset, long length, String what) throws FirmwareError {
      if (offset < 0 || length < 0 || offset > b.length || length > b.length - offset) {
        throw error(String.format("truncated or corrupt: %s at offset 0x%x (%d bytes) lies outside the %d-byte file",
            what, offset, length, b.length));
      }
    }

    int u8(long off) {
      return b[(int) off] & 0xFF;
    }

    int u16(long off) {
      return u8(off) | u8(off + 1) << 8;
    }

    int u32(long off) {
      return u16(off) | u16(off + 2) << 16;
    }

    long u64(long off) {
      return (u32(off) & 0xFFFF_FFFFL) | (long) u32(off + 4) << 32;
    }

    Elf parse() throws FirmwareError {
      if (b.length < 4 || b[0] != 0x7F || b[1] != 'E' || b[2] != 'L' || b[3] != 'F') {
        throw error("not an ELF file");
      }
      need(0, 16, "ELF identification");
      if (b[4] == 1) {
        throw error("ELF32 file; a board needs an ELF64 x86-64 executable");
      }
      if (b[4] != 2) {
        throw error("unknown ELF class " + b[4]);
      }
      if (b[5] != 1) {
        throw error("big-endian or unknown ELF data encoding " + b[5] + "; x86-64 is little-endian");
      }
      need(0, EHDR_SIZE, "ELF header");
      int type = u16(16);
      int machine = u16(18);
      if (machine != EM_X86_64) {
        throw error("ELF machine " + machine + " is not x86-64 (62)");
      }
      long entry = u64(24);
      long phoff = u64(32);
      long shoff = u64(40);
      int phentsize = u16(54);
      int phnum = u16(56);
      int shentsize = u16(58);
      long shnum = u16(60);
      int shstrndx = u16(62);

      List<Segment> segments = new ArrayList<>();
      if (phnum > 0) {
        if (phentsize != PHDR_SIZE) {
          throw error("program header size " + phentsize + " is not " + PHDR_SIZE);
        }
        need(phoff, (long) phnum * PHDR_SIZE, "program header table");
        for (int i = 0; i < phnum; i++) {
          long p = phoff + (long) i * PHDR_SIZE;
          Segment s = new Segment(u32(p), u32(p + 4), u64(p + 8), u64(p + 16), u64(p + 24),
              u64(p + 32), u64(p + 40), u64(p + 48));
          need(s.offset(), s.filesz(), "segment " + i);
          if (s.isLoad() && Long.compareUnsigned(s.filesz(), s.memsz()) > 0) {
            throw error("segment " + i + " has more file bytes than memory bytes");
          }
          segments.add(s);
        }
      }

      List<Section> sections = parseSections(shoff, shentsize, shnum, shstrndx);
      List<Symbol> symbols = parseSymbols(sections);
      List<Note> notes = new ArrayList<>();
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        if (s.type() == PT_NOTE) {
          parseNotes(s.offset(), s.filesz(), "note segment " + i, notes);
        }
      }
      return new Elf(origin, b, type, entry, List.copyOf(segments), sections, symbols, List.copyOf(notes));
    }

    List<Section> parseSections(long shoff, int shentsize, long shnum, int shstrndx) throws FirmwareError {
      if (shoff == 0) {
        return List.of();
      }
      if (shentsize != SHDR_SIZE) {
        throw error("section header size " + shentsize + " is not " + SHDR_SIZE);
      }
      need(shoff, SHDR_SIZE, "section header table");
      if (shnum == 0) { // extended numbering: the real count sits in section 0
        shnum = u64(shoff + 32);
      }
      if (shstrndx == 0xFFFF) {
        shstrndx = u32(shoff + 40);
      }
      if (shnum > b.length / SHDR_SIZE) {
        throw error("section count " + shnum + " cannot fit in the file");
      }
      need(shoff, shnum * SHDR_SIZE, "section header table");
      long[][] raw = new long[(int) shnum][];
      for (int i = 0; i < shnum; i++) {
        long h = shoff + (long) i * SHDR_SIZE;
        raw[i] = new long[] {u32(h), u32(h + 4), u64(h + 8), u64(h + 16), u64(h + 24), u64(h + 32),
            u32(h + 40), u32(h + 44), u64(h + 48), u64(h + 56)};
        if (raw[i][1] != SHT_NOBITS) {
          need(raw[i][4], raw[i][5], "section " + i);
        }
      }
      long namesOff = 0, namesSize = 0;
      if (shstrndx != 0) {
        if (shstrndx >= shnum) {
          throw error("section-name table index " + shstrndx + " out of range");
        }
        if (raw[shstrndx][1] != SHT_STRTAB) {
          throw error("section-name table " + shstrndx + " is not a string table");
        }
        namesOff = raw[shstrndx][4];
        namesSize = raw[shstrndx][5];
      }
      List<Section> sections = new ArrayList<>();
      for (int i = 0; i < shnum; i++) {
        long[] r = raw[i];
        String name = namesSize == 0 ? "" : string(namesOff, namesSize, r[0], "section " + i + " name");
        sections.add(new Section(name, (int) r[1], r[2], r[3], r[4], r[5], (int) r[6], (int) r[7], r[8], r[9]));
      }
      return List.copyOf(sections);
    }

    List<Symbol> parseSymbols(List<Section> sections) throws FirmwareError {
      List<Symbol> symbols = new ArrayList<>();
      for (Section s : sections) {
        if (s.type() != SHT_SYMTAB) {
          continue;
        }
        if (s.entsize() != SYM_SIZE) {
          throw error("symbol table entry size " + s.entsize() + " is not " + SYM_SIZE);
        }
        if (s.link() <= 0 || s.link() >= sections.size() || sections.get(s.link()).type() != SHT_STRTAB) {
          throw error("symbol table " + s.name() + " has no string table");
        }
        Section strings = sections.get(s.link());
        for (long i = 1; i < s.size() / SYM_SIZE; i++) { // entry 0 is the null symbol
          long e = s.offset() + i * SYM_SIZE;
          int info = u8(e + 4);
          String name = string(strings.offset(), strings.size(), u32(e) & 0xFFFF_FFFFL, "symbol " + i + " name");
          symbols.add(new Symbol(name, u64(e + 8), u64(e + 16), info & 0xF, info >> 4, u16(e + 6)));
        }
      }
      return List.copyOf(symbols);
    }

    void parseNotes(long off, long size, String what, List<Note> out) throws FirmwareError {
      long end = off + size;
      while (end - off >= 12) {
        long namesz = u32(off) & 0xFFFF_FFFFL;
        long descsz = u32(off + 4) & 0xFFFF_FFFFL;
        int type = u32(off + 8);
        long nameOff = off + 12;
        long descOff = nameOff + align4(namesz);
        long next = descOff + align4(descsz);
        if (next > end) {
          throw error(what + " is truncated or corrupt");
        }
        int nameLen = (int) namesz;
        while (nameLen > 0 && b[(int) (nameOff + nameLen - 1)] == 0) {
          nameLen--;
        }
        String owner = new String(b, (int) nameOff, nameLen, StandardCharsets.UTF_8);
        out.add(new Note(owner, type, Arrays.copyOfRange(b, (int) descOff, (int) (descOff + descsz))));
        off = next;
      }
    }

    static long align4(long n) {
      return (n + 3) & ~3L;
    }

    /** A NUL-terminated string at {@code index} in the table at [tableOff, tableOff+tableSize). */
    String string(long tableOff, long tableSize, long index, String what) throws FirmwareError {
      if (index < 0 || index >= tableSize) {
        throw error(what + " points outside its string table");
      }
      long start = tableOff + index;
      long end = start;
      while (end < tableOff + tableSize && b[(int) end] != 0) {
        end++;
      }
      if (end == tableOff + tableSize) {
        throw error(what + " is not NUL-terminated");
      }
      return new String(b, (int) start, (int) (end - start), StandardCharsets.UTF_8);
    }
  }
}
