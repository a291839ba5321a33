package dev.surveyor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the analysis found about one theme.
 *
 * @param members its papers, strongest evidence first, ending on the slug
 * @param positions per member's slug, where it stands in {@code members}
 * @param subtopics its sub-topics; none for a small theme
 * @param terms the terms that set it apart from the whole survey
 * @param overlaps per theme slug (its own too), the members that theme has too, in this one's order
 */
public record ThemeAnalysis(
    Theme theme,
    List<Paper> members,
    Map<String, Integer> positions,
    List<Subtopic> subtopics,
    List<String> terms,
    Map<String, List<Paper>> overlaps) {

  public ThemeAnalysis {
    Objects.requireNonNull(theme, "theme");
    members = List.copyOf(members);
    positions = Map.copyOf(positions);
    subtopics = List.copyOf(subtopics);
    terms = List.copyOf(terms);
    overlaps = Map.copyOf(overlaps);
  }

  /** As above, the positions read from the members. */
  public ThemeAnalysis(
      Theme theme,
      List<Paper> members,
      List<Subtopic> subtopics,
      List<String> terms,
      Map<String, List<Paper>> overlaps) {
    this(theme, members, positionsOf(members), subtopics, terms, overlaps);
  }

  /** The same analysis of the theme as edited in a way no analysis reads (its introduction). */
  public ThemeAnalysis withTheme(Theme changed) {
    return new ThemeAnalysis(changed, members, positions, subtopics, terms, overlaps);
  }

  public String slug() {
    return theme.slug();
  }

  /** Where {@code paper} stands in {@link #members}, or -1 when it is not in the theme. */
  public int position(Paper paper) {
    return positions.getOrDefault(paper.slug(), -1);
  }

  /** The members, in this theme's order, that theme {@code other} has too. */
  public List<Paper> sharedWith(String other) {
    return overlaps.getOrDefault(other, List.of());
  }

  private static Map<String, Integer> positionsOf(List<Paper> members) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      at.put(members.get(i).slug(), i);
    }
    return at;
  }
}
