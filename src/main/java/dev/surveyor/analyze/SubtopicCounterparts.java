package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicCounterpart;
import dev.surveyor.model.Survey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Named sub-topics of different pages that are about one subject: a reader of the Other page's
 * "Supervised fine-tuning methods" cannot tell from the name why its papers are not in Instruction
 * tuning's "Supervised fine-tuning recipes" (review 10), so each group says where its counterpart
 * is. Two groups are counterparts when they share {@link #SHARED} papers, or when their names share
 * a word that is no theme's ("data" in "Selecting and composing data" and "Selecting and
 * synthesising training data"; not "reasoning" or "tuning") and their papers' texts are nearly as
 * alike across the two groups as within them: the mean cosine of a paper of one with a paper of the
 * other is at least {@link #ALIKE} of the mean cosine of two papers of one group. Texts alone are
 * not enough: small, varied groups are "alike" to many others by this measure ("Foundations and
 * scale" to "Low-rank adaptation and its variants"). Found by rule, never from a list of names, so
 * a new theme or group gets its links too.
 */
final class SubtopicCounterparts {
  /** Papers two groups must have in common to be counterparts on that alone. */
  static final int SHARED = 2;

  /** How alike, across two groups, their papers must be, as a share of how alike within them. */
  static final double ALIKE = 0.75;

  /**
   * Counterparts a group names at most, and at most one per page (the closest there): the line
   * stays a pointer, not a list.
   */
  static final int MOST = 3;

  /**
   * A word this share of the titles write is the field's, not a subject's ("language", "model").
   */
  private static final double COMMON_WORD = 0.15;

  /**
   * Papers of a group read for its texts' likeness: an even sample, so a large survey costs the
   * same.
   */
  private static final int SAMPLE = 500;

  /** One named group: its page, its papers, and the vector indexes of a sample of them. */
  private record Group(
      String page, Subtopic subtopic, Set<String> papers, int[] sample, Set<String> words) {}

  /** How two groups of different pages compare: papers in both, and their texts' likeness. */
  record Pair(
      String page,
      String label,
      String otherPage,
      String otherLabel,
      int shared,
      double alike,
      boolean namesMeet) {}

  private final Map<String, List<Subtopic>> subtopics;
  private final List<Group> groups = new ArrayList<>();
  // per pair of groups (by position), the likeness of their texts
  private final double[][] alike;
  // per pair of groups, the mean cosine of a paper of one with a paper of the other
  private final double[][] between;

  /**
   * @param subtopics per page slug (the themes' and {@link dev.surveyor.model.Survey#OTHER}), its
   *     sub-topics
   * @param pages the page slugs in the order readers meet them, which orders ties
   * @param words a name's words as the analyser stems them, without function words
   * @param themeWords the words of the themes' names: every group of a page may say them
   */
  SubtopicCounterparts(
      Map<String, List<Subtopic>> subtopics,
      List<String> pages,
      List<Paper> papers,
      TermVectors vectors,
      Function<String, List<String>> words,
      Set<String> themeWords) {
    this.subtopics = subtopics;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      index.put(papers.get(i).slug(), i);
    }
    // per term, in how many titles it is
    Map<String, Integer> inTitles = new HashMap<>();
    for (int p = 0; p < vectors.papers(); p++) {
      SparseVector title = vectors.title(p);
      for (int i = 0; i < title.size(); i++) {
        inTitles.merge(vectors.term(title.id(i)), 1, Integer::sum);
      }
    }
    for (String page : pages) {
      for (Subtopic s : subtopics.getOrDefault(page, List.of())) {
        if (s.named()) {
          int step = (s.papers().size() + SAMPLE - 1) / SAMPLE;
          int[] sample = new int[(s.papers().size() + step - 1) / step];
          for (int i = 0; i < sample.length; i++) {
            sample[i] = index.get(s.papers().get(i * step));
          }
          Set<String> named = new HashSet<>();
          for (String word : words.apply(s.label())) {
            if (!themeWords.contains(word)
                && !LabelWords.functionWord(word)
                && inTitles.getOrDefault(word, 0) <= COMMON_WORD * vectors.papers()) {
              named.add(word);
            }
          }
          groups.add(new Group(page, s, new HashSet<>(s.papers()), sample, named));
        }
      }
    }
    // one group's summed vector at a time: the mean cosine of its papers with another group's is
    // that sum against each of theirs
    int n = groups.size();
    double[][] across = new double[n][n];
    for (int a = 0; a < n; a++) {
      double[] sum = new double[vectors.dimensions()];
      for (int p : groups.get(a).sample()) {
        Centroids.add(sum, vectors.vector(p));
      }
      for (int b = 0; b < n; b++) {
        double dot = 0;
        for (int p : groups.get(b).sample()) {
          dot += vectors.vector(p).dot(sum);
        }
        across[a][b] = dot;
      }
    }
    this.alike = new double[n][n];
    this.between = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        alike[a][b] = ratio(across, a, b);
        between[a][b] =
            across[a][b] / groups.get(a).sample().length / groups.get(b).sample().length;
      }
    }
  }

  /**
   * The sub-topics of every page, each named group with its counterparts on other pages: on each
   * other page, the group that qualifies and is closest (most papers in common, then most alike),
   * when this group is the closest qualifying one of its page for it in turn. So links go both
   * ways, and a group is not sent to "Curricula for instruction tuning" by a word of the page
   * ("curricula") when that group's own counterpart is elsewhere.
   */
  Map<String, List<Subtopic>> linked() {
    int n = groups.size();
    // per group, per page, the closest qualifying group there (-1: none)
    Map<String, Integer>[] pick = pickClosest();
    // by identity: one group may be listed alike on two pages ("Curricula for instruction tuning")
    Map<Subtopic, List<SubtopicCounterpart>> found = new IdentityHashMap<>();
    Map<Subtopic, SubtopicCounterpart> nearest = new IdentityHashMap<>();
    for (int a = 0; a < n; a++) {
      Group group = groups.get(a);
      List<Integer> mutual = new ArrayList<>();
      for (int b : pick[a].values()) {
        if (pick[b].getOrDefault(group.page(), -1) == a) {
          mutual.add(b);
        }
      }
      int at = a;
      mutual.sort(closestFirst(at));
      found.put(
          group.subtopic(),
          mutual.stream()
              .limit(MOST)
              .map(groups::get)
              .map(
                  o ->
                      new SubtopicCounterpart(
                          o.page(),
                          o.subtopic().slug(),
                          o.subtopic().label(),
                          o.papers().size(),
                          shared(group, o)))
              .toList());
      if (mutual.isEmpty() && group.page().equals(Survey.OTHER)) {
        nearestTheme(a).ifPresent(o -> nearest.put(group.subtopic(), counterpart(group, o)));
      }
    }
    Map<String, List<Subtopic>> linked = new HashMap<>();
    subtopics.forEach(
        (page, list) ->
            linked.put(
                page,
                list.stream()
                    .map(
                        s ->
                            found.containsKey(s)
                                ? s.withCounterparts(found.get(s), nearest.get(s))
                                : s)
                    .toList()));
    return linked;
  }

  /**
   * The named group of a theme's page whose papers' texts are most like group {@code a}'s (the
   * highest mean cosine across, ties in page order), when a paper of {@code a} is nearly as alike
   * to its papers as to another of {@code a}'s ({@link #ALIKE} of its own mean cosine): an Other
   * group with no counterpart may still nearly repeat a theme's sub-topic, and its reader asks why
   * its papers are not there. Measured against {@code a}'s coherence alone, not the pair's, so a
   * small varied theme group is not near to everything ({@link #ratio} made one group of four the
   * nearest of five). None when no theme group is that near.
   */
  private Optional<Group> nearestTheme(int a) {
    int best = -1;
    for (int b = 0; b < groups.size(); b++) {
      if (!groups.get(b).page().equals(Survey.OTHER)
          && (best < 0 || between[a][b] > between[a][best])) {
        best = b;
      }
    }
    double own = ownMean(a);
    return best < 0 || own <= 0 || between[a][best] < ALIKE * own
        ? Optional.empty()
        : Optional.of(groups.get(best));
  }

  /** The mean cosine of two distinct papers of group {@code a}. */
  private double ownMean(int a) {
    double n = groups.get(a).sample().length;
    return n < 2 ? 1 : (between[a][a] * n * n - n) / (n * (n - 1));
  }

  private static SubtopicCounterpart counterpart(Group of, Group o) {
    return new SubtopicCounterpart(
        o.page(), o.subtopic().slug(), o.subtopic().label(), o.papers().size(), shared(of, o));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Integer>[] pickClosest() {
    int n = groups.size();
    Map<String, Integer>[] pick = new Map[n];
    for (int a = 0; a < n; a++) {
      pick[a] = new HashMap<>();
      Comparator<Integer> closest = closestFirst(a);
      for (int b = 0; b < n; b++) {
        String page = groups.get(b).page();
        if (!page.equals(groups.get(a).page()) && qualifies(a, b)) {
          Integer best = pick[a].get(page);
          if (best == null || closest.compare(b, best) < 0) {
            pick[a].put(page, b);
          }
        }
      }
    }
    return pick;
  }

  private boolean qualifies(int a, int b) {
    Group x = groups.get(a);
    Group y = groups.get(b);
    return shared(x, y) >= SHARED || alike[a][b] >= ALIKE && namesMeet(x, y);
  }

  /** Most papers in common with group {@code a} first, then the most alike, then in page order. */
  private Comparator<Integer> closestFirst(int a) {
    Group group = groups.get(a);
    return Comparator.comparingInt((Integer b) -> -shared(group, groups.get(b)))
        .thenComparingDouble(b -> -alike[a][b])
        .thenComparingInt(b -> b);
  }

  /** Every pair of named groups on different pages, for curators and tests, most alike first. */
  List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < groups.size(); a++) {
      for (int b = a + 1; b < groups.size(); b++) {
        Group x = groups.get(a);
        Group y = groups.get(b);
        if (!x.page().equals(y.page())) {
          pairs.add(
              new Pair(
                  x.page(),
                  x.subtopic().label(),
                  y.page(),
                  y.subtopic().label(),
                  shared(x, y),
                  alike[a][b],
                  namesMeet(x, y)));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.alike()));
    return pairs;
  }

  private static boolean namesMeet(Group a, Group b) {
    return a.words().stream().anyMatch(b.words()::contains);
  }

  private static int shared(Group a, Group b) {
    int n = 0;
    for (String slug : a.papers()) {
      n += b.papers().contains(slug) ? 1 : 0;
    }
    return n;
  }

  /**
   * The mean cosine of a paper of one group with a paper of the other, over the mean of the two
   * groups' own mean cosines of two distinct papers ({@code across[a][a]} counts each paper with
   * itself once, at 1).
   */
  private double ratio(double[][] across, int a, int b) {
    double na = groups.get(a).sample().length;
    double nb = groups.get(b).sample().length;
    double between = across[a][b] / (na * nb);
    double within = (own(across, a) + own(across, b)) / 2;
    return within <= 0 ? 0 : between / within;
  }

  private double own(double[][] across, int a) {
    double n = groups.get(a).sample().length;
    return n < 2 ? 1 : (across[a][a] - n) / (n * (n - 1));
  }
}
