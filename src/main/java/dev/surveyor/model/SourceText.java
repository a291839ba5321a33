package dev.surveyor.model;

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

  /**
   * Whether this is binary data rather than text: it holds a NUL, or one character in twenty is a
   * control character. Scraped text has neither; text in the wrong encoding has neither either.
   */
  public boolean looksBinary() {
    long chars = 0;
    long controls = 0;
    for (String line : lines) {
      // an array per line: charAt on a line beyond Latin-1 cost 3x more
      char[] read = line.toCharArray();
      chars += read.length;
      for (char c : read) {
        // Character.isISOControl, spelled out: this runs over every character of every source.
        if (c < 0x20) {
          if (c == 0) {
            return true;
          }
          controls += c != '\t' && c != '\f' ? 1 : 0;
        } else if (c >= 0x7F && c <= 0x9F) {
          controls++;
        }
      }
    }
    return controls * 20 > chars;
  }

  /** The 1-based line, or "" past the end. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }
}
