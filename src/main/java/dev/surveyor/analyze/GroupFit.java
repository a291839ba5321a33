package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Decides which curator-named group each paper of a theme is listed under, so that a group holds
 * the papers its name fits (issue 22, item 4; review 5, section 3: "Reinforcement learning for
 * reasoning" held "Code-enabled language models can outperform reasoning models", whose abstract
 * names RL only as what its method does without). A group's core is the papers whose title says one
 * of its phrases (when fewer than {@link #MIN_CORE} do, every paper that names it): a title says
 * what a paper is about, an abstract's two mentions often only what it is compared with. A paper's
 * fit to a group is its similarity to the core's centre over a core paper's typical similarity. One
 * rule for every group:
 *
 * <ol>
 *   <li>a paper stays in the group the clustering put it in (which weighed it against all groups at
 *       once) if its title names that group, or its abstract does and it is at least {@link
 *       #NAMED_FIT} as close to the core as a core paper is to the rest of the core;
 *   <li>else it goes to the group its title names (the one it fits best when it names several);
 *   <li>else to the best-fitting group its abstract names, if at least {@link #NAMED_FIT} as close;
 *   <li>else to the best-fitting group it is clearly close to without naming it: at least {@link
 *       #CLOSE_FIT} as close as the core's median paper is to a centre it is itself part of (so a
 *       small group, whose papers each pull its centre to them, is not widened by papers merely as
 *       near as its loosest member);
 *   <li>else it stays in a cluster no curator named, or in none.
 * </ol>
 *
 * <p>Measured on the real survey against the two judgements at hand: of the 180 papers the themes'
 * overviews name under a group, all but one are listed there (that overview was corrected); of the
 * 20 misplacements review 5 listed, 7 leave their group (5 for none, 2 for another). The thresholds
 * are round numbers between the two: at 0.9 (with the title ruling before the clustering's choice)
 * 8 misplacements left but 5 of the overviews' placements went to no group.
 */
final class GroupFit {
  /** Fewer papers whose title names a group than this make too small a core: its namers are. */
  static final int MIN_CORE = 3;

  /** A paper naming a group in its abstract: how near, against a core paper, it must be. */
  static final double NAMED_FIT = 0.85;

  /** A paper not naming a group: how near, against the core's median paper, it must be. */
  static final double CLOSE_FIT = 0.8;

  /** The value of a paper in no group. */
  static final int NONE = -1;

  private final TermVectors vectors;

  GroupFit(TermVectors vectors) {
    this.vectors = vectors;
  }

  /**
   * @param members vector indexes of the theme's papers
   * @param naming per group, whether a paper names it (title, or abstract twice)
   * @param titling per group, whether a paper's title names it
   * @param clustered per member, the cluster the clustering put it in: a named group's number, or
   *     (from the number of groups on) a cluster no curator named; among the groups a rule admits,
   *     this one is kept, as the clustering weighed the paper against all groups at once
   * @param fallback per member, the group to keep when no rule places it (a cluster no curator
   *     named), or {@link #NONE}
   * @return per member, its group, or {@link #NONE}
   */
  int[] assign(
      List<Integer> members,
      List<IntPredicate> naming,
      List<IntPredicate> titling,
      int[] clustered,
      int[] fallback) {
    int groups = naming.size();
    List<double[]> centres = new ArrayList<>(groups);
    double[] amongOthers = new double[groups];
    double[] withItself = new double[groups];
    for (int c = 0; c < groups; c++) {
      List<Integer> core = core(members, naming.get(c), titling.get(c));
      double[] sum = new double[vectors.dimensions()];
      core.forEach(p -> Centroids.add(sum, vectors.vector(p)));
      amongOthers[c] = amongOthers(core, sum);
      double[] centre = Centroids.normalise(sum);
      withItself[c] = withItself(core, centre);
      centres.add(centre);
    }
    int[] assignment = new int[members.size()];
    // a paper's fit to each group, against a core paper among the others and against the median
    double[] byOthers = new double[groups];
    double[] byMedian = new double[groups];
    for (int i = 0; i < members.size(); i++) {
      int paper = members.get(i);
      SparseVector v = vectors.vector(paper);
      for (int c = 0; c < groups; c++) {
        double similarity = v.dot(centres.get(c));
        byOthers[c] = similarity / amongOthers[c];
        byMedian[c] = similarity / withItself[c];
      }
      int own = clustered[i];
      IntPredicate saysNear = c -> naming.get(c).test(paper) && byOthers[c] >= NAMED_FIT;
      IntPredicate says = c -> titling.get(c).test(paper) || saysNear.test(c);
      int titled = best(byMedian, own, c -> titling.get(c).test(paper));
      int named = best(byOthers, own, saysNear);
      int close = best(byMedian, own, c -> byMedian[c] >= CLOSE_FIT);
      assignment[i] =
          own >= 0 && own < groups && says.test(own)
              ? own
              : titled != NONE
                  ? titled
                  : named != NONE ? named : close != NONE ? close : fallback[i];
    }
    return assignment;
  }

  private static List<Integer> core(
      List<Integer> members, IntPredicate naming, IntPredicate titling) {
    List<Integer> titled = members.stream().filter(titling::test).toList();
    return titled.size() >= MIN_CORE ? titled : members.stream().filter(naming::test).toList();
  }

  /**
   * The median similarity of a core paper to the centre of the others (the sum's direction without
   * it); vectors are unit length, so that is (sum·v − 1) / |sum − v|. No others: infinite, so that
   * only a paper whose title names the group joins it.
   */
  private double amongOthers(List<Integer> core, double[] sum) {
    if (core.size() < 2) {
      return Double.POSITIVE_INFINITY;
    }
    double squared = Arrays.stream(sum).map(x -> x * x).sum();
    double[] similarity = new double[core.size()];
    for (int k = 0; k < core.size(); k++) {
      double dot = vectors.vector(core.get(k)).dot(sum);
      similarity[k] = (dot - 1) / Math.sqrt(Math.max(1e-12, squared - 2 * dot + 1));
    }
    return median(similarity);
  }

  /** The median similarity of a core paper to the core's centre; none: infinite. */
  private double withItself(List<Integer> core, double[] centre) {
    if (core.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    double[] similarity = new double[core.size()];
    for (int k = 0; k < core.size(); k++) {
      similarity[k] = vectors.vector(core.get(k)).dot(centre);
    }
    return median(similarity);
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }

  /**
   * The paper's own cluster if the test admits it, else the best-fitting group the test admits (the
   * first on a tie), or none.
   */
  private static int best(double[] fit, int own, IntPredicate admits) {
    if (own >= 0 && own < fit.length && admits.test(own)) {
      return own;
    }
    int best = NONE;
    for (int c = 0; c < fit.length; c++) {
      if (admits.test(c) && (best == NONE || fit[c] > fit[best])) {
        best = c;
      }
    }
    return best;
  }
}
