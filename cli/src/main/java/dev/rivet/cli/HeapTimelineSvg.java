package dev.rivet.cli;

import dev.rivet.emulator.heapwatch.Explanation;
import java.util.List;
import java.util.Locale;

/**
 * An SVG picture of heap occupancy over a watched run: live 16-byte blocks after each allocation
 * (x: allocation number), a red line at each collection, and a marker at the first stale access.
 * Self-contained (no scripts, no external styles), so any browser or image viewer shows it.
 */
final class HeapTimelineSvg {
  private static final int W = 900, H = 320, PAD = 50;

  private HeapTimelineSvg() {}

  static String render(Explanation e, String title) {
    List<Explanation.HeapSample> pts = e.timeline();
    long maxX = Math.max(1, e.allocations());
    long maxY = 1;
    for (var p : pts) {
      maxY = Math.max(maxY, p.liveBlocks());
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"monospace\" font-size=\"11\">%n", W, H));
    b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\">%s</text>%n", PAD, escape(title)));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">allocation number (0..%d)</text>%n", PAD, H - 12, maxX));
    b.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%d blocks</text>%n", PAD - 6, maxY));
    b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", PAD, H - PAD, W - 10, H - PAD));
    b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", PAD, PAD, PAD, H - PAD));
    StringBuilder line = new StringBuilder();
    for (var p : pts) {
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p.allocation(), maxX), y(p.liveBlocks(), maxY)));
    }
    b.append("<polyline fill=\"none\" stroke=\"steelblue\" stroke-width=\"1.5\" points=\"").append(line).append("\"/>\n");
    for (var c : e.collections()) {
      double cx = x(c.atAllocation(), maxX);
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"red\" stroke-dasharray=\"3,2\">"
          + "<title>collection #%d at allocation %d: %d freed</title></line>%n", cx, PAD, cx, H - PAD, c.number(),
          c.atAllocation(), c.freed().size()));
    }
    if (!e.staleAccesses().isEmpty()) {
      var s = e.staleAccesses().get(0);
      long at = e.collections().get(s.collection() - 1).atAllocation();
      double sx = x(at, maxX) + 4;
      b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"orange\"/>%n", sx, PAD + 10));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">first stale %s: %s</text>%n", sx + 8, PAD + 14,
          s.write() ? "write" : "read", escape(s.at().function())));
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static double x(long v, long max) {
    return PAD + (W - PAD - 10) * (double) v / max;
  }

  private static double y(long v, long max) {
    return H - PAD - (H - 2 * PAD) * (double) v / max;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
