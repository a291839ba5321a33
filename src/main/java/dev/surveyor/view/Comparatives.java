package dev.surveyor.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The index's comparatives and superlatives ("shorter", "largest"), each with its base ("short",
 * "large") where the index holds the base: a query for "shorter reasoning" should find the papers
 * on short reasoning, which Porter keeps apart (it strips "-er" only from a long stem, so
 * "transformer" is already "transform"'s, "shorter" not "short"'s).
 *
 * <p>Agent nouns end in "-er" too ("teacher", "layer", "planner", "writer"). The index's own
 * vocabulary tells them apart, no word list: a comparative whose superlative the index holds is one
 * ("larger", "largest"); otherwise a word is one only if the index holds neither its plural
 * (adjectives take none: "teachers", "layers") nor a verb's form of its base ("planning",
 * "writing", "coded"). A superlative is one when its comparative is. Irregular ones ("better",
 * "best") have no base to find and are left.
 */
final class Comparatives {
  private Comparatives() {}

  /**
   * Words of "-er" that compare nothing of a base the index may hold: prepositions and adverbs
   * ("after" of "AFT", a method's name) and adjectives with no base ("former" of "form", "upper").
   * A closed class, not this survey's words.
   */
  private static final Set<String> NOT_COMPARATIVE =
      Set.of(
          "after",
          "ever",
          "never",
          "either",
          "neither",
          "other",
          "over",
          "under",
          "rather",
          "whether",
          "together",
          "further",
          "however",
          "former",
          "latter",
          "upper",
          "inner",
          "outer");

  /** A base of two letters is seldom the word a comparative is made of ("us" of "user"). */
  private static final int SHORTEST_BASE = 3;

  /** Each comparative or superlative form, to its base form; both in {@code forms}. */
  static Map<String, String> of(List<String> forms) {
    Set<String> vocabulary = Set.copyOf(forms);
    Map<String, String> out = new TreeMap<>();
    Map<String, String> comparatives = new HashMap<>();
    for (String form : forms) {
      if (form.endsWith("er") && !NOT_COMPARATIVE.contains(form)) {
        String base = comparative(form, vocabulary);
        if (base != null) {
          out.put(form, base);
          comparatives.put(form, base);
        }
      }
    }
    for (String form : forms) {
      if (form.endsWith("est")) {
        String base = comparatives.get(form.substring(0, form.length() - 3) + "er");
        if (base != null) {
          out.put(form, base);
        }
      }
    }
    return out;
  }

  private static String comparative(String form, Set<String> vocabulary) {
    String cut = form.substring(0, form.length() - 2);
    String base = base(cut, vocabulary);
    if (base == null) {
      return null;
    }
    boolean superlative = vocabulary.contains(cut + "est");
    boolean noun = vocabulary.contains(form + "s") || isVerb(base, vocabulary);
    return superlative || !noun ? base : null;
  }

  /** The base a comparative's stem spells ("short", "large", "big", "easy"), if indexed. */
  private static String base(String cut, Set<String> vocabulary) {
    int n = cut.length();
    String[] candidates = {
      cut,
      cut + "e",
      n > 1 && cut.charAt(n - 1) == cut.charAt(n - 2) ? cut.substring(0, n - 1) : null,
      cut.endsWith("i") ? cut.substring(0, n - 1) + "y" : null
    };
    for (String base : candidates) {
      if (base != null && base.length() >= SHORTEST_BASE && vocabulary.contains(base)) {
        return base;
      }
    }
    return null;
  }

  /** Whether the index holds the base as a verb: "planning", "writing", "coded", "verified". */
  private static boolean isVerb(String base, Set<String> vocabulary) {
    String bare = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
    String doubled = base + base.charAt(base.length() - 1);
    String y = base.endsWith("y") ? base.substring(0, base.length() - 1) + "ied" : null;
    for (String verb :
        new String[] {bare + "ing", bare + "ed", doubled + "ing", doubled + "ed", y}) {
      if (verb != null && vocabulary.contains(verb)) {
        return true;
      }
    }
    return false;
  }
}
