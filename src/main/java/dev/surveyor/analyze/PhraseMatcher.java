package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds many analysed phrases in a token list in one pass: phrases are indexed by their first term,
 * so the cost is the number of tokens times the few phrases sharing a first term.
 *
 * @param <T> what a phrase stands for (a cue, an entity)
 */
public final class PhraseMatcher<T> {
  /**
   * One phrase to look for; {@code skips}, when known, says for each gap between its terms whether
   * the phrase as written drops a word there ("mixture of experts"), else null.
   */
  private record Entry<T>(List<String> terms, boolean[] skips, T value) {}

  /** A match: the value, and the characters it spans in the text. */
  public record Match<T>(T value, int start, int end) {}

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private final Map<String, List<Entry<T>>> byFirstTerm = new HashMap<>();

  public void add(List<String> terms, T value) {
    add(terms, null, value);
  }

  /**
   * Adds a phrase as written, its words analysed: found by {@link #find(List, String)} only where
   * the text drops a word between two of its terms exactly where the phrase does.
   */
  public void add(String phrase, List<Token> analysed, T value) {
    boolean[] skips = new boolean[Math.max(0, analysed.size() - 1)];
    for (int k = 0; k < skips.length; k++) {
      skips[k] = dropsWord(phrase, analysed.get(k), analysed.get(k + 1));
    }
    add(analysed.stream().map(Token::term).toList(), skips, value);
  }

  private void add(List<String> terms, boolean[] skips, T value) {
    if (!terms.isEmpty()) {
      byFirstTerm
          .computeIfAbsent(terms.get(0), k -> new ArrayList<>())
          .add(new Entry<>(terms, skips, value));
    }
  }

  public List<Match<T>> find(List<Token> tokens) {
    return find(tokens, null);
  }

  /**
   * As {@link #find(List)}, in the tokens of {@code text}; a phrase added as written is not found
   * across a word the analyser dropped that the phrase does not drop: "Corpus Retrieval and
   * Augmentation" does not write "retrieval-augmented".
   */
  public List<Match<T>> find(List<Token> tokens, String text) {
    List<Match<T>> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Entry<T>> candidates = byFirstTerm.get(tokens.get(i).term());
      if (candidates == null) {
        continue;
      }
      for (Entry<T> entry : candidates) {
        int n = entry.terms().size();
        if (i + n <= tokens.size()
            && matchesAt(tokens, i, entry.terms())
            && (text == null
                || entry.skips() == null
                || skipsAlike(text, tokens, i, entry.skips()))) {
          matches.add(
              new Match<>(entry.value(), tokens.get(i).start(), tokens.get(i + n - 1).end()));
        }
      }
    }
    return matches;
  }

  private static boolean skipsAlike(String text, List<Token> tokens, int at, boolean[] skips) {
    for (int k = 0; k < skips.length; k++) {
      if (dropsWord(text, tokens.get(at + k), tokens.get(at + k + 1)) != skips[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAt(List<Token> tokens, int at, List<String> terms) {
    for (int k = 1; k < terms.size(); k++) {
      if (!tokens.get(at + k).term().equals(terms.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text between two tokens holds a word the analyser dropped, other than an article:
   * "during the pretraining" still writes "during pretraining", "code and data" does not write
   * "code data".
   */
  private static boolean dropsWord(String text, Token before, Token after) {
    int c = before.end();
    while (c < after.start()) {
      if (!Character.isLetterOrDigit(text.charAt(c))) {
        c++;
        continue;
      }
      int start = c;
      while (c < after.start() && Character.isLetterOrDigit(text.charAt(c))) {
        c++;
      }
      if (!ARTICLES.contains(text.substring(start, c).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
