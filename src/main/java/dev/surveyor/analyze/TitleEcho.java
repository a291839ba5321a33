package dev.surveyor.analyze;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How much a list summary says that the title beside it does not. A reader sees both: "Proposes
 * General-Reasoner, a training paradigm designed to enhance LLM reasoning capabilities across
 * diverse domains." under "General-Reasoner: Advancing LLM Reasoning Across All Domains" tells one
 * thing more ("training"). Counted as the summary's words of substance, each once by its stem, that
 * no title word shares a stem with. A word and its stem are the analyser's ({@link TextAnalyzer}:
 * Porter, its stop words dropped), so "same word" means here what it means to themes, related
 * papers and sub-topics; function words are Snowball's ({@link LabelWords#functionWord}), the list
 * labels use; and the verbs and nouns every summary has ("proposes", "a framework", "enhance ...
 * capabilities", "novel") count for nothing either.
 */
final class TitleEcho {
  /**
   * A summary that adds fewer words of its own than this to its title mostly restates it: a fresh
   * reader found AMPLIFY's (4: the words of its name) and General-Reasoner's (1) saying nothing.
   */
  static final int FEWEST_NEW_WORDS = 5;

  /** Shorter words name nothing a reader would miss: "rl", "lm", "7b" (as before the fold). */
  private static final int SHORTEST_WORD = 3;

  /**
   * The analyser a word is stemmed by. Shared by every summary on every core: Lucene's analysers
   * keep one token stream per thread, and the stems it has found are kept for the next summary.
   */
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  /**
   * What a summary of any paper says, by the analyser's stem ("propose" for "proposes" and
   * "proposed"): that the paper puts forward, studies or shows a thing of some kind, made to do
   * better, as every method is; and the connectives Snowball's function words lack ("via", "using",
   * "also", "across").
   */
  private static final Set<String> SAYS_NOTHING =
      stems(
          // connectives and prepositions
          "via",
          "using",
          "based",
          "toward",
          "towards",
          "can",
          "also",
          "whose",
          "well",
          "without",
          "within",
          "across",
          "per",
          // that the paper puts forward, studies or shows something
          "propose",
          "present",
          "introduce",
          "study",
          "investigate",
          "explore",
          "examine",
          "show",
          "demonstrate",
          "develop",
          "paper",
          "work",
          "focus",
          "seek",
          "aim",
          // a thing of some kind, made to do better
          "novel",
          "new",
          "approach",
          "method",
          "framework",
          "paradigm",
          "technique",
          "designed",
          "design",
          "enhance",
          "enhancing",
          "improve",
          "improving",
          "ability",
          "abilities",
          "capability",
          "capabilities",
          "performance",
          "task",
          "diverse",
          "various",
          "effective",
          "efficient",
          "large",
          "language",
          "model",
          "llm",
          "llms",
          "systematically",
          "comprehensive",
          "specific");

  private TitleEcho() {}

  /**
   * Whether the summary adds fewer than {@link #FEWEST_NEW_WORDS} words of its own to the title.
   */
  static boolean restates(String summary, String title) {
    return !title.isBlank() && newWords(summary, title) < FEWEST_NEW_WORDS;
  }

  /** How many words of substance the summary has, each stem once, that the title does not. */
  static int newWords(String summary, String title) {
    Set<String> titled = substance(title);
    Set<String> added = new HashSet<>();
    for (String stem : substance(summary)) {
      if (!titled.contains(stem)) {
        added.add(stem);
      }
    }
    return added.size();
  }

  /** The stems of the text's words of substance. */
  private static Set<String> substance(String text) {
    Set<String> stems = new HashSet<>();
    for (Token token : ANALYZER.tokens(text)) {
      String word = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
      if (word.length() >= SHORTEST_WORD
          && !LabelWords.functionWord(word)
          && !SAYS_NOTHING.contains(token.term())) {
        stems.add(token.term());
      }
    }
    return stems;
  }

  /** "reasoning" and "reasoner" are one word to a reader, as "domain" and "domains" are. */
  static String stem(String word) {
    return ANALYZER.stem(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> stems(String... words) {
    Set<String> stems = new HashSet<>();
    for (String word : words) {
      stems.add(ANALYZER.stem(word));
    }
    return Set.copyOf(stems);
  }
}
