package dev.surveyor.model;

import java.util.List;

/**
 * A paper related to another, how strongly, and what they share (entity names first, then terms as
 * readers wrote them).
 *
 * @param subtopic the name of a named sub-topic both papers are in ("Curricula for reinforcement
 *     fine-tuning"), "" when they share none
 */
public record Related(String slug, double score, List<String> shared, String subtopic) {
  public Related {
    shared = List.copyOf(shared);
  }
}
