package dev.surveyor.render;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.EntityIndex;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Leftovers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code data/curation.json}: what a curator should look at next. Papers just under a theme's
 * threshold (a note can add them), the sub-topics found in each theme (pin or rename them in the
 * theme's front matter), frequent names the entity lexicon lacks, and what the capture broke in a
 * title or abstract that no rule can mend (a note's {@code title:} or {@code abstract:} replaces
 * it).
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

  /**
   * Something the capture broke in a paper's title or abstract.
   *
   * @param source the file and line the paper was first read from, for the curator
   * @param note the paper's note, which can replace the text
   */
  public record CaptureLeftover(
      String slug,
      String field,
      String problem,
      String excerpt,
      String source,
      String note,
      String url) {}

  /** The whole report. */
  public record Curation(
      int nearMissCount,
      List<NearMiss> nearMisses,
      Map<String, List<FoundSubtopic>> subtopics,
      List<EntityIndex.Candidate> entityCandidates,
      List<CaptureLeftover> captureLeftovers) {}

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
    return new Curation(
        near.size(), near, subtopics, survey.entities().candidates(), leftovers(survey));
  }

  /** Leftovers in the text each paper shows: none where a curator already replaced it. */
  static List<CaptureLeftover> leftovers(Survey survey) {
    List<CaptureLeftover> found = new ArrayList<>();
    for (Paper paper : survey.papers()) {
      var note = survey.noteOf(paper);
      Map<String, String> fields = new LinkedHashMap<>();
      if (note.map(n -> n.title().isEmpty()).orElse(true)) {
        fields.put("title", paper.title());
      }
      if (note.map(n -> n.abstractText().isEmpty()).orElse(true)) {
        fields.put("abstract", paper.abstractText());
      }
      fields.forEach(
          (field, text) -> {
            for (Leftovers.Leftover l : Leftovers.in(text)) {
              found.add(
                  new CaptureLeftover(
                      paper.slug(),
                      field,
                      l.problem(),
                      l.excerpt(),
                      paper.firstSeen().toString(),
                      "papers/" + paper.slug() + ".md",
                      Urls.paper(paper.slug())));
            }
          });
    }
    found.sort(
        Comparator.comparing(CaptureLeftover::slug)
            .thenComparing(CaptureLeftover::field)
            .thenComparing(CaptureLeftover::problem)
            .thenComparing(CaptureLeftover::excerpt));
    return List.copyOf(found);
  }

  public static OutputFile file(Curation curation) {
    return new OutputFile(Urls.CURATION_JSON, Json.pretty(curation));
  }

  private static FoundSubtopic found(Subtopic s) {
    return new FoundSubtopic(s.label(), s.pinned(), s.named(), s.papers().size(), s.terms());
  }
}
