package dev.rivet.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything one hunt (or a merge of shards) established: what was hunted, the reference run, the
 * plan, every schedule run with its outcome, and the explanation of the smallest finding as text
 * lines and as JSON (empty and null when there is none, or it was not explained). Findings and the smallest one are derived, so
 * merging shards is just concatenating their runs.
 */
record HuntResult(String program, String board, String runtime, String mount, String main, long allocations,
    String expectedFrom, HuntOutcome reference, boolean exhaustive, int planned, String shard, List<HuntOutcome> runs,
    String explainedSchedule, List<String> explanationText, java.util.Map<String, Object> explanationJson) {

  List<HuntOutcome> findings() {
    List<HuntOutcome> all = new java.util.ArrayList<>();
    if (reference.isFinding()) {
      all.add(reference);
    }
    runs.stream().filter(HuntOutcome::isFinding).forEach(all::add);
    return all;
  }

  /** The finding to replay first: the reference itself, else the smallest k, else stress. */
  Optional<HuntOutcome> smallest() {
    return findings().stream().min(Comparator.comparing(HuntOutcome::schedule));
  }

  String replay(HuntSchedule s) {
    return HuntTarget.replay(board, runtime, mount, main, s);
  }
}
