package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A text file decoded into lines (without terminators), with any decoding problems found.
 *
 * @param file path relative to the content directory, with forward slashes
 */
public record SourceText(String file, List<String> lines, List<Diagnostic> problems) {
  public SourceText {
    Objects.requireNonNull(file, "file");
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /** The 1-based line, or "" past the end. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }
}
