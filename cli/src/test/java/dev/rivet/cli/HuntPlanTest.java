package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hunt's plan: exhaustive when it fits, otherwise a sample whose gaps the bisection reserve can close. */
class HuntPlanTest {
  @Test
  void exhaustiveWhenEveryKAndStressFitTheBudget() {
    HuntPlan p = HuntPlan.of(63, 64);
    assertTrue(p.exhaustive());
    assertEquals(63, p.sample().size());
    assertEquals(64, p.schedules(0, 1).size());
  }

  @Test
  void sampleEndsAtNAndBisectionClosesEveryGapWithinTheBudget() {
    for (long n : new long[] {64, 100, 2112, 903447}) {
      for (int budget : new int[] {2, 16, 64, 256}) {
        HuntPlan p = HuntPlan.of(n, budget);
        if (n < budget) {
          assertTrue(p.exhaustive());
          continue;
        }
        assertFalse(p.exhaustive());
        assertEquals(n, p.sample().get(p.sample().size() - 1));
        assertTrue(p.sample().size() + 1 + p.bisectionReserve() <= budget, n + "/" + budget);
        long prev = 0, widest = 0;
        for (long k : p.sample()) {
          assertTrue(k > prev);
          widest = Math.max(widest, k - prev);
          prev = k;
        }
        if (budget >= 2 + 64 - Long.numberOfLeadingZeros(n)) { // room to bisect a single sample's gap
          assertTrue(1L << p.bisectionReserve() >= widest, "reserve " + p.bisectionReserve() + " for a gap of " + widest);
        }
      }
    }
  }

  @Test
  void shardsPartitionThePlan() {
    HuntPlan p = HuntPlan.of(2112, 64);
    List<HuntSchedule> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.addAll(p.schedules(i, 3));
    }
    all.sort(null);
    assertEquals(p.schedules(0, 1).stream().sorted().toList(), all);
  }

  @Test
  void jsonRoundTrips() {
    Object v = Json.parse("{\"a\": [1, -2, 3.5, \"x\\n\\u00e9\"], \"b\": {\"c\": null, \"d\": true}}");
    assertEquals(v, Json.parse(Json.write(v)));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
  }
}
