package dev.surveyor.analyze;

import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each named group is about, for two of its papers whose texts are unalike: the words naming
 * its subject, and how far the group itself vouches for its papers (its coherence). Both papers
 * share the group's subject when its words add {@link #MIN_SHARED} to their texts' capped cosine.
 *
 * <p>The words come from one of two places. A named group of the Other page is a line of work the
 * survey has no theme for, and often several subjects under one name ("Fine-tuning for specific
 * domains": medical, finance, quantum, shopping): its subject words are its curator's phrases'
 * words that name something and that at most {@link #COMMON} of the papers write, and it vouches
 * for nothing by itself (a clinical and a shopping paper of it are not related, however alike their
 * other words). A theme's named sub-topic is narrowed by its theme: its subject words are those
 * most of its papers write and its theme's other papers seldom do ("math" in "Mathematical
 * reasoning"), and it vouches for its papers as far as they are more alike than its theme's ({@link
 * #lift}): "Retrieval-augmented generation", 2.4 on this survey, is one line of work; "Curricula
 * for specific domains and tasks", 0.9 (medical, code, re-ranking and image papers), is a catch-all
 * under a broad name.
 */
final class GroupSubjects {
  /**
   * A word of an Other group's phrases that more than this share of the papers write names no
   * subject. On this survey: "code" (27%), "pre" of "pre-training" (20%) and "agent" name one;
   * "data" (52%), "generation" (65%) and "learning" (59%) do not.
   */
  static final double COMMON = 0.3;

  /**
   * Two papers of a group are about one subject when its words add this much to their texts' capped
   * cosine, half of what one word may add: "medicine" and "domain" for two medical papers (0.047),
   * "domain" alone for a clinical paper and a finance one (0.016).
   */
  static final double MIN_SHARED = RelatedFinder.TERM_CAP / 2;

  /**
   * A theme's sub-topic whose papers are this much more alike than its theme's vouches fully for
   * two of its papers: their texts count as alike from {@link RelatedFinder#MIN_TEXT_SUBTOPIC}. One
   * no more alike than its theme's vouches for nothing.
   */
  static final double FULL = 1.5;

  /** A theme's sub-topic's subject word is written by at least this share of its papers ... */
  static final double SUBJECT_SHARE = 0.5;

  /**
   * ... and by this many times the share of its theme's other papers: "math" (55% against 19%),
   * "logic" (74% against 11%); "instruction" in a group of Instruction tuning is not one.
   */
  static final double SUBJECT_LIFT = 1.5;

  private final TermVectors vectors;
  // per group id, its subject words, each as the term ids of its spellings ("pre" of
  // "pre-training" and "pretrain" of "pretraining" are one word)
  private final int[][][] words;
  // per group id, whether its words are its curator's (a named group of the Other page)
  private final boolean[] curated;
  // per group id, its papers' mean cosine over its theme's (0 for a curated group)
  private final double[] lift;

  /**
   * @param pins the named groups of the Other page, whose phrases name their subjects
   */
  static GroupSubjects of(
      TermVectors vectors, PaperGroups groups, List<SubtopicPin> pins, TextAnalyzer analyzer) {
    Map<String, List<Set<String>>> stems = new HashMap<>();
    for (SubtopicPin pin : pins) {
      stems.put(pin.name(), phraseWords(pin.phrases(), analyzer));
    }
    return new GroupSubjects(vectors, groups, stems);
  }

  /**
   * @param stems per label of a named group of the Other page, its phrases' words, each as the
   *     stems of its spellings
   */
  GroupSubjects(TermVectors vectors, PaperGroups groups, Map<String, List<Set<String>>> stems) {
    this.vectors = vectors;
    int count = groups.subtopicCount();
    this.words = new int[count][][];
    this.curated = new boolean[count];
    this.lift = new double[count];
    Map<String, int[][]> curatedWords = curatedWords(vectors, stems);
    double[] sum = new double[vectors.dimensions()];
    int[] inGroup = new int[vectors.dimensions()];
    int[] inTheme = new int[vectors.dimensions()];
    // a theme's papers are one array for all its groups: its mean is worked out once
    Map<int[], Double> themeMeans = new IdentityHashMap<>();
    for (int g = 0; g < count; g++) {
      int[][] fromPhrases = curatedWords.get(groups.label(g));
      if (fromPhrases != null) {
        curated[g] = true;
        words[g] = naming(fromPhrases);
        continue;
      }
      int[] theme = groups.theme(g);
      double background = themeMeans.computeIfAbsent(theme, t -> meanCosine(t, sum));
      lift[g] = background > 0 ? meanCosine(groups.members(g), sum) / background : 0;
      // a group no more alike than its theme has no subject of its own: in a small catch-all, words
      // half its papers happen to write are filler ("have", "show", "stage", "dataset")
      words[g] = lift[g] > 1 ? written(groups.members(g), theme, inGroup, inTheme) : new int[0][];
    }
  }

  /**
   * Each phrase's words, as the stems of their spellings: a word of a hyphenated compound ("pre" of
   * "pre-training") also as the compound written closed ("pretraining"), which papers write as
   * often.
   */
  private static List<Set<String>> phraseWords(List<String> phrases, TextAnalyzer analyzer) {
    List<Set<String>> words = new ArrayList<>();
    for (String phrase : phrases) {
      List<Token> tokens = analyzer.tokens(phrase);
      for (int i = 0; i < tokens.size(); i++) {
        Set<String> spellings = new HashSet<>(Set.of(tokens.get(i).term()));
        if (i + 1 < tokens.size()
            && phrase.substring(tokens.get(i).end(), tokens.get(i + 1).start()).equals("-")) {
          List<String> closed =
              analyzer.terms(
                  phrase.substring(tokens.get(i).start(), tokens.get(i).end())
                      + phrase.substring(tokens.get(i + 1).start(), tokens.get(i + 1).end()));
          if (closed.size() == 1) {
            spellings.add(closed.get(0));
          }
        }
        words.add(Set.copyOf(spellings));
      }
    }
    return List.copyOf(words);
  }

  /** Per label, the words of its phrases that at most {@link #COMMON} of the papers write. */
  private static Map<String, int[][]> curatedWords(
      TermVectors vectors, Map<String, List<Set<String>>> stems) {
    Set<String> wanted = new HashSet<>();
    stems.values().forEach(group -> group.forEach(wanted::addAll));
    Map<String, Integer> ids = new HashMap<>();
    for (int t = 0; t < vectors.dimensions(); t++) {
      if (wanted.contains(vectors.term(t))) {
        ids.putIfAbsent(vectors.term(t), t);
      }
    }
    Map<String, int[][]> found = new HashMap<>();
    stems.forEach(
        (label, group) ->
            found.put(
                label,
                merged(group).stream()
                    .map(
                        spellings ->
                            spellings.stream()
                                .filter(ids::containsKey)
                                .mapToInt(ids::get)
                                .filter(
                                    t -> vectors.documentFrequency(t) <= COMMON * vectors.papers())
                                .sorted()
                                .toArray())
                    .filter(spellings -> spellings.length > 0)
                    .toArray(int[][]::new)));
    return found;
  }

  /** The words, those sharing a spelling made one, so that no word counts twice. */
  private static List<Set<String>> merged(List<Set<String>> words) {
    List<Set<String>> merged = new ArrayList<>();
    for (Set<String> word : words) {
      Set<String> joined = new HashSet<>(word);
      merged.removeIf(
          other -> {
            if (other.stream().anyMatch(joined::contains)) {
              joined.addAll(other);
              return true;
            }
            return false;
          });
      merged.add(joined);
    }
    // in a fixed order, so that sums over the words do not depend on hashing
    return merged.stream()
        .map(word -> (Set<String>) new TreeSet<>(word))
        .sorted(Comparator.comparing(Set::toString))
        .toList();
  }

  /**
   * The words of a curator's phrases that name something, a word by any of its spellings: a
   * phrase's other words ("during" of "during pretraining", "few" of "few-shot", "over" of
   * "over-refusal", "new" of "new knowledge") name no subject, and two papers that share only them
   * and a little of a subject word were read as not related ("Probing Across Time" and Muppet;
   * LM-BFF and "Large Language Model Programs", "few" and "context" of "Prompting and few-shot
   * learning").
   */
  private int[][] naming(int[][] phraseWords) {
    return Arrays.stream(phraseWords)
        .filter(spellings -> Arrays.stream(spellings).anyMatch(vectors::nameable))
        .toArray(int[][]::new);
  }

  /** Whether the group's subject words are its curator's: a named group of the Other page. */
  boolean curated(int group) {
    return curated[group];
  }

  /** A theme's sub-topic's papers' mean cosine over its theme's; 0 for a curated group. */
  double lift(int group) {
    return lift[group];
  }

  /**
   * How much the group vouches for two of its papers, from 0 (a catch-all, no more alike than its
   * theme, or a named group of the Other page) to 1 ({@link #FULL} or more).
   */
  double vouch(int group) {
    return Math.max(0, Math.min(1, (lift[group] - 1) / (FULL - 1)));
  }

  /**
   * Whether two papers of the group are about its subject: its subject words add at least {@link
   * #MIN_SHARED} to their texts' capped cosine, each word by the spelling each paper weighs most.
   */
  boolean shareSubject(int group, int paper, int other) {
    SparseVector a = vectors.vector(paper);
    SparseVector b = vectors.vector(other);
    double shared = 0;
    for (int[] spellings : words[group]) {
      shared +=
          Math.min(
              RelatedFinder.TERM_CAP, (double) heaviest(a, spellings) * heaviest(b, spellings));
    }
    return shared >= MIN_SHARED;
  }

  /** The group's subject words, each by its first spelling's stem. */
  List<String> subjectWords(int group) {
    List<String> stems = new ArrayList<>();
    for (int[] spellings : words[group]) {
      stems.add(vectors.term(spellings[0]));
    }
    return stems;
  }

  private static float heaviest(SparseVector v, int[] spellings) {
    float heaviest = 0;
    for (int t : spellings) {
      heaviest = Math.max(heaviest, v.weightOf(t));
    }
    return heaviest;
  }

  /**
   * The words that at least {@link #SUBJECT_SHARE} of the group's papers write, {@link
   * #SUBJECT_LIFT} times as often as its theme's other papers, and that can name a subject, each
   * with one spelling, by term id. A word all papers write weighs almost nothing in their vectors,
   * so adds nothing to {@link #shareSubject}.
   */
  private int[][] written(int[] members, int[] theme, int[] inGroup, int[] inTheme) {
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
    return found.stream().map(t -> new int[] {t}).toArray(int[][]::new);
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
