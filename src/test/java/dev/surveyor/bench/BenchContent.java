package dev.surveyor.bench;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.text.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Content directories for benchmarks, made next to the repository's own: the survey's settings,
 * themes and pages, with other sources. Sources are copied, never linked, because the build refuses
 * links that leave the content directory.
 */
public final class BenchContent {
  private BenchContent() {}

  /** The real survey's records, the material synthetic corpora are made of. */
  public static List<Occurrence> realRecords(Path repoContent) {
    try {
      Content content = new ContentReader(repoContent, new Diagnostics()).read();
      return ListingIngest.ingest(content, new Diagnostics()).papers().stream()
          .map(Paper::occurrences)
          .flatMap(List::stream)
          .toList();
    } catch (dev.surveyor.diag.ContentException e) {
      throw new IllegalStateException("the repository's content must read: " + e.getMessage(), e);
    }
  }

  /**
   * Synthetic listings to go with the real survey, {@code papers} distinct papers in all with the
   * real ones, written into {@code dir}. The plan counts the real listings too.
   */
  public static SyntheticCorpus.Plan listings(Path repoContent, Path dir, int papers, long seed)
      throws IOException {
    Files.createDirectories(dir);
    List<Occurrence> real = realRecords(repoContent);
    int realPapers = (int) real.stream().map(o -> Text.titleKey(o.title())).distinct().count();
    SyntheticCorpus.Plan plan =
        SyntheticCorpus.write(real, Math.max(0, papers - realPapers), seed, dir);
    int realFiles;
    try (Stream<Path> files = Files.list(repoContent.resolve("sources"))) {
      realFiles = (int) files.count();
    }
    return new SyntheticCorpus.Plan(
        plan.files() + realFiles, plan.records() + real.size(), plan.papers() + realPapers);
  }

  /**
   * The real survey with synthetic listings beside its own, so the curated links to real papers and
   * entities resolve. The listings are hard-linked where the file system allows (a hard link is the
   * file itself, not a link out of the content directory), else copied.
   */
  public static void synthetic(Path repoContent, Path listings, Path dir) throws IOException {
    copySurvey(repoContent, dir, true);
    Path sources = dir.resolve("sources");
    copyTree(repoContent.resolve("sources"), sources);
    try (Stream<Path> files = Files.list(listings)) {
      for (Path file : files.sorted().toList()) {
        Path target = sources.resolve(file.getFileName().toString());
        try {
          Files.createLink(target, file);
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(file, target);
        }
      }
    }
  }

  /**
   * The survey's settings and theme rules with a collection of one-file-per-paper Markdown as its
   * only source. Theme introductions are left out: they link to papers of the real survey.
   */
  public static void collection(Path repoContent, Path collection, String name, Path dir)
      throws IOException {
    copySurvey(repoContent, dir, false);
    copyTree(collection, dir.resolve("sources").resolve(name));
  }

  private static void copySurvey(Path from, Path to, boolean withIntros) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> entries = Files.list(to)) {
        if (entries.findAny().isPresent()) {
          throw new IOException("benchmark content goes into a new or empty directory, not " + to);
        }
      }
    }
    Files.createDirectories(to);
    Files.copy(from.resolve("survey.md"), to.resolve("survey.md"));
    if (Files.isRegularFile(from.resolve("entities.yml"))) {
      Files.copy(from.resolve("entities.yml"), to.resolve("entities.yml")); // pages link entities
    }
    copyTree(from.resolve("pages"), to.resolve("pages"));
    copyTree(from.resolve("eval"), to.resolve("eval")); // the labels learn_from names
    Path themes = Files.createDirectories(to.resolve("themes"));
    try (Stream<Path> files = Files.list(from.resolve("themes"))) {
      for (Path theme : files.sorted().toList()) {
        String text = Files.readString(theme, StandardCharsets.UTF_8);
        if (!withIntros) {
          int close = text.indexOf("\n---", 3);
          text = text.substring(0, text.indexOf('\n', close + 1) + 1);
        }
        Files.writeString(themes.resolve(theme.getFileName()), text, StandardCharsets.UTF_8);
      }
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
