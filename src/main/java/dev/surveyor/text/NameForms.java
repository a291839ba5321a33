package dev.surveyor.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The other forms of an entity's name that name it too, in one place for the two readers of a name:
 * the entity matcher, reading the forms written in a text ({@link #written}), and search, reading
 * the forms a reader types ({@link #of}). Both take a name ending in "model" as "modeling" and
 * "modelling" too ({@link #workOf}). Their plurals differ on purpose: a text's words are matched as
 * written, so only a last word whose plain "s" is no other English word takes one there (a capital
 * inside it, "BabyLMs", "GPTs", "Long CoTs", matched exactly as the name writes it; or the last
 * word of a hyphenated compound, "long chain-of-thoughts"), while a typed query is already folded
 * to lower case, and any lower-case noun's plural ("reward models") is the name a reader meant.
 */
public final class NameForms {
  private NameForms() {}

  /**
   * A form of a name as a text writes it: its words, and whether its last word matches only as
   * written ("CoTs", not "cots").
   */
  public record Written(List<String> words, boolean exactLast) {
    public Written {
      words = List.copyOf(words);
    }
  }

  /**
   * The other forms of {@code name} a reader types, none for a name ending in a capital, a number
   * or an "s": a lower-case last noun's plural ("reward models", "chain of thoughts"), and a
   * model's work ("reward modeling").
   */
  public static List<String> of(String name) {
    int space = Math.max(name.lastIndexOf(' '), name.lastIndexOf('-'));
    String last = name.substring(space + 1);
    if (space < 0
        || last.length() < 3
        || last.endsWith("s")
        || !last.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return List.of();
    }
    String head = name.substring(0, space + 1);
    List<String> forms = new ArrayList<>();
    forms.add(head + last + "s");
    for (String form : workOf(last)) {
      forms.add(head + form);
    }
    return List.copyOf(forms);
  }

  /**
   * The other forms of a name a text writes, from its words as written and the gaps between them
   * ("-" in "chain-of-thought"): the plural where it is no other word, then a model's work.
   */
  public static List<Written> written(List<String> words, List<String> gaps) {
    String last = words.get(words.size() - 1);
    List<Written> forms = new ArrayList<>();
    boolean capital = takesPlural(last);
    if (capital || endsHyphenated(gaps, last)) {
      forms.add(new Written(withLast(words, last + "s"), capital));
    }
    for (String form : workOf(last)) {
      forms.add(new Written(withLast(words, form), false));
    }
    return List.copyOf(forms);
  }

  /**
   * The words for the work of building what a name's last word names: "modeling" and "modelling"
   * for "model", else none. Search and the entity matcher both read a name so.
   */
  public static List<String> workOf(String last) {
    return last.equals("model") ? List.of("modeling", "modelling") : List.of();
  }

  private static List<String> withLast(List<String> words, String last) {
    List<String> out = new ArrayList<>(words);
    out.set(out.size() - 1, last);
    return out;
  }

  /**
   * Whether a name's last word, with a plain "s", still names it: a capital after its first letter
   * and a letter last ("BabyLM", "LLaMA", "GPT", "LoRA"; not "o1", "T5", "Gemma", "MATH-500").
   * Matched as written, such a word plus "s" is no other English word.
   */
  private static boolean takesPlural(String last) {
    if (last.length() < 3 || !Character.isLetter(last.charAt(last.length() - 1))) {
      return false;
    }
    for (int i = 1; i < last.length(); i++) {
      if (Character.isUpperCase(last.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name ends in a hyphenated compound of lower-case words ("chain-of-thought"): its
   * plural adds "s" to the last word. Not a name ending in a number or a capital ("GPT-4o", "R1").
   */
  private static boolean endsHyphenated(List<String> gaps, String last) {
    return !gaps.isEmpty()
        && gaps.get(gaps.size() - 1).equals("-")
        && last.length() >= 3
        && !last.endsWith("s")
        && last.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
