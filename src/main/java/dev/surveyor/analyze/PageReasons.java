package dev.surveyor.analyze;

import dev.surveyor.model.Related;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of what two papers share a reader is shown, on the page that lists them: a reason the
 * page's other items share too says why these papers are alike, not why this one is listed, so a
 * reason only this item has on the page comes right after the item's most telling one
 * ("Self-improvement" on every item of one page told a fresh reader nothing: issue 22, review 7),
 * and an item shows at most {@link #SHOWN}, so the reason stays short beside the title.
 */
final class PageReasons {
  static final int SHOWN = 2;

  private PageReasons() {}

  /** The same lists, each item's reasons chosen for its page (see the class comment). */
  static List<List<Related>> distinguish(List<List<Related>> lists) {
    List<List<Related>> chosen = new ArrayList<>(lists.size());
    for (List<Related> list : lists) {
      chosen.add(distinguishOne(list));
    }
    return chosen;
  }

  private static List<Related> distinguishOne(List<Related> list) {
    Map<String, Integer> items = new HashMap<>();
    for (Related related : list) {
      related.shared().stream()
          .map(PaperGroups::key)
          .distinct()
          .forEach(key -> items.merge(key, 1, Integer::sum));
    }
    List<Related> chosen = new ArrayList<>(list.size());
    for (Related related : list) {
      // the most telling reason stays first; the next is one no other item here has, if any
      List<String> shown = new ArrayList<>();
      List<String> common = new ArrayList<>();
      for (String reason : related.shared()) {
        if (shown.isEmpty() || items.get(PaperGroups.key(reason)) == 1) {
          shown.add(reason);
        } else {
          common.add(reason);
        }
      }
      shown.addAll(common);
      chosen.add(
          new Related(
              related.slug(),
              related.score(),
              shown.subList(0, Math.min(SHOWN, shown.size())),
              related.subtopic()));
    }
    return List.copyOf(chosen);
  }
}
