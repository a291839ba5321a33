package dev.surveyor.render;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code data/curation.json}: what a curator should look at next. Papers just under a theme's
 * threshold (a note can add them), the sub-topics found in each theme (pin or rename them in the
 * theme's front matter), and frequent names the entity lexicon lacks.
 */
public final class CurationReport {
  /** A near miss scores at least this share of the threshold. */
  private static final double NEAR = 0.6;

  /** A paper that almost joined a theme. */
  public record NearMiss(
      String theme, String slug, String title, double score, double threshold, String url) {}

  /** A sub-topic as the clustering found it. */
  public record FoundSubtopic(
      String label, boolean pinned, boolean named, int papers, List<String> terms) {}

  /** The whole report. */
  public record Curation(
      int nearMissCount,
      List<NearMiss> nearMisses,
      Map<String, List<FoundSubtopic>> subtopics,
      List<EntityIndex.Candidate> entityCandidates) {}

  private CurationReport() {}

  public static Curation of(Survey survey) {
    List<NearMiss> near = new ArrayList<>();
    for (Paper paper : survey.papers()) {
      for (Assignment a : survey.assignmentsOf(paper)) {
        if (a.decision() == Assignment.Decision.RULES_OUT
            && a.score() > 0
            && a.score() >= NEAR * a.threshold()) {
          near.add(
              new NearMiss(
                  a.theme(),
                  paper.slug(),
                  paper.title(),
                  a.score(),
                  a.threshold(),
                  Urls.paper(paper.slug())));
        }
      }
    }
    near.sort(
        Comparator.comparing(NearMiss::theme)
            .thenComparing(Comparator.comparingDouble(NearMiss::score).reversed())
            .thenComparing(NearMiss::slug));
    Map<String, List<FoundSubtopic>> subtopics = new LinkedHashMap<>();
    List<String> groups = new ArrayList<>(survey.themes().stream().map(Theme::slug).toList());
    groups.add(Survey.OTHER);
    for (String group : groups) {
      subtopics.put(group, survey.subtopicsOf(group).stream().map(CurationReport::found).toList());
    }
    return new Curation(near.size(), near, subtopics, survey.entities().candidates());
  }

  public static OutputFile file(Curation curation) {
    return new OutputFile(Urls.CURATION_JSON, Json.pretty(curation));
  }

  private static FoundSubtopic found(Subtopic s) {
    return new FoundSubtopic(s.label(), s.pinned(), s.named(), s.papers().size(), s.terms());
  }
}
