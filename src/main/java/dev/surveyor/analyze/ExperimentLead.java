package dev.surveyor.analyze;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Extensive experiments" said of the paper's own tests, dropped from a list summary where it says
 * nothing (summ20: a fresh reader found it in 23 of 469 list summaries): the paper's finding is
 * what the list needs, and "extensive" gives no measure of what was tried. A sentence that opens on
 * the bare lead, "Extensive experiments (and analyses) show/demonstrate/... that X ...", reads as
 * its finding, "X ..."; a closing ", through extensive experiments." goes; anywhere else
 * "extensive" goes and what the experiments were run on stays ("Experiments on GSM8K, MathQA, and
 * SVAMP show that ..."). The lead stays where the finding would not stand alone: it opens on a
 * pronoun ("that it ...") or on "The X" that nothing shown introduced ({@link
 * Unshown#subjectUnshown}).
 */
public final class ExperimentLead {
  /** A sentence's bare lead; group 1 the first letter of the finding ("the framework", "PART"). */
  private static final Pattern BARE =
      Pattern.compile(
          "(?:^|(?<=[.!?] ))Extensive experiments(?: and (?:analyses|analysis))?"
              + " (?:demonstrate|show|confirm|indicate|reveal|report|verify|validate|suggest)"
              + " that (\\p{L})");

  /** A finding that leans on what a pronoun stands for, which only the lead's sentence gave. */
  private static final Pattern PRONOUN =
      Pattern.compile("(?:it|they|this|these|those|its|their|such|both|each)\\b");

  /** The lead closing a sentence: "Demonstrates that X ..., through extensive experiments." */
  private static final Pattern CLOSING =
      Pattern.compile(", (?:through|via|with|by) extensive experiments(?=[.!?](?:\\s|$))");

  /**
   * "extensive" before "experiments" anywhere else, with the experiments' first letter: group 1 is
   * that of "extensive", which the experiments take ("Extensive experiments on" reads "Experiments
   * on").
   */
  private static final Pattern ADJECTIVE = Pattern.compile("\\b([Ee])xtensive e(?=xperiments\\b)");

  private ExperimentLead() {}

  /** The summary without "extensive experiments" where it says nothing; else as it was. */
  public static String dropped(String summary) {
    if (!summary.contains("xtensive experiments")) {
      return summary;
    }
    String plain = CLOSING.matcher(bareDropped(summary)).replaceAll("");
    return ADJECTIVE.matcher(plain).replaceAll("$1");
  }

  /** Each bare lead dropped where its finding stands alone, the finding's first letter raised. */
  private static String bareDropped(String summary) {
    Matcher bare = BARE.matcher(summary);
    StringBuilder out = new StringBuilder();
    while (bare.find()) {
      String finding = summary.substring(bare.start(1));
      String shown = summary.substring(0, bare.start());
      String raised = bare.group(1).toUpperCase(Locale.ROOT) + finding.substring(1);
      if (PRONOUN.matcher(finding).lookingAt() || Unshown.subjectUnshown(raised, shown)) {
        bare.appendReplacement(out, Matcher.quoteReplacement(bare.group()));
      } else {
        bare.appendReplacement(
            out, Matcher.quoteReplacement(bare.group(1).toUpperCase(Locale.ROOT)));
      }
    }
    bare.appendTail(out);
    return out.toString();
  }
}
