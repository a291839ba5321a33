package dev.surveyor.diag;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Map;

/**
 * Times consecutive stages, in milliseconds: each lap is the time since the previous one, as wall
 * time and as the CPU time of the whole process (all cores, the collector and the compiler
 * included), which a busy machine does not inflate. Owned by one build, which reports both maps.
 */
public final class Stopwatch {
  private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

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

  /** The process's CPU time where the JVM can tell it (HotSpot can), else 0. */
  private static long cpuNanos() {
    return OS instanceof com.sun.management.OperatingSystemMXBean hotspot
        ? hotspot.getProcessCpuTime()
        : 0;
  }
}
