package dev.surveyor.analyze;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Scores;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A learned model beside the rules. Per theme, logistic regression over a paper's TF-IDF terms and
 * every theme's rule score, taught by the survey's labelled papers: the {@code tuning} rows of the
 * label files {@code learn_from} names, matched to papers by title (held-out rows never teach). It
 * decides the papers no label covers, with the rules' evidence and the labelled papers nearest to
 * each that were labelled as it decided; a labelled paper keeps the rules' call, as its label
 * teaches and measures rather than decides. Curators' notes still win over both.
 */
final class LearnedThemes {
  /**
   * A theme is learnt only from at least this many papers in it and as many outside. It matters
   * where a curator's answers alone teach (a new listing no label file covers): answers are the
   * queue's hardest papers, and a model taught by a handful of them drops the rules' clear calls.
   * Two-fold cross-validation on the fresh tuning labels, answers alone teaching, macro-F1 after
   * 10% of the queue answered (bench/review-tuning --variant rules-alone): 4 and 6 examples 0.885
   * (reasoning 0.74: its model, taught by too few answers, misses most of it), 8 and 10 0.923, 12
   * to 24 0.911 (no model until more answers come); after 17% and 20%, 0.942 and 0.951 for 8 to 16.
   * Blending an answer-only model with the rules by its number of examples, or adding the rules'
   * clear calls as pseudo-labels, kept it from collapsing at 4 (0.896-0.914) but at 8 gave
   * 0.911-0.913: the rules' figures, the model's gains lost.
   */
  static final int MIN_EXAMPLES = 8;

  // Chosen by two-fold cross-validation on the fresh tuning labels (three splits; macro-F1 of the
  // papers no label taught after 10% of the review queue answered). With 266 papers teaching: 1e-4
  // 0.923, 1e-3 0.929, 3e-3 0.929, 1e-2 0.932. With 750 teaching and the words weighted 12: 1e-2
  // 0.939, 2e-2 0.947, 3e-2 0.946, 1e-1 0.926 (the rules' scores shrink too).
  private static final double L2 = 2e-2;
  private static final double DECIDE = 0.5; // as Assignment.rulesSay reads a probability
  private static final double NEAR_MISS = 0.25;
  private static final int EXAMPLES = 3;
  // A paper's heaviest terms find its nearest labelled papers; all of them would cost 100k papers
  // a pass over every labelled paper each.
  private static final int NEIGHBOUR_TERMS = 24;

  /**
   * How far the words may outvote the rules: a unit TF-IDF vector's weights are small beside the
   * rule features, so they are scaled up, the more the more papers teach. The scale grows with the
   * square root of the labelled papers (5 at 750), which keeps the penalty on the words the same
   * per labelled paper: a few answers lean on the rules, many labels let the words speak. Two-fold
   * cross-validation on the 1,500 fresh tuning labels (750 teaching, after 10% answered): a fixed 3
   * 0.921, 5 0.933, 8 0.939, 12 0.947; a fixed 12 taught by answers alone fell to 0.65 after 5%
   * (reasoning 0.31). But words learnt on one listing carry less to another: taught by the 1,500
   * and scored on the survey's own 469 labelled papers, a 3 gave 0.944 after 10%, 5 (here 7.1)
   * 0.949, 8 0.936 and 12 0.928. 5 is the most the other listing bears.
   */
  private static final double TEXT_AT_750 = 5;

  private LearnedThemes() {}

  /**
   * What deciding one paper needs besides the paper: per theme its model (null where the rules
   * decide), how the reason names the model, the labelled papers to draw examples from.
   */
  private record Context(
      List<LogisticRegression> models,
      String by,
      Neighbours neighbours,
      List<Paper> papers,
      Map<Integer, Set<String>> taught,
      List<Theme> themes) {}

  /**
   * The assignments of every paper, in paper order: the rules' own for labelled papers and for
   * themes with too few examples, the model's for the rest.
   */
  static List<List<Assignment>> decide(
      List<Paper> papers,
      List<List<Assignment>> byRules,
      TermVectors vectors,
      List<Theme> themes,
      List<LabelSet> teaching,
      Map<String, PaperNote> notes) {
    Map<Integer, Set<String>> taught = taught(papers, teaching, notes);
    if (taught.isEmpty() || taught.size() == papers.size()) {
      return byRules; // nothing to learn from, or nothing left for the model to decide
    }
    int[] examples = taught.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int dimensions = vectors.dimensions() + 2 * themes.size();
    double text = TEXT_AT_750 * Math.sqrt(examples.length / 750.0);
    List<LogisticRegression.Row> rows =
        Arrays.stream(examples).mapToObj(i -> row(vectors, i, byRules.get(i), text)).toList();
    List<LogisticRegression> models =
        Cores.mapIndices(
            themes.size(), t -> learn(themes.get(t).slug(), examples, taught, rows, dimensions));
    String by =
        "the theme's phrases and a model taught by "
            + String.format(Locale.ROOT, "%,d", examples.length)
            + " labelled papers";
    Context context =
        new Context(models, by, new Neighbours(vectors, examples), papers, taught, themes);
    return Cores.mapIndices(
        papers.size(),
        i ->
            taught.containsKey(i)
                ? byRules.get(i)
                : decideOne(i, byRules.get(i), row(vectors, i, byRules.get(i), text), context));
  }

  private static List<Assignment> decideOne(
      int paper, List<Assignment> rules, LogisticRegression.Row row, Context context) {
    List<Assignment> decided = new ArrayList<>(rules.size());
    int[] nearest = null;
    for (int t = 0; t < rules.size(); t++) {
      Assignment a = rules.get(t);
      LogisticRegression model = context.models().get(t);
      if (model == null) {
        decided.add(a);
        continue;
      }
      double p = Math.round(model.probability(row) * 100) / 100.0;
      boolean in = p >= DECIDE;
      if (nearest == null) {
        nearest = context.neighbours().of(paper);
      }
      String theme = context.themes().get(t).slug();
      List<String> agreeing = new ArrayList<>();
      for (int k = 0; k < nearest.length && agreeing.size() < EXAMPLES; k++) {
        if (context.taught().get(nearest[k]).contains(theme) == in) {
          agreeing.add(context.papers().get(nearest[k]).slug());
        }
      }
      String measure =
          RuleScorer.points(a.score())
              + " ("
              + Scores.display(a.threshold())
              + " needed) and a model confidence of "
              + hundredths(p);
      decided.add(
          new Assignment(
              a.theme(),
              a.score(),
              a.threshold(),
              a.evidence(),
              new Assignment.Reason(
                  context.by(), measure, !in && p >= NEAR_MISS, agreeing, OptionalDouble.of(p)),
              in ? Assignment.Decision.RULES_IN : Assignment.Decision.RULES_OUT));
    }
    return decided;
  }

  /**
   * A probability already rounded to hundredths, as {@code String.format("%.2f")} writes it
   * ("0.07", "1.00"), without a Formatter: one is written for every paper and modelled theme.
   */
  static String hundredths(double p) {
    long h = Math.round(p * 100);
    return h / 100 + "." + (h % 100 < 10 ? "0" : "") + h % 100;
  }

  /** One theme's model, or null when its examples are too few on either side. */
  private static LogisticRegression learn(
      String theme,
      int[] examples,
      Map<Integer, Set<String>> taught,
      List<LogisticRegression.Row> rows,
      int dimensions) {
    boolean[] positive = new boolean[examples.length];
    int in = 0;
    for (int k = 0; k < examples.length; k++) {
      positive[k] = taught.get(examples[k]).contains(theme);
      in += positive[k] ? 1 : 0;
    }
    int out = examples.length - in;
    if (in < MIN_EXAMPLES || out < MIN_EXAMPLES) {
      return null;
    }
    double positiveWeight = Math.sqrt(Math.max(1.0, (double) out / in));
    return LogisticRegression.train(rows, positive, dimensions, L2, positiveWeight);
  }

  /**
   * The themes each labelled paper is in, by paper index: a curator's verdict first, so every
   * answer also teaches; then the label files, the first naming a paper winning.
   */
  private static Map<Integer, Set<String>> taught(
      List<Paper> papers, List<LabelSet> teaching, Map<String, PaperNote> notes) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      byKey.putIfAbsent(Text.titleKey(papers.get(i).title()), i);
    }
    Map<Integer, Set<String>> taught = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      PaperNote note = notes.get(papers.get(i).slug());
      if (note != null && note.verdict().isPresent()) {
        taught.put(i, Set.copyOf(note.verdict().get()));
      }
    }
    for (LabelSet set : teaching) {
      for (Label label : set.labels()) {
        Integer paper = byKey.get(Text.titleKey(label.title()));
        if (paper != null && !label.heldOut()) {
          taught.putIfAbsent(paper, label.themes());
        }
      }
    }
    return taught;
  }

  /**
   * A paper's features: its TF-IDF terms, scaled by {@code text}, then per theme the rule score
   * against the threshold (clipped, so one long abstract cannot outweigh everything) and whether
   * the rules placed it.
   */
  private static LogisticRegression.Row row(
      TermVectors vectors, int paper, List<Assignment> rules, double text) {
    SparseVector v = vectors.vector(paper);
    int[] ids = new int[v.size() + 2 * rules.size()];
    double[] values = new double[ids.length];
    for (int k = 0; k < v.size(); k++) {
      ids[k] = v.id(k);
      values[k] = text * v.weight(k);
    }
    for (int t = 0; t < rules.size(); t++) {
      Assignment a = rules.get(t);
      int k = v.size() + 2 * t;
      ids[k] = vectors.dimensions() + 2 * t;
      values[k] = Math.max(-1, Math.min(3, a.score() / a.threshold()));
      ids[k + 1] = ids[k] + 1;
      values[k + 1] = a.score() >= a.threshold() ? 1 : 0;
    }
    return new LogisticRegression.Row(ids, values);
  }

  /** The labelled papers nearest each paper by its heaviest terms, through an inverted index. */
  private static final class Neighbours {
    private static final int NEAREST = 12;

    private final TermVectors vectors;
    private final int[] examples;
    // Per term id, the labelled papers using it (as positions in examples, ascending) and their
    // weights for it: arrays, as every paper of a large survey reads them.
    private final int[][] postingExamples;
    private final float[][] postingWeights;

    Neighbours(TermVectors vectors, int[] examples) {
      this.vectors = vectors;
      this.examples = examples;
      int[] sizes = new int[vectors.dimensions()];
      for (int example : examples) {
        SparseVector v = vectors.vector(example);
        for (int k = 0; k < v.size(); k++) {
          sizes[v.id(k)]++;
        }
      }
      postingExamples = new int[sizes.length][];
      postingWeights = new float[sizes.length][];
      for (int t = 0; t < sizes.length; t++) {
        postingExamples[t] = new int[sizes[t]];
        postingWeights[t] = new float[sizes[t]];
      }
      int[] filled = new int[sizes.length];
      for (int e = 0; e < examples.length; e++) {
        SparseVector v = vectors.vector(examples[e]);
        for (int k = 0; k < v.size(); k++) {
          int t = v.id(k);
          postingExamples[t][filled[t]] = e;
          postingWeights[t][filled[t]++] = v.weight(k);
        }
      }
    }

    /** Paper indexes of the labelled papers nearest {@code paper}, nearest first. */
    int[] of(int paper) {
      SparseVector v = vectors.vector(paper);
      // heaviest terms first, ties in term order: weight descending, then position, packed in
      // longs (non-negative floats order like their bits), so sorting needs no boxing
      long[] order = new long[v.size()];
      for (int k = 0; k < order.length; k++) {
        order[k] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(v.weight(k))) << 32) | k;
      }
      java.util.Arrays.sort(order);
      double[] score = new double[examples.length];
      for (int i = 0; i < Math.min(NEIGHBOUR_TERMS, order.length); i++) {
        int k = (int) order[i];
        int t = v.id(k);
        int[] using = postingExamples[t];
        float[] weights = postingWeights[t];
        for (int j = 0; j < using.length; j++) {
          score[using[j]] += v.weight(k) * weights[j];
        }
      }
      // the best scores, ties to the earlier example: kept sorted, as few are kept
      int[] best = new int[NEAREST];
      int kept = 0;
      for (int e = 0; e < examples.length; e++) {
        if (score[e] <= 0 || (kept == NEAREST && score[e] <= score[best[kept - 1]])) {
          continue;
        }
        int at = Math.min(kept, NEAREST - 1);
        while (at > 0 && score[best[at - 1]] < score[e]) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = e;
        kept = Math.min(kept + 1, NEAREST);
      }
      int[] nearest = new int[kept];
      for (int i = 0; i < kept; i++) {
        nearest[i] = examples[best[i]];
      }
      return nearest;
    }
  }
}
