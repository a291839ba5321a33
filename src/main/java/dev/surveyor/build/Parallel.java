package dev.surveyor.build;

import dev.surveyor.diag.ContentException;
import dev.surveyor.publish.PublishException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs a piece of work on every item of a list, on all cores. When items fail, the failure
 * reported is the one of the first failing item in list order, never the first to happen in
 * time, so a broken build always reports the same problem.
 */
final class Parallel {
  private Parallel() {}

  /** Work on one item. */
  @FunctionalInterface
  interface Work<T> {
    void run(T item) throws ContentException, PublishException;
  }

  static <T> void forEach(List<T> items, Work<T> work) throws ContentException, PublishException {
    AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
    Throwable[] failures = new Throwable[items.size()];
    IntStream.range(0, items.size())
        .parallel()
        .forEach(
            i -> {
              if (i > firstFailed.get()) {
                return; // a failure before this item is already known; its own cannot matter
              }
              try {
                work.run(items.get(i));
              } catch (ContentException | PublishException | RuntimeException | Error e) {
                failures[i] = e;
                firstFailed.accumulateAndGet(i, Math::min);
              }
            });
    int first = firstFailed.get();
    if (first == Integer.MAX_VALUE) {
      return;
    }
    Throwable failure = failures[first];
    if (failure instanceof ContentException e) {
      throw e;
    }
    if (failure instanceof PublishException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failure;
  }
}
