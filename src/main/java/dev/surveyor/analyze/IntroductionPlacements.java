package dev.surveyor.analyze;

import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The papers a theme's introduction names under a named sub-topic's heading ("### Generating
 * instruction data" ... "[Stronger Models are NOT Stronger Teachers](paper:...)"): a curator's word
 * that the paper belongs there, which no rule over words overrules (the theme page then shows the
 * introduction and the lists agreeing). A list item that opens with a sub-topic's name in bold ("-
 * **Agents and tool use**: ... [tool use without demonstrations](paper:...)") places the papers it
 * names there too, for that item only: the Other page describes its groups so, in a list. A paper
 * named under "Not in a named group" is there by the curator's word as well: no rule places it in a
 * group (round groups17: "The Ultimate Guide to Fine-Tuning LLMs", a general review, joined the
 * preference papers again by its nearest papers once two more of them were placed there).
 */
final class IntroductionPlacements {
  private static final Pattern PAPER_LINK = Pattern.compile("\\(paper:([^)\\s#]+)");

  /** A list item or paragraph opening with a name in bold. */
  private static final Pattern NAMED_ITEM = Pattern.compile("(?:[-*+]\\s+)?\\*\\*([^*]+)\\*\\*");

  /** Where a heading or a bold opening names the papers in no named group. */
  private static final int APART = -2;

  // per pin, the slugs named under its heading
  private final List<Set<String>> named = new ArrayList<>();
  // the slugs named under "Not in a named group"
  private final Set<String> apart = new HashSet<>();

  /**
   * @param markdown the introduction's text
   * @param pins the page's named sub-topics, whose names headings may be
   */
  IntroductionPlacements(String markdown, List<SubtopicPin> pins) {
    pins.forEach(p -> named.add(new HashSet<>()));
    int under = -1;
    for (String line : markdown.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("#")) {
        under = stripped.startsWith("### ") ? pinNamed(stripped.substring(4).strip(), pins) : -1;
        continue;
      }
      Matcher item = NAMED_ITEM.matcher(stripped);
      int here = item.lookingAt() ? pinNamed(item.group(1).strip(), pins) : -1;
      here = here != -1 ? here : under;
      if (here != -1) {
        Matcher m = PAPER_LINK.matcher(line);
        while (m.find()) {
          (here == APART ? apart : named.get(here)).add(m.group(1));
        }
      }
    }
  }

  /** An introduction that places nobody. */
  static IntroductionPlacements none(List<SubtopicPin> pins) {
    return new IntroductionPlacements("", pins);
  }

  /** Whether the introduction names the paper among those in no named group. */
  boolean apart(String slug) {
    return apart.contains(slug);
  }

  /** Whether the introduction names the paper under the pin's heading. */
  boolean places(int pin, String slug) {
    return named.get(pin).contains(slug);
  }

  /** The pin a heading names, {@link #APART} for the papers in no named group, or -1. */
  private static int pinNamed(String heading, List<SubtopicPin> pins) {
    if (heading.equals(Subtopic.UNGROUPED)) {
      return APART;
    }
    for (int i = 0; i < pins.size(); i++) {
      if (pins.get(i).name().equals(heading)) {
        return i;
      }
    }
    return -1;
  }
}
