package dev.surveyor.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every title and abstract of the fresh corpora (../shared/corpora/fresh, read in place), as
 * captured: what a rule that mends captured text is measured on for false repairs.
 */
public final class FreshTexts {
  /** One text and where it is: "file.jsonl:line title" or "… abstract". */
  public record FreshText(String where, String text) {}

  private FreshTexts() {}

  public static boolean present() {
    return Files.isDirectory(FreshListing.FRESH);
  }

  /** The titles and abstracts of every line of every file, in file and line order. */
  public static List<FreshText> all() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<FreshText> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(FreshListing.FRESH)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          JsonNode paper = json.readTree(lines.get(i));
          for (String field : List.of("title", "abstract")) {
            String where = file.getFileName() + ":" + (i + 1) + " " + field;
            texts.add(new FreshText(where, paper.path(field).asText()));
          }
        }
      }
    }
    return List.copyOf(texts);
  }
}
