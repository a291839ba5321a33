package dev.surveyor.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.text.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The labelled fresh papers as a new listing: the fresh files' JSON lines (arXiv, and ACL Anthology
 * papers the third labelled sample added) of the papers content/eval/fresh-labels.tsv names (the
 * first line of each title), in the labels' order.
 */
public final class FreshListing {
  public static final Path FRESH = Repo.root().resolve("../shared/corpora/fresh").normalize();
  public static final Path LABELS = Repo.content().resolve("eval/fresh-labels.tsv");

  private FreshListing() {}

  /** The lines of every labelled paper whose row passes {@code rows} (the TSV row as written). */
  public static List<String> lines(Predicate<String[]> rows) throws IOException {
    Map<String, String> lineOf = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FRESH)) {
      // The arXiv files first: a title in both keeps the arXiv abstract the first labels read.
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().endsWith(".jsonl"))
              .sorted(
                  Comparator.comparing((Path f) -> !f.getFileName().toString().startsWith("arxiv"))
                      .thenComparing(Comparator.naturalOrder()))
              .toList()) {
        for (String line : Files.readAllLines(file)) {
          lineOf.putIfAbsent(Text.titleKey(json.readTree(line).path("title").asText()), line);
        }
      }
    }
    // The labels file's titles as written (the label reader mends their LaTeX, the JSON keeps it).
    List<String> lines = new ArrayList<>();
    List<String> rowsOfFile = Files.readAllLines(LABELS);
    for (String row : rowsOfFile.subList(1, rowsOfFile.size())) {
      String[] cells = row.split("\t", -1);
      if (rows.test(cells)) {
        lines.add(lineOf.get(Text.titleKey(cells[0])));
      }
    }
    return lines;
  }
}
