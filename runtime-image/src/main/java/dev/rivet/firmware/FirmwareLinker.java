package dev.rivet.firmware;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.board.MemoryMap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Joins a runtime build, a bytecode image and a board into a firmware ELF (docs/board-abi.md,
 * "Firmware file"). The runtime's bytes stay where they are — segments, sections, symbols and
 * DWARF unchanged, so readelf, objdump and gdb read the result like the runtime itself — and the
 * linker appends: the image (4 KiB aligned, in flash after the runtime), the Rivet note, a
 * section-name table with the two new names, and new section and program header tables.
 * The image is opaque bytes here; the compiler defines its format.
 */
public final class FirmwareLinker {
  private static final int SHF_ALLOC = 2;

  private FirmwareLinker() {}

  /**
   * Links {@code image} (may be empty: no bytecode) onto {@code runtime} for {@code board}.
   *
   * @param variant the runtime's variant name, recorded in the note
   * @throws FirmwareError when the runtime is not a runtime ELF, was linked for other memory
   *     bases than the board's, or runtime + image do not fit the board's flash and RAM
   */
  public static byte[] link(byte[] runtime, String variant, byte[] image, Board board) throws FirmwareError {
    if (!variant.matches("[A-Za-z0-9_.-]{1,31}")) {
      throw new FirmwareError("bad runtime variant name '" + variant + "'");
    }
    Elf elf = Elf.parse(runtime, "runtime " + variant);
    String who = "runtime " + variant;
    if (elf.type() != Elf.ET_EXEC) {
      throw new FirmwareError(who + ": not an executable ELF (type " + elf.type() + ")");
    }
    Layout layout = layout(elf, who, board, image.length);
    return write(runtime, elf, who, new RivetNote(board.name(), variant, image.length), image, layout.imageBase);
  }

  private record Layout(long imageBase, MemoryMap memory) {}

  /** Checks the runtime against the board and finds where the image goes. */
  private static Layout layout(Elf elf, String who, Board board, long imageSize) throws FirmwareError {
    Board.Region flash = board.flash(), ram = board.ram();
    long textBase = Long.MAX_VALUE, ramBase = Long.MAX_VALUE, flashEnd = 0, dataEnd = ram.base();
    for (Elf.Segment s : elf.segments()) {
      if (!s.isLoad()) {
        continue;
      }
      if (s.vaddr() == s.paddr()) {
        textBase = Math.min(textBase, s.vaddr());
      } else {
        ramBase = Math.min(ramBase, s.vaddr());
      }
    }
    if (textBase == Long.MAX_VALUE) {
      throw new FirmwareError(who + ": has no code segment");
    }
    if (textBase != flash.base() || (ramBase != Long.MAX_VALUE && ramBase != ram.base())) {
      throw new FirmwareError(String.format("%s is built for flash at 0x%x and RAM at 0x%x, but board %s has "
          + "flash at 0x%x and RAM at 0x%x (image built for another board)", who, textBase,
          ramBase == Long.MAX_VALUE ? ram.base() : ramBase, board.name(), flash.base(), ram.base()));
    }
    for (Elf.Segment s : elf.segments()) {
      if (!s.isLoad()) {
        continue;
      }
      flashEnd = Math.max(flashEnd, s.paddr() + s.filesz());
      if (s.vaddr() != s.paddr()) {
        dataEnd = Math.max(dataEnd, s.vaddr() + s.memsz());
        if (!ram.contains(s.vaddr(), s.memsz())) {
          throw new FirmwareError(String.format("%s: data 0x%x..0x%x does not fit board %s's RAM %s",
              who, s.vaddr(), s.vaddr() + s.memsz(), board.name(), ram));
        }
      }
    }
    long imageBase = MemoryMap.alignUp(flashEnd, Board.PAGE);
    long needed = imageSize == 0 ? flashEnd : imageBase + imageSize;
    if (needed > flash.end()) {
      throw new FirmwareError(String.format("runtime %s + image of %d bytes need %d KiB of flash; board %s has %d KiB",
          who.substring("runtime ".length()), imageSize, (needed - flash.base() + 1023) / 1024, board.name(),
          flash.size() / 1024));
    }
    try {
      return new Layout(imageSize == 0 ? 0 : imageBase, MemoryMap.layout(board, dataEnd));
    } catch (BoardError e) {
      throw new FirmwareError(e.getMessage());
    }
  }

  /** Appends image, note, names and header tables to a copy of the runtime file. */
  private static byte[] write(byte[] runtime, Elf elf, String who, RivetNote note, byte[] image, long imageBase)
      throws FirmwareError {
    int nameTable = shstrndx(runtime);
    if (nameTable == 0 || nameTable >= elf.sections().size()) {
      throw new FirmwareError(who + ": has no section-name table");
    }
    if (elf.sections().size() + 2 >= 0xFF00) {
      throw new FirmwareError(who + ": too many sections");
    }
    Out out = new Out(runtime);

    long imageOffset = 0;
    if (image.length > 0) {
      out.alignTo(Board.PAGE); // offset ≡ address (mod page), as loaders expect
      imageOffset = out.size();
      out.bytes(image);
    }

    out.alignTo(4);
    long noteOffset = out.size();
    byte[] owner = (RivetNote.OWNER + "\0").getBytes(StandardCharsets.US_ASCII);
    byte[] desc = note.descriptor();
    out.u32(owner.length).u32(desc.length).u32(RivetNote.TYPE).bytes(owner).alignTo(4).bytes(desc).alignTo(4);
    long noteSize = out.size() - noteOffset;

    Elf.Section oldNames = elf.sections().get(nameTable);
    byte[] oldNameBytes = elf.contents(oldNames);
    long namesOffset = out.size();
    out.bytes(oldNameBytes);
    long imageName = out.size() - namesOffset;
    out.bytes(".rivet.image\0".getBytes(StandardCharsets.US_ASCII));
    long noteName = out.size() - namesOffset;
    out.bytes(".note.rivet\0".getBytes(StandardCharsets.US_ASCII));
    long namesSize = out.size() - namesOffset;

    // Section headers: the runtime's, with the name table moved, then .rivet.image and .note.rivet.
    out.alignTo(8);
    long shoff = out.size();
    int shnum = 0;
    for (int i = 0; i < elf.sections().size(); i++) {
      Elf.Section s = elf.sections().get(i);
      long nameIndex = u32(runtime, sectionHeaderOffset(runtime, i));
      boolean moved = i == nameTable;
      out.section(nameIndex, s.type(), s.flags(), s.addr(), moved ? namesOffset : s.offset(),
          moved ? namesSize : s.size(), s.link(), s.info(), s.align(), s.entsize());
      shnum++;
    }
    if (image.length > 0) {
      out.section(imageName, Elf.SHT_PROGBITS, SHF_ALLOC, imageBase, imageOffset, image.length, 0, 0, Board.PAGE, 0);
      shnum++;
    }
    out.section(noteName, Elf.SHT_NOTE, 0, 0, noteOffset, noteSize, 0, 0, 4, 0);
    shnum++;

    // Program headers: the runtime's, then the image's PT_LOAD and the PT_NOTE.
    long phoff = out.size();
    int phnum = 0;
    for (Elf.Segment s : elf.segments()) {
      out.segment(s.type(), s.flags(), s.offset(), s.vaddr(), s.paddr(), s.filesz(), s.memsz(), s.align());
      phnum++;
    }
    if (image.length > 0) {
      out.segment(Elf.PT_LOAD, Elf.PF_R, imageOffset, imageBase, imageBase, image.length, image.length, Board.PAGE);
      phnum++;
    }
    out.segment(Elf.PT_NOTE, Elf.PF_R, noteOffset, 0, 0, noteSize, noteSize, 4);
    phnum++;

    byte[] result = out.toByteArray();
    putU64(result, 32, phoff);
    putU64(result, 40, shoff);
    putU16(result, 56, phnum);
    putU16(result, 60, shnum);
    return result;
  }

  private static int shstrndx(byte[] elf) {
    return (elf[62] & 0xFF) | (elf[63] & 0xFF) << 8;
  }

  private static int sectionHeaderOffset(byte[] elf, int index) {
    long shoff = 0;
    for (int i = 7; i >= 0; i--) {
      shoff = shoff << 8 | (elf[40 + i] & 0xFF);
    }
    return (int) (shoff + (long) index * Elf.SHDR_SIZE);
  }

  private static long u32(byte[] b, int off) {
    return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
  }

  private static void putU16(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
  }

  private static void putU64(byte[] b, int off, long v) {
    for (int i = 0; i < 8; i++) {
      b[off + i] = (byte) (v >>> (8 * i));
    }
  }

  /** A growing little-endian byte buffer that starts as a copy of the runtime file. */
  private static final class Out extends ByteArrayOutputStream {
    Out(byte[] start) {
      super(start.length + 8192);
      writeBytes(start);
    }

    Out bytes(byte[] b) {
      writeBytes(b);
      return this;
    }

    Out alignTo(long alignment) {
      while (count % alignment != 0) {
        write(0);
      }
      return this;
    }

    Out u16(long v) {
      write((int) v);
      write((int) (v >>> 8));
      return this;
    }

    Out u32(long v) {
      return u16(v).u16(v >>> 16);
    }

    Out u64(long v) {
      return u32(v).u32(v >>> 32);
    }

    void section(long name, int type, long flags, long addr, long offset, long size, int link, int info,
                 long align, long entsize) {
      u32(name).u32(type).u64(flags).u64(addr).u64(offset).u64(size).u32(link).u32(info).u64(align).u64(entsize);
    }

    void segment(int type, int flags, long offset, long vaddr, long paddr, long filesz, long memsz, long align) {
      u32(type).u32(flags).u64(offset).u64(vaddr).u64(paddr).u64(filesz).u64(memsz).u64(align);
    }
  }
}
