package dev.surveyor.view.export;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Leftovers;
import dev.surveyor.view.export.Curation.CaptureLeftover;
import dev.surveyor.view.export.Curation.EntityCandidate;
import dev.surveyor.view.export.Curation.FoundSubtopic;
import dev.surveyor.view.export.Curation.NearMiss;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes the {@link Curation} report of a survey. */
public final class CurationViews {
  /** A near miss scores at least this share of the threshold. */
  private static final double NEAR = 0.6;

  private CurationViews() {}

  public static Curation of(Survey survey) {
    List<NearMiss> near = nearMisses(survey);
    Map<String, List<FoundSubtopic>> subtopics = new LinkedHashMap<>();
    List<String> groups = new ArrayList<>(survey.themes().stream().map(Theme::slug).toList());
    groups.add(Survey.OTHER);
    for (String group : groups) {
      subtopics.put(group, survey.subtopicsOf(group).stream().map(CurationViews::found).toList());
    }
    List<EntityCandidate> candidates =
        survey.entities().candidates().stream()
            .map(c -> new EntityCandidate(c.name(), c.papers()))
            .toList();
    return new Curation(near.size(), near, subtopics, candidates, leftovers(survey));
  }

  private static List<NearMiss> nearMisses(Survey survey) {
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
    return near;
  }

  /**
   * Leftovers in the text each paper shows: none where a curator already replaced it. Looked for on
   * all cores, as every title and abstract of the survey is read.
   */
  static List<CaptureLeftover> leftovers(Survey survey) {
    List<CaptureLeftover> found = new ArrayList<>();
    Cores.map(survey.papers(), paper -> leftovers(survey, paper)).forEach(found::addAll);
    found.sort(
        Comparator.comparing(CaptureLeftover::slug)
            .thenComparing(CaptureLeftover::field)
            .thenComparing(CaptureLeftover::problem)
            .thenComparing(CaptureLeftover::excerpt));
    return List.copyOf(found);
  }

  private static List<CaptureLeftover> leftovers(Survey survey, Paper paper) {
    var note = survey.noteOf(paper);
    Map<String, String> fields = new LinkedHashMap<>();
    if (note.map(n -> n.title().isEmpty()).orElse(true)) {
      fields.put("title", paper.title());
    }
    if (note.map(n -> n.abstractText().isEmpty()).orElse(true)) {
      fields.put("abstract", paper.abstractText());
    }
    List<CaptureLeftover> found = new ArrayList<>();
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
    return found;
  }

  private static FoundSubtopic found(Subtopic s) {
    return new FoundSubtopic(s.label(), s.pinned(), s.named(), s.papers().size(), s.terms());
  }
}
