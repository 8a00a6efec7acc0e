package dev.rivet.emulator.heapwatch;

import static dev.rivet.emulator.unicorn.Uc.*;

import dev.rivet.emulator.BadGuestPointer;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.GuestMemory;
import dev.rivet.emulator.HostLibraryError;
import dev.rivet.emulator.capstone.Capstone;
import dev.rivet.emulator.heapwatch.Explanation.Allocation;
import dev.rivet.emulator.heapwatch.Explanation.Collection;
import dev.rivet.emulator.heapwatch.Explanation.Frame;
import dev.rivet.emulator.heapwatch.Explanation.Freed;
import dev.rivet.emulator.heapwatch.Explanation.HeapSample;
import dev.rivet.emulator.heapwatch.Explanation.RootRef;
import dev.rivet.emulator.heapwatch.Explanation.StaleAccess;
import dev.rivet.emulator.unicorn.Unicorn;
import dev.rivet.firmware.Elf;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Watches a board's GC heap from outside the guest, for {@code rivet gc-hunt}'s explanation: code
 * hooks on the return of gc_alloc_noraise (each allocation's head, size and caller backtrace) and on
 * gc_capture_regs (a collection starts marking: the allocation table before, the saved registers and
 * the stack range it scans), a write hook on the collector's `collecting` flag (the sweep is done:
 * the table after, hence what the collection freed), plus one
 * memory hook on the heap's range that reports the first read or write of each freed allocation
 * that has not been reallocated since. Everything comes from the firmware's symbols
 * ({@link GcSymbols}); the guest is not changed and runs exactly as without the watcher.
 *
 * <p>Nothing is installed unless {@link #attach} is called: a board without a watcher pays nothing.
 * Must never throw out of a hook: guest memory that cannot be read ends the record, not the run.
 */
public final class HeapWatcher {
  private static final int MAX_FRAMES = 24;
  private static final int MAX_STALE = 8;
  private static final int MAX_SAMPLES = 50_000;
  private static final int MAX_POOL_COPIES = 64; // collections whose freed blocks get a "kind" (a pool copy each)

  private final BoardMachine machine;
  private final GuestMemory memory;
  private final Unicorn uc;
  private final GcSymbols symbols;
  private final AllocationTable table;

  private final Map<Long, Allocation> allocations = new HashMap<>(); // by head address: the latest allocation there
  private final TreeMap<Long, Freed> freed = new TreeMap<>();         // by head: freed, not reallocated since
  private final Map<Long, Integer> freedBy = new HashMap<>();         // head -> collection number
  private final Set<Long> reported = new HashSet<>();
  private final List<Collection> collections = new ArrayList<>();
  private final List<StaleAccess> stale = new ArrayList<>();
  private final List<HeapSample> timeline = new ArrayList<>();
  private long liveBlocks;
  private long allocCount;

  // the collection in progress
  private boolean collecting;
  private byte[] tableBefore;
  private byte[] poolBefore; // the pool's bytes at the start of marking (null after MAX_POOL_COPIES)
  private long collectAt, collectInstructions;
  private List<Frame> collectBacktrace = List.of();
  private long[] savedRegs = new long[6];
  private long stackFrom, stackTo;
  private long[] stackWords = new long[0];
  private List<long[]> stackFrames = List.of(); // {low, high, pc-in-function}

  // the head trace (attach with an allocation number): every instruction from that allocation's
  // return to the collection that frees it, which registers hold its head
  private static final int[] GPRS = {UC_X86_REG_RAX, UC_X86_REG_RBX, UC_X86_REG_RCX, UC_X86_REG_RDX, UC_X86_REG_RSI,
      UC_X86_REG_RDI, UC_X86_REG_RBP, UC_X86_REG_R8, UC_X86_REG_R9, UC_X86_REG_R10, UC_X86_REG_R11, UC_X86_REG_R12,
      UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15};
  private static final String[] GPR_NAMES = {"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10",
      "r11", "r12", "r13", "r14", "r15"};
  private final long traceAllocation;
  private long traceHead;
  private boolean tracing, tracingPaused;
  private long lastHeldPc = -1, lastHeldInstructions;
  private List<String> lastHeldRegs = List.of();
  private final java.util.LinkedHashSet<Long> headSlots = new java.util.LinkedHashSet<>();
  private Explanation.HeadTrace headTrace;
  private final List<long[]> collectorCode = new ArrayList<>(); // gc_* functions: they compute heap addresses

  private HeapWatcher(BoardMachine machine, GcSymbols symbols, long traceAllocation) {
    this.traceAllocation = traceAllocation;
    this.machine = machine;
    this.memory = machine.memory();
    this.uc = machine.unicorn();
    this.symbols = symbols;
    this.table = new AllocationTable(memory, symbols);
  }

  /**
   * Installs the hooks on a freshly booted board (before its first run).
   *
   * @throws HeapWatchError the firmware lacks the collector's symbols
   * @throws HostLibraryError Capstone (used to find the allocator's return instructions) is unusable
   */
  public static HeapWatcher attach(BoardMachine machine) throws HeapWatchError, HostLibraryError {
    return attach(machine, 0);
  }

  /**
   * As {@link #attach(BoardMachine)}, and also traces the head pointer of allocation number
   * {@code traceAllocation} (0: none) instruction by instruction until a collection frees it: a
   * code hook on every instruction, so it is slow; use it on a rerun that already knows the number.
   */
  public static HeapWatcher attach(BoardMachine machine, long traceAllocation) throws HeapWatchError, HostLibraryError {
    HeapWatcher w = new HeapWatcher(machine, GcSymbols.of(machine.firmware()), traceAllocation);
    w.install();
    return w;
  }

  private void install() throws HeapWatchError, HostLibraryError {
    for (long ret : returns(symbols.allocNoraise())) {
      uc.hookCode(UC_HOOK_CODE, (a, s) -> allocated(), ret, ret);
    }
    // gc_realloc can grow an allocation in place over free blocks: those are reused, not stale.
    for (long ret : returns(symbols.realloc())) {
      uc.hookCode(UC_HOOK_CODE, (a, s) -> reallocated(), ret, ret);
    }
    // gc_collect may be inlined into the allocator, so a collection is seen where it cannot be:
    // gc_capture_regs (assembly, called once at the start of marking) and the store that clears
    // `collecting` at its end.
    long capture = symbols.captureRegs().value();
    uc.hookCode(UC_HOOK_CODE, (a, s) -> collectionStarts(), capture, capture);
    uc.hookMemory(UC_HOOK_MEM_WRITE, (type, address, size, value) -> {
      if (value == 0) {
        collectionEnds();
      }
    }, symbols.collectingVar(), symbols.collectingVar());
    var map = machine.memoryMap();
    uc.hookMemory(UC_HOOK_MEM_READ | UC_HOOK_MEM_WRITE, this::access, map.heapBase(), map.heapEnd() - 1);
    if (traceAllocation > 0) {
      for (Elf.Symbol sym : machine.firmware().symbols()) {
        if (sym.type() == Elf.STT_FUNC && sym.name().startsWith("gc_") && sym.size() > 0) {
          collectorCode.add(new long[] {sym.value(), sym.value() + sym.size()});
        }
      }
      uc.hookCode(UC_HOOK_CODE, (a, s) -> traceStep(a), 1, 0);
      uc.hookMemory(UC_HOOK_MEM_WRITE, this::stackWrite, map.stackBase(), map.stackTop() - 1);
    }
  }

  /**
   * Before each instruction while tracing: which registers hold the traced head. The trace compares
   * values, so the collector's own functions (gc_*), which compute block addresses as they walk the
   * table, are skipped: a match there is arithmetic, not the program's pointer.
   */
  private void traceStep(long pc) {
    if (!tracing) {
      return;
    }
    for (long[] r : collectorCode) {
      if (pc >= r[0] && pc < r[1]) {
        return;
      }
    }
    List<String> holders = null;
    for (int i = 0; i < GPRS.length; i++) {
      if (uc.regRead(GPRS[i]) == traceHead) {
        if (holders == null) {
          holders = new ArrayList<>();
        }
        holders.add(GPR_NAMES[i]);
      }
    }
    if (holders != null) {
      lastHeldPc = pc;
      lastHeldRegs = holders;
      lastHeldInstructions = machine.instructions();
    }
  }

  /** Stack writes while tracing: slots that receive the traced head, and slots that lose it. */
  private void stackWrite(int type, long address, int size, long value) {
    if (!tracing) {
      return;
    }
    if (size == 8 && value == traceHead) {
      headSlots.add(address);
    } else {
      headSlots.removeIf(slot -> slot < address + size && address < slot + 8);
    }
  }

  /** Addresses of the ret instructions of a function (from its bytes in the firmware). */
  private List<Long> returns(Elf.Symbol fn) throws HeapWatchError, HostLibraryError {
    byte[] code;
    try {
      code = memory.read(fn.value(), fn.size());
    } catch (BadGuestPointer e) {
      throw new HeapWatchError("cannot read " + fn.name() + " from the board's flash");
    }
    List<Long> rets = new ArrayList<>();
    for (var in : Capstone.get().disassemble(code, fn.value(), 0)) {
      if (in.mnemonic().startsWith("ret")) {
        rets.add(in.address());
      }
    }
    if (rets.isEmpty()) {
      throw new HeapWatchError("found no return instruction in " + fn.name());
    }
    return rets;
  }

  /** What the watcher saw so far (call after the run). */
  public Explanation explanation() {
    return new Explanation(List.copyOf(collections), List.copyOf(stale), List.copyOf(timeline), allocCount,
        machine.instructions(), headTrace);
  }

  // ---- hooks ----

  /** At a ret of gc_alloc_noraise: rax is the new head (or 0), [rsp] the caller. */
  private void allocated() {
    long head = uc.regRead(UC_X86_REG_RAX);
    try {
      allocCount = memory.readLong(symbols.allocCountVar());
      if (head == 0 || !table.ready() || !table.inPool(head)) {
        return;
      }
      long bytes = table.sizeAt(head);
      long rsp = uc.regRead(UC_X86_REG_RSP);
      List<Frame> bt = backtrace(memory.readLong(rsp), uc.regRead(UC_X86_REG_RBP), true);
      allocations.put(head, new Allocation(allocCount, head, bytes, machine.instructions(), bt));
      reused(head, bytes);
      liveBlocks += bytes / GcSymbols.BLOCK;
      if (traceAllocation > 0 && allocCount == traceAllocation) {
        traceHead = head;
        tracing = true;
        headSlots.clear();
      }
      sample(false);
    } catch (BadGuestPointer e) {
      // an allocator state we cannot read: leave this allocation unrecorded
    }
  }

  /** At a ret of gc_realloc: rax is the (maybe grown in place) allocation's head. */
  private void reallocated() {
    long head = uc.regRead(UC_X86_REG_RAX);
    try {
      if (head == 0 || !table.ready() || !table.inPool(head)) {
        return;
      }
      reused(head, table.sizeAt(head));
    } catch (BadGuestPointer e) {
      // cannot read the table: leave the records as they are
    }
  }

  /** Reused memory is no longer stale: drop freed records that overlap [head, head+bytes). */
  private void reused(long head, long bytes) {
    var below = freed.floorEntry(head);
    if (below != null && below.getKey() + below.getValue().bytes() > head) {
      freed.remove(below.getKey());
    }
    freed.subMap(head, head + bytes).clear();
  }

  /** At gc_capture_regs' entry: the table before marking, the registers it spills, the stack it will scan. */
  private void collectionStarts() {
    try {
      if (collecting || !table.ready()) {
        return;
      }
      tableBefore = table.copy();
      poolBefore = collections.size() < MAX_POOL_COPIES
          ? memory.read(table.pool, table.nblocks * GcSymbols.BLOCK) : null;
      collectAt = memory.readLong(symbols.allocCountVar());
      collectInstructions = machine.instructions();
      collectBacktrace = backtrace(memory.readLong(uc.regRead(UC_X86_REG_RSP)), uc.regRead(UC_X86_REG_RBP), true);
      collecting = true;
      tracingPaused = tracing;
      tracing = false;
    } catch (BadGuestPointer e) {
      return;
    }
    int[] regs = {UC_X86_REG_RBX, UC_X86_REG_RBP, UC_X86_REG_R12, UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15};
    for (int i = 0; i < regs.length; i++) {
      savedRegs[i] = uc.regRead(regs[i]);
    }
    // mark_all scans from the register buffer (rdi here) to stack_top, so that the collector's own
    // frames, which push the mutator's callee-saved registers, are scanned too. The buffer's six
    // words are the registers above (savedRegs), not yet written: the stack words start past it.
    long rbp = uc.regRead(UC_X86_REG_RBP);
    try {
      stackFrom = (uc.regRead(UC_X86_REG_RDI) + 8L * regs.length) & ~7L;
      stackTo = memory.readLong(symbols.stackTopVar());
      ByteBuffer b = ByteBuffer.wrap(memory.read(stackFrom, stackTo - stackFrom)).order(ByteOrder.LITTLE_ENDIAN);
      stackWords = new long[(int) ((stackTo - stackFrom) / 8)];
      for (int i = 0; i < stackWords.length; i++) {
        stackWords[i] = b.getLong(i * 8);
      }
      stackFrames = frameRanges(rbp);
    } catch (BadGuestPointer | RuntimeException e) {
      stackWords = new long[0];
    }
  }

  /** At the store that clears `collecting`: the sweep is done; what turned FREE was freed by it. */
  private void collectionEnds() {
    if (!collecting) {
      return;
    }
    try {
      collecting = false;
      byte[] after = table.copy();
      int number = collections.size() + 1;
      List<Freed> freedNow = new ArrayList<>();
      long liveBefore = 0, liveAfter = 0;
      for (long b = 0; b < table.nblocks; b++) {
        int before = AllocationTable.state(tableBefore, b);
        if (before != AllocationTable.FREE) {
          liveBefore++;
        }
        if (AllocationTable.state(after, b) != AllocationTable.FREE) {
          liveAfter++;
        }
        if (before == AllocationTable.HEAD && AllocationTable.state(after, b) == AllocationTable.FREE) {
          long head = table.addressOf(b);
          long bytes = AllocationTable.length(tableBefore, b, table.nblocks) * GcSymbols.BLOCK;
          Freed f = new Freed(head, bytes, kind(b), allocations.get(head), interiorRoots(head, bytes));
          freedNow.add(f);
          freed.put(head, f);
          freedBy.put(head, number);
        }
      }
      List<Long> regs = new ArrayList<>();
      for (long r : savedRegs) {
        regs.add(r);
      }
      collections.add(new Collection(number, collectAt, collectInstructions, collectBacktrace, regs, stackFrom,
          stackTo, liveBefore, liveAfter, freedNow.size() > 4096 ? List.copyOf(freedNow.subList(0, 4096)) : freedNow));
      liveBlocks = liveAfter;
      if (tracingPaused) {
        tracingPaused = false;
        if (freed.containsKey(traceHead) && freedBy.get(traceHead) == number) {
          Frame at = lastHeldPc < 0 ? null : frame(lastHeldPc, false);
          headTrace = new Explanation.HeadTrace(traceAllocation, traceHead, at, disassemble(lastHeldPc), lastHeldRegs,
              collectInstructions - lastHeldInstructions, List.copyOf(headSlots), number);
        } else {
          tracing = true; // this collection kept it: keep following the head
        }
      }
      sample(true);
    } catch (BadGuestPointer e) {
      collecting = false;
    }
  }

  /** What block b held before the sweep poisoned it: an object's type (its first word), an image, raw data. */
  private String kind(long b) {
    if (poolBefore == null) {
      return "unknown (not copied)";
    }
    int at = (int) (b * GcSymbols.BLOCK);
    ByteBuffer buf = ByteBuffer.wrap(poolBefore, at, 8).order(ByteOrder.LITTLE_ENDIAN);
    long word = buf.getLong(at);
    if (poolBefore[at] == 'R' && poolBefore[at + 1] == 'V' && poolBefore[at + 2] == 'B' && poolBefore[at + 3] == 'C') {
      return "bytecode image (RVBC)";
    }
    var sym = machine.firmware().symbolAt(word);
    if (sym.isPresent() && sym.get().offset() == 0 && sym.get().symbol().name().endsWith("_type")) {
      String n = sym.get().symbol().name();
      return "object of type " + n.substring(0, n.length() - 5);
    }
    return "raw data (no type header)";
  }

  /** Saved registers and stack words of this collection that pointed inside [head, head+bytes). */
  private List<RootRef> interiorRoots(long head, long bytes) {
    List<RootRef> refs = new ArrayList<>();
    for (int i = 0; i < savedRegs.length; i++) {
      if (savedRegs[i] >= head && savedRegs[i] < head + bytes) {
        refs.add(new RootRef(Collection.REGISTER_NAMES.get(i), 0, savedRegs[i], savedRegs[i] - head));
      }
    }
    for (int i = 0; i < stackWords.length; i++) {
      long v = stackWords[i];
      if (v >= head && v < head + bytes) {
        long slot = stackFrom + 8L * i;
        refs.add(new RootRef(slotOwner(slot), slot, v, v - head));
      }
    }
    return refs;
  }

  /** Which function's frame a stack slot lies in, as "vm_execute frame, rbp-0xe8". */
  private String slotOwner(long slot) {
    for (long[] f : stackFrames) {
      if (slot > f[0] && slot <= f[1]) {
        long rel = slot - f[1];
        String fn = function(f[2]);
        int plus = fn.indexOf('+');
        return String.format("%s frame, rbp%s0x%x", plus > 0 ? fn.substring(0, plus) : fn, rel < 0 ? "-" : "+", Math.abs(rel));
      }
    }
    return "stack";
  }

  /** {low, high, pc} per caller frame: slots in (low, high] belong to the function at pc. */
  private List<long[]> frameRanges(long rbp) throws BadGuestPointer {
    List<long[]> out = new ArrayList<>();
    long top = stackTo;
    while (out.size() < 64 && rbp >= stackFrom && rbp + 16 <= top) {
      long ret = memory.readLong(rbp + 8);
      long next = memory.readLong(rbp);
      if (next <= rbp) {
        break;
      }
      out.add(new long[] {rbp + 8, next, ret - 1});
      rbp = next;
    }
    return out;
  }

  /** The memory hook: the first read or write of each freed allocation still free. */
  private void access(int type, long address, int size, long value) {
    if (collecting || freed.isEmpty() || stale.size() >= MAX_STALE || !table.inPool(address)) {
      return;
    }
    var e = freed.floorEntry(address);
    if (e == null || address >= e.getKey() + e.getValue().bytes() || reported.contains(e.getKey())) {
      return;
    }
    try {
      if (table.state(table.blockOf(address)) != AllocationTable.FREE) {
        return;
      }
      long pc = uc.regRead(UC_X86_REG_RIP);
      List<Frame> bt = backtrace(pc, uc.regRead(UC_X86_REG_RBP), false);
      reported.add(e.getKey());
      stale.add(new StaleAccess(type == UC_MEM_WRITE, address, size, machine.instructions(), bt.get(0), bt,
          e.getValue(), freedBy.getOrDefault(e.getKey(), 0)));
    } catch (BadGuestPointer ex) {
      // cannot read the table: not reportable
    }
  }

  // ---- helpers ----

  /** One instruction's text ("add rdx, 8"), or "" when it cannot be read or decoded. */
  private String disassemble(long pc) {
    if (pc < 0) {
      return "";
    }
    try {
      var insns = Capstone.get().disassemble(memory.read(pc, 16), pc, 1);
      return insns.isEmpty() ? "" : insns.get(0).mnemonic() + " " + insns.get(0).operands();
    } catch (BadGuestPointer | HostLibraryError | RuntimeException e) {
      return "";
    }
  }

  /** first (a pc, or a return address when {@code firstIsReturn}), then the rbp chain's return addresses. */
  private List<Frame> backtrace(long first, long rbp, boolean firstIsReturn) {
    List<Frame> frames = new ArrayList<>();
    frames.add(frame(first, firstIsReturn));
    var map = machine.memoryMap();
    long previous = 0;
    while (frames.size() < MAX_FRAMES && rbp > previous && rbp >= map.stackBase() && rbp + 16 <= map.stackTop()
        && (rbp & 7) == 0) {
      try {
        long ret = memory.readLong(rbp + 8);
        long next = memory.readLong(rbp);
        if (!inCode(ret)) {
          break;
        }
        frames.add(frame(ret, true));
        previous = rbp;
        rbp = next;
      } catch (BadGuestPointer e) {
        break;
      }
    }
    return frames;
  }

  private Frame frame(long address, boolean isReturn) {
    long at = isReturn ? address - 1 : address; // a return address follows its call: name the call
    return new Frame(at, function(at), "");
  }

  private String function(long address) {
    return machine.symbolize(address);
  }

  private boolean inCode(long address) {
    var flash = machine.board().flash();
    return address >= flash.base() && address < flash.end();
  }

  private void sample(boolean isCollection) {
    if (timeline.size() < MAX_SAMPLES || isCollection) {
      timeline.add(new HeapSample(allocCount, machine.instructions(), liveBlocks, isCollection));
    }
  }
}
