package dev.rivet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hunt's result as the text report (stdout) and as JSON (--json), and back from JSON for
 * {@code rivet gc-hunt --merge}. The JSON's "runs" list holds every schedule run; "schedules_run"
 * is its length; findings and the smallest one are recomputed from runs on merge.
 */
final class HuntReport {
  static final int FORMAT = 1;

  private HuntReport() {}

  static List<String> text(HuntResult r) {
    List<String> out = new ArrayList<>();
    out.add(String.format("gc-hunt %s on board %s, runtime %s: %d allocations in the reference run; expected output from %s",
        r.program(), r.board(), r.runtime(), r.allocations(), r.expectedFrom()));
    long stress = r.runs().stream().filter(o -> o.schedule().kind() == HuntSchedule.Kind.STRESS).count();
    long bisection = r.exhaustive() ? 0 : r.runs().size() - stress - r.planned();
    String how = r.exhaustive() ? "every k in 1.." + r.allocations()
        : r.shard() == null ? r.planned() + " sampled k of 1.." + r.allocations() + ", " + bisection + " bisection"
        : "part of " + r.planned() + " sampled k of 1.." + r.allocations() + " and bisection";
    if (r.reference().isFinding() && r.runs().isEmpty()) {
      out.add("schedules run: 0 (the reference run itself diverges: nothing to sweep against)");
    } else {
      out.add(String.format("schedules run: %d (%s%s%s)", r.runs().size(), how, stress > 0 ? ", full stress" : "",
          r.shard() == null ? "" : "; shard " + r.shard()));
    }
    List<HuntOutcome> findings = r.findings();
    if (findings.isEmpty()) {
      out.add("no divergence: every schedule gave the expected output and exit code");
      return out;
    }
    out.add(findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + ":");
    int shown = 0;
    for (HuntOutcome o : findings) {
      if (shown++ == 10) {
        out.add("  ... " + (findings.size() - 10) + " more (see --json)");
        break;
      }
      out.add(String.format("  %-12s %-12s %s", o.schedule().label(), o.status().word, o.detail()));
    }
    HuntOutcome s = r.smallest().orElseThrow();
    out.add("smallest: " + s.schedule().label() + " (" + s.status().word + ")");
    out.add("replay:   " + r.replay(s.schedule()));
    if (!r.explanationText().isEmpty()) {
      out.add("explanation (" + r.explainedSchedule() + " rerun with the heap watched):");
      out.addAll(r.explanationText());
    }
    return out;
  }

  static Map<String, Object> json(HuntResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", (long) FORMAT);
    m.put("program", r.program());
    m.put("board", r.board());
    m.put("runtime", r.runtime());
    m.put("mount", r.mount());
    m.put("main", r.main());
    m.put("allocations", r.allocations());
    m.put("expected_from", r.expectedFrom());
    m.put("reference", outcome(r.reference(), null));
    m.put("exhaustive", r.exhaustive());
    m.put("planned", (long) r.planned());
    m.put("shard", r.shard());
    m.put("schedules_run", (long) r.runs().size());
    List<Object> findings = new ArrayList<>();
    for (HuntOutcome o : r.findings()) {
      findings.add(outcome(o, r.replay(o.schedule())));
    }
    m.put("findings", findings);
    m.put("smallest", r.smallest().map(o -> (Object) outcome(o, r.replay(o.schedule()))).orElse(null));
    m.put("explained", r.explainedSchedule());
    m.put("explanation_text", List.copyOf(r.explanationText()));
    m.put("explanation", r.explanationJson());
    List<Object> runs = new ArrayList<>();
    for (HuntOutcome o : r.runs()) {
      runs.add(outcome(o, null));
    }
    m.put("runs", runs);
    return m;
  }

  private static Map<String, Object> outcome(HuntOutcome o, String replay) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schedule", o.schedule().label());
    m.put("status", o.status().word);
    m.put("exit", (long) o.exitCode());
    m.put("instructions", o.instructions());
    m.put("detail", o.detail());
    if (replay != null) {
      m.put("replay", replay);
    }
    return m;
  }

  /** Reads a result written by {@link #json}; IllegalArgumentException with a reason when it is not one. */
  @SuppressWarnings("unchecked")
  static HuntResult fromJson(Object parsed) {
    if (!(parsed instanceof Map<?, ?> raw) || !Long.valueOf(FORMAT).equals(raw.get("format"))) {
      throw new IllegalArgumentException("not a gc-hunt JSON result (format " + FORMAT + ")");
    }
    Map<String, Object> m = (Map<String, Object>) raw;
    List<HuntOutcome> runs = new ArrayList<>();
    for (Object o : list(m, "runs")) {
      runs.add(toOutcome(o));
    }
    List<String> text = new ArrayList<>();
    for (Object o : list(m, "explanation_text")) {
      text.add((String) o);
    }
    return new HuntResult(str(m, "program"), str(m, "board"), str(m, "runtime"), str(m, "mount"), str(m, "main"),
        num(m, "allocations"), str(m, "expected_from"), toOutcome(m.get("reference")), Boolean.TRUE.equals(m.get("exhaustive")),
        (int) num(m, "planned"), (String) m.get("shard"), runs, (String) m.get("explained"), text,
        (Map<String, Object>) m.get("explanation"));
  }

  @SuppressWarnings("unchecked")
  private static HuntOutcome toOutcome(Object o) {
    if (!(o instanceof Map<?, ?> raw)) {
      throw new IllegalArgumentException("a run is not an object");
    }
    Map<String, Object> m = (Map<String, Object>) raw;
    return new HuntOutcome(HuntSchedule.parse(str(m, "schedule")), HuntOutcome.Status.of(str(m, "status")),
        (int) num(m, "exit"), num(m, "instructions"), str(m, "detail"));
  }

  private static List<?> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException("'" + key + "' is not a list");
    }
    return l;
  }

  private static String str(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof String s)) {
      throw new IllegalArgumentException("'" + key + "' is missing or not a string");
    }
    return s;
  }

  private static long num(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof Long l)) {
      throw new IllegalArgumentException("'" + key + "' is missing or not an integer");
    }
    return l;
  }
}
