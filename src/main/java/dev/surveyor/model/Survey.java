package dev.surveyor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysed survey: content and corpus, each paper's theme assignments, and the structure found
 * in the text. Everything the later stages need, immutable.
 *
 * @param assignments per paper slug, one assignment per theme in theme order
 * @param entities entity mentions, both ways
 * @param related per paper slug, the most similar papers, best first
 * @param subtopics per theme slug (and {@code other}), its sub-topics; none for small themes
 * @param characteristicTerms per theme slug, the terms that set it apart from the whole survey
 * @param map every paper's place on the map of the field, in paper order
 */
public record Survey(
    Content content,
    Corpus corpus,
    Map<String, List<Assignment>> assignments,
    Map<String, PaperNote> notes,
    EntityIndex entities,
    Map<String, List<Related>> related,
    Map<String, List<Subtopic>> subtopics,
    Map<String, List<String>> characteristicTerms,
    List<MapPoint> map) {

  /** The key of the papers in no theme, in {@link #subtopics}. */
  public static final String OTHER = "other";

  public Survey {
    assignments = Map.copyOf(assignments);
    notes = Map.copyOf(notes);
    related = Map.copyOf(related);
    subtopics = Map.copyOf(subtopics);
    characteristicTerms = Map.copyOf(characteristicTerms);
    map = List.copyOf(map);
  }

  /**
   * This analysis over content that differs only in text no analysis reads: the home, theme and
   * page introductions and the bodies of paper notes. Lets serve re-render an edited page without
   * analysing again.
   */
  public Survey withContent(Content changed) {
    Map<String, PaperNote> kept = new HashMap<>();
    for (PaperNote note : changed.notes()) {
      if (notes.containsKey(note.slug())) {
        kept.put(note.slug(), note);
      }
    }
    return new Survey(
        changed, corpus, assignments, kept, entities, related, subtopics, characteristicTerms, map);
  }

  public List<Related> relatedTo(Paper paper) {
    return related.getOrDefault(paper.slug(), List.of());
  }

  public List<Subtopic> subtopicsOf(String themeSlug) {
    return subtopics.getOrDefault(themeSlug, List.of());
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
    // A loop, not a stream: every list item of every page asks.
    List<String> themes = new ArrayList<>(2);
    for (Assignment assignment : assignmentsOf(paper)) {
      if (assignment.member()) {
        themes.add(assignment.theme());
      }
    }
    return Collections.unmodifiableList(themes);
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
