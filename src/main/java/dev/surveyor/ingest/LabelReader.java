package dev.surveyor.ingest;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.text.CapturedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a tab-separated labels file. The header names the columns: {@code title}, {@code split}
 * ({@code tuning} or {@code held-out}), one column per theme slug holding 0 or 1, and {@code note}.
 * Theme columns are found by name, so a survey with other themes needs no code.
 */
public final class LabelReader {
  private static final Set<String> FIXED = Set.of("title", "split", "note");

  private LabelReader() {}

  public static LabelSet read(Path file, String displayName) throws ContentException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ContentException(
          List.of(Diagnostic.error(displayName, 0, "cannot read: " + e.getMessage())));
    }
    if (lines.isEmpty()) {
      throw new ContentException(
          List.of(Diagnostic.error(displayName, 1, "the labels file is empty")));
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int titleColumn = header.indexOf("title");
    int splitColumn = header.indexOf("split");
    int noteColumn = header.indexOf("note");
    List<Diagnostic> problems = new ArrayList<>();
    if (titleColumn < 0 || splitColumn < 0) {
      problems.add(
          Diagnostic.error(displayName, 1, "the header needs 'title' and 'split' columns"));
      throw new ContentException(problems);
    }
    List<String> themes = header.stream().filter(h -> !FIXED.contains(h) && !h.isBlank()).toList();
    List<Label> labels = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < header.size() - (noteColumn == header.size() - 1 ? 1 : 0)) {
        problems.add(
            Diagnostic.error(
                displayName,
                lineNumber,
                "expected " + header.size() + " tab-separated columns, found " + cells.length));
        continue;
      }
      String split = cells[splitColumn].strip();
      if (!split.equals("tuning") && !split.equals("held-out")) {
        problems.add(
            Diagnostic.error(
                displayName,
                lineNumber,
                "split must be 'tuning' or 'held-out', not '" + split + "'"));
        continue;
      }
      Set<String> member = new HashSet<>();
      boolean valid = true;
      for (String theme : themes) {
        String cell = cells[header.indexOf(theme)].strip();
        if (cell.equals("1")) {
          member.add(theme);
        } else if (!cell.equals("0")) {
          problems.add(
              Diagnostic.error(
                  displayName,
                  lineNumber,
                  "column '" + theme + "' must be 0 or 1, not '" + cell + "'"));
          valid = false;
        }
      }
      if (valid) {
        String note = noteColumn >= 0 && noteColumn < cells.length ? cells[noteColumn].strip() : "";
        // a title copied as captured, LaTeX and all, names the paper ingest read it as
        String title = CapturedText.readable(cells[titleColumn].strip());
        labels.add(new Label(title, split.equals("held-out"), member, note, lineNumber));
      }
    }
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }
    return new LabelSet(displayName, themes, labels);
  }
}
