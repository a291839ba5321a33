package dev.surveyor.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coined name a summary's sentence ends on, which the next sentence opens on only to say what it
 * is ("Introduces LoRAMoE. LoRAMoE is a plugin version of Mixture of Experts (MoE)."): the reader
 * reads the name twice, the first time as a whole sentence that says nothing. The second sentence
 * joins the first as the name's apposition, "Introduces LoRAMoE, a plugin version of ...": only the
 * repeated name and its "is" go, every other word kept. A name of mixed case or with a digit, as
 * {@link NameArticle} reads one; "is" before an article, so that what follows is a noun phrase that
 * can stand beside the name ("LoRAMoE is trained ..." stays).
 */
final class NameApposition {
  /** A sentence ending on a coined name, and the next opening on it with "is a/an/the". */
  private static final Pattern REPEATED =
      Pattern.compile(
          "(?<=[ (])([A-Z][A-Za-z0-9-]*(?:[A-Z][a-z]*[A-Z]|[0-9])[A-Za-z0-9-]*)"
              + "\\. \\1 is (?=(?:a|an|the) [a-z])");

  private NameApposition() {}

  /** The summary with a name's sentence that only says what the name is joined to the name. */
  static String joined(String summary) {
    Matcher repeated = REPEATED.matcher(summary);
    return repeated.find()
        ? summary.substring(0, repeated.start())
            + repeated.group(1)
            + ", "
            + summary.substring(repeated.end())
        : summary;
  }
}
