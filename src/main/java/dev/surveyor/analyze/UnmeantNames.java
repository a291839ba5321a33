package dev.surveyor.analyze;

import dev.surveyor.model.Entity;
import dev.surveyor.model.LinkSpan;
import java.util.List;

/**
 * Places where a lexicon name is written but another thing is named: inside a web address (the
 * repository "composable-sft" is not supervised fine-tuning), after a per-cent sign ("%OPT" is a
 * metric, not the model), and a benchmark's name ending a hyphenated compound ("DART-MATH" is a
 * model and "FM-alpaca" a data set, neither the benchmark). A method or a model ending a compound
 * is still what the compound is ("CLS-RL" is reinforcement learning, "Socialite-Llama" a Llama),
 * and a name that opens one is a mention ("LoRA-based", "GPT-4-generated", "Llama-3-8B").
 */
final class UnmeantNames {
  private UnmeantNames() {}

  /** Whether the name at [start, end) of {@code text} does not mention an entity of this kind. */
  static boolean at(String text, int start, int end, Entity.Kind kind, List<LinkSpan> links) {
    return inLink(start, end, links)
        || (start > 0 && text.charAt(start - 1) == '%')
        || (kind == Entity.Kind.BENCHMARK && endsCompound(text, start));
  }

  private static boolean inLink(int start, int end, List<LinkSpan> links) {
    for (LinkSpan link : links) {
      if (link.start() < end && start < link.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a hyphen joins the name to a word before it. */
  private static boolean endsCompound(String text, int start) {
    if (start < 2) {
      return false;
    }
    char hyphen = text.charAt(start - 1);
    return (hyphen == '-' || hyphen == '\u2010' || hyphen == '\u2011')
        && Character.isLetterOrDigit(text.charAt(start - 2));
  }
}
