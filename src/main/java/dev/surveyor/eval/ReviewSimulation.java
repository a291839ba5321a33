package dev.surveyor.eval;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Content;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.review.ReviewItem;
import dev.surveyor.review.ReviewQueue;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A curator answering the review queue, played from the labels: for each share, the first papers of
 * the queue (as it stands before any answer) get the labels as verdicts, the survey is analysed
 * again, and every labelled paper is scored as the site would show it. Papers of the queue without
 * a label cannot be answered and are passed over, as counted.
 */
public final class ReviewSimulation {
  /**
   * One point of the curve.
   *
   * @param share of the queue the curator was asked about
   * @param asked papers of the queue asked about; {@code answered} of them had labels
   * @param asAnswered answered papers whose themes on the site are exactly their verdict's
   */
  public record Step(
      double share,
      int asked,
      int answered,
      int asAnswered,
      List<ThemeScore> scores,
      List<ThemeScore> heldOut) {
    public Step {
      scores = List.copyOf(scores);
      heldOut = List.copyOf(heldOut);
    }

    /** The mean of the themes' F1. */
    public double macroF1() {
      return macro(scores);
    }

    /** The same over the held-out rows alone: papers no label taught. */
    public double heldOutMacroF1() {
      return macro(heldOut);
    }

    private static double macro(List<ThemeScore> scores) {
      return scores.stream().mapToDouble(ThemeScore::f1).average().orElse(1);
    }
  }

  /** The steps, and how many papers waited in the queue before any answer. */
  public record Curve(int queued, List<Step> steps) {
    public Curve {
      steps = List.copyOf(steps);
    }
  }

  private ReviewSimulation() {}

  /**
   * The curve: no answers first, then one step per share (0 < share <= 1), in order given. Each
   * step analyses the loaded papers again through {@link Site}, as a rebuild after the answers.
   */
  public static Curve run(Site.Loaded loaded, LabelSet labels, List<Double> shares) {
    Survey before = loaded.survey();
    List<ReviewItem> queue = ReviewQueue.of(before);
    Map<String, Label> byKey = byKey(labels);
    List<Step> steps = new ArrayList<>();
    steps.add(step(0, 0, List.<String>of(), before, byKey, labels.themes()));
    for (double share : shares) {
      int asked = (int) Math.round(share * queue.size());
      Map<String, List<String>> verdicts = verdicts(before, queue.subList(0, asked), byKey);
      Survey after = analyse(loaded, verdicts);
      steps.add(step(share, asked, List.copyOf(verdicts.keySet()), after, byKey, labels.themes()));
    }
    return new Curve(queue.size(), steps);
  }

  /** The survey once the first {@code share} of the queue is answered: to look at its errors. */
  public static Survey answered(Site.Loaded loaded, LabelSet labels, double share) {
    List<ReviewItem> queue = ReviewQueue.of(loaded.survey());
    int asked = (int) Math.round(share * queue.size());
    return analyse(loaded, verdicts(loaded.survey(), queue.subList(0, asked), byKey(labels)));
  }

  private static Map<String, Label> byKey(LabelSet labels) {
    Map<String, Label> byKey = new HashMap<>();
    labels.labels().forEach(label -> byKey.putIfAbsent(Text.titleKey(label.title()), label));
    return byKey;
  }

  /** The labels of the asked papers as verdicts, by slug; papers without a label passed over. */
  private static Map<String, List<String>> verdicts(
      Survey before, List<ReviewItem> asked, Map<String, Label> byKey) {
    Map<String, Paper> bySlug = new HashMap<>();
    before.papers().forEach(paper -> bySlug.put(paper.slug(), paper));
    Map<String, List<String>> verdicts = new LinkedHashMap<>();
    for (ReviewItem item : asked) {
      Label label = byKey.get(bySlug.get(item.slug()).key());
      if (label != null) {
        verdicts.put(item.slug(), inOrder(before.themes(), label));
      }
    }
    return verdicts;
  }

  /** The loaded papers analysed again with the verdicts, as a rebuild after the answers. */
  private static Survey analyse(Site.Loaded loaded, Map<String, List<String>> verdicts) {
    return Site.analyse(
            withVerdicts(loaded.content(), verdicts),
            (read, diagnostics) -> loaded.corpus(),
            new Diagnostics(),
            Stopwatch.unread())
        .survey();
  }

  /** The curve as a table: a row per step and theme, P/R/F1 over every labelled paper. */
  public static String format(Curve curve, String labelsFile) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "simulated review: the first papers of the queue (%d without a verdict) answered from"
                + " %s; scores over every labelled paper, as the site shows it%n",
            curve.queued(),
            labelsFile));
    out.append(
        String.format(
            Locale.ROOT,
            "%-8s %6s %-20s %5s %5s %5s %5s %5s %5s%n",
            "answered",
            "papers",
            "theme",
            "P",
            "R",
            "F1",
            "TP",
            "FP",
            "FN"));
    for (Step step : curve.steps()) {
      String share = String.format(Locale.ROOT, "%.0f%%", step.share() * 100);
      boolean first = true;
      for (ThemeScore s : step.scores()) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-8s %6s %-20s %5.2f %5.2f %5.2f %5d %5d %5d%n",
                first ? share : "",
                first ? String.valueOf(step.answered()) : "",
                s.theme(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.truePositives(),
                s.falsePositives(),
                s.falseNegatives()));
        first = false;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-8s %6s %-20s %17.2f   (%d asked, %d answered, %d shown as answered)%n",
              "",
              "",
              "macro-F1",
              step.macroF1(),
              step.asked(),
              step.answered(),
              step.asAnswered()));
      if (step.heldOut().stream().anyMatch(h -> h.labelled() > 0)) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-8s %6s %-20s %17.3f   (%s)%n",
                "",
                "",
                "held-out macro-F1",
                step.heldOutMacroF1(),
                step.heldOut().stream()
                    .map(h -> String.format(Locale.ROOT, "%s %.3f", h.theme(), h.f1()))
                    .collect(java.util.stream.Collectors.joining(", "))));
      }
    }
    return out.toString();
  }

  /** The label's themes among the survey's, in theme order, as a verdict names them. */
  private static List<String> inOrder(List<Theme> themes, Label label) {
    return themes.stream().map(Theme::slug).filter(label.themes()::contains).toList();
  }

  /** The content with the verdicts in the papers' notes (their text kept). */
  private static Content withVerdicts(Content content, Map<String, List<String>> verdicts) {
    List<PaperNote> notes = new ArrayList<>();
    for (PaperNote note : content.notes()) {
      if (!verdicts.containsKey(note.slug())) {
        notes.add(note);
      }
    }
    verdicts.forEach(
        (slug, themes) -> {
          Markdown text =
              content.notes().stream()
                  .filter(n -> n.slug().equals(slug))
                  .findFirst()
                  .map(PaperNote::note)
                  .orElse(new Markdown("", new Provenance("papers/" + slug + ".md", 1)));
          notes.add(new PaperNote(slug, List.of(), List.of(), Optional.of(themes), text));
        });
    return content.withNotes(notes);
  }

  private static Step step(
      double share,
      int asked,
      List<String> answered,
      Survey survey,
      Map<String, Label> byKey,
      List<String> labelled) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, int[]> heldOut = new LinkedHashMap<>();
    survey.themes().stream()
        .filter(theme -> labelled.contains(theme.slug()))
        .forEach(
            theme -> {
              counts.put(theme.slug(), new int[4]);
              heldOut.put(theme.slug(), new int[4]);
            });
    for (Paper paper : survey.papers()) {
      Label label = byKey.get(paper.key());
      if (label == null) {
        continue;
      }
      for (Assignment a : survey.assignmentsOf(paper)) {
        if (!counts.containsKey(a.theme())) {
          continue; // a theme the labels have no column for
        }
        boolean expected = label.themes().contains(a.theme());
        boolean shown = a.member();
        int cell = expected ? (shown ? 0 : 2) : (shown ? 1 : 3);
        counts.get(a.theme())[cell]++;
        if (label.heldOut()) {
          heldOut.get(a.theme())[cell]++;
        }
      }
    }
    int asAnswered = 0;
    Map<String, Paper> bySlug = new HashMap<>();
    survey.papers().forEach(paper -> bySlug.put(paper.slug(), paper));
    for (String slug : answered) {
      Paper paper = bySlug.get(slug);
      Label label = byKey.get(paper.key());
      if (survey.themesOf(paper).equals(inOrder(survey.themes(), label))) {
        asAnswered++;
      }
    }
    return new Step(share, asked, answered.size(), asAnswered, scores(counts), scores(heldOut));
  }

  private static List<ThemeScore> scores(Map<String, int[]> counts) {
    List<ThemeScore> scores = new ArrayList<>();
    counts.forEach(
        (theme, c) ->
            scores.add(new ThemeScore(theme, c[0], c[1], c[2], c[0] + c[1] + c[2] + c[3])));
    return scores;
  }
}
