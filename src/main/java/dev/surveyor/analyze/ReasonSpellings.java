package dev.surveyor.analyze;

import dev.surveyor.model.Related;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One spelling per reason across the survey. A reason is said as one paper's title writes it, so
 * the same idea came out as "instruction tuning" and "instruction-tuning", "Preference
 * optimization" and "preference optimization": spellings that differ only in hyphens, spaces and
 * case are one reason, shown as most related papers say it (ties to the first in {@link
 * String#compareTo} order, so the choice is the same on every build), and said once per pair.
 */
final class ReasonSpellings {
  private ReasonSpellings() {}

  /** The same lists, every reason in its survey-wide spelling, none twice in one list. */
  static List<List<Related>> unify(List<List<Related>> lists) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (List<Related> list : lists) {
      for (Related related : list) {
        for (String reason : related.shared()) {
          counts
              .computeIfAbsent(PaperGroups.key(reason), k -> new HashMap<>())
              .merge(reason, 1, Integer::sum);
        }
      }
    }
    Map<String, String> spelling = new HashMap<>();
    counts.forEach(
        (key, spellings) ->
            spelling.put(
                key,
                spellings.entrySet().stream()
                    .min(
                        Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow()
                    .getKey()));
    List<List<Related>> unified = new ArrayList<>(lists.size());
    for (List<Related> list : lists) {
      List<Related> changed = new ArrayList<>(list.size());
      for (Related related : list) {
        List<String> shared = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (String reason : related.shared()) {
          String key = PaperGroups.key(reason);
          if (said.add(key)) {
            shared.add(spelling.get(key));
          }
        }
        changed.add(new Related(related.slug(), related.score(), shared, related.subtopic()));
      }
      unified.add(List.copyOf(changed));
    }
    return unified;
  }
}
