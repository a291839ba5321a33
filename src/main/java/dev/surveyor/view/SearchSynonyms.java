package dev.surveyor.view;

import dev.surveyor.model.Paper;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.text.SearchWords;
import dev.surveyor.view.SearchIndex.Synonyms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The curator's synonym groups ({@code search_synonyms} in {@code survey.md}) as the browser reads
 * them: each name's words, and every form the index holds of a one-word name's stem, so "distilled"
 * and "distillation" widen as "distill" does without a stemmer in the browser. A phrase ("knowledge
 * transfer") is a synonym found as its words together, which the index cannot tell (it holds words,
 * not where they stand): the papers writing it together are listed with the group. Only a one-word
 * name widens a query's word.
 */
final class SearchSynonyms {
  private SearchSynonyms() {}

  static List<Synonyms> of(List<List<String>> groups, SearchTerms words, List<Paper> papers) {
    if (groups.isEmpty()) {
      return List.of();
    }
    List<String> forms = words.forms();
    Map<String, Integer> formNumber = new HashMap<>(forms.size() * 2);
    for (int f = 0; f < forms.size(); f++) {
      formNumber.put(forms.get(f), f);
    }
    int[] stemOf = words.stemOf();
    Folded folded = new Folded(papers);
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
        List<SearchIndex.Members> together = new ArrayList<>();
        List<SearchIndex.Members> titles = new ArrayList<>();
        for (List<String> name : names) {
          SearchIndex.Members[] found =
              name.size() > 1 ? writing(folded, together(name)) : new SearchIndex.Members[2];
          together.add(found[0]);
          titles.add(found[1]);
        }
        boolean phrases = names.stream().anyMatch(name -> name.size() > 1);
        out.add(
            new Synonyms(
                names, widens, phrases ? together : List.of(), phrases ? titles : List.of()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A name's words together, in a folded text: side by side, joined by hyphens or not at all
   * ("reinforcement fine-tuning", "reinforcement finetuning"), the last maybe a plural.
   */
  static Pattern together(List<String> name) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{Nd}])");
    for (int i = 0; i < name.size(); i++) {
      regex.append(i == 0 ? "" : "[\\s\\-\u2010\u2011]*").append(Pattern.quote(name.get(i)));
    }
    return Pattern.compile(regex.append("s?(?![\\p{L}\\p{Nd}])").toString());
  }

  /**
   * The papers whose title or abstract the pattern finds, and those whose title it finds (gaps or
   * bits).
   */
  private static SearchIndex.Members[] writing(Folded folded, Pattern pattern) {
    int n = folded.papers.size();
    int[] docs = new int[n];
    int[] titled = new int[n];
    int count = 0;
    int titles = 0;
    for (int doc = 0; doc < n; doc++) {
      if (pattern.matcher(folded.title(doc)).find()) {
        titled[titles++] = doc;
        docs[count++] = doc;
      } else if (pattern.matcher(folded.text(doc)).find()) {
        docs[count++] = doc;
      }
    }
    return new SearchIndex.Members[] {
      SearchCodes.members(docs, count, n), SearchCodes.members(titled, titles, n)
    };
  }

  /** The papers' titles and abstracts folded, each once, when a phrase first asks. */
  private static final class Folded {
    final List<Paper> papers;
    private String[] titles;
    private String[] texts;

    Folded(List<Paper> papers) {
      this.papers = papers;
    }

    String title(int doc) {
      if (titles == null) {
        titles = new String[papers.size()];
        texts = new String[papers.size()];
      }
      if (titles[doc] == null) {
        titles[doc] = SearchWords.fold(papers.get(doc).title());
        String text = papers.get(doc).abstractText();
        texts[doc] = text == null ? "" : SearchWords.fold(text);
      }
      return titles[doc];
    }

    String text(int doc) {
      title(doc);
      return texts[doc];
    }
  }
}
