package dev.surveyor.build;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.model.Corpus;
import dev.surveyor.publish.PublishResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times one build, or one rebuild of serve's, from its start: each stage on {@link #watch()}, and
 * the whole. Ends in the build's summary, so every build reports its figures the same way.
 */
public final class BuildClock {
  private final long start = System.nanoTime();
  private final Map<String, Long> wall = new LinkedHashMap<>();
  private final Map<String, Long> cpu = new LinkedHashMap<>();
  private final Stopwatch watch = new Stopwatch(wall, cpu);

  /** Laps the stages, wall and CPU time. */
  public Stopwatch watch() {
    return watch;
  }

  /** Nanoseconds since the build started. */
  public long nanos() {
    return System.nanoTime() - start;
  }

  public long millis() {
    return nanos() / 1_000_000;
  }

  /** What the build did, timed up to now. */
  public BuildSummary summary(
      Corpus corpus, int pages, PublishResult published, Diagnostics diagnostics) {
    return BuildSummary.of(corpus, pages, published, wall, cpu, millis(), diagnostics.sorted());
  }
}
