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

  /** The numbers of the pins a paper names as its subject, ascending. */
  int[] matches(AnalyzedPaper paper) {
    if (count == 0) {
      return NONE;
    }
    int[] mentions = new int[count];
    matcher
        .find(paper.title(), paper.paper().title())
        .forEach(m -> mentions[m.value()] = ABSTRACT_MENTIONS);
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
    boolean[] found = new boolean[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      found[i] = mentions[i] >= ABSTRACT_MENTIONS;
      n += found[i] ? 1 : 0;
    }
    if (n == 0) {
      return NONE;
    }
    int[] ids = new int[n];
    for (int i = 0, k = 0; i < count; i++) {
      if (found[i]) {
        ids[k++] = i;
      }
    }
    return ids;
  }

  /** The number of a group's first pin; its others follow. */
  int firstPinOf(int groupIndex) {
    return firstOfGroup.get(groupIndex);
  }
}
