package dev.rivet.emulator.capstone;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.rivet.emulator.HostLibraryError;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * x86-64 disassembly with libcapstone 4 over java.lang.foreign, for fault reports and traces.
 * The library is found by system property {@code rivet.capstone}, else {@code RIVET_CAPSTONE},
 * else by soname (libcapstone.so.4, the Debian package). One handle per JVM; disassembly is
 * synchronized because a Capstone handle is not thread-safe.
 */
public final class Capstone {
  // Values and cs_insn offsets from capstone.h; CapstoneLayoutTest compares them with gcc's view.
  public static final int CS_ARCH_X86 = 3;
  public static final int CS_MODE_64 = 8;
  public static final long INSN_ADDRESS = 8, INSN_SIZE = 16, INSN_BYTES = 18, INSN_MNEMONIC = 34,
      INSN_OP_STR = 66, INSN_SIZEOF = 240;

  /** One decoded instruction. */
  public record Instruction(long address, byte[] bytes, String mnemonic, String operands) {
    @Override
    public String toString() {
      return operands.isEmpty() ? mnemonic : mnemonic + " " + operands;
    }
  }

  private static Capstone instance;
  private static HostLibraryError failure;

  private final String location;
  private final int version;
  private final MethodHandle disasm, free;
  private final long handle;

  private Capstone(String location, SymbolLookup lookup) throws HostLibraryError {
    this.location = location;
    Linker l = Linker.nativeLinker();
    try {
      MethodHandle versionH = l.downcallHandle(find(lookup, "cs_version"), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
      MethodHandle open = l.downcallHandle(find(lookup, "cs_open"), FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
      disasm = l.downcallHandle(find(lookup, "cs_disasm"),
          FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS));
      free = l.downcallHandle(find(lookup, "cs_free"), FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));
      version = (int) versionH.invokeExact(MemorySegment.NULL, MemorySegment.NULL);
      MemorySegment out = Arena.global().allocate(JAVA_LONG);
      int err = (int) open.invokeExact(CS_ARCH_X86, CS_MODE_64, out);
      if (err != 0) {
        throw new HostLibraryError("libcapstone (" + location + "): cs_open(X86, 64) failed with error " + err);
      }
      handle = out.get(JAVA_LONG, 0);
    } catch (HostLibraryError e) {
      throw e;
    } catch (Throwable t) {
      throw new HostLibraryError("libcapstone (" + location + ") is unusable: " + t.getMessage(), t);
    }
  }

  private static MemorySegment find(SymbolLookup lookup, String name) throws HostLibraryError {
    return lookup.find(name).orElseThrow(() -> new HostLibraryError("libcapstone has no symbol " + name));
  }

  /** The process-wide disassembler; loads libcapstone on first use. */
  public static synchronized Capstone get() throws HostLibraryError {
    if (instance != null) {
      return instance;
    }
    if (failure != null) {
      throw failure;
    }
    String configured = System.getProperty("rivet.capstone");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("RIVET_CAPSTONE");
    }
    String location = configured == null || configured.isBlank() ? "libcapstone.so.4" : configured;
    try {
      SymbolLookup lookup;
      try {
        lookup = location.contains("/")
            ? SymbolLookup.libraryLookup(java.nio.file.Path.of(location), Arena.global())
            : SymbolLookup.libraryLookup(location, Arena.global());
      } catch (IllegalArgumentException e) {
        throw new HostLibraryError("libcapstone not found (" + location
            + "): install libcapstone4 (apt-get install libcapstone4) or set -Drivet.capstone", e);
      }
      instance = new Capstone(location, lookup);
      return instance;
    } catch (HostLibraryError e) {
      failure = e;
      throw e;
    }
  }

  /** Where the library was found (a path or a soname). */
  public String location() {
    return location;
  }

  /** cs_version as "major.minor". */
  public String version() {
    return ((version >> 8) & 0xFF) + "." + (version & 0xFF);
  }

  /** Disassembles up to {@code max} instructions of code starting at guest address address. */
  public synchronized List<Instruction> disassemble(byte[] code, long address, int max) {
    List<Instruction> result = new ArrayList<>();
    if (code.length == 0) {
      return result;
    }
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(code.length);
      MemorySegment.copy(code, 0, buf, JAVA_BYTE, 0, code.length);
      MemorySegment out = a.allocate(ADDRESS);
      long n = (long) disasm.invokeExact(handle, buf, (long) code.length, address, (long) max, out);
      if (n == 0) {
        return result;
      }
      MemorySegment insns = out.get(ADDRESS, 0).reinterpret(n * INSN_SIZEOF);
      try {
        for (long i = 0; i < n; i++) {
          MemorySegment in = insns.asSlice(i * INSN_SIZEOF, INSN_SIZEOF);
          int size = Short.toUnsignedInt(in.get(JAVA_SHORT, INSN_SIZE));
          byte[] bytes = in.asSlice(INSN_BYTES, size).toArray(JAVA_BYTE);
          result.add(new Instruction(in.get(JAVA_LONG, INSN_ADDRESS), bytes,
              in.getString(INSN_MNEMONIC), in.getString(INSN_OP_STR)));
        }
      } finally {
        free.invokeExact(out.get(ADDRESS, 0), n);
      }
      return result;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
