package dev.surveyor.text;

import java.util.Locale;

/**
 * Whether a word of the text is a form of a cue's word a reader would accept: the word itself or an
 * inflection (plural, possessive, "-ed", "-ing") of it or of the word it inflects. Porter's stemmer
 * also folds words of other meanings into one stem ("conversely" and "conversion" with
 * "conversation", "assist" with "assistant", "continual" with "continuous", "reasonable" with
 * "reasoning"); where only the stems meet, the words are different words. Asked only of two words
 * with the same Porter stem, so it need not know English beyond inflection.
 */
public final class WordForms {
  private WordForms() {}

  /** Whether {@code word} (as written in the text) is a form of {@code cueWord}, any case. */
  public static boolean isFormOf(String word, String cueWord) {
    String a = withoutPossessive(word.toLowerCase(Locale.ROOT));
    String b = withoutPossessive(cueWord.toLowerCase(Locale.ROOT));
    if (a.equals(b)) {
      return true;
    }
    String cueEnding = participle(b);
    if (!cueEnding.isEmpty() && !cueEnding.equals(participle(a))) {
      return false;
    }
    String aBase = normal(uninflected(a));
    String bBase = normal(uninflected(b));
    // each word as it stands or without one inflection: "embed" and "embeds" meet on "embed",
    // "embedding" and "embed" on "emb"
    return aBase.equals(bBase) || aBase.equals(normal(b)) || normal(a).equals(bBase);
  }

  private static final java.util.regex.Pattern ABILITY =
      java.util.regex.Pattern.compile("[ai]bl(?:e|es|y|eness)$|[ai]bilit(?:y|ies)$");

  /**
   * Whether a word of the cue word's stem says only that something can be done, an ending the cue
   * word lacks: "reasonable" and "reasonably" are not reasoning, "detectable" is not detection,
   * "learnability" is not learnable. Such a word is another word whether or not the cue's words
   * count only in their forms.
   */
  public static boolean addsAbility(String word, String cueWord) {
    String w = withoutPossessive(word.toLowerCase(Locale.ROOT));
    return ABILITY.matcher(w).find()
        && !ABILITY.matcher(withoutPossessive(cueWord.toLowerCase(Locale.ROOT))).find();
  }

  /**
   * Whether {@code word} is an acronym of its own that spells an acronym cue ("CoT", "PRM": a
   * capital after the first letter) with a capital S added: acronyms take their plural in a small
   * "s" ("CoTs", "PRMs"), so "COTS" (a model's name, or commercial off-the-shelf) is another word.
   */
  public static boolean isAnotherAcronym(String word, String cueWord) {
    int n = word.length();
    return n == cueWord.length() + 1
        && word.charAt(n - 1) == 'S'
        && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && cueWord.chars().skip(1).anyMatch(Character::isUpperCase)
        && word.regionMatches(true, 0, cueWord, 0, n - 1);
  }

  private static String withoutPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("'") || word.endsWith("\u2019")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * "ing" or "ed" when the word, in the singular, is an "-ing" or "-ed" form ("reasonings",
   * "embodied"), else "".
   */
  private static String participle(String word) {
    String singular = word;
    if (word.endsWith("ings")) {
      singular = word.substring(0, word.length() - 1);
    }
    String stripped = uninflected(singular);
    if (stripped.equals(singular)) {
      return "";
    }
    return singular.endsWith("ing") ? "ing" : singular.endsWith("ed") ? "ed" : "";
  }

  /** The word without one inflectional ending, or as it is when it has none. */
  static String uninflected(String word) {
    int n = word.length();
    if (n > 4 && (word.endsWith("ies") || word.endsWith("ied"))) {
      return word.substring(0, n - 3) + "y"; // studies, embodied
    }
    if (word.endsWith("sses")
        || word.endsWith("xes")
        || word.endsWith("zes")
        || word.endsWith("ches")
        || word.endsWith("shes")) {
      return word.substring(0, n - 2); // prefixes, approaches
    }
    if (n > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("sis")
        && !word.endsWith("xis")) {
      return word.substring(0, n - 1);
    }
    if (word.endsWith("ing") && hasVowel(word, n - 3) && n - 3 >= 3) {
      return word.substring(0, n - 3);
    }
    if (word.endsWith("ed") && hasVowel(word, n - 2) && n - 2 >= 3) {
      return word.substring(0, n - 2);
    }
    return word;
  }

  /**
   * The spelling changes inflection makes undone alike on both sides: a final "e" dropped ("stage",
   * "staged"), a doubled final consonant made single ("planning", "plan").
   */
  static String normal(String word) {
    int n = word.length();
    if (n > 3 && word.charAt(n - 1) == 'e') {
      return word.substring(0, n - 1);
    }
    if (n > 3 && word.charAt(n - 1) == word.charAt(n - 2) && !isVowel(word.charAt(n - 1))) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  private static boolean hasVowel(String word, int end) {
    for (int i = 0; i < end; i++) {
      if (isVowel(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
