package dev.surveyor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark harness ({@code bench/run}): builds the real survey, synthetic corpora and the
 * llm-bible collection, each in a JVM of its own started as the launcher starts one, and prints a
 * table of stage times, pages per second, peak heap and peak RSS. Then times the launcher itself on
 * the real survey, the way a curator runs it. Run from the repository root.
 */
public final class Bench {
  /** The heap the 100k target allows, added to the launcher's own JVM options. */
  private static final String HEAP = "-Xmx2g";

  private static final long SEED = 20260101L;
  private static final Path COLLECTION = Path.of("../shared/corpora/llm-bible/_publications");

  /** One measured build. */
  private record Row(String corpus, Map<String, String> figures, long wallMillis, String load) {
    long number(String key) {
      return Long.parseLong(figures.getOrDefault(key, "0"));
    }
  }

  private Bench() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1_000, 10_000, 100_000);
    boolean collection = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" ->
            sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--no-collection" -> collection = false;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path work = Files.createDirectories(Path.of("target/bench"));
    Path trash = work.resolve("trash");
    deleteTree(trash);
    Path content = Path.of("content");
    List<Row> rows = new ArrayList<>();
    rows.add(probe("seed survey (content/)", content, work.resolve("site-seed"), trash, -1, -1));
    for (int size : sizes) {
      Path dir = work.resolve("synthetic-" + size);
      SyntheticCorpus.Plan plan = synthetic(content, dir.resolve("listings"), size);
      deleteTree(dir.resolve("content"));
      BenchContent.synthetic(content, dir.resolve("listings"), dir.resolve("content"));
      rows.add(
          probe(
              String.format(Locale.ROOT, "synthetic %,d", size),
              dir.resolve("content"),
              dir.resolve("site"),
              trash,
              plan.records(),
              plan.papers()));
    }
    if (collection && Files.isDirectory(COLLECTION)) {
      Path dir = work.resolve("llm-bible");
      deleteTree(dir);
      BenchContent.collection(content, COLLECTION, "llm-bible", dir.resolve("content"));
      long files;
      try (Stream<Path> list = Files.list(COLLECTION)) {
        files = list.filter(p -> p.toString().endsWith(".markdown")).count();
      }
      rows.add(
          probe(
              "llm-bible collection",
              dir.resolve("content"),
              dir.resolve("site"),
              trash,
              files,
              files));
    } else if (collection) {
      System.out.println(
          "(llm-bible collection not found at "
              + COLLECTION.toAbsolutePath().normalize()
              + "; skipped)");
    }
    String table = table(rows) + "\n" + launcher(work);
    System.out.println();
    System.out.println(table);
    Files.writeString(work.resolve("results.md"), table, StandardCharsets.UTF_8);
    deleteTree(trash);
  }

  /** The synthetic listings of a size, generated once and reused while their plan file is there. */
  private static SyntheticCorpus.Plan synthetic(Path repoContent, Path dir, int size)
      throws IOException {
    Path planFile = dir.resolveSibling("plan.txt");
    String key = "seed=" + SEED + " size=" + size;
    if (Files.isRegularFile(planFile)) {
      String[] saved = Files.readString(planFile).strip().split(" ");
      if ((saved[0] + " " + saved[1]).equals(key)) {
        return new SyntheticCorpus.Plan(
            Integer.parseInt(saved[2]), Integer.parseInt(saved[3]), Integer.parseInt(saved[4]));
      }
    }
    deleteTree(dir.getParent());
    System.out.printf(Locale.ROOT, "generating %,d papers...%n", size);
    SyntheticCorpus.Plan plan = BenchContent.listings(repoContent, dir, size, SEED);
    Files.writeString(
        planFile, key + " " + plan.files() + " " + plan.records() + " " + plan.papers() + "\n");
    return plan;
  }

  /**
   * Builds one corpus into a fresh output directory in a JVM of its own and reads its figures. The
   * previous output is moved into the trash, deleted once every corpus is built: ext4 skips inodes
   * freed in the last ~30 s when it allocates new ones, so deleting 10,000 pages just before a
   * build made creating its files several times dearer (a third of the render stage's CPU at 10k,
   * in {@code recently_deleted}) than on a machine that did not just delete them.
   */
  private static Row probe(
      String name, Path content, Path out, Path trash, long records, long papers)
      throws IOException, InterruptedException {
    if (Files.exists(out)) {
      Files.createDirectories(trash);
      Files.move(out, trash.resolve(out.getParent().getFileName() + "-" + out.getFileName()));
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherOptions(content));
    command.add(HEAP);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Probe.class.getName(),
            content.toString(),
            "templates",
            out.toString()));
    System.out.printf("building %s...%n", name);
    String load = loadAverage();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    String last = output.strip().lines().reduce((a, b) -> b).orElse("");
    if (exit != 0 || !last.startsWith("stage.")) {
      throw new IllegalStateException("the build of " + name + " failed:\n" + output);
    }
    Map<String, String> figures = new LinkedHashMap<>();
    for (String pair : last.split(" ")) {
      String[] kv = pair.split("=", 2);
      figures.put(kv[0], kv[1]);
    }
    Row row = new Row(name, figures, wall, load + " → " + loadAverage());
    check(row, "records", records);
    check(row, "papers", papers);
    check(row, "rejected", records < 0 ? -1 : 0);
    return row;
  }

  /** A benchmark is only worth its figures when the build found exactly what was written. */
  private static void check(Row row, String figure, long expected) {
    if (expected >= 0 && row.number(figure) != expected) {
      throw new IllegalStateException(
          row.corpus() + ": " + figure + " " + row.number(figure) + ", expected " + expected);
    }
  }

  private static String table(List<Row> rows) {
    // The build's own stage names, in the order it runs them.
    List<String> stages = stages(rows, false);
    StringBuilder out = new StringBuilder();
    out.append("| corpus | papers | pages |");
    for (String stage : stages) {
      out.append(' ').append(stage).append(" |");
    }
    out.append(" build | JVM wall | CPU | pages/s | peak heap | peak RSS | load (1 min) |\n|---|");
    out.append("---:|".repeat(stages.size() + 9)).append("---|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d |",
              r.corpus(),
              r.number("papers"),
              r.number("pages")));
      for (String stage : stages) {
        out.append(' ').append(seconds(r.number("stage." + stage))).append(" |");
      }
      out.append(
          String.format(
              Locale.ROOT,
              " %s | %s | %s | %,.0f | %d MiB | %d MiB | %s |%n",
              seconds(r.number("elapsed")),
              seconds(r.wallMillis()),
              seconds(r.number("cpu")),
              r.number("pages") * 1000.0 / r.wallMillis(),
              r.number("heapPeakMiB"),
              r.number("rssPeakMiB"),
              r.load()));
    }
    out.append(
        "\nStage times are wall time inside the build; JVM wall is the whole process, start to exit;"
            + " CPU is user and system time of all its threads. Each build writes into a new directory.\n");
    // Every stage and the steps of analysis as wall / CPU time: CPU is what a busy machine does
    // not inflate, and what shows where a large corpus spends its time.
    List<String> all =
        rows.get(0).figures().keySet().stream()
            .filter(k -> k.startsWith("cpu."))
            .map(k -> k.substring("cpu.".length()))
            .toList();
    out.append("\nWall / CPU time of each stage (analysis step by step):\n\n| corpus |");
    all.forEach(step -> out.append(' ').append(step).append(" |"));
    out.append("\n|---|").append("---:|".repeat(all.size())).append('\n');
    for (Row r : rows) {
      out.append("| ").append(r.corpus()).append(" |");
      all.forEach(
          step ->
              out.append(' ')
                  .append(seconds(r.number("stage." + step)))
                  .append(" / ")
                  .append(seconds(r.number("cpu." + step)))
                  .append(" |"));
      out.append('\n');
    }
    return out.toString();
  }

  /** The build's own stage names, in the order it runs them: stages, or the steps inside one. */
  private static List<String> stages(List<Row> rows, boolean steps) {
    return rows.get(0).figures().keySet().stream()
        .filter(k -> k.startsWith("stage."))
        .map(k -> k.substring("stage.".length()))
        .filter(stage -> stage.contains(".") == steps)
        .toList();
  }

  /**
   * `./surveyor build` on the real survey as a curator runs it: cold JVMs, with and without AppCDS.
   */
  private static String launcher(Path work) throws IOException, InterruptedException {
    Path out = work.resolve("site-launcher");
    Files.deleteIfExists(Path.of("target/surveyor.jsa"));
    List<String> build = List.of("./surveyor", "build", "-q", "--out", out.toString());
    deleteTree(out);
    long first = run(build);
    List<Long> cold = new ArrayList<>();
    List<Long> noop = new ArrayList<>();
    List<Long> plain = new ArrayList<>();
    List<String> withoutArchive = new ArrayList<>(List.of("java"));
    withoutArchive.addAll(launcherOptions(Path.of("content")));
    withoutArchive.addAll(
        List.of("-jar", "target/surveyor.jar", "build", "-q", "--out", out.toString()));
    String load = loadAverage();
    for (int i = 0; i < 5; i++) {
      deleteTree(out);
      cold.add(run(build));
      noop.add(run(build));
      deleteTree(out);
      plain.add(run(withoutArchive));
    }
    return String.format(
        Locale.ROOT,
        "`./surveyor build` of the seed survey, wall time, median of 5 (min–max), load %s → %s:%n%n"
            + "| run | wall |%n|---|---:|%n"
            + "| first run after the jar changed (writes the AppCDS archive) | %s |%n"
            + "| cold, new output directory, with the archive | %s (%s–%s) |%n"
            + "| cold, nothing changed (the up-to-date check skips the build), with the archive | %s (%s–%s) |%n"
            + "| cold, new output directory, JDK's default CDS only | %s (%s–%s) |%n",
        load,
        loadAverage(),
        seconds(first),
        median(cold),
        min(cold),
        max(cold),
        median(noop),
        min(noop),
        max(noop),
        median(plain),
        min(plain),
        max(plain));
  }

  /**
   * The JVM options {@code ./surveyor build} would pass for {@code content} (it sizes the heap's
   * young generation by the sources), as its {@code SURVEYOR_SHOW_JAVA} prints them, without its
   * class-data sharing and logging switches.
   */
  private static List<String> launcherOptions(Path content)
      throws IOException, InterruptedException {
    ProcessBuilder show =
        new ProcessBuilder("./surveyor", "build", "--content", content.toString());
    show.environment().put("SURVEYOR_SHOW_JAVA", "1");
    show.environment().remove("SURVEYOR_JAVA_OPTS");
    Process process = show.redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("./surveyor could not show its java command:\n" + printed);
    }
    List<String> options = new ArrayList<>();
    for (String word : printed.trim().split("\\s+")) {
      if (word.startsWith("-X") && !word.startsWith("-Xshare") && !word.startsWith("-Xlog")) {
        options.add(word);
      }
    }
    return List.copyOf(options);
  }

  private static long run(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String median(List<Long> values) {
    return seconds(values.stream().sorted().toList().get(values.size() / 2));
  }

  private static String min(List<Long> values) {
    return seconds(values.stream().min(Long::compare).orElseThrow());
  }

  private static String max(List<Long> values) {
    return seconds(values.stream().max(Long::compare).orElseThrow());
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  /** The 1-minute load average: other work on the machine shows in every figure. */
  private static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    return Files.isReadable(load) ? Files.readString(load).split(" ")[0] : "?";
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
