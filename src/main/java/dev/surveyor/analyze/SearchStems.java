package dev.surveyor.analyze;

import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The stems search indexes: the analyser's (Porter), but for the stems Porter's successor, Porter2
 * (Lucene's Snowball English), names as ones Porter over-folds, where search takes Porter2's stem.
 * Porter folds "generalization", "generate", "generative" and "general" into "gener" (308 of this
 * survey's 469 papers), so "sft generalization" counted "Learning to Generate Research Idea" a
 * title match; Porter2 keeps "general", "generat" and "generic" apart. Search only: themes, related
 * papers and sub-topics keep the analyser's stems, and Porter2 everywhere in search would split
 * "llms" from "llm".
 */
final class SearchStems {
  /** Porter2's exceptional word starts (its R1 rule) as Porter stems them whole. */
  private static final Set<String> OVER_FOLDED = Set.of("gener", "commun", "arsen");

  private final TextAnalyzer analyzer;

  SearchStems(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The stem search files a lowercase word under. */
  String of(String word) {
    String stem = analyzer.stem(word);
    return OVER_FOLDED.contains(stem) ? porter2(word) : stem;
  }

  private static String porter2(String word) {
    EnglishStemmer stemmer = new EnglishStemmer(); // not thread-safe; these words are few
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
