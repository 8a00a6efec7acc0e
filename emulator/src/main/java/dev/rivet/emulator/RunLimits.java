package dev.rivet.emulator;

import java.time.Duration;

/**
 * Limits of one {@link BoardMachine#run}: an instruction budget (deterministic: the same firmware,
 * options and input stop at the same count) and a wall-clock limit (not deterministic by nature).
 * Zero means no limit.
 */
public record RunLimits(long instructionBudget, Duration wallClock) {
  public static final RunLimits NONE = new RunLimits(0, Duration.ZERO);

  public RunLimits {
    if (instructionBudget < 0) {
      throw new IllegalArgumentException("the instruction budget must not be negative");
    }
    if (wallClock == null || wallClock.isNegative()) {
      throw new IllegalArgumentException("the wall-clock limit must not be negative");
    }
  }

  public static RunLimits instructions(long budget) {
    return new RunLimits(budget, Duration.ZERO);
  }

  public static RunLimits wallClock(Duration limit) {
    return new RunLimits(0, limit);
  }
}
