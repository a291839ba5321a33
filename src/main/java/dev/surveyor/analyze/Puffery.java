package dev.surveyor.analyze;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Praise an abstract gives its own work, dropped from a list summary where it says nothing: "a
 * novel method" says no more than "a method" once the paper proposes it, and "significantly
 * outperforms" gives no measure that "outperforms" lacks (a figure, where the summary has one, says
 * how much). Only where the sentence stays grammatical and its claim the same: "novel",
 * "innovative", "groundbreaking" or "pioneering" after "a/an" that the paper puts forward (after a
 * verb of proposing, or an apposition's comma or dash), the article agreed; "significantly" or
 * "substantially" before a verb of gain ("improves", "outperforms", ...); "remarkably" inside a
 * sentence. Kept where the word informs: "novel tasks", "novel-object", "to a novel domain"
 * (unseen), "significantly fewer", "drops significantly" (the size is the finding), and
 * "state-of-the-art", which states a result or names what is compared.
 */
public final class Puffery {
  /**
   * What the authors put forward, then "a novel": after a verb of proposing or an apposition's
   * comma or dash ("Proposes X, a novel framework", "X – a novel strategy"), not a preposition
   * ("queried with a novel word" is an unseen one). Groups: the article; the first of two
   * adjectives left of a list of three ("a novel, general, and unified" reads "a general and
   * unified"); the word after the praise.
   */
  private static final Pattern NOVEL =
      Pattern.compile(
          // the praise looked for first: the look-behind, tried at every character, cost a third
          // of the summaries' time at 100,000 papers
          "(?=[Aa]n? (?:novel|innovative|groundbreaking|pioneering))"
              + "(?<=(?:\\b(?:[Pp]ropos|[Ii]ntroduc|[Pp]resent|[Dd]evelop|[Dd]esign|[Oo]ffer|[Ss]tud"
              + "|[Cc]reat|[Bb]uild|[Cc]onstruct|[Dd]evis|[Ff]ormulat|[Cc]ontribut)(?:e|es|ed|ing"
              + "|s|y|ies|ied|t|ts)?|[,\u2013\u2014]) )"
              + "([Aa]n?) (?:novel|innovative|groundbreaking|pioneering)(?:,| and)? "
              + "(?:(?<=, )([a-z][\\w-]*), (?=(?:and|or) [a-z]))?(?=([a-z]+))");

  /** The words of praise {@link #NOVEL} drops, as it writes them. */
  private static final List<String> PRAISE =
      List.of(" novel", " innovative", " groundbreaking", " pioneering");

  /** An intensifier before a verb of gain: "significantly outperforms". */
  private static final Pattern GAIN =
      Pattern.compile(
          "\\b(?:significantly|substantially) (?=(?:improv|outperform|enhanc|surpass|boost)"
              + "(?:e|es|ed|ing|s)?\\b)");

  /** "remarkably" inside a sentence, before the word it praises: "generalizes remarkably well". */
  private static final Pattern REMARKABLY = Pattern.compile("(?<=[a-z] )remarkably (?=[a-z])");

  private Puffery() {}

  /** The summary without the praise above; anything else as it was. */
  public static String dropped(String summary) {
    // each pattern tried only on a summary holding its word: most hold none
    String plain = summary;
    if (PRAISE.stream().anyMatch(summary::contains)) {
      plain = novelDropped(summary);
    }
    if (plain.contains("significantly ") || plain.contains("substantially ")) {
      plain = GAIN.matcher(plain).replaceAll("");
    }
    return plain.contains("remarkably ") ? REMARKABLY.matcher(plain).replaceAll("") : plain;
  }

  /** The summary without "a novel" and its like where the authors put the thing forward. */
  private static String novelDropped(String summary) {
    Matcher novel = NOVEL.matcher(summary);
    StringBuilder out = new StringBuilder();
    while (novel.find()) {
      String listed = novel.group(2);
      String next = listed == null ? novel.group(3) : listed;
      String kept = article(novel.group(1), next) + " " + (listed == null ? "" : listed + " ");
      novel.appendReplacement(out, Matcher.quoteReplacement(kept));
    }
    novel.appendTail(out);
    return out.toString();
  }

  /** "a" or "an" as the word after it is spoken, in the case the abstract wrote it. */
  private static String article(String written, String next) {
    boolean vowel = next.matches("(?:[aeio]|u(?!ni|s|t|r|bi)).*") && !next.startsWith("one");
    String spoken = vowel ? "an" : "a";
    return Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(spoken.charAt(0)) + spoken.substring(1)
        : spoken;
  }
}
