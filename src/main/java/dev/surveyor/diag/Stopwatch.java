package dev.surveyor.diag;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Times consecutive stages, in milliseconds: each lap is the time since the previous one, as wall
 * time and as the CPU time of the whole process (all cores, the collector and the compiler
 * included), which a busy machine does not inflate. Owned by one build, which reports both maps.
 */
public final class Stopwatch {
  // Asked of the process handle, not of the management bean: setting up the platform's beans is
  // ~15 ms of a cold build's main thread. Both read the kernel's figure, in clock ticks on Linux.
  private static final ProcessHandle SELF = ProcessHandle.current();

  private final Map<String, Long> wall;
  private final Map<String, Long> cpu;
  private long wallMark = System.nanoTime();
  private long cpuMark = cpuNanos();

  public Stopwatch(Map<String, Long> wall, Map<String, Long> cpu) {
    this.wall = wall;
    this.cpu = cpu;
  }

  /** A stopwatch whose laps nobody reads. */
  public static Stopwatch unread() {
    return new Stopwatch(new java.util.HashMap<>(), new java.util.HashMap<>());
  }

  /** A stopwatch for the parts of one stage, recording into the same maps from now on. */
  public Stopwatch nested() {
    return new Stopwatch(wall, cpu);
  }

  /**
   * Records the time since the last lap under {@code stage}, added to what it already has (a stage
   * timed in two parts), and starts the next lap.
   */
  public void lap(String stage) {
    long wallNow = System.nanoTime();
    long cpuNow = cpuNanos();
    wall.merge(stage, (wallNow - wallMark) / 1_000_000, Long::sum);
    cpu.merge(stage, (cpuNow - cpuMark) / 1_000_000, Long::sum);
    wallMark = wallNow;
    cpuMark = cpuNow;
  }

  /** The process's CPU time where the system tells it (Linux, macOS and Windows do), else 0. */
  private static long cpuNanos() {
    Optional<Duration> cpu = SELF.info().totalCpuDuration();
    return cpu.isPresent() ? cpu.get().toNanos() : 0;
  }
}
