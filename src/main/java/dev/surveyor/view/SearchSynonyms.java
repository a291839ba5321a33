package dev.surveyor.view;

import dev.surveyor.model.SearchTerms;
import dev.surveyor.text.SearchWords;
import dev.surveyor.view.SearchIndex.Synonyms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The curator's synonym groups ({@code search_synonyms} in {@code survey.md}) as the browser reads
 * them: each name's words, and every form the index holds of a one-word name's stem, so "distilled"
 * and "distillation" widen as "distill" does without a stemmer in the browser. A phrase ("knowledge
 * transfer") is a synonym found as its words together; only a one-word name widens a query's word.
 */
final class SearchSynonyms {
  private SearchSynonyms() {}

  static List<Synonyms> of(List<List<String>> groups, SearchTerms words) {
    if (groups.isEmpty()) {
      return List.of();
    }
    List<String> forms = words.forms();
    Map<String, Integer> formNumber = new HashMap<>(forms.size() * 2);
    for (int f = 0; f < forms.size(); f++) {
      formNumber.put(forms.get(f), f);
    }
    int[] stemOf = words.stemOf();
    List<Synonyms> out = new ArrayList<>();
    for (List<String> group : groups) {
      List<List<String>> names = new ArrayList<>();
      Map<Integer, Integer> stems = new HashMap<>(); // a one-word name's stem, to its place
      for (String name : group) {
        String phrase = name == null ? "" : SearchWords.phrase(name);
        if (phrase.isEmpty() || names.contains(List.of(phrase.split(" ")))) {
          continue;
        }
        names.add(List.of(phrase.split(" ")));
        Integer form = phrase.contains(" ") ? null : formNumber.get(phrase);
        if (form != null) {
          stems.putIfAbsent(stemOf[form], names.size() - 1);
        }
      }
      Map<String, Integer> widens = new TreeMap<>();
      for (int f = 0; f < forms.size(); f++) {
        Integer place = stems.get(stemOf[f]);
        if (place != null) {
          widens.put(forms.get(f), place);
        }
      }
      if (names.size() > 1 && !widens.isEmpty()) {
        out.add(new Synonyms(names, widens));
      }
    }
    return List.copyOf(out);
  }
}
