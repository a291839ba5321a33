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
 * Unshown#subjectUnshown}). And the whole lead, "extensive" too, stays where without it the finding
 * reads as a possibility or has no actor (summ21: a blind panel preferred the old summary in just
 * those cases): its main verb is modal ("the framework can considerably enhance ...", "Med-R³ could
 * achieve ...") or it opens on a gerund ("only using 10K samples ... can outperform ...").
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

  /**
   * A modal in the finding's first clause and not in a relative clause there: its main verb ("the
   * framework can enhance ..."), not "X achieves ..., and Y can ..." nor "X, which can ...".
   */
  private static final Pattern MODAL =
      Pattern.compile(
          "(?:(?!\\b(?:that|which|who|whose)\\b)[^,;:.!?])*?\\b(?:can|could|may|might)\\b");

  /** A finding whose subject is a gerund, not an actor: "only using 10K samples ... can ...". */
  private static final Pattern GERUND =
      Pattern.compile("(?:(?:only|just|simply|merely) )?[a-z]+ing ");

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
    Matcher adjective = ADJECTIVE.matcher(plain);
    StringBuilder out = new StringBuilder();
    while (adjective.find()) {
      String kept = heldWhole(plain, adjective.start()) ? adjective.group() : adjective.group(1);
      adjective.appendReplacement(out, Matcher.quoteReplacement(kept));
    }
    adjective.appendTail(out);
    return out.toString();
  }

  /** Whether a bare lead opens at {@code at} whose finding keeps it whole. */
  private static boolean heldWhole(String summary, int at) {
    Matcher bare =
        BARE.matcher(summary)
            .region(at, summary.length())
            .useTransparentBounds(true)
            .useAnchoringBounds(false);
    return bare.lookingAt() && keepsWholeLead(summary.substring(bare.start(1)));
  }

  /**
   * Whether the finding, from its first letter on, reads as a possibility or has no actor without
   * the lead.
   */
  private static boolean keepsWholeLead(String finding) {
    return MODAL.matcher(finding).lookingAt() || GERUND.matcher(finding).lookingAt();
  }

  /** Each bare lead dropped where its finding stands alone, the finding's first letter raised. */
  private static String bareDropped(String summary) {
    Matcher bare = BARE.matcher(summary);
    StringBuilder out = new StringBuilder();
    while (bare.find()) {
      String finding = summary.substring(bare.start(1));
      String shown = summary.substring(0, bare.start());
      String raised = bare.group(1).toUpperCase(Locale.ROOT) + finding.substring(1);
      if (keepsWholeLead(finding)
          || PRONOUN.matcher(finding).lookingAt()
          || Unshown.subjectUnshown(raised, shown)) {
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
