package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names a cluster of papers the clustering found, when a name a reader would use can be read off
 * its papers: a phrase of two or three words ("offline reinforcement learning") that at least half
 * of the cluster's papers write in their title or abstract, and that the rest of the group writes
 * seldom (of the papers using it, at least {@link #PRECISION} are in the cluster). A cluster with
 * no such phrase has no name: its distinctive words ("20B, disentangles, sharing") do not make one.
 */
final class ClusterNames {
  private static final double COVERAGE = 0.5;
  private static final double PRECISION = 0.6;
  private static final int MIN_PAPERS = 3;
  // Shares are read on an even sample: phrases of 500 abstracts take milliseconds, of 50,000 not.
  private static final int SAMPLE = 500;

  private final List<Paper> papers;

  /**
   * @param papers every paper, by vector index
   */
  ClusterNames(List<Paper> papers) {
    this.papers = papers;
  }

  /**
   * The name of {@code cluster} within {@code group} (both vector indexes; the cluster is part of
   * the group), capitalised as a heading, or empty.
   */
  Optional<String> name(List<Integer> wholeCluster, List<Integer> wholeGroup) {
    List<Integer> cluster = sample(wholeCluster);
    List<Integer> group = sample(wholeGroup);
    Map<Integer, Set<String>> phrases = new HashMap<>();
    Map<String, Integer> inCluster = new HashMap<>();
    for (int paper : cluster) {
      phrasesOf(paper, phrases).forEach(p -> inCluster.merge(p, 1, Integer::sum));
    }
    int needed = (int) Math.max(MIN_PAPERS, Math.ceil(COVERAGE * cluster.size()));
    Set<String> candidates = new HashSet<>();
    inCluster.forEach(
        (phrase, n) -> {
          if (n >= needed) {
            candidates.add(phrase);
          }
        });
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> inGroup = new HashMap<>();
    for (int paper : group) {
      for (String phrase : phrasesOf(paper, phrases)) {
        if (candidates.contains(phrase)) {
          inGroup.merge(phrase, 1, Integer::sum);
        }
      }
    }
    String best = null;
    for (String phrase : candidates) {
      // estimated papers using the phrase, in the cluster and in the group (samples scaled up)
      double inside = inCluster.get(phrase) * (double) wholeCluster.size() / cluster.size();
      double all = inGroup.getOrDefault(phrase, 0) * (double) wholeGroup.size() / group.size();
      if (inside < PRECISION * Math.max(all, inside)) {
        continue;
      }
      if (best == null || better(phrase, best, inCluster)) {
        best = phrase;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String phrase = best;
    String written =
        cluster.stream()
            .filter(p -> phrases.get(p).contains(phrase))
            .findFirst()
            .map(p -> RelatedReasons.asWritten(phrase, text(papers.get(p))))
            .orElse(phrase);
    return Optional.of(written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1));
  }

  /** Every n-th paper, so that at most {@link #SAMPLE} are read. */
  private static List<Integer> sample(List<Integer> papers) {
    int step = (papers.size() + SAMPLE - 1) / SAMPLE;
    if (step <= 1) {
      return papers;
    }
    List<Integer> sample = new java.util.ArrayList<>();
    for (int i = 0; i < papers.size(); i += step) {
      sample.add(papers.get(i));
    }
    return sample;
  }

  /** More papers of the cluster, then the longer phrase, then alphabetical. */
  private static boolean better(String a, String b, Map<String, Integer> counts) {
    int byCount = Integer.compare(counts.get(a), counts.get(b));
    if (byCount != 0) {
      return byCount > 0;
    }
    int byLength = Integer.compare(a.split(" ").length, b.split(" ").length);
    return byLength != 0 ? byLength > 0 : a.compareTo(b) < 0;
  }

  private Set<String> phrasesOf(int paper, Map<Integer, Set<String>> known) {
    return known.computeIfAbsent(paper, p -> phrases(text(papers.get(p))));
  }

  private static String text(Paper paper) {
    return paper.title() + " | " + paper.abstractText();
  }

  /** The phrases of two or three words a text has, as {@link RelatedReasons} reads titles. */
  static Set<String> phrases(String text) {
    List<String> words = RelatedReasons.words(text);
    Set<String> phrases = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (!LabelWords.phraseStart(words.get(i))) {
        continue;
      }
      for (int n = 2; n <= 3 && i + n <= words.size(); n++) {
        String last = words.get(i + n - 1);
        if (!RelatedReasons.joins(words.get(i + n - 2))) {
          break;
        }
        if (RelatedReasons.joins(last) && LabelWords.phraseEnd(last)) {
          phrases.add(String.join(" ", words.subList(i, i + n)));
        }
      }
    }
    return phrases;
  }
}
