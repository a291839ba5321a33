package dev.surveyor.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Severity;
import dev.surveyor.ingest.CuratedFiles.Curated;
import dev.surveyor.model.PaperNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code papers/*.md}, the curator's notes on papers: a verdict ({@code themes}) or themes to
 * add and remove, a curated title or abstract, a curated list summary, and a note shown on the
 * paper's page.
 */
final class NoteReader {
  static final String FOLDER = "papers";

  /**
   * Front matter of a paper note: a verdict ({@code themes}) or themes to add and remove, a curated
   * title or abstract, and the curator's list summary.
   */
  record NoteFront(
      List<String> themes,
      List<String> addThemes,
      List<String> removeThemes,
      String title,
      @JsonProperty("abstract") String abstractText,
      String scope,
      String summary,
      JsonNode authors,
      JsonNode url,
      JsonNode arxiv,
      JsonNode year,
      JsonNode date) {}

  /** The one value of {@code scope}: a paper the curator places outside the survey's scope. */
  static final String OUTSIDE = "outside";

  /** More words than this are a paragraph, not a line a list can show. */
  static final int MOST_SUMMARY_WORDS = 60;

  private final CuratedFiles curated;
  private final YamlReader yaml;
  private final Diagnostics diagnostics;
  private final NoteFacts facts;

  NoteReader(CuratedFiles curated, YamlReader yaml, Diagnostics diagnostics) {
    this.curated = curated;
    this.yaml = yaml;
    this.diagnostics = diagnostics;
    this.facts = new NoteFacts(yaml, diagnostics);
  }

  /**
   * Every note, each checked against the slugs of every theme file (so a theme that failed to read
   * is not reported again for each note that names it).
   */
  List<PaperNote> read(List<String> themes) {
    List<PaperNote> notes = new ArrayList<>();
    for (Curated<NoteFront> c : curated.read(FOLDER, NoteFront.class)) {
      NoteFront front = c.front();
      checkThemes(c, themes);
      boolean outside = checkScope(c);
      notes.add(
          new PaperNote(
              c.slug(),
              front.addThemes() == null ? List.of() : front.addThemes(),
              front.removeThemes() == null ? List.of() : front.removeThemes(),
              // outside the scope is in none of the themes, as the curator decided
              outside ? Optional.of(List.of()) : Optional.ofNullable(front.themes()),
              c.body(),
              front.title(),
              front.abstractText(),
              outside,
              checkSummary(c),
              facts.read(c)));
    }
    return notes;
  }

  /**
   * Whether the note places its paper outside the survey's scope: {@code scope: outside}, the only
   * value, with the curator's reason as the body, and no theme given to the paper.
   */
  private boolean checkScope(Curated<NoteFront> c) {
    String scope = c.front().scope();
    int line = c.keyLine("scope");
    if (scope == null) {
      if (line > 0) {
        report(c, line, "scope:".length() + 1, "scope needs a value: outside");
      }
      return false;
    }
    String text = c.text().line(line);
    int column = text.indexOf(scope.strip(), "scope:".length()) + 1;
    if (!scope.strip().equals(OUTSIDE)) {
      report(
          c,
          line,
          column,
          "scope must be '"
              + OUTSIDE
              + "', the one value (a paper the curator places outside the survey's scope), not '"
              + scope.strip()
              + "'");
      return false;
    }
    if (c.body().isBlank()) {
      report(
          c,
          line,
          column,
          "scope: outside needs the curator's reason, in one line, as the note's body");
    }
    for (String key : List.of("themes", "add_themes")) {
      int at = c.keyLine(key);
      if (at > 0 && !yaml.values(c.fm().yaml(), c.fm().yamlLine(), key).isEmpty()) {
        report(
            c,
            at,
            1,
            key + " cannot stand beside scope: outside, which puts the paper in no theme");
      }
    }
    return true;
  }

  /**
   * The curator's list summary, or empty when there is none: a summary given must say something, in
   * at most {@link #MOST_SUMMARY_WORDS} words.
   */
  private String checkSummary(Curated<NoteFront> c) {
    int line = c.keyLine("summary");
    if (line == 0) {
      return "";
    }
    String summary = c.front().summary() == null ? "" : c.front().summary().strip();
    List<YamlReader.Located> at = yaml.values(c.fm().yaml(), c.fm().yamlLine(), "summary");
    // a missing value has no place of its own: the column after the key
    boolean placed = c.front().summary() != null && !at.isEmpty();
    int valueLine = placed ? at.get(0).line() : line;
    int column = placed ? at.get(0).column() : "summary:".length() + 1;
    if (summary.isEmpty()) {
      report(
          c,
          valueLine,
          column,
          "summary is empty: give the paper's list summary in one or two sentences, or remove the"
              + " key to let the lists show the sentence chosen from the abstract");
      return "";
    }
    int words = summary.split("\\s+").length;
    if (words > MOST_SUMMARY_WORDS) {
      report(
          c,
          valueLine,
          column,
          "summary has "
              + words
              + " words; a list summary is one or two sentences, at most "
              + MOST_SUMMARY_WORDS
              + " words");
      return "";
    }
    return summary;
  }

  private void report(Curated<NoteFront> c, int line, int column, String problem) {
    diagnostics.report(
        new Diagnostic(
            Severity.ERROR, c.file(), line, Math.max(1, column), problem, c.text().line(line)));
  }

  /**
   * Each theme a note names must exist, and be named once; a verdict stands alone, as it gives the
   * paper's exact themes.
   */
  private void checkThemes(Curated<NoteFront> c, List<String> themes) {
    if (c.front().themes() != null) {
      for (String key : List.of("add_themes", "remove_themes")) {
        int line = c.keyLine(key);
        if (line > 0) {
          diagnostics.report(
              new Diagnostic(
                  Severity.ERROR,
                  c.file(),
                  line,
                  1,
                  key
                      + " cannot stand beside themes, which gives the paper's exact themes;"
                      + " keep one of the two",
                  c.text().line(line)));
        }
      }
    }
    Map<String, String> seen = new HashMap<>();
    for (String key : List.of("themes", "add_themes", "remove_themes")) {
      if (!c.fm().yaml().contains(key)) {
        continue; // most notes name no theme: their YAML is not parsed again for each key
      }
      for (YamlReader.Located theme : yaml.values(c.fm().yaml(), c.fm().yamlLine(), key)) {
        String earlier = seen.putIfAbsent(theme.value(), key);
        String problem =
            !themes.contains(theme.value())
                ? "no theme has the slug '"
                    + theme.value()
                    + "' (themes: "
                    + String.join(", ", themes.stream().sorted().toList())
                    + ")"
                : earlier == null
                    ? null
                    : earlier.equals(key)
                        ? "theme '" + theme.value() + "' is named twice in " + key
                        : earlier.equals("themes") || key.equals("themes")
                            ? null // reported above: the keys do not go together
                            : "theme '" + theme.value() + "' is both added and removed";
        if (problem != null) {
          diagnostics.report(
              new Diagnostic(
                  Severity.ERROR,
                  c.file(),
                  theme.line(),
                  theme.column(),
                  problem,
                  c.text().line(theme.line())));
        }
      }
    }
  }
}
