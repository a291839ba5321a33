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
 * order (strongest evidence first); a theme with no named sub-topic in the theme's order alone.
 * {@code PaperPageSiteTest} checks that the links walk the theme pages' lists exactly.
 *
 * @param papers the theme's papers, each once
 * @param bySubtopic whether the order goes sub-topic by sub-topic
 */
record ReadingOrder(List<Paper> papers, Map<String, Integer> positions, boolean bySubtopic) {
  ReadingOrder {
    papers = List.copyOf(papers);
    positions = Map.copyOf(positions);
  }

  static ReadingOrder of(List<Subtopic> subtopics, List<Paper> order) {
    if (subtopics.stream().noneMatch(Subtopic::named)) {
      return new ReadingOrder(order, positionsOf(order), false);
    }
    Map<String, Integer> rank = positionsOf(order);
    Set<String> slugs = new LinkedHashSet<>();
    List<String> ungrouped = new ArrayList<>();
    for (Subtopic subtopic : subtopics) {
      List<String> members =
          subtopic.papers().stream()
              .filter(rank::containsKey)
              .sorted((a, b) -> Integer.compare(rank.get(a), rank.get(b)))
              .toList();
      if (subtopic.named()) {
        slugs.addAll(members);
      } else {
        ungrouped.addAll(members);
      }
    }
    ungrouped.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
    slugs.addAll(ungrouped);
    // a paper no sub-topic holds still has a place: at the end, as the theme orders it
    order.forEach(p -> slugs.add(p.slug()));
    Map<String, Paper> bySlug = new HashMap<>();
    order.forEach(p -> bySlug.put(p.slug(), p));
    List<Paper> papers = slugs.stream().map(bySlug::get).toList();
    return new ReadingOrder(papers, positionsOf(papers), true);
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
