package dev.surveyor.render;

import dev.surveyor.analyze.Findings;
import dev.surveyor.analyze.PaperSummary;
import dev.surveyor.config.SurveyConfig;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.MapPoint;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysed surveys written inline for exporter tests: the papers, and for each the themes it is in,
 * as if the rules had put it there. No text is analysed.
 */
final class Surveys {
  private Surveys() {}

  static Theme theme(String slug, String name) {
    return new Theme(
        slug,
        name,
        null,
        1,
        "",
        new ThemeRules(3, 2, 3, List.of()),
        new Markdown("", new Provenance("themes/" + slug + ".md", 1)),
        List.of());
  }

  /** {@code themesOf} maps a paper's slug to the slugs of its themes; others are in none. */
  static Survey of(
      SurveyConfig config, List<Theme> themes, List<Paper> papers, Map<String, List<String>> in) {
    Map<String, List<Assignment>> assignments = new HashMap<>();
    for (Paper paper : papers) {
      List<Assignment> each = new ArrayList<>();
      for (Theme theme : themes) {
        boolean member = in.getOrDefault(paper.slug(), List.of()).contains(theme.slug());
        each.add(
            new Assignment(
                theme.slug(),
                member ? 4 : 0,
                3,
                member
                    ? List.of(new Evidence(theme.name(), theme.name(), Evidence.Field.TITLE, 1, 4))
                    : List.of(),
                new Assignment.Reason(
                    "the theme's phrases", member ? "4 points" : "0", false, List.of()),
                member ? Assignment.Decision.RULES_IN : Assignment.Decision.RULES_OUT));
      }
      assignments.put(paper.slug(), each);
    }
    Content content = Content.builder().config(config).themes(themes).build();
    Map<String, MapPoint> points = new HashMap<>();
    papers.forEach(p -> points.put(p.slug(), new MapPoint(p.slug(), 0.5, 0.5)));
    return new Findings(
            assignments,
            PaperSummary.of(papers),
            Map.of(),
            new EntityIndex(List.of(), Map.of(), Map.of(), List.of()),
            Map.of(),
            points,
            Map.of(),
            Map.of())
        .join(content, new Corpus(List.of(), papers, List.of()));
  }
}
