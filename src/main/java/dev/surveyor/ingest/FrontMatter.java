package dev.surveyor.ingest;

import dev.surveyor.model.SourceText;
import java.util.List;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines at the top) and
 * its body, remembering the line each starts on.
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

  public static FrontMatter split(SourceText source) {
    List<String> lines = source.lines();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new FrontMatter("", 1, String.join("\n", lines), 1);
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        String yaml = String.join("\n", lines.subList(1, i));
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return new FrontMatter(yaml, 2, body, i + 2);
      }
    }
    return null; // an opening delimiter without a closing one
  }
}
