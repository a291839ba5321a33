package dev.surveyor.analyze;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a list summary says that the title beside it does not. A reader sees both: "Proposes
 * General-Reasoner, a training paradigm designed to enhance LLM reasoning capabilities across
 * diverse domains." under "General-Reasoner: Advancing LLM Reasoning Across All Domains" tells one
 * thing more ("training"). Counted as the summary's words of substance, each once by its stem, that
 * no title word shares a stem with: not function words, not the verbs and nouns every summary has
 * ("proposes", "a framework", "enhance ... capabilities", "novel").
 */
final class TitleEcho {
  /**
   * A summary that adds fewer words of its own than this to its title mostly restates it: a fresh
   * reader found AMPLIFY's (4: the words of its name) and General-Reasoner's (1) saying nothing.
   */
  static final int FEWEST_NEW_WORDS = 5;

  /** The stem a word is known by: its first letters once a common ending is taken off. */
  private static final int STEM_LETTERS = 6;

  /** A word's common endings, longest first; the stem left has this many letters at least. */
  private static final String[] ENDINGS = {
    "ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "ed", "s", "ly"
  };

  private static final int SHORTEST_STEM = 4;

  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  /** Function words, and the words that a summary of any paper has. */
  private static final Set<String> SAYS_NOTHING =
      Set.of(
          // function words
          "the",
          "and",
          "for",
          "with",
          "from",
          "via",
          "are",
          "was",
          "were",
          "been",
          "its",
          "this",
          "that",
          "these",
          "those",
          "our",
          "their",
          "into",
          "using",
          "based",
          "toward",
          "towards",
          "can",
          "does",
          "not",
          "but",
          "also",
          "than",
          "then",
          "both",
          "each",
          "all",
          "any",
          "such",
          "which",
          "who",
          "whose",
          "where",
          "when",
          "how",
          "what",
          "while",
          "only",
          "more",
          "most",
          "very",
          "well",
          "without",
          "within",
          "over",
          "under",
          "between",
          "through",
          "about",
          "across",
          "per",
          "out",
          // what every summary says: that the paper puts forward, studies or shows something
          "propose",
          "proposes",
          "proposed",
          "present",
          "presents",
          "introduce",
          "introduces",
          "study",
          "studies",
          "investigate",
          "investigates",
          "explore",
          "explores",
          "examine",
          "examines",
          "show",
          "shows",
          "demonstrate",
          "demonstrates",
          "develop",
          "develops",
          "paper",
          "work",
          "focus",
          "focuses",
          "seek",
          "seeks",
          "aim",
          "aims",
          // a thing of some kind, made to do better, as every method is
          "novel",
          "new",
          "approach",
          "approaches",
          "method",
          "methods",
          "framework",
          "frameworks",
          "paradigm",
          "technique",
          "techniques",
          "designed",
          "design",
          "enhance",
          "enhances",
          "enhancing",
          "improve",
          "improves",
          "improved",
          "improving",
          "ability",
          "abilities",
          "capability",
          "capabilities",
          "performance",
          "task",
          "tasks",
          "diverse",
          "various",
          "effective",
          "efficient",
          "large",
          "language",
          "model",
          "models",
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
    Set<String> titled = stems(title);
    Set<String> added = new HashSet<>();
    for (String stem : stems(summary)) {
      if (!titled.contains(stem)) {
        added.add(stem);
      }
    }
    return added.size();
  }

  private static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find()) {
      String w = word.group();
      if (w.length() >= 3 && !SAYS_NOTHING.contains(w)) {
        stems.add(stem(w));
      }
    }
    return stems;
  }

  /** "reasoning" and "reasoner" are one word to a reader, as "domain" and "domains" are. */
  static String stem(String word) {
    for (String ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
        String stem = word.substring(0, word.length() - ending.length());
        return stem.substring(0, Math.min(STEM_LETTERS, stem.length()));
      }
    }
    return word.substring(0, Math.min(STEM_LETTERS, word.length()));
  }
}
