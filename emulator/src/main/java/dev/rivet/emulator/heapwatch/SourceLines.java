package dev.rivet.emulator.heapwatch;

import dev.rivet.firmware.Elf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * C source lines (file:line) of guest code addresses, from the firmware's DWARF line table through
 * binutils' addr2line in one batch. The firmware is written to a temporary file first (a firmware
 * linked on the spot has no file). When addr2line is missing or fails, every line is "" and the
 * report says so; the addresses and symbols still stand.
 */
public final class SourceLines {
  private SourceLines() {}

  /** file:line for each address ("" when unknown); file names are cut below runtime-image/. */
  public static Map<Long, String> of(Elf firmware, Set<Long> addresses) {
    Map<Long, String> out = new HashMap<>();
    if (addresses.isEmpty()) {
      return out;
    }
    List<Long> order = new ArrayList<>(new LinkedHashSet<>(addresses));
    Path tmp = null;
    try {
      tmp = Files.createTempFile("rivet-firmware-", ".elf");
      Files.write(tmp, firmware.bytes());
      List<String> cmd = new ArrayList<>(List.of("addr2line", "-e", tmp.toString()));
      for (long a : order) {
        cmd.add("0x" + Long.toHexString(a));
      }
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] text = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return out;
      }
      String[] lines = new String(text, StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < order.size() && i < lines.length; i++) {
        out.put(order.get(i), shorten(lines[i].trim()));
      }
    } catch (IOException e) {
      // no addr2line: lines stay unknown
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temp file left behind is harmless
        }
      }
    }
    return out;
  }

  private static String shorten(String line) {
    if (line.startsWith("??")) {
      return "";
    }
    int cut = line.indexOf("/src/");
    line = cut >= 0 ? line.substring(cut + 1) : line;
    int disc = line.indexOf(" (discriminator");
    return disc >= 0 ? line.substring(0, disc) : line;
  }

  /** The explanation with every frame's source line filled in. */
  public static Explanation resolve(Elf firmware, Explanation e) {
    Set<Long> pcs = new LinkedHashSet<>();
    for (var c : e.collections()) {
      c.backtrace().forEach(f -> pcs.add(f.pc()));
      for (var f : c.freed()) {
        if (f.allocation() != null && e.staleAccesses().stream().anyMatch(s -> s.block().head() == f.head())) {
          f.allocation().backtrace().forEach(fr -> pcs.add(fr.pc()));
        }
      }
    }
    for (var s : e.staleAccesses()) {
      s.backtrace().forEach(f -> pcs.add(f.pc()));
      if (s.block().allocation() != null) {
        s.block().allocation().backtrace().forEach(f -> pcs.add(f.pc()));
      }
    }
    if (e.headTrace() != null && e.headTrace().lastHeld() != null) {
      pcs.add(e.headTrace().lastHeld().pc());
    }
    Map<Long, String> lines = of(firmware, pcs);
    java.util.function.Function<List<Explanation.Frame>, List<Explanation.Frame>> fill =
        l -> l.stream().map(f -> f.withSource(lines.getOrDefault(f.pc(), ""))).toList();
    java.util.function.Function<Explanation.Freed, Explanation.Freed> freed = f -> new Explanation.Freed(f.head(),
        f.bytes(), f.kind(), f.allocation() == null ? null : new Explanation.Allocation(f.allocation().number(),
            f.allocation().head(), f.allocation().bytes(), f.allocation().instructions(),
            fill.apply(f.allocation().backtrace())), f.interiorRoots());
    List<Explanation.Collection> cs = e.collections().stream().map(c -> new Explanation.Collection(c.number(),
        c.atAllocation(), c.instructions(), fill.apply(c.backtrace()), c.savedRegisters(), c.stackFrom(), c.stackTo(),
        c.liveBlocksBefore(), c.liveBlocksAfter(), c.freed())).toList();
    List<Explanation.StaleAccess> ss = e.staleAccesses().stream().map(s -> {
      List<Explanation.Frame> bt = fill.apply(s.backtrace());
      return new Explanation.StaleAccess(s.write(), s.address(), s.size(), s.instructions(), bt.get(0), bt,
          freed.apply(s.block()), s.collection());
    }).toList();
    Explanation.HeadTrace t = e.headTrace();
    if (t != null && t.lastHeld() != null) {
      t = new Explanation.HeadTrace(t.allocation(), t.head(), t.lastHeld().withSource(lines.getOrDefault(t.lastHeld().pc(), "")), t.instruction(),
          t.registers(), t.instructionsBeforeCollection(), t.storedTo(), t.collection());
    }
    return new Explanation(cs, ss, e.timeline(), e.allocations(), e.instructions(), t);
  }
}
