package dev.surveyor.build;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.diag.ContentException;
import dev.surveyor.publish.PublishException;
import java.util.List;

/**
 * Writes, or does any work that may fail with a build's own exceptions, on every item of a list on
 * all cores. When items fail, the failure reported is the one of the first failing item in list
 * order, never the first to happen in time, so a broken build always reports the same problem.
 */
final class Parallel {
  private Parallel() {}

  /** Work on one item. */
  @FunctionalInterface
  interface Work<T> {
    void run(T item) throws ContentException, PublishException;
  }

  static <T> void forEach(List<T> items, Work<T> work) throws ContentException, PublishException {
    try {
      Cores.forEachIndex(
          items.size(),
          i -> {
            try {
              work.run(items.get(i));
            } catch (ContentException | PublishException e) {
              throw new Checked(e);
            }
          });
    } catch (Checked carried) {
      if (carried.getCause() instanceof ContentException e) {
        throw e;
      }
      throw (PublishException) carried.getCause();
    }
  }

  /** Carries a checked failure through {@link Cores}, which orders failures by item. */
  private static final class Checked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Checked(Exception cause) {
      super(cause);
    }
  }
}
