package dev.surveyor.analyze;

import java.util.regex.Pattern;

/**
 * Words a fresh reader counted as filler in list summaries (summ21: "various" in 16 of 469,
 * "state-of-the-art" in 26), dropped only where the claim and the grammar stay as they were.
 * "various" before a plural says no more than the plural ("across various benchmarks" reads "across
 * benchmarks"); it stays after "of", where the range is the point ("datasets of various sizes"),
 * before a singular ("of various quality") and before a word of kind ("various types of").
 * "state-of-the-art" stays where it is a result or what is compared ("achieves state-of-the-art
 * performance", "outperforms two state-of-the-art baselines", "even the state-of-the-art LVLMs
 * struggle"), and goes where it labels the models a study counts out ("evaluates 13
 * state-of-the-art LLMs" reads "evaluates 13 LLMs"): which models lead is a label of the day, and
 * the count says what was tried.
 */
public final class Filler {
  /** A word the plural's head may follow: not a function word, across which no phrase runs. */
  private static final String MODIFIER =
      "(?!(?:and|or|of|in|on|to|for|with|by|from|the|a|an)\\b)[\\p{L}\\p{N}-]+ ";

  /**
   * "various" inside a sentence, not after "of", before a plural head within three words ("various
   * reasoning tasks", "various CoT methods").
   */
  private static final Pattern VARIOUS =
      Pattern.compile(
          "(?<=\\b(?![Oo]f )\\p{L}{1,20},? )various (?!(?:types|kinds|forms|sorts)\\b)(?=(?:"
              + MODIFIER
              + "){0,2}?[\\p{L}-]*[\\p{L}&&[^sui]]s\\b)");

  /**
   * "state-of-the-art" (and the "(SOTA)" after it) after a count, where no word of comparing is
   * before it in its clause: group 1 is what stays before it.
   */
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?<=\\b(?:\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
              + "|multiple) )state-of-the-art (?:\\(SOTA\\) )?");

  /** A comparison in the clause before the count: the label is then what was beaten. */
  private static final Pattern COMPARED =
      Pattern.compile(
          "\\b(?:outperform|surpass|beat|exceed|improv|over|against|than|compar|rival|match)\\w*"
              + "[^,;:.!?]*$",
          Pattern.CASE_INSENSITIVE);

  private Filler() {}

  /** The summary without the filler above; anything else as it was. */
  public static String dropped(String summary) {
    String plain = summary.contains("various ") ? VARIOUS.matcher(summary).replaceAll("") : summary;
    return plain.contains("state-of-the-art ") ? countedDropped(plain) : plain;
  }

  /** "state-of-the-art" after a count gone where nothing before it in the clause compares. */
  private static String countedDropped(String summary) {
    var counted = COUNTED.matcher(summary);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (counted.find()) {
      boolean compared = COMPARED.matcher(summary.substring(0, counted.start())).find();
      boolean acronymUsed =
          counted.group().contains("(SOTA)") && summary.indexOf("SOTA", counted.end()) >= 0;
      out.append(summary, last, counted.start());
      out.append(compared || acronymUsed ? counted.group() : "");
      last = counted.end();
    }
    return out.append(summary.substring(last)).toString();
  }
}
