package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The themes and the named sub-topics each paper is in, as small sorted ids per paper, and the
 * themes' names: what related papers need to know of the survey's grouping. Two papers of one named
 * sub-topic ("Curricula for reinforcement fine-tuning") are about one line of work; a theme's own
 * name ("Curriculum learning") says nothing about two papers that are both in the theme. A named
 * group of the papers in no theme ("Pretraining data, objectives and dynamics") is a line of work
 * the survey has no theme for: to its papers it is their theme as well as their sub-topic, so two
 * of them count as alike as two papers of one theme's sub-topic.
 */
final class PaperGroups {
  private final int[][] themes;
  private final int[][] subtopics;
  // per sub-topic id, its name
  private final List<String> labels;
  // per sub-topic id, its papers, and the papers of its theme (of the Other page for its groups)
  private final List<int[]> members;
  private final List<int[]> parents;
  // per theme id, its name and short name as keys (see key)
  private final List<Set<String>> themeNames;
  // the survey's themes' names and short names as keys, all in one: asked for every shown reason
  private final Set<String> surveyThemeKeys;

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
    Map<String, Integer> index = new HashMap<>();
    for (int p = 0; p < papers.size(); p++) {
      index.put(papers.get(p).slug(), p);
    }
    List<List<Integer>> named = new ArrayList<>();
    for (int p = 0; p < papers.size(); p++) {
      named.add(new ArrayList<>());
    }
    List<String> labelsFound = new ArrayList<>();
    // per paper, the ids of the named groups of the papers in no theme it is in, as theme ids
    List<List<Integer>> otherGroups = new ArrayList<>();
    for (int p = 0; p < papers.size(); p++) {
      otherGroups.add(new ArrayList<>());
    }
    // theme slugs in order, so that ids do not depend on the map's order
    List<int[]> membersFound = new ArrayList<>();
    List<int[]> parentsFound = new ArrayList<>();
    for (String theme : subtopicsOf.keySet().stream().sorted().toList()) {
      int[] parent =
          ids(subtopicsOf.get(theme).stream().flatMap(s -> s.papers().stream()).toList(), index);
      for (Subtopic subtopic : subtopicsOf.get(theme)) {
        if (subtopic.named()) {
          membersFound.add(ids(subtopic.papers(), index));
          parentsFound.add(parent);
          boolean other = theme.equals(Survey.OTHER);
          for (String slug : subtopic.papers()) {
            Integer p = index.get(slug);
            if (p != null) {
              named.get(p).add(labelsFound.size());
              if (other) {
                otherGroups.get(p).add(names.size());
              }
            }
          }
          if (other) {
            names.add(Set.of(key(subtopic.label())));
          }
          labelsFound.add(subtopic.label());
        }
      }
    }
    this.labels = List.copyOf(labelsFound);
    this.members = List.copyOf(membersFound);
    this.parents = List.copyOf(parentsFound);
    this.themeNames = List.copyOf(names);
    Set<String> surveyKeys = new HashSet<>();
    // the survey's themes only: the Other page's groups, counted as themes after them, are lines
    // of work a pair's sub-topic line names already
    themeNames.subList(0, themeList.size()).forEach(surveyKeys::addAll);
    this.surveyThemeKeys = Set.copyOf(surveyKeys);
    this.themes = new int[papers.size()][];
    this.subtopics = new int[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      int[] own =
          themesOf.getOrDefault(papers.get(p).slug(), List.of()).stream()
              .filter(themeIds::containsKey)
              .mapToInt(themeIds::get)
              .sorted()
              .distinct()
              .toArray();
      themes[p] =
          own.length > 0
              ? own
              : otherGroups.get(p).stream().mapToInt(Integer::intValue).sorted().toArray();
      subtopics[p] =
          named.get(p).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
  }

  /** The known papers of the slugs, as ascending ids, each once. */
  private static int[] ids(List<String> slugs, Map<String, Integer> index) {
    return slugs.stream()
        .map(index::get)
        .filter(java.util.Objects::nonNull)
        .mapToInt(Integer::intValue)
        .sorted()
        .distinct()
        .toArray();
  }

  /** How many named sub-topics there are: their ids run from 0. */
  int subtopicCount() {
    return labels.size();
  }

  /** A named sub-topic's papers, ascending. */
  int[] members(int subtopic) {
    return members.get(subtopic);
  }

  /**
   * The papers of the theme a named sub-topic is in, ascending; for a named group of the Other
   * page, the Other page's papers.
   */
  int[] theme(int subtopic) {
    return parents.get(subtopic);
  }

  /** The named sub-topics the paper is in, as ids in ascending order. */
  int[] subtopics(int paper) {
    return subtopics[paper];
  }

  /**
   * The paper's themes, as ids in ascending order; for a paper in no theme, the named groups of
   * such papers it is in.
   */
  int[] themes(int paper) {
    return themes[paper];
  }

  /** The name of a named sub-topic both papers are in, the first in theme order; "" if none. */
  String sharedSubtopic(int paper, int other) {
    int id = sharedSubtopicId(paper, other);
    return id < 0 ? "" : labels.get(id);
  }

  /** The id of the named sub-topic {@link #sharedSubtopic} names; -1 if none. */
  int sharedSubtopicId(int paper, int other) {
    int[] both = EntityTable.shared(subtopics[paper], subtopics[other]);
    return both.length == 0 ? -1 : both[0];
  }

  /** A named sub-topic's name. */
  String label(int subtopic) {
    return labels.get(subtopic);
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

  /** Whether a name is any theme's name or short name ("Curriculum learning", "PEFT"). */
  boolean namesTheme(String name) {
    return surveyThemeKeys.contains(key(name));
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
