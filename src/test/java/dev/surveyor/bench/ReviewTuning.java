package dev.surveyor.bench;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.eval.ReviewSimulation;
import dev.surveyor.eval.ThemeScore;
import dev.surveyor.ingest.LabelReader;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Content;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.Repo;
import dev.surveyor.text.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How the review queue and the learned model do on papers no label taught, judged inside the fresh
 * tuning labels alone (the held-out rows are never read here unless {@code --held-out} asks to
 * score them, once, at the end of a round). The tuning papers (1,500) are the new listing; each
 * split halves them at random, one half teaches the model (as {@code learn_from} would) while the
 * other is scored as held out, then the other way round, so every paper is scored once per split.
 * The curator answers the first shares of the queue from the labels ({@link ReviewSimulation});
 * counts are pooled over both halves of a split, and the table gives per split and on average the
 * untaught papers' macro-F1 and their least theme F1. Run by {@code bench/review-tuning}.
 *
 * <pre>
 * ReviewTuning [--splits N] [--shares 0.05,0.1] [--variant model|rules-alone|both] [--errors THEME]
 * ReviewTuning --held-out [--shares ...] [--variant model|rules-alone]
 *                                  every labelled paper, the survey's learn_from (or none): score once
 * </pre>
 */
public final class ReviewTuning {
  private static final long SEED = 20261206L;

  private ReviewTuning() {}

  public static void main(String[] args) throws Exception {
    int splits = 3;
    List<Double> shares = List.of(0.1);
    String variant = "model";
    boolean heldOut = false;
    String errors = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--splits" -> splits = Integer.parseInt(args[++i]);
        case "--shares" ->
            shares = Arrays.stream(args[++i].split(",")).map(Double::valueOf).toList();
        case "--variant" -> variant = args[++i];
        case "--held-out" -> heldOut = true;
        case "--errors" -> errors = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    LabelSet all = LabelReader.read(FreshListing.LABELS, "eval/fresh-labels.tsv");
    Path listing = Files.createTempDirectory("review-tuning");
    try {
      if (heldOut) {
        Files.write(listing.resolve("fresh.jsonl"), FreshListing.lines(row -> true));
        Site.Loaded loaded = Site.load(Repo.content(), listing, new Diagnostics());
        if (variant.equals("rules-alone")) { // learn_from removed: only the answers teach
          Content content = loaded.content().toBuilder().teaching(List.of()).build();
          Site.Loaded read = loaded;
          loaded =
              Site.analyse(
                  content,
                  (r, diagnostics) -> read.corpus(),
                  new Diagnostics(),
                  Stopwatch.unread());
        }
        System.out.print(
            ReviewSimulation.format(ReviewSimulation.run(loaded, all, shares), "fresh-labels"));
        return;
      }
      Files.write(listing.resolve("tuning.jsonl"), FreshListing.lines(row -> !isHeldOut(row)));
      Site.Loaded base = Site.load(Repo.content(), listing, new Diagnostics());
      List<Label> tuning = all.labels().stream().filter(label -> !label.heldOut()).toList();
      System.out.printf(
          Locale.ROOT,
          "%d tuning papers as the listing (%d loaded), %d splits in two halves, seed %d%n",
          tuning.size(),
          base.survey().papers().size(),
          splits,
          SEED);
      if (!variant.equals("rules-alone")) {
        run(base, all, tuning, splits, shares, true, errors);
      }
      if (!variant.equals("model")) {
        // Only the answers teach: the halves do not matter, and pooled they are all the papers.
        run(base, all, tuning, 1, shares, false, errors);
      }
    } finally {
      try (var files = Files.list(listing)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(listing);
    }
  }

  private static boolean isHeldOut(String[] row) {
    return row[1].equals("held-out");
  }

  /**
   * The untaught papers' counts after each share of the queue is answered: per share (0 first), per
   * split, per theme, true positives, false positives and false negatives, pooled over both halves
   * of the split. {@code learn} false: only the answers teach.
   */
  public static Map<Double, List<Map<String, int[]>>> crossValidate(
      Site.Loaded base,
      LabelSet all,
      List<Label> tuning,
      int splits,
      List<Double> shares,
      boolean learn,
      String errors) {
    // per share, per split: pooled counts by theme
    Map<Double, List<Map<String, int[]>>> pooled = new LinkedHashMap<>();
    List<Double> steps = new ArrayList<>();
    steps.add(0.0);
    steps.addAll(shares);
    steps.forEach(share -> pooled.put(share, new ArrayList<>()));
    for (int split = 0; split < splits; split++) {
      List<Label> shuffled = new ArrayList<>(tuning);
      Collections.shuffle(shuffled, new Random(SEED + split));
      java.util.Set<Label> first =
          new java.util.HashSet<>(shuffled.subList(0, shuffled.size() / 2));
      steps.forEach(share -> pooled.get(share).add(new LinkedHashMap<>()));
      for (int half = 0; half < 2; half++) {
        List<Label> folded = new ArrayList<>();
        for (Label label : tuning) {
          boolean teaches = first.contains(label) == (half == 0);
          folded.add(
              new Label(label.title(), !teaches, label.themes(), label.note(), label.line()));
        }
        LabelSet fold = new LabelSet(all.file(), all.themes(), folded);
        Content content =
            base.content().toBuilder().teaching(learn ? List.of(fold) : List.of()).build();
        Site.Loaded loaded =
            Site.analyse(
                content,
                (read, diagnostics) -> base.corpus(),
                new Diagnostics(),
                Stopwatch.unread());
        ReviewSimulation.Curve curve = ReviewSimulation.run(loaded, fold, shares);
        for (ReviewSimulation.Step step : curve.steps()) {
          Map<String, int[]> counts = pooled.get(step.share()).get(split);
          for (ThemeScore s : step.heldOut()) {
            int[] c = counts.computeIfAbsent(s.theme(), t -> new int[3]);
            c[0] += s.truePositives();
            c[1] += s.falsePositives();
            c[2] += s.falseNegatives();
          }
        }
        if (errors != null) {
          printErrors(
              ReviewSimulation.answered(loaded, fold, shares.get(shares.size() - 1)),
              fold,
              errors,
              split,
              half);
        }
      }
    }
    return pooled;
  }

  /** The untaught papers' F1 of one theme from pooled counts. */
  public static double f1(int[] c) {
    int denominator = 2 * c[0] + c[1] + c[2];
    return denominator == 0 ? 1 : 2.0 * c[0] / denominator;
  }

  /** One variant: every split and share, then the means. */
  private static void run(
      Site.Loaded base,
      LabelSet all,
      List<Label> tuning,
      int splits,
      List<Double> shares,
      boolean learn,
      String errors) {
    Map<Double, List<Map<String, int[]>>> pooled =
        crossValidate(base, all, tuning, splits, shares, learn, errors);
    System.out.println();
    System.out.println(
        (learn ? "rules + model (one half teaches)" : "rules alone (only answers teach)")
            + ": the untaught half, counts pooled over both halves of a split");
    System.out.printf(
        Locale.ROOT,
        "%-9s %-7s %-45s %6s %6s  %s%n",
        "answered",
        "split",
        "F1 by theme",
        "macro",
        "least",
        "errors (FP/FN) by theme");
    for (double share : pooled.keySet()) {
      List<Map<String, int[]>> bySplit = pooled.get(share);
      double macroSum = 0;
      double leastSum = 0;
      Map<String, Double> themeSum = new LinkedHashMap<>();
      for (int split = 0; split < bySplit.size(); split++) {
        Map<String, int[]> counts = bySplit.get(split);
        StringBuilder themes = new StringBuilder();
        StringBuilder wrong = new StringBuilder();
        double macro = 0;
        double least = 1;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
          int[] c = e.getValue();
          double f1 = f1(c);
          macro += f1 / counts.size();
          least = Math.min(least, f1);
          themeSum.merge(e.getKey(), f1 / bySplit.size(), Double::sum);
          themes.append(String.format(Locale.ROOT, "%s %.3f ", abbreviation(e.getKey()), f1));
          wrong.append(String.format(Locale.ROOT, "%d/%d ", c[1], c[2]));
        }
        macroSum += macro;
        leastSum += least;
        System.out.printf(
            Locale.ROOT,
            "%-9s %-7s %-45s %6.3f %6.3f  %s%n",
            split == 0 ? String.format(Locale.ROOT, "%.0f%%", share * 100) : "",
            String.valueOf(split + 1),
            themes.toString().trim(),
            macro,
            least,
            wrong.toString().trim());
      }
      StringBuilder themes = new StringBuilder();
      themeSum.forEach(
          (theme, f1) ->
              themes.append(String.format(Locale.ROOT, "%s %.3f ", abbreviation(theme), f1)));
      System.out.printf(
          Locale.ROOT,
          "%-9s %-7s %-45s %6.3f %6.3f%n",
          "",
          "mean",
          themes.toString().trim(),
          macroSum / bySplit.size(),
          leastSum / bySplit.size());
    }
  }

  private static String abbreviation(String theme) {
    return switch (theme) {
      case "reasoning" -> "reas";
      case "instruction-tuning" -> "inst";
      case "curriculum" -> "curr";
      case "peft" -> "peft";
      default -> theme;
    };
  }

  /** The untaught half's wrong calls on one theme, false hits and misses, with why. */
  private static void printErrors(Survey survey, LabelSet fold, String theme, int split, int half) {
    Map<String, Label> byKey = new HashMap<>();
    fold.labels().forEach(label -> byKey.put(Text.titleKey(label.title()), label));
    for (Paper paper : survey.papers()) {
      Label label = byKey.get(paper.key());
      if (label == null || !label.heldOut()) {
        continue;
      }
      for (Assignment a : survey.assignmentsOf(paper)) {
        if (!a.theme().equals(theme)) {
          continue;
        }
        boolean expected = label.themes().contains(theme);
        if (a.member() != expected) {
          System.out.printf(
              Locale.ROOT,
              "split %d half %d %s %-8s rules %.1f/%.1f p=%s %s | %s%n",
              split + 1,
              half + 1,
              expected ? "MISS" : "FALSE",
              a.decision(),
              a.score(),
              a.threshold(),
              a.reason().probability().isPresent()
                  ? String.format(Locale.ROOT, "%.2f", a.reason().probability().getAsDouble())
                  : "-",
              paper.title(),
              label.note());
        }
      }
    }
  }
}
