package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.EntityUse;
import dev.surveyor.model.Paper;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.model.SearchTerms.PaperTerms;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.text.SearchWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The words the analysis counts for search, on the real survey (analysed in slices on all cores),
 * against each paper counted again on its own, word by word.
 */
class SearchWordCounterTest {
  @Test
  void eachPapersTermsAreItsWordsCountedOnceWithTheirTitleBit() throws Exception {
    Survey survey = RealSurvey.analysed();
    SearchTerms terms = survey.searchTerms();
    Set<String> stop = new HashSet<>(terms.stop());
    assertEquals(TextAnalyzer.stopWords(), terms.stop());
    int[] stemOf = terms.stemOf();
    int[] uses = terms.uses();
    Map<String, Integer> formNumber = new HashMap<>();
    for (int f = 0; f < terms.forms().size(); f++) {
      formNumber.put(terms.forms().get(f), f);
    }
    int[] written = new int[uses.length];
    int[] home = SearchTerms.homes(terms.forms(), stemOf, uses, terms.stems().size());
    int variants = 0;
    int compounds = 0;
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      SearchStems stems = new SearchStems(analyzer);
      List<Paper> papers = survey.papers();
      assertEquals(papers.size(), terms.papers().size());
      for (int i = 0; i < papers.size(); i++) {
        Paper paper = papers.get(i);
        List<String> texts = new ArrayList<>(List.of(paper.abstractText()));
        texts.addAll(paper.details().authors());
        if (paper.details().venue() != null) {
          texts.add(paper.details().venue());
        }
        if (paper.organization() != null) {
          texts.add(paper.organization());
        }
        List<String> own = List.copyOf(texts);
        for (EntityUse use : survey.entities().of(paper)) {
          texts.add(use.entity().name());
        }
        Map<String, Integer> counts = new HashMap<>();
        Set<String> titled = new HashSet<>();
        Set<String> forms = new HashSet<>();
        int length = 0;
        SearchWords.Reader reader = new SearchWords.Reader();
        for (String text : texts) {
          reader.reset(text);
          while (reader.next()) {
            String word = new String(reader.chars(), reader.start(), reader.length());
            if (!stop.contains(word)) {
              // a part of a model's name ("math" of Qwen2.5-Math-7B) is held at no count
              counts.merge(stems.of(word), reader.inName() ? 0 : 1, Integer::sum);
              forms.add(word);
              written[formNumber.get(word)]++;
              length++;
            }
          }
        }
        reader.reset(paper.title());
        while (reader.next()) {
          String word = new String(reader.chars(), reader.start(), reader.length());
          if (!stop.contains(word)) {
            counts.putIfAbsent(stems.of(word), 0);
            if (!reader.inName()) {
              titled.add(stems.of(word));
            }
            forms.add(word);
            written[formNumber.get(word)]++;
          }
        }
        // two words standing alone side by side count as the word they spell, where the survey
        // holds it ("instruction following" as "instructionfollowing"); an entity's name does not
        List<String> spelled = new ArrayList<>();
        for (String text : own) {
          spelled.addAll(spacedCompounds(text, formNumber.keySet(), stop));
        }
        for (String compound : spelled) {
          counts.merge(stems.of(compound), 1, Integer::sum);
          forms.add(compound);
          written[formNumber.get(compound)]++;
        }
        for (String compound : spacedCompounds(paper.title(), formNumber.keySet(), stop)) {
          counts.putIfAbsent(stems.of(compound), 0);
          titled.add(stems.of(compound));
          forms.add(compound);
          written[formNumber.get(compound)]++;
        }
        compounds += spelled.size();
        PaperTerms mine = terms.papers().get(i);
        assertEquals(length, mine.length(), paper.slug());
        Map<String, Integer> found = new HashMap<>();
        Set<String> foundTitled = new HashSet<>();
        for (int packed : mine.terms()) {
          String stem = terms.stems().get(PaperTerms.stem(packed));
          assertEquals(null, found.put(stem, PaperTerms.count(packed)), "one entry per stem");
          if (PaperTerms.title(packed)) {
            foundTitled.add(stem);
          }
        }
        assertEquals(counts, found, paper.slug());
        assertEquals(titled, foundTitled, paper.slug());
        // the stems it writes only in other forms than their commonest ("reinforcing")
        Set<String> expected = new java.util.TreeSet<>();
        for (int packed : mine.terms()) {
          int stem = PaperTerms.stem(packed);
          if (!forms.contains(terms.forms().get(home[stem]))) {
            expected.add(terms.stems().get(stem));
          }
        }
        Set<String> variant = new java.util.TreeSet<>();
        for (int stem : mine.variants()) {
          variant.add(terms.stems().get(stem));
        }
        assertEquals(expected, variant, paper.slug());
        variants += variant.size();
      }
      for (int f = 0; f < uses.length; f++) {
        String form = terms.forms().get(f);
        assertEquals(written[f], uses[f], form);
        assertEquals(stems.of(form), terms.stems().get(stemOf[f]), form);
      }
    }
    assertTrue(terms.forms().size() > 5_000, "forms: " + terms.forms().size());
    assertTrue(variants > 500, "stems written only in another form: " + variants);
    assertTrue(compounds > 100, "compounds written spaced: " + compounds);
  }

  /**
   * The words the text's pairs of words spell where the survey holds them: two words side by side
   * with only spaces between, neither a stop word nor joined by a hyphen to another word.
   */
  private static List<String> spacedCompounds(String text, Set<String> held, Set<String> stop) {
    List<String> found = new ArrayList<>();
    var pair =
        java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{Nd}][-\u2010\u2011])(?<![\\p{L}\\p{Nd}])([\\p{L}\\p{Nd}]+)[ \n]+"
                + "(?=([\\p{L}\\p{Nd}]++)(?![-\u2010\u2011][\\p{L}\\p{Nd}]))");
    var m = pair.matcher(SearchWords.fold(text));
    while (m.find()) {
      String compound = m.group(1) + m.group(2);
      if (!stop.contains(m.group(1)) && !stop.contains(m.group(2)) && held.contains(compound)) {
        found.add(compound);
      }
    }
    return found;
  }
}
