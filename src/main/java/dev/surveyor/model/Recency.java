package dev.surveyor.model;

import java.util.Comparator;
import java.util.List;

/** Papers by their listing date, newest first; papers without a complete date are left out. */
public final class Recency {
  private Recency() {}

  public static List<Paper> newestFirst(List<Paper> papers) {
    return papers.stream()
        .filter(Recency::dated)
        .sorted(
            Comparator.comparing((Paper p) -> p.date().iso()).reversed().thenComparing(Paper::slug))
        .toList();
  }

  /** Whether a paper has a complete date: day, month and a year, printed or assumed. */
  public static boolean dated(Paper p) {
    return p.date() != null && p.date().iso() != null;
  }
}
