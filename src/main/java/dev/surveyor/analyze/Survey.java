package dev.surveyor.analyze;

import dev.surveyor.ingest.Content;
import dev.surveyor.ingest.Corpus;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Theme;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysed survey: content and corpus, plus each paper's theme assignments. Everything the
 * later stages need, immutable.
 *
 * @param assignments per paper slug, one assignment per theme in theme order
 */
public record Survey(
    Content content,
    Corpus corpus,
    Map<String, List<Assignment>> assignments,
    Map<String, PaperNote> notes) {

  public Survey {
    assignments = Map.copyOf(assignments);
    notes = Map.copyOf(notes);
  }

  public List<Theme> themes() {
    return content.themes();
  }

  public List<Paper> papers() {
    return corpus.papers();
  }

  public List<Assignment> assignmentsOf(Paper paper) {
    return assignments.getOrDefault(paper.slug(), List.of());
  }

  public List<String> themesOf(Paper paper) {
    return assignmentsOf(paper).stream().filter(Assignment::member).map(Assignment::theme).toList();
  }

  public List<Paper> papersIn(Theme theme) {
    return papers().stream().filter(p -> themesOf(p).contains(theme.slug())).toList();
  }

  public List<Paper> papersInNoTheme() {
    return papers().stream().filter(p -> themesOf(p).isEmpty()).toList();
  }

  public Optional<PaperNote> noteOf(Paper paper) {
    return Optional.ofNullable(notes.get(paper.slug()));
  }
}
