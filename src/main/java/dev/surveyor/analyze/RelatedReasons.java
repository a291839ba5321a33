package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What two related papers share, in words a reader would use: the rare methods and benchmarks both
 * name, the longest phrase their titles share ("instruction tuning", "decision transformer"), then
 * words both titles have. A word the abstracts use in passing ("score", "single") is not a reason,
 * nor a model both compare with, nor a model size: a pair alike only in those is shown with no
 * reason rather than a false one.
 */
final class RelatedReasons {
  private static final int SHOWN = 4;
  private static final int SHOWN_ENTITIES = 2;
  private static final int CANDIDATE_TERMS = 12;
  private static final int LONGEST_PHRASE = 4;
  private static final String BREAK = "|";
  // A word or two-word phrase in more than a tenth of the papers ("models", "language models") is
  // shared by too many pairs to say what this pair has in common.
  private static final double COMMON_SHARE = 0.1;

  private final List<Paper> papers;
  private final TermVectors vectors;
  private final EntityTable entities;
  private final List<List<String>> titleWords;
  private final Set<String> commonPairs;

  RelatedReasons(List<Paper> papers, TermVectors vectors, EntityTable entities) {
    this.papers = papers;
    this.vectors = vectors;
    this.entities = entities;
    this.titleWords = papers.stream().map(p -> words(p.title())).toList();
    Map<String, Integer> pairCounts = new HashMap<>();
    for (List<String> words : titleWords) {
      Set<String> pairs = new HashSet<>();
      for (int i = 0; i + 1 < words.size(); i++) {
        pairs.add(words.get(i) + " " + words.get(i + 1));
      }
      pairs.forEach(pair -> pairCounts.merge(pair, 1, Integer::sum));
    }
    Set<String> common = new HashSet<>();
    pairCounts.forEach(
        (pair, n) -> {
          if (n > COMMON_SHARE * papers.size()) {
            common.add(pair);
          }
        });
    this.commonPairs = Set.copyOf(common);
  }

  /** What {@code paper} and {@code other} share, the most telling first. */
  List<String> of(int paper, int other) {
    Set<String> reasons = new LinkedHashSet<>();
    List<String> said = new ArrayList<>();
    for (int id : entities.sharedTelling(paper, other)) {
      if (reasons.size() == SHOWN_ENTITIES) {
        break;
      }
      String name = entities.entity(id).shortName();
      reasons.add(name);
      said.addAll(words(entities.entity(id).name()));
      said.addAll(words(name));
    }
    String phrase = sharedPhrase(titleWords.get(paper), titleWords.get(other));
    if (!phrase.isEmpty() && !said.containsAll(words(phrase))) {
      reasons.add(asWritten(phrase, papers.get(paper).title()));
      said.addAll(words(phrase));
    }
    boolean named = !reasons.isEmpty(); // a method, benchmark or phrase both name
    for (String term : sharedTitleTerms(paper, other)) {
      String lower = term.toLowerCase(Locale.ROOT);
      if (reasons.size() == SHOWN) {
        break;
      }
      if (!said.contains(lower) && !coveredBy(lower, said) && !entities.namesModel(lower)) {
        reasons.add(term);
        said.add(lower);
      }
    }
    // One title word alone ("turn", "pass", "report") reads as a reason it seldom is: say nothing.
    return named || reasons.size() > 1 ? List.copyOf(reasons) : List.of();
  }

  /** A hyphenated or stemmed spelling of a word already said ("fine-tuned" after "fine-tuning"). */
  private static boolean coveredBy(String word, List<String> said) {
    List<String> parts = words(word);
    return !parts.isEmpty() && said.containsAll(parts);
  }

  /**
   * The longest run of words both titles have, trimmed to start and end on a word that names
   * something, at most {@link #LONGEST_PHRASE} words, of at least two words, and with no pair of
   * words common in titles ("large language models"); "" when there is none.
   */
  String sharedPhrase(List<String> a, List<String> b) {
    String best = "";
    int bestLength = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        int n = 0;
        while (i + n < a.size()
            && j + n < b.size()
            && a.get(i + n).equals(b.get(j + n))
            && joins(a.get(i + n))) {
          n++;
        }
        List<String> run = trim(a.subList(i, i + n));
        if (run.size() > bestLength && run.size() <= LONGEST_PHRASE && !hasCommonPair(run)) {
          best = String.join(" ", run);
          bestLength = run.size();
        }
      }
    }
    return bestLength >= 2 ? best : "";
  }

  /**
   * Whether a phrase may run through the word: any but a function word, save "of" and "to" ("chain
   * of thought", "learning to reason"); "models for deductive reasoning" is two things, not one.
   */
  static boolean joins(String word) {
    return !word.equals(BREAK)
        && (!LabelWords.functionWord(word) || word.equals("of") || word.equals("to"));
  }

  private boolean hasCommonPair(List<String> run) {
    for (int k = 0; k + 1 < run.size(); k++) {
      if (commonPairs.contains(run.get(k) + " " + run.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Drops words from either end until both end words name something and no end pair is common. */
  private List<String> trim(List<String> run) {
    int from = 0;
    int to = run.size();
    while (to - from >= 2) {
      if (!LabelWords.phraseStart(run.get(from))
          || commonPairs.contains(run.get(from) + " " + run.get(from + 1))) {
        from++;
      } else if (!LabelWords.phraseEnd(run.get(to - 1))
          || commonPairs.contains(run.get(to - 2) + " " + run.get(to - 1))) {
        to--;
      } else {
        break;
      }
    }
    return to - from >= 2 ? run.subList(from, to) : List.of();
  }

  /**
   * Nameable terms both titles have (as analysed: "instruction" and "instructions" meet), not
   * common, by how much each adds to the cosine of the whole texts.
   */
  private List<String> sharedTitleTerms(int paper, int other) {
    SparseVector a = vectors.vector(paper);
    SparseVector b = vectors.vector(other);
    List<double[]> shared = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.id(i) == b.id(j)) {
        int term = a.id(i);
        if (vectors.nameable(term)
            && vectors.title(paper).has(term)
            && vectors.title(other).has(term)
            && vectors.surface(term).length() > 1
            && vectors.documentFrequency(term) <= COMMON_SHARE * vectors.papers()) {
          shared.add(new double[] {term, (double) a.weight(i) * b.weight(j)});
        }
        i++;
        j++;
      } else if (a.id(i) < b.id(j)) {
        i++;
      } else {
        j++;
      }
    }
    shared.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
    return shared.stream().limit(CANDIDATE_TERMS).map(s -> vectors.surface((int) s[0])).toList();
  }

  /**
   * The phrase as the title writes it ("multi-turn", "BabyLM challenge"): hyphens kept, words
   * capitalised only as title words lowercased, acronyms and inner capitals kept.
   */
  static String asWritten(String phrase, String title) {
    String pattern =
        "(?iu)(?<![\\p{L}\\p{N}])"
            + String.join(
                "[^\\p{L}\\p{N}]+",
                words(phrase).stream().map(java.util.regex.Pattern::quote).toList())
            + "(?![\\p{L}\\p{N}])";
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(title);
    if (!m.find()) {
      return phrase;
    }
    StringBuilder written = new StringBuilder();
    for (String piece : m.group().split("(?<=[^\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}])")) {
      boolean innerCapital =
          !piece.isEmpty()
              && !piece.substring(1).equals(piece.substring(1).toLowerCase(Locale.ROOT));
      written.append(innerCapital ? piece : piece.toLowerCase(Locale.ROOT));
    }
    return written.toString().replaceAll("\\s+", " ");
  }

  /**
   * A title's words, lowercase, split at spaces and hyphens ("chain-of-thought"); other punctuation
   * becomes {@link #BREAK}, so no phrase runs across "Tuning: Data".
   */
  static List<String> words(String text) {
    String spaced = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s\\-–/'’.]+", " | ");
    return Arrays.stream(spaced.split("[^\\p{L}\\p{N}|]+")).filter(w -> !w.isEmpty()).toList();
  }
}
