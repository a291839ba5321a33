package dev.surveyor.analyze;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Each theme's members in the order pages show them, and the members themes share. */
final class ThemeMembers {
  private ThemeMembers() {}

  /**
   * The papers in {@code theme}, most central first: by the model's score for the theme, highest
   * first, ending on the unique slug so that ties are ordered the same in every build.
   */
  static List<Paper> byCentrality(String theme, List<PaperAnalysis> papers) {
    List<PaperAnalysis> members = new ArrayList<>();
    Map<String, Double> score = new HashMap<>();
    for (PaperAnalysis paper : papers) {
      if (paper.themes().contains(theme)) {
        members.add(paper);
        score.put(paper.slug(), scoreFor(theme, paper));
      }
    }
    return members.stream()
        .sorted(
            Comparator.comparing((PaperAnalysis p) -> score.get(p.slug()))
                .reversed()
                .thenComparing(PaperAnalysis::slug))
        .map(PaperAnalysis::paper)
        .toList();
  }

  /**
   * Per theme slug ({@code members}' own too), the papers of {@code members} that theme has, in the
   * order of {@code members}.
   *
   * @param membersOf per theme slug, the slugs of its papers
   */
  static Map<String, List<Paper>> overlaps(
      List<Paper> members, Map<String, Set<String>> membersOf) {
    Map<String, List<Paper>> shared = new HashMap<>();
    membersOf.forEach(
        (theme, slugs) ->
            shared.put(theme, members.stream().filter(p -> slugs.contains(p.slug())).toList()));
    return shared;
  }

  /** Per theme slug, the slugs of its papers. */
  static Map<String, Set<String>> slugsByTheme(List<String> themes, List<PaperAnalysis> papers) {
    Map<String, Set<String>> members = new HashMap<>();
    themes.forEach(theme -> members.put(theme, new HashSet<>()));
    for (PaperAnalysis paper : papers) {
      for (String theme : paper.themes()) {
        Set<String> slugs = members.get(theme);
        if (slugs != null) {
          slugs.add(paper.slug());
        }
      }
    }
    return members;
  }

  private static double scoreFor(String theme, PaperAnalysis paper) {
    for (Assignment assignment : paper.assignments()) {
      if (assignment.theme().equals(theme)) {
        return assignment.score();
      }
    }
    return 0;
  }
}
