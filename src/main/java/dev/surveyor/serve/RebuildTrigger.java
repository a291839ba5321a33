package dev.surveyor.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Decides when changes become a rebuild. A change after a quiet spell is built almost at once: as
 * soon as {@link Timing#settle} has passed without another (a save's truncate and write, or an
 * editor's write of a temporary file and its rename, come within it). Changes that came while the
 * last build ran, or within {@link Timing#quiet} of the last change, are a burst (a checkout
 * writing many files, or a save the build may have read half-way through): they are coalesced and
 * built once when {@code quiet} has passed without more. Either wait ends after {@link
 * Timing#limit}, so a stream of changes still shows up, with a bounded number of rebuilds.
 *
 * <p>Whatever is missed costs no correctness: a build compares the files with the last good build,
 * and a change made after the build read the files is reported after it started, so it makes the
 * next build. One thread calls this, between its builds.
 *
 * <p>A changed file found empty when the settle ends may be a save half done (truncated, its bytes
 * not yet written: the machine is busy, or the editor slow): it waits for quiet as a burst does, so
 * the page does not flash empty. Hence the settle can be short.
 */
final class RebuildTrigger {
  /**
   * @param settle how long a first change must stay alone before it is built
   * @param quiet how long a burst must stay quiet before it is built
   * @param limit the longest either waits after the first change
   */
  record Timing(Duration settle, Duration quiet, Duration limit) {
    static final Timing DEFAULT =
        new Timing(Duration.ofMillis(2), Duration.ofMillis(50), Duration.ofMillis(1000));
  }

  /** Whether a path is a file with nothing in it (a missing file or a folder is not). */
  static final Predicate<Path> EMPTY_FILE =
      path -> {
        try {
          return Files.isRegularFile(path) && Files.size(path) == 0;
        } catch (IOException e) {
          return false; // gone meanwhile: a deletion, not a save half done
        }
      };

  private final ChangeFeed feed;
  private final Timing timing;
  private final LongSupplier nanoClock;
  private final Predicate<Path> empty;

  /** Changes {@link #pending} took from the feed, for the next batch. */
  private final Set<Path> carried = new TreeSet<>();

  /** When the last change was seen, on {@link #nanoClock}. */
  private long lastSeen;

  /**
   * @param empty whether a changed path is now an empty file ({@link #EMPTY_FILE})
   */
  RebuildTrigger(ChangeFeed feed, Timing timing, LongSupplier nanoClock, Predicate<Path> empty) {
    this.feed = feed;
    this.timing = timing;
    this.nanoClock = nanoClock;
    this.empty = empty;
    this.lastSeen = nanoClock.getAsLong() - timing.quiet().toNanos();
  }

  /** Waits for changes and returns them when they should be built; empty once the feed closes. */
  Optional<Set<Path>> next() throws InterruptedException {
    try {
      Set<Path> changed = new TreeSet<>(carried);
      carried.clear();
      // Changes already here came while the caller was building.
      boolean burst = addTo(changed, feed.poll(0)) || !changed.isEmpty();
      if (!burst) {
        addTo(changed, feed.poll(ChangeFeed.FOREVER));
        burst = nanoClock.getAsLong() - lastSeen < timing.quiet().toNanos();
      }
      lastSeen = nanoClock.getAsLong();
      long deadline = nanoClock.getAsLong() + timing.limit().toNanos();
      awaitQuiet(changed, burst ? timing.quiet() : timing.settle(), deadline);
      if (!burst && changed.stream().anyMatch(empty)) {
        awaitQuiet(changed, timing.quiet(), deadline);
      }
      return Optional.of(changed);
    } catch (ClosedWatchServiceException e) {
      return Optional.empty();
    }
  }

  /** Takes changes into {@code changed} until {@code quiet} passes without one, or the deadline. */
  private void awaitQuiet(Set<Path> changed, Duration quiet, long deadline)
      throws InterruptedException {
    long wait;
    while ((wait = Math.min(quiet.toNanos(), deadline - nanoClock.getAsLong())) > 0
        && addTo(changed, feed.poll(wait))) {
      lastSeen = nanoClock.getAsLong(); // each change restarts the wait for quiet
    }
  }

  /**
   * Whether changes came since {@link #next} returned, that is during the build that followed: that
   * build's outcome is already out of date. They stay for the next batch.
   */
  boolean pending() {
    try {
      if (addTo(carried, feed.poll(0))) {
        lastSeen = nanoClock.getAsLong();
      }
    } catch (ClosedWatchServiceException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the next wait ends the caller's loop
    }
    return !carried.isEmpty();
  }

  private static boolean addTo(Set<Path> changed, Set<Path> more) {
    if (more == null) {
      return false;
    }
    changed.addAll(more);
    return true;
  }
}
