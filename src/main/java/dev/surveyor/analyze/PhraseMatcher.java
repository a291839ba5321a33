package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many analysed phrases in a token list in one pass: phrases are indexed by their first term,
 * so the cost is the number of tokens times the few phrases sharing a first term.
 *
 * @param <T> what a phrase stands for (a cue, an entity)
 */
public final class PhraseMatcher<T> {
  /** One phrase to look for. */
  private record Entry<T>(List<String> terms, T value) {}

  /** A match: the value, and the characters it spans in the text. */
  public record Match<T>(T value, int start, int end) {}

  private final Map<String, List<Entry<T>>> byFirstTerm = new HashMap<>();

  public void add(List<String> terms, T value) {
    if (!terms.isEmpty()) {
      byFirstTerm
          .computeIfAbsent(terms.get(0), k -> new ArrayList<>())
          .add(new Entry<>(terms, value));
    }
  }

  public List<Match<T>> find(List<Token> tokens) {
    List<Match<T>> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Entry<T>> candidates = byFirstTerm.get(tokens.get(i).term());
      if (candidates == null) {
        continue;
      }
      for (Entry<T> entry : candidates) {
        int n = entry.terms().size();
        if (i + n <= tokens.size() && matchesAt(tokens, i, entry.terms())) {
          matches.add(
              new Match<>(entry.value(), tokens.get(i).start(), tokens.get(i + n - 1).end()));
        }
      }
    }
    return matches;
  }

  private static boolean matchesAt(List<Token> tokens, int at, List<String> terms) {
    for (int k = 1; k < terms.size(); k++) {
      if (!tokens.get(at + k).term().equals(terms.get(k))) {
        return false;
      }
    }
    return true;
  }
}
