package dev.surveyor.view;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A theme section of a long entity page split by the theme's own sub-topics, so a reader sees where
 * in the theme the entity is used before the papers: Reinforcement learning's page, 20,500 px of
 * lists, became each theme's sub-topics with their counts, folded. Every paper is in exactly one
 * group, so the groups' counts add up to the section's.
 */
final class EntityTopics {
  /**
   * A page listing more entries than this comes by sub-topics; a shorter one stays as it was, one
   * list per theme. The theme pages' rule: a page of 20 papers or fewer shows them all.
   */
  static final int LONG_PAGE = 20;

  /**
   * A group of one paper is shown open: its toggle would take the room of the paper. Larger ones
   * fold, unlike a theme page's groups of up to 4: an entity's papers spread thin over a theme's
   * sub-topics, and Reinforcement learning's 26 groups, those of 4 or fewer open, still ran to
   * 13,400 px.
   */
  static final int SHOWN_OPEN = 1;

  /**
   * One group of a split section: a named sub-topic of the theme, or (subtopic null) the papers of
   * no named one, or ({@code outside}) those a curator placed outside the survey's scope.
   */
  record Group(Subtopic subtopic, boolean outside, List<Paper> papers) {
    Group {
      papers = List.copyOf(papers);
    }
  }

  private EntityTopics() {}

  /**
   * Each paper's first named sub-topic of the theme {@code theme}, by slug: made once a build
   * rather than once per long entity page, each of which would walk every sub-topic's papers.
   */
  static Map<String, Subtopic> placements(Survey survey, String theme) {
    Map<String, Subtopic> placed = new HashMap<>();
    for (Subtopic subtopic : survey.subtopicsOf(theme)) {
      if (subtopic.named()) {
        subtopic.papers().forEach(slug -> placed.putIfAbsent(slug, subtopic));
      }
    }
    return placed;
  }

  /**
   * The groups of {@code listed} (the section's papers in the page's order) under the theme {@code
   * theme} ({@link Survey#OTHER} for the papers of no theme): the largest first, ties in the theme
   * page's order, then the papers of no named sub-topic, then those outside the scope. Each paper
   * is placed once, in the first named sub-topic holding it ({@code placed}, from {@link
   * #placements}).
   */
  static List<Group> split(
      Survey survey, String theme, Map<String, Subtopic> placed, List<Paper> listed) {
    Map<Subtopic, List<Paper>> named = new LinkedHashMap<>();
    survey.subtopicsOf(theme).stream()
        .filter(Subtopic::named)
        .forEach(s -> named.put(s, new ArrayList<>()));
    // Each paper's group found by the sub-topic itself, not its hash: a record's hash reads all its
    // papers' slugs, and was half of making the long entity pages at 100k papers. The placements
    // hold these same sub-topics; an equal one that is not the same is looked up as before.
    Map<Subtopic, List<Paper>> same = new IdentityHashMap<>();
    named.forEach(same::put);
    List<Paper> none = new ArrayList<>();
    List<Paper> outside = new ArrayList<>();
    for (Paper paper : listed) {
      Subtopic subtopic = placed.get(paper.slug());
      if (theme.equals(Survey.OTHER) && survey.outsideScope(paper)) {
        outside.add(paper);
      } else if (subtopic == null) {
        none.add(paper);
      } else {
        List<Paper> group = same.get(subtopic);
        (group != null ? group : named.get(subtopic)).add(paper);
      }
    }
    List<Group> groups = new ArrayList<>();
    named.forEach(
        (subtopic, papers) -> {
          if (!papers.isEmpty()) {
            groups.add(new Group(subtopic, false, papers));
          }
        });
    // a stable sort: ties keep the theme page's order
    groups.sort(Comparator.comparingInt((Group g) -> -g.papers().size()));
    if (!none.isEmpty()) {
      groups.add(new Group(null, false, none));
    }
    if (!outside.isEmpty()) {
      groups.add(new Group(null, true, outside));
    }
    return groups;
  }
}
