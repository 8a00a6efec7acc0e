package dev.rivet.emulator.unicorn;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.rivet.emulator.HostLibraryError;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * One x86-64 Unicorn engine: memory, registers, emulation and hooks, over java.lang.foreign.
 * Everything native it allocates (the engine, upcall stubs, scratch buffers) lives in one shared
 * arena freed by {@link #close}. Hook callbacks never let a throwable reach native code: they record
 * it, call uc_emu_stop, and {@link #start} rethrows it as a {@link HookFailure}.
 * Not thread-safe, except {@link #stop}, which any thread may call while {@link #start} runs.
 */
public final class Unicorn implements AutoCloseable {
  private final UnicornLibrary lib;
  private final Arena arena = Arena.ofShared();
  private final MemorySegment uc;
  private final MemorySegment scratch;
  private final java.util.List<Context> contexts = new java.util.ArrayList<>();
  private Throwable hookFailure;
  private boolean closed;

  private Unicorn(UnicornLibrary lib) {
    this.lib = lib;
    this.scratch = arena.allocate(16, 16);
    MemorySegment out = arena.allocate(ADDRESS);
    int err;
    try {
      err = (int) lib.open.invokeExact(Uc.UC_ARCH_X86, Uc.UC_MODE_64, out);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    if (err != Uc.UC_ERR_OK) {
      arena.close();
      throw new UnicornException("uc_open", err, lib.strerror(err));
    }
    this.uc = out.get(ADDRESS, 0);
  }

  /** Opens an x86-64 engine on the configured libunicorn. */
  public static Unicorn open() throws HostLibraryError {
    return new Unicorn(UnicornLibrary.get());
  }

  public UnicornLibrary library() {
    return lib;
  }

  /** The native uc_engine pointer, for native hook code (e.g. the instruction counter). */
  public MemorySegment handle() {
    return uc;
  }

  // ---- memory ----

  public void memMap(long address, long size, int perms) {
    check("uc_mem_map", call(() -> (int) lib.memMap.invokeExact(uc, address, size, perms)));
  }

  /** Maps host memory the caller owns (page-aligned, at least size bytes, alive until close). */
  public void memMapPtr(long address, long size, int perms, MemorySegment host) {
    check("uc_mem_map_ptr", call(() -> (int) lib.memMapPtr.invokeExact(uc, address, size, perms, host)));
  }

  public void memUnmap(long address, long size) {
    check("uc_mem_unmap", call(() -> (int) lib.memUnmap.invokeExact(uc, address, size)));
  }

  public void memProtect(long address, long size, int perms) {
    check("uc_mem_protect", call(() -> (int) lib.memProtect.invokeExact(uc, address, size, perms)));
  }

  /** Reads guest memory into a native segment; false when any byte is unmapped. */
  public boolean memRead(long address, MemorySegment dst) {
    return call(() -> (int) lib.memRead.invokeExact(uc, address, dst, dst.byteSize())) == Uc.UC_ERR_OK;
  }

  public byte[] memRead(long address, int length) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(Math.max(1, length));
      int err = call(() -> (int) lib.memRead.invokeExact(uc, address, buf, (long) length));
      check("uc_mem_read", err);
      return buf.asSlice(0, length).toArray(JAVA_BYTE);
    }
  }

  public void memWrite(long address, byte[] bytes) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(Math.max(1, bytes.length));
      MemorySegment.copy(bytes, 0, buf, JAVA_BYTE, 0, bytes.length);
      check("uc_mem_write", call(() -> (int) lib.memWrite.invokeExact(uc, address, buf, (long) bytes.length)));
    }
  }

  public void memWrite(long address, MemorySegment src) {
    check("uc_mem_write", call(() -> (int) lib.memWrite.invokeExact(uc, address, src, src.byteSize())));
  }

  // ---- registers ----

  public long regRead(int reg) {
    scratch.set(JAVA_LONG, 0, 0L);
    check("uc_reg_read", call(() -> (int) lib.regRead.invokeExact(uc, reg, scratch)));
    return scratch.get(JAVA_LONG, 0);
  }

  public void regWrite(int reg, long value) {
    scratch.set(JAVA_LONG, 0, value);
    check("uc_reg_write", call(() -> (int) lib.regWrite.invokeExact(uc, reg, scratch)));
  }

  // ---- emulation ----

  /**
   * Runs from begin until the pc reaches until, timeoutMicros pass (0: none), count instructions
   * retire (0: no limit, and no per-instruction hook), uc_emu_stop is called, or the CPU faults.
   *
   * @return Unicorn's error code (UC_ERR_OK when stopped or finished normally)
   * @throws HookFailure when a hook threw during the run
   */
  public int start(long begin, long until, long timeoutMicros, long count) {
    hookFailure = null;
    int err = call(() -> (int) lib.emuStart.invokeExact(uc, begin, until, timeoutMicros, count));
    if (hookFailure != null) {
      Throwable t = hookFailure;
      hookFailure = null;
      throw new HookFailure(t);
    }
    return err;
  }

  /** uc_emu_stop: safe from hooks and from other threads; does nothing once closed. */
  public void stop() {
    if (!closed) {
      call(() -> (int) lib.emuStop.invokeExact(uc));
    }
  }

  /** True when the last {@link #start} ended because its timeout elapsed. */
  public boolean timedOut() {
    return query(Uc.UC_QUERY_TIMEOUT) != 0;
  }

  public long query(int type) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment out = a.allocate(JAVA_LONG);
      check("uc_query", call(() -> (int) lib.query.invokeExact(uc, type, out)));
      return out.get(JAVA_LONG, 0);
    }
  }

  public int errno() {
    return call(() -> (int) lib.errno.invokeExact(uc));
  }

  public String strerror(int code) {
    return lib.strerror(code);
  }

  // ---- hooks ----

  /** UC_HOOK_CODE or UC_HOOK_BLOCK over [begin, end] (begin > end: everywhere). */
  public long hookCode(int type, Hooks.Code hook, long begin, long end) {
    Object adapter = new Object() {
      @SuppressWarnings("unused")
      void invoke(MemorySegment e, long address, int size, MemorySegment user) {
        try {
          hook.run(address, size);
        } catch (Throwable t) {
          fail(t);
        }
      }
    };
    return add(type, adapter, FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS), begin, end, -1);
  }

  public long hookInterrupt(Hooks.Interrupt hook) {
    Object adapter = new Object() {
      @SuppressWarnings("unused")
      void invoke(MemorySegment e, int number, MemorySegment user) {
        try {
          hook.run(number);
        } catch (Throwable t) {
          fail(t);
        }
      }
    };
    return add(Uc.UC_HOOK_INTR, adapter, FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, ADDRESS), 1, 0, -1);
  }

  public long hookPortIn(Hooks.PortIn hook) {
    Object adapter = new Object() {
      @SuppressWarnings("unused")
      int invoke(MemorySegment e, int port, int size, MemorySegment user) {
        try {
          return hook.read(port, size);
        } catch (Throwable t) {
          fail(t);
          return 0;
        }
      }
    };
    return add(Uc.UC_HOOK_INSN, adapter, FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS),
        1, 0, Uc.UC_X86_INS_IN);
  }

  public long hookPortOut(Hooks.PortOut hook) {
    Object adapter = new Object() {
      @SuppressWarnings("unused")
      void invoke(MemorySegment e, int port, int size, int value, MemorySegment user) {
        try {
          hook.write(port, size, value);
        } catch (Throwable t) {
          fail(t);
        }
      }
    };
    return add(Uc.UC_HOOK_INSN, adapter, FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS),
        1, 0, Uc.UC_X86_INS_OUT);
  }

  /** UC_HOOK_MEM_READ / _WRITE / _FETCH (or their sum) over [begin, end]. */
  public long hookMemory(int type, Hooks.Memory hook, long begin, long end) {
    Object adapter = new Object() {
      @SuppressWarnings("unused")
      void invoke(MemorySegment e, int kind, long address, int size, long value, MemorySegment user) {
        try {
          hook.access(kind, address, size, value);
        } catch (Throwable t) {
          fail(t);
        }
      }
    };
    return add(type, adapter,
        FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, ADDRESS), begin, end, -1);
  }

  /** UC_HOOK_MEM_*_UNMAPPED / *_PROT (or UC_HOOK_MEM_INVALID) everywhere. */
  public long hookInvalidMemory(int type, Hooks.InvalidMemory hook) {
    Object adapter = new Object() {
      @SuppressWarnings("unused")
      boolean invoke(MemorySegment e, int kind, long address, int size, long value, MemorySegment user) {
        try {
          return hook.access(kind, address, size, value);
        } catch (Throwable t) {
          fail(t);
          return false;
        }
      }
    };
    return add(type, adapter,
        FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, ADDRESS), 1, 0, -1);
  }

  public long hookInvalidInstruction(Hooks.InvalidInstruction hook) {
    Object adapter = new Object() {
      @SuppressWarnings("unused")
      boolean invoke(MemorySegment e, MemorySegment user) {
        try {
          return hook.run();
        } catch (Throwable t) {
          fail(t);
          return false;
        }
      }
    };
    return add(Uc.UC_HOOK_INSN_INVALID, adapter, FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS), 1, 0, -1);
  }

  /** A hook implemented in native code: callback is a C function pointer, user its user_data. */
  public long hookNative(int type, MemorySegment callback, MemorySegment user, long begin, long end) {
    MemorySegment hh = arena.allocate(JAVA_LONG);
    check("uc_hook_add", call(() -> (int) lib.hookAdd.invokeExact(uc, hh, type, callback, user, begin, end)));
    return hh.get(JAVA_LONG, 0);
  }

  public void hookDelete(long hook) {
    check("uc_hook_del", call(() -> (int) lib.hookDel.invokeExact(uc, hook)));
  }

  private long add(int type, Object adapter, FunctionDescriptor fd, long begin, long end, int insn) {
    MemorySegment stub;
    try {
      MethodHandle mh = MethodHandles.privateLookupIn(adapter.getClass(), MethodHandles.lookup())
          .findVirtual(adapter.getClass(), "invoke", fd.toMethodType())
          .bindTo(adapter);
      stub = Linker.nativeLinker().upcallStub(mh, fd, arena);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("hook adapter shape does not match its descriptor", e);
    }
    MemorySegment hh = arena.allocate(JAVA_LONG);
    int err = insn < 0
        ? call(() -> (int) lib.hookAdd.invokeExact(uc, hh, type, stub, MemorySegment.NULL, begin, end))
        : call(() -> (int) lib.hookAddInsn.invokeExact(uc, hh, type, stub, MemorySegment.NULL, begin, end, insn));
    check("uc_hook_add", err);
    return hh.get(JAVA_LONG, 0);
  }

  private void fail(Throwable t) {
    if (hookFailure == null) {
      hookFailure = t;
    }
    stop();
  }

  // ---- CPU context ----

  /** A saved CPU context (registers, not memory), freed by close or with the engine. */
  public final class Context implements AutoCloseable {
    private MemorySegment ptr;

    private Context(MemorySegment ptr) {
      this.ptr = ptr;
    }

    @Override
    public void close() {
      if (ptr != null && !closed) {
        MemorySegment p = ptr;
        call(() -> (int) lib.free.invokeExact(p));
      }
      ptr = null;
    }
  }

  public Context contextSave() {
    MemorySegment out = arena.allocate(ADDRESS);
    check("uc_context_alloc", call(() -> (int) lib.contextAlloc.invokeExact(uc, out)));
    MemorySegment ctx = out.get(ADDRESS, 0);
    check("uc_context_save", call(() -> (int) lib.contextSave.invokeExact(uc, ctx)));
    Context c = new Context(ctx);
    contexts.add(c);
    return c;
  }

  public void contextRestore(Context context) {
    MemorySegment ctx = context.ptr;
    if (ctx == null) {
      throw new IllegalStateException("context already freed");
    }
    check("uc_context_restore", call(() -> (int) lib.contextRestore.invokeExact(uc, ctx)));
  }

  /** Allocates native memory that lives as long as this engine (e.g. RAM for memMapPtr). */
  public MemorySegment allocate(long size, long alignment) {
    return arena.allocate(size, alignment);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    for (Context c : contexts) {
      c.close();
    }
    call(() -> (int) lib.close.invokeExact(uc));
    closed = true;
    arena.close();
  }

  // ---- plumbing ----

  @FunctionalInterface
  private interface NativeCall {
    int invoke() throws Throwable;
  }

  private int call(NativeCall c) {
    if (closed) {
      throw new IllegalStateException("this Unicorn engine is closed");
    }
    try {
      return c.invoke();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private void check(String what, int err) {
    if (err != Uc.UC_ERR_OK) {
      throw new UnicornException(what, err, lib.strerror(err));
    }
  }

}
