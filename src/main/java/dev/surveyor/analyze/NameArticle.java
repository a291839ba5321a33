package dev.surveyor.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coined name the summary already gave, then opened on with an article the abstract wrote before
 * it ("Introduces LoRAMoE. The LoRAMoE is a plugin version of ..."): a name takes no article, so
 * the later sentence reads "LoRAMoE is ...". Only a name of mixed case or with a digit (not "The
 * Transformer"), before a verb ("The GPT-4 model" keeps its article: "GPT-4" names the model's kind
 * there).
 */
public final class NameArticle {
  /** A sentence opening on "The" and a coined name, then a verb of the few a name is said with. */
  private static final Pattern THE_NAME =
      Pattern.compile(
          "(?<=[.!?] )The ([A-Z][A-Za-z0-9-]*(?:[A-Z][a-z]*[A-Z]|[0-9])[A-Za-z0-9-]*)"
              + "(?= (?:is|was|are|has|can|uses|consists|combines|employs|achieves|outperforms"
              + "|improves|enables|learns|leverages|introduces|adopts|integrates|contains)\\b)");

  private NameArticle() {}

  /** The summary with a name given before no longer opening a later sentence on "The". */
  public static String dropped(String summary) {
    Matcher the = THE_NAME.matcher(summary);
    StringBuilder out = new StringBuilder();
    while (the.find()) {
      String name = the.group(1);
      boolean given =
          Pattern.compile("(?<!\\b[Tt]he )\\b" + Pattern.quote(name) + "\\b")
              .matcher(summary.substring(0, the.start()))
              .find();
      the.appendReplacement(out, Matcher.quoteReplacement(given ? name : the.group()));
    }
    the.appendTail(out);
    return out.toString();
  }
}
