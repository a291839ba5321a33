package dev.surveyor.bench;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.publish.OutputLock;
import dev.surveyor.serve.LiveBuild;
import dev.surveyor.serve.LiveBuild.Rebuild;
import dev.surveyor.serve.ServeOptions;
import dev.surveyor.serve.ServeSession;
import dev.surveyor.support.MiniSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Figures for serve (not a test): cold build, no-op rebuild, and the latency from an edit to the
 * written page for a theme introduction, a paper note and a new listing; first by calling the
 * incremental build directly, then through the file watcher of a running session.
 *
 * <p>Run: {@code bench/serve [CONTENT_DIR]} (the real content by default), or {@code bench/serve
 * --synthetic 10000} for the real survey grown to that many papers with the synthetic listings of
 * {@code bench/run}. The script runs this twice, each in a fresh JVM: the direct figures (with
 * {@code --no-warm-up}: without the rehearsal serve does after its first build), then with {@code
 * --watched} those through the watcher, whose first edit is then also the first the process makes.
 */
public final class ServeBench {
  private static int rounds = 15;
  private static int warmup = 30;
  private static int listings = 5;
  private static final long SEED = 20260101L; // bench/run's
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final List<Long> CPU = new ArrayList<>();
  private static final String PAPER = "masked-thought-simply-masking-partial-reasoning-steps-can";

  private ServeBench() {}

  public static void main(String[] args) throws Exception {
    List<String> flags = new ArrayList<>(List.of(args));
    boolean watchedOnly = flags.remove("--watched");
    boolean warmUp = !flags.remove("--no-warm-up");
    args = flags.toArray(String[]::new);
    Path dir = Files.createTempDirectory("serve-bench-");
    MiniSite site = new MiniSite(dir);
    Path repoContent = dev.surveyor.support.Repo.content();
    if (args.length == 2 && args[0].equals("--synthetic")) {
      // The real survey with synthetic listings beside its own, as bench/run makes them.
      int papers = Integer.parseInt(args[1]);
      Path listingsDir = Path.of("target/bench/serve-synthetic-" + papers);
      if (!Files.isDirectory(listingsDir)) {
        BenchContent.listings(repoContent, listingsDir, papers, SEED);
      }
      BenchContent.synthetic(repoContent, listingsDir, site.content());
      rounds = 10;
      warmup = 10;
      listings = 2;
    } else {
      MiniSite.copyTree(args.length > 0 ? Path.of(args[0]) : repoContent, site.content());
    }
    if (watchedOnly) {
      watched(site);
      return;
    }
    BuildOptions options = new BuildOptions(site.content(), site.templates(), site.out(), null);
    try (OutputLock lock = OutputLock.acquire(site.out())) {
      LiveBuild live = new LiveBuild(options, lock);
      Rebuild cold = timed(live);
      report("cold build", List.of(cold.nanos()), cold);
      String note = firstPaper(site);
      String theme = firstTheme(site);
      if (warmUp) {
        long start = System.nanoTime();
        int round = 0;
        while (round < 10 && System.nanoTime() - start < 1_000_000_000L) {
          live.warmUp(); // as serve does after its first build
          round++;
        }
        System.out.printf(
            Locale.ROOT,
            "%-22s wall %7.1f ms (%d rounds; nothing written)%n",
            "warm-up",
            (System.nanoTime() - start) / 1e6,
            round);
      }
      Thread.sleep(
          3000); // a curator's first edit comes seconds after the start; the JIT compiles meanwhile
      List<Long> noop = new ArrayList<>();
      Rebuild last = null;
      for (int i = 0; i < rounds; i++) {
        last = timed(live);
        noop.add(last.nanos());
      }
      report("no-op rebuild", noop, last);
      site.file("papers/" + note + ".md", "---\n---\nA note, version 0.\n");
      timed(live);
      CPU.clear();
      measure(
          "theme intro edit",
          live,
          site,
          "themes/" + theme + ".md",
          i -> s -> s.replaceFirst("\\n\\n", "\n\nEdit " + i + ". "));
      measure(
          "paper note edit",
          live,
          site,
          "papers/" + note + ".md",
          i -> s -> s.replaceFirst("version \\d+", "version " + i));
      List<Long> listing = new ArrayList<>();
      for (int i = 0; i < listings; i++) {
        Files.writeString(
            site.content().resolve("sources/zz_new_" + i + ".txt"),
            "A New Listing Paper on Curriculum Reasoning, Number "
                + i
                + "\n"
                + "We study curriculum learning for chain-of-thought reasoning in small language models,"
                + " ordering training problems from easy to hard, and report where it helps. Round "
                + i
                + ".\n",
            StandardCharsets.UTF_8);
        last = timed(live);
        listing.add(last.nanos());
      }
      report("new listing", listing, last);
    }
  }

  /**
   * Edit-to-written-page through the watcher: the file saved, the event, the trigger's settle time,
   * the rebuild and its publishing, measured until the page on disk has the edit. The session
   * starts in this JVM, so its first edit is the process's first; later edits come {@link #PAUSE}
   * apart, as a curator's saves do (closer ones are coalesced as a burst).
   */
  private static void watched(MiniSite site) throws Exception {
    site.file("papers/" + PAPER + ".md", "---\n---\nA note, version 0.\n");
    ServeOptions options =
        new ServeOptions(
            new BuildOptions(site.content(), site.templates(), site.out(), null), 0, "/");
    StringWriter log = new StringWriter();
    try (ServeSession session =
        ServeSession.start(options, new PrintWriter(log), new PrintWriter(log))) {
      String theme = firstTheme(site);
      String note = firstPaper(site);
      System.out.println(log.toString().strip());
      Thread.sleep(3000); // the rehearsal after the first build runs in the background meanwhile
      boolean first = true;
      for (String[] edit :
          List.of(
              new String[] {"themes/" + theme + ".md", "themes/" + theme + ".html"},
              new String[] {"papers/" + note + ".md", "papers/" + note + ".html"})) {
        String kind = "through watcher, " + edit[0].replaceAll("/.*", "");
        List<Long> times = new ArrayList<>();
        List<Long> builds = new ArrayList<>();
        int edits = (first ? 1 : 0) + rounds;
        for (int i = 0; i < edits; i++) {
          Thread.sleep(PAUSE.toMillis());
          log.getBuffer().setLength(0);
          times.add(
              watchedEdit(
                  site, edit[0], edit[1], "Watched edit " + i + " of " + edit[0].hashCode()));
          builds.add(buildNanos(log));
          if (first) {
            first = false;
            System.out.printf(
                Locale.ROOT,
                "%-22s wall %s; the rebuild itself %s%n",
                kind + ", first",
                stats(times),
                stats(builds));
            times.clear();
            builds.clear();
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%-22s wall %s; the rebuild itself %s%n",
            kind,
            stats(times),
            stats(builds));
      }
    }
  }

  private static final java.time.Duration PAUSE = java.time.Duration.ofMillis(250);

  /**
   * Saves an edit and waits until the page shows it: woken by the file system when a file in the
   * page's folder is replaced, so the waiting takes no CPU from the build (polling did, on 2
   * cores).
   */
  private static long watchedEdit(MiniSite site, String file, String pagePath, String marker)
      throws Exception {
    Path source = site.content().resolve(file);
    Path page = site.out().resolve(pagePath);
    String text = Files.readString(source).replaceAll("Watched edit \\d+ of -?\\d+\\. ", "");
    try (java.nio.file.WatchService pages = page.getFileSystem().newWatchService()) {
      page.getParent()
          .register(
              pages,
              java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
              java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
      long start = System.nanoTime();
      Files.writeString(source, text.replaceFirst("\\n---\\n", "\n---\n" + marker + ". "));
      while (!Files.readString(page).contains(marker)) {
        java.nio.file.WatchKey key = pages.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        if (key == null) {
          throw new IllegalStateException(pagePath + " never showed the edit");
        }
        key.pollEvents();
        key.reset();
      }
      return System.nanoTime() - start;
    }
  }

  /** The rebuild's own time, as the session printed it ("rebuilt (...): ...; 21.3 ms"). */
  private static long buildNanos(StringWriter log) throws InterruptedException {
    for (int i = 0; i < 1000 && !log.toString().contains(" ms\n"); i++) {
      Thread.sleep(1); // printed just after publishing
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("rebuilt .*, ([0-9.]+) ms").matcher(log.toString());
    return m.find() ? (long) (Double.parseDouble(m.group(1)) * 1e6) : 0;
  }

  /**
   * The first edit (code still cold), then {@link #warmup} unmeasured and {@link #rounds} measured.
   */
  private static void measure(
      String name,
      LiveBuild live,
      MiniSite site,
      String file,
      java.util.function.IntFunction<UnaryOperator<String>> edit)
      throws Exception {
    List<Long> times = new ArrayList<>();
    Rebuild last = null;
    for (int i = 1; i <= 1 + warmup + rounds; i++) {
      site.edit(file, edit.apply(i));
      last = timed(live);
      if (i == 1) {
        report(name + ", first", List.of(last.nanos()), last);
      } else if (i <= 1 + warmup) {
        CPU.clear();
      } else {
        times.add(last.nanos());
      }
    }
    report(name + ", warm", times, last);
  }

  /** A rebuild, its CPU time noted for the next report (wall time suffers on a shared machine). */
  private static Rebuild timed(LiveBuild live) throws Exception {
    long cpu = THREADS.getCurrentThreadCpuTime();
    Rebuild rebuild = live.rebuild();
    CPU.add(THREADS.getCurrentThreadCpuTime() - cpu);
    return rebuild;
  }

  /** The theme whose introduction is edited: PEFT in the real survey, else the first. */
  private static String firstTheme(MiniSite site) throws Exception {
    try (var files = Files.list(site.content().resolve("themes"))) {
      List<String> slugs =
          files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
      return slugs.contains("peft") ? "peft" : slugs.get(0);
    }
  }

  /** The paper whose note is edited: the real survey's usual example, or the first paper built. */
  private static String firstPaper(MiniSite site) throws Exception {
    if (Files.exists(site.out().resolve("papers/" + PAPER + ".html"))) {
      return PAPER;
    }
    try (var pages = Files.list(site.out().resolve("papers"))) {
      return pages
          .map(p -> p.getFileName().toString().replaceFirst("\\.html$", ""))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  private static void report(String name, List<Long> nanos, Rebuild last) {
    System.out.printf(
        Locale.ROOT,
        "%-22s wall %s%n%-22s cpu  %s  written %d  stages %s  (%s)%n",
        name,
        stats(nanos),
        "",
        stats(CPU),
        last.written().size(),
        last.summary().stageMillis(),
        last.work());
    CPU.clear();
  }

  private static String stats(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "median %7.1f ms, min %7.1f, max %7.1f (n=%d)",
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get(0) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6,
        sorted.size());
  }
}
