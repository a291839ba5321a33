package dev.surveyor.view;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Layout;
import dev.surveyor.model.Paper;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the views look up in the analysis, worked out once per analysis: each theme's papers in
 * order with their positions, the papers each theme shares with each other, every paper by title
 * and by slug, the entities that get a page, and the paper files among the sources. Made from the
 * corpus, the assignments, the entity index and the theme slugs alone, so serve keeps it across
 * rebuilds that leave those objects (all immutable) as they were.
 */
record AnalysisIndex(
    Corpus corpus,
    Map<String, List<Assignment>> assignments,
    EntityIndex entities,
    List<String> themes,
    Map<String, List<Paper>> order,
    Map<String, Map<String, Integer>> position,
    Map<String, Map<String, List<Paper>>> shared,
    List<Paper> byTitle,
    Map<String, Paper> papers,
    Map<String, Integer> numbers,
    Set<String> entitySlugs,
    Set<String> paperFiles) {

  /** {@code earlier} when it was made from the same analysis, else a new index. */
  static AnalysisIndex of(Survey survey, AnalysisIndex earlier) {
    List<String> themes = survey.themes().stream().map(Theme::slug).toList();
    if (earlier != null
        && earlier.corpus() == survey.corpus()
        && earlier.assignments() == survey.assignments()
        && earlier.entities() == survey.entities()
        && earlier.themes().equals(themes)) {
      return earlier;
    }
    Map<String, List<Paper>> order = new HashMap<>();
    Map<String, Map<String, Integer>> position = new HashMap<>();
    for (Theme theme : survey.themes()) {
      List<Paper> papers = byCentrality(survey, survey.papersIn(theme), theme.slug());
      order.put(theme.slug(), papers);
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < papers.size(); i++) {
        at.put(papers.get(i).slug(), i);
      }
      position.put(theme.slug(), Map.copyOf(at)); // so finding a paper's neighbours is not a scan
    }
    Map<String, Map<String, List<Paper>>> shared = new HashMap<>();
    for (String a : themes) {
      Map<String, List<Paper>> with = new HashMap<>();
      for (String b : themes) {
        with.put(b, order.get(a).stream().filter(p -> survey.themesOf(p).contains(b)).toList());
      }
      shared.put(a, Map.copyOf(with)); // in a's order
    }
    Map<String, Paper> papers = new HashMap<>();
    survey.papers().forEach(p -> papers.put(p.slug(), p));
    Map<String, Integer> numbers = new HashMap<>();
    survey.papers().forEach(p -> numbers.put(p.slug(), numbers.size()));
    Set<String> entitySlugs =
        survey.entities().entities().stream()
            .filter(e -> !survey.entities().papersMentioning(e).isEmpty())
            .map(e -> e.slug())
            .collect(Collectors.toUnmodifiableSet());
    Set<String> paperFiles =
        survey.corpus().listings().stream()
            .filter(l -> l.layout() == Layout.FRONT_MATTER)
            .map(ParsedListing::file)
            .collect(Collectors.toUnmodifiableSet());
    return new AnalysisIndex(
        survey.corpus(),
        survey.assignments(),
        survey.entities(),
        themes,
        Map.copyOf(order),
        Map.copyOf(position),
        Map.copyOf(shared),
        survey.papers().stream().sorted(ViewContext.BY_TITLE).toList(),
        Map.copyOf(papers),
        Map.copyOf(numbers),
        entitySlugs,
        paperFiles);
  }

  private static List<Paper> byCentrality(Survey survey, List<Paper> papers, String theme) {
    Map<String, Double> score = new HashMap<>();
    for (Paper p : papers) {
      score.put(
          p.slug(),
          survey.assignmentsOf(p).stream()
              .filter(a -> a.theme().equals(theme))
              .mapToDouble(Assignment::score)
              .findFirst()
              .orElse(0));
    }
    return papers.stream()
        .sorted(
            Comparator.comparing((Paper p) -> score.get(p.slug()))
                .reversed()
                .thenComparing(Paper::slug))
        .toList();
  }
}
