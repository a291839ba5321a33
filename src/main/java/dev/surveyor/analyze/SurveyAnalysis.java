package dev.surveyor.analyze;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.Content;
import dev.surveyor.ingest.Corpus;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the analyses over the corpus: theme assignment first, as everything else builds on it. */
public final class SurveyAnalysis {
  private SurveyAnalysis() {}

  public static Survey analyze(Content content, Corpus corpus, Diagnostics diagnostics) {
    Map<String, PaperNote> notes = notesByPaper(content, corpus, diagnostics);
    Map<String, List<Assignment>> assignments = new HashMap<>();
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      ThemeClassifier classifier =
          new ThemeClassifier(
              content.themes(),
              analyzer,
              (theme, problem) ->
                  diagnostics.report(
                      Diagnostic.warning(theme.intro().start().file(), 1, problem)));
      for (Paper paper : corpus.papers()) {
        AnalyzedPaper analyzed = AnalyzedPaper.of(paper, analyzer);
        assignments.put(paper.slug(), classifier.classify(analyzed, notes.get(paper.slug())));
      }
    }
    return new Survey(content, corpus, assignments, notes);
  }

  /** Curator notes, checked: each must name an existing paper and existing themes. */
  private static Map<String, PaperNote> notesByPaper(
      Content content, Corpus corpus, Diagnostics diagnostics) {
    Set<String> slugs = corpus.papers().stream().map(Paper::slug).collect(Collectors.toSet());
    Set<String> themes = content.themes().stream().map(Theme::slug).collect(Collectors.toSet());
    Map<String, PaperNote> notes = new HashMap<>();
    for (PaperNote note : content.notes()) {
      String file = note.note().start().file();
      if (!slugs.contains(note.slug())) {
        diagnostics.report(
            Diagnostic.error(file, 1, "no paper has the slug '" + note.slug() + "'"));
        continue;
      }
      for (String theme : concat(note.addThemes(), note.removeThemes())) {
        if (!themes.contains(theme)) {
          diagnostics.report(
              Diagnostic.error(file, 1, "no theme has the slug '" + theme + "' (themes: "
                  + String.join(", ", themes.stream().sorted().toList()) + ")"));
        }
      }
      notes.put(note.slug(), note);
    }
    return notes;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
