package dev.rivet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Predicate;

/**
 * {@code rivet test}'s compile stage: one thread compiles the programs' images ahead of the
 * boards, in the order the workers take the programs, so a board never waits for the compiler
 * (in a fresh JVM the compiler is still cold, and its time was a fifth of a typical test's; see
 * docs/performance.md). A worker that reaches a program the thread has not started compiles it
 * itself, so the stage never holds the boards back. Each program is compiled once, by whoever
 * claims it first.
 */
final class ImagesAhead implements AutoCloseable {
  /** An image, or what stopped it (CompileError, or a UserError for an unreadable file). */
  private record Built(byte[] image, RuntimeException error) {}

  private final List<TestProgram> programs;
  private final List<CompletableFuture<Built>> built = new ArrayList<>();
  private final AtomicIntegerArray claimed;
  private volatile boolean closed;

  /** Starts compiling every program {@code wanted} accepts (the others are skipped, never compiled). */
  ImagesAhead(List<TestProgram> programs, Predicate<TestProgram> wanted) {
    this.programs = programs;
    this.claimed = new AtomicIntegerArray(programs.size());
    for (int i = 0; i < programs.size(); i++) {
      built.add(new CompletableFuture<>());
    }
    Thread.ofPlatform().daemon().name("rivet-test-compile").start(() -> {
      for (int i = 0; i < programs.size() && !closed; i++) {
        if (wanted.test(programs.get(i))) {
          claimAndBuild(i);
        }
      }
    });
  }

  /** Program i's image, compiled by the stage or now; throws what compiling it threw. */
  byte[] image(int i) {
    claimAndBuild(i);
    return imageOf(built.get(i).join());
  }

  private static byte[] imageOf(Built b) {
    if (b.error() != null) {
      throw b.error();
    }
    return b.image();
  }

  /** Compiles program i if nobody has claimed it yet; false when someone else did. */
  private boolean claimAndBuild(int i) {
    if (!claimed.compareAndSet(i, 0, 1)) {
      return false;
    }
    try {
      built.get(i).complete(new Built(ProgramBuilder.build(programs.get(i).path()), null));
    } catch (RuntimeException e) {
      built.get(i).complete(new Built(null, e));
    }
    return true;
  }

  /** Stops compiling programs nobody will run (the run stopped early). */
  @Override
  public void close() {
    closed = true;
  }
}
