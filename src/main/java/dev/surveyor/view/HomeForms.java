package dev.surveyor.view;

import dev.surveyor.model.SearchTerms;
import dev.surveyor.text.SearchWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each written word's home form: the commonest form of its stem (the smallest string on a tie),
 * whose shard holds the stem's postings ({@link SearchIndexer}). The browser has no stemmer, but a
 * query word it looks up leads to its stem's term in the home form's shard, so a name written as
 * home forms is one the browser can compare a query with word by word: "soft prompt" and "soft
 * prompts" both name the sub-topic "Soft prompts".
 */
final class HomeForms {
  private final Map<String, Integer> number;
  private final List<String> forms;
  private final int[] stemOf;
  private final int[] home;
  private final Set<String> stop;

  HomeForms(SearchTerms words) {
    forms = words.forms();
    stemOf = words.stemOf();
    number = new HashMap<>(forms.size() * 2);
    for (int f = 0; f < forms.size(); f++) {
      number.put(forms.get(f), f);
    }
    home = of(words);
    stop = new HashSet<>(words.stop());
  }

  /** Each stem's home form's index: its commonest form, the smallest string on a tie. */
  static int[] of(SearchTerms words) {
    return SearchTerms.homes(words.forms(), words.stemOf(), words.uses(), words.stems().size());
  }

  /**
   * A name as the browser reads a query naming it: its words folded, stop words left out, each as
   * its home form (a word no paper writes as it is, or as its singular's).
   */
  String phrase(String name) {
    List<String> out = new ArrayList<>();
    for (String word : SearchWords.phrase(name).split(" ")) {
      if (word.isEmpty() || stop.contains(word)) {
        continue;
      }
      Integer f = number.get(word);
      // A plural no paper writes ("Surveys" in a group's name) is its singular's: a query
      // for it is read as the nearest word the index holds, which is that.
      for (int cut = 1; f == null && cut <= 2 && word.endsWith("es".substring(2 - cut)); cut++) {
        f = number.get(word.substring(0, word.length() - cut));
      }
      out.add(f == null ? word : forms.get(home[stemOf[f]]));
    }
    return String.join(" ", out);
  }
}
