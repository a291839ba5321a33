package dev.surveyor.model;

import java.util.List;

/**
 * A paper related to another, how strongly, and what they share (entity names first, then terms as
 * readers wrote them).
 */
public record Related(String slug, double score, List<String> shared) {
  public Related {
    shared = List.copyOf(shared);
  }
}
