package dev.rivet.cli;

import dev.rivet.emulator.heapwatch.Explanation;
import dev.rivet.emulator.heapwatch.Explanation.Collection;
import dev.rivet.emulator.heapwatch.Explanation.Frame;
import dev.rivet.emulator.heapwatch.Explanation.StaleAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders what the heap watcher saw on a failing schedule as report lines and as JSON: the
 * collection, the first stale access (pc, function, C line, backtrace), the block (address, size,
 * what was allocated there and where), and the roots the collection scanned — which show that no
 * root held the block's head.
 */
final class HuntExplainer {
  private static final int BACKTRACE_LINES = 8;

  private HuntExplainer() {}

  static List<String> text(Explanation e) {
    List<String> out = new ArrayList<>();
    if (e.staleAccesses().isEmpty()) {
      out.add("  no read or write of a block freed by a collection was seen (" + e.collections().size()
          + " collection" + (e.collections().size() == 1 ? "" : "s") + ", " + e.allocations()
          + " allocations): the divergence is not a use of collected memory");
      return out;
    }
    StaleAccess first = e.staleAccesses().get(0);
    Collection c = e.collections().get(first.collection() - 1);
    var block = first.block();
    out.add(String.format("  collection #%d ran at allocation %d (%d instructions in), called from %s",
        c.number(), c.atAllocation(), c.instructions(), chain(c.backtrace(), 4)));
    out.add(String.format("    it scanned %d saved registers and the stack 0x%x..0x%x (%d words); it freed %d allocation%s",
        c.savedRegisters().size(), c.stackFrom(), c.stackTo(), (c.stackTo() - c.stackFrom()) / 8, c.freed().size(),
        c.freed().size() == 1 ? "" : "s"));
    out.add(String.format("  first stale access: %s of %d byte%s at 0x%x = block 0x%x+0x%x (%d bytes, freed by collection #%d)",
        first.write() ? "write" : "read", first.size(), first.size() == 1 ? "" : "s", first.address(), block.head(),
        first.address() - block.head(), block.bytes(), first.collection()));
    out.add("    the block held: " + block.kind());
    out.add("    at " + frame(first.at()) + ", " + (first.instructions() - c.instructions()) + " instructions after the collection began");
    if (first.backtrace().size() > 1) {
      out.add("    called from " + chain(first.backtrace().subList(1, first.backtrace().size()), 4));
    }
    if (block.allocation() != null) {
      var a = block.allocation();
      out.add(String.format("  the block was allocation #%d (%d bytes), allocated at:", a.number(), a.bytes()));
      for (Frame f : a.backtrace().subList(0, Math.min(BACKTRACE_LINES, a.backtrace().size()))) {
        out.add("    " + frame(f));
      }
    } else {
      out.add("  the block's allocation was not recorded (made before the watcher could read the heap)");
    }
    out.add("  roots the collection saw:");
    StringBuilder regs = new StringBuilder("    saved registers:");
    for (int i = 0; i < c.savedRegisters().size(); i++) {
      regs.append(String.format(" %s=0x%x", Collection.REGISTER_NAMES.get(i), c.savedRegisters().get(i)));
    }
    out.add(regs.toString());
    boolean headSeen = block.interiorRoots().stream().anyMatch(r -> r.offset() == 0);
    out.add(String.format("    head 0x%x: %s", block.head(), headSeen ? "held by a root (see below)"
        : "in no saved register and no stack slot"));
    if (block.interiorRoots().isEmpty()) {
      out.add("    no root pointed into the block at all");
    } else {
      out.add("    pointers into the block (interior pointers keep nothing alive):");
      for (var r : block.interiorRoots().subList(0, Math.min(8, block.interiorRoots().size()))) {
        out.add(String.format("      %s = 0x%x (head+0x%x)%s", r.slot() == 0 ? r.where() : String.format("0x%x %s", r.slot(), r.where()),
            r.value(), r.offset(), r.slot() == 0 ? " [saved register]" : ""));
      }
    }
    var t = e.headTrace();
    if (t != null && t.head() == block.head()) {
      if (t.lastHeld() == null) {
        out.add("  the head was in no register after gc_alloc returned it (traced instruction by instruction)");
      } else {
        out.add(String.format("  the head's last copy (traced instruction by instruction from allocation #%d to collection #%d):",
            t.allocation(), t.collection()));
        out.add(String.format("    %s held 0x%x until `%s` at %s overwrote it, %d instructions before the collection",
            String.join(" and ", t.registers()), t.head(), t.instruction(), frame(t.lastHeld()), t.instructionsBeforeCollection()));
      }
      out.add(t.storedTo().isEmpty() ? "    no stack slot held it at the collection (it was never spilled, or the spill was overwritten)"
          : "    stack slots still holding it, outside the scanned range: " + t.storedTo().stream()
              .map(a -> "0x" + Long.toHexString(a)).toList());
    }
    if (!headSeen) {
      String site = block.allocation() == null || block.allocation().backtrace().size() < 2 ? "its caller"
          : block.allocation().backtrace().get(1).function();
      out.add("  => nothing the collector scans held the block's head, yet the program used the block after the collection:");
      out.add(t != null && t.lastHeld() != null
          ? "     its only head pointer had lived in " + String.join("/", t.registers()) + ", which "
              + t.lastHeld().function() + " reused; only interior pointers were left"
          : "     the only head pointer lived in a register it does not scan (gc_alloc returned it in rax to " + site
              + "; no frame kept a copy)");
    }
    if (e.staleAccesses().size() > 1) {
      out.add("  later first accesses to other freed blocks:");
      for (StaleAccess s : e.staleAccesses().subList(1, e.staleAccesses().size())) {
        String what = s.block().allocation() == null ? "unrecorded allocation"
            : "allocation #" + s.block().allocation().number() + " from " + chain(s.block().allocation().backtrace().subList(
                Math.min(1, s.block().allocation().backtrace().size()), s.block().allocation().backtrace().size()), 2);
        out.add(String.format("    %s 0x%x (block 0x%x, %d bytes, %s; %s) at %s", s.write() ? "write" : "read", s.address(),
            s.block().head(), s.block().bytes(), s.block().kind(), what, frame(s.at())));
      }
    }
    return out;
  }

  static Map<String, Object> json(Explanation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("allocations", e.allocations());
    m.put("instructions", e.instructions());
    List<Object> cs = new ArrayList<>();
    for (Collection c : e.collections()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("number", (long) c.number());
      j.put("at_allocation", c.atAllocation());
      j.put("instructions", c.instructions());
      j.put("called_from", frames(c.backtrace()));
      Map<String, Object> regs = new LinkedHashMap<>();
      for (int i = 0; i < c.savedRegisters().size(); i++) {
        regs.put(Collection.REGISTER_NAMES.get(i), hex(c.savedRegisters().get(i)));
      }
      j.put("saved_registers", regs);
      j.put("stack", List.of(hex(c.stackFrom()), hex(c.stackTo())));
      j.put("live_blocks_before", c.liveBlocksBefore());
      j.put("live_blocks_after", c.liveBlocksAfter());
      j.put("freed_allocations", (long) c.freed().size());
      cs.add(j);
    }
    m.put("collections", cs);
    var t = e.headTrace();
    if (t != null) {
      Map<String, Object> tj = new LinkedHashMap<>();
      tj.put("allocation", t.allocation());
      tj.put("head", hex(t.head()));
      tj.put("last_held_in", List.copyOf(t.registers()));
      tj.put("overwritten_at", t.lastHeld() == null ? null : frames(List.of(t.lastHeld())).get(0));
      tj.put("instruction", t.instruction());
      tj.put("instructions_before_collection", t.instructionsBeforeCollection());
      tj.put("stack_slots_at_collection", t.storedTo().stream().map(a -> (Object) hex(a)).toList());
      tj.put("collection", (long) t.collection());
      m.put("head_trace", tj);
    }
    List<Object> ss = new ArrayList<>();
    for (StaleAccess s : e.staleAccesses()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("access", s.write() ? "write" : "read");
      j.put("address", hex(s.address()));
      j.put("size", (long) s.size());
      j.put("pc", hex(s.at().pc()));
      j.put("function", s.at().function());
      j.put("source", s.at().source());
      j.put("backtrace", frames(s.backtrace()));
      j.put("collection", (long) s.collection());
      j.put("instructions", s.instructions());
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("head", hex(s.block().head()));
      b.put("bytes", s.block().bytes());
      b.put("kind", s.block().kind());
      if (s.block().allocation() != null) {
        b.put("allocation", s.block().allocation().number());
        b.put("allocated_at", frames(s.block().allocation().backtrace()));
      }
      List<Object> roots = new ArrayList<>();
      for (var r : s.block().interiorRoots()) {
        Map<String, Object> rj = new LinkedHashMap<>();
        rj.put("where", r.where());
        rj.put("slot", r.slot() == 0 ? null : hex(r.slot()));
        rj.put("value", hex(r.value()));
        rj.put("offset", r.offset());
        roots.add(rj);
      }
      b.put("roots_pointing_into_it", roots);
      b.put("head_in_roots", s.block().interiorRoots().stream().anyMatch(r -> r.offset() == 0));
      j.put("block", b);
      ss.add(j);
    }
    m.put("stale_accesses", ss);
    return m;
  }

  private static List<Object> frames(List<Frame> fs) {
    List<Object> out = new ArrayList<>();
    for (Frame f : fs) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("pc", hex(f.pc()));
      j.put("function", f.function());
      j.put("source", f.source());
      out.add(j);
    }
    return out;
  }

  static String frame(Frame f) {
    return String.format("0x%x %s%s", f.pc(), f.function(), f.source().isEmpty() ? "" : "  " + f.source());
  }

  private static String chain(List<Frame> fs, int max) {
    List<String> parts = new ArrayList<>();
    for (Frame f : fs.subList(0, Math.min(max, fs.size()))) {
      parts.add(f.function() + (f.source().isEmpty() ? "" : " (" + f.source() + ")"));
    }
    if (fs.size() > max) {
      parts.add("...");
    }
    return parts.isEmpty() ? "?" : String.join(" <- ", parts);
  }

  private static String hex(long v) {
    return "0x" + Long.toHexString(v);
  }
}
