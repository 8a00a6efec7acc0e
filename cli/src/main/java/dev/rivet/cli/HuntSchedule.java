package dev.rivet.cli;

import java.util.List;

/**
 * One collection schedule of {@code rivet gc-hunt}: no forced collection (the reference run), a
 * collection forced at allocation k ({@code --gc-at k}), or a collection before every allocation
 * ({@code --gc-stress}). Its {@link #flags} are exactly the {@code rivet run} options that replay it.
 */
record HuntSchedule(Kind kind, long k) implements Comparable<HuntSchedule> {
  enum Kind { REFERENCE, AT, STRESS }

  static final HuntSchedule REFERENCE = new HuntSchedule(Kind.REFERENCE, 0);
  static final HuntSchedule STRESS = new HuntSchedule(Kind.STRESS, 0);

  static HuntSchedule at(long k) {
    return new HuntSchedule(Kind.AT, k);
  }

  /** The run options of this schedule ({@code --gc-poison} is always on in a hunt). */
  List<String> flags() {
    return switch (kind) {
      case REFERENCE -> List.of("--gc-poison");
      case AT -> List.of("--gc-poison", "--gc-at", Long.toString(k));
      case STRESS -> List.of("--gc-stress", "--gc-poison");
    };
  }

  /** "reference", "gc-at 37", "stress": the name in reports and JSON. */
  String label() {
    return switch (kind) {
      case REFERENCE -> "reference";
      case AT -> "gc-at " + k;
      case STRESS -> "stress";
    };
  }

  static HuntSchedule parse(String label) {
    if (label.equals("reference")) {
      return REFERENCE;
    }
    if (label.equals("stress")) {
      return STRESS;
    }
    if (label.startsWith("gc-at ")) {
      return at(Long.parseLong(label.substring(6)));
    }
    throw new IllegalArgumentException("unknown schedule '" + label + "'");
  }

  /** Reference first, then forced collections by k, then stress. */
  @Override
  public int compareTo(HuntSchedule o) {
    return kind != o.kind ? Integer.compare(order(), o.order()) : Long.compare(k, o.k);
  }

  private int order() {
    return switch (kind) {
      case REFERENCE -> 0;
      case AT -> 1;
      case STRESS -> 2;
    };
  }
}
