package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The methods and benchmarks a theme's papers name as a matter of course: "LoRA" and "Full
 * fine-tuning" in PEFT, the baselines every PEFT paper compares with (6 and 4 of its 16 papers).
 * Between two papers of that theme such a name says what the theme says, not what the two share
 * (issue 22, review 19: "shares: Full fine-tuning, LoRA" on 11 items of PEFT pages). A named group
 * of the Other page counts as its papers' theme ({@link PaperGroups#themes}).
 */
final class ThemeStaples {
  /** A theme's staple is named by at least this share of its papers ... */
  static final double SHARE = 0.25;

  /**
   * ... and by at least this many: two papers of a small group naming one method say what they
   * share, not what the group's papers all write.
   */
  static final int PAPERS = 4;

  // per theme id, the telling entity ids that are its staples
  private final List<Set<Integer>> staples;
  private final PaperGroups groups;

  ThemeStaples(EntityTable entities, PaperGroups groups, int paperCount) {
    this.groups = groups;
    List<int[]> counts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int p = 0; p < paperCount; p++) {
      for (int theme : groups.themes(p)) {
        while (counts.size() <= theme) {
          counts.add(new int[entities.tellingCount()]);
          sizes.add(0);
        }
        sizes.set(theme, sizes.get(theme) + 1);
        for (int entity : entities.telling(p)) {
          counts.get(theme)[entity]++;
        }
      }
    }
    List<Set<Integer>> found = new ArrayList<>();
    for (int theme = 0; theme < counts.size(); theme++) {
      Set<Integer> ids = new HashSet<>();
      int[] named = counts.get(theme);
      for (int entity = 0; entity < named.length; entity++) {
        if (named[entity] >= PAPERS && named[entity] >= SHARE * sizes.get(theme)) {
          ids.add(entity);
        }
      }
      found.add(Set.copyOf(ids));
    }
    this.staples = List.copyOf(found);
  }

  /** Whether a telling entity is a staple of a theme both papers are in. */
  boolean between(int entity, int paper, int other) {
    for (int theme : EntityTable.shared(groups.themes(paper), groups.themes(other))) {
      if (theme < staples.size() && staples.get(theme).contains(entity)) {
        return true;
      }
    }
    return false;
  }
}
