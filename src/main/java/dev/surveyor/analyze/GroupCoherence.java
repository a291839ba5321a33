package dev.surveyor.analyze;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How well each named sub-topic of a theme holds together, read off its papers' texts: the mean
 * cosine between its papers over the mean between its theme's papers (its lift), and the words that
 * most of its papers write and its theme's other papers seldom do (its subject words). A group
 * whose papers write alike ("Retrieval-augmented generation", 2.4 on this survey) is one line of
 * work; one whose papers are barely more alike than any two of its theme ("Curricula for specific
 * domains and tasks", 0.9: medical, code, re-ranking and image papers) is a catch-all under a broad
 * name, and says little about two of its papers whose texts are unalike, unless they both write of
 * what most of its papers write ("math" in "Mathematical reasoning").
 */
final class GroupCoherence {
  /**
   * A group whose papers are this much more alike than its theme's vouches fully for two of its
   * papers: their texts count as alike from {@link RelatedFinder#MIN_TEXT_SUBTOPIC}. One no more
   * alike than its theme's vouches for nothing.
   */
  static final double FULL = 1.5;

  /** A subject word is written by at least this share of a group's papers ... */
  static final double SUBJECT_SHARE = 0.5;

  /**
   * ... and by this many times the share of its theme's other papers: "math" (55% against 19%),
   * "logic" (74% against 11%); "instruction" in a group of Instruction tuning is not one.
   */
  static final double SUBJECT_LIFT = 1.5;

  private final TermVectors vectors;
  private final double[] lift;
  // per group, its subject words' term ids, ascending
  private final int[][] subjects;

  GroupCoherence(TermVectors vectors, PaperGroups groups) {
    this.vectors = vectors;
    double[] sum = new double[vectors.dimensions()];
    int[] inGroup = new int[vectors.dimensions()];
    int[] inTheme = new int[vectors.dimensions()];
    // a theme's papers are one array for all its groups: its mean is worked out once
    Map<int[], Double> themeMeans = new IdentityHashMap<>();
    this.lift = new double[groups.subtopicCount()];
    this.subjects = new int[lift.length][];
    for (int g = 0; g < lift.length; g++) {
      int[] theme = groups.theme(g);
      double background = themeMeans.computeIfAbsent(theme, t -> meanCosine(t, sum));
      lift[g] = background > 0 ? meanCosine(groups.members(g), sum) / background : 0;
      // a group no more alike than its theme has no subject of its own: in a small catch-all, words
      // half its papers happen to write are filler ("have", "show", "stage", "dataset")
      subjects[g] = lift[g] > 1 ? subjects(groups.members(g), theme, inGroup, inTheme) : new int[0];
    }
  }

  /** The mean cosine of the sub-topic's papers over its theme's. */
  double lift(int subtopic) {
    return lift[subtopic];
  }

  /**
   * How much the sub-topic vouches for two of its papers, from 0 (a catch-all, no more alike than
   * its theme) to 1 ({@link #FULL} or more).
   */
  double vouch(int subtopic) {
    return Math.max(0, Math.min(1, (lift[subtopic] - 1) / (FULL - 1)));
  }

  /**
   * Whether two papers of the sub-topic both write of its subject: its subject words add at least
   * {@link SubjectWords#MIN_SHARED} to their texts' capped cosine, as for the Other page's groups.
   */
  boolean shareSubject(int subtopic, int paper, int other) {
    SparseVector a = vectors.vector(paper);
    SparseVector b = vectors.vector(other);
    double shared = 0;
    for (int t : subjects[subtopic]) {
      shared += Math.min(RelatedFinder.TERM_CAP, (double) a.weightOf(t) * b.weightOf(t));
    }
    return shared >= SubjectWords.MIN_SHARED;
  }

  /** The sub-topic's subject words, as stems. */
  List<String> subjectWords(int subtopic) {
    return Arrays.stream(subjects[subtopic]).mapToObj(vectors::term).toList();
  }

  /**
   * The words that at least {@link #SUBJECT_SHARE} of the group's papers write, {@link
   * #SUBJECT_LIFT} times as often as its theme's other papers. A word all papers write weighs
   * almost nothing in their vectors, so adds nothing to {@link #shareSubject}.
   */
  private int[] subjects(int[] members, int[] theme, int[] inGroup, int[] inTheme) {
    count(members, inGroup, 1);
    count(theme, inTheme, 1);
    int others = theme.length - members.length;
    TreeSet<Integer> found = new TreeSet<>();
    for (int p : members) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        int t = v.id(i);
        double share = (double) inGroup[t] / members.length;
        double otherShare = others <= 0 ? 0 : (double) (inTheme[t] - inGroup[t]) / others;
        if (share >= SUBJECT_SHARE && share >= SUBJECT_LIFT * otherShare && namesSubject(t)) {
          found.add(t);
        }
      }
    }
    count(members, inGroup, 0);
    count(theme, inTheme, 0);
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether a word can name what a group is about: a word that names something ("math", "logic",
   * "SFT"; not "however", "investigate", "despite") and that the papers using it return to (see
   * {@link RelatedReasons#RECURS}). Half a small group writes many words of academic prose more
   * often than its theme does, by chance: two papers both writing "investigate", "how" and "find"
   * share no subject ("Instruction-tuning Aligns LLMs to the Human Brain" and "Non-instructional
   * Fine-tuning", read as not related).
   */
  private boolean namesSubject(int term) {
    return vectors.nameable(term) && vectors.recurrence(term) >= RelatedReasons.RECURS;
  }

  /** Adds one to each term's count for each paper writing it; with {@code add} 0, clears them. */
  private void count(int[] papers, int[] counts, int add) {
    for (int p : papers) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        counts[v.id(i)] = add == 0 ? 0 : counts[v.id(i)] + add;
      }
    }
  }

  /**
   * The mean cosine over all pairs of the papers, by their sum: for unit vectors, the sum's squared
   * norm less each vector's own, so the cost grows with the papers, not with their pairs. {@code
   * sum} is all zero before and after.
   */
  private double meanCosine(int[] papers, double[] sum) {
    if (papers.length < 2) {
      return 0;
    }
    double own = 0;
    for (int p : papers) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        sum[v.id(i)] += v.weight(i);
        own += (double) v.weight(i) * v.weight(i);
      }
    }
    double squared = 0;
    for (int p : papers) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        int id = v.id(i);
        squared += sum[id] * sum[id];
        sum[id] = 0;
      }
    }
    return (squared - own) / ((double) papers.length * (papers.length - 1));
  }
}
