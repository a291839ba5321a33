package dev.surveyor.analyze;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.MapPoint;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperAnalysis;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Related;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the analyses found, each result keyed by the slug of its paper or theme, and the join that
 * makes the {@link Survey} of it: one record per paper and per theme.
 *
 * @param assignments per paper, one per theme in theme order
 * @param summaries per paper, the sentence of its abstract that says what it does
 * @param notes per paper, the curator's note, for the papers that have one
 * @param related per paper, the most similar papers, best first
 * @param points per paper, its place on the map; every paper has one
 * @param subtopics per theme (and {@link Survey#OTHER}), its sub-topics
 * @param terms per theme, the terms that set it apart from the whole survey
 */
public record Findings(
    Map<String, List<Assignment>> assignments,
    Map<String, String> summaries,
    Map<String, PaperNote> notes,
    EntityIndex entities,
    Map<String, List<Related>> related,
    Map<String, MapPoint> points,
    Map<String, List<Subtopic>> subtopics,
    Map<String, List<String>> terms) {

  /**
   * The survey of {@code corpus}' papers and {@code content}'s themes, joined by slug, with the
   * search terms counted here: for a survey put together without the analysis's pass.
   */
  public Survey join(Content content, Corpus corpus) {
    return join(content, corpus, SearchWordCounter.of(corpus.papers(), entities));
  }

  /** The survey of {@code corpus}' papers and {@code content}'s themes, joined by slug. */
  public Survey join(Content content, Corpus corpus, SearchTerms searchTerms) {
    List<PaperAnalysis> papers = new ArrayList<>(corpus.papers().size());
    for (Paper paper : corpus.papers()) {
      papers.add(paper(paper, papers.size()));
    }
    List<String> slugs = content.themes().stream().map(Theme::slug).toList();
    Map<String, Set<String>> membersOf = ThemeMembers.slugsByTheme(slugs, papers);
    List<ThemeAnalysis> themes = new ArrayList<>(slugs.size());
    for (Theme theme : content.themes()) {
      themes.add(theme(theme, papers, membersOf));
    }
    return new Survey(
        content,
        corpus,
        papers,
        themes,
        subtopics.getOrDefault(Survey.OTHER, List.of()),
        entities,
        searchTerms);
  }

  private PaperAnalysis paper(Paper paper, int number) {
    String slug = paper.slug();
    return new PaperAnalysis(
        paper,
        number,
        summaries.get(slug),
        assignments.getOrDefault(slug, List.of()),
        related.getOrDefault(slug, List.of()),
        entities.of(paper),
        points.get(slug),
        Optional.ofNullable(notes.get(slug)));
  }

  private ThemeAnalysis theme(
      Theme theme, List<PaperAnalysis> papers, Map<String, Set<String>> membersOf) {
    List<Paper> members = ThemeMembers.byCentrality(theme.slug(), papers);
    return new ThemeAnalysis(
        theme,
        members,
        subtopics.getOrDefault(theme.slug(), List.of()),
        terms.getOrDefault(theme.slug(), List.of()),
        ThemeMembers.overlaps(members, membersOf));
  }
}
