package dev.surveyor.analyze;

import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words that name the subject of each named group of the Other page, from its curator's phrases
 * ("medical", "finance", "quantum", "shopping" for "Fine-tuning for specific domains"): such a
 * group is a line of work the survey has no theme for, and often several subjects under one name.
 * Two of its papers are about one subject when these words weigh in what their texts share; a
 * clinical paper and a shopping paper of "Fine-tuning for specific domains" are not, however alike
 * their other words. Words that many papers write ("data", "training", "generation") name no
 * subject.
 */
final class SubjectWords {
  /**
   * A word of a group's phrases that more than this share of the papers write names no subject. On
   * this survey: "code" (27%), "pre" of "pre-training" (20%) and "agent" name one; "data" (52%),
   * "generation" (65%) and "learning" (59%) do not.
   */
  static final double COMMON = 0.3;

  /**
   * Two papers of such a group are about one subject when its words add this much to their texts'
   * capped cosine, half of what one word may add: "medicine" and "domain" for two medical papers
   * (0.047), "domain" alone for a clinical paper and a finance one (0.016).
   */
  static final double MIN_SHARED = RelatedFinder.TERM_CAP / 2;

  // per group label, its subject words, each as the term ids of its spellings ("pre" of
  // "pre-training" and "pretrain" of "pretraining" are one word)
  private final Map<String, int[][]> words;
  private final TermVectors vectors;

  /**
   * The subject words of the named groups of the Other page, read off their curator's phrases, each
   * word as the stems of its spellings: a word of a hyphenated compound ("pre" of "pre-training")
   * also as the compound written closed ("pretraining"), which papers write as often.
   */
  static SubjectWords of(TermVectors vectors, List<SubtopicPin> pins, TextAnalyzer analyzer) {
    Map<String, List<Set<String>>> stems = new HashMap<>();
    for (SubtopicPin pin : pins) {
      List<Set<String>> words = new ArrayList<>();
      for (String phrase : pin.phrases()) {
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
      stems.put(pin.name(), List.copyOf(words));
    }
    return new SubjectWords(vectors, stems);
  }

  /**
   * @param stems per label of a named group of the Other page, its phrases' words, each as the
   *     stems of its spellings
   */
  SubjectWords(TermVectors vectors, Map<String, List<Set<String>>> stems) {
    this.vectors = vectors;
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
    this.words = Map.copyOf(found);
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
   * Whether the group {@code label} has words naming its subjects: a named group of the Other page.
   */
  boolean names(String label) {
    return words.containsKey(label);
  }

  /**
   * Whether two papers of the group {@code label} are about one of its subjects: its subject words
   * add at least {@link #MIN_SHARED} to their texts' capped cosine (each word by the spelling each
   * paper weighs most). Always, for a group that is not a named group of the Other page (a theme's
   * sub-topic is narrowed by its theme).
   */
  boolean shareSubject(int paper, int other, String label) {
    int[][] subject = words.get(label);
    if (subject == null) {
      return true;
    }
    SparseVector a = vectors.vector(paper);
    SparseVector b = vectors.vector(other);
    double shared = 0;
    for (int[] spellings : subject) {
      shared +=
          Math.min(
              RelatedFinder.TERM_CAP, (double) heaviest(a, spellings) * heaviest(b, spellings));
    }
    return shared >= MIN_SHARED;
  }

  private static float heaviest(SparseVector v, int[] spellings) {
    float heaviest = 0;
    for (int t : spellings) {
      heaviest = Math.max(heaviest, v.weightOf(t));
    }
    return heaviest;
  }
}
