package dev.surveyor.view;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.model.Entity;
import dev.surveyor.model.Paper;
import dev.surveyor.model.SearchTerms;
import dev.surveyor.model.SearchTerms.PaperTerms;
import dev.surveyor.model.Survey;
import dev.surveyor.text.SearchWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a paper writes an entity besides where the entity matcher counts it, for the entity's
 * search postings, as a search engine weighs fields: its summary's lead (the sentence that says
 * what it does) naming the entity, and its title writing most of the entity's spelled-out name
 * ("LOGICPO: ... using LLMs and Preference Optimization" of "Direct Preference Optimization", which
 * its abstract names). A paper that only uses the entity along the way (VerIPO runs a DPO stage,
 * its summary names its own method) then ranks below one whose method it is.
 */
final class EntityFields {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");

  private final Map<String, Integer> formNumber;
  private final int[] stemOf;
  private final double[] idf;
  private final int[][] titleStems;
  private final String[] summaries;
  private final String[] casedSummaries;

  EntityFields(Survey survey) {
    SearchTerms words = survey.searchTerms();
    List<String> forms = words.forms();
    formNumber = new HashMap<>(forms.size() * 2);
    for (int f = 0; f < forms.size(); f++) {
      formNumber.put(forms.get(f), f);
    }
    stemOf = words.stemOf();
    List<PaperTerms> papers = words.papers();
    int n = papers.size();
    int[] df = new int[words.stems().size()];
    titleStems = new int[n][];
    for (int doc = 0; doc < n; doc++) {
      int[] terms = papers.get(doc).terms();
      int[] title = new int[terms.length];
      int size = 0;
      for (int packed : terms) {
        df[PaperTerms.stem(packed)]++;
        if (PaperTerms.title(packed)) {
          title[size++] = PaperTerms.stem(packed);
        }
      }
      titleStems[doc] = Arrays.stream(title, 0, size).sorted().toArray();
    }
    idf = new double[df.length];
    for (int s = 0; s < df.length; s++) {
      idf[s] = Math.log(1 + (n - df[s] + 0.5) / (df[s] + 0.5));
    }
    List<Paper> all = survey.papers();
    summaries = new String[all.size()];
    casedSummaries = new String[all.size()];
    Cores.forEachIndex(
        all.size(),
        doc -> {
          String summary = lead(survey.analysisOf(all.get(doc)).summary());
          summaries[doc] = " " + SearchWords.phrase(summary) + " ";
          casedSummaries[doc] = " " + SearchWords.casedPhrase(summary) + " ";
        });
  }

  /**
   * A summary's first sentence, what the paper does; a second tells a finding, often against the
   * tools it used ("Demonstrates that OpenAI GPT-o1, despite not being fine-tuned, outperforms").
   */
  static String lead(String summary) {
    Matcher end = SENTENCE_END.matcher(summary);
    return end.find() ? summary.substring(0, end.start() + 1) : summary;
  }

  /** The entity's ways of being written as phrases to find in a summary, folded unless cased. */
  static List<String> summaryPhrases(Entity entity, List<String> written) {
    List<String> phrases = new ArrayList<>();
    for (String name : written) {
      String phrase =
          entity.caseSensitive() ? SearchWords.casedPhrase(name) : SearchWords.phrase(name);
      if (!phrase.isEmpty()) {
        phrases.add(" " + phrase + " ");
      }
    }
    return phrases;
  }

  /** Whether the paper's summary writes one of the phrases ({@link #summaryPhrases}). */
  boolean inSummary(int doc, List<String> phrases, boolean cased) {
    String summary = cased ? casedSummaries[doc] : summaries[doc];
    for (String phrase : phrases) {
      if (summary.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each name of two indexed words or more as the stems of its words, the way a title is matched
   * against it; names of fewer such words are left out (an abbreviation is matched whole).
   */
  List<int[]> nameStems(Collection<String> names) {
    List<int[]> out = new ArrayList<>();
    for (String name : names) {
      int[] stems =
          Arrays.stream(SearchWords.phrase(name).split(" "))
              .map(formNumber::get)
              .filter(f -> f != null)
              .mapToInt(f -> stemOf[f])
              .distinct()
              .toArray();
      if (stems.length >= 2) {
        out.add(stems);
      }
    }
    return out;
  }

  /**
   * Whether the paper's title writes most of one of the names: words carrying at least half its
   * weight (by inverse document frequency), so "Preference Optimization" counts for "Direct
   * Preference Optimization" and "Distilling" for "knowledge distillation", but a common word alone
   * ("Knowledge") does not.
   */
  boolean partlyInTitle(int doc, List<int[]> names) {
    int[] title = titleStems[doc];
    for (int[] stems : names) {
      double all = 0;
      double held = 0;
      for (int stem : stems) {
        all += idf[stem];
        held += Arrays.binarySearch(title, stem) >= 0 ? idf[stem] : 0;
      }
      if (held > 0 && held * 2 >= all) {
        return true;
      }
    }
    return false;
  }
}
