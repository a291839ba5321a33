package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The themes and the named sub-topics each paper is in, as small sorted ids per paper, and the
 * themes' names: what related papers need to know of the survey's grouping. Two papers of one named
 * sub-topic ("Curricula for reinforcement fine-tuning") are about one line of work; a theme's own
 * name ("Curriculum learning") says nothing about two papers that are both in the theme.
 */
final class PaperGroups {
  private final int[][] themes;
  private final int[][] subtopics;
  // per sub-topic id, its name
  private final List<String> labels;
  // per theme id, its name and short name as keys (see key)
  private final List<Set<String>> themeNames;

  /**
   * @param themesOf each paper's themes, by slug
   * @param subtopicsOf each theme's sub-topics (and those of the papers in no theme), by theme slug
   */
  PaperGroups(
      List<Paper> papers,
      List<Theme> themeList,
      Map<String, List<String>> themesOf,
      Map<String, List<Subtopic>> subtopicsOf) {
    Map<String, Integer> themeIds = new HashMap<>();
    List<Set<String>> names = new ArrayList<>();
    for (Theme theme : themeList) {
      themeIds.put(theme.slug(), names.size());
      names.add(Set.copyOf(List.of(key(theme.name()), key(theme.shortName()))));
    }
    this.themeNames = List.copyOf(names);
    Map<String, Integer> index = new HashMap<>();
    for (int p = 0; p < papers.size(); p++) {
      index.put(papers.get(p).slug(), p);
    }
    List<List<Integer>> named = new ArrayList<>();
    for (int p = 0; p < papers.size(); p++) {
      named.add(new ArrayList<>());
    }
    List<String> labelsFound = new ArrayList<>();
    // theme slugs in order, so that ids do not depend on the map's order
    for (String theme : subtopicsOf.keySet().stream().sorted().toList()) {
      for (Subtopic subtopic : subtopicsOf.get(theme)) {
        if (subtopic.named()) {
          for (String slug : subtopic.papers()) {
            Integer p = index.get(slug);
            if (p != null) {
              named.get(p).add(labelsFound.size());
            }
          }
          labelsFound.add(subtopic.label());
        }
      }
    }
    this.labels = List.copyOf(labelsFound);
    this.themes = new int[papers.size()][];
    this.subtopics = new int[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      themes[p] =
          themesOf.getOrDefault(papers.get(p).slug(), List.of()).stream()
              .filter(themeIds::containsKey)
              .mapToInt(themeIds::get)
              .sorted()
              .distinct()
              .toArray();
      subtopics[p] =
          named.get(p).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
  }

  /** The paper's themes, as ids in ascending order. */
  int[] themes(int paper) {
    return themes[paper];
  }

  /** The name of a named sub-topic both papers are in, the first in theme order; "" if none. */
  String sharedSubtopic(int paper, int other) {
    int[] both = EntityTable.shared(subtopics[paper], subtopics[other]);
    return both.length == 0 ? "" : labels.get(both[0]);
  }

  /**
   * Whether one of the names is the name of a theme both papers are in: "Curriculum learning" or
   * "curriculum" between two papers of Curriculum learning, "PEFT" between two of PEFT.
   */
  boolean namesSharedTheme(List<String> names, int paper, int other) {
    for (int theme : EntityTable.shared(themes[paper], themes[other])) {
      for (String name : names) {
        if (themeNames.get(theme).contains(key(name))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A name's words, lowercase, apart by single spaces: "Instruction-tuning" and "instruction
   * tuning" are one name.
   */
  static String key(String name) {
    StringBuilder key = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        key.appendCodePoint(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
      i += Character.charCount(c);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
