package dev.surveyor.analyze;

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
 * introduction and the lists agreeing).
 */
final class IntroductionPlacements {
  private static final Pattern PAPER_LINK = Pattern.compile("\\(paper:([^)\\s#]+)");

  // per pin, the slugs named under its heading
  private final List<Set<String>> named = new ArrayList<>();

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
      if (under >= 0) {
        Matcher m = PAPER_LINK.matcher(line);
        while (m.find()) {
          named.get(under).add(m.group(1));
        }
      }
    }
  }

  /** An introduction that places nobody (the papers in no theme have none with such headings). */
  static IntroductionPlacements none(List<SubtopicPin> pins) {
    return new IntroductionPlacements("", pins);
  }

  /** Whether the introduction names the paper under the pin's heading. */
  boolean places(int pin, String slug) {
    return named.get(pin).contains(slug);
  }

  private static int pinNamed(String heading, List<SubtopicPin> pins) {
    for (int i = 0; i < pins.size(); i++) {
      if (pins.get(i).name().equals(heading)) {
        return i;
      }
    }
    return -1;
  }
}
