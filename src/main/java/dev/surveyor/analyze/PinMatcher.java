package dev.surveyor.analyze;

import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds which curator-pinned sub-topics a paper names as its subject, by their phrases: in its
 * title, or at least twice in its abstract. One mention in the abstract is mostly in passing
 * ("without reinforcement learning", "reduces hallucination") and filled the named groups with
 * papers about something else (issue 22: "Surveys and evaluations" held method papers). Run while
 * each paper's text is analysed, so the analysed text need not be kept for clustering. Pins are
 * numbered across all groups (the themes in order, then the papers in no theme), then in pin order.
 */
final class PinMatcher {
  private static final int[] NONE = {};

  /** Mentions in the abstract alone that make a pin the paper's subject. */
  static final int ABSTRACT_MENTIONS = 2;

  private final PhraseMatcher<Integer> matcher = new PhraseMatcher<>();
  private final List<Integer> firstOfGroup = new ArrayList<>();
  private final int count;

  PinMatcher(List<List<SubtopicPin>> groups, TextAnalyzer analyzer) {
    int id = 0;
    for (List<SubtopicPin> group : groups) {
      firstOfGroup.add(id);
      for (SubtopicPin pin : group) {
        for (String phrase : pin.phrases()) {
          matcher.add(phrase, analyzer.tokens(phrase), id);
        }
        id++;
      }
    }
    count = id;
  }

  /**
   * How a paper writes the phrases of each pin it writes at all, ascending by pin, two numbers a
   * pin: the pin, then {@code mentions in the abstract << 1 | 1 if the title writes it}
   * (overlapping phrases one mention). Kept for every paper, so a page's {@link PinMentions} need
   * not read the text again.
   */
  int[] mentions(AnalyzedPaper paper) {
    if (count == 0) {
      return NONE;
    }
    int[] mentions = new int[count];
    boolean[] title = new boolean[count];
    matcher.find(paper.title(), paper.paper().title()).forEach(m -> title[m.value()] = true);
    // Overlapping phrases are one mention: "mathematical reasoning" also matches "mathematics"
    // (one stem), and "instruction tuning" also "instruction".
    int[] end = new int[count];
    for (PhraseMatcher.Match<Integer> m :
        matcher.find(paper.abstractTokens(), paper.paper().abstractText())) {
      if (m.start() >= end[m.value()]) {
        mentions[m.value()]++;
      }
      end[m.value()] = Math.max(end[m.value()], m.end());
    }
    int n = 0;
    for (int i = 0; i < count; i++) {
      n += title[i] || mentions[i] > 0 ? 1 : 0;
    }
    if (n == 0) {
      return NONE;
    }
    int[] packed = new int[2 * n];
    for (int i = 0, k = 0; i < count; i++) {
      if (title[i] || mentions[i] > 0) {
        packed[k++] = i;
        packed[k++] = mentions[i] << 1 | (title[i] ? 1 : 0);
      }
    }
    return packed;
  }

  /** Whether a paper with these {@link #mentions} names the pin as its subject. */
  static boolean names(int[] mentions, int pin) {
    return inTitle(mentions, pin) || inAbstract(mentions, pin) >= ABSTRACT_MENTIONS;
  }

  /** Whether a paper with these {@link #mentions} writes a phrase of the pin in its title. */
  static boolean inTitle(int[] mentions, int pin) {
    int at = find(mentions, pin);
    return at >= 0 && (mentions[at + 1] & 1) == 1;
  }

  /** How often a paper with these {@link #mentions} writes a phrase of the pin in its abstract. */
  static int inAbstract(int[] mentions, int pin) {
    int at = find(mentions, pin);
    return at < 0 ? 0 : mentions[at + 1] >>> 1;
  }

  private static int find(int[] mentions, int pin) {
    for (int k = 0; k < mentions.length; k += 2) {
      if (mentions[k] == pin) {
        return k;
      }
    }
    return -1;
  }

  /** The number of a group's first pin; its others follow. */
  int firstPinOf(int groupIndex) {
    return firstOfGroup.get(groupIndex);
  }
}
