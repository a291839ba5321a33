package dev.surveyor.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.BuildSummary;
import dev.surveyor.build.SiteBuilder;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One measured build, run by {@link Bench} in a JVM of its own: builds a site and prints one line
 * of {@code key=value} figures. Peak heap is the most heap in use at any collection (the heap just
 * before a collection is its local peak) or at the end; peak RSS is the kernel's high-water mark
 * for the process. Arguments: content, templates, out, and {@code --no-search-index} to build
 * without the search index (issue 23's measure of what the index adds to a build).
 */
public final class Probe {
  private Probe() {}

  public static void main(String[] args) throws Exception {
    AtomicLong peak = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                var info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used =
                    info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                peak.accumulateAndGet(used, Math::max);
              },
              n ->
                  n.getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
              null);
    }
    BuildOptions options =
        new BuildOptions(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), null);
    if (args.length > 3 && args[3].equals("--no-search-index")) {
      options = options.withoutSearchIndex(); // what the index costs: a paired build without it
    }
    BuildSummary summary = SiteBuilder.build(options);
    long heapNow = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peak.accumulateAndGet(heapNow, Math::max);
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, Long> stage : summary.stageMillis().entrySet()) {
      line.append("stage.").append(stage.getKey()).append('=').append(stage.getValue()).append(' ');
    }
    for (Map.Entry<String, Long> stage : summary.stageCpuMillis().entrySet()) {
      line.append("cpu.").append(stage.getKey()).append('=').append(stage.getValue()).append(' ');
    }
    line.append(
        String.format(
            Locale.ROOT,
            "elapsed=%d uptime=%d cpu=%d records=%d papers=%d rejected=%d pages=%d files=%d warnings=%d "
                + "heapPeakMiB=%d rssPeakMiB=%d",
            summary.elapsedMillis(),
            ManagementFactory.getRuntimeMXBean().getUptime(),
            ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime()
                / 1_000_000,
            summary.records(),
            summary.papers(),
            summary.rejectedLines(),
            summary.pages(),
            summary.files(),
            summary.warnings(),
            peak.get() >> 20,
            peakRssKib() >> 10));
    System.out.println(line);
  }

  /** VmHWM from /proc (Linux); 0 where there is none. */
  private static long peakRssKib() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return 0;
    }
    for (String l : Files.readAllLines(status)) {
      if (l.startsWith("VmHWM:")) {
        return Long.parseLong(l.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
