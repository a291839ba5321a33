package dev.surveyor.view;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a theme page lists its papers in, which a paper page's previous and next links step
 * through: each named sub-topic in turn, then the papers of no named one, each group in the theme's
 * order (strongest evidence first); a theme with no named sub-topic in the theme's order alone. The
 * theme page's sections come from the same {@link #groups}, so the two cannot drift; {@code
 * ReaderPageSiteTest} checks that the links walk the theme pages' lists exactly.
 *
 * @param papers the theme's papers, each once
 * @param bySubtopic whether the order goes sub-topic by sub-topic
 */
record ReadingOrder(List<Paper> papers, Map<String, Integer> positions, boolean bySubtopic) {
  ReadingOrder {
    papers = List.copyOf(papers);
    positions = Map.copyOf(positions);
  }

  /**
   * A theme page's group of papers: a named sub-topic, or ({@code subtopic} null) the papers of no
   * named one, in the theme's order.
   */
  record Group(Subtopic subtopic, List<Paper> papers) {
    Group {
      papers = List.copyOf(papers);
    }
  }

  static ReadingOrder of(List<Subtopic> subtopics, List<Paper> order) {
    return of(subtopics, order, List.of());
  }

  /**
   * The order of a page that lists the papers of {@code apart} (the Other page's papers placed
   * outside the survey's scope) after its groups, in a group of their own.
   */
  static ReadingOrder of(List<Subtopic> subtopics, List<Paper> order, List<String> apart) {
    if (subtopics.stream().noneMatch(Subtopic::named) && apart.isEmpty()) {
      return new ReadingOrder(order, positionsOf(order), false);
    }
    Set<String> slugs = new LinkedHashSet<>(apart); // slugs, as hashing a whole paper is costly
    List<Paper> listed = new ArrayList<>(order.size());
    for (Group group : groups(subtopics, order)) {
      group.papers().stream().filter(p -> slugs.add(p.slug())).forEach(listed::add);
    }
    listed.addAll(inOrder(apart, order));
    // a paper no sub-topic holds still has a place: at the end, as the theme orders it
    order.stream().filter(p -> slugs.add(p.slug())).forEach(listed::add);
    return new ReadingOrder(listed, positionsOf(listed), true);
  }

  /**
   * The groups a theme page lists, in its order: each named sub-topic in turn, then the papers of
   * no named one; a group's papers in the theme's order, without papers the theme lacks.
   */
  static List<Group> groups(List<Subtopic> subtopics, List<Paper> order) {
    Map<String, Integer> rank = positionsOf(order);
    List<Group> groups = new ArrayList<>();
    List<String> ungrouped = new ArrayList<>();
    for (Subtopic subtopic : subtopics) {
      if (subtopic.named()) {
        groups.add(new Group(subtopic, inOrder(subtopic.papers(), rank, order)));
      } else {
        ungrouped.addAll(subtopic.papers());
      }
    }
    if (!ungrouped.isEmpty()) {
      groups.add(new Group(null, inOrder(ungrouped, rank, order)));
    }
    return groups;
  }

  /** The papers of {@code slugs} that {@code order} holds, in its order. */
  static List<Paper> inOrder(List<String> slugs, List<Paper> order) {
    return inOrder(slugs, positionsOf(order), order);
  }

  private static List<Paper> inOrder(
      List<String> slugs, Map<String, Integer> rank, List<Paper> order) {
    return slugs.stream()
        .filter(rank::containsKey)
        .map(rank::get)
        .sorted()
        .map(order::get)
        .toList();
  }

  private static Map<String, Integer> positionsOf(List<Paper> papers) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      positions.put(papers.get(i).slug(), i);
    }
    return positions;
  }

  /** Where {@code paper} stands, or -1 when it is not in the theme. */
  int position(Paper paper) {
    return positions.getOrDefault(paper.slug(), -1);
  }
}
