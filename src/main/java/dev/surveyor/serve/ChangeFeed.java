package dev.surveyor.serve;

import java.nio.file.Path;
import java.util.Set;

/** Where changes to the watched files come from: the file system's watcher, or a test's script. */
interface ChangeFeed {
  /** For {@link #poll}: wait until something changes, however long that takes. */
  long FOREVER = Long.MAX_VALUE;

  /**
   * The paths changed since the last call, waiting up to {@code nanos} for the first; null when
   * nothing changed in that time. Throws {@link java.nio.file.ClosedWatchServiceException} once the
   * feed is closed.
   */
  Set<Path> poll(long nanos) throws InterruptedException;
}
