package dev.rivet.emulator;

import static dev.rivet.emulator.unicorn.Uc.*;

import dev.rivet.board.Board;
import dev.rivet.board.BoardError;
import dev.rivet.board.MemoryMap;
import dev.rivet.emulator.unicorn.HookFailure;
import dev.rivet.emulator.unicorn.Unicorn;
import dev.rivet.firmware.Elf;
import dev.rivet.firmware.FirmwareError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A board with a firmware loaded: builds the memory map of docs/board-abi.md, loads the firmware's
 * segments like a flasher, writes the boot-info block, sets up the CPU, wires the devices (UART,
 * debug exit, clock, host calls) to port I/O hooks, and runs it until it exits, faults, hits a limit
 * or is asked to stop. The only hooks on the hot path are the port hooks (which fire only on in/out)
 * and the native instruction counter. Faults become {@link FaultReport}s; nothing a guest does can
 * throw out of {@link #run} or crash the JVM.
 */
public final class BoardMachine implements AutoCloseable {
  private static final long CR0_MP = 1L << 1, CR0_EM = 1L << 2, CR4_OSFXSR = 1L << 9, CR4_OSXMMEXCPT = 1L << 10;
  private static final int INT_DIVIDE = 0, INT_BREAKPOINT = 3, INT_INVALID_OPCODE = 6, INT_GP = 13;

  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "rivet-board-watchdog");
    t.setDaemon(true);
    return t;
  });

  private final Board board;
  private final Elf firmware;
  private final MemoryMap map;
  private final Unicorn uc;
  private final BoardMemory memory;
  private final InstructionCounter counter;
  private final FaultReporter reporter;
  private final Uart uart = new Uart();
  private final Map<Integer, HostCallHandler> hostCalls = new HashMap<>();
  private final List<String> hostLog = Collections.synchronizedList(new ArrayList<>());
  private final List<long[]> codeRanges = new ArrayList<>();
  private final int uartPort, exitPort, hostcallPort, clockPort;

  // State of the current run, set by hooks.
  private int exitCode = -1;
  private volatile boolean stopRequested;
  private volatile boolean wallClockExpired;
  private volatile boolean closed;
  private FaultReport pendingFault;
  private long latchedClock;
  private int lastMemFaultType;
  private long lastMemFaultAddress;
  private int lastMemFaultSize;
  private boolean memFault;
  private int lastInterrupt = -1;

  private BoardMachine(Board board, Elf firmware, MemoryMap map, Unicorn uc) throws HostLibraryError {
    this.board = board;
    this.firmware = firmware;
    this.map = map;
    this.uc = uc;
    this.memory = new BoardMemory(uc, map);
    this.counter = new InstructionCounter(uc);
    this.reporter = new FaultReporter(uc, memory, firmware);
    Board.Devices d = board.devices();
    uartPort = d.uartPort();
    exitPort = d.exitPort();
    hostcallPort = d.hostcallPort();
    clockPort = d.clockPort();
    hostCalls.put(HostCall.VERSION, (call, mem) -> HostCall.Reply.ok(HostCall.ABI_VERSION));
    hostCalls.put(HostCall.LOG, (call, mem) -> {
      hostLog.add(mem.readUtf8(call.arg0(), call.arg1()));
      return HostCall.Reply.ok();
    });
    uc.hookPortOut(this::portOut);
    uc.hookPortIn(this::portIn);
    uc.hookInvalidMemory(UC_HOOK_MEM_INVALID, this::invalidMemory);
    uc.hookInterrupt(this::interrupt);
  }

  /**
   * Builds a board with the firmware loaded and the CPU at its entry point, ready to {@link #run}.
   *
   * @throws FirmwareError the firmware does not fit or does not suit the board (exit code 2)
   * @throws BoardError the board's RAM cannot hold the runtime's data, heap and stack (exit code 2)
   * @throws HostLibraryError libunicorn, libcapstone or the counter library is unusable (exit code 3)
   */
  public static BoardMachine boot(Board board, Elf firmware, BootOptions options)
      throws FirmwareError, BoardError, HostLibraryError {
    long dataEnd = board.ram().base();
    List<Elf.Segment> loads = firmware.segments().stream().filter(Elf.Segment::isLoad).toList();
    if (loads.isEmpty()) {
      throw new FirmwareError(firmware.origin() + ": no loadable segments");
    }
    for (Elf.Segment s : loads) {
      if (s.filesz() > 0 && !board.flash().contains(s.paddr(), s.filesz())) {
        throw new FirmwareError(String.format("%s: a segment loads at 0x%x..0x%x, outside board %s's flash %s",
            firmware.origin(), s.paddr(), s.paddr() + s.filesz(), board.name(), board.flash()));
      }
      if (board.ram().contains(s.vaddr(), s.memsz())) {
        dataEnd = Math.max(dataEnd, s.vaddr() + s.memsz());
      } else if (!board.flash().contains(s.vaddr(), s.memsz())) {
        throw new FirmwareError(String.format("%s: a segment runs at 0x%x..0x%x, outside board %s's flash and RAM",
            firmware.origin(), s.vaddr(), s.vaddr() + s.memsz(), board.name()));
      }
    }
    if (!board.flash().contains(firmware.entry(), 1)) {
      throw new FirmwareError(String.format("%s: entry point 0x%x is not in flash %s",
          firmware.origin(), firmware.entry(), board.flash()));
    }
    MemoryMap map = MemoryMap.layout(board, dataEnd);
    Unicorn uc = Unicorn.open();
    try {
      BoardMachine m = new BoardMachine(board, firmware, map, uc);
      m.load(loads, options);
      return m;
    } catch (RuntimeException | HostLibraryError e) {
      uc.close();
      throw e;
    }
  }

  private void load(List<Elf.Segment> loads, BootOptions options) {
    for (Elf.Segment s : loads) {
      if (s.filesz() > 0) {
        memory.load(s.paddr(), firmware.contents(s));
      }
      if ((s.flags() & Elf.PF_X) != 0) {
        codeRanges.add(new long[] {s.vaddr(), s.vaddr() + s.filesz()});
      }
    }
    long imageBase = 0, imageSize = 0;
    var image = firmware.section(".rivet.image");
    if (image.isPresent()) {
      imageBase = image.get().addr();
      imageSize = image.get().size();
    }
    memory.load(map.bootInfo(), BootInfo.build(map, imageBase, imageSize, options));
    for (int reg : new int[] {UC_X86_REG_RAX, UC_X86_REG_RBX, UC_X86_REG_RCX, UC_X86_REG_RDX, UC_X86_REG_RSI,
        UC_X86_REG_RBP, UC_X86_REG_R8, UC_X86_REG_R9, UC_X86_REG_R10, UC_X86_REG_R11, UC_X86_REG_R12,
        UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15}) {
      uc.regWrite(reg, 0);
    }
    uc.regWrite(UC_X86_REG_RIP, firmware.entry());
    uc.regWrite(UC_X86_REG_RSP, map.stackTop());
    uc.regWrite(UC_X86_REG_RDI, map.bootInfo());
    uc.regWrite(UC_X86_REG_EFLAGS, 0x2); // interrupts disabled
    // SSE: the ABI promises it; gcc uses xmm registers for copies and doubles.
    uc.regWrite(UC_X86_REG_CR0, (uc.regRead(UC_X86_REG_CR0) & ~CR0_EM) | CR0_MP);
    uc.regWrite(UC_X86_REG_CR4, uc.regRead(UC_X86_REG_CR4) | CR4_OSFXSR | CR4_OSXMMEXCPT);
  }

  public Board board() {
    return board;
  }

  public Elf firmware() {
    return firmware;
  }

  public MemoryMap memoryMap() {
    return map;
  }

  public Uart uart() {
    return uart;
  }

  /** Validated access to guest RAM and flash (for host-call handlers, tests and tools). */
  public GuestMemory memory() {
    return memory;
  }

  /** The engine, for tools that add their own hooks (tracing, gc-hunt). Do not close it. */
  public Unicorn unicorn() {
    return uc;
  }

  /** Diagnostic lines the guest sent with host call 2 (log), in order. */
  public List<String> hostLog() {
    return List.copyOf(hostLog);
  }

  /** Serves host-call op with handler (replacing any previous one; ops 1 and 2 are built in). */
  public void registerHostCall(int op, HostCallHandler handler) {
    hostCalls.put(op, handler);
  }

  /**
   * Stops the board before its next translation block; run() then returns Stopped and a later
   * run() continues exactly there. Callable from any thread and from host-call handlers.
   */
  public void requestStop() {
    stopRequested = true;
    counter.stopAtNextBlock();
  }

  /** Guest instructions retired since boot (what the guest's clock counts). */
  public long instructions() {
    return counter.retired();
  }

  /**
   * Profiles from now on: the instruction counter's block hook also records how many guest
   * instructions ran in each translation block (exact, deterministic; see rivethooks.c). Costs a
   * few percent of run time while on and nothing when never called.
   */
  public void startProfiling() {
    counter.startProfiling();
  }

  /**
   * Guest instructions executed per function of the firmware since {@link #startProfiling}, by
   * the firmware's ELF symbols (blocks outside any symbol count under "?"), most first; with
   * {@code byBlock}, per translation block instead, named function+offset of the block's start.
   * Each row also says how many translation blocks it ran (the emulator's fixed cost per block).
   */
  public List<ProfileRow> profileByFunction(boolean byBlock) {
    long[] triples = counter.profile();
    Map<String, long[]> byName = new HashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      long at = triples[i];
      String name = byBlock ? symbolize(at) + String.format(" (0x%x)", at)
          : firmware.symbolAt(at).map(l -> l.symbol().name()).orElse("?");
      long[] sums = byName.computeIfAbsent(name, k -> new long[2]);
      sums[0] += triples[i + 1];
      sums[1] += triples[i + 2];
    }
    List<ProfileRow> rows = new ArrayList<>();
    byName.forEach((name, sums) -> rows.add(new ProfileRow(name, sums[0], sums[1])));
    rows.sort(java.util.Comparator.comparingLong(ProfileRow::instructions).reversed()
        .thenComparing(ProfileRow::name));
    return rows;
  }

  /** Symbol+offset of a guest address, from the firmware's symbol table ("?" when none). */
  public String symbolize(long address) {
    return reporter.symbolize(address);
  }

  /**
   * Runs the board from where it stands until the guest exits, faults, reaches a limit, or
   * {@link #requestStop} is called. May be called again after Stopped or TimedOut to continue.
   */
  public RunResult run(RunLimits limits) {
    if (closed) {
      throw new IllegalStateException("this board is closed");
    }
    exitCode = -1;
    stopRequested = false;
    pendingFault = null;
    memFault = false;
    lastInterrupt = -1;
    long budget = limits.instructionBudget();
    counter.setBudget(budget == 0 ? 0 : counter.retired() + budget);
    counter.clearStopRequest();
    wallClockExpired = false;
    // The wall-clock limit stops at a block boundary like requestStop (not with uc_emu_start's
    // timeout, whose stop can land mid-block), so a timed-out board can be resumed.
    ScheduledFuture<?> watchdog = limits.wallClock().isZero() ? null : WATCHDOG.schedule(() -> {
      wallClockExpired = true;
      counter.stopAtNextBlock();
    }, limits.wallClock().toNanos(), TimeUnit.NANOSECONDS);
    long pc = uc.regRead(UC_X86_REG_RIP);
    int err;
    try {
      err = uc.start(pc, -1L, 0, 0);
    } catch (HookFailure f) {
      Throwable cause = f.getCause();
      long at = uc.regRead(UC_X86_REG_RIP);
      return new RunResult.Faulted(reporter.report(FaultKind.HOST_ERROR,
          "internal error in a device hook: " + cause, at, at), uart.takeTranscript(), counter.retired());
    } finally {
      if (watchdog != null) {
        watchdog.cancel(false);
      }
    }
    byte[] output = uart.takeTranscript();
    long retired = counter.retired();
    if (exitCode >= 0) {
      return new RunResult.Exited(exitCode, output, retired);
    }
    if (pendingFault != null) {
      return new RunResult.Faulted(pendingFault, output, retired);
    }
    if (err != UC_ERR_OK) {
      return new RunResult.Faulted(classify(err), output, retired);
    }
    if (counter.exhausted()) {
      return new RunResult.TimedOut(RunResult.Limit.INSTRUCTION_BUDGET, output, retired);
    }
    if (wallClockExpired) {
      return new RunResult.TimedOut(RunResult.Limit.WALL_CLOCK, output, retired);
    }
    if (stopRequested) {
      return new RunResult.Stopped(output, retired);
    }
    return new RunResult.Faulted(stoppedWithoutReason(), output, retired);
  }

  // ---- snapshots ----

  /** Saves CPU context, RAM and the instruction count. */
  public Snapshot snapshot() {
    return new Snapshot(this, uc.contextSave(), copyOf(memory.lowRam), copyOf(memory.highRam), counter.retired());
  }

  private static java.lang.foreign.MemorySegment copyOf(java.lang.foreign.MemorySegment ram) {
    return java.lang.foreign.Arena.ofAuto().allocate(ram.byteSize(), Board.PAGE).copyFrom(ram);
  }

  /** Puts the board back to the moment of the snapshot. */
  public void restore(Snapshot s) {
    if (s.owner != this) {
      throw new IllegalArgumentException("a snapshot can only be restored on the board that took it");
    }
    uc.contextRestore(s.cpu);
    memory.lowRam.copyFrom(s.lowRam);
    memory.highRam.copyFrom(s.highRam);
    counter.setRetired(s.retired);
    uart.takeTranscript();
  }

  /**
   * Puts another bytecode image on the board, as a flasher would, and rewrites the boot-info block
   * for it and for {@code options}: what a test runner does after restoring a snapshot taken at
   * host call BOOT_READY (docs/board-abi.md), before the runtime reads the image. The image goes
   * where the firmware's own image lies, so the firmware must have one.
   *
   * @throws FirmwareError the image does not fit in flash from there
   */
  public void reflash(byte[] image, BootOptions options) throws FirmwareError {
    var section = firmware.section(".rivet.image")
        .orElseThrow(() -> new IllegalStateException("reflash needs firmware linked with an image"));
    long base = section.addr();
    if (image.length > board.flash().base() + board.flash().size() - base) {
      throw new FirmwareError(String.format("image of %d bytes does not fit in board %s's flash from 0x%x",
          image.length, board.name(), base));
    }
    memory.load(base, image);
    memory.load(map.bootInfo(), BootInfo.build(map, base, image.length, options));
  }

  /** For CountingBenchmark, which compares counting strategies on the same machine. */
  InstructionCounter counter() {
    return counter;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    uc.close();
    counter.close();
  }

  // ---- devices ----

  private void portOut(int port, int size, int value) {
    if (exitCode >= 0 || pendingFault != null) {
      // The run is over: a stop requested from an in/out hook lets the rest of the block run,
      // and nothing it does may show.
      return;
    }
    if (port - uartPort >= 0 && port - uartPort < 8) {
      uart.write(port - uartPort, value & 0xFF);
    } else if (port == exitPort) {
      exitCode = value & 0xFF;
      uc.stop();
    } else if (port == hostcallPort) {
      hostCall(Integer.toUnsignedLong(value));
    }
    // Other ports: nothing is attached; the write is ignored, as on a real bus.
  }

  private int portIn(int port, int size) {
    int value;
    if (port - uartPort >= 0 && port - uartPort < 8) {
      value = uart.read(port - uartPort);
    } else if (port == clockPort) {
      latchedClock = counter.retired();
      value = (int) latchedClock;
    } else if (port == clockPort + 4) {
      value = (int) (latchedClock >>> 32);
    } else {
      value = 0;
    }
    return value;
  }

  private void hostCall(long block) {
    if (!memory.isWritable(block, HostCall.BLOCK_SIZE)) {
      long pc = uc.regRead(UC_X86_REG_RIP);
      pendingFault = reporter.report(FaultKind.BAD_HOSTCALL,
          String.format("host call with a request block at 0x%x, outside RAM", block), pc, block);
      uc.stop();
      return;
    }
    HostCall.Reply reply;
    try {
      ByteBuffer b = ByteBuffer.wrap(memory.read(block, HostCall.BLOCK_SIZE)).order(ByteOrder.LITTLE_ENDIAN);
      HostCall call = new HostCall(b.getInt(0), b.getLong(8), b.getLong(16), b.getLong(24), b.getLong(32));
      HostCallHandler handler = hostCalls.get(call.op());
      if (handler == null) {
        reply = HostCall.Reply.status(HostCall.UNKNOWN_OP);
      } else {
        try {
          reply = handler.handle(call, memory);
        } catch (BadGuestPointer e) {
          reply = HostCall.Reply.status(HostCall.BAD_POINTER);
        } catch (RuntimeException e) {
          hostLog.add("host call " + call.op() + " failed in the host: " + e);
          reply = HostCall.Reply.status(HostCall.HOST_ERROR);
        }
      }
      ByteBuffer out = ByteBuffer.allocate(HostCall.BLOCK_SIZE - 4).order(ByteOrder.LITTLE_ENDIAN);
      out.putInt(0, reply.status());
      out.putLong(36, reply.ret0());
      out.putLong(44, reply.ret1());
      byte[] bytes = out.array();
      memory.write(block + 4, java.util.Arrays.copyOfRange(bytes, 0, 4));
      memory.write(block + 40, java.util.Arrays.copyOfRange(bytes, 36, 52));
    } catch (BadGuestPointer e) {
      throw new IllegalStateException("validated host-call block became invalid", e);
    }
  }

  // ---- faults ----

  private boolean invalidMemory(int type, long address, int size, long value) {
    memFault = true;
    lastMemFaultType = type;
    lastMemFaultAddress = address;
    lastMemFaultSize = size;
    return false;
  }

  private void interrupt(int number) {
    lastInterrupt = number;
    long pc = uc.regRead(UC_X86_REG_RIP);
    String what = switch (number) {
      case INT_DIVIDE -> "division error (#DE: divide by zero or quotient overflow)";
      case INT_BREAKPOINT -> "breakpoint (int3)";
      case INT_INVALID_OPCODE -> "invalid opcode (#UD)";
      case INT_GP -> "general protection fault (#GP)";
      default -> "CPU exception or interrupt " + number;
    };
    FaultKind kind = switch (number) {
      case INT_DIVIDE -> FaultKind.DIVISION_ERROR;
      case INT_INVALID_OPCODE -> FaultKind.INVALID_OPCODE;
      default -> FaultKind.CPU_EXCEPTION;
    };
    pendingFault = reporter.report(ranOff(pc) ? FaultKind.RAN_OFF : kind, weeds(pc, what), pc, pc);
    uc.stop();
  }

  private FaultReport classify(int err) {
    long pc = uc.regRead(UC_X86_REG_RIP);
    if (memFault) {
      long a = lastMemFaultAddress;
      FaultKind kind;
      String what;
      String access = switch (lastMemFaultType) {
        case UC_MEM_WRITE_UNMAPPED, UC_MEM_WRITE_PROT -> "write";
        case UC_MEM_FETCH_UNMAPPED, UC_MEM_FETCH_PROT -> "fetch";
        default -> "read";
      };
      if (memory.inGuard(a)) {
        kind = FaultKind.STACK_OVERFLOW;
        what = String.format("stack overflow (%s at 0x%x in the guard page below the stack)", access, a);
      } else if (lastMemFaultType == UC_MEM_WRITE_PROT && memory.inFlash(a)) {
        kind = FaultKind.WRITE_TO_FLASH;
        what = String.format("write to flash at 0x%x", a);
      } else if (lastMemFaultType == UC_MEM_FETCH_PROT && memory.inRam(a)) {
        kind = FaultKind.EXECUTE_FROM_RAM;
        what = String.format("execute from RAM at 0x%x", a);
      } else if (lastMemFaultType == UC_MEM_FETCH_UNMAPPED) {
        kind = FaultKind.UNMAPPED_FETCH;
        what = String.format("jump to unmapped memory at 0x%x", a);
      } else if (a < 0x10000 && lastMemFaultType != UC_MEM_FETCH_PROT) {
        kind = FaultKind.NULL_POINTER;
        what = String.format("null pointer dereference (%s at 0x%x)", access, a);
      } else if (lastMemFaultType == UC_MEM_WRITE_UNMAPPED) {
        kind = FaultKind.UNMAPPED_WRITE;
        what = String.format("write to unmapped memory at 0x%x (%d bytes)", a, lastMemFaultSize);
      } else {
        kind = FaultKind.UNMAPPED_READ;
        what = String.format("%s from unmapped memory at 0x%x (%d bytes)", access, a, lastMemFaultSize);
      }
      if (kind != FaultKind.UNMAPPED_FETCH && kind != FaultKind.EXECUTE_FROM_RAM && ranOff(pc)) {
        return reporter.report(FaultKind.RAN_OFF, weeds(pc, what), pc, a);
      }
      return reporter.report(kind, what, pc, a);
    }
    if (err == UC_ERR_INSN_INVALID) {
      return reporter.report(ranOff(pc) ? FaultKind.RAN_OFF : FaultKind.INVALID_OPCODE,
          weeds(pc, String.format("invalid opcode at 0x%x", pc)), pc, pc);
    }
    return reporter.report(ranOff(pc) ? FaultKind.RAN_OFF : FaultKind.CPU_EXCEPTION,
        weeds(pc, "the CPU stopped: " + uc.strerror(err)), pc, pc);
  }

  /** uc_emu_start returned cleanly with no exit, stop, or limit: the guest halted. */
  private FaultReport stoppedWithoutReason() {
    long pc = uc.regRead(UC_X86_REG_RIP);
    boolean afterHlt = false;
    try {
      afterHlt = memory.read(pc - 1, 1)[0] == (byte) 0xF4;
    } catch (BadGuestPointer ignored) {
      // pc is not in memory: not a hlt.
    }
    if (afterHlt) {
      return reporter.report(FaultKind.HALT, String.format(
          "hlt with interrupts disabled at 0x%x (the board would sleep forever)", pc - 1), pc - 1, pc - 1);
    }
    return reporter.report(FaultKind.RAN_OFF, String.format("ran off into the weeds: the CPU stopped at 0x%x", pc), pc, pc);
  }

  private boolean ranOff(long pc) {
    for (long[] r : codeRanges) {
      if (pc >= r[0] && pc < r[1]) {
        return false;
      }
    }
    return true;
  }

  private String weeds(long pc, String what) {
    return ranOff(pc) ? String.format("ran off into the weeds: executing at 0x%x, outside the firmware's code (%s)", pc, what) : what;
  }
}
