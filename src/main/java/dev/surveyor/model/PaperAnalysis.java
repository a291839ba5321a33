package dev.surveyor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analysis found about one paper.
 *
 * @param paper the paper, with any curator's title and abstract
 * @param number its place in paper order, from 0
 * @param summary the sentence of its abstract that says what it does, as every list shows it
 * @param assignments one per theme, in theme order
 * @param themes the slugs of the themes it is in, in theme order
 * @param related the most similar papers, best first
 * @param entities the entities it mentions, title mentions first, then by count
 * @param point its place on the map of the field
 * @param note the curator's note on it, if any
 */
public record PaperAnalysis(
    Paper paper,
    int number,
    String summary,
    List<Assignment> assignments,
    List<String> themes,
    List<Related> related,
    List<EntityUse> entities,
    MapPoint point,
    Optional<PaperNote> note) {

  public PaperAnalysis {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(summary, "summary");
    assignments = List.copyOf(assignments);
    themes = List.copyOf(themes);
    related = List.copyOf(related);
    entities = List.copyOf(entities);
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(note, "note");
  }

  /** As above, its themes read from the assignments. */
  public PaperAnalysis(
      Paper paper,
      int number,
      String summary,
      List<Assignment> assignments,
      List<Related> related,
      List<EntityUse> entities,
      MapPoint point,
      Optional<PaperNote> note) {
    this(
        paper,
        number,
        summary,
        assignments,
        membersOf(assignments),
        related,
        entities,
        point,
        note);
  }

  /** The same analysis with another note: an edit of the note's body, which no analysis reads. */
  public PaperAnalysis withNote(Optional<PaperNote> changed) {
    return new PaperAnalysis(
        paper, number, summary, assignments, themes, related, entities, point, changed);
  }

  public String slug() {
    return paper.slug();
  }

  private static List<String> membersOf(List<Assignment> assignments) {
    // A loop, not a stream: one list per paper, for large surveys too.
    List<String> themes = new ArrayList<>(2);
    for (Assignment assignment : assignments) {
      if (assignment.member()) {
        themes.add(assignment.theme());
      }
    }
    return Collections.unmodifiableList(themes);
  }
}
