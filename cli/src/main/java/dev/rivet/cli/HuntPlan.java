package dev.rivet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Which schedules a hunt runs, decided from the allocation count N of the reference run and the
 * budget alone, so every machine (and every shard) computes the same plan: every k in 1..N when
 * N + 1 schedules fit the budget (exhaustive), otherwise S evenly spaced k (the last is N) and a
 * reserve of bisection steps that narrows the gap below the smallest failing sample down to one
 * allocation (when the budget is too small for that: half samples, half bisection steps). Plus one
 * full-stress schedule. A shard K/N runs the planned schedules whose index is
 * K-1 modulo N (stress goes to shard 1).
 */
record HuntPlan(long allocations, int budget, boolean exhaustive, List<Long> sample, int bisectionReserve) {

  static HuntPlan of(long allocations, int budget) {
    int slots = budget - 1; // one for stress
    if (allocations <= slots) {
      List<Long> all = new ArrayList<>();
      for (long k = 1; k <= allocations; k++) {
        all.add(k);
      }
      return new HuntPlan(allocations, budget, true, all, 0);
    }
    // The most samples whose widest gap the remaining steps can still bisect down to one allocation;
    // when no sample count allows that, half the slots sample and half bisect.
    int s = Math.max(1, (slots + 1) / 2);
    for (int c = slots; c >= 1; c--) {
      if (c + bitsFor(ceilDiv(allocations, c)) <= slots) {
        s = c;
        break;
      }
    }
    int reserve = slots - s;
    List<Long> sample = new ArrayList<>();
    for (int i = 1; i <= s; i++) {
      long k = ceilDiv((long) i * allocations, s);
      if (sample.isEmpty() || sample.get(sample.size() - 1) != k) {
        sample.add(k);
      }
    }
    return new HuntPlan(allocations, budget, false, sample, reserve);
  }

  /** The schedules of shard {@code index} (0-based) of {@code count}. */
  List<HuntSchedule> schedules(int index, int count) {
    List<HuntSchedule> out = new ArrayList<>();
    for (int i = 0; i < sample.size(); i++) {
      if (i % count == index) {
        out.add(HuntSchedule.at(sample.get(i)));
      }
    }
    if (index == 0) {
      out.add(HuntSchedule.STRESS);
    }
    return out;
  }

  /** The planned k just below {@code k} (0 when k is the first): the lower end of its bisection gap. */
  long previous(long k) {
    long prev = 0;
    for (long s : sample) {
      if (s >= k) {
        break;
      }
      prev = s;
    }
    return prev;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** Bisection steps to narrow a gap of g allocations to one. */
  private static int bitsFor(long g) {
    return g <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(g - 1);
  }
}
