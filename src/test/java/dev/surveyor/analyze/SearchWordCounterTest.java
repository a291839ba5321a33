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
    Set<String> spelledAnywhere = new HashSet<>();
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
        spelledAnywhere.addAll(spelled);
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
    // with stop words between, as the search page reads "learning to reason" (search25)
    assertTrue(spelledAnywhere.contains("learningtoreason"), spelledAnywhere.toString());
    assertTrue(spelledAnywhere.contains("chainofthought"), spelledAnywhere.toString());
  }

  /**
   * The words the text's pairs of words spell where the survey holds them: two words side by side
   * with only spaces between, or only spaces and at most {@link SearchWordCounter#MIDDLE} stop
   * words ("chain of thought", search25), neither a stop word nor joined by a hyphen to another
   * word.
   */
  private static List<String> spacedCompounds(String text, Set<String> held, Set<String> stop) {
    String folded = SearchWords.fold(text);
    var word = java.util.regex.Pattern.compile("[\\p{L}\\p{Nd}]+").matcher(folded);
    String hyphens = "-\u2010\u2011";
    List<int[]> spans = new ArrayList<>(); // start, end, and 1 when no hyphen joins it to a word
    while (word.find()) {
      int from = word.start();
      int to = word.end();
      boolean joinedBefore =
          from >= 2
              && hyphens.indexOf(folded.charAt(from - 1)) >= 0
              && Character.isLetterOrDigit(folded.charAt(from - 2));
      boolean joinedAfter =
          to + 1 < folded.length()
              && hyphens.indexOf(folded.charAt(to)) >= 0
              && Character.isLetterOrDigit(folded.charAt(to + 1));
      spans.add(new int[] {from, to, joinedBefore || joinedAfter ? 0 : 1});
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      String first = folded.substring(spans.get(i)[0], spans.get(i)[1]);
      if (spans.get(i)[2] == 0 || stop.contains(first)) {
        continue;
      }
      StringBuilder compound = new StringBuilder(first);
      for (int j = i + 1; j < spans.size() && j <= i + 1 + SearchWordCounter.MIDDLE; j++) {
        String gap = folded.substring(spans.get(j - 1)[1], spans.get(j)[0]);
        String next = folded.substring(spans.get(j)[0], spans.get(j)[1]);
        if (spans.get(j)[2] == 0 || !gap.matches("[ \n]+")) {
          break;
        }
        compound.append(next);
        if (!stop.contains(next)) {
          if (held.contains(compound.toString())) {
            found.add(compound.toString());
          }
          break;
        }
      }
    }
    return found;
  }
}
