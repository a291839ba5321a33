package dev.surveyor.analyze;

import dev.surveyor.model.SubtopicPin;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds which curator-pinned sub-topics a paper's title or abstract names, by their phrases. Run
 * while each paper's text is analysed, so the analysed text need not be kept for clustering. Pins
 * are numbered across all groups (the themes in order, then the papers in no theme), then in pin
 * order.
 */
final class PinMatcher {
  private static final int[] NONE = {};

  private final PhraseMatcher<Integer> matcher = new PhraseMatcher<>();
  private final List<Integer> firstOfGroup = new ArrayList<>();
  private final int count;

  PinMatcher(List<List<SubtopicPin>> groups, TextAnalyzer analyzer) {
    int id = 0;
    for (List<SubtopicPin> group : groups) {
      firstOfGroup.add(id);
      for (SubtopicPin pin : group) {
        for (String phrase : pin.phrases()) {
          matcher.add(analyzer.terms(phrase), id);
        }
        id++;
      }
    }
    count = id;
  }

  /** The numbers of the pins a paper names, ascending. */
  int[] matches(AnalyzedPaper paper) {
    if (count == 0) {
      return NONE;
    }
    boolean[] found = new boolean[count];
    matcher.find(paper.title()).forEach(m -> found[m.value()] = true);
    matcher.find(paper.abstractTokens()).forEach(m -> found[m.value()] = true);
    int n = 0;
    for (boolean f : found) {
      n += f ? 1 : 0;
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
