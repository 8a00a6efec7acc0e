package dev.rivet.emulator.unicorn;

import dev.rivet.emulator.HostLibraryError;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Loads libunicorn.so.2 by absolute path (never by soname: which build is loaded decides speed,
 * see docs/performance.md) and holds the downcall handles of every uc_* function Rivet calls.
 * Loaded once per JVM; the library stays mapped until exit.
 */
public final class UnicornLibrary {
  /** Where the library was loaded from. */
  public final Path path;
  final MethodHandle version, open, close, errno, strerror, query;
  final MethodHandle memMap, memMapPtr, memUnmap, memProtect, memRead, memWrite;
  final MethodHandle regRead, regWrite, emuStart, emuStop;
  final MethodHandle hookAdd, hookAddInsn, hookDel;
  final MethodHandle contextAlloc, contextSave, contextRestore, free;
  private final SymbolLookup lookup;

  private static UnicornLibrary loaded;
  private static HostLibraryError failure;

  private UnicornLibrary(Path path, SymbolLookup lookup) {
    this.path = path;
    this.lookup = lookup;
    Linker l = Linker.nativeLinker();
    version = h(l, "uc_version", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    open = h(l, "uc_open", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    close = h(l, "uc_close", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    errno = h(l, "uc_errno", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    strerror = h(l, "uc_strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    query = h(l, "uc_query", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    memMap = h(l, "uc_mem_map", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_INT));
    memMapPtr = h(l, "uc_mem_map_ptr",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_INT, ADDRESS));
    memUnmap = h(l, "uc_mem_unmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    memProtect = h(l, "uc_mem_protect", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_INT));
    memRead = h(l, "uc_mem_read", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    memWrite = h(l, "uc_mem_write", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    regRead = h(l, "uc_reg_read", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    regWrite = h(l, "uc_reg_write", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    emuStart = h(l, "uc_emu_start",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    emuStop = h(l, "uc_emu_stop", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    // uc_hook_add is variadic after `end`: most hook types pass nothing more, UC_HOOK_INSN passes
    // the instruction id as one int.
    FunctionDescriptor hookBase =
        FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG);
    hookAdd = h(l, "uc_hook_add", hookBase, Linker.Option.firstVariadicArg(7));
    hookAddInsn = h(l, "uc_hook_add", hookBase.appendArgumentLayouts(JAVA_INT), Linker.Option.firstVariadicArg(7));
    hookDel = h(l, "uc_hook_del", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    contextAlloc = h(l, "uc_context_alloc", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    contextSave = h(l, "uc_context_save", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    contextRestore = h(l, "uc_context_restore", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    free = h(l, "uc_free", FunctionDescriptor.of(JAVA_INT, ADDRESS));
  }

  private MethodHandle h(Linker linker, String name, FunctionDescriptor fd, Linker.Option... options) {
    MemorySegment fn = symbol(name);
    return linker.downcallHandle(fn, fd, options);
  }

  /** The address of an exported uc_* function, for native code that calls Unicorn directly. */
  public MemorySegment symbol(String name) {
    return lookup.find(name).orElseThrow(() -> new IllegalStateException(
        "libunicorn at " + path + " has no symbol " + name + " (not a Unicorn 2 library?)"));
  }

  /**
   * The configured library path: system property {@code rivet.unicorn}, else environment variable
   * {@code RIVET_UNICORN}, else {@code <rivet.root>/.cache/unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2}.
   */
  public static Path configuredPath() {
    String p = System.getProperty("rivet.unicorn");
    if (p == null || p.isBlank()) {
      p = System.getenv("RIVET_UNICORN");
    }
    if (p == null || p.isBlank()) {
      String root = System.getProperty("rivet.root", System.getenv().getOrDefault("RIVET_ROOT", "."));
      return Path.of(root, ".cache/unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2").toAbsolutePath();
    }
    return Path.of(p).toAbsolutePath();
  }

  /** Loads the library once; every later call returns the same instance (or the same error). */
  public static synchronized UnicornLibrary get() throws HostLibraryError {
    if (loaded != null) {
      return loaded;
    }
    if (failure != null) {
      throw failure;
    }
    Path path = configuredPath();
    try {
      if (!Files.isRegularFile(path)) {
        throw new HostLibraryError("libunicorn not found at " + path
            + " (run scripts/setup.sh, or set -Drivet.unicorn / RIVET_UNICORN to a libunicorn.so.2)");
      }
      SymbolLookup lookup;
      try {
        lookup = SymbolLookup.libraryLookup(path, Arena.global());
      } catch (IllegalArgumentException e) {
        throw new HostLibraryError("libunicorn at " + path + " cannot be loaded: " + e.getMessage(), e);
      }
      try {
        loaded = new UnicornLibrary(path, lookup);
      } catch (IllegalStateException e) {
        throw new HostLibraryError(e.getMessage(), e);
      }
      return loaded;
    } catch (HostLibraryError e) {
      failure = e;
      throw e;
    }
  }

  /** uc_version as "major.minor.patch" (e.g. "2.1.1"). */
  public String versionString() {
    int v = versionNumber();
    return ((v >> 24) & 0xFF) + "." + ((v >> 16) & 0xFF) + "." + ((v >> 8) & 0xFF);
  }

  /** uc_version's packed number: major << 24 | minor << 16 | patch << 8 | extra. */
  public int versionNumber() {
    try {
      return (int) version.invokeExact(MemorySegment.NULL, MemorySegment.NULL);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** uc_strerror: Unicorn's message for an error code. */
  public String strerror(int code) {
    try {
      MemorySegment s = (MemorySegment) strerror.invokeExact(code);
      return s.reinterpret(256).getString(0);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
